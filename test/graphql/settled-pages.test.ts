import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { artistsByAlbums, postOverHttp as post, useSharedCatalogServer } from '../helpers/shared-catalog.js';

/**
 * Settled catalog pages and reads of the app token (an artist's albums, top tracks, related artists,
 * search pages) are kept in the catalog cache like objects: a later anonymous request reads them there,
 * a page covered by a kept larger page of the same list is cut from it, and requests that queued behind
 * the fair-use lane (RATE_LIMIT_CONCURRENT, 8 by default) find them kept instead of calling again. A
 * user's pages are never kept nor read. Counted in the emulator's request log, over HTTP.
 */

const ARTIST_PAGES = graphql(`
  query SettledPagesArtist($id: ID!) {
    artist(id: $id) {
      name
      albums(first: 5) { nodes { name } }
      topTracks { name }
      relatedArtists { name }
    }
  }
`);

const WIDE_ALBUMS = graphql(`
  query SettledPagesWide($id: ID!) { artist(id: $id) { albums(first: 6) { nodes { name } } } }
`);

const NARROW_ALBUMS = graphql(`
  query SettledPagesNarrow($id: ID!) { artist(id: $id) { albums(first: 2, offset: 3) { nodes { name } } } }
`);

// Spotify's search pages hold at most 10 results (the endpoint table's limit): a wide page is one of 10.
const WIDE_SEARCH = graphql(`
  query SettledPagesWideSearch($q: String!) { search(query: $q, types: [TRACK], first: 10) { tracks { nodes { name } } } }
`);

const NARROW_SEARCH = graphql(`
  query SettledPagesNarrowSearch($q: String!) {
    search(query: $q, types: [TRACK], first: 3) { tracks { nodes { name } pageInfo { hasNextPage } } }
  }
`);

const SEARCH_SIDE_BY_SIDE = graphql(`
  query SettledPagesSearchSideBySide($q: String!) {
    wide: search(query: $q, types: [TRACK], first: 10) { tracks { nodes { name } } }
    narrow: search(query: $q, types: [TRACK], first: 3) { tracks { nodes { name } pageInfo { hasNextPage } } }
    counted: search(query: $q, types: [TRACK], first: 5) { tracks { totalCount } }
  }
`);

/** A search query with more than 10 track results in the emulator's catalog. */
function broadQuery(server: TestServer): string {
  const names = [...server.emu.state.catalog.tracks.values()].map((track) => track.name.toLowerCase());
  const q = ['a', 'e', 'the', 'o'].find((word) => names.filter((name) => name.includes(word)).length > 20);
  if (q === undefined) throw new Error('no query finds 20 tracks');
  return q;
}

describe('settled catalog pages, shared across anonymous requests', () => {
  // The default limits: eight requests of one client at once, the rest queued.
  const server = useSharedCatalogServer();

  it('ten identical cold requests, two of them queued behind the fair-use lane, make the calls of one', async () => {
    const id = artistsByAlbums(server)[1]!;
    await server.clearLog();
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(server, ARTIST_PAGES, { id })));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
    expect(await server.calls()).toEqual({
      'GET /v1/artists': 1,
      'GET /v1/artists/{id}/albums': 1,
      'GET /v1/artists/{id}/top-tracks': 1,
      'GET /v1/artists/{id}/related-artists': 1,
    });
  });

  it('answer a request after the first settled from the cache: no call', async () => {
    const id = artistsByAlbums(server)[2]!;
    const first = await post(server, ARTIST_PAGES, { id });
    expect(first.errors).toBeUndefined();
    await server.clearLog();
    const again = await post(server, ARTIST_PAGES, { id });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await server.calls()).toEqual({});
  });

  it('cut a page from a kept larger page of the same list: no call', async () => {
    const id = artistsByAlbums(server)[3]!;
    const wide = await post(server, WIDE_ALBUMS, { id });
    expect(wide.errors).toBeUndefined();
    await server.clearLog();
    const narrow = await post(server, NARROW_ALBUMS, { id });
    expect(narrow.errors).toBeUndefined();
    expect(narrow.data?.artist?.albums?.nodes).toEqual(wide.data?.artist?.albums?.nodes.slice(3, 5));
    expect(await server.calls()).toEqual({});
  });

  it('cut search(first: 3) from a kept search(first: 10) of the same query and type: no call', async () => {
    const q = broadQuery(server);
    const wide = await post(server, WIDE_SEARCH, { q });
    await server.clearLog();
    const narrow = await post(server, NARROW_SEARCH, { q });
    expect(narrow.errors).toBeUndefined();
    expect(wide.data?.search?.tracks?.nodes).toHaveLength(10);
    expect(narrow.data?.search?.tracks?.nodes).toEqual(wide.data?.search?.tracks?.nodes.slice(0, 3));
    expect(narrow.data?.search?.tracks?.pageInfo.hasNextPage).toBe(true);
    expect(await server.calls()).toEqual({});
  });

  it("never keep nor read a user's pages: each user's request makes its own call", async () => {
    const id = artistsByAlbums(server)[4]!;
    const [alice, bob] = [await server.emu.token({ user: 'alice' }), await server.emu.token({ user: 'bob' })];
    await server.clearLog();
    expect((await post(server, WIDE_ALBUMS, { id }, { token: alice })).errors).toBeUndefined();
    // Alice's page was not kept: the anonymous request calls.
    expect((await post(server, WIDE_ALBUMS, { id })).errors).toBeUndefined();
    // The anonymous page is kept, but a user's request never reads it.
    expect((await post(server, WIDE_ALBUMS, { id }, { token: bob })).errors).toBeUndefined();
    expect(await server.calls()).toEqual({ 'GET /v1/artists/{id}/albums': 3 });
    await server.clearLog();
    expect((await post(server, WIDE_ALBUMS, { id })).errors).toBeUndefined();
    expect(await server.calls()).toEqual({});
  });
});

describe('search pages within one request', () => {
  const server = useTestServer({ mode: 'extended', listen: true });

  it('answer search(first: 3) and a count beside search(first: 10) of the same query and type from one call', async () => {
    const q = broadQuery(server);
    await server.clearLog();
    const answer = await post(server, SEARCH_SIDE_BY_SIDE, { q });
    expect(answer.errors).toBeUndefined();
    const wide = answer.data?.wide?.tracks?.nodes ?? [];
    expect(wide).toHaveLength(10);
    expect(answer.data?.narrow?.tracks?.nodes).toEqual(wide.slice(0, 3));
    expect(answer.data?.narrow?.tracks?.pageInfo.hasNextPage).toBe(true);
    expect(answer.data?.counted?.tracks?.totalCount).toBeGreaterThan(10);
    expect(await server.calls()).toEqual({ 'GET /v1/search': 1 });
  });
});
