import { beforeAll, describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec } from '../helpers/spec-shape.js';

const emu = useTestEmulator();
let alice: string;

beforeAll(async () => {
  alice = await emu.token({ user: 'alice' });
});

type Kind = 'track' | 'album' | 'episode' | 'show' | 'audiobook' | 'artist' | 'user' | 'playlist';

const handedOut = new Set<string>();
/** A URI of `kind` that alice has neither saved nor followed, each handed out once. */
function fresh(kind: Kind): string {
  const { catalog } = emu.state;
  const data = emu.state.user('alice');
  const pools: Record<Kind, [Iterable<string>, ReadonlyMap<string, string>]> = {
    track: [catalog.tracks.keys(), data.saved.track],
    album: [catalog.albums.keys(), data.saved.album],
    episode: [catalog.episodes.keys(), data.saved.episode],
    show: [catalog.shows.keys(), data.saved.show],
    audiobook: [catalog.audiobooks.keys(), data.saved.audiobook],
    artist: [catalog.artists.keys(), data.followedArtists],
    user: [catalog.users.keys(), data.followedUsers],
    playlist: [catalog.playlists.keys(), data.followedPlaylists],
  };
  const [ids, taken] = pools[kind];
  for (const id of ids) {
    if (taken.has(id) || handedOut.has(id) || id === 'alice') continue;
    handedOut.add(id);
    return `spotify:${kind}:${id}`;
  }
  throw new Error(`no fresh ${kind}`);
}

const idOf = (uri: string): string => uri.split(':')[2]!;

async function containsUris(uris: string[], token = alice): Promise<unknown> {
  const answer = await emu.api('GET', '/v1/me/library/contains', { token, query: { uris: uris.join(',') } });
  expect(answer.status).toBe(200);
  return answer.json;
}

const ALL_KINDS: Kind[] = ['track', 'album', 'episode', 'show', 'audiobook', 'artist', 'user', 'playlist'];

describe('PUT /me/library', () => {
  it('saves every supported kind of URI in one request, as contains then reports', async () => {
    const uris = ALL_KINDS.map(fresh);
    expect(await containsUris(uris)).toEqual(uris.map(() => false));
    const answer = await emu.api('PUT', '/v1/me/library', { token: alice, query: { uris: uris.join(',') } });
    expect(answer.status).toBe(200);
    expectMatchesSpec('save-library-items', 200, answer.json);
    expect(await containsUris(uris)).toEqual(uris.map(() => true));
  });

  it('puts a saved track first in /me/tracks', async () => {
    const uri = fresh('track');
    await emu.api('PUT', '/v1/me/library', { token: alice, query: { uris: uri } });
    const tracks = await emu.api('GET', '/v1/me/tracks', { token: alice, query: { limit: 1 } });
    expect((tracks.json as { items: { track: { id: string } }[] }).items[0]!.track.id).toBe(idOf(uri));
  });

  it('follows an artist URI: it appears among the followed artists', async () => {
    const uri = fresh('artist');
    await emu.api('PUT', '/v1/me/library', { token: alice, query: { uris: uri } });
    const check = await emu.api('GET', '/v1/me/following/contains', {
      token: alice,
      query: { type: 'artist', ids: idOf(uri) },
    });
    expect(check.json).toEqual([true]);
  });

  it('follows a playlist URI: the playlist follower check agrees and the follower count grows', async () => {
    const uri = fresh('playlist');
    const before = emu.state.catalog.playlists.get(idOf(uri))!.followers;
    await emu.api('PUT', '/v1/me/library', { token: alice, query: { uris: uri } });
    const check = await emu.api('GET', `/v1/playlists/${idOf(uri)}/followers/contains`, { token: alice });
    expect(check.json).toEqual([true]);
    const playlist = await emu.api('GET', `/v1/playlists/${idOf(uri)}`, { token: alice });
    expect((playlist.json as { followers: { total: number } }).followers.total).toBe(before + 1);
  });

  it('saving twice keeps the first added_at', async () => {
    const uri = fresh('album');
    await emu.api('PUT', '/v1/me/library', { token: alice, query: { uris: uri } });
    const first = await emu.api('GET', '/v1/me/albums', { token: alice, query: { limit: 1 } });
    await emu.advanceClock(60_000);
    await emu.api('PUT', '/v1/me/library', { token: alice, query: { uris: uri } });
    const second = await emu.api('GET', '/v1/me/albums', { token: alice, query: { limit: 1 } });
    expect(second.json).toEqual(first.json);
  });

  it('refuses a missing uris parameter, malformed and unsupported URIs, and more than 40 URIs', async () => {
    const cases: Record<string, string>[] = [
      {},
      { uris: '' },
      { uris: 'spotify:track:short' },
      { uris: 'https://open.spotify.com/track/4iV5W9uYEdYUVa79Axb7Rh' },
      { uris: 'spotify:chapter:4iV5W9uYEdYUVa79Axb7Rh' },
      { uris: 'spotify:podcast:4iV5W9uYEdYUVa79Axb7Rh' },
      { uris: Array.from({ length: 41 }, () => fresh('track')).join(',') },
    ];
    for (const query of cases) {
      const answer = await emu.api('PUT', '/v1/me/library', { token: alice, query });
      expect(answer.status, JSON.stringify(query).slice(0, 80)).toBe(400);
      expect(answer.json).toEqual({ error: { status: 400, message: expect.any(String) } });
    }
  });

  it('accepts exactly 40 URIs', async () => {
    const uris = Array.from({ length: 40 }, () => fresh('track'));
    const answer = await emu.api('PUT', '/v1/me/library', { token: alice, query: { uris: uris.join(',') } });
    expect(answer.status).toBe(200);
    expect(await containsUris(uris)).toEqual(uris.map(() => true));
  });

  it('answers 404 for an unknown item and saves nothing of the batch', async () => {
    const real = fresh('track');
    const answer = await emu.api('PUT', '/v1/me/library', {
      token: alice,
      query: { uris: `${real},spotify:album:0000000000000000000000` },
    });
    expect(answer.status).toBe(404);
    expect(await containsUris([real])).toEqual([false]);
  });

  it('needs the scope that matches each URI kind', async () => {
    const libraryOnly = await emu.token({
      user: 'alice',
      scopes: ['user-library-modify', 'user-library-read'],
    });
    const track = fresh('track');
    const artist = fresh('artist');
    expect(
      (await emu.api('PUT', '/v1/me/library', { token: libraryOnly, query: { uris: track } })).status,
    ).toBe(200);
    const refused = await emu.api('PUT', '/v1/me/library', { token: libraryOnly, query: { uris: artist } });
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({ error: { status: 403, message: 'Insufficient client scope' } });
    const followOnly = await emu.token({ user: 'alice', scopes: ['user-follow-modify', 'user-follow-read'] });
    expect(
      (await emu.api('PUT', '/v1/me/library', { token: followOnly, query: { uris: artist } })).status,
    ).toBe(200);
    expect(await containsUris([artist])).toEqual([true]);
  });

  it('refuses a token without any library, follow or playlist scope', async () => {
    const none = await emu.token({ user: 'alice', scopes: ['user-read-private'] });
    const uri = fresh('track');
    expect((await emu.api('PUT', '/v1/me/library', { token: none, query: { uris: uri } })).status).toBe(403);
    expect((await emu.api('DELETE', '/v1/me/library', { token: none, query: { uris: uri } })).status).toBe(
      403,
    );
    expect(
      (await emu.api('GET', '/v1/me/library/contains', { token: none, query: { uris: uri } })).status,
    ).toBe(403);
  });

  it('is open to Development Mode apps', async () => {
    const dev = await emu.token({ user: 'alice', app: 'development' });
    const uri = fresh('show');
    expect((await emu.api('PUT', '/v1/me/library', { token: dev, query: { uris: uri } })).status).toBe(200);
    expect(await containsUris([uri], dev)).toEqual([true]);
    expect((await emu.api('DELETE', '/v1/me/library', { token: dev, query: { uris: uri } })).status).toBe(
      200,
    );
    expect(await containsUris([uri], dev)).toEqual([false]);
  });

  it('refuses a client-credentials token', async () => {
    const app = await emu.token();
    expect(
      (await emu.api('PUT', '/v1/me/library', { token: app, query: { uris: fresh('track') } })).status,
    ).toBe(401);
  });
});

describe('DELETE /me/library', () => {
  it('removes every kind of URI: contains then reports false', async () => {
    const uris = ALL_KINDS.map(fresh);
    await emu.api('PUT', '/v1/me/library', { token: alice, query: { uris: uris.join(',') } });
    const answer = await emu.api('DELETE', '/v1/me/library', {
      token: alice,
      query: { uris: uris.join(',') },
    });
    expect(answer.status).toBe(200);
    expectMatchesSpec('remove-library-items', 200, answer.json);
    expect(await containsUris(uris)).toEqual(uris.map(() => false));
  });

  it('removes a seeded track from /me/tracks', async () => {
    const before = (await emu.api('GET', '/v1/me/tracks', { token: alice, query: { limit: 1 } })).json as {
      total: number;
      items: { track: { uri: string } }[];
    };
    const uri = before.items[0]!.track.uri;
    await emu.api('DELETE', '/v1/me/library', { token: alice, query: { uris: uri } });
    const after = (await emu.api('GET', '/v1/me/tracks', { token: alice, query: { limit: 1 } })).json as {
      total: number;
      items: { track: { uri: string } }[];
    };
    expect(after.total).toBe(before.total - 1);
    expect(after.items[0]!.track.uri).not.toBe(uri);
  });

  it('refuses malformed URIs and more than 40', async () => {
    const many = Array.from({ length: 41 }, () => 'spotify:track:4iV5W9uYEdYUVa79Axb7Rh').join(',');
    for (const uris of ['nope', many]) {
      expect((await emu.api('DELETE', '/v1/me/library', { token: alice, query: { uris } })).status).toBe(400);
    }
  });
});

describe('GET /me/library/contains', () => {
  it('answers booleans in request order, in the spec shape', async () => {
    const saved = (await emu.api('GET', '/v1/me/albums', { token: alice, query: { limit: 1 } })).json as {
      items: { album: { uri: string } }[];
    };
    const savedUri = saved.items[0]!.album.uri;
    const other = fresh('album');
    const answer = await emu.api('GET', '/v1/me/library/contains', {
      token: alice,
      query: { uris: `${other},${savedUri},spotify:user:bob` },
    });
    expect(answer.status).toBe(200);
    expectMatchesSpec('check-library-contains', 200, answer.json);
    expect(answer.json).toEqual([false, true, true]);
  });

  it('is per user', async () => {
    const uri = fresh('episode');
    await emu.api('PUT', '/v1/me/library', { token: alice, query: { uris: uri } });
    const carol = await emu.token({ user: 'carol' });
    expect(await containsUris([uri], carol)).toEqual([false]);
  });

  it('needs the read scope of each URI kind', async () => {
    const libraryRead = await emu.token({ user: 'alice', scopes: ['user-library-read'] });
    const track = fresh('track');
    const playlist = fresh('playlist');
    expect(await containsUris([track], libraryRead)).toEqual([false]);
    const refused = await emu.api('GET', '/v1/me/library/contains', {
      token: libraryRead,
      query: { uris: `${track},${playlist}` },
    });
    expect(refused.status).toBe(403);
  });

  it('refuses more than 40 URIs and malformed ones', async () => {
    const many = Array.from({ length: 41 }, () => 'spotify:artist:4iV5W9uYEdYUVa79Axb7Rh').join(',');
    for (const uris of [many, 'spotify:artist:', 'spotify::x']) {
      expect(
        (await emu.api('GET', '/v1/me/library/contains', { token: alice, query: { uris } })).status,
      ).toBe(400);
    }
  });
});
