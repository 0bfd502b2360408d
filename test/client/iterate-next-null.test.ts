/**
 * `client.iterate()` when an offset page says `next: null` while its `total` counts more (v11 attack on
 * issue 7, P2): the total wins, as in the server's connections. It reads on from the end of the page's
 * items (a link built from its `href`), an empty page before the total then throws BAD_RESPONSE, and a
 * search page is never read on past Spotify's search window (offset + limit at most 1000).
 */
import { describe, expect, it } from 'vitest';
import type { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import { addFault, clearFaultsAndLog, countOf, useClientTests, userToken } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const openClient = (token: SpotifyAuthorisationToken) => signedIn({ token, appMode: 'extended' });

/** Every id of alice's saved tracks, read with no fault (pages of 50 followed by their `next`). */
async function allSaved(): Promise<string[]> {
  const client = await openClient(await userToken(emu));
  const ids: string[] = [];
  for await (const saved of client.iterate(await client.library.getSavedTracks({ limit: 50 }))) {
    ids.push(saved.track.id);
  }
  return ids;
}

/** The ids `iterate` yields from alice's saved tracks in pages of `limit`, and how it ended. */
async function iterateSaved(limit: number): Promise<{ ids: string[]; error: unknown }> {
  const client = await openClient(await userToken(emu));
  const first = await client.library.getSavedTracks({ limit });
  const ids: string[] = [];
  const error = await (async () => {
    for await (const saved of client.iterate(first)) ids.push(saved.track.id);
  })().catch((e: unknown) => e);
  return { ids, error };
}

describe('iterate over pages whose next is null while the total counts more', () => {
  it.each([20, 50])('reads on from the end of each page of %i: every item, once, no error', async (limit) => {
    const all = await allSaved();
    expect(all.length).toBeGreaterThan(50);
    await clearFaultsAndLog(emu);
    // Every page says next: null, and a total 100 above its end.
    await addFault(emu, { route: 'GET /v1/me/tracks', paging: 'next-null' });
    const { ids, error } = await iterateSaved(limit);
    expect(error).toBeUndefined();
    expect(ids).toEqual(all);
    // The pages of the list, then the empty one at its end (whose own total, the real one, is reached).
    expect(await countOf(emu, 'GET /v1/me/tracks')).toBe(Math.ceil(all.length / limit) + 1);
  });

  it('a total that counts more than Spotify lists: every item, then the empty page read on ends it quietly', async () => {
    // The page read on after the last item is empty and says next: null: the list ends there, as it does
    // for followed artists (issue 7 item 7: a total counting left-out items is how Spotify answers).
    const all = await allSaved();
    await addFault(emu, { route: 'GET /v1/me/tracks', set: { '/total': all.length + 56, '/next': null } });
    const { ids, error } = await iterateSaved(20);
    expect(ids).toEqual(all);
    expect(error).toBeUndefined();
  });

  it('a total reached ends quietly at next: null, without a further call', async () => {
    const all = await allSaved();
    await clearFaultsAndLog(emu);
    await addFault(emu, { route: 'GET /v1/me/tracks', set: { '/next': null } });
    const { ids, error } = await iterateSaved(50);
    expect(error).toBeUndefined();
    // The page at 0 (50 items, next null, total 64) reads on; the page at 50 reaches the total.
    expect(ids).toEqual(all);
    expect(await countOf(emu, 'GET /v1/me/tracks')).toBe(2);
  });

  it('never reads a search page on past result 999, whatever the total says', async () => {
    const client = await openClient(await userToken(emu));
    const ten = (await client.search.query('a', ['track'], { limit: 10 })).tracks?.items ?? [];
    expect(ten).toHaveLength(10);
    await clearFaultsAndLog(emu);
    await addFault(emu, {
      route: 'GET /v1/search',
      set: { '/tracks/items': ten, '/tracks/total': 5000, '/tracks/next': null },
    });
    const first = (await client.search.query('a', ['track'], { offset: 980, limit: 10 })).tracks;
    expect(first?.next).toBeNull();
    let seen = 0;
    for await (const _item of client.iterate(first!)) seen += 1;
    // 980-989, then 990-999 read on (the total wins), then nothing: offset 1000 is refused by Spotify.
    expect(seen).toBe(20);
    expect(await countOf(emu, 'GET /v1/search')).toBe(2);
  });
});

describe('a next that names another list (v12 attack on issue 7, N12)', () => {
  it('a saved-tracks page whose next is the saved albums link: BAD_RESPONSE after its items, no album yielded', async () => {
    const all = await allSaved();
    await clearFaultsAndLog(emu);
    await addFault(emu, {
      route: 'GET /v1/me/tracks',
      query: { offset: '10' },
      set: { '/next': `${emu.url}/v1/me/albums?offset=20&limit=10` },
    });
    const { ids, error } = await iterateSaved(10);
    expect(ids).toEqual(all.slice(0, 20));
    expect(error).toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE', status: 200 });
    expect(await countOf(emu, 'GET /v1/me/albums')).toBe(0);
  });

  it('a next that changes a query parameter other than offset/limit is refused too', async () => {
    const client = await openClient(await userToken(emu));
    const first = await client.library.getSavedTracks({ limit: 10, market: 'SE' });
    await clearFaultsAndLog(emu);
    await addFault(emu, {
      route: 'GET /v1/me/tracks',
      set: { '/next': `${emu.url}/v1/me/tracks?offset=20&limit=10&market=JP` },
    });
    const ids: string[] = [];
    const error = await (async () => {
      for await (const saved of client.iterate(first)) ids.push(saved.track.id);
    })().catch((e: unknown) => e);
    // The page at 10 (Spotify's own link) is read; its next, for market JP, is not followed.
    expect(ids).toHaveLength(20);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
    expect(await countOf(emu, 'GET /v1/me/tracks')).toBe(1);
  });

  it.each([
    ['without an href', ['/href']],
    ['whose href names the albums too', []],
  ])(
    'a first page %s whose next is the saved albums link: checked against the link it was fetched by (C1)',
    async (_name, unset) => {
      const all = await allSaved();
      await clearFaultsAndLog(emu);
      await addFault(emu, {
        route: 'GET /v1/me/tracks',
        times: 1,
        unset,
        set: {
          ...(unset.length === 0 ? { '/href': `${emu.url}/v1/me/albums?offset=0&limit=10` } : {}),
          '/next': `${emu.url}/v1/me/albums?offset=10&limit=10`,
        },
      });
      const { ids, error } = await iterateSaved(10);
      expect(ids).toEqual(all.slice(0, 10));
      expect(error).toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE', status: 200 });
      expect(await countOf(emu, 'GET /v1/me/albums')).toBe(0);
    },
  );
});

describe('client.next() on a next that names another list (v16 attack on issue 7, D6)', () => {
  it('a saved-tracks page whose next is the saved albums link: BAD_RESPONSE, no album fetched', async () => {
    const client = await openClient(await userToken(emu));
    await addFault(emu, {
      route: 'GET /v1/me/tracks',
      times: 1,
      set: { '/next': `${emu.url}/v1/me/albums?offset=5&limit=5` },
    });
    const page = await client.library.getSavedTracks({ limit: 5 });
    // Old code: the saved albums' page was returned as the saved tracks' next page.
    await expect(client.next(page)).rejects.toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE' });
    expect(await countOf(emu, 'GET /v1/me/albums')).toBe(0);
  });

  it("an artist's albums page whose next is another artist's albums: BAD_RESPONSE, no request", async () => {
    const client = await openClient(await userToken(emu));
    const [artist, other] = [...emu.state.catalog.artists.keys()];
    await addFault(emu, {
      route: 'GET /v1/artists/{id}/albums',
      times: 1,
      set: { '/next': `${emu.url}/v1/artists/${other}/albums?offset=5&limit=5` },
    });
    const page = await client.artists.getAlbums(artist!, { limit: 5 });
    await expect(client.next(page)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    expect(await countOf(emu, 'GET /v1/artists/{id}/albums')).toBe(1);
  });

  it("follows the page's own next as before", async () => {
    const client = await openClient(await userToken(emu));
    const page = await client.library.getSavedTracks({ limit: 5 });
    const next = await client.next(page);
    expect(next?.offset).toBe(5);
  });
});

describe('client.previous() on a previous that names another list (v17 attack, G2)', () => {
  it('a saved-tracks page whose previous is the saved albums link: BAD_RESPONSE, no album fetched', async () => {
    const client = await openClient(await userToken(emu));
    await addFault(emu, {
      route: 'GET /v1/me/tracks',
      times: 1,
      set: { '/previous': `${emu.url}/v1/me/albums?offset=0&limit=5` },
    });
    const page = await client.library.getSavedTracks({ limit: 5, offset: 10 });
    // Old code: the saved albums' page was returned as the saved tracks' previous page.
    await expect(client.previous(page)).rejects.toMatchObject({
      name: 'SpotifyAPIError',
      code: 'BAD_RESPONSE',
    });
    expect(await countOf(emu, 'GET /v1/me/albums')).toBe(0);
  });

  it("an artist's albums page whose previous is another artist's albums: BAD_RESPONSE, no request", async () => {
    const client = await openClient(await userToken(emu));
    const [artist, other] = [...emu.state.catalog.artists.values()]
      .filter((a) => a.albumIds.length > 2)
      .map((a) => a.id);
    await addFault(emu, {
      route: 'GET /v1/artists/{id}/albums',
      times: 1,
      set: { '/previous': `${emu.url}/v1/artists/${other}/albums?offset=0&limit=1` },
    });
    const page = await client.artists.getAlbums(artist!, { limit: 1, offset: 1 });
    await expect(client.previous(page)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    expect(await countOf(emu, 'GET /v1/artists/{id}/albums')).toBe(1);
  });

  it("follows the page's own previous as before", async () => {
    const client = await openClient(await userToken(emu));
    const page = await client.library.getSavedTracks({ limit: 5, offset: 10 });
    const previous = await client.previous(page);
    expect(previous?.offset).toBe(5);
  });
});

describe('a next that names the same list in another form Spotify sends (v13 re-attack, C5)', () => {
  const playlist = 'LAeyejnaDxyWlbmJZUeiZ3';

  it.each([
    [
      'the older /tracks path',
      (offset: number) => `/v1/playlists/${playlist}/tracks?offset=${offset}&limit=10`,
    ],
    [
      'added additional_types and locale',
      (offset: number) =>
        `/v1/playlists/${playlist}/items?offset=${offset}&limit=10&additional_types=track%2Cepisode&locale=en`,
    ],
  ])('a playlist page whose next uses %s is followed to the end', async (_name, link) => {
    const client = await openClient(await userToken(emu));
    const every: string[] = [];
    for await (const entry of client.iterate(await client.playlists.getItems(playlist, { limit: 50 })))
      every.push(entry.item?.id ?? entry.track?.id ?? '');
    expect(every.length).toBeGreaterThan(20);
    await clearFaultsAndLog(emu);
    await addFault(emu, {
      route: 'GET /v1/playlists/{playlist_id}/items',
      times: 1,
      set: { '/next': `${emu.url}${link(10)}` },
    });
    const ids: string[] = [];
    for await (const entry of client.iterate(await client.playlists.getItems(playlist, { limit: 10 })))
      ids.push(entry.item?.id ?? entry.track?.id ?? '');
    expect(ids).toEqual(every);
  });

  it("a search for two types: each type's pages are read on (the request named both types, the pages one)", async () => {
    const client = await openClient(await userToken(emu));
    const answer = await client.search.query('a', ['track', 'album'], { offset: 970, limit: 10 });
    let seen = 0;
    for await (const _track of client.iterate(answer.tracks!)) seen += 1;
    expect(seen).toBe(30);
  });

  it.each([900, 950, 990])(
    'a search iterated from offset %i ends at result 999 without an error: the emulator hands out no next past it (C4)',
    async (offset) => {
      const client = await openClient(await userToken(emu));
      // A page within the window: offset 990 asks 10 (the client refuses offset plus limit past 1000).
      const limit = Math.min(50, 1000 - offset);
      const first = (await client.search.query('a', ['track'], { offset, limit })).tracks!;
      expect(first.total).toBeGreaterThan(1000);
      let seen = 0;
      for await (const _track of client.iterate(first)) seen += 1;
      expect(seen).toBe(1000 - offset);
    },
  );
});
