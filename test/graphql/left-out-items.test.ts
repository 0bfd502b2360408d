/**
 * A page Spotify answers short (fewer items than asked) with `next: null` while its `total` counts more
 * (issue 7 item 7; v15 attack V2, v16 re-attack B5/F3). The emulator's `left-out` paging fault leaves a
 * page's middle item out while its total still counts it (an item Spotify will not list), `short-next`
 * cuts a page to its first half (the items are there), and `set` makes `next` null.
 * - A short page whose total ends within the page asked for ends the list: its items, no next page,
 *   no call more (a left-out item counted by the total is not promised as a page).
 * - A short page whose total counts past the page asked for is read on from after its last item: the
 *   items Spotify sends again (after an item left out) are dropped, so no item is served twice, and the
 *   `endCursor` names the last item's real offset, so paging on neither repeats nor skips; items of a
 *   page cut short are served in their places.
 * - A window ending exactly at the list's end under `next: null` and a total counting 100 more promises
 *   no empty page: the page after it is read and is empty.
 * Several list kinds, fetched and past their parent's embedded page; both executors (the project runs
 * this file with and without graphql-jit).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const cursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

const Q = {
  playlistItems: graphql(`query LeftOutPlaylistItems($id: ID!, $offset: Int, $first: Int!, $after: String) {
    playlist(id: $id) { list: items(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ... on Node { id } } }
    } }
  }`),
  savedTracks: graphql(`query LeftOutSavedTracks($offset: Int, $first: Int!, $after: String) {
    me { list: savedTracks(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
    } }
  }`),
  showEpisodes: graphql(`query LeftOutShowEpisodes($id: ID!, $offset: Int, $first: Int!, $after: String) {
    show(id: $id) { list: episodes(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
    } }
  }`),
  artistAlbums: graphql(`query LeftOutArtistAlbums($id: ID!, $offset: Int, $first: Int!, $after: String) {
    artist(id: $id) { list: albums(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
    } }
  }`),
  chapters: graphql(`query LeftOutChapters($id: ID!, $offset: Int, $first: Int!, $after: String) {
    audiobook(id: $id) { list: chapters(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
    } }
  }`),
  searchTracks: graphql(`query LeftOutSearchTracks($q: String!, $offset: Int, $first: Int!, $after: String) {
    search(query: $q, types: [TRACK], offset: $offset, first: $first, after: $after) {
      list: tracks { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
    }
  }`),
  searchPlaylists:
    graphql(`query LeftOutSearchPlaylists($q: String!, $offset: Int, $first: Int!, $after: String) {
    search(query: $q, types: [PLAYLIST], offset: $offset, first: $first, after: $after) {
      list: playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
    }
  }`),
};

/** What the checks read of a connection. */
interface Conn {
  totalCount?: number | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly ({ cursor: string; node?: { id?: string } | null } | null)[];
}
interface Answer {
  conn: Conn | null | undefined;
  errors: readonly unknown[] | undefined;
}
type Window = { offset?: number; first: number; after?: string | null | undefined };

/** One list kind: the Spotify routes its pages come from, where its `next` sits, and how to read it. */
interface List {
  name: string;
  routes: string[];
  next: string;
  /** How many items the parent object embeds (pages there are cut from it, not fetched). */
  embedded: number;
  read: (w: Window) => Promise<Answer>;
}

function most<T>(values: Iterable<T>, count: (value: T) => number): T {
  return [...values].sort((a, b) => count(b) - count(a))[0]!;
}

/** The lists, each past its parent's embedded page where it has one (chosen in the tests). */
function lists(): List[] {
  const catalog = t.emu.state.catalog;
  const token = { token: t.alice };
  const playlist = most(
    [...catalog.playlists.values()].filter((p) => p.public !== false),
    (p) => p.items.length,
  ).id;
  const show = most(catalog.shows.values(), (s) => s.episodeIds.length).id;
  const artist = most(catalog.artists.values(), (a) => a.albumIds.length).id;
  const audiobook = most(catalog.audiobooks.values(), (a) => a.chapterIds.length).id;
  const vars = (w: Window) => ({ offset: w.offset ?? null, first: w.first, after: w.after ?? null });
  return [
    {
      name: 'playlist items',
      routes: ['GET /v1/playlists/{playlist_id}/tracks', 'GET /v1/playlists/{playlist_id}/items'],
      next: '/next',
      embedded: 100,
      read: async (w) => {
        const a = await t.query(Q.playlistItems, { id: playlist, ...vars(w) }, token);
        return { conn: a.data?.playlist?.list, errors: a.errors };
      },
    },
    {
      name: 'saved tracks',
      routes: ['GET /v1/me/tracks'],
      next: '/next',
      embedded: 0,
      read: async (w) => {
        const a = await t.query(Q.savedTracks, vars(w), token);
        return { conn: a.data?.me?.list, errors: a.errors };
      },
    },
    {
      name: 'show episodes',
      routes: ['GET /v1/shows/{id}/episodes'],
      next: '/next',
      embedded: 50,
      read: async (w) => {
        const a = await t.query(Q.showEpisodes, { id: show, ...vars(w) }, token);
        return { conn: a.data?.show?.list, errors: a.errors };
      },
    },
    {
      name: 'artist albums',
      routes: ['GET /v1/artists/{id}/albums'],
      next: '/next',
      embedded: 0,
      read: async (w) => {
        const a = await t.query(Q.artistAlbums, { id: artist, ...vars(w) }, token);
        return { conn: a.data?.artist?.list, errors: a.errors };
      },
    },
    {
      name: 'audiobook chapters',
      routes: ['GET /v1/audiobooks/{id}/chapters'],
      next: '/next',
      embedded: 50,
      read: async (w) => {
        const a = await t.query(Q.chapters, { id: audiobook, ...vars(w) }, token);
        return { conn: a.data?.audiobook?.list, errors: a.errors };
      },
    },
    {
      name: 'search playlists',
      routes: ['GET /v1/search'],
      next: '/playlists/next',
      embedded: 0,
      read: async (w) => {
        const a = await t.query(Q.searchPlaylists, { q: 'a', ...vars(w) }, token);
        return { conn: a.data?.search?.list, errors: a.errors };
      },
    },
  ];
}

const ids = (conn: Conn | null | undefined) => (conn?.edges ?? []).map((e) => e?.node?.id);

/** The whole list without a fault (at most 500 items: every list here is shorter). */
async function whole(list: List): Promise<{ ids: (string | undefined)[]; total: number }> {
  await t.emu.control('DELETE', '/faults');
  const all = await list.read({ first: 500 });
  expect(all.errors, list.name).toBeUndefined();
  const total = all.conn?.totalCount ?? 0;
  expect(ids(all.conn), list.name).toHaveLength(total);
  expect(total, list.name).toBeGreaterThan(14);
  return { ids: ids(all.conn), total };
}

/** Adds the emulator fault `rule` on every route of `list` for the page asked at `offset`. */
async function faultAt(list: List, offset: number, rule: Record<string, unknown>): Promise<void> {
  for (const route of list.routes) {
    await t.emu.control('POST', '/faults', { route, query: { offset: String(offset) }, ...rule });
  }
}

/** The upstream calls on `list`'s routes since the log was last emptied. */
async function callsOn(list: List): Promise<number> {
  const calls = await t.calls();
  return list.routes.reduce((sum, route) => sum + (calls[route] ?? 0), 0);
}

describe('a short page whose total ends within the page asked for', () => {
  it('ends the list: its items, no next page, no error, no call more (left-out item, next null)', async () => {
    const wrong: string[] = [];
    for (const list of lists()) {
      const { ids: all, total } = await whole(list);
      // The last 8 items asked as a page of 10: Spotify's own next is null there.
      const offset = total - 8;
      await t.clearLog();
      await list.read({ offset, first: 10 });
      const plain = await callsOn(list);
      await faultAt(list, offset, { paging: 'left-out' });
      await t.clearLog();
      const seen = await list.read({ offset, first: 10 });
      const got = {
        ids: ids(seen.conn),
        more: seen.conn?.pageInfo.hasNextPage,
        errors: seen.errors?.length ?? 0,
        calls: (await callsOn(list)) - plain,
      };
      const want = {
        ids: all.slice(offset).filter((_, i) => i !== 4),
        more: false,
        errors: 0,
        calls: 0,
      };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${list.name}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('a short page with next: null whose total counts past the page asked for', () => {
  it('an item left out: no item twice, endCursor at the real offset, paging on skips none', async () => {
    const wrong: string[] = [];
    for (const list of lists()) {
      const { ids: all, total } = await whole(list);
      const offset = total - 10;
      await faultAt(list, offset, { paging: 'left-out', set: { [list.next]: null } });
      // The page of 4 at `offset` holds 3: the one at offset + 2 is left out.
      const first = await list.read({ offset, first: 4 });
      const rest = await list.read({ first: 10, after: first.conn?.pageInfo.endCursor });
      const got = {
        ids: [...ids(first.conn), ...ids(rest.conn)],
        pageInfo: first.conn?.pageInfo,
        restMore: rest.conn?.pageInfo.hasNextPage,
        errors: (first.errors?.length ?? 0) + (rest.errors?.length ?? 0),
      };
      const want = {
        ids: all.slice(offset).filter((_, i) => i !== 2),
        pageInfo: { hasNextPage: true, endCursor: cursor(offset + 3) },
        restMore: false,
        errors: 0,
      };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${list.name}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a window wanting more past the gap: the items after it, each once, at their real cursors', async () => {
    const wrong: string[] = [];
    const checked: string[] = [];
    for (const list of lists()) {
      const { ids: all, total } = await whole(list);
      // A window of 60 whose first page (50) is fetched, not cut from the parent's embedded page.
      const offset = total - 62;
      if (offset < list.embedded) continue;
      checked.push(list.name);
      await faultAt(list, offset, { paging: 'left-out', set: { [list.next]: null } });
      // The page of 50 at `offset` holds 49 (offset + 25 left out): read on from its end, 11 wanted.
      const seen = await list.read({ offset, first: 60 });
      const real = all.map((id, i) => ({ id, cursor: cursor(i) }));
      const got = {
        edges: (seen.conn?.edges ?? []).map((e) => ({ id: e?.node?.id, cursor: e?.cursor })),
        more: seen.conn?.pageInfo,
        errors: seen.errors?.length ?? 0,
      };
      // The 25 items before the gap at theirs; the next 23 one below theirs (where in the short page
      // the gap was is not known); its last item at its real offset (learnt from the read-on page,
      // which repeats it first) and the 10 after it at theirs.
      const want = {
        edges: [
          ...real.slice(offset, offset + 25),
          ...real
            .slice(offset + 26, offset + 49)
            .map((e, i) => ({ id: e.id, cursor: cursor(offset + 25 + i) })),
          ...real.slice(offset + 49, offset + 60),
        ],
        more: { hasNextPage: true, endCursor: cursor(offset + 59) },
        errors: 0,
      };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${list.name}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toEqual(['playlist items', 'saved tracks', 'artist albums', 'search playlists']);
  });

  it('a page cut short (its items are there): the window answers as without the fault', async () => {
    const wrong: string[] = [];
    for (const list of lists()) {
      const { total } = await whole(list);
      const offset = total - 10;
      const plain = await list.read({ offset, first: 6 });
      expect(plain.errors, list.name).toBeUndefined();
      // The page of 6 holds its first 3, next: null, the real total.
      await faultAt(list, offset, { paging: 'short-next', set: { [list.next]: null } });
      const seen = await list.read({ offset, first: 6 });
      if (JSON.stringify(seen) !== JSON.stringify(plain))
        wrong.push(`${list.name}: ${JSON.stringify(seen.conn?.pageInfo)} ${ids(seen.conn).length}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('a window ending exactly at the end of the list, under next: null and a total counting more', () => {
  it('promises no empty page: hasNextPage false, every item, no error', async () => {
    const wrong: string[] = [];
    for (const list of lists()) {
      const { ids: all, total } = await whole(list);
      for (const route of list.routes) await t.emu.control('POST', '/faults', { route, paging: 'next-null' });
      // Windows of one page (the first page's total bounds what one request serves).
      for (const offset of [total - 40, total - 5]) {
        const seen = await list.read({ offset, first: total - offset });
        const got = { ids: ids(seen.conn), more: seen.conn?.pageInfo.hasNextPage, errors: seen.errors };
        const want = { ids: all.slice(offset), more: false, errors: undefined };
        if (JSON.stringify(got) !== JSON.stringify(want))
          wrong.push(`${list.name} at ${offset}: ${JSON.stringify({ ...got, ids: got.ids.length })}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
