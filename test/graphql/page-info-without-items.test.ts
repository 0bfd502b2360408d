/**
 * A connection that selects its page info without its items answers the same `endCursor`,
 * `startCursor` and `hasNextPage` as the same connection with its items, also when Spotify's paging
 * metadata disagrees with the items it serves (the emulator's `next-null` and `short-next` paging
 * rules): a client that resumes from the cheap form resumes where the full one would. Only the total
 * (and `hasPreviousPage`) comes from one `limit=1` call.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
/** Alice's playlist of 62 items: the embedded first page holds 50, so offset 52 is fetched. */
const PLAYLIST = 'LAeyejnaDxyWlbmJZUeiZ3';
let alice: string;
let artist: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  artist = [...t.emu.state.catalog.artists.keys()][0] as string;
});
beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
  startCursor: string | null;
}
type Vars = { artist: string; playlist: string };

/** Each connection twice: page info alone, and page info with the items; `pick` finds its page info. */
const CASES: {
  name: string;
  routes: string[];
  cheap: GraphQLDocument<unknown, Vars>;
  full: GraphQLDocument<unknown, Vars>;
  pick: (data: unknown) => PageInfo | undefined;
}[] = [
  {
    name: 'saved tracks',
    routes: ['GET /v1/me/tracks'],
    cheap: graphql(`query PageInfoOnlySaved($artist: ID!, $playlist: ID!) {
      me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage endCursor startCursor } } }
      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }`),
    full: graphql(`query PageInfoFullSaved($artist: ID!, $playlist: ID!) {
      me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { __typename } } }
      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }`),
    pick: (data) => (data as { me: { savedTracks: { pageInfo: PageInfo } } }).me.savedTracks.pageInfo,
  },
  {
    name: "an artist's albums",
    routes: ['GET /v1/artists/{id}/albums'],
    cheap: graphql(`query PageInfoOnlyArtistAlbums($artist: ID!, $playlist: ID!) {
      artist(id: $artist) { albums(first: 10, offset: 3) { pageInfo { hasNextPage endCursor startCursor } } }
      p: playlist(id: $playlist) { __typename } }`),
    full: graphql(`query PageInfoFullArtistAlbums($artist: ID!, $playlist: ID!) {
      artist(id: $artist) { albums(first: 10, offset: 3) { pageInfo { hasNextPage endCursor startCursor } edges { cursor } } }
      p: playlist(id: $playlist) { __typename } }`),
    pick: (data) => (data as { artist: { albums: { pageInfo: PageInfo } } }).artist.albums.pageInfo,
  },
  {
    name: "a playlist's items past its embedded page",
    routes: ['GET /v1/playlists/{playlist_id}/tracks', 'GET /v1/playlists/{playlist_id}/items'],
    cheap: graphql(`query PageInfoOnlyPlaylist($artist: ID!, $playlist: ID!) {
      playlist(id: $playlist) { items(first: 8, offset: 52) { totalCount pageInfo { ...Resume } } }
      a: artist(id: $artist) { __typename } }
      fragment Resume on PageInfo { hasNextPage endCursor startCursor }`),
    full: graphql(`query PageInfoFullPlaylist($artist: ID!, $playlist: ID!) {
      playlist(id: $playlist) { items(first: 8, offset: 52) { totalCount pageInfo { ...ResumeFull } nodes { __typename } } }
      a: artist(id: $artist) { __typename } }
      fragment ResumeFull on PageInfo { hasNextPage endCursor startCursor }`),
    pick: (data) => (data as { playlist: { items: { pageInfo: PageInfo } } }).playlist.items.pageInfo,
  },
  {
    name: 'search',
    routes: ['GET /v1/search'],
    cheap: graphql(`query PageInfoOnlySearch($artist: ID!, $playlist: ID!) {
      search(query: "a", types: [TRACK], first: 10) { tracks { totalCount pageInfo { hasNextPage endCursor startCursor } } }
      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }`),
    full: graphql(`query PageInfoFullSearch($artist: ID!, $playlist: ID!) {
      search(query: "a", types: [TRACK], first: 10) { tracks { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { __typename } } }
      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }`),
    pick: (data) => (data as { search: { tracks: { pageInfo: PageInfo } } }).search.tracks.pageInfo,
  },
];

async function pageInfoOf(
  document: GraphQLDocument<unknown, Vars>,
  pick: (data: unknown) => PageInfo | undefined,
) {
  const answer = await t.query(document, { artist, playlist: PLAYLIST }, { token: alice });
  expect(answer.errors).toBeUndefined();
  return pick(answer.data);
}

describe('page info without the items resumes where the items would', () => {
  for (const paging of ['next-null', 'short-next', undefined] as const) {
    for (const c of CASES) {
      it(`${c.name}${paging === undefined ? '' : ` under ${paging}`}: the same cursors and hasNextPage`, async () => {
        for (const route of c.routes) {
          if (paging !== undefined) await t.emu.control('POST', '/faults', { route, paging });
        }
        const full = await pageInfoOf(c.full, c.pick);
        const cheap = await pageInfoOf(c.cheap, c.pick);
        expect(full?.endCursor).not.toBeNull();
        expect(cheap).toEqual(full);
      });
    }
  }
});

describe('the total alone', () => {
  it('is one call with limit=1, whatever first says', async () => {
    await t.clearLog();
    const answer = await t.query(
      graphql(
        `query PageTotalOnly { me { savedTracks(first: 40) { totalCount pageInfo { hasPreviousPage } } } }`,
      ),
      {},
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    const log = (await t.emu.control('GET', '/requests')).json as {
      entries: { method: string; route: string; query: string }[];
    };
    const saved = log.entries.filter((entry) => entry.method === 'GET' && entry.route === '/v1/me/tracks');
    expect(saved).toHaveLength(1);
    expect(new URLSearchParams(saved[0]?.query).get('limit')).toBe('1');
  });
});
