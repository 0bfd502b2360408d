/**
 * Idempotent writes (seek, volume, transfer, playlist details, library saves, follows, item removal)
 * are repeated after a 5xx, but an attempt Spotify applied and answered with an error leaves the
 * change in place: when the retries run out, or a repeat is refused, the error says the change may
 * have been applied. The emulator's `apply` fault rule lets the route run, then answers 502.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLAnswer } from '../helpers/server.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice', { clearLog: true });
let device: string;
let playlist: string;
let firstItem: string;

beforeAll(async () => {
  const devices = await t.emu.api('GET', '/v1/me/player/devices', { token: alice.token });
  device = (devices.json as { devices: { id: string }[] }).devices[0]!.id;
  const album = [...t.emu.state.catalog.albums.keys()][3]!;
  const play = await t.query(
    graphql(
      `mutation RepeatedWritesPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }`,
    ),
    { deviceId: device, contextUri: `spotify:album:${album}` },
    { token: alice.token },
  );
  expect(play.errors).toBeUndefined();
  const own = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
  playlist = own.id;
  firstItem = own.items[0]!.id;
});

const SET_VOLUME = graphql(
  `mutation RepeatedWritesSetVolume($volumePercent: Int!) { setVolume(volumePercent: $volumePercent) { ok } }`,
);

/** Each write, sent as alice. */
const writes: { name: string; route: string; send: () => Promise<GraphQLAnswer<unknown>> }[] = [
  {
    name: 'seek',
    route: 'PUT /v1/me/player/seek',
    send: () =>
      t.query(
        graphql(`mutation RepeatedWritesSeek($positionMs: Int!) { seek(positionMs: $positionMs) { ok } }`),
        { positionMs: 1000 },
        { token: alice.token },
      ),
  },
  {
    name: 'setVolume',
    route: 'PUT /v1/me/player/volume',
    send: () => t.query(SET_VOLUME, { volumePercent: 42 }, { token: alice.token }),
  },
  {
    name: 'transferPlayback',
    route: 'PUT /v1/me/player',
    send: () =>
      t.query(
        graphql(
          `mutation RepeatedWritesTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId) { ok } }`,
        ),
        { deviceId: device },
        { token: alice.token },
      ),
  },
  {
    name: 'updatePlaylist',
    route: 'PUT /v1/playlists/{playlist_id}',
    send: () =>
      t.query(
        graphql(
          `mutation RepeatedWritesUpdatePlaylist($playlistId: ID!) { updatePlaylist(playlistId: $playlistId, name: "Renamed") { playlist { id } } }`,
        ),
        { playlistId: playlist },
        { token: alice.token },
      ),
  },
  {
    name: 'followPlaylist',
    route: 'PUT /v1/playlists/{playlist_id}/followers',
    send: () => {
      const other = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId !== 'alice')!;
      return t.query(
        graphql(`mutation RepeatedWritesFollowPlaylist($id: ID!) { followPlaylist(id: $id) { me { id } } }`),
        { id: other.id },
        { token: alice.token },
      );
    },
  },
  {
    name: 'removePlaylistItems',
    route: 'DELETE /v1/playlists/{playlist_id}/items',
    send: () =>
      t.query(
        graphql(
          `mutation RepeatedWritesRemoveItems($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }`,
        ),
        { playlistId: playlist, uris: [`spotify:track:${firstItem}`] },
        { token: alice.token },
      ),
  },
];

describe('a write answered 2xx with a body that cannot be read', () => {
  it.each(writes)('$name is sent once (a 2xx proves it applied), never repeated', async ({ route, send }) => {
    await t.emu.control('DELETE', '/faults');
    await t.emu.control('DELETE', '/requests');
    await t.emu.control('POST', '/faults', {
      route,
      status: 200,
      apply: true,
      contentType: 'application/json',
      text: 'ok',
    });
    const answer = await send();
    expect((await t.calls())[route]).toBe(1);
    // A write whose answer has no body to read is fine; one whose body was needed says it may have applied.
    for (const error of answer.errors ?? []) expect(error.extensions?.mayHaveApplied).toBe(true);
  });
});

describe('an idempotent write applied, answered 502 and repeated until the retries ran out', () => {
  it.each(writes)('$name says mayHaveApplied', async ({ route, send }) => {
    await t.emu.control('POST', '/faults', { route, status: 502, apply: true });
    const answer = await send();
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'SPOTIFY_UNAVAILABLE',
      mayHaveApplied: true,
    });
    expect(answer.errors?.[0]?.message).toMatch(/may have been applied/);
    // It was repeated (idempotent), not sent once.
    expect((await t.calls())[route]).toBeGreaterThan(1);
  });

  it('saveToLibrary says mayHaveApplied, and the tracks are saved', async () => {
    const track = [...t.emu.state.catalog.tracks.keys()][4321]!;
    await t.emu.control('POST', '/faults', { status: 502, apply: true, route: 'PUT /v1/me/tracks' });
    await t.emu.control('POST', '/faults', { status: 502, apply: true, route: 'PUT /v1/me/library' });
    const answer = await t.query(
      graphql(`mutation RepeatedWritesSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }`),
      { uris: [`spotify:track:${track}`] },
      { token: alice.token },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'SPOTIFY_UNAVAILABLE',
      mayHaveApplied: true,
    });
    await t.emu.control('DELETE', '/faults');
    const saved = await t.emu.api('GET', `/v1/me/tracks/contains?ids=${track}`, { token: alice.token });
    expect(saved.json).toEqual([true]);
  });

  it('setVolume applied by a first attempt whose repeat is refused keeps the refusal and says mayHaveApplied', async () => {
    await t.emu.control('POST', '/faults', {
      route: 'PUT /v1/me/player/volume',
      status: 502,
      apply: true,
      times: 1,
    });
    await t.emu.control('POST', '/faults', { route: 'PUT /v1/me/player/volume', status: 404, times: 1 });
    const answer = await t.query(SET_VOLUME, { volumePercent: 17 }, { token: alice.token });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'SPOTIFY_NOT_FOUND', mayHaveApplied: true });
    expect(answer.errors?.[0]?.message).toMatch(/earlier attempt may have applied the change/);
  });

  it('a write refused at once (no earlier attempt) does not claim a change', async () => {
    await t.emu.control('POST', '/faults', { route: 'PUT /v1/me/player/volume', status: 404, times: 1 });
    const answer = await t.query(SET_VOLUME, { volumePercent: 18 }, { token: alice.token });
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_NOT_FOUND');
    expect(answer.errors?.[0]?.extensions?.mayHaveApplied).toBeUndefined();
  });

  it('a read that fails the same way does not claim a change', async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player/devices', status: 502 });
    const answer = await t.query(
      graphql(`query RepeatedWritesDevices { me { player { devices { id } } } }`),
      {},
      { token: alice.token },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect(answer.errors?.[0]?.extensions?.mayHaveApplied).toBeUndefined();
  });
});
