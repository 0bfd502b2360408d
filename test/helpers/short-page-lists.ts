import { expect } from 'vitest';
import { graphql } from '../generated/index.js';
import type { FaultTestServer } from './faults.js';

/**
 * The offset-paged list connections, each read the same way, for the tests of pages Spotify answers
 * short (issue 7 item 7: test/graphql/left-out-items.test.ts, test/graphql/paging-on-short-pages.test.ts).
 */

const Q = {
  playlistItems: graphql(`query ShortPagePlaylistItems($id: ID!, $offset: Int, $first: Int!, $after: String) {
    playlist(id: $id) { list: items(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ... on Node { id } } }
    } }
  }`),
  albumTracks: graphql(`query ShortPageAlbumTracks($id: ID!, $offset: Int, $first: Int!, $after: String) {
    album(id: $id) { list: tracks(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
    } }
  }`),
  savedTracks: graphql(`query ShortPageSavedTracks($offset: Int, $first: Int!, $after: String) {
    me { list: savedTracks(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
    } }
  }`),
  showEpisodes: graphql(`query ShortPageShowEpisodes($id: ID!, $offset: Int, $first: Int!, $after: String) {
    show(id: $id) { list: episodes(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
    } }
  }`),
  artistAlbums: graphql(`query ShortPageArtistAlbums($id: ID!, $offset: Int, $first: Int!, $after: String) {
    artist(id: $id) { list: albums(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
    } }
  }`),
  chapters: graphql(`query ShortPageChapters($id: ID!, $offset: Int, $first: Int!, $after: String) {
    audiobook(id: $id) { list: chapters(offset: $offset, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
    } }
  }`),
  searchPlaylists:
    graphql(`query ShortPageSearchPlaylists($q: String!, $offset: Int, $first: Int!, $after: String) {
    search(query: $q, types: [PLAYLIST], offset: $offset, first: $first, after: $after) {
      list: playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
    }
  }`),
};

/** What the checks read of a connection. */
export interface Conn {
  totalCount?: number | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly ({ cursor: string; node?: { id?: string } | null } | null)[];
}
export interface Answer {
  conn: Conn | null | undefined;
  errors: readonly unknown[] | undefined;
}
export type Window = { offset?: number; first: number; after?: string | null | undefined };

/** One list kind: the Spotify routes its pages come from, where its `next` sits, and how to read it. */
export interface List {
  name: string;
  routes: string[];
  /** The JSON Pointer of Spotify's `next` in the list's page answer. */
  next: string;
  /** How many items the parent object embeds (pages there are cut from it, not fetched). */
  embedded: number;
  read: (w: Window) => Promise<Answer>;
}

function most<T>(values: Iterable<T>, count: (value: T) => number): T {
  return [...values].sort((a, b) => count(b) - count(a))[0]!;
}

/** An offset connection's cursor for the item at `offset`. */
export const cursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

export const ids = (conn: Conn | null | undefined) => (conn?.edges ?? []).map((e) => e?.node?.id);

/**
 * The lists, each the longest of its kind in the emulator's catalog (read with alice's token, `alice`):
 * `withAlbumTracks` adds an album's tracks (left out where a case needs a list of more than 14 items
 * past an embedded page longer than the album).
 */
export function shortPageLists(t: FaultTestServer, withAlbumTracks = false): List[] {
  const catalog = t.emu.state.catalog;
  const token = { token: t.alice };
  const playlist = most(
    [...catalog.playlists.values()].filter((p) => p.public !== false),
    (p) => p.items.length,
  ).id;
  const album = most(catalog.albums.values(), (a) => a.trackIds.length).id;
  const show = most(catalog.shows.values(), (s) => s.episodeIds.length).id;
  const artist = most(catalog.artists.values(), (a) => a.albumIds.length).id;
  const audiobook = most(catalog.audiobooks.values(), (a) => a.chapterIds.length).id;
  const vars = (w: Window) => ({ offset: w.offset ?? null, first: w.first, after: w.after ?? null });
  const lists: (List | undefined)[] = [
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
    withAlbumTracks
      ? {
          name: 'album tracks',
          routes: ['GET /v1/albums/{id}/tracks'],
          next: '/next',
          embedded: 50,
          read: async (w) => {
            const a = await t.query(Q.albumTracks, { id: album, ...vars(w) }, token);
            return { conn: a.data?.album?.list, errors: a.errors };
          },
        }
      : undefined,
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
  return lists.filter((list) => list !== undefined);
}

/** The whole list without a fault (at most 500 items: every list here is shorter), faults cleared. */
export async function wholeList(
  t: FaultTestServer,
  list: List,
): Promise<{ ids: (string | undefined)[]; total: number }> {
  await t.emu.control('DELETE', '/faults');
  const all = await list.read({ first: 500 });
  expect(all.errors, list.name).toBeUndefined();
  const total = all.conn?.totalCount ?? 0;
  expect(ids(all.conn), list.name).toHaveLength(total);
  expect(total, list.name).toBeGreaterThan(14);
  return { ids: ids(all.conn), total };
}

/** Adds the emulator fault `rule` on every route of `list`, for the page asked at `offset` if given. */
export async function faultList(
  t: FaultTestServer,
  list: List,
  rule: Record<string, unknown>,
  offset?: number,
): Promise<void> {
  for (const route of list.routes) {
    const query = offset === undefined ? {} : { query: { offset: String(offset) } };
    await t.emu.control('POST', '/faults', { route, ...query, ...rule });
  }
}

/** The upstream calls on `list`'s routes since the log was last emptied. */
export async function callsOn(t: FaultTestServer, list: List): Promise<number> {
  const calls = await t.calls();
  return list.routes.reduce((sum, route) => sum + (calls[route] ?? 0), 0);
}
