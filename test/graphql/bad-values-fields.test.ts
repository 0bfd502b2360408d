/**
 * A data field of a Spotify object that Spotify sent wrong (of another type, null, missing, a list
 * with a bad entry) is that field's (or that entry's) null with its own error (`SPOTIFY_UNAVAILABLE`,
 * `extensions.badValue: true`) while the object and its siblings answer; never the whole object lost
 * (a non-null field passing its null up), and never a value made up in its place (false, 0, [], a
 * resume point). The emulator's `set` fault edits make one value of a real answer wrong.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const albumId = (): string => [...t.emu.state.catalog.albums.keys()][0]!;
const trackId = (): string => [...t.emu.state.catalog.tracks.keys()][0]!;
const episodeId = (): string => [...t.emu.state.catalog.episodes.keys()][0]!;
const playlistId = (): string =>
  [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id;

const albumQuery = graphql(
  `query BadValuesAlbum($id: ID!) { album(id: $id) { name images { url width } genres artists { id } } }`,
);
const trackQuery = graphql(
  `query BadValuesTrack($id: ID!) { track(id: $id) { name explicit availableMarkets isLocal isrc } }`,
);
const episodeQuery = graphql(
  `query BadValuesEpisode($id: ID!) { episode(id: $id) { name description languages resumePoint { fullyPlayed resumePositionMs } } }`,
);
const playlistQuery = graphql(
  `query BadValuesPlaylist($id: ID!) { playlist(id: $id) { name collaborative items(first: 2) { totalCount edges { isLocal addedBy { id } node { __typename } } } } }`,
);

describe('albums', () => {
  it('answers a null image entry as that entry null with its error, the album intact', async () => {
    const real = await t.query(albumQuery, { id: albumId() });
    expect(real.data?.album?.images?.length).toBeGreaterThan(0);
    await t.fault('GET /v1/albums', { '/albums/0/images/0': null });
    const answer = await t.query(albumQuery, { id: albumId() });
    expect(answer.data?.album?.name).toBe(real.data?.album?.name);
    expect(answer.data?.album?.images).toEqual([null, ...(real.data?.album?.images ?? []).slice(1)]);
    expect(located(answer.errors)).toEqual([[['album', 'images', 0], BAD_VALUE]]);
  });

  it("answers an image without its url as that entry's null, the album intact", async () => {
    await t.fault('GET /v1/albums', { '/albums/0/images/0/url': null });
    const answer = await t.query(albumQuery, { id: albumId() });
    expect(answer.data?.album?.name).toEqual(expect.any(String));
    expect(answer.data?.album?.images?.[0]).toBeNull();
    expect(located(answer.errors)).toEqual([[['album', 'images', 0, 'url'], BAD_VALUE]]);
  });

  it('answers null images and null artists each as its own null with an error, never []', async () => {
    await t.fault('GET /v1/albums', { '/albums/0/images': null, '/albums/0/artists': null });
    const answer = await t.query(albumQuery, { id: albumId() });
    expect(answer.data?.album).toMatchObject({ name: expect.any(String), images: null, artists: null });
    expect(located(answer.errors)).toEqual([
      [['album', 'artists'], BAD_VALUE],
      [['album', 'images'], BAD_VALUE],
    ]);
  });

  it('answers a genre list with a number, a boolean and a null entry each as its null with its error, never their digits', async () => {
    await t.fault('GET /v1/albums', { '/albums/0/genres': [1, 'rock', false, null] });
    const answer = await t.query(albumQuery, { id: albumId() });
    expect(answer.data?.album?.genres).toEqual([null, 'rock', null, null]);
    expect(answer.data?.album?.name).toEqual(expect.any(String));
    // The number and the boolean read alike (one error naming both paths); the null has words of its own.
    expect(located(answer.errors)).toEqual([
      [
        ['album', 'genres', 0],
        {
          ...BAD_VALUE,
          repeatedCount: 2,
          repeated: [
            ['album', 'genres', 0],
            ['album', 'genres', 2],
          ],
        },
      ],
      [['album', 'genres', 3], BAD_VALUE],
    ]);
  });
});

describe('tracks', () => {
  it('answers explicit "maybe" and a null market entry each as its own null, the track intact', async () => {
    await t.fault('GET /v1/tracks', {
      '/tracks/0/explicit': 'maybe',
      '/tracks/0/available_markets': ['SE', null],
    });
    const answer = await t.query(trackQuery, { id: trackId() });
    expect(answer.data?.track).toMatchObject({
      name: expect.any(String),
      explicit: null,
      availableMarkets: ['SE', null],
    });
    expect(located(answer.errors)).toEqual([
      [['track', 'availableMarkets', 1], BAD_VALUE],
      [['track', 'explicit'], BAD_VALUE],
    ]);
  });

  it('answers explicit null and available_markets null as errors, never false and []', async () => {
    await t.fault('GET /v1/tracks', { '/tracks/0/explicit': null, '/tracks/0/available_markets': null });
    const answer = await t.query(trackQuery, { id: trackId() });
    expect(answer.data?.track).toMatchObject({
      name: expect.any(String),
      explicit: null,
      availableMarkets: null,
    });
    expect(located(answer.errors)).toEqual([
      [['track', 'availableMarkets'], BAD_VALUE],
      [['track', 'explicit'], BAD_VALUE],
    ]);
  });

  it('answers is_local "yes" and external_ids "x" each as its own error, the track intact', async () => {
    await t.fault('GET /v1/tracks', { '/tracks/0/is_local': 'yes', '/tracks/0/external_ids': 'x' });
    const answer = await t.query(trackQuery, { id: trackId() });
    expect(answer.data?.track).toMatchObject({ name: expect.any(String), isLocal: null, isrc: null });
    expect(located(answer.errors)).toEqual([
      [['track', 'isLocal'], BAD_VALUE],
      [['track', 'isrc'], BAD_VALUE],
    ]);
  });
});

describe('episodes', () => {
  it('answers languages "en" and a null description each as its own error, the episode intact', async () => {
    await t.fault('GET /v1/episodes', { '/episodes/0/languages': 'en', '/episodes/0/description': null });
    const answer = await t.query(episodeQuery, { id: episodeId() }, { token: t.alice });
    expect(answer.data?.episode).toMatchObject({
      name: expect.any(String),
      description: null,
      languages: null,
    });
    expect(located(answer.errors)).toEqual([
      [['episode', 'description'], BAD_VALUE],
      [['episode', 'languages'], BAD_VALUE],
    ]);
  });

  it('answers null languages as an error, never []', async () => {
    await t.fault('GET /v1/episodes', { '/episodes/0/languages': null });
    const answer = await t.query(episodeQuery, { id: episodeId() }, { token: t.alice });
    expect(answer.data?.episode?.languages).toBeNull();
    expect(located(answer.errors)).toEqual([[['episode', 'languages'], BAD_VALUE]]);
  });

  it('answers a resume point that is a string as its error, never a made-up one', async () => {
    const real = await t.query(episodeQuery, { id: episodeId() }, { token: t.alice });
    expect(real.data?.episode?.resumePoint).toEqual({
      fullyPlayed: expect.any(Boolean),
      resumePositionMs: expect.any(Number),
    });
    await t.fault('GET /v1/episodes', { '/episodes/0/resume_point': 'x' });
    const answer = await t.query(episodeQuery, { id: episodeId() }, { token: t.alice });
    expect(answer.data?.episode?.resumePoint).toBeNull();
    expect(answer.data?.episode?.name).toBe(real.data?.episode?.name);
    expect(located(answer.errors)).toEqual([[['episode', 'resumePoint'], BAD_VALUE]]);
  });

  it('answers an empty resume point with each of its fields null with an error', async () => {
    await t.fault('GET /v1/episodes', { '/episodes/0/resume_point': {} });
    const answer = await t.query(episodeQuery, { id: episodeId() }, { token: t.alice });
    expect(answer.data?.episode?.resumePoint).toEqual({ fullyPlayed: null, resumePositionMs: null });
    expect(located(answer.errors)).toEqual([
      [['episode', 'resumePoint', 'fullyPlayed'], BAD_VALUE],
      [['episode', 'resumePoint', 'resumePositionMs'], BAD_VALUE],
    ]);
  });
});

describe('playlists', () => {
  for (const value of ['x', null]) {
    it(`answers collaborative ${JSON.stringify(value)} as its own null with an error, the playlist intact`, async () => {
      await t.fault('GET /v1/playlists/{playlist_id}', { '/collaborative': value });
      const answer = await t.query(playlistQuery, { id: playlistId() }, { token: t.alice });
      expect(answer.data?.playlist?.name).toEqual(expect.any(String));
      expect(answer.data?.playlist?.collaborative).toBeNull();
      expect(answer.data?.playlist?.items?.edges).toHaveLength(2);
      expect(located(answer.errors)).toEqual([[['playlist', 'collaborative'], BAD_VALUE]]);
    });
  }

  it('answers an entry\'s is_local "yes" and added_by "bob" as that edge\'s fields\' errors, the page intact', async () => {
    const real = await t.query(playlistQuery, { id: playlistId() }, { token: t.alice });
    // The owner's full playlist embeds its first items twice (`items`, and `tracks` for Extended apps).
    await t.fault('GET /v1/playlists/{playlist_id}', {
      '/items/items/0/is_local': 'yes',
      '/items/items/1/added_by': 'bob',
      '/tracks/items/0/is_local': 'yes',
      '/tracks/items/1/added_by': 'bob',
    });
    const answer = await t.query(playlistQuery, { id: playlistId() }, { token: t.alice });
    const [first, second] = answer.data?.playlist?.items?.edges ?? [];
    const [realFirst, realSecond] = real.data?.playlist?.items?.edges ?? [];
    expect(first).toEqual({ ...realFirst, isLocal: null });
    expect(second).toEqual({ ...realSecond, addedBy: null });
    expect(answer.data?.playlist?.items?.totalCount).toBe(real.data?.playlist?.items?.totalCount);
    expect(located(answer.errors)).toEqual([
      [['playlist', 'items', 'edges', 0, 'isLocal'], BAD_VALUE],
      [['playlist', 'items', 'edges', 1, 'addedBy'], BAD_VALUE],
    ]);
  });
});
