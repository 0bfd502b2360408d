/**
 * Idempotent writes (seek, volume, transfer, playlist details, library saves, follows, item removal)
 * are repeated after a 5xx, but an attempt Spotify applied and answered with an error leaves the
 * change in place: when the retries run out, or a repeat is refused, the error says the change may
 * have been applied. The emulator's `apply` fault rule lets the route run, then answers 502.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { q, useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;
let device: string;
let playlist: string;
let firstItem: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  const devices = await t.emu.api('GET', '/v1/me/player/devices', { token: alice });
  device = (devices.json as { devices: { id: string }[] }).devices[0]!.id;
  const album = [...t.emu.state.catalog.albums.keys()][3]!;
  const play = await t.query(
    `mutation { play(deviceId: ${q(device)}, contextUri: ${q(`spotify:album:${album}`)}) { ok } }`,
    {},
    { token: alice },
  );
  expect(play.errors).toBeUndefined();
  const own = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
  playlist = own.id;
  firstItem = own.items[0]!.id;
});

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
  await t.clearLog();
});

const writes: { name: string; route: string; document: () => string }[] = [
  {
    name: 'seek',
    route: 'PUT /v1/me/player/seek',
    document: () => 'mutation { seek(positionMs: 1000) { ok } }',
  },
  {
    name: 'setVolume',
    route: 'PUT /v1/me/player/volume',
    document: () => 'mutation { setVolume(volumePercent: 42) { ok } }',
  },
  {
    name: 'transferPlayback',
    route: 'PUT /v1/me/player',
    document: () => `mutation { transferPlayback(deviceId: ${q(device)}) { ok } }`,
  },
  {
    name: 'updatePlaylist',
    route: 'PUT /v1/playlists/{playlist_id}',
    document: () =>
      `mutation { updatePlaylist(playlistId: ${q(playlist)}, name: "Renamed") { playlist { id } } }`,
  },
  {
    name: 'followPlaylist',
    route: 'PUT /v1/playlists/{playlist_id}/followers',
    document: () => {
      const other = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId !== 'alice')!;
      return `mutation { followPlaylist(id: ${q(other.id)}) { me { id } } }`;
    },
  },
  {
    name: 'removePlaylistItems',
    route: 'DELETE /v1/playlists/{playlist_id}/items',
    document: () =>
      `mutation { removePlaylistItems(playlistId: ${q(playlist)}, uris: [${q(`spotify:track:${firstItem}`)}]) { snapshotId } }`,
  },
];

describe('an idempotent write applied, answered 502 and repeated until the retries ran out', () => {
  it.each(writes)('$name says mayHaveApplied', async ({ route, document }) => {
    await t.emu.control('POST', '/faults', { route, status: 502, apply: true });
    const answer = await t.query(document(), {}, { token: alice });
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
      `mutation { saveToLibrary(uris: [${q(`spotify:track:${track}`)}]) { uris } }`,
      {},
      { token: alice },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'SPOTIFY_UNAVAILABLE',
      mayHaveApplied: true,
    });
    await t.emu.control('DELETE', '/faults');
    const saved = await t.emu.api('GET', `/v1/me/tracks/contains?ids=${track}`, { token: alice });
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
    const answer = await t.query('mutation { setVolume(volumePercent: 17) { ok } }', {}, { token: alice });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'SPOTIFY_NOT_FOUND', mayHaveApplied: true });
    expect(answer.errors?.[0]?.message).toMatch(/earlier attempt may have applied the change/);
  });

  it('a write refused at once (no earlier attempt) does not claim a change', async () => {
    await t.emu.control('POST', '/faults', { route: 'PUT /v1/me/player/volume', status: 404, times: 1 });
    const answer = await t.query('mutation { setVolume(volumePercent: 18) { ok } }', {}, { token: alice });
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_NOT_FOUND');
    expect(answer.errors?.[0]?.extensions?.mayHaveApplied).toBeUndefined();
  });

  it('a read that fails the same way does not claim a change', async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player/devices', status: 502 });
    const answer = await t.query('{ me { player { devices { id } } } }', {}, { token: alice });
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect(answer.errors?.[0]?.extensions?.mayHaveApplied).toBeUndefined();
  });
});
