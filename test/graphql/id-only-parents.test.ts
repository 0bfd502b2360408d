import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';

/**
 * A child that needs only its parent's id does not load the parent: `artist(id:) { albums }` sends the
 * albums page alone when nothing else of the artist is selected (id fields aside). Counted from the
 * emulator's request log.
 */

const ARTIST_CHILDREN_ONLY = graphql(`
  query IdOnlyArtistChildren($id: ID!) {
    artist(id: $id) {
      __typename id spotifyId uri
      albums(first: 3) { nodes { name } }
      topTracks(market: "SE") { name }
      relatedArtists { name }
    }
  }
`);

const ARTIST_WITH_NAME = graphql(`
  query IdOnlyArtistWithName($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { name } } } }
`);

const ARTIST_FRAGMENTS = graphql(`
  query IdOnlyArtistFragments($id: ID!, $withName: Boolean!) {
    artist(id: $id) {
      ...IdOnlyArtistAlbums
      ... on Artist { name @include(if: $withName) }
      ... on Node { id }
    }
  }
  fragment IdOnlyArtistAlbums on Artist { albums(first: 2) { totalCount } }
`);

const USER_PLAYLISTS_ONLY = graphql(`
  query IdOnlyUserPlaylists($id: ID!) { user(id: $id) { id playlists(first: 2) { nodes { name } } } }
`);

const CATEGORY_PLAYLISTS_ONLY = graphql(`
  query IdOnlyCategoryPlaylists($id: ID!) { category(id: $id) { id playlists(first: 2) { nodes { name } } } }
`);

const ALBUM_TRACKS_IN_MARKET = graphql(`
  query IdOnlyAlbumTracksInMarket($id: ID!) { album(id: $id) { id tracks(first: 2, market: "SE") { nodes { name } } } }
`);

const ALBUM_TRACKS = graphql(`
  query IdOnlyAlbumTracks($id: ID!) { album(id: $id) { id tracks(first: 2) { nodes { name } } } }
`);

const prolificArtist = (server: TestServer): string =>
  [...server.emu.state.catalog.artists.values()].sort((a, b) => b.albumIds.length - a.albumIds.length)[0]!.id;

describe('a parent whose selection needs only its id, Extended mode', () => {
  const server = useTestServer({ mode: 'extended' });

  it("sends an artist's albums, top tracks and related artists without the artist", async () => {
    const id = prolificArtist(server);
    await server.clearLog();
    const answer = await server.query(ARTIST_CHILDREN_ONLY, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist).toMatchObject({
      __typename: 'Artist',
      id: `spotify:artist:${id}`,
      spotifyId: id,
      uri: `spotify:artist:${id}`,
    });
    expect(answer.data?.artist?.albums?.nodes).toHaveLength(3);
    expect(answer.data?.artist?.topTracks?.length).toBeGreaterThan(0);
    expect(await server.calls()).toEqual({
      'GET /v1/artists/{id}/albums': 1,
      'GET /v1/artists/{id}/top-tracks': 1,
      'GET /v1/artists/{id}/related-artists': 1,
    });
  });

  it('loads the artist when a field of its object is selected', async () => {
    const id = prolificArtist(server);
    await server.clearLog();
    const answer = await server.query(ARTIST_WITH_NAME, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.name).toBe(server.emu.state.catalog.artists.get(id)?.name);
    expect(await server.calls()).toEqual({ 'GET /v1/artists': 1, 'GET /v1/artists/{id}/albums': 1 });
  });

  it('reads the selection through fragments and @include', async () => {
    const id = prolificArtist(server);
    await server.clearLog();
    const without = await server.query(ARTIST_FRAGMENTS, { id, withName: false });
    expect(without.errors).toBeUndefined();
    expect(without.data?.artist?.albums?.totalCount).toBeGreaterThan(0);
    expect(await server.calls()).toEqual({ 'GET /v1/artists/{id}/albums': 1 });
    await server.clearLog();
    const withName = await server.query(ARTIST_FRAGMENTS, { id, withName: true });
    expect(withName.errors).toBeUndefined();
    expect(withName.data?.artist).toMatchObject({ name: server.emu.state.catalog.artists.get(id)?.name });
    expect(await server.calls()).toEqual({ 'GET /v1/artists': 1, 'GET /v1/artists/{id}/albums': 1 });
  });

  it("answers an unknown artist null with Spotify's not found, as when its name is selected (X1)", async () => {
    await server.clearLog();
    const answer = await server.query(ARTIST_CHILDREN_ONLY, { id: '0000000000000000000000' });
    expect(answer.data?.artist).toBeNull();
    expect(answer.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['artist', 'SPOTIFY_NOT_FOUND'],
    ]);
    // The children's not found asked for the artist's object: it told that the artist is unknown.
    expect((await server.calls())['GET /v1/artists']).toBe(1);
  });

  it("sends a user's playlists and a category's playlists without the user or the category", async () => {
    await server.clearLog();
    const user = await server.query(USER_PLAYLISTS_ONLY, { id: 'alice' });
    expect(user.errors).toBeUndefined();
    expect(user.data?.user?.id).toBe('spotify:user:alice');
    expect(user.data?.user?.playlists?.nodes.length).toBeGreaterThan(0);
    const category = [...server.emu.state.catalog.categories.keys()][0]!;
    const categoryAnswer = await server.query(CATEGORY_PLAYLISTS_ONLY, { id: category });
    expect(categoryAnswer.errors).toBeUndefined();
    expect(categoryAnswer.data?.category?.id).toBe(category);
    expect(await server.calls()).toEqual({
      'GET /v1/users/{user_id}/playlists': 1,
      'GET /v1/browse/categories/{category_id}/playlists': 1,
    });
  });

  it("loads the album for its tracks only where its object holds them (no market: the album's own page)", async () => {
    const id = [...server.emu.state.catalog.albums.values()].find(
      (album) => album.trackIds.length >= 3 && album.availableMarkets.includes('SE'),
    )!.id;
    await server.clearLog();
    const plain = await server.query(ALBUM_TRACKS, { id });
    expect(plain.errors).toBeUndefined();
    expect(plain.data?.album?.tracks?.nodes).toHaveLength(2);
    expect(await server.calls()).toEqual({ 'GET /v1/albums': 1 });
    await server.clearLog();
    const inMarket = await server.query(ALBUM_TRACKS_IN_MARKET, { id });
    expect(inMarket.errors).toBeUndefined();
    expect(inMarket.data?.album?.tracks?.nodes).toHaveLength(2);
    // The album in that market carries its tracks there: one call, not the album twice.
    expect(Object.values(await server.calls()).reduce((sum, n) => sum + n, 0)).toBe(1);
  });
});
