/**
 * A field of an object Spotify sent that is missing or of the wrong type is that field's null with its
 * own error (`SPOTIFY_UNAVAILABLE`, `extensions.badValue: true`) while its siblings answer; a list entry
 * that is no object is that entry's null with its error while its neighbours answer; never
 * INTERNAL_SERVER_ERROR. The emulator's `set`/`unset` fault edits make one field of a real answer wrong.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;

/** An album of the seeded catalog with more than one artist on its first track, and the album. */
let albumId: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  albumId = [...t.emu.state.catalog.albums.keys()][0]!;
});

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

const badValue = { code: 'SPOTIFY_UNAVAILABLE', badValue: true };

const devicesQuery = graphql(
  `query WrongFieldsDevices { me { displayName player { devices { name type } } } }`,
);

describe('device entries', () => {
  for (const [what, set] of [
    ['a number', { '/devices/0': 7 }],
    ['null', { '/devices/0': null }],
    // A device whose name is null keeps its entry (Device.name is nullable): optional-spotify-fields.test.ts.
  ] as const) {
    it(`answers ${what} as that entry's null with its error, the other devices intact`, async () => {
      const real = await t.query(devicesQuery, {}, { token: alice });
      await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player/devices', set });
      const answer = await t.query(devicesQuery, {}, { token: alice });
      const devices = answer.data?.me?.player.devices;
      expect(devices?.[0]).toBeNull();
      expect(devices?.slice(1)).toEqual(real.data?.me?.player.devices?.slice(1));
      expect(answer.data?.me?.displayName).toBe(real.data?.me?.displayName);
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]?.path?.slice(0, 4)).toEqual(['me', 'player', 'devices', 0]);
      expect(answer.errors?.[0]?.extensions).toMatchObject(badValue);
    });
  }

  it('answers a device type of the wrong type as that field null, its name intact', async () => {
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/player/devices',
      set: { '/devices/1/type': { kind: 'speaker' } },
    });
    const answer = await t.query(devicesQuery, {}, { token: alice });
    const device = answer.data?.me?.player.devices?.[1];
    expect(device).toEqual({ name: expect.any(String), type: null });
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['me', 'player', 'devices', 1, 'type'], badValue],
    ]);
    expect(JSON.stringify(answer.errors)).not.toContain('speaker');
  });
});

describe('playback state', () => {
  it('answers is_playing "yes" as isPlaying null with its error, the rest of the state intact', async () => {
    const document = graphql(
      `query WrongFieldsState { me { player { state { isPlaying progressMs device { name } } } } }`,
    );
    const devices = await t.query(
      graphql(`query WrongFieldsDeviceIds { me { player { devices { id } } } }`),
      {},
      { token: alice },
    );
    const deviceId = devices.data?.me?.player.devices?.[0]?.id ?? '';
    await t.query(
      graphql(
        `mutation WrongFieldsPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }`,
      ),
      { deviceId },
      { token: alice },
    );
    const real = await t.query(document, {}, { token: alice });
    expect(real.data?.me?.player.state?.device?.name).toEqual(expect.any(String));
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player', set: { '/is_playing': 'yes' } });
    const answer = await t.query(document, {}, { token: alice });
    expect(answer.data?.me?.player.state).toMatchObject({
      isPlaying: null,
      device: { name: real.data?.me?.player.state?.device?.name },
    });
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['me', 'player', 'state', 'isPlaying'], badValue],
    ]);
  });
});

describe('albums', () => {
  const albumQuery = graphql(
    `query WrongFieldsAlbum($id: ID!) { album(id: $id) { name releaseDate releaseDatePrecision totalTracks albumType } }`,
  );

  it('answers an album without release_date with releaseDate null and its error, its name intact', async () => {
    // Extended Mode reads albums by id through the batch route: the album is its first entry.
    await t.emu.control('POST', '/faults', { route: 'GET /v1/albums', unset: ['/albums/0/release_date'] });
    const answer = await t.query(albumQuery, { id: albumId });
    expect(answer.data?.album?.name).toEqual(expect.any(String));
    expect(answer.data?.album?.releaseDate).toBeNull();
    expect(answer.data?.album?.releaseDatePrecision).toEqual(expect.any(String));
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([[['album', 'releaseDate'], badValue]]);
  });

  it('answers an unknown album_type, a missing precision and a string total each as its own null', async () => {
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/albums',
      set: { '/albums/0/album_type': 'mixtape', '/albums/0/total_tracks': 'many' },
      unset: ['/albums/0/release_date_precision'],
    });
    const answer = await t.query(albumQuery, { id: albumId });
    expect(answer.data?.album).toMatchObject({
      name: expect.any(String),
      releaseDate: expect.any(String),
      releaseDatePrecision: null,
      totalTracks: null,
      albumType: null,
    });
    const paths = answer.errors?.map((e) => e.path?.join('.')).sort();
    expect(paths).toEqual(['album.albumType', 'album.releaseDatePrecision', 'album.totalTracks']);
    for (const error of answer.errors ?? []) expect(error.extensions).toMatchObject(badValue);
  });
});

describe('numbers beyond GraphQL Int', () => {
  it("answers a local file's duration beyond 32 bits as durationMs null with its error", async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const offset = playlist.items.length - 4;
    // The local file opens the last four entries; both item routes (`track` and `item` keys).
    const set = { '/items/0/track/duration_ms': 3_000_000_000, '/items/0/item/duration_ms': 3_000_000_000 };
    await t.emu.control('POST', '/faults', { route: 'GET /v1/playlists/{playlist_id}/items', set });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/playlists/{playlist_id}/tracks', set });
    // And in the playlist object's embedded pages, which serve the window when they reach it (an
    // Extended app's `tracks` embeds 100 items: e11243c reads the window from there).
    const embedded = {
      [`/tracks/items/${offset}/track/duration_ms`]: 3_000_000_000,
      [`/items/items/${offset}/item/duration_ms`]: 3_000_000_000,
      [`/items/items/${offset}/track/duration_ms`]: 3_000_000_000,
    };
    await t.emu.control('POST', '/faults', { route: 'GET /v1/playlists/{playlist_id}', set: embedded });
    const answer = await t.query(
      graphql(
        `query WrongFieldsLocalDuration($id: ID!, $offset: Int) { playlist(id: $id) { items(first: 2, offset: $offset) { edges { isLocal node { ... on Track { name durationMs localFile { durationMs } } } } } } }`,
      ),
      { id: playlist.id, offset },
      { token: alice },
    );
    const edges = answer.data?.playlist?.items?.edges;
    expect(edges?.[0]?.isLocal).toBe(true);
    expect(edges?.[0]?.node).toEqual({
      name: expect.any(String),
      durationMs: null,
      localFile: { durationMs: null },
    });
    expect(edges?.[1]?.node).toBeNull();
    const paths = answer.errors?.map((e) => e.path?.slice(-2).join('.')).sort();
    expect(paths).toEqual(['localFile.durationMs', 'node.durationMs']);
    for (const error of answer.errors ?? []) expect(error.extensions).toMatchObject(badValue);
  });
});

describe('artists without an id', () => {
  it("keeps a track's artist without an id as its own null entry, so the list keeps its length", async () => {
    const document = graphql(
      `query WrongFieldsTrackArtists($id: ID!) { album(id: $id) { tracks(first: 1) { nodes { name artists { name } } } } }`,
    );
    const real = await t.query(document, { id: albumId });
    const artists = real.data?.album?.tracks?.nodes[0]?.artists ?? [];
    expect(artists.length).toBeGreaterThan(0);
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/albums',
      set: { '/albums/0/tracks/items/0/artists/0/id': null },
    });
    const answer = await t.query(document, { id: albumId });
    const after = answer.data?.album?.tracks?.nodes[0]?.artists;
    expect(after).toHaveLength(artists.length);
    expect(after?.[0]).toBeNull();
    expect(after?.slice(1)).toEqual(artists.slice(1));
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['album', 'tracks', 'nodes', 0, 'artists', 0], 'SPOTIFY_UNSUPPORTED_ITEM'],
    ]);
  });
});
