/**
 * A field that can fail on its own is nullable: its failure is its own error (null in its place) and
 * its siblings keep their values. One test per such field.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type GraphQLAnswer, useTestServer } from '../helpers/server.js';

type Answer = GraphQLAnswer<unknown>;

/** The one error of `answer`, at `path`, with `code`. */
function expectOwnError(answer: Answer, path: (string | number)[], code: string): void {
  expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[path, code]]);
}

describe('fields that fail on their own (Extended Quota app)', () => {
  const t = useTestServer({ mode: 'extended' });
  const firstArtist = (): string => [...t.emu.state.catalog.artists.keys()][0]!;
  const longAlbum = (): string => [...t.emu.state.catalog.albums.keys()][1]!;

  beforeEach(async () => {
    await t.emu.control('DELETE', '/faults');
  });

  const fail = (route: string, status = 400) => t.emu.control('POST', '/faults', { route, status });

  it('me.player.devices: null without user-read-playback-state, me stays', async () => {
    const token = await t.emu.token({ user: 'alice', scopes: ['user-read-private'] });
    const answer = await t.query(
      graphql(`query PartialResultsMe { me { displayName player { devices { id } } } }`),
      {},
      { token },
    );
    expect(answer.data).toEqual({ me: { displayName: expect.any(String), player: { devices: null } } });
    expectOwnError(answer, ['me', 'player', 'devices'], 'FORBIDDEN');
  });

  it('me.player.queue: null when its read fails, the devices stay', async () => {
    const token = await t.emu.token({ user: 'alice' });
    await fail('GET /v1/me/player/queue');
    const answer = await t.query(
      graphql(`query PartialResultsMe2 { me { player { devices { id } queue { items { __typename } } } } }`),
      {},
      {
        token,
      },
    );
    const player = (answer.data as { me: { player: { devices: unknown[]; queue: unknown } } }).me.player;
    expect(player.devices.length).toBeGreaterThan(0);
    expect(player.queue).toBeNull();
    expectOwnError(answer, ['me', 'player', 'queue'], 'SPOTIFY_BAD_REQUEST');
  });

  it('me.images and me.user: null when the profile read fails, the saved tracks stay', async () => {
    const token = await t.emu.token({ user: 'alice' });
    await fail('GET /v1/me');
    const answer = await t.query(
      graphql(`query PartialResultsMe3 { me { images { url } savedTracks(first: 1) { totalCount } } }`),
      {},
      { token },
    );
    expect(answer.data).toEqual({ me: { images: null, savedTracks: { totalCount: expect.any(Number) } } });
    expectOwnError(answer, ['me', 'images'], 'SPOTIFY_BAD_REQUEST');
  });

  it('Artist.albums: null when the page fails, the artist stays', async () => {
    await fail('GET /v1/artists/{id}/albums');
    const answer = await t.query(
      graphql(
        `query PartialResultsArtistAlbums($id: ID!) { artist(id: $id) { name albums(first: 2) { totalCount } } }`,
      ),
      { id: firstArtist() },
    );
    expect(answer.data).toEqual({ artist: { name: expect.any(String), albums: null } });
    expectOwnError(answer, ['artist', 'albums'], 'SPOTIFY_BAD_REQUEST');
  });

  it('Artist.genres and images: null when the full artist fails, the album and its artists stay', async () => {
    await fail('GET /v1/artists');
    const answer = await t.query(
      graphql(
        `query PartialResultsAlbumArtists($id: ID!) { album(id: $id) { name artists { name genres } } }`,
      ),
      { id: longAlbum() },
    );
    const album = (answer.data as { album: { name: string; artists: { name: string; genres: null }[] } })
      .album;
    expect(album.name).toBeTruthy();
    expect(album.artists[0]).toEqual({ name: expect.any(String), genres: null });
    expect(answer.errors?.[0]?.path).toEqual(['album', 'artists', 0, 'genres']);
  });

  it('Album.tracks: null when a further page fails, the album stays', async () => {
    await fail('GET /v1/albums/{id}/tracks');
    const answer = await t.query(
      graphql(
        `query PartialResultsAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 10, offset: 60) { totalCount } } }`,
      ),
      { id: longAlbum() },
    );
    expect(answer.data).toEqual({ album: { name: expect.any(String), tracks: null } });
    expectOwnError(answer, ['album', 'tracks'], 'SPOTIFY_BAD_REQUEST');
  });

  it('Show.episodes: null when a further page fails, the show stays', async () => {
    const show = [...t.emu.state.catalog.shows.keys()][0]!;
    await fail('GET /v1/shows/{id}/episodes');
    const answer = await t.query(
      graphql(
        `query PartialResultsShowEpisodes($id: ID!) { show(id: $id) { name episodes(first: 5, offset: 60) { totalCount } } }`,
      ),
      { id: show },
    );
    expect(answer.data).toEqual({ show: { name: expect.any(String), episodes: null } });
    expectOwnError(answer, ['show', 'episodes'], 'SPOTIFY_BAD_REQUEST');
  });

  it('Audiobook.chapters: null when a further page fails, the audiobook stays', async () => {
    const book = [...t.emu.state.catalog.audiobooks.keys()][0]!;
    await fail('GET /v1/audiobooks/{id}/chapters');
    const answer = await t.query(
      graphql(
        `query PartialResultsAudiobookChapters($id: ID!) { audiobook(id: $id) { name chapters(first: 5, offset: 55) { totalCount } } }`,
      ),
      { id: book },
    );
    expect(answer.data).toEqual({ audiobook: { name: expect.any(String), chapters: null } });
    expectOwnError(answer, ['audiobook', 'chapters'], 'SPOTIFY_BAD_REQUEST');
  });

  it('search: null when Spotify fails, the other root fields stay', async () => {
    await fail('GET /v1/search');
    const answer = await t.query(
      graphql(
        `query PartialResultsSearchBeside($id: ID!) { search(query: "a", types: [TRACK]) { tracks { totalCount } } artist(id: $id) { name } }`,
      ),
      { id: firstArtist() },
    );
    expect(answer.data).toEqual({ search: null, artist: { name: expect.any(String) } });
    expectOwnError(answer, ['search'], 'SPOTIFY_BAD_REQUEST');
  });
});

describe('fields Development Mode apps lack', () => {
  const t = useTestServer({ mode: 'development' });

  it('Artist.topTracks and relatedArtists: null with NOT_AVAILABLE_IN_DEVELOPMENT_MODE, the artist stays', async () => {
    const artist = [...t.emu.state.catalog.artists.keys()][3]!;
    const answer = await t.query(
      graphql(
        `query PartialResultsDevelopmentArtist($id: ID!) { artist(id: $id) { name topTracks { name } relatedArtists { name } } }`,
      ),
      { id: artist },
    );
    expect(answer.data).toEqual({
      artist: { name: expect.any(String), topTracks: null, relatedArtists: null },
    });
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual(
      expect.arrayContaining([
        [['artist', 'topTracks'], 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE'],
        [['artist', 'relatedArtists'], 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE'],
      ]),
    );
  });
});
