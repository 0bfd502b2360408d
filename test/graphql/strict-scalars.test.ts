/**
 * A scalar Spotify sent of another JSON type than its field's, or a number outside the range Spotify
 * documents for it, is that field's (or list entry's) null with its own error (`SPOTIFY_UNAVAILABLE`,
 * `extensions.badValue: true`), never a value GraphQL's coercion makes up (`true` as 1, `false` as 0,
 * `0` as false, `"7"` as 7, `7` as "7"); its siblings answer. The emulator's `set` fault edits make
 * one value of a real answer wrong. Runs under both executors (the vitest projects).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

/** An album of the seeded catalog with at least two tracks. */
const albumId = (): string =>
  [...t.emu.state.catalog.albums.values()].find((album) => album.trackIds.length >= 2)!.id;
const episodeId = (): string => [...t.emu.state.catalog.episodes.keys()][0]!;
const artistId = (): string => [...t.emu.state.catalog.artists.keys()][0]!;
const playlistId = (): string =>
  [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id;

const albumQuery = graphql(
  `query StrictAlbum($id: ID!) { album(id: $id) { name popularity totalTracks releaseDate externalUrl images { url width height } tracks(first: 2) { totalCount nodes { name durationMs explicit trackNumber discNumber } } } }`,
);

describe('albums', () => {
  it('answers booleans and a number where an Int, a Boolean and Strings belong as their nulls, never 1, 0, false or digits', async () => {
    const real = await t.query(albumQuery, { id: albumId() });
    expect(real.errors).toBeUndefined();
    await t.fault('GET /v1/albums', {
      '/albums/0/popularity': true,
      '/albums/0/tracks/items/0/duration_ms': false,
      '/albums/0/tracks/items/1/explicit': 0,
      '/albums/0/images/0/height': true,
      '/albums/0/external_urls/spotify': 7,
      '/albums/0/release_date': 19991231,
    });
    const answer = await t.query(albumQuery, { id: albumId() });
    const album = answer.data?.album;
    expect(album).toMatchObject({
      name: real.data?.album?.name,
      popularity: null,
      totalTracks: real.data?.album?.totalTracks,
      releaseDate: null,
      externalUrl: null,
    });
    expect(album?.images?.[0]).toEqual({ ...real.data?.album?.images?.[0], height: null });
    expect(album?.tracks?.nodes[0]).toEqual({ ...real.data?.album?.tracks?.nodes[0], durationMs: null });
    expect(album?.tracks?.nodes[1]).toEqual({ ...real.data?.album?.tracks?.nodes[1], explicit: null });
    expect(located(answer.errors)).toEqual([
      [['album', 'externalUrl'], BAD_VALUE],
      [['album', 'images', 0, 'height'], BAD_VALUE],
      [['album', 'popularity'], BAD_VALUE],
      [['album', 'releaseDate'], BAD_VALUE],
      [['album', 'tracks', 'nodes', 0, 'durationMs'], BAD_VALUE],
      [['album', 'tracks', 'nodes', 1, 'explicit'], BAD_VALUE],
    ]);
    // The value is Spotify's and is never quoted.
    expect(answer.errors?.map((e) => e.message).join(' ')).not.toContain('19991231');
  });

  it('answers numeric strings where Ints belong as their nulls, never the number', async () => {
    await t.fault('GET /v1/albums', { '/albums/0/total_tracks': '12', '/albums/0/images/0/width': '640' });
    const answer = await t.query(albumQuery, { id: albumId() });
    expect(answer.data?.album?.totalTracks).toBeNull();
    expect(answer.data?.album?.images?.[0]?.width).toBeNull();
    expect(located(answer.errors)).toEqual([
      [['album', 'images', 0, 'width'], BAD_VALUE],
      [['album', 'totalTracks'], BAD_VALUE],
    ]);
  });

  it('answers counts out of their documented range as their nulls: negative totals, numbers and lengths, popularity above 100', async () => {
    const real = await t.query(albumQuery, { id: albumId() });
    await t.fault('GET /v1/albums', {
      '/albums/0/total_tracks': -3,
      '/albums/0/popularity': 101,
      '/albums/0/images/0/width': -640,
      '/albums/0/tracks/items/0/track_number': -1,
      '/albums/0/tracks/items/0/disc_number': -1,
      '/albums/0/tracks/items/1/duration_ms': -5,
    });
    const answer = await t.query(albumQuery, { id: albumId() });
    expect(answer.data?.album).toMatchObject({ totalTracks: null, popularity: null });
    expect(answer.data?.album?.tracks?.nodes[0]).toMatchObject({
      name: real.data?.album?.tracks?.nodes[0]?.name,
      trackNumber: null,
      discNumber: null,
    });
    expect(answer.data?.album?.tracks?.nodes[1]?.durationMs).toBeNull();
    expect(located(answer.errors)).toEqual([
      [['album', 'images', 0, 'width'], BAD_VALUE],
      [['album', 'popularity'], BAD_VALUE],
      [['album', 'totalTracks'], BAD_VALUE],
      [['album', 'tracks', 'nodes', 0, 'discNumber'], BAD_VALUE],
      [['album', 'tracks', 'nodes', 0, 'trackNumber'], BAD_VALUE],
      [['album', 'tracks', 'nodes', 1, 'durationMs'], BAD_VALUE],
    ]);
    expect(answer.errors?.find((e) => e.path?.at(-1) === 'popularity')?.message).toContain('0 to 100');
  });

  it('keeps the ends of a range: popularity 0 and 100, a track number 0 (a local file has it)', async () => {
    await t.fault('GET /v1/albums', {
      '/albums/0/popularity': 100,
      '/albums/0/tracks/items/0/track_number': 0,
    });
    const answer = await t.query(albumQuery, { id: albumId() });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.popularity).toBe(100);
    expect(answer.data?.album?.tracks?.nodes[0]?.trackNumber).toBe(0);
  });
});

describe('other objects', () => {
  it('answers an episode with a boolean length, a number for explicit and a numeric string resume position as their nulls', async () => {
    const document = graphql(
      `query StrictEpisode($id: ID!) { episode(id: $id) { name durationMs explicit resumePoint { fullyPlayed resumePositionMs } } }`,
    );
    await t.fault('GET /v1/episodes', {
      '/episodes/0/duration_ms': true,
      '/episodes/0/explicit': 1,
      '/episodes/0/resume_point/resume_position_ms': '12',
    });
    const answer = await t.query(document, { id: episodeId() }, { token: t.alice });
    expect(answer.data?.episode).toMatchObject({
      name: expect.any(String),
      durationMs: null,
      explicit: null,
      resumePoint: { fullyPlayed: expect.any(Boolean), resumePositionMs: null },
    });
    expect(located(answer.errors)).toEqual([
      [['episode', 'durationMs'], BAD_VALUE],
      [['episode', 'explicit'], BAD_VALUE],
      [['episode', 'resumePoint', 'resumePositionMs'], BAD_VALUE],
    ]);
  });

  it('answers an artist with a numeric string popularity and a boolean follower count as their nulls', async () => {
    const document = graphql(
      `query StrictArtist($id: ID!) { artist(id: $id) { name popularity followerCount } }`,
    );
    await t.fault('GET /v1/artists', { '/artists/0/popularity': '50', '/artists/0/followers/total': true });
    const answer = await t.query(document, { id: artistId() });
    expect(answer.data?.artist).toEqual({ name: expect.any(String), popularity: null, followerCount: null });
    expect(located(answer.errors)).toEqual([
      [['artist', 'followerCount'], BAD_VALUE],
      [['artist', 'popularity'], BAD_VALUE],
    ]);
  });

  it('answers a playlist with numbers for its flags and a negative follower count as their nulls', async () => {
    const document = graphql(
      `query StrictPlaylist($id: ID!) { playlist(id: $id) { name public collaborative followerCount } }`,
    );
    await t.fault('GET /v1/playlists/{playlist_id}', {
      '/public': 1,
      '/collaborative': 0,
      '/followers/total': -7,
    });
    const answer = await t.query(document, { id: playlistId() }, { token: t.alice });
    expect(answer.data?.playlist).toEqual({
      name: expect.any(String),
      public: null,
      collaborative: null,
      followerCount: null,
    });
    expect(located(answer.errors)).toEqual([
      [['playlist', 'collaborative'], BAD_VALUE],
      [['playlist', 'followerCount'], BAD_VALUE],
      [['playlist', 'public'], BAD_VALUE],
    ]);
  });

  it("answers a device's numeric string volume and a volume above 100 as their nulls, its name intact", async () => {
    const document = graphql(`query StrictDevices { me { player { devices { name volumePercent } } } }`);
    const real = await t.query(document, {}, { token: t.alice });
    expect(real.data?.me?.player.devices?.length).toBeGreaterThan(1);
    await t.fault('GET /v1/me/player/devices', {
      '/devices/0/volume_percent': '33',
      '/devices/1/volume_percent': 101,
    });
    const answer = await t.query(document, {}, { token: t.alice });
    const devices = answer.data?.me?.player.devices;
    expect(devices?.slice(0, 2)).toEqual([
      { name: real.data?.me?.player.devices?.[0]?.name, volumePercent: null },
      { name: real.data?.me?.player.devices?.[1]?.name, volumePercent: null },
    ]);
    expect(located(answer.errors)).toEqual([
      [['me', 'player', 'devices', 0, 'volumePercent'], BAD_VALUE],
      [['me', 'player', 'devices', 1, 'volumePercent'], BAD_VALUE],
    ]);
  });
});
