import { beforeAll, describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec } from '../helpers/spec-shape.js';

const emu = useTestEmulator({ rateLimit: 100_000 });
let alice: string;
let bob: string;
let aliceDev: string;

beforeAll(async () => {
  alice = await emu.token({ user: 'alice' });
  bob = await emu.token({ user: 'bob' });
  aliceDev = await emu.token({ user: 'alice', app: 'development' });
});

type Json = Record<string, unknown>;
interface PlaylistPage {
  href: string;
  items: Json[];
  limit: number;
  next: string | null;
  offset: number;
  previous: string | null;
  total: number;
}

async function createPlaylist(token: string, body: Json): Promise<Json> {
  const answer = await emu.api('POST', '/v1/me/playlists', { token, body });
  expect(answer.status).toBe(201);
  return answer.json as Json;
}

/** Follows an absolute `next`/`previous` link with a token. */
async function follow(link: string, token: string) {
  return emu.api('GET', link.slice(emu.url.length), { token });
}

const someTrackUris = (count: number): string[] =>
  [...emu.state.catalog.tracks.keys()].slice(0, count).map((id) => `spotify:track:${id}`);

describe('get-playlist', () => {
  it('answers the owner with the full playlist, its items included', async () => {
    const created = await createPlaylist(alice, { name: 'Road trip', description: 'Loud' });
    await emu.api('POST', `/v1/playlists/${created.id}/items`, {
      token: alice,
      body: { uris: someTrackUris(3) },
    });
    const answer = await emu.api('GET', `/v1/playlists/${created.id}`, { token: alice });
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-playlist', 200, answer.json);
    const body = answer.json as { name: string; items: PlaylistPage; tracks: PlaylistPage; owner: Json };
    expect(body.name).toBe('Road trip');
    expect(body.owner.id).toBe('alice');
    expect(body.items.total).toBe(3);
    expect(body.items.items.map((i) => (i.item as Json).uri)).toEqual(someTrackUris(3));
    expect(body.tracks.total).toBe(3);
  });

  it('embeds first pages whose next links lead on through the items and tracks routes', async () => {
    const created = await createPlaylist(alice, { name: 'Long one' });
    const uris = someTrackUris(120);
    for (const chunk of [uris.slice(0, 100), uris.slice(100)]) {
      await emu.api('POST', `/v1/playlists/${created.id}/items`, { token: alice, body: { uris: chunk } });
    }
    const body = (await emu.api('GET', `/v1/playlists/${created.id}`, { token: alice })).json as {
      items: PlaylistPage;
      tracks: PlaylistPage;
    };
    expect(body.items).toMatchObject({ total: 120, offset: 0 });
    const items = (await follow(body.items.next!, alice)).json as PlaylistPage;
    expect(items.offset).toBe(body.items.items.length);
    expect((items.items[0]!.item as Json).uri).toBe(uris[body.items.items.length]);
    expect(body.tracks.items).toHaveLength(100);
    const tracks = (await follow(body.tracks.next!, alice)).json as PlaylistPage;
    expect(tracks.items.map((i) => (i.track as Json).uri)).toEqual(uris.slice(100));
  });

  it("gives a Development Mode app its owner's items, 50 embedded, and not the old tracks (issue 11, v18 MEDIUM-3)", async () => {
    const created = await createPlaylist(alice, { name: 'Dev own' });
    await emu.api('POST', `/v1/playlists/${created.id}/items`, {
      token: alice,
      body: { uris: someTrackUris(60) },
    });
    const answer = await emu.api('GET', `/v1/playlists/${created.id}`, { token: aliceDev });
    expect(answer.status).toBe(200);
    const body = answer.json as { items: PlaylistPage };
    expect(body).not.toHaveProperty('tracks');
    expect(body.items).toMatchObject({ total: 60, limit: 50 });
    expect(body.items.items).toHaveLength(50);
  });

  it('leaves the items out for a caller who neither owns nor collaborates on the playlist', async () => {
    const created = await createPlaylist(bob, { name: 'Bob public' });
    const answer = await emu.api('GET', `/v1/playlists/${created.id}`, { token: aliceDev });
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-playlist', 200, answer.json);
    const body = answer.json as Json;
    expect(body.name).toBe('Bob public');
    expect(body).not.toHaveProperty('items');
    expect(body).not.toHaveProperty('tracks');
  });

  it('answers a seeded playlist mixing tracks and episodes in the spec shape, tracks included for Extended apps', async () => {
    const mixed = [...emu.state.catalog.playlists.values()].find(
      (p) => p.public && p.ownerId !== 'alice' && p.items.some((i) => i.type === 'episode'),
    )!;
    const answer = await emu.api('GET', `/v1/playlists/${mixed.id}`, { token: alice });
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-playlist', 200, answer.json);
    const body = answer.json as { tracks: PlaylistPage };
    expect(body).not.toHaveProperty('items');
    expect(body.tracks.total).toBe(mixed.items.length);
    const types = body.tracks.items.map((i) => (i.track as Json).type);
    expect(types).toContain('episode');
  });

  it('serves a public playlist to a client-credentials token', async () => {
    const created = await createPlaylist(bob, { name: 'For everyone' });
    const app = await emu.token();
    const answer = await emu.api('GET', `/v1/playlists/${created.id}`, { token: app });
    expect(answer.status).toBe(200);
    expect((answer.json as Json).id).toBe(created.id);
  });

  it('hides a private playlist from other users as not found', async () => {
    const created = await createPlaylist(bob, { name: 'Bob secret', public: false });
    const answer = await emu.api('GET', `/v1/playlists/${created.id}`, { token: alice });
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ error: { status: 404, message: expect.any(String) } });
    expect((await emu.api('GET', `/v1/playlists/${created.id}`, { token: bob })).status).toBe(200);
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    expect((await emu.api('GET', '/v1/playlists/not-an-id', { token: alice })).status).toBe(400);
    expect((await emu.api('GET', `/v1/playlists/${'A'.repeat(22)}`, { token: alice })).status).toBe(404);
  });

  it('returns only the fields asked for, nested lists included', async () => {
    const created = await createPlaylist(alice, { name: 'Filtered' });
    await emu.api('POST', `/v1/playlists/${created.id}/items`, {
      token: alice,
      body: { uris: someTrackUris(2) },
    });
    const answer = await emu.api('GET', `/v1/playlists/${created.id}`, {
      token: alice,
      query: { fields: 'name,owner.id,items(total,items(added_by.id,item(name,album(!images,name))))' },
    });
    expect(answer.status).toBe(200);
    const body = answer.json as { items: { items: { item: Json }[] } };
    expect(Object.keys(body).sort()).toEqual(['items', 'name', 'owner']);
    expect(body).toMatchObject({ name: 'Filtered', owner: { id: 'alice' }, items: { total: 2 } });
    const first = body.items.items[0]!;
    expect(Object.keys(first).sort()).toEqual(['added_by', 'item']);
    expect(first).toMatchObject({ added_by: { id: 'alice' } });
    expect(Object.keys(first.item).sort()).toEqual(['album', 'name']);
    expect(Object.keys(first.item.album as Json)).toEqual(['name']);
  });

  it('drops excluded fields and keeps the rest', async () => {
    const created = await createPlaylist(alice, { name: 'Excluded' });
    const answer = await emu.api('GET', `/v1/playlists/${created.id}`, {
      token: alice,
      query: { fields: '!items,!tracks,!owner' },
    });
    const body = answer.json as Json;
    expect(body.name).toBe('Excluded');
    expect(body).not.toHaveProperty('items');
    expect(body).not.toHaveProperty('owner');
    expect(body).toHaveProperty('snapshot_id');
  });

  it('rejects a malformed fields filter', async () => {
    const created = await createPlaylist(alice, { name: 'Bad filter' });
    const answer = await emu.api('GET', `/v1/playlists/${created.id}`, {
      token: alice,
      query: { fields: 'items(name' },
    });
    expect(answer.status).toBe(400);
  });

  it('rejects an unknown market', async () => {
    const created = await createPlaylist(alice, { name: 'Market' });
    const app = await emu.token();
    const answer = await emu.api('GET', `/v1/playlists/${created.id}`, {
      token: app,
      query: { market: 'XX' },
    });
    expect(answer.status).toBe(400);
  });
});

describe('change-playlist-details', () => {
  it('changes name, description and visibility for the owner, with a new snapshot', async () => {
    const created = await createPlaylist(alice, { name: 'Before' });
    const answer = await emu.api('PUT', `/v1/playlists/${created.id}`, {
      token: alice,
      body: { name: 'After', description: 'New words', public: false },
    });
    expect(answer.status).toBe(200);
    expectMatchesSpec('change-playlist-details', 200, answer.json);
    const read = (await emu.api('GET', `/v1/playlists/${created.id}`, { token: alice })).json as Json;
    expect(read).toMatchObject({ name: 'After', description: 'New words', public: false });
    expect(read.snapshot_id).not.toBe(created.snapshot_id);
  });

  it('makes a private playlist collaborative, and refuses a public collaborative one', async () => {
    const created = await createPlaylist(alice, { name: 'Shared', public: false });
    const ok = await emu.api('PUT', `/v1/playlists/${created.id}`, {
      token: alice,
      body: { collaborative: true },
    });
    expect(ok.status).toBe(200);
    const bad = await emu.api('PUT', `/v1/playlists/${created.id}`, { token: alice, body: { public: true } });
    expect(bad.status).toBe(400);
    const read = (await emu.api('GET', `/v1/playlists/${created.id}`, { token: alice })).json as Json;
    expect(read).toMatchObject({ collaborative: true, public: false });
  });

  it('refuses a user who does not own the playlist', async () => {
    const created = await createPlaylist(bob, { name: 'Bob owns this' });
    const answer = await emu.api('PUT', `/v1/playlists/${created.id}`, {
      token: alice,
      body: { name: 'Mine now' },
    });
    expect(answer.status).toBe(403);
    const read = (await emu.api('GET', `/v1/playlists/${created.id}`, { token: bob })).json as Json;
    expect(read.name).toBe('Bob owns this');
  });

  it('needs playlist-modify-private to change a private playlist', async () => {
    const created = await createPlaylist(alice, { name: 'Private', public: false });
    const publicOnly = await emu.token({ user: 'alice', scopes: ['playlist-modify-public'] });
    const answer = await emu.api('PUT', `/v1/playlists/${created.id}`, {
      token: publicOnly,
      body: { name: 'X' },
    });
    expect(answer.status).toBe(403);
  });

  it('rejects a field of the wrong type', async () => {
    const created = await createPlaylist(alice, { name: 'Typed' });
    const answer = await emu.api('PUT', `/v1/playlists/${created.id}`, {
      token: alice,
      body: { public: 'yes' },
    });
    expect(answer.status).toBe(400);
  });

  it('needs one of the playlist modify scopes', async () => {
    const created = await createPlaylist(alice, { name: 'Scoped' });
    const readOnly = await emu.token({ user: 'alice', scopes: ['playlist-read-private'] });
    const answer = await emu.api('PUT', `/v1/playlists/${created.id}`, {
      token: readOnly,
      body: { name: 'X' },
    });
    expect(answer.status).toBe(403);
  });
});

describe('create-playlist and the current user playlists', () => {
  it('creates a playlist that then leads the user playlists', async () => {
    const created = await createPlaylist(alice, { name: 'Brand new', public: false, description: 'Fresh' });
    expectMatchesSpec('create-playlist', 201, created);
    expect(created).toMatchObject({
      name: 'Brand new',
      public: false,
      collaborative: false,
      owner: { id: 'alice' },
    });
    const list = await emu.api('GET', '/v1/me/playlists', { token: alice, query: { limit: 5 } });
    expect(list.status).toBe(200);
    expectMatchesSpec('get-a-list-of-current-users-playlists', 200, list.json);
    expect((list.json as PlaylistPage).items[0]!.id).toBe(created.id);
  });

  it('requires a name', async () => {
    const answer = await emu.api('POST', '/v1/me/playlists', {
      token: alice,
      body: { description: 'nameless' },
    });
    expect(answer.status).toBe(400);
  });

  it('needs playlist-modify-private to create a private playlist', async () => {
    const publicOnly = await emu.token({ user: 'alice', scopes: ['playlist-modify-public'] });
    const denied = await emu.api('POST', '/v1/me/playlists', {
      token: publicOnly,
      body: { name: 'P', public: false },
    });
    expect(denied.status).toBe(403);
    const allowed = await emu.api('POST', '/v1/me/playlists', { token: publicOnly, body: { name: 'P' } });
    expect(allowed.status).toBe(201);
  });

  it('pages through the user playlists with working next and previous links', async () => {
    const first = await emu.api('GET', '/v1/me/playlists', { token: alice, query: { limit: 4 } });
    const page1 = first.json as PlaylistPage;
    expect(page1.total).toBeGreaterThan(8);
    expect(page1.items).toHaveLength(4);
    const second = await follow(page1.next!, alice);
    expect(second.status).toBe(200);
    const page2 = second.json as PlaylistPage;
    expect(page2.offset).toBe(4);
    expect(page2.items.map((p) => p.id)).not.toContain(page1.items[0]!.id);
    const back = (await follow(page2.previous!, alice)).json as PlaylistPage;
    expect(back.items.map((p) => p.id)).toEqual(page1.items.map((p) => p.id));
  });

  it('leaves private playlists out without playlist-read-private', async () => {
    const created = await createPlaylist(alice, { name: 'Hidden from the scope', public: false });
    const noRead = await emu.token({ user: 'alice', scopes: ['user-read-private'] });
    const list = (await emu.api('GET', '/v1/me/playlists', { token: noRead, query: { limit: 50 } }))
      .json as PlaylistPage;
    expect(list.items.map((p) => p.id)).not.toContain(created.id);
    expect(list.items.every((p) => p.public === true)).toBe(true);
  });

  it('rejects a limit above 50', async () => {
    const answer = await emu.api('GET', '/v1/me/playlists', { token: alice, query: { limit: 51 } });
    expect(answer.status).toBe(400);
  });
});

describe('create-playlist-for-user', () => {
  it('creates a playlist for the current user', async () => {
    const answer = await emu.api('POST', '/v1/users/alice/playlists', {
      token: alice,
      body: { name: 'Old way' },
    });
    expect(answer.status).toBe(201);
    expectMatchesSpec('create-playlist-for-user', 201, answer.json);
    expect((answer.json as Json).owner).toMatchObject({ id: 'alice' });
  });

  it('refuses to create a playlist for another user', async () => {
    const answer = await emu.api('POST', '/v1/users/bob/playlists', { token: alice, body: { name: 'Gift' } });
    expect(answer.status).toBe(403);
  });

  it('is not available to Development Mode apps', async () => {
    const answer = await emu.api('POST', '/v1/users/alice/playlists', {
      token: aliceDev,
      body: { name: 'Dev' },
    });
    expect(answer.status).toBe(403);
  });
});

describe('get-list-users-playlists', () => {
  it("lists only another user's public playlists", async () => {
    const open = await createPlaylist(bob, { name: 'Bob on his profile' });
    const closed = await createPlaylist(bob, { name: 'Bob off his profile', public: false });
    const answer = await emu.api('GET', '/v1/users/bob/playlists', { token: alice, query: { limit: 50 } });
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-list-users-playlists', 200, answer.json);
    const ids = (answer.json as PlaylistPage).items.map((p) => p.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(closed.id);
  });

  it('answers 404 for an unknown user', async () => {
    const answer = await emu.api('GET', '/v1/users/nobody-at-all/playlists', { token: alice });
    expect(answer.status).toBe(404);
  });

  it('is not available to Development Mode apps', async () => {
    const answer = await emu.api('GET', '/v1/users/bob/playlists', { token: aliceDev });
    expect(answer.status).toBe(403);
  });
});

describe('follow-playlist and unfollow-playlist', () => {
  it('adds the playlist to the user playlists and counts the follower, and unfollowing undoes both', async () => {
    const created = await createPlaylist(bob, { name: 'Follow me' });
    const put = await emu.api('PUT', `/v1/playlists/${created.id}/followers`, { token: alice });
    expect(put.status).toBe(200);
    expectMatchesSpec('follow-playlist', 200, put.json);
    const mine = (await emu.api('GET', '/v1/me/playlists', { token: alice })).json as PlaylistPage;
    expect(mine.items[0]!.id).toBe(created.id);
    const read = (await emu.api('GET', `/v1/playlists/${created.id}`, { token: bob })).json as Json;
    expect(read.followers).toMatchObject({ total: 2 });

    const del = await emu.api('DELETE', `/v1/playlists/${created.id}/followers`, { token: alice });
    expect(del.status).toBe(200);
    expectMatchesSpec('unfollow-playlist', 200, del.json);
    const after = (await emu.api('GET', '/v1/me/playlists', { token: alice, query: { limit: 50 } }))
      .json as PlaylistPage;
    expect(after.items.map((p) => p.id)).not.toContain(created.id);
    const reread = (await emu.api('GET', `/v1/playlists/${created.id}`, { token: bob })).json as Json;
    expect(reread.followers).toMatchObject({ total: 1 });
  });

  it("cannot follow another user's private playlist", async () => {
    const created = await createPlaylist(bob, { name: 'Not for you', public: false });
    const put = await emu.api('PUT', `/v1/playlists/${created.id}/followers`, { token: alice });
    expect(put.status).toBe(404);
  });

  it('needs playlist-modify-private to follow privately', async () => {
    const created = await createPlaylist(bob, { name: 'Quietly' });
    const publicOnly = await emu.token({ user: 'alice', scopes: ['playlist-modify-public'] });
    const put = await emu.api('PUT', `/v1/playlists/${created.id}/followers`, {
      token: publicOnly,
      body: { public: false },
    });
    expect(put.status).toBe(403);
  });

  it('is not available to Development Mode apps', async () => {
    const created = await createPlaylist(bob, { name: 'Dev follow' });
    const put = await emu.api('PUT', `/v1/playlists/${created.id}/followers`, { token: aliceDev });
    expect(put.status).toBe(403);
    const del = await emu.api('DELETE', `/v1/playlists/${created.id}/followers`, { token: aliceDev });
    expect(del.status).toBe(403);
  });
});

/** A minimal JPEG: SOI, a baseline frame header of 3x2 pixels, EOI. Enough for the checks made. */
const TINY_JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x02, 0x00, 0x03, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9,
]);

describe('playlist cover images', () => {
  it('stores an uploaded JPEG and serves it as the cover', async () => {
    const created = await createPlaylist(alice, { name: 'Cover' });
    const put = await emu.api('PUT', `/v1/playlists/${created.id}/images`, {
      token: alice,
      body: TINY_JPEG.toString('base64'),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(put.status).toBe(202);
    expectMatchesSpec('upload-custom-playlist-cover', 202, put.json);
    const get = await emu.api('GET', `/v1/playlists/${created.id}/images`, { token: alice });
    expect(get.status).toBe(200);
    expectMatchesSpec('get-playlist-cover', 200, get.json);
    const images = get.json as { url: string; width: number; height: number }[];
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ width: 3, height: 2 });
    expect(Buffer.from(images[0]!.url.replace(/^data:image\/jpeg;base64,/, ''), 'base64')).toEqual(TINY_JPEG);
    const playlist = (await emu.api('GET', `/v1/playlists/${created.id}`, { token: alice })).json as Json;
    expect(playlist.images).toEqual(images);
  });

  it('answers the cover of a catalog playlist', async () => {
    const [id, record] = [...emu.state.catalog.playlists].find(
      ([, p]) => p.public && (p.images?.length ?? 0) > 0,
    )!;
    const get = await emu.api('GET', `/v1/playlists/${id}/images`, { token: alice });
    expect(get.status).toBe(200);
    expect(get.json).toEqual(record.images);
  });

  it('rejects a body that is not base64, not a JPEG, or too large', async () => {
    const created = await createPlaylist(alice, { name: 'Bad covers' });
    const put = (body: string, type = 'image/jpeg') =>
      emu.api('PUT', `/v1/playlists/${created.id}/images`, {
        token: alice,
        body,
        headers: { 'content-type': type },
      });
    expect((await put('this is not base64!')).status).toBe(400);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');
    expect((await put(png)).status).toBe(400);
    const huge = Buffer.concat([TINY_JPEG, Buffer.alloc(200 * 1024)]).toString('base64');
    expect((await put(huge)).status).toBe(400);
    expect((await put(TINY_JPEG.toString('base64'), 'application/json')).status).toBe(400);
    const get = await emu.api('GET', `/v1/playlists/${created.id}/images`, { token: alice });
    expect(get.json).toEqual([]);
  });

  it('needs ugc-image-upload and ownership', async () => {
    const created = await createPlaylist(alice, { name: 'Guarded cover' });
    const body = TINY_JPEG.toString('base64');
    const headers = { 'content-type': 'image/jpeg' };
    const noUpload = await emu.token({ user: 'alice', scopes: ['playlist-modify-public'] });
    const denied = await emu.api('PUT', `/v1/playlists/${created.id}/images`, {
      token: noUpload,
      body,
      headers,
    });
    expect(denied.status).toBe(403);
    const notOwner = await emu.api('PUT', `/v1/playlists/${created.id}/images`, {
      token: bob,
      body,
      headers,
    });
    expect(notOwner.status).toBe(403);
  });
});
