/**
 * Pages that are not the ones asked for, and pages past the end (v11 attack on issue 7):
 * - P1: a later offset page whose `offset` is not the one asked (Spotify ignoring `offset` sends page 0
 *   again) is where the list breaks off, never glued in under other items' cursors;
 * - P3: a later cursor page that does not move past its `after` (the same page again) is the cut with
 *   no next page promised, so a client paging on stops;
 * - P6: an empty page at or past the end Spotify's total counts is Spotify's right answer: the total,
 *   no next page, no error.
 * v12 attack on issue 7, N13: a page whose `offset` is no number (null, "0") gets one verdict, refused as
 * a page at another offset, whoever reads it (an alias cut from it, graphql-jit's redo, an embedded page).
 * v12 N5: a later page at the right offset repeating items a list holds once (a library) is the cut; a
 * playlist, which may hold a track twice, keeps them.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const SAVED = graphql(`query PagesOutOfPlaceSaved($first: Int!, $offset: Int) {
  me { savedTracks(first: $first, offset: $offset) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }
}`);
const PLAYLIST = graphql(`query PagesOutOfPlacePlaylist($id: ID!, $first: Int!, $after: String) {
  playlist(id: $id) { items(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }
}`);
const ALBUM = graphql(`query PagesOutOfPlaceAlbum($id: ID!, $offset: Int!) {
  album(id: $id) { tracks(offset: $offset, first: 2) { totalCount pageInfo { hasNextPage } edges { cursor } } }
}`);
const SEARCH = graphql(`query PagesOutOfPlaceSearch($q: String!, $offset: Int!) {
  search(query: $q, types: [TRACK], first: 5, offset: $offset) { tracks { totalCount pageInfo { hasNextPage } edges { cursor } } }
}`);
const SAVED_TWICE = graphql(`query PagesOutOfPlaceSavedTwice {
  me { a: savedTracks(first: 3) { edges { cursor } } b: savedTracks(first: 2) { edges { cursor } } }
}`);
const SAVED_WINDOWS = graphql(`query PagesOutOfPlaceSavedWindows {
  me {
    a: savedTracks(first: 64) { edges { node { id } } }
    b: savedTracks(offset: 50, first: 14) { edges { node { id } } }
    c: savedTracks(offset: 52, first: 5) { edges { node { id } } }
  }
}`);
const SAVED_WINDOWS_SWAPPED = graphql(`query PagesOutOfPlaceSavedWindowsSwapped {
  me {
    c: savedTracks(offset: 52, first: 5) { edges { node { id } } }
    b: savedTracks(offset: 50, first: 14) { edges { node { id } } }
    a: savedTracks(first: 64) { edges { node { id } } }
  }
}`);
const SAVED_WINDOWS_MARKETS = graphql(`query PagesOutOfPlaceSavedWindowsMarkets {
  me {
    a: savedTracks(first: 64) { edges { node { id } } }
    b: savedTracks(offset: 50, first: 14, market: "GB") { edges { node { id } } }
  }
}`);
const SAVED_JOINED_AT_50 = graphql(`query PagesOutOfPlaceSavedJoinedAt50 {
  me {
    a: savedTracks(first: 50) { edges { node { id } } }
    b: savedTracks(offset: 50, first: 3) { edges { node { id } } }
    c: savedTracks(offset: 53, first: 3) { edges { node { id } } }
  }
}`);
const TOP_WINDOWS_RANGES = graphql(`query PagesOutOfPlaceTopWindowsRanges {
  me {
    a: topTracks(first: 30) { edges { node { id } } }
    b: topTracks(offset: 20, first: 5, timeRange: MEDIUM_TERM) { edges { node { id } } }
  }
}`);
const SAVED_AT_50 = graphql(`query PagesOutOfPlaceSavedAt50 {
  me { b: savedTracks(offset: 50, first: 14) { edges { node { id } } } }
}`);
const ALBUM_HEAD = graphql(`query PagesOutOfPlaceAlbumHead($id: ID!) {
  album(id: $id) { name tracks(first: 2) { totalCount edges { cursor } } }
}`);
const FOLLOWED = graphql(`query PagesOutOfPlaceFollowed($after: String) {
  me { list: followedArtists(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }
}`);
const RECENT = graphql(`query PagesOutOfPlaceRecent($after: String) {
  me { list: recentlyPlayed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }
}`);

const cursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** Spotify's answer (the emulator's, no fault) at `path`, read with alice's token. */
async function spotify(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${t.emu.url}${path}`, { headers: { authorization: `Bearer ${t.alice}` } });
  return (await response.json()) as Record<string, unknown>;
}

const bigPlaylist = () => [...t.emu.state.catalog.playlists.values()].find((p) => p.items.length >= 160)!;

describe('a later page at another offset than asked (P1)', () => {
  it('saved tracks: the page at 50 answering page 0 is the cut, not 14 repeated items', async () => {
    const page0 = await spotify('/v1/me/tracks?offset=0&limit=14');
    await t.fault('GET /v1/me/tracks', { '/offset': 0, '/items': page0.items }, { query: { offset: '50' } });
    const answer = await t.query(SAVED, { first: 64 }, { token: t.alice });
    const conn = answer.data?.me?.savedTracks;
    expect(conn?.edges).toHaveLength(51);
    expect(conn?.edges[50]).toBeNull();
    expect(conn?.edges.slice(0, 50).map((e) => e?.cursor)).toEqual([...Array(50).keys()].map(cursor));
    expect(new Set(conn?.edges.slice(0, 50).map((e) => e?.node?.id)).size).toBe(50);
    expect(conn?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursor(49) });
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['me', 'savedTracks', 'edges', 50], expect.objectContaining(BAD_VALUE)],
    ]);
  });

  it("a playlist's page at 100 answering page 0 is the cut after item 99", async () => {
    const playlist = bigPlaylist();
    const page0 = await spotify(`/v1/playlists/${playlist.id}/tracks?offset=0&limit=50`);
    for (const route of ['GET /v1/playlists/{playlist_id}/tracks', 'GET /v1/playlists/{playlist_id}/items']) {
      await t.fault(route, { '/offset': 0, '/items': page0.items }, { query: { offset: '100' } });
    }
    const answer = await t.query(PLAYLIST, { id: playlist.id, first: 160 });
    const conn = answer.data?.playlist?.items;
    expect(conn?.edges).toHaveLength(101);
    expect(conn?.edges[100]).toBeNull();
    expect(conn?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursor(99) });
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['playlist', 'items', 'edges', 100], expect.objectContaining(BAD_VALUE)],
    ]);
  });
});

describe('a later page at the right offset repeating earlier items (v12 N5)', () => {
  it('saved tracks: the page at 50 holding items 0-13 is the cut after item 49', async () => {
    const page0 = await spotify('/v1/me/tracks?offset=0&limit=14');
    await t.fault('GET /v1/me/tracks', { '/items': page0.items }, { query: { offset: '50' } });
    const answer = await t.query(SAVED, { first: 64 }, { token: t.alice });
    const conn = answer.data?.me?.savedTracks;
    expect(conn?.edges).toHaveLength(51);
    expect(conn?.edges[50]).toBeNull();
    expect(new Set(conn?.edges.slice(0, 50).map((e) => e?.node?.id)).size).toBe(50);
    expect(conn?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursor(49) });
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['me', 'savedTracks', 'edges', 50], expect.objectContaining(BAD_VALUE)],
    ]);
  });

  // v13 attack on issue 7, P1: one verdict per page as loaded in the request, whatever window reads it.
  it.each([
    ['the whole list first', SAVED_WINDOWS],
    ['the windows at 50 first', SAVED_WINDOWS_SWAPPED],
  ] as const)(
    'aliases over the page at 50 holding items 0-13, %s: every window refuses it',
    async (_n, query) => {
      const page0 = await spotify('/v1/me/tracks?offset=0&limit=14');
      await t.fault('GET /v1/me/tracks', { '/items': page0.items }, { query: { offset: '50' } });
      await t.clearLog();
      const answer = await t.query(query, {}, { token: t.alice });
      const me = answer.data?.me;
      expect(me?.a?.edges).toHaveLength(51);
      expect(me?.a?.edges[50]).toBeNull();
      expect(new Set(me?.a?.edges.slice(0, 50).map((e) => e?.node?.id)).size).toBe(50);
      expect(me?.b).toBeNull();
      expect(me?.c).toBeNull();
      const errors = (answer.errors ?? []).map((e) => [e.path, e.message, e.extensions]);
      expect(errors).toHaveLength(3);
      expect(errors).toEqual(
        expect.arrayContaining([
          [
            ['me', 'a', 'edges', 50],
            expect.stringContaining('repeating'),
            expect.objectContaining(BAD_VALUE),
          ],
          [['me', 'b'], expect.stringContaining('repeating'), expect.objectContaining(BAD_VALUE)],
          [['me', 'c'], expect.stringContaining('repeating'), expect.objectContaining(BAD_VALUE)],
        ]),
      );
      // One page at 50, shared by the three windows.
      expect((await t.calls())['GET /v1/me/tracks']).toBe(2);
    },
  );

  // v14 re-attack, R3: Spotify ignores `market` for a user's library, and medium_term is the default time range.
  it('a window in a market over the page at 50 holding items 0-13 refuses it as the window without', async () => {
    const page0 = await spotify('/v1/me/tracks?offset=0&limit=14');
    await t.fault('GET /v1/me/tracks', { '/items': page0.items }, { query: { offset: '50' } });
    const answer = await t.query(SAVED_WINDOWS_MARKETS, {}, { token: t.alice });
    expect(answer.data?.me?.a?.edges[50]).toBeNull();
    expect(answer.data?.me?.b).toBeNull();
    expect((answer.errors ?? []).map((e) => e.path?.join('.')).sort()).toEqual(['me.a.edges.50', 'me.b']);
  });

  it('a window with timeRange: MEDIUM_TERM over a top page repeating page 0 refuses it as the window without', async () => {
    const page0 = await spotify('/v1/me/top/tracks?offset=0&limit=5');
    await t.fault('GET /v1/me/top/tracks', { '/items': page0.items }, { query: { offset: '20' } });
    const answer = await t.query(TOP_WINDOWS_RANGES, {}, { token: t.alice });
    expect(answer.data?.me?.b).toBeNull();
    expect((answer.errors ?? []).map((e) => e.path?.join('.'))).toContain('me.b');
  });

  // Issue 11: sibling windows of a saved list are one joined call; that page is judged as any page is.
  it('windows at 50 and 53 joined into one call over a page repeating items 0-13: both refuse it', async () => {
    const page0 = await spotify('/v1/me/tracks?offset=0&limit=14');
    await t.fault('GET /v1/me/tracks', { '/items': page0.items }, { query: { offset: '50' } });
    await t.clearLog();
    const answer = await t.query(SAVED_JOINED_AT_50, {}, { token: t.alice });
    expect(answer.data?.me?.a?.edges).toHaveLength(50);
    expect(answer.data?.me?.b).toBeNull();
    expect(answer.data?.me?.c).toBeNull();
    expect((answer.errors ?? []).map((e) => [e.path?.join('.'), e.message]).sort()).toEqual([
      ['me.b', expect.stringContaining('repeating')],
      ['me.c', expect.stringContaining('repeating')],
    ]);
    // Page 0, and one page at 50 for both windows.
    expect((await t.calls())['GET /v1/me/tracks']).toBe(2);
  });

  it('the page at 50 read alone: no earlier page in the request to repeat, so it is served', async () => {
    const page0 = await spotify('/v1/me/tracks?offset=0&limit=14');
    await t.fault('GET /v1/me/tracks', { '/items': page0.items }, { query: { offset: '50' } });
    const answer = await t.query(SAVED_AT_50, {}, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.b?.edges).toHaveLength(14);
  });

  it('a playlist may hold a track twice: its page at 100 repeating page 0 is served', async () => {
    const playlist = bigPlaylist();
    const page0 = await spotify(`/v1/playlists/${playlist.id}/tracks?offset=0&limit=50`);
    for (const route of ['GET /v1/playlists/{playlist_id}/tracks', 'GET /v1/playlists/{playlist_id}/items']) {
      await t.fault(route, { '/items': page0.items }, { query: { offset: '100' } });
    }
    const answer = await t.query(PLAYLIST, { id: playlist.id, first: 150 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.items?.edges).toHaveLength(150);
  });
});

describe("an album's embedded page disagreeing with its total_tracks (v12 I7)", () => {
  it('total 0 and no items beside total_tracks: the tracks are read from their endpoint', async () => {
    const album = [...t.emu.state.catalog.albums.values()].find((a) => a.trackIds.length >= 3)!;
    // Loaded in a batch (Extended mode's GET /v1/albums).
    await t.fault('GET /v1/albums', { '/albums/0/tracks/total': 0, '/albums/0/tracks/items': [] });
    const answer = await t.query(ALBUM_HEAD, { id: album.id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album).toEqual({
      name: album.name,
      tracks: { totalCount: album.trackIds.length, edges: [{ cursor: cursor(0) }, { cursor: cursor(1) }] },
    });
  });
});

describe('a page whose offset is no number (v12 N13)', () => {
  const NO_NUMBERS: [string, unknown][] = [
    ['"0"', '0'],
    ['null', null],
    ['true', true],
    ['[0]', [0]],
    ['an object', { a: 0 }],
  ];

  it.each(NO_NUMBERS)('saved tracks, offset %s: the connection is refused', async (_name, value) => {
    await t.fault('GET /v1/me/tracks', { '/offset': value });
    const answer = await t.query(SAVED, { first: 3 }, { token: t.alice });
    expect(answer.data?.me?.savedTracks).toBeNull();
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['me', 'savedTracks'], expect.objectContaining(BAD_VALUE)],
    ]);
  });

  it('two aliases reading the same page both refuse it', async () => {
    await t.fault('GET /v1/me/tracks', { '/offset': null });
    const answer = await t.query(SAVED_TWICE, {}, { token: t.alice });
    expect(answer.data?.me).toEqual({ a: null, b: null });
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['me', 'a'], expect.objectContaining(BAD_VALUE)],
      [['me', 'b'], expect.objectContaining(BAD_VALUE)],
    ]);
  });

  it('saved tracks, the page at 50 saying "50": the cut after item 49', async () => {
    await t.fault('GET /v1/me/tracks', { '/offset': '50' }, { query: { offset: '50' } });
    const answer = await t.query(SAVED, { first: 64 }, { token: t.alice });
    const conn = answer.data?.me?.savedTracks;
    expect(conn?.edges).toHaveLength(51);
    expect(conn?.edges[50]).toBeNull();
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['me', 'savedTracks', 'edges', 50], expect.objectContaining(BAD_VALUE)],
    ]);
  });

  it('an album\'s embedded first page saying "0": its tracks are refused, the album answers', async () => {
    const album = [...t.emu.state.catalog.albums.values()][0]!;
    // Loaded in a batch (Extended mode's GET /v1/albums).
    await t.fault('GET /v1/albums', { '/albums/0/tracks/offset': '0' });
    const answer = await t.query(ALBUM_HEAD, { id: album.id });
    expect(answer.data?.album).toEqual({ name: album.name, tracks: null });
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['album', 'tracks'], expect.objectContaining(BAD_VALUE)],
    ]);
  });

  it('a search page saying null: refused', async () => {
    await t.fault('GET /v1/search', { '/tracks/offset': null });
    const answer = await t.query(SEARCH, { q: 'a', offset: 0 });
    expect(answer.data?.search?.tracks).toBeNull();
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['search', 'tracks'], expect.objectContaining(BAD_VALUE)],
    ]);
  });
});

describe('a later cursor page that does not move past its cursor (P3)', () => {
  const followed = (after?: string | null) => t.query(FOLLOWED, { after }, { token: t.alice });
  const recent = (after?: string | null) => t.query(RECENT, { after }, { token: t.alice });
  it.each([
    [
      'followed artists',
      'GET /v1/me/following',
      '/v1/me/following?type=artist&limit=3',
      '/artists',
      followed,
    ],
    [
      'recently played',
      'GET /v1/me/player/recently-played',
      '/v1/me/player/recently-played?limit=3',
      '',
      recent,
    ],
  ] as const)(
    '%s: the same page again is the cut, and no next page is promised',
    async (_name, route, path, at, read) => {
      const answer0 = await spotify(path);
      const page0 = (at === '' ? answer0 : answer0[at.slice(1)]) as Record<string, unknown>;
      await t.fault(route, {
        [`${at}/items`]: page0.items,
        [`${at}/cursors`]: page0.cursors,
        [`${at}/next`]: page0.next,
      });
      const first = await read();
      expect(first.errors).toBeUndefined();
      expect(first.data?.me?.list?.pageInfo.hasNextPage).toBe(true);
      const again = await read(first.data?.me?.list?.pageInfo.endCursor);
      expect(again.data?.me).toEqual({
        list: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [null] },
      });
      expect(again.errors?.map((e) => [e.path, e.extensions])).toEqual([
        [['me', 'list', 'edges', 0], expect.objectContaining(BAD_VALUE)],
      ]);
    },
  );
});

describe('paging past the end is a right answer (P6)', () => {
  it('saved tracks at offset 100 of 64: the total, no next page, no error', async () => {
    const total = ((await spotify('/v1/me/tracks?limit=1')).total as number) ?? 0;
    const answer = await t.query(SAVED, { first: 5, offset: total + 36 }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.savedTracks).toEqual({
      totalCount: total,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it("an album's tracks at offset 500", async () => {
    const album = [...t.emu.state.catalog.albums.values()][0]!;
    const answer = await t.query(ALBUM, { id: album.id, offset: 500 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.tracks).toEqual({
      totalCount: album.trackIds.length,
      pageInfo: { hasNextPage: false },
      edges: [],
    });
  });

  it.each([
    ['well past the end', 93],
    ['one past the end', 1],
  ])("a playlist's cursor %s", async (_name, past) => {
    const playlist = bigPlaylist();
    const n = playlist.items.length;
    const answer = await t.query(PLAYLIST, { id: playlist.id, first: 5, after: cursor(n - 1 + past) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.items).toEqual({
      totalCount: n,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it('a search without matches at offset 10', async () => {
    const answer = await t.query(SEARCH, { q: 'zzzzqqq', offset: 10 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search?.tracks).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false },
      edges: [],
    });
  });
});
