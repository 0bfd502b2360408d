/**
 * A `first` beyond Spotify's page size reads several pages. When a later one fails (a 5xx after the
 * retries, a body that is no JSON, a page of the wrong shape), the pages read before it are not lost
 * (v10 attack on issue 7, F18): the connection keeps its edges and nodes up to the failed page, ends
 * them with one null entry carrying the failure's error, and its page info lets a client read on from
 * the last item served (`hasNextPage` true, `endCursor` that item). The emulator's `query` matcher
 * fails the one page at a given offset, whatever order the pages are asked in.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const PLAYLIST = graphql(`query FailedLaterPagePlaylist($id: ID!, $first: Int!, $after: String) {
  playlist(id: $id) {
    name
    items(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor }
      nodes { __typename }
    }
  }
}`);
const SAVED = graphql(`query FailedLaterPageSaved($first: Int!, $after: String) {
  me { savedTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }
}`);
const ALBUM = graphql(`query FailedLaterPageAlbum($id: ID!, $first: Int!, $after: String) {
  album(id: $id) { name tracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }
}`);
const ARTIST = graphql(`query FailedLaterPageArtist($id: ID!, $first: Int!, $after: String) {
  artist(id: $id) { name albums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }
}`);
const SHOW = graphql(`query FailedLaterPageShow($id: ID!, $first: Int!, $after: String) {
  show(id: $id) { name episodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }
}`);
const TOP = graphql(`query FailedLaterPageTop($first: Int!, $after: String) {
  me { topTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }
}`);
const CHAPTERS = graphql(`query FailedLaterPageChapters($id: ID!, $first: Int!, $after: String) {
  audiobook(id: $id) { name chapters(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }
}`);
const SEARCH = graphql(`query FailedLaterPageSearch($first: Int!, $after: String) {
  search(query: "a", types: [TRACK], first: $first, after: $after) {
    tracks { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } }
  }
}`);

interface Conn {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly ({ cursor: string } | null)[];
  nodes: readonly unknown[];
}

/** One connection kind: how to ask for it, where it is in the answer, and the page that fails. */
interface Kind {
  name: string;
  routes: string[];
  /** The offset of the page made to fail; the items before it are read fine. */
  failAt: number;
  first: number;
  user?: boolean;
  read: (first: number, after?: string | null) => Promise<{ conn: Conn | null | undefined; errors: unknown }>;
  path: string[];
}

const catalog = () => t.emu.state.catalog;
const query = async <R>(answer: Promise<{ data?: R | null; errors?: unknown }>, pick: (d: R) => unknown) => {
  const a = await answer;
  return { conn: (a.data ? pick(a.data) : undefined) as Conn | null | undefined, errors: a.errors };
};

const KINDS: Kind[] = [
  {
    // The first page after the embedded 100: an Extended app's pages of 100 (/tracks) and the 50 of
    // /items both start there.
    name: 'playlist items (embedded page, then pages of 100 or 50 by app mode)',
    routes: ['GET /v1/playlists/{playlist_id}/tracks', 'GET /v1/playlists/{playlist_id}/items'],
    failAt: 100,
    first: 230,
    path: ['playlist', 'items'],
    read: (first, after) => {
      const id = [...catalog().playlists.values()].find(
        (p) => p.items.length >= 230 && p.public !== false,
      )!.id;
      return query(t.query(PLAYLIST, { id, first, after }), (d) => d?.playlist?.items);
    },
  },
  {
    name: "alice's saved tracks (pages of 50)",
    routes: ['GET /v1/me/tracks'],
    failAt: 50,
    first: 65,
    user: true,
    path: ['me', 'savedTracks'],
    read: (first, after) =>
      query(t.query(SAVED, { first, after }, { token: t.alice }), (d) => d?.me?.savedTracks),
  },
  {
    name: "an album's tracks (embedded page, then pages of 50)",
    routes: ['GET /v1/albums/{id}/tracks'],
    failAt: 100,
    first: 120,
    path: ['album', 'tracks'],
    read: (first, after) => {
      const id = [...catalog().albums.values()].find((a) => a.trackIds.length >= 120)!.id;
      return query(t.query(ALBUM, { id, first, after }), (d) => d?.album?.tracks);
    },
  },
  {
    name: "an artist's albums (pages of 50, an Extended app's)",
    routes: ['GET /v1/artists/{id}/albums'],
    failAt: 50,
    first: 60,
    path: ['artist', 'albums'],
    read: (first, after) => {
      const id = [...catalog().artists.values()].find(
        (a) => a.albumIds.length + a.appearsOnIds.length >= 60,
      )!.id;
      return query(t.query(ARTIST, { id, first, after }), (d) => d?.artist?.albums);
    },
  },
  {
    name: "a show's episodes (embedded page, then pages of 50)",
    routes: ['GET /v1/shows/{id}/episodes'],
    failAt: 50,
    first: 80,
    path: ['show', 'episodes'],
    read: (first, after) => {
      const id = [...catalog().shows.values()].find((s) => s.episodeIds.length >= 80)!.id;
      return query(t.query(SHOW, { id, first, after }), (d) => d?.show?.episodes);
    },
  },
  {
    name: "alice's top tracks (pages of 50)",
    routes: ['GET /v1/me/top/tracks', 'GET /v1/me/top/{type}'],
    failAt: 50,
    first: 60,
    path: ['me', 'topTracks'],
    read: (first, after) =>
      query(t.query(TOP, { first, after }, { token: t.alice }), (d) => d?.me?.topTracks),
  },
  {
    name: "an audiobook's chapters (embedded page, then pages of 50)",
    routes: ['GET /v1/audiobooks/{id}/chapters'],
    failAt: 50,
    first: 60,
    path: ['audiobook', 'chapters'],
    read: (first, after) => {
      const id = [...catalog().audiobooks.values()].find((a) => a.chapterIds.length >= 60)!.id;
      return query(t.query(CHAPTERS, { id, first, after }), (d) => d?.audiobook?.chapters);
    },
  },
  {
    name: "search results (pages of 50, an Extended app's)",
    routes: ['GET /v1/search'],
    failAt: 50,
    first: 60,
    path: ['search', 'tracks'],
    read: (first, after) => query(t.query(SEARCH, { first, after }), (d) => d?.search?.tracks),
  },
];

const FAILURES = [
  ['a 503 after the retries', { status: 503 }, { code: 'SPOTIFY_UNAVAILABLE' }],
  ['a body that is no JSON', { body: 'non-json' }, { code: 'SPOTIFY_UNAVAILABLE' }],
] as const;

describe('a later page that fails keeps the pages read before it', () => {
  for (const kind of KINDS) {
    for (const [failure, rule, extensions] of FAILURES) {
      it(`${kind.name}: ${failure}`, async () => {
        const real = await kind.read(kind.first);
        expect(real.errors).toBeUndefined();
        const realCursors = real.conn?.edges.map((e) => e?.cursor) ?? [];
        expect(realCursors.length).toBeGreaterThan(kind.failAt);
        for (const route of kind.routes) {
          await t.emu.control('POST', '/faults', { route, query: { offset: String(kind.failAt) }, ...rule });
        }
        const answer = await kind.read(kind.first);
        const edges = answer.conn?.edges ?? [];
        // The items before the failed page, each under its own cursor, then one null entry.
        expect(edges.map((e) => e?.cursor ?? null)).toEqual([...realCursors.slice(0, kind.failAt), null]);
        expect(answer.conn?.nodes).toHaveLength(kind.failAt + 1);
        expect(answer.conn?.nodes.at(-1)).toBeNull();
        expect(located(answer.errors as never)).toEqual([
          [[...kind.path, 'edges', kind.failAt], expect.objectContaining(extensions)],
          [[...kind.path, 'nodes', kind.failAt], expect.objectContaining(extensions)],
        ]);
        expect(answer.conn?.pageInfo).toEqual({
          hasNextPage: true,
          endCursor: realCursors[kind.failAt - 1],
        });
        // Once Spotify answers again, paging on from endCursor reads exactly the items that were missing.
        await t.emu.control('DELETE', '/faults');
        const on = await kind.read(10, answer.conn?.pageInfo.endCursor);
        expect(on.errors).toBeUndefined();
        expect(on.conn?.edges.map((e) => e?.cursor)).toEqual(
          realCursors.slice(kind.failAt, kind.failAt + 10),
        );
      });
    }
  }

  it('a later page of the wrong shape is the same break, flagged as a bad value', async () => {
    const [kind] = KINDS.filter((k) => k.path[1] === 'savedTracks');
    const real = await kind!.read(65);
    await t.fault('GET /v1/me/tracks', { '/items': 5 }, { query: { offset: '50' } });
    const answer = await kind!.read(65);
    expect(answer.conn?.edges.map((e) => e?.cursor ?? null)).toEqual([
      ...(real.conn?.edges.map((e) => e?.cursor) ?? []).slice(0, 50),
      null,
    ]);
    expect(located(answer.errors as never)).toEqual([
      [['me', 'savedTracks', 'edges', 50], expect.objectContaining(BAD_VALUE)],
      [['me', 'savedTracks', 'nodes', 50], expect.objectContaining(BAD_VALUE)],
    ]);
  });
});
