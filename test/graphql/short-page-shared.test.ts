/**
 * A page Spotify answers short of its list (an item left out while its total counts more) answers no
 * other window by position, wherever it is held: kept in the catalog cache by an earlier anonymous
 * request, in flight in a concurrent one, or embedded in its parent (an album's first tracks). The
 * window asks its own call and answers as it does alone (v16 re-attack on issue 7, F5, the paths its
 * fix 4840ff5 left: wt6-b's report). Lists with wrapped answers (search, featured playlists) too. Each
 * window is compared with the same window asked alone with the cache emptied, under the same fault.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { postOverHttp as post, useSharedCatalogServer } from '../helpers/shared-catalog.js';

const cache = new MemoryCatalogCache({ ttlSeconds: 300 });
const server = useSharedCatalogServer({ cache });

const RELEASES = graphql(`query ShortSharedReleases($first: Int!, $offset: Int!) {
  newReleases(first: $first, offset: $offset) { nodes { spotifyId } }
}`);
const TRACKS = graphql(`query ShortSharedAlbumTracks($id: ID!, $first: Int!, $offset: Int!) {
  album(id: $id) { tracks(first: $first, offset: $offset) { nodes { spotifyId } } }
}`);
const SEARCH = graphql(`query ShortSharedSearch($first: Int!, $offset: Int!) {
  search(query: "a", types: [TRACK], first: $first, offset: $offset) { tracks { nodes { spotifyId } } }
}`);
const FEATURED = graphql(`query ShortSharedFeatured($first: Int!, $offset: Int!) {
  featuredPlaylists(first: $first, offset: $offset) { playlists { nodes { spotifyId } } }
}`);

const fault = (route: string, body: Record<string, unknown>) =>
  server.emu.control('POST', '/faults', { route, ...body });
const albumOf60 = () => [...server.emu.state.catalog.albums.values()].find((a) => a.trackIds.length >= 60)!;

/** The emulator's count of requests it is still answering. */
const inFlight = async () =>
  ((await server.emu.control('GET', '/requests')).json as { inFlight: number }).inFlight;

beforeEach(async () => {
  cache.clear();
  await server.clearLog();
});

describe('a short page kept in the catalog cache answers no later window by position', () => {
  it('new releases: 2@55 after 10@52 answered without its first item', async () => {
    await fault('GET /v1/browse/new-releases', {
      unset: ['/albums/items/0'],
      query: { offset: '52', limit: '10' },
    });
    expect((await post(server, RELEASES, { first: 10, offset: 52 })).data?.newReleases?.nodes).toHaveLength(
      9,
    );
    const later = await post(server, RELEASES, { first: 2, offset: 55 });
    cache.clear();
    const alone = await post(server, RELEASES, { first: 2, offset: 55 });
    const ids = server.emu.state.catalog.newReleaseIds;
    expect(alone.data?.newReleases?.nodes.map((n) => n?.spotifyId)).toEqual(ids.slice(55, 57));
    expect(later).toEqual(alone);
  });

  it("an album's tracks: 2@55 after 10@52 answered without its first item", async () => {
    const album = albumOf60();
    await fault('GET /v1/albums/{id}/tracks', { unset: ['/items/0'], query: { offset: '52', limit: '10' } });
    await post(server, TRACKS, { id: album.id, first: 10, offset: 52 });
    const later = await post(server, TRACKS, { id: album.id, first: 2, offset: 55 });
    expect(later.data?.album?.tracks?.nodes.map((n) => n?.spotifyId)).toEqual(album.trackIds.slice(55, 57));
  });

  it('search (a wrapped answer): 2@55 after 10@52 whose tracks came without their first', async () => {
    await fault('GET /v1/search', { unset: ['/tracks/items/0'], query: { offset: '52', limit: '10' } });
    expect((await post(server, SEARCH, { first: 10, offset: 52 })).data?.search?.tracks?.nodes).toHaveLength(
      9,
    );
    const later = await post(server, SEARCH, { first: 2, offset: 55 });
    cache.clear();
    expect(later).toEqual(await post(server, SEARCH, { first: 2, offset: 55 }));
  });

  it('featured playlists (a wrapped answer): 2@5 after 6@2 answered without its first', async () => {
    await fault('GET /v1/browse/featured-playlists', {
      unset: ['/playlists/items/0'],
      query: { offset: '2', limit: '6' },
    });
    await post(server, FEATURED, { first: 6, offset: 2 });
    const later = await post(server, FEATURED, { first: 2, offset: 5 });
    const ids = server.emu.state.catalog.featuredPlaylistIds;
    expect(later.errors).toBeUndefined();
    expect(later.data?.featuredPlaylists?.playlists?.nodes.map((n) => n?.spotifyId)).toEqual(ids.slice(5, 7));
  });
});

describe('a short page in flight in another request answers no window by position', () => {
  it('new releases: 2@55 beside 10@52 in flight, answered without its first item', async () => {
    await fault('GET /v1/browse/new-releases', {
      unset: ['/albums/items/0'],
      query: { offset: '52', limit: '10' },
      latencyMs: 1500,
    });
    const first = post(server, RELEASES, { first: 10, offset: 52 });
    while ((await inFlight()) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const beside = await post(server, RELEASES, { first: 2, offset: 55 });
    await first;
    const ids = server.emu.state.catalog.newReleaseIds;
    expect(beside.errors).toBeUndefined();
    expect(beside.data?.newReleases?.nodes.map((n) => n?.spotifyId)).toEqual(ids.slice(55, 57));
    // Its own call: the page in flight was asked, then the window alone; and the first request's one
    // read after its short page, to find where its last item stands before giving its cursor (settleEnd,
    // 6e7dcf6: the page left an item out while more is promised).
    expect(await server.calls()).toEqual({ 'GET /v1/browse/new-releases': 3 });
  });
});

describe("a window of an album's embedded first page answered short", () => {
  it('1@10 of 49 embedded tracks (the first left out) reads track 10 from its own call', async () => {
    const album = albumOf60();
    await fault('GET /v1/albums', { unset: ['/albums/0/tracks/items/0'] });
    const answer = await post(server, TRACKS, { id: album.id, first: 1, offset: 10 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.tracks?.nodes.map((n) => n?.spotifyId)).toEqual([album.trackIds[10]]);
    expect(await server.calls()).toEqual({ 'GET /v1/albums': 1, 'GET /v1/albums/{id}/tracks': 1 });
  });
});
