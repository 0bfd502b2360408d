import { beforeAll, describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec } from '../helpers/spec-shape.js';

const emu = useTestEmulator({ rateLimit: 100_000 });
let alice: string;
let bob: string;
let aliceDev: string;
let trackUris: string[];
let episodeUri: string;

beforeAll(async () => {
  alice = await emu.token({ user: 'alice' });
  bob = await emu.token({ user: 'bob' });
  aliceDev = await emu.token({ user: 'alice', app: 'development' });
  trackUris = [...emu.state.catalog.tracks.keys()].slice(0, 120).map((id) => `spotify:track:${id}`);
  episodeUri = `spotify:episode:${[...emu.state.catalog.episodes.keys()][0]}`;
});

type Json = Record<string, unknown>;
interface ItemsPage {
  href: string;
  items: { added_by: Json; item: Json; track: Json }[];
  limit: number;
  next: string | null;
  offset: number;
  previous: string | null;
  total: number;
}

async function newPlaylist(token = alice, body: Json = { name: 'Items test' }): Promise<string> {
  const answer = await emu.api('POST', '/v1/me/playlists', { token, body });
  expect(answer.status).toBe(201);
  return (answer.json as { id: string }).id;
}

async function itemUris(id: string, token = alice): Promise<string[]> {
  const answer = await emu.api('GET', `/v1/playlists/${id}/items`, { token, query: { limit: 50 } });
  expect(answer.status).toBe(200);
  return (answer.json as ItemsPage).items.map((i) => i.item.uri as string);
}

async function add(id: string, uris: string[], extra: Json = {}, token = alice) {
  return emu.api('POST', `/v1/playlists/${id}/items`, { token, body: { uris, ...extra } });
}

async function snapshot(id: string): Promise<string> {
  const answer = await emu.api('GET', `/v1/playlists/${id}`, {
    token: alice,
    query: { fields: 'snapshot_id' },
  });
  return (answer.json as { snapshot_id: string }).snapshot_id;
}

describe('add-items-to-playlist', () => {
  it('appends the uris of the body and answers 201 with a new snapshot', async () => {
    const id = await newPlaylist();
    const before = await snapshot(id);
    const answer = await add(id, trackUris.slice(0, 3));
    expect(answer.status).toBe(201);
    expectMatchesSpec('add-items-to-playlist', 201, answer.json);
    const { snapshot_id } = answer.json as { snapshot_id: string };
    expect(snapshot_id).not.toBe(before);
    expect(await snapshot(id)).toBe(snapshot_id);
    expect(await itemUris(id)).toEqual(trackUris.slice(0, 3));
  });

  it('inserts at a position', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 3));
    expect((await add(id, [trackUris[10]!], { position: 1 })).status).toBe(201);
    expect(await itemUris(id)).toEqual([trackUris[0], trackUris[10], trackUris[1], trackUris[2]]);
  });

  it('takes uris and position from the query, ignoring the body uris', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 2));
    const answer = await emu.api('POST', `/v1/playlists/${id}/items`, {
      token: alice,
      query: { uris: trackUris.slice(5, 7).join(','), position: 0 },
      body: { uris: [trackUris[9]] },
    });
    expect(answer.status).toBe(201);
    expect(await itemUris(id)).toEqual([trackUris[5], trackUris[6], trackUris[0], trackUris[1]]);
  });

  it('adds episodes, which come back as episode objects', async () => {
    const id = await newPlaylist();
    expect((await add(id, [episodeUri])).status).toBe(201);
    const answer = await emu.api('GET', `/v1/playlists/${id}/items`, { token: alice });
    expectMatchesSpec('get-playlists-items', 200, answer.json);
    expect((answer.json as ItemsPage).items[0]!.item).toMatchObject({ type: 'episode', uri: episodeUri });
  });

  it('rejects more than 100 uris, malformed or unknown uris, and positions past the end', async () => {
    const id = await newPlaylist();
    expect((await add(id, trackUris.slice(0, 101))).status).toBe(400);
    expect((await add(id, ['spotify:track:short'])).status).toBe(400);
    expect((await add(id, ['spotify:album:4aawyAB9vmqN3uQ7FjRGTy'])).status).toBe(400);
    expect((await add(id, [`spotify:track:${'Z'.repeat(22)}`])).status).toBe(400);
    expect((await add(id, [trackUris[0]!], { position: 5 })).status).toBe(400);
    expect((await add(id, [])).status).toBe(400);
    expect(await itemUris(id)).toEqual([]);
  });

  it('accepts exactly 100 uris', async () => {
    const id = await newPlaylist();
    expect((await add(id, trackUris.slice(0, 100))).status).toBe(201);
    const page = (await emu.api('GET', `/v1/playlists/${id}/items`, { token: alice })).json as ItemsPage;
    expect(page.total).toBe(100);
  });

  it("refuses to change another user's playlist", async () => {
    const id = await newPlaylist(bob);
    const answer = await add(id, [trackUris[0]!]);
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({ error: { status: 403, message: expect.any(String) } });
    // The message names the owner (bob), not the requester (v17 new-user F7: "(alice)" read as the owner).
    expect((answer.json as { error: { message: string } }).error.message).toBe(
      'You cannot modify a playlist owned by another user (bob)',
    );
  });

  it('lets a collaborator add to a collaborative playlist', async () => {
    const id = await newPlaylist(bob, { name: 'Together', public: false, collaborative: true });
    // Not yet a collaborator: the private playlist does not exist for alice.
    expect((await add(id, [trackUris[0]!])).status).toBe(404);
    // Spotify's collaborator invite has no Web API: joining is following, set up in the state.
    emu.state.user('alice').followedPlaylists.set(id, '2026-01-01T00:00:00Z');
    expect((await add(id, [trackUris[0]!])).status).toBe(201);
    const page = (await emu.api('GET', `/v1/playlists/${id}/items`, { token: bob })).json as ItemsPage;
    expect(page.items[0]!.added_by).toMatchObject({ id: 'alice' });
  });

  it('needs the modify scope that matches the playlist visibility', async () => {
    const id = await newPlaylist(alice, { name: 'Private adds', public: false });
    const publicOnly = await emu.token({ user: 'alice', scopes: ['playlist-modify-public'] });
    expect((await add(id, [trackUris[0]!], {}, publicOnly)).status).toBe(403);
    const privateOnly = await emu.token({ user: 'alice', scopes: ['playlist-modify-private'] });
    expect((await add(id, [trackUris[0]!], {}, privateOnly)).status).toBe(201);
  });
});

describe('add-tracks-to-playlist (deprecated)', () => {
  it('adds for an Extended app and is refused to a Development Mode app', async () => {
    const id = await newPlaylist();
    const ok = await emu.api('POST', `/v1/playlists/${id}/tracks`, {
      token: alice,
      body: { uris: [trackUris[0]] },
    });
    expect(ok.status).toBe(201);
    expectMatchesSpec('add-tracks-to-playlist', 201, ok.json);
    const dev = await emu.api('POST', `/v1/playlists/${id}/tracks`, {
      token: aliceDev,
      body: { uris: [trackUris[1]] },
    });
    expect(dev.status).toBe(403);
    expect(await itemUris(id)).toEqual([trackUris[0]]);
  });
});

describe('get-playlists-items', () => {
  it('pages the items with both item and track, and working links', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 5));
    const first = await emu.api('GET', `/v1/playlists/${id}/items`, { token: alice, query: { limit: 2 } });
    expect(first.status).toBe(200);
    expectMatchesSpec('get-playlists-items', 200, first.json);
    const page = first.json as ItemsPage;
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.item.uri)).toEqual(trackUris.slice(0, 2));
    expect(page.items[0]!.track).toEqual(page.items[0]!.item);
    const next = await emu.api('GET', page.next!.slice(emu.url.length), { token: alice });
    expect((next.json as ItemsPage).items.map((i) => i.item.uri)).toEqual(trackUris.slice(2, 4));
  });

  it('applies the fields filter to the page', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 2));
    const answer = await emu.api('GET', `/v1/playlists/${id}/items`, {
      token: alice,
      query: { fields: 'total,items(item(uri))' },
    });
    expect(answer.json).toEqual({ total: 2, items: trackUris.slice(0, 2).map((uri) => ({ item: { uri } })) });
  });

  it('is forbidden to a user who neither owns nor collaborates on the playlist', async () => {
    const id = await newPlaylist(bob);
    const answer = await emu.api('GET', `/v1/playlists/${id}/items`, { token: alice });
    expect(answer.status).toBe(403);
  });

  it('rejects a limit above 50', async () => {
    const id = await newPlaylist();
    const answer = await emu.api('GET', `/v1/playlists/${id}/items`, { token: alice, query: { limit: 51 } });
    expect(answer.status).toBe(400);
  });

  it('needs playlist-read-private for a private playlist', async () => {
    const id = await newPlaylist(alice, { name: 'Read scope', public: false });
    const noRead = await emu.token({ user: 'alice', scopes: ['playlist-modify-private'] });
    expect((await emu.api('GET', `/v1/playlists/${id}/items`, { token: noRead })).status).toBe(403);
  });
});

describe('get-playlists-tracks (deprecated)', () => {
  it("reads another user's public playlist for an Extended app, up to 100 at a time", async () => {
    const id = await newPlaylist(bob);
    await add(id, trackUris.slice(0, 100), {}, bob);
    const answer = await emu.api('GET', `/v1/playlists/${id}/tracks`, {
      token: alice,
      query: { limit: 100 },
    });
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-playlists-tracks', 200, answer.json);
    expect((answer.json as ItemsPage).items).toHaveLength(100);
    const over = await emu.api('GET', `/v1/playlists/${id}/tracks`, { token: alice, query: { limit: 101 } });
    expect(over.status).toBe(400);
  });

  it('is not available to Development Mode apps', async () => {
    const id = await newPlaylist();
    expect((await emu.api('GET', `/v1/playlists/${id}/tracks`, { token: aliceDev })).status).toBe(403);
  });
});

describe('reorder-or-replace-playlists-items', () => {
  it('moves a range before another position', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 5));
    const answer = await emu.api('PUT', `/v1/playlists/${id}/items`, {
      token: alice,
      body: { range_start: 3, range_length: 2, insert_before: 0, snapshot_id: await snapshot(id) },
    });
    expect(answer.status).toBe(200);
    expectMatchesSpec('reorder-or-replace-playlists-items', 200, answer.json);
    const [a, b, c, d, e] = trackUris;
    expect(await itemUris(id)).toEqual([d, e, a, b, c]);
  });

  it('moves a range forward to just before a later item', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 5));
    const answer = await emu.api('PUT', `/v1/playlists/${id}/items`, {
      token: alice,
      body: { range_start: 0, range_length: 2, insert_before: 4 },
    });
    expect(answer.status).toBe(200);
    const [a, b, c, d, e] = trackUris;
    expect(await itemUris(id)).toEqual([c, d, a, b, e]);
  });

  it('moves the first item to the end', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 3));
    await emu.api('PUT', `/v1/playlists/${id}/items`, {
      token: alice,
      body: { range_start: 0, insert_before: 3 },
    });
    const [a, b, c] = trackUris;
    expect(await itemUris(id)).toEqual([b, c, a]);
  });

  it('applies a reorder made against an older snapshot, and rejects a forged one', async () => {
    const id = await newPlaylist();
    const old = (await add(id, trackUris.slice(0, 2))).json as { snapshot_id: string };
    await add(id, [trackUris[2]!]);
    const stale = await emu.api('PUT', `/v1/playlists/${id}/items`, {
      token: alice,
      body: { range_start: 0, insert_before: 3, snapshot_id: old.snapshot_id },
    });
    expect(stale.status).toBe(200);
    const forged = await emu.api('PUT', `/v1/playlists/${id}/items`, {
      token: alice,
      body: { range_start: 0, insert_before: 2, snapshot_id: 'not-a-snapshot' },
    });
    expect(forged.status).toBe(400);
    const [a, b, c] = trackUris;
    expect(await itemUris(id)).toEqual([b, c, a]);
  });

  it('rejects a range outside the playlist', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 3));
    const put = (body: Json) => emu.api('PUT', `/v1/playlists/${id}/items`, { token: alice, body });
    expect((await put({ range_start: 2, range_length: 2, insert_before: 0 })).status).toBe(400);
    expect((await put({ range_start: 0, insert_before: 4 })).status).toBe(400);
    expect((await put({ range_start: -1, insert_before: 0 })).status).toBe(400);
    expect((await put({ insert_before: 0 })).status).toBe(400);
  });

  it('replaces every item with the given uris, and clears with an empty list', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 3));
    const replace = await emu.api('PUT', `/v1/playlists/${id}/items`, {
      token: alice,
      body: { uris: trackUris.slice(50, 52) },
    });
    expect(replace.status).toBe(200);
    expect(await itemUris(id)).toEqual(trackUris.slice(50, 52));
    const clear = await emu.api('PUT', `/v1/playlists/${id}/items`, { token: alice, body: { uris: [] } });
    expect(clear.status).toBe(200);
    expect(await itemUris(id)).toEqual([]);
  });

  it('replaces from the query string and rejects more than 100 uris', async () => {
    const id = await newPlaylist();
    const ok = await emu.api('PUT', `/v1/playlists/${id}/items`, {
      token: alice,
      query: { uris: trackUris.slice(7, 9).join(',') },
    });
    expect(ok.status).toBe(200);
    expect(await itemUris(id)).toEqual(trackUris.slice(7, 9));
    const tooMany = await emu.api('PUT', `/v1/playlists/${id}/items`, {
      token: alice,
      body: { uris: trackUris.slice(0, 101) },
    });
    expect(tooMany.status).toBe(400);
    expect(await itemUris(id)).toEqual(trackUris.slice(7, 9));
  });

  it('is offered under /tracks to Extended apps only', async () => {
    const id = await newPlaylist();
    const ok = await emu.api('PUT', `/v1/playlists/${id}/tracks`, {
      token: alice,
      body: { uris: [trackUris[0]] },
    });
    expect(ok.status).toBe(200);
    expectMatchesSpec('reorder-or-replace-playlists-tracks', 200, ok.json);
    const dev = await emu.api('PUT', `/v1/playlists/${id}/tracks`, { token: aliceDev, body: { uris: [] } });
    expect(dev.status).toBe(403);
  });
});

describe('remove-items-playlist', () => {
  it('removes every occurrence of the given uris', async () => {
    const id = await newPlaylist();
    await add(id, [trackUris[0]!, trackUris[1]!, trackUris[0]!, trackUris[2]!]);
    const answer = await emu.api('DELETE', `/v1/playlists/${id}/items`, {
      token: alice,
      body: { items: [{ uri: trackUris[0] }], snapshot_id: await snapshot(id) },
    });
    expect(answer.status).toBe(200);
    expectMatchesSpec('remove-items-playlist', 200, answer.json);
    expect(await itemUris(id)).toEqual([trackUris[1], trackUris[2]]);
  });

  it('rejects a missing list, more than 100 objects, and malformed uris', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 2));
    const del = (body: unknown) => emu.api('DELETE', `/v1/playlists/${id}/items`, { token: alice, body });
    expect((await del({})).status).toBe(400);
    expect((await del({ items: trackUris.slice(0, 101).map((uri) => ({ uri })) })).status).toBe(400);
    expect((await del({ items: [{ uri: 'spotify:track:nope' }] })).status).toBe(400);
    expect((await del({ items: [{ uri: trackUris[0] }], snapshot_id: 'bogus' })).status).toBe(400);
    expect(await itemUris(id)).toEqual(trackUris.slice(0, 2));
  });

  it("refuses to change another user's playlist", async () => {
    const id = await newPlaylist(bob);
    await add(id, [trackUris[0]!], {}, bob);
    const answer = await emu.api('DELETE', `/v1/playlists/${id}/items`, {
      token: alice,
      body: { items: [{ uri: trackUris[0] }] },
    });
    expect(answer.status).toBe(403);
    expect(await itemUris(id, bob)).toEqual([trackUris[0]]);
  });

  it('takes a tracks list under /tracks for Extended apps only', async () => {
    const id = await newPlaylist();
    await add(id, trackUris.slice(0, 2));
    const ok = await emu.api('DELETE', `/v1/playlists/${id}/tracks`, {
      token: alice,
      body: { tracks: [{ uri: trackUris[1] }] },
    });
    expect(ok.status).toBe(200);
    expectMatchesSpec('remove-tracks-playlist', 200, ok.json);
    expect(await itemUris(id)).toEqual([trackUris[0]]);
    const dev = await emu.api('DELETE', `/v1/playlists/${id}/tracks`, {
      token: aliceDev,
      body: { tracks: [{ uri: trackUris[0] }] },
    });
    expect(dev.status).toBe(403);
  });
});
