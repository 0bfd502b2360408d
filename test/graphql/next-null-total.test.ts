/**
 * `next: null` beside a `total` that counts more (v11 attack on issue 7, P2): the total wins. The
 * answer is the same whatever `first` is: `hasNextPage` stays true while the total counts more, the
 * following page is read (in the same request when `first` reaches past it, or by a client paging on
 * with `endCursor`), an empty page before the total is the cut with `badValue`, and nothing is promised
 * past Spotify's search window. Also a later page whose own total is below the items it and the pages
 * before it hold is the cut (the attack note's page at 100 saying 90).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const cursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

const SAVED = graphql(`query NextNullTotalSaved($first: Int!, $after: String) {
  me { savedTracks(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  } }
}`);
const SEARCH = graphql(`query NextNullTotalSearch($offset: Int!, $first: Int!) {
  search(query: "a", types: [TRACK], offset: $offset, first: $first) {
    tracks { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
  }
}`);
const PLAYLIST = graphql(`query NextNullTotalPlaylist($id: ID!, $first: Int!) {
  playlist(id: $id) { items(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }
}`);

/** Spotify's answer (the emulator's, no fault) at `path`, read with alice's token. */
async function spotify(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${t.emu.url}${path}`, { headers: { authorization: `Bearer ${t.alice}` } });
  return (await response.json()) as Record<string, unknown>;
}

/** Alice's saved tracks read `first` at a time from the start, following `endCursor` while `hasNextPage`. */
async function pageThroughSaved(first: number) {
  const answers = [];
  let after: string | null | undefined;
  for (let i = 0; i < 20; i++) {
    const answer = await t.query(SAVED, { first, after }, { token: t.alice });
    answers.push(answer);
    const conn = answer.data?.me?.savedTracks;
    if (!conn?.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  const ids = answers.flatMap((a) => a.data?.me?.savedTracks?.edges.map((e) => e?.node?.id) ?? []);
  return { answers, ids };
}

describe('next: null on every page while the total counts more (the emulator fault next-null)', () => {
  it.each([20, 50, 64])(
    'first %i: every item once, hasNextPage true until the end, no error',
    async (first) => {
      const all = (await pageThroughSaved(100)).ids;
      expect(all.length).toBeGreaterThan(50);
      await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', paging: 'next-null' });
      const { answers, ids } = await pageThroughSaved(first);
      expect(ids).toEqual(all);
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      // Every answer but the last says more follows (each page's total counts 100 more, and the page
      // after it, read to check, has items); the answer holding the last items says none (the page
      // after them is empty), so no empty page is promised, whether that answer is full or not.
      const more = answers.map((a) => a.data?.me?.savedTracks?.pageInfo.hasNextPage);
      expect(more).toEqual([...more.slice(0, -1).map(() => true), false]);
      const sizes = answers.map((a) => a.data?.me?.savedTracks?.edges.length);
      const rest = all.length % first;
      expect(sizes).toEqual([...sizes.slice(0, -1).map(() => first), rest === 0 ? first : rest]);
    },
  );

  it('one request reads on past a page with next: null: first 64 serves the same 64 items as pages of 20', async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', paging: 'next-null' });
    const byTwenty = (await pageThroughSaved(20)).ids;
    const answer = await t.query(SAVED, { first: 64 }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    const conn = answer.data?.me?.savedTracks;
    expect(conn?.edges.map((e) => e?.node?.id)).toEqual(byTwenty.slice(0, 64));
    // The 64 are the whole list: the page after them, read because next: null and the total disagree,
    // is empty, so no next page is promised.
    expect(byTwenty).toHaveLength(64);
    expect(conn?.pageInfo).toEqual({ hasNextPage: false, endCursor: cursor(63) });
  });
});

describe('next: null and an empty following page before the total', () => {
  it('in one request: the items before it, then the null entry with badValue', async () => {
    await t.fault(
      'GET /v1/me/tracks',
      { '/items': [], '/total': 120, '/next': null },
      { query: { offset: '50' } },
    );
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', paging: 'next-null' });
    // Pages of 50: the page at 0 says next: null, total 150; the page at 50 is empty, total 120.
    const answer = await t.query(SAVED, { first: 64 }, { token: t.alice });
    const conn = answer.data?.me?.savedTracks;
    expect(conn?.edges).toHaveLength(51);
    expect(conn?.edges[50]).toBeNull();
    expect(conn?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursor(49) });
    expect(located(answer.errors)).toEqual([
      [['me', 'savedTracks', 'edges', 50], expect.objectContaining(BAD_VALUE)],
    ]);
  });

  it('a total that is just wrong on every page: the answer with the last items ends in the cut, never a silent end', async () => {
    await t.fault('GET /v1/me/tracks', { '/total': 120, '/next': null });
    const all = (await pageThroughSaved(100)).ids.filter((id) => id !== undefined);
    const { answers, ids } = await pageThroughSaved(20);
    // The saved tracks (64) then the cut: the page after the last 4, read because their page is
    // short while its total counts past the page asked, is empty before the total (120).
    expect(ids.filter((id) => id !== undefined)).toEqual(all);
    expect(all).toHaveLength(64);
    const withLast = answers.at(-2)?.data?.me?.savedTracks;
    for (const answer of answers.slice(0, -2)) expect(answer.errors).toBeUndefined();
    expect(withLast?.edges).toHaveLength(5);
    expect(withLast?.edges[4]).toBeNull();
    expect(withLast?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursor(63) });
    expect(located(answers.at(-2)?.errors)).toEqual([
      [['me', 'savedTracks', 'edges', 4], expect.objectContaining(BAD_VALUE)],
    ]);
    // Paging on from its endCursor meets the empty page: the cut again, and the end.
    const last = answers.at(-1);
    expect(last?.data?.me?.savedTracks?.edges).toEqual([null]);
    expect(last?.data?.me?.savedTracks?.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(located(last?.errors)).toEqual([
      [['me', 'savedTracks', 'edges', 0], expect.objectContaining(BAD_VALUE)],
    ]);
  });
});

describe("next: null inside Spotify's search window", () => {
  async function searchWithTotal5000() {
    // 20 items on every page (a page asked for 10 is cut to 10): search pages hold up to 50 (Extended).
    const twenty = ((await spotify('/v1/search?q=a&type=track&limit=20')).tracks as { items: unknown[] })
      .items;
    expect(twenty).toHaveLength(20);
    await t.fault('GET /v1/search', { '/tracks/items': twenty, '/tracks/total': 5000, '/tracks/next': null });
  }

  it('the total wins before the window ends; at its end (result 999) the list ends, no error', async () => {
    await searchWithTotal5000();
    const before = await t.query(SEARCH, { offset: 980, first: 10 });
    expect(before.errors).toBeUndefined();
    expect(before.data?.search?.tracks?.nodes).toHaveLength(10);
    expect(before.data?.search?.tracks?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursor(989) });
    // Spotify refuses offset + limit past 1000: no page promised there, whatever the total counts.
    for (const [offset, first] of [
      [990, 10],
      [980, 20],
    ] as const) {
      const answer = await t.query(SEARCH, { offset, first });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.search?.tracks?.nodes).toHaveLength(first);
      expect(answer.data?.search?.tracks?.totalCount).toBe(5000);
      expect(answer.data?.search?.tracks?.pageInfo).toEqual({ hasNextPage: false, endCursor: cursor(999) });
    }
  });
});

describe('a later page whose own total is below the items it and the pages before it hold', () => {
  it("a playlist's page at 100 saying total 90 is the cut after item 99, not served as is", async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.items.length >= 160)!;
    for (const route of ['GET /v1/playlists/{playlist_id}/tracks', 'GET /v1/playlists/{playlist_id}/items']) {
      await t.fault(route, { '/total': 90 }, { query: { offset: '100' } });
    }
    const answer = await t.query(PLAYLIST, { id: playlist.id, first: 160 });
    const conn = answer.data?.playlist?.items;
    expect(conn?.edges).toHaveLength(101);
    expect(conn?.edges[100]).toBeNull();
    expect(conn?.totalCount).toBe(playlist.items.length);
    expect(conn?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursor(99) });
    expect(located(answer.errors)).toEqual([
      [['playlist', 'items', 'edges', 100], expect.objectContaining(BAD_VALUE)],
    ]);
  });
});

/** What the every-connection check reads of a connection. */
interface Read {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly ({ id?: string } | null)[];
}
type Run = (
  first: number,
  after?: string | null,
) => Promise<{ conn: Read | null | undefined; errors?: readonly unknown[] | undefined }>;

const C = {
  savedTracks: graphql(`query NextNullEverySavedTracks($first: Int!, $after: String) {
    me { list: savedTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  savedAlbums: graphql(`query NextNullEverySavedAlbums($first: Int!, $after: String) {
    me { list: savedAlbums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  savedShows: graphql(`query NextNullEverySavedShows($first: Int!, $after: String) {
    me { list: savedShows(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  savedEpisodes: graphql(`query NextNullEverySavedEpisodes($first: Int!, $after: String) {
    me { list: savedEpisodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  savedAudiobooks: graphql(`query NextNullEverySavedAudiobooks($first: Int!, $after: String) {
    me { list: savedAudiobooks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  myPlaylists: graphql(`query NextNullEveryMyPlaylists($first: Int!, $after: String) {
    me { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  userPlaylists: graphql(`query NextNullEveryUserPlaylists($id: ID!, $first: Int!, $after: String) {
    user(id: $id) { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  playlistItems: graphql(`query NextNullEveryPlaylistItems($id: ID!, $first: Int!, $after: String) {
    playlist(id: $id) { list: items(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { ... on Node { id } } } }
  }`),
  albumTracks: graphql(`query NextNullEveryAlbumTracks($id: ID!, $first: Int!, $after: String) {
    album(id: $id) { list: tracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  artistAlbums: graphql(`query NextNullEveryArtistAlbums($id: ID!, $first: Int!, $after: String) {
    artist(id: $id) { list: albums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  showEpisodes: graphql(`query NextNullEveryShowEpisodes($id: ID!, $first: Int!, $after: String) {
    show(id: $id) { list: episodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  chapters: graphql(`query NextNullEveryChapters($id: ID!, $first: Int!, $after: String) {
    audiobook(id: $id) { list: chapters(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  categories: graphql(`query NextNullEveryCategories($first: Int!, $after: String) {
    list: categories(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }
  }`),
  categoryPlaylists: graphql(`query NextNullEveryCategoryPlaylists($id: ID!, $first: Int!, $after: String) {
    category(id: $id) { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
  newReleases: graphql(`query NextNullEveryNewReleases($first: Int!, $after: String) {
    list: newReleases(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }
  }`),
  featured: graphql(`query NextNullEveryFeatured($first: Int!, $after: String) {
    featuredPlaylists(first: $first, after: $after) { list: playlists { pageInfo { hasNextPage endCursor } nodes { id } } }
  }`),
};

/** The catalog's object with the most `count` of its kind (a list long enough to page through). */
function most<T>(values: Iterable<T>, count: (value: T) => number): T {
  return [...values].sort((a, b) => count(b) - count(a))[0]!;
}

/** Each offset-paged connection, run with alice's token (catalog ids picked from the emulator). */
function connections(): [string, Run][] {
  const catalog = t.emu.state.catalog;
  const token = { token: t.alice };
  const ids = {
    user: most(
      catalog.users.values(),
      (u) => [...catalog.playlists.values()].filter((p) => p.ownerId === u.id).length,
    ).id,
    playlist: most(catalog.playlists.values(), (p) => p.items.length).id,
    album: most(catalog.albums.values(), (a) => a.trackIds.length).id,
    artist: most(catalog.artists.values(), (a) => a.albumIds.length).id,
    show: most(catalog.shows.values(), (s) => s.episodeIds.length).id,
    audiobook: most(catalog.audiobooks.values(), (a) => a.chapterIds.length).id,
    category: most(catalog.categories.values(), (c) => c.playlistIds.length).id,
  };
  const run =
    <R>(
      answer: (
        first: number,
        after?: string | null,
      ) => Promise<{ data?: R | null | undefined; errors?: readonly unknown[] | undefined }>,
      pick: (data: R | null | undefined) => Read | null | undefined,
    ): Run =>
    async (first, after) => {
      const a = await answer(first, after);
      return { conn: pick(a.data), errors: a.errors };
    };
  return [
    [
      'saved tracks',
      run(
        (first, after) => t.query(C.savedTracks, { first, after }, token),
        (d) => d?.me?.list,
      ),
    ],
    [
      'saved albums',
      run(
        (first, after) => t.query(C.savedAlbums, { first, after }, token),
        (d) => d?.me?.list,
      ),
    ],
    [
      'saved shows',
      run(
        (first, after) => t.query(C.savedShows, { first, after }, token),
        (d) => d?.me?.list,
      ),
    ],
    [
      'saved episodes',
      run(
        (first, after) => t.query(C.savedEpisodes, { first, after }, token),
        (d) => d?.me?.list,
      ),
    ],
    [
      'saved audiobooks',
      run(
        (first, after) => t.query(C.savedAudiobooks, { first, after }, token),
        (d) => d?.me?.list,
      ),
    ],
    [
      'my playlists',
      run(
        (first, after) => t.query(C.myPlaylists, { first, after }, token),
        (d) => d?.me?.list,
      ),
    ],
    [
      'user playlists',
      run(
        (first, after) => t.query(C.userPlaylists, { id: ids.user, first, after }, token),
        (d) => d?.user?.list,
      ),
    ],
    [
      'playlist items',
      run(
        (first, after) => t.query(C.playlistItems, { id: ids.playlist, first, after }, token),
        (d) => d?.playlist?.list,
      ),
    ],
    [
      'album tracks',
      run(
        (first, after) => t.query(C.albumTracks, { id: ids.album, first, after }, token),
        (d) => d?.album?.list,
      ),
    ],
    [
      'artist albums',
      run(
        (first, after) => t.query(C.artistAlbums, { id: ids.artist, first, after }, token),
        (d) => d?.artist?.list,
      ),
    ],
    [
      'show episodes',
      run(
        (first, after) => t.query(C.showEpisodes, { id: ids.show, first, after }, token),
        (d) => d?.show?.list,
      ),
    ],
    [
      'audiobook chapters',
      run(
        (first, after) => t.query(C.chapters, { id: ids.audiobook, first, after }, token),
        (d) => d?.audiobook?.list,
      ),
    ],
    [
      'categories',
      run(
        (first, after) => t.query(C.categories, { first, after }, token),
        (d) => d?.list,
      ),
    ],
    [
      'category playlists',
      run(
        (first, after) => t.query(C.categoryPlaylists, { id: ids.category, first, after }, token),
        (d) => d?.category?.list,
      ),
    ],
    [
      'new releases',
      run(
        (first, after) => t.query(C.newReleases, { first, after }, token),
        (d) => d?.list,
      ),
    ],
    [
      'featured playlists',
      run(
        (first, after) => t.query(C.featured, { first, after }, token),
        (d) => d?.featuredPlaylists?.list,
      ),
    ],
  ];
}

describe('every offset-paged connection under next-null (embedded and fetched pages alike)', () => {
  /** The list read from the start `first` at a time, following `endCursor` while `hasNextPage`. */
  async function pageThrough(list: Run, first: number) {
    const answers = [];
    let after: string | null | undefined;
    for (let i = 0; i < 30; i++) {
      const answer = await list(first, after);
      answers.push(answer);
      if (!answer.conn?.pageInfo.hasNextPage) break;
      after = answer.conn.pageInfo.endCursor;
    }
    return {
      ids: answers.flatMap((a) => a.conn?.nodes.map((n) => n?.id) ?? []),
      more: answers.map((a) => a.conn?.pageInfo.hasNextPage),
      errors: answers.flatMap((a) => a.errors ?? []),
    };
  }

  it('paging on with endCursor serves every item once, hasNextPage true until the end, no error', async () => {
    const wrong: string[] = [];
    for (const [name, list] of connections()) {
      await t.emu.control('DELETE', '/faults');
      const all = await list(500);
      const ids = all.conn?.nodes.map((n) => n?.id) ?? [];
      expect(all.errors, name).toBeUndefined();
      expect(ids.length, name).toBeGreaterThan(2);
      await t.emu.control('POST', '/faults', { paging: 'next-null' });
      // Every page says next: null and a total 100 above its end: the page after it is read to check,
      // so the answer holding the last items (a full window of the whole list too) says no next page.
      for (const first of [Math.ceil(ids.length / 7), ids.length]) {
        const seen = await pageThrough(list, first);
        const fine =
          JSON.stringify(seen.ids) === JSON.stringify(ids) &&
          seen.errors.length === 0 &&
          seen.more.at(-1) === false &&
          seen.more.slice(0, -1).every((more) => more === true);
        if (!fine)
          wrong.push(`${name}, first ${first}: ${JSON.stringify({ ...seen, ids: seen.ids.length })}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('no page promised past the furthest offset a connection takes (100,000)', () => {
  it('a page ending past it has no next page, whatever next and total say', async () => {
    const twenty = (await spotify('/v1/me/tracks?offset=0&limit=20')).items;
    const far = { offset: '99990' };
    for (const next of [null, `${t.emu.url}/v1/me/tracks?offset=100010&limit=20`]) {
      await t.emu.control('DELETE', '/faults');
      await t.fault(
        'GET /v1/me/tracks',
        { '/items': twenty, '/total': 200_000, '/next': next },
        { query: far },
      );
      const answer = await t.query(SAVED, { first: 20, after: cursor(99_989) }, { token: t.alice });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me?.savedTracks?.edges).toHaveLength(20);
      // after: cursor(100009) would ask for offset 100010, which every connection refuses.
      expect(answer.data?.me?.savedTracks?.pageInfo).toEqual({
        hasNextPage: false,
        endCursor: cursor(100_009),
      });
    }
  });
});
