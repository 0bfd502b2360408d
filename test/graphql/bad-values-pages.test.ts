/**
 * A page Spotify sent with a wrong entry or a wrong total: an entry that is null or no object is that
 * entry's error (`SPOTIFY_UNAVAILABLE`, `extensions.badValue: true`), unlike a removed item (an entry
 * whose track is null, a plain null); a total that is no count is totalCount's error, and hasNextPage
 * never says "no more" while items remain. The emulator's `set` fault edits make the page wrong.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

/** An album of the seeded catalog with more than 4 tracks. */
const longAlbum = (): string =>
  [...t.emu.state.catalog.albums.values()].find((a) => a.trackIds.length > 4)!.id;

const albumTracksQuery = graphql(
  `query BadValuesAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`,
);
const albumTracksCountQuery = graphql(
  `query BadValuesAlbumTracksCount($id: ID!) { album(id: $id) { tracks(first: 3) { totalCount pageInfo { hasNextPage } } } }`,
);

describe('a page total that is no count', () => {
  for (const total of [null, 'many']) {
    it(`total ${JSON.stringify(total)}: totalCount is its error, and hasNextPage stays true while items remain`, async () => {
      const real = await t.query(albumTracksQuery, { id: longAlbum() });
      expect(real.data?.album?.tracks?.pageInfo.hasNextPage).toBe(true);
      await t.fault('GET /v1/albums', { '/albums/0/tracks/total': total });
      const answer = await t.query(albumTracksQuery, { id: longAlbum() });
      expect(answer.data?.album?.tracks).toEqual({ ...real.data?.album?.tracks, totalCount: null });
      expect(located(answer.errors)).toEqual([[['album', 'tracks', 'totalCount'], BAD_VALUE]]);
    });
  }

  it('a connection without its items says the same (pageInfo only)', async () => {
    await t.fault('GET /v1/albums', { '/albums/0/tracks/total': null });
    const answer = await t.query(albumTracksCountQuery, { id: longAlbum() });
    expect(answer.data?.album?.tracks).toEqual({ totalCount: null, pageInfo: { hasNextPage: true } });
    expect(located(answer.errors)).toEqual([[['album', 'tracks', 'totalCount'], BAD_VALUE]]);
  });
});

describe('page entries that are null or no object', () => {
  it("album tracks: a null entry is that node's error, its neighbours answer", async () => {
    const real = await t.query(albumTracksQuery, { id: longAlbum() });
    await t.fault('GET /v1/albums', { '/albums/0/tracks/items/1': null });
    const answer = await t.query(albumTracksQuery, { id: longAlbum() });
    const nodes = real.data?.album?.tracks?.nodes ?? [];
    expect(answer.data?.album?.tracks?.nodes).toEqual([nodes[0], null, nodes[2]]);
    expect(located(answer.errors)).toEqual([[['album', 'tracks', 'nodes', 1], BAD_VALUE]]);
  });

  it("saved audiobooks: an entry without its audiobook ({}) is its node's error, never a silent null", async () => {
    const document = graphql(
      `query BadValuesSavedAudiobooksEmpty { me { savedAudiobooks(first: 2) { edges { node { id } } } } }`,
    );
    const real = await t.query(document, {}, { token: t.alice });
    const edges = real.data?.me?.savedAudiobooks?.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/audiobooks',
      set: { '/items/0': { added_at: '2024-01-01T00:00:00Z' } },
    });
    const answer = await t.query(document, {}, { token: t.alice });
    expect(answer.data?.me?.savedAudiobooks?.edges).toEqual([{ node: null }, ...edges.slice(1)]);
    expect(located(answer.errors)).toEqual([[['me', 'savedAudiobooks', 'edges', 0, 'node'], BAD_VALUE]]);
  });

  it("search: a null entry is that edge's node error in its place, never dropped", async () => {
    const document = graphql(
      `query BadValuesSearchNullEntry { search(query: "a", types: [ARTIST], first: 3) { artists { edges { cursor node { id } } } } }`,
    );
    const real = await t.query(document, {});
    const edges = real.data?.search?.artists?.edges ?? [];
    expect(edges).toHaveLength(3);
    await t.fault('GET /v1/search', { '/artists/items/1': null });
    const answer = await t.query(document, {});
    expect(answer.data?.search?.artists?.edges).toEqual([
      edges[0],
      { cursor: edges[1]?.cursor, node: null },
      edges[2],
    ]);
    expect(located(answer.errors)).toEqual([[['search', 'artists', 'edges', 1, 'node'], BAD_VALUE]]);
  });

  it("saved tracks: a null entry is its node's and its date's error, never a silent null", async () => {
    const document = graphql(
      `query BadValuesSavedTracks { me { savedTracks(first: 2) { nodes { id } edges { addedAt node { id } } } } }`,
    );
    const real = await t.query(document, {}, { token: t.alice });
    await t.fault('GET /v1/me/tracks', { '/items/0': null });
    const answer = await t.query(document, {}, { token: t.alice });
    const saved = answer.data?.me?.savedTracks;
    expect(saved?.nodes).toEqual([null, real.data?.me?.savedTracks?.nodes[1]]);
    expect(saved?.edges[0]).toEqual({ addedAt: null, node: null });
    expect(saved?.edges[1]).toEqual(real.data?.me?.savedTracks?.edges[1]);
    expect(located(answer.errors)).toEqual([
      [['me', 'savedTracks', 'edges', 0, 'addedAt'], BAD_VALUE],
      [['me', 'savedTracks', 'edges', 0, 'node'], BAD_VALUE],
      [['me', 'savedTracks', 'nodes', 0], BAD_VALUE],
    ]);
  });

  it("playlist items: an entry 5 is its edge's error; a removed item's null track stays a plain null", async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const document = graphql(
      `query BadValuesPlaylistEntries($id: ID!) { playlist(id: $id) { items(first: 3) { edges { addedAt node { __typename } } } } }`,
    );
    // The owner's full playlist embeds its first items twice (`items`, and `tracks` for Extended apps).
    await t.fault('GET /v1/playlists/{playlist_id}', {
      '/items/items/0': 5,
      '/items/items/1/item': null,
      '/items/items/1/track': null,
      '/tracks/items/0': 5,
      '/tracks/items/1/item': null,
      '/tracks/items/1/track': null,
    });
    const answer = await t.query(document, { id: playlist.id }, { token: t.alice });
    const edges = answer.data?.playlist?.items?.edges ?? [];
    expect(edges[0]).toEqual({ addedAt: null, node: null });
    // A removed item: Spotify's null track, its date kept, no error.
    expect(edges[1]).toEqual({ addedAt: expect.any(String), node: null });
    expect(edges[2]?.node).not.toBeNull();
    expect(located(answer.errors)).toEqual([
      [['playlist', 'items', 'edges', 0, 'addedAt'], BAD_VALUE],
      [['playlist', 'items', 'edges', 0, 'node'], BAD_VALUE],
    ]);
  });

  it('top tracks: a null entry and a string entry are each their own error, the others answer', async () => {
    const artist = [...t.emu.state.catalog.artists.keys()][0]!;
    const document = graphql(
      `query BadValuesTopTracks($id: ID!) { artist(id: $id) { name topTracks(market: "SE") { id } } }`,
    );
    const real = await t.query(document, { id: artist });
    const tracks = real.data?.artist?.topTracks ?? [];
    expect(tracks.length).toBeGreaterThan(3);
    await t.fault('GET /v1/artists/{id}/top-tracks', { '/tracks/1': null, '/tracks/2': 'zz' });
    const answer = await t.query(document, { id: artist });
    expect(answer.data?.artist?.topTracks).toEqual([tracks[0], null, null, ...tracks.slice(3)]);
    expect(located(answer.errors)).toEqual([
      [['artist', 'topTracks', 1], BAD_VALUE],
      [['artist', 'topTracks', 2], BAD_VALUE],
    ]);
  });
});

const searchTwoTypesQuery = graphql(
  `query BadValuesSearchTwoTypes { search(query: "a", types: [TRACK, ALBUM], first: 3) { tracks { nodes { id } } albums { totalCount nodes { id } } } }`,
);

// (A type's page whose items are no list is refused with the whole answer by the client: wrong-shaped-answers.)
describe('a search answer that leaves a type out', () => {
  it('search.tracks is its error, albums answer, one call', async () => {
    const real = await t.query(searchTwoTypesQuery, {});
    expect(real.errors).toBeUndefined();
    await t.fault('GET /v1/search', {}, { unset: ['/tracks'] });
    await t.clearLog();
    const answer = await t.query(searchTwoTypesQuery, {});
    expect(answer.data?.search).toEqual({ tracks: null, albums: real.data?.search?.albums });
    expect(located(answer.errors)).toEqual([[['search', 'tracks'], BAD_VALUE]]);
    expect(await t.calls()).toEqual({ 'GET /v1/search': 1 });
  });
});

describe('a profile whose id is empty', () => {
  it('me.id and me.spotifyId are both its badValue error, never "" beside null', async () => {
    await t.fault('GET /v1/me', { '/id': '' });
    const answer = await t.query(
      graphql(`query BadValuesMeEmptyId { me { id spotifyId displayName } }`),
      {},
      { token: t.alice },
    );
    expect(answer.data?.me).toEqual({ id: null, spotifyId: null, displayName: expect.any(String) });
    expect(located(answer.errors)).toEqual([
      [['me', 'id'], BAD_VALUE],
      [['me', 'spotifyId'], BAD_VALUE],
    ]);
  });
});

describe('an episode whose show Spotify left out', () => {
  it('Episode.show is null with its own badValue error; the episode answers', async () => {
    const id = [...t.emu.state.catalog.episodes.keys()][0]!;
    await t.fault('GET /v1/episodes', { '/episodes/0/show': null });
    await t.fault('GET /v1/episodes/{id}', { '/show': null });
    const answer = await t.query(
      graphql(`query BadValuesEpisodeNoShow($id: ID!) { episode(id: $id) { name show { name } } }`),
      { id },
      { token: t.alice },
    );
    expect(answer.data?.episode).toEqual({ name: expect.any(String), show: null });
    expect(located(answer.errors)).toEqual([[['episode', 'show'], BAD_VALUE]]);
  });
});
