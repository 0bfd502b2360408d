/**
 * A value Spotify sent wrong once is not served again from the shared catalog cache (v10 attack on
 * issue 7, F16): the request whose answer carries the `badValue` error forgets the catalog entries it
 * read or kept, so the next request asks Spotify again and gets the right answer. One fault (`times: 1`)
 * then the same query twice: the second answer is right, from a new call.
 */
import { describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, useFaultTestServer } from '../helpers/faults.js';

const ALBUM = graphql(`query CacheBadValueAlbum($id: ID!) { album(id: $id) { id name } }`);
const TOP_TRACKS = graphql(`query CacheBadValueTopTracks($id: ID!) {
  artist(id: $id) { topTracks(market: "SE") { id name } }
}`);
const ARTIST_ALBUMS = graphql(`query CacheBadValueArtistAlbums($id: ID!) {
  artist(id: $id) { albums(first: 3) { nodes { id name } } }
}`);
const ALBUM_ARTISTS = graphql(`query CacheBadValueAlbumArtists($id: ID!) {
  album(id: $id) { name artists { id } }
}`);
const ALBUM_AND_MISSING = graphql(`query CacheBadValueAlbumAndMissing($id: ID!) {
  album(id: $id) { name }
  missing: album(id: "0000000000000000000000") { name }
}`);
const GOOD_ALBUM = graphql(`query CacheBadValueGoodAlbum($id: ID!) { album(id: $id) { name } }`);

describe('the shared catalog cache after an answer with a value Spotify sent wrong', () => {
  const t = useFaultTestServer({ mode: 'extended', cache: new MemoryCatalogCache({ ttlSeconds: 300 }) });
  const albumCalls = async () => {
    const calls = await t.calls();
    return (calls['GET /v1/albums'] ?? 0) + (calls['GET /v1/albums/{id}'] ?? 0);
  };
  const firstOf = (kind: 'albums' | 'artists', at = 0) => [...t.emu.state.catalog[kind].keys()][at] as string;

  it('an album whose name came null is asked for again: the next answer has its name', async () => {
    const id = firstOf('albums', 3);
    const real = (t.emu.state.catalog.albums.get(id) as { name: string }).name;
    await t.fault('GET /v1/albums', { '/albums/0/name': null }, { times: 1 });
    await t.fault('GET /v1/albums/{id}', { '/name': null }, { times: 1 });
    await t.clearLog();
    const bad = await t.query(ALBUM, { id });
    expect(bad.data?.album).toEqual({ id: `spotify:album:${id}`, name: null });
    expect(bad.errors?.map((e) => [e.path, e.extensions])).toEqual([[['album', 'name'], BAD_VALUE]]);
    const again = await t.query(ALBUM, { id });
    expect(again.errors).toBeUndefined();
    expect(again.data?.album).toEqual({ id: `spotify:album:${id}`, name: real });
    expect(await albumCalls()).toBe(2);
    // The right answer is kept: a third request is answered from the cache.
    await t.query(ALBUM, { id });
    expect(await albumCalls()).toBe(2);
  });

  it('a kept read (an artist top tracks) with a null entry name is read again', async () => {
    const id = firstOf('artists', 1);
    await t.fault('GET /v1/artists/{id}/top-tracks', { '/tracks/0/name': null }, { times: 1 });
    await t.clearLog();
    const bad = await t.query(TOP_TRACKS, { id });
    expect(bad.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['artist', 'topTracks', 0, 'name'], BAD_VALUE],
    ]);
    const again = await t.query(TOP_TRACKS, { id });
    expect(again.errors).toBeUndefined();
    expect(again.data?.artist?.topTracks?.every((track) => typeof track?.name === 'string')).toBe(true);
    expect((await t.calls())['GET /v1/artists/{id}/top-tracks']).toBe(2);
  });

  it('a kept page (an artist albums) with a null entry name is read again', async () => {
    const id = firstOf('artists', 2);
    await t.fault('GET /v1/artists/{id}/albums', { '/items/1/name': null }, { times: 1 });
    await t.clearLog();
    const bad = await t.query(ARTIST_ALBUMS, { id });
    expect(bad.errors?.map((e) => e.extensions)).toEqual([BAD_VALUE]);
    const again = await t.query(ARTIST_ALBUMS, { id });
    expect(again.errors).toBeUndefined();
    expect(again.data?.artist?.albums?.nodes).toHaveLength(3);
    expect((await t.calls())['GET /v1/artists/{id}/albums']).toBe(2);
  });

  it('an answer without errors keeps its entries: the next request makes no call', async () => {
    const id = firstOf('albums', 4);
    await t.query(GOOD_ALBUM, { id });
    await t.clearLog();
    const again = await t.query(GOOD_ALBUM, { id });
    expect(again.errors).toBeUndefined();
    expect(await albumCalls()).toBe(0);
  });

  it('an album artist sent without an id (SPOTIFY_UNSUPPORTED_ITEM) is asked for again: the next answer has it', async () => {
    const id = firstOf('albums', 5);
    await t.fault('GET /v1/albums', { '/albums/0/artists/0/id': null }, { times: 1 });
    await t.fault('GET /v1/albums/{id}', { '/artists/0/id': null }, { times: 1 });
    await t.clearLog();
    const bad = await t.query(ALBUM_ARTISTS, { id });
    expect(bad.data?.album?.artists?.[0]).toBeNull();
    expect(bad.errors?.map((e) => e.extensions?.code)).toEqual(['SPOTIFY_UNSUPPORTED_ITEM']);
    const again = await t.query(ALBUM_ARTISTS, { id });
    expect(again.errors).toBeUndefined();
    expect(again.data?.album?.artists?.[0]?.id).toMatch(/^spotify:artist:/);
    expect(await albumCalls()).toBe(2);
  });

  it('an honest error (an album not found) beside a read keeps that read', async () => {
    const id = firstOf('albums', 6);
    await t.query(GOOD_ALBUM, { id });
    const answer = await t.query(ALBUM_AND_MISSING, { id });
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['SPOTIFY_NOT_FOUND']);
    await t.clearLog();
    await t.query(GOOD_ALBUM, { id });
    expect(await albumCalls()).toBe(0);
  });
});
