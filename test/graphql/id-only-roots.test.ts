import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { timedCalls, useSlowSpotify, wavesOf } from '../helpers/waves.js';

/**
 * Every root that takes ids (`node`, `nodes`, the plural roots, `track`) does not load objects whose
 * selection holds only id fields and children that need only the id (issue 11: v12 attack A2, A3, A9):
 * the exact calls from the emulator's request log in both app modes, and the round trips under a latency
 * on every route (read from the emulator's timestamps, never from a clock in the test).
 */

/** Latency on every Spotify route: wide enough that calls sent together overlap on a loaded machine. */
const LATENCY_MS = 300;

const NODE_ARTIST = graphql(`
  query IdOnlyNodeArtist($id: ID!) {
    node(id: $id) { __typename id ... on Artist { albums(first: 2) { nodes { name } } topTracks { name } } }
  }
`);

const NODE_ALBUM_IN_MARKET = graphql(`
  query IdOnlyNodeAlbum($id: ID!) {
    node(id: $id) { __typename ... on Album { spotifyId tracks(first: 2, market: "SE") { nodes { name } } } }
  }
`);

const NODE_SHOW_IN_MARKET = graphql(`
  query IdOnlyNodeShow($id: ID!) {
    node(id: $id) { ... on Show { uri episodes(first: 2, market: "SE") { nodes { name } } } }
  }
`);

const NODE_USER = graphql(`
  query IdOnlyNodeUser($id: ID!) { node(id: $id) { __typename ... on User { playlists(first: 2) { nodes { name } } } } }
`);

const NODES_MIXED = graphql(`
  query IdOnlyNodesMixed($ids: [ID!]!) {
    nodes(ids: $ids) { id ... on Artist { topTracks { name } } ... on Album { name } ... on Track { audioFeatures { tempo } } }
  }
`);

const ARTISTS_CHILDREN = graphql(`
  query IdOnlyArtistsChildren($ids: [ID!]!) {
    artists(ids: $ids) { id albums(first: 1) { nodes { name } } topTracks { name } }
  }
`);

const ARTISTS_ALBUMS = graphql(`
  query IdOnlyArtistsAlbums($ids: [ID!]!) { artists(ids: $ids) { id albums(first: 1) { totalCount } } }
`);

const ALBUMS_TRACKS_IN_MARKET = graphql(`
  query IdOnlyAlbumsTracksInMarket($ids: [ID!]!) {
    albums(ids: $ids) { id tracks(first: 1, market: "SE") { nodes { name } } }
  }
`);

const TRACK_FEATURES = graphql(`
  query IdOnlyTrackFeatures($id: ID!, $ids: [ID!]!) {
    track(id: $id) { id audioFeatures { tempo } }
    tracks(ids: $ids) { spotifyId audioFeatures { tempo } }
  }
`);

const TRACK_FEATURES_IN_MARKET = graphql(`
  query IdOnlyTrackFeaturesInMarket($id: ID!) { track(id: $id, market: "SE") { id audioFeatures { tempo } } }
`);

const NODE_ARTIST_NAME = graphql(`
  query IdOnlyNodeArtistName($id: ID!) { node(id: $id) { __typename ... on Artist { name albums(first: 2) { totalCount } } } }
`);

const ARTIST_ID_ALONE = graphql(`query IdOnlyArtistIdAlone($id: ID!) { artist(id: $id) { id uri } }`);

type Mode = 'extended' | 'development';

const artistsWithAlbums = (server: TestServer) =>
  [...server.emu.state.catalog.artists.values()]
    .filter((artist) => artist.albumIds.length > 0)
    .map((a) => a.id);
const albumsInSweden = (server: TestServer) =>
  [...server.emu.state.catalog.albums.values()]
    .filter((album) => album.trackIds.length >= 2 && album.availableMarkets.includes('SE'))
    .map((album) => album.id);
const tracks = (server: TestServer) => [...server.emu.state.catalog.tracks.keys()];
const shows = (server: TestServer) => [...server.emu.state.catalog.shows.keys()];

/** The error codes of an answer by path. */
const codes = (
  errors: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] = [],
) => Object.fromEntries(errors.map((error) => [error.path?.join('.'), error.extensions?.code]));

const NOT_IN_DEVELOPMENT = 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE';

function idOnlyRoots(mode: Mode): void {
  const server = useTestServer({ mode });
  const ext = mode === 'extended';

  it('node(id:) of an artist, an album, a show and a user sends only the children', async () => {
    const artist = artistsWithAlbums(server)[0]!;
    await server.clearLog();
    const a = await server.query(NODE_ARTIST, { id: `spotify:artist:${artist}` });
    expect(a.data?.node).toMatchObject({ id: `spotify:artist:${artist}` });
    expect(a.data?.node?.__typename === 'Artist' && a.data.node.albums?.nodes.length).toBeGreaterThan(0);
    expect(codes(a.errors)).toEqual(ext ? {} : { 'node.topTracks': NOT_IN_DEVELOPMENT });
    expect(await server.calls()).toEqual({
      'GET /v1/artists/{id}/albums': 1,
      ...(ext ? { 'GET /v1/artists/{id}/top-tracks': 1 } : {}),
    });
    await server.clearLog();
    const album = await server.query(NODE_ALBUM_IN_MARKET, {
      id: `spotify:album:${albumsInSweden(server)[0]}`,
    });
    expect(album.errors).toBeUndefined();
    expect(album.data?.node?.__typename === 'Album' && album.data.node.tracks?.nodes).toHaveLength(2);
    expect(await server.calls()).toEqual(ext ? { 'GET /v1/albums': 1 } : { 'GET /v1/albums/{id}': 1 });
    await server.clearLog();
    const show = await server.query(NODE_SHOW_IN_MARKET, { id: `spotify:show:${shows(server)[0]}` });
    expect(show.errors).toBeUndefined();
    expect(await server.calls()).toEqual({ 'GET /v1/shows/{id}/episodes': 1 });
    await server.clearLog();
    const user = await server.query(NODE_USER, { id: 'spotify:user:bob' });
    // Development Mode refuses the user's playlists and the user's profile alike (no call): the user
    // is null with the refusal, as with `{ id }` alone (X1').
    expect(user.data?.node?.__typename).toBe(ext ? 'User' : undefined);
    expect(codes(user.errors)).toEqual(ext ? {} : { node: NOT_IN_DEVELOPMENT });
    expect(await server.calls()).toEqual(ext ? { 'GET /v1/users/{user_id}/playlists': 1 } : {});
  });

  it('nodes(ids:) loads only the entries whose selection needs their object', async () => {
    const [artist] = artistsWithAlbums(server);
    const album = albumsInSweden(server)[1]!;
    const track = tracks(server)[5]!;
    await server.clearLog();
    const ids = [`spotify:artist:${artist}`, `spotify:album:${album}`, `spotify:track:${track}`];
    const answer = await server.query(NODES_MIXED, { ids });
    expect(answer.data?.nodes?.map((node) => node?.id)).toEqual(ids);
    expect(codes(answer.errors)).toEqual(
      ext ? {} : { 'nodes.0.topTracks': NOT_IN_DEVELOPMENT, 'nodes.2.audioFeatures': NOT_IN_DEVELOPMENT },
    );
    // In Development Mode the artist and the track, whose selected children are all refused without a
    // call, are loaded to tell whether they exist (X1'), as `{ id }` alone loads them.
    expect(await server.calls()).toEqual(
      ext
        ? { 'GET /v1/artists/{id}/top-tracks': 1, 'GET /v1/albums': 1, 'GET /v1/audio-features': 1 }
        : { 'GET /v1/albums/{id}': 1, 'GET /v1/artists/{id}': 1, 'GET /v1/tracks/{id}': 1 },
    );
  });

  it('artists(ids:), albums(ids:) and tracks(ids:) send only the children', async () => {
    const artists = artistsWithAlbums(server).slice(1, 4);
    await server.clearLog();
    const answer = await server.query(ARTISTS_CHILDREN, { ids: artists });
    expect(answer.data?.artists?.map((artist) => artist?.id)).toEqual(
      artists.map((id) => `spotify:artist:${id}`),
    );
    // Development Mode refuses topTracks with no call for it and none for the artists (A9).
    // One error for the three refusals, on the first artist (a failure repeated down a list).
    expect(codes(answer.errors)).toEqual(ext ? {} : { 'artists.0.topTracks': NOT_IN_DEVELOPMENT });
    if (!ext) expect(answer.errors?.[0]?.extensions?.repeatedCount).toBe(artists.length);
    expect(await server.calls()).toEqual({
      'GET /v1/artists/{id}/albums': 3,
      ...(ext ? { 'GET /v1/artists/{id}/top-tracks': 3 } : {}),
    });
    await server.clearLog();
    const albums = await server.query(ALBUMS_TRACKS_IN_MARKET, { ids: albumsInSweden(server).slice(2, 4) });
    expect(albums.errors).toBeUndefined();
    expect(await server.calls()).toEqual(ext ? { 'GET /v1/albums': 1 } : { 'GET /v1/albums/{id}': 2 });
    await server.clearLog();
    const features = await server.query(TRACK_FEATURES, {
      id: tracks(server)[7]!,
      ids: tracks(server).slice(8, 11),
    });
    expect(features.data?.tracks?.map((track) => track?.spotifyId)).toEqual(tracks(server).slice(8, 11));
    expect(Object.values(codes(features.errors)).every((code) => code === NOT_IN_DEVELOPMENT)).toBe(true);
    // track's refusal, and one for the three of tracks (a failure repeated down a list is one error).
    expect(Object.keys(codes(features.errors))).toEqual(
      ext ? [] : ['track.audioFeatures', 'tracks.0.audioFeatures'],
    );
    if (!ext) expect(features.errors?.[1]?.extensions?.repeatedCount).toBe(3);
    // Development Mode refuses every audioFeatures without a call: the tracks are loaded instead (X1').
    expect(await server.calls()).toEqual(
      ext ? { 'GET /v1/audio-features': 1 } : { 'GET /v1/tracks/{id}': 4 },
    );
  });

  it('still loads the parent when its selection reads it, or a track asked in a market (relinking)', async () => {
    await server.clearLog();
    const named = await server.query(NODE_ARTIST_NAME, {
      id: `spotify:artist:${artistsWithAlbums(server)[4]}`,
    });
    expect(named.errors).toBeUndefined();
    expect(named.data?.node?.__typename === 'Artist' && named.data.node.name).toBeTruthy();
    expect(await server.calls()).toEqual({
      [ext ? 'GET /v1/artists' : 'GET /v1/artists/{id}']: 1,
      'GET /v1/artists/{id}/albums': 1,
    });
    if (!ext) return;
    await server.clearLog();
    const relinkable = await server.query(TRACK_FEATURES_IN_MARKET, { id: tracks(server)[12]! });
    expect(relinkable.errors).toBeUndefined();
    expect(await server.calls()).toEqual({ 'GET /v1/tracks': 1, 'GET /v1/audio-features': 1 });
  });

  it('answers an unknown id null with its not found (X1), and a refused id with its own error', async () => {
    await server.clearLog();
    const unknown = '0000000000000000000000';
    const answer = await server.query(ARTISTS_ALBUMS, { ids: [unknown, 'no such id'] });
    expect(answer.data?.artists).toEqual([null, null]);
    expect(codes(answer.errors)).toEqual({
      'artists.0': 'SPOTIFY_NOT_FOUND',
      'artists.1': 'BAD_USER_INPUT',
    });
    const node = await server.query(NODE_ARTIST, { id: `spotify:artist:${unknown}` });
    expect(node.data?.node).toBeNull();
    expect(codes(node.errors)).toEqual({ node: 'SPOTIFY_NOT_FOUND' });
  });

  it('loads a parent whose selection holds id fields alone, so an unknown id answers null (v13 B7)', async () => {
    const known = artistsWithAlbums(server)[6]!;
    await server.clearLog();
    const found = await server.query(ARTIST_ID_ALONE, { id: known });
    expect(found.data?.artist).toEqual({ id: `spotify:artist:${known}`, uri: `spotify:artist:${known}` });
    expect(await server.calls()).toEqual({ [ext ? 'GET /v1/artists' : 'GET /v1/artists/{id}']: 1 });
    const unknown = await server.query(ARTIST_ID_ALONE, { id: '0000000000000000000000' });
    expect(unknown.data?.artist).toBeNull();
    expect(codes(unknown.errors)).toEqual({ artist: 'SPOTIFY_NOT_FOUND' });
  });
}

describe('roots by id that need only the ids, Extended mode', () => idOnlyRoots('extended'));
describe('roots by id that need only the ids, Development Mode', () => idOnlyRoots('development'));

describe('roots by id that need only the ids take one round trip, Extended mode', () => {
  const server = useTestServer({ mode: 'extended' });
  // The app token first: the token call is the server's own business, not the query's.
  const slowly = useSlowSpotify(server, LATENCY_MS, () =>
    server.query(graphql(`query IdOnlyRootsWarm { markets }`)),
  );

  it('node(id:) { albums topTracks } and tracks(ids:) { audioFeatures }', async () => {
    await slowly();
    const node = await server.query(NODE_ARTIST, { id: `spotify:artist:${artistsWithAlbums(server)[5]}` });
    expect(node.errors).toBeUndefined();
    expect(wavesOf(await timedCalls(server.emu))).toBe(1);
    await slowly();
    const features = await server.query(TRACK_FEATURES, {
      id: tracks(server)[20]!,
      ids: tracks(server).slice(21, 23),
    });
    expect(features.errors).toBeUndefined();
    expect(wavesOf(await timedCalls(server.emu))).toBe(1);
  });
});
