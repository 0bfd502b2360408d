import { beforeAll, describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec } from '../helpers/spec-shape.js';

const emu = useTestEmulator();
let alice: string;
let aliceDev: string;

beforeAll(async () => {
  alice = await emu.token({ user: 'alice' });
  aliceDev = await emu.token({ user: 'alice', app: 'development' });
});

interface FollowedPage {
  artists: {
    href: string;
    items: { id: string; name: string; type: string }[];
    limit: number;
    next?: string;
    cursors: { after?: string };
    total: number;
  };
}

const handedOut = new Set<string>();
/** Artist ids alice does not follow, each handed out once. */
function unfollowedArtists(count: number): string[] {
  const followed = emu.state.user('alice').followedArtists;
  const ids = [...emu.state.catalog.artists.keys()].filter((id) => !followed.has(id) && !handedOut.has(id));
  const chosen = ids.slice(0, count);
  for (const id of chosen) handedOut.add(id);
  return chosen;
}

async function followed(query: Record<string, string | number> = {}, token = alice): Promise<FollowedPage> {
  const answer = await emu.api('GET', '/v1/me/following', { token, query: { type: 'artist', ...query } });
  expect(answer.status).toBe(200);
  return answer.json as FollowedPage;
}

/** Every followed artist id, walking the cursor pages by their next links. */
async function allFollowed(limit: number): Promise<string[]> {
  let page = await followed({ limit });
  const ids = page.artists.items.map((a) => a.id);
  while (page.artists.next !== undefined) {
    const answer = await emu.api('GET', page.artists.next.slice(emu.url.length), { token: alice });
    expect(answer.status).toBe(200);
    page = answer.json as FollowedPage;
    ids.push(...page.artists.items.map((a) => a.id));
  }
  return ids;
}

describe('GET /me/following', () => {
  it('answers a cursor page of full artist objects in the spec shape', async () => {
    const answer = await emu.api('GET', '/v1/me/following', { token: alice, query: { type: 'artist' } });
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-followed', 200, answer.json);
    const { artists } = answer.json as FollowedPage;
    expect(artists.limit).toBe(20);
    expect(artists.items).toHaveLength(20);
    expect(artists.total).toBeGreaterThan(20);
    expect(artists.cursors.after).toBe(artists.items.at(-1)!.id);
    expect(artists.next).toContain(`after=${artists.cursors.after}`);
    expect(artists.items.every((a) => a.type === 'artist')).toBe(true);
  });

  it('walks every followed artist through the cursor links, in name order, once each', async () => {
    const { artists } = await followed({ limit: 50 });
    const walked = await allFollowed(7);
    expect(walked).toEqual(artists.items.map((a) => a.id));
    expect(walked).toHaveLength(artists.total);
    const names = artists.items.map((a) => a.name);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
  });

  it('leaves out next and the after cursor on the last page, still in the spec shape', async () => {
    const answer = await emu.api('GET', '/v1/me/following', {
      token: alice,
      query: { type: 'artist', limit: 50 },
    });
    expectMatchesSpec('get-followed', 200, answer.json);
    const { artists } = answer.json as FollowedPage;
    expect(artists.next).toBeUndefined();
    expect(artists.cursors.after).toBeUndefined();
  });

  it('continues after a cursor artist even once that artist is unfollowed', async () => {
    const bob = await emu.token({ user: 'bob' });
    const first = await followed({ limit: 2 }, bob);
    const cursor = first.artists.cursors.after!;
    const expected = (await followed({ limit: 3, after: cursor }, bob)).artists.items.map((a) => a.id);
    await emu.api('DELETE', '/v1/me/following', { token: bob, query: { type: 'artist', ids: cursor } });
    const after = await followed({ limit: 3, after: cursor }, bob);
    expect(after.artists.items.map((a) => a.id)).toEqual(expected);
  });

  it('refuses a missing or unsupported type, bad limits and a malformed cursor', async () => {
    const cases: Record<string, string | number>[] = [
      {},
      { type: 'user' },
      { type: 'artist', limit: 0 },
      { type: 'artist', limit: 51 },
      { type: 'artist', limit: 'ten' },
      { type: 'artist', after: 'not-an-id' },
    ];
    for (const query of cases) {
      const answer = await emu.api('GET', '/v1/me/following', { token: alice, query });
      expect(answer.status, JSON.stringify(query)).toBe(400);
    }
  });

  it('needs user-follow-read', async () => {
    const token = await emu.token({ user: 'alice', scopes: ['user-follow-modify'] });
    const answer = await emu.api('GET', '/v1/me/following', { token, query: { type: 'artist' } });
    expect(answer.status).toBe(403);
  });

  it('is open to Development Mode apps', async () => {
    const page = await followed({}, aliceDev);
    expect(page.artists.items.length).toBeGreaterThan(0);
  });
});

describe('PUT and DELETE /me/following', () => {
  it('follows artists named in the query: they join the followed list', async () => {
    const ids = unfollowedArtists(2);
    const before = (await followed()).artists.total;
    const answer = await emu.api('PUT', '/v1/me/following', {
      token: alice,
      query: { type: 'artist', ids: ids.join(',') },
    });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    const after = await allFollowed(50);
    expect(after).toHaveLength(before + 2);
    expect(after).toEqual(expect.arrayContaining(ids));
  });

  it('follows artists named in a JSON body', async () => {
    const ids = unfollowedArtists(3);
    const answer = await emu.api('PUT', '/v1/me/following', {
      token: alice,
      query: { type: 'artist' },
      body: { ids },
    });
    expect(answer.status).toBe(204);
    const check = await emu.api('GET', '/v1/me/following/contains', {
      token: alice,
      query: { type: 'artist', ids: ids.join(',') },
    });
    expect(check.json).toEqual([true, true, true]);
  });

  it('follows and unfollows users', async () => {
    const check = async () =>
      (
        await emu.api('GET', '/v1/me/following/contains', {
          token: alice,
          query: { type: 'user', ids: 'bob,carol' },
        })
      ).json;
    expect(await check()).toEqual([true, true]);
    expect(
      (await emu.api('DELETE', '/v1/me/following', { token: alice, query: { type: 'user', ids: 'bob' } }))
        .status,
    ).toBe(204);
    expect(await check()).toEqual([false, true]);
    expect(
      (
        await emu.api('PUT', '/v1/me/following', {
          token: alice,
          query: { type: 'user' },
          body: { ids: ['bob'] },
        })
      ).status,
    ).toBe(204);
    expect(await check()).toEqual([true, true]);
  });

  it('unfollows artists: they leave the followed list', async () => {
    const [first] = (await followed({ limit: 1 })).artists.items;
    const answer = await emu.api('DELETE', '/v1/me/following', {
      token: alice,
      query: { type: 'artist' },
      body: { ids: [first!.id] },
    });
    expect(answer.status).toBe(204);
    expect(await allFollowed(50)).not.toContain(first!.id);
  });

  it('refuses a bad type, more than 50 ids, malformed ids and missing ids', async () => {
    const valid = unfollowedArtists(1)[0]!;
    const many = Array.from({ length: 51 }, () => valid).join(',');
    const cases: { query: Record<string, string>; body?: unknown }[] = [
      { query: { ids: valid } },
      { query: { type: 'album', ids: valid } },
      { query: { type: 'artist', ids: many } },
      { query: { type: 'artist', ids: 'short' } },
      { query: { type: 'artist' } },
      { query: { type: 'artist' }, body: { ids: 'not-an-array' } },
      { query: { type: 'user', ids: 'no/slash/allowed' } },
    ];
    for (const { query, body } of cases) {
      const answer = await emu.api('PUT', '/v1/me/following', { token: alice, query, body });
      expect(answer.status, JSON.stringify(query).slice(0, 60)).toBe(400);
    }
    const check = await emu.api('GET', '/v1/me/following/contains', {
      token: alice,
      query: { type: 'artist', ids: valid },
    });
    expect(check.json).toEqual([false]);
  });

  it('answers 404 for an artist the catalog lacks and follows nothing of the batch', async () => {
    const [real] = unfollowedArtists(1);
    const answer = await emu.api('PUT', '/v1/me/following', {
      token: alice,
      query: { type: 'artist', ids: `${real},0000000000000000000000` },
    });
    expect(answer.status).toBe(404);
    const check = await emu.api('GET', '/v1/me/following/contains', {
      token: alice,
      query: { type: 'artist', ids: real! },
    });
    expect(check.json).toEqual([false]);
  });

  it('needs user-follow-modify', async () => {
    const token = await emu.token({ user: 'alice', scopes: ['user-follow-read'] });
    const ids = unfollowedArtists(1).join(',');
    expect((await emu.api('PUT', '/v1/me/following', { token, query: { type: 'artist', ids } })).status).toBe(
      403,
    );
    expect(
      (await emu.api('DELETE', '/v1/me/following', { token, query: { type: 'artist', ids } })).status,
    ).toBe(403);
  });

  it('refuses Development Mode apps (replaced by /me/library)', async () => {
    const ids = unfollowedArtists(1).join(',');
    const put = await emu.api('PUT', '/v1/me/following', { token: aliceDev, query: { type: 'artist', ids } });
    expect(put.status).toBe(403);
    const del = await emu.api('DELETE', '/v1/me/following', {
      token: aliceDev,
      query: { type: 'artist', ids },
    });
    expect(del.status).toBe(403);
    const check = await emu.api('GET', '/v1/me/following/contains', {
      token: aliceDev,
      query: { type: 'artist', ids },
    });
    expect(check.status).toBe(403);
  });
});

describe('GET /me/following/contains', () => {
  it('answers booleans in request order, in the spec shape', async () => {
    const [followedId] = (await followed({ limit: 1 })).artists.items.map((a) => a.id);
    const [other] = unfollowedArtists(1);
    const answer = await emu.api('GET', '/v1/me/following/contains', {
      token: alice,
      query: { type: 'artist', ids: `${other},${followedId}` },
    });
    expect(answer.status).toBe(200);
    expectMatchesSpec('check-current-user-follows', 200, answer.json);
    expect(answer.json).toEqual([false, true]);
  });

  it('refuses a missing type, more than 50 ids and missing ids', async () => {
    const many = Array.from({ length: 51 }, () => 'bob').join(',');
    for (const query of [{ ids: 'bob' }, { type: 'user', ids: many }, { type: 'user' }]) {
      expect((await emu.api('GET', '/v1/me/following/contains', { token: alice, query })).status).toBe(400);
    }
  });

  it('needs user-follow-read', async () => {
    const token = await emu.token({ user: 'alice', scopes: ['user-follow-modify'] });
    const answer = await emu.api('GET', '/v1/me/following/contains', {
      token,
      query: { type: 'user', ids: 'bob' },
    });
    expect(answer.status).toBe(403);
  });
});

describe('GET /playlists/{playlist_id}/followers/contains', () => {
  const followedPlaylist = (): string => [...emu.state.user('carol').followedPlaylists.keys()][0]!;
  const otherPlaylist = (): string =>
    [...emu.state.catalog.playlists.keys()].find((id) => !emu.state.user('carol').followedPlaylists.has(id))!;

  it('answers [true] for a playlist the caller follows, in the spec shape', async () => {
    const carol = await emu.token({ user: 'carol' });
    const answer = await emu.api('GET', `/v1/playlists/${followedPlaylist()}/followers/contains`, {
      token: carol,
    });
    expect(answer.status).toBe(200);
    expectMatchesSpec('check-if-user-follows-playlist', 200, answer.json);
    expect(answer.json).toEqual([true]);
  });

  it('answers [false] for one it does not follow, and [true] once it does', async () => {
    const carol = await emu.token({ user: 'carol' });
    const id = otherPlaylist();
    const path = `/v1/playlists/${id}/followers/contains`;
    expect((await emu.api('GET', path, { token: carol })).json).toEqual([false]);
    await emu.api('PUT', '/v1/me/library', { token: carol, query: { uris: `spotify:playlist:${id}` } });
    expect((await emu.api('GET', path, { token: carol })).json).toEqual([true]);
  });

  it('accepts the deprecated single user id and refuses two', async () => {
    const carol = await emu.token({ user: 'carol' });
    const path = `/v1/playlists/${followedPlaylist()}/followers/contains`;
    expect((await emu.api('GET', path, { token: carol, query: { ids: 'carol' } })).json).toEqual([true]);
    expect((await emu.api('GET', path, { token: carol, query: { ids: 'carol,bob' } })).status).toBe(400);
  });

  it('answers 404 for an unknown playlist and 400 for a malformed id', async () => {
    const carol = await emu.token({ user: 'carol' });
    const unknown = await emu.api('GET', '/v1/playlists/0000000000000000000000/followers/contains', {
      token: carol,
    });
    expect(unknown.status).toBe(404);
    const malformed = await emu.api('GET', '/v1/playlists/nope/followers/contains', { token: carol });
    expect(malformed.status).toBe(400);
  });

  it('refuses Development Mode apps', async () => {
    const dev = await emu.token({ user: 'carol', app: 'development' });
    const answer = await emu.api('GET', `/v1/playlists/${followedPlaylist()}/followers/contains`, {
      token: dev,
    });
    expect(answer.status).toBe(403);
  });
});
