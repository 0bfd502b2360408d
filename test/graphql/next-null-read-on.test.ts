/**
 * A page that comes back shorter than asked with `next: null` while its `total` counts more (v15 attack
 * on issue 7, V2): the connection reads on in the same request, one page of what `first` still wants,
 * and judges the page there, so it never promises a next page that is empty. The list's last items
 * answer `hasNextPage: false` when the page after them is empty at the end its own total counts; a page
 * Spotify cut short is continued with the items that follow it. One call more than the same window
 * without the fault, and no more (a `first: 70` read of a short list is 2 calls). Checked on the
 * emulator's request log.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';
import { type TimedLogEntry, timedCalls } from '../helpers/waves.js';

const t = useFaultTestServer({ mode: 'extended' });

const cursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** What the check reads of a connection. */
interface Read {
  totalCount?: number | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly ({ id?: string } | null)[];
}
type Run = (
  first: number,
) => Promise<{ conn: Read | null | undefined; errors?: readonly unknown[] | undefined }>;

const Q = {
  savedShows: graphql(`query ReadOnSavedShows($first: Int!) {
    me { list: savedShows(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  savedAlbums: graphql(`query ReadOnSavedAlbums($first: Int!) {
    me { list: savedAlbums(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  myPlaylists: graphql(`query ReadOnMyPlaylists($first: Int!) {
    me { list: playlists(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  userPlaylists: graphql(`query ReadOnUserPlaylists($first: Int!) {
    user(id: "bob") { list: playlists(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  topArtists: graphql(`query ReadOnTopArtists($first: Int!) {
    me { list: topArtists(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  categories: graphql(`query ReadOnCategories($first: Int!) {
    list: categories(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
  }`),
  searchPlaylists: graphql(`query ReadOnSearchPlaylists($q: String!, $first: Int!) {
    search(query: $q, types: [PLAYLIST], first: $first) {
      list: playlists { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
    }
  }`),
  searchTwo: graphql(`query ReadOnSearchTwoTypes($q: String!, $first: Int!) {
    search(query: $q, types: [PLAYLIST, TRACK], first: $first) {
      playlists { pageInfo { hasNextPage endCursor } nodes { id } }
      tracks { pageInfo { hasNextPage endCursor } nodes { id } }
    }
  }`),
  savedTracks: graphql(`query ReadOnSavedTracks($first: Int!) {
    me { list: savedTracks(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
};

/** The lists of the attack note, each with the Spotify route its pages come from. */
function lists(): [string, string, Run][] {
  const token = { token: t.alice };
  // A playlist's name: a search with a few results (one short page).
  const q = [...t.emu.state.catalog.playlists.values()][0]!.name;
  const me =
    (doc: typeof Q.savedShows | typeof Q.savedAlbums | typeof Q.myPlaylists | typeof Q.topArtists) =>
    async (first: number) => {
      const a = await t.query(doc, { first }, token);
      return { conn: a.data?.me?.list, errors: a.errors };
    };
  return [
    ['saved shows', 'GET /v1/me/shows', me(Q.savedShows)],
    ['saved albums', 'GET /v1/me/albums', me(Q.savedAlbums)],
    ['my playlists', 'GET /v1/me/playlists', me(Q.myPlaylists)],
    ['top artists', 'GET /v1/me/top/artists', me(Q.topArtists)],
    [
      'user playlists',
      'GET /v1/users/{user_id}/playlists',
      async (first) => {
        const a = await t.query(Q.userPlaylists, { first }, token);
        return { conn: a.data?.user?.list, errors: a.errors };
      },
    ],
    [
      'categories',
      'GET /v1/browse/categories',
      async (first) => {
        const a = await t.query(Q.categories, { first }, token);
        return { conn: a.data?.list, errors: a.errors };
      },
    ],
    [
      'search playlists',
      'GET /v1/search',
      async (first) => {
        const a = await t.query(Q.searchPlaylists, { q, first }, token);
        return { conn: a.data?.search?.list, errors: a.errors };
      },
    ],
  ];
}

/** The queries (`offset=8&limit=50`) of the calls logged on `route` since the log was last emptied. */
async function callsOn(route: string): Promise<string[]> {
  const entries: TimedLogEntry[] = await timedCalls(t.emu);
  return entries
    .filter((entry) => `${entry.method} ${entry.route}` === route)
    .map((entry) => {
      const q = new URLSearchParams(entry.query);
      return `offset=${q.get('offset') ?? '0'}&limit=${q.get('limit')}`;
    });
}

describe('a short page with next: null and a larger total is read on in the same request', () => {
  it('every list: all its items, hasNextPage false, no error, one call more than without the fault', async () => {
    const wrong: string[] = [];
    for (const [name, route, list] of lists()) {
      await t.emu.control('DELETE', '/faults');
      const all = await list(500);
      expect(all.errors, name).toBeUndefined();
      const ids = all.conn?.nodes.map((n) => n?.id) ?? [];
      expect(ids.length, name).toBeGreaterThan(0);
      // A window that wants more than the list holds: the list's last page comes back short.
      const first = Math.min(ids.length + 10, 500);
      await t.clearLog();
      await list(first);
      const plain = (await callsOn(route)).length;
      await t.emu.control('POST', '/faults', { route, paging: 'next-null' });
      await t.clearLog();
      const seen = await list(first);
      const calls = (await callsOn(route)).length;
      const got = {
        ids: JSON.stringify(seen.conn?.nodes.map((n) => n?.id)) === JSON.stringify(ids),
        more: seen.conn?.pageInfo.hasNextPage,
        errors: seen.errors?.length ?? 0,
        calls: calls - plain,
      };
      const want = { ids: true, more: false, errors: 0, calls: 1 };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${name}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('saved shows, first 70: the page at 0 and the one read on at its end, 2 calls', async () => {
    const shows = (await t.query(Q.savedShows, { first: 50 }, { token: t.alice })).data?.me?.list?.nodes;
    expect(shows?.length).toBeGreaterThan(0);
    expect(shows?.length).toBeLessThan(50);
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/shows', paging: 'next-null' });
    await t.clearLog();
    const answer = await t.query(Q.savedShows, { first: 70 }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    const n = shows?.length ?? 0;
    expect(answer.data?.me?.list?.nodes).toEqual(shows);
    expect(answer.data?.me?.list?.pageInfo).toEqual({ hasNextPage: false, endCursor: cursor(n - 1) });
    expect(await callsOn('GET /v1/me/shows')).toEqual(['offset=0&limit=50', `offset=${n}&limit=50`]);
  });

  it('a first page Spotify cut short: the items after it are read on and served in their places', async () => {
    const real = (await t.query(Q.savedTracks, { first: 30 }, { token: t.alice })).data?.me?.list;
    expect(real?.nodes).toHaveLength(30);
    const eight = await fetch(`${t.emu.url}/v1/me/tracks?offset=0&limit=8`, {
      headers: { authorization: `Bearer ${t.alice}` },
    });
    const items = ((await eight.json()) as { items: unknown[] }).items;
    // The page at 0 holds 8 of the 30 asked, says next: null, and keeps the real total.
    await t.fault('GET /v1/me/tracks', { '/items': items, '/next': null }, { query: { offset: '0' } });
    await t.clearLog();
    const answer = await t.query(Q.savedTracks, { first: 30 }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.list).toEqual(real);
    expect(answer.data?.me?.list?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursor(29) });
    expect(await callsOn('GET /v1/me/tracks')).toEqual(['offset=0&limit=30', 'offset=8&limit=22']);
  });

  it('a search of two types: each short page read on for its own type, both answered as without the fault', async () => {
    const q = [...t.emu.state.catalog.playlists.values()][0]!.name;
    const plain = await t.query(Q.searchTwo, { q, first: 60 });
    expect(plain.errors).toBeUndefined();
    expect(plain.data?.search?.playlists?.pageInfo.hasNextPage).toBe(false);
    expect(plain.data?.search?.tracks?.pageInfo.hasNextPage).toBe(false);
    await t.emu.control('POST', '/faults', { route: 'GET /v1/search', paging: 'next-null' });
    const answer = await t.query(Q.searchTwo, { q, first: 60 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(plain.data);
  });
});
