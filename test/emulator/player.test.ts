import { beforeEach, describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec } from '../helpers/spec-shape.js';
import { albumWith, deviceIds, itemId, otherTrack, player, SLACK_MS } from './player-fixtures.js';

const emu = useTestEmulator();
let alice: ReturnType<typeof player>;
let token: string;

beforeEach(async () => {
  await emu.reset();
  token = await emu.token({ user: 'alice' });
  alice = player(emu, token);
});

describe('player: a whole listening session', () => {
  it('transfers, plays an album, moves on with the clock, queues, skips, seeks, pauses and resumes', async () => {
    const { album, tracks } = albumWith(emu, 3);
    const [first, second, third] = [tracks[0]!, tracks[1]!, tracks[2]!];
    const queued = otherTrack(emu, album);
    const { computer } = await deviceIds(emu, token);

    expect((await alice.state()).status).toBe(204);
    expect((await alice.transfer(computer)).status).toBe(204);
    const transferred = await alice.state();
    expect(transferred.status).toBe(200);
    expect(transferred.body.device).toMatchObject({ id: computer, is_active: true });
    expect(transferred.body.is_playing).toBe(false);
    expectMatchesSpec('get-information-about-the-users-current-playback', 200, transferred.json);

    expect((await alice.play({ context_uri: `spotify:album:${album.id}` })).status).toBe(204);
    const started = await alice.playing();
    expect(started.status).toBe(200);
    expect(itemId(started)).toBe(first.id);
    expect(started.body.is_playing).toBe(true);
    expect(started.body.context).toMatchObject({ type: 'album', uri: `spotify:album:${album.id}` });

    await emu.advanceClock(first.durationMs + 1_000);
    const moved = await alice.playing();
    expect(itemId(moved)).toBe(second.id);
    expect(moved.body.progress_ms).toBeGreaterThanOrEqual(1_000);
    expect(moved.body.progress_ms).toBeLessThan(1_000 + SLACK_MS);
    const recent = await alice.recent({ limit: 1 });
    expect(recent.body.items).toEqual([
      expect.objectContaining({
        track: expect.objectContaining({ id: first.id }),
        context: expect.objectContaining({ uri: `spotify:album:${album.id}` }),
      }),
    ]);

    expect((await alice.enqueue(`spotify:track:${queued.id}`)).status).toBe(204);
    const queue = await alice.queue();
    expect((queue.body.currently_playing as { id: string }).id).toBe(second.id);
    expect((queue.body.queue as { id: string }[]).slice(0, 2).map((t) => t.id)).toEqual([
      queued.id,
      third.id,
    ]);

    expect((await alice.next()).status).toBe(204);
    expect(itemId(await alice.playing())).toBe(queued.id);

    expect((await alice.seek(60_000)).status).toBe(204);
    const sought = await alice.playing();
    expect(sought.body.progress_ms).toBeGreaterThanOrEqual(60_000);
    expect(sought.body.progress_ms).toBeLessThan(60_000 + SLACK_MS);

    expect((await alice.pause()).status).toBe(204);
    const paused = await alice.state();
    expect(paused.body.is_playing).toBe(false);
    const pausedAt = paused.body.progress_ms as number;
    await emu.advanceClock(30_000);
    expect((await alice.state()).body.progress_ms).toBe(pausedAt);

    expect((await alice.play()).status).toBe(204);
    const resumed = await alice.state();
    expect(resumed.body.is_playing).toBe(true);
    expect(itemId(resumed)).toBe(queued.id);

    expect((await alice.repeat('track')).status).toBe(204);
    expect((await alice.shuffle(true)).status).toBe(204);
    const modes = await alice.state();
    expect(modes.body).toMatchObject({ repeat_state: 'track', shuffle_state: true });
    // Repeating the track: past its end it starts over.
    await emu.advanceClock(queued.durationMs);
    expect(itemId(await alice.state())).toBe(queued.id);
  });

  it('goes back to the context after a queued track ends', async () => {
    const { album, tracks } = albumWith(emu, 3);
    const queued = otherTrack(emu, album);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await alice.enqueue(`spotify:track:${queued.id}`);
    await emu.advanceClock(tracks[0]!.durationMs + queued.durationMs + 500);
    const now = await alice.playing();
    expect(itemId(now)).toBe(tracks[1]!.id);
    expect(now.body.context).toMatchObject({ uri: `spotify:album:${album.id}` });
  });
});

describe('player: reads', () => {
  it('lists the devices, none active at first', async () => {
    const answer = await alice.devices();
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-a-users-available-devices', 200, answer.json);
    const devices = answer.body.devices as { is_active: boolean; type: string }[];
    expect(devices.length).toBeGreaterThanOrEqual(2);
    expect(devices.map((d) => d.type)).toEqual(expect.arrayContaining(['Computer', 'Smartphone']));
    expect(devices.every((d) => !d.is_active)).toBe(true);
  });

  it('marks the device playback was transferred to as the active one', async () => {
    const { smartphone } = await deviceIds(emu, token);
    await alice.transfer(smartphone);
    const devices = (await alice.devices()).body.devices as { id: string; is_active: boolean }[];
    expect(devices.filter((d) => d.is_active).map((d) => d.id)).toEqual([smartphone]);
  });

  it('answers 204 for the playback state and the current track while nothing plays', async () => {
    const state = await alice.state();
    expect(state.status).toBe(204);
    expect(state.text).toBe('');
    expect((await alice.playing()).status).toBe(204);
  });

  it('describes the playback state as the spec documents it', async () => {
    const { album, tracks } = albumWith(emu, 2);
    const { speaker } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: speaker });
    const answer = await alice.state();
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-information-about-the-users-current-playback', 200, answer.json);
    expect(answer.body).toMatchObject({
      device: { id: speaker, is_active: true, type: 'Speaker' },
      repeat_state: 'off',
      shuffle_state: false,
      is_playing: true,
      currently_playing_type: 'track',
      item: { id: tracks[0]!.id, type: 'track' },
      context: { type: 'album', uri: `spotify:album:${album.id}` },
    });
    expect(answer.body.timestamp).toBeGreaterThan(0);
  });

  it('describes the currently playing track as the spec documents it', async () => {
    const { album } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    const answer = await alice.playing();
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-the-users-currently-playing-track', 200, answer.json);
    expect(answer.body).not.toHaveProperty('device');
  });

  it('lists the queue as the spec documents it: the user queue first, then the context', async () => {
    const { album, tracks } = albumWith(emu, 4);
    const queued = otherTrack(emu, album);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await alice.enqueue(`spotify:track:${queued.id}`);
    const answer = await alice.queue();
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-queue', 200, answer.json);
    expect((answer.body.queue as { id: string }[]).map((t) => t.id)).toEqual([
      queued.id,
      ...tracks.slice(1).map((t) => t.id),
    ]);
  });

  it('answers an empty queue while nothing plays', async () => {
    const answer = await alice.queue();
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-queue', 200, answer.json);
    expect(answer.body.queue).toEqual([]);
  });

  it('reflects the state in the actions: pausing disallowed while paused, resuming while playing', async () => {
    const { album } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    expect((await alice.state()).body.actions).toMatchObject({
      pausing: false,
      resuming: true,
      skipping_prev: true,
    });
    await alice.pause();
    expect((await alice.state()).body.actions).toMatchObject({ pausing: true, resuming: false });
    await alice.next();
    expect((await alice.state()).body.actions).toMatchObject({ skipping_prev: false });
  });
});

describe('player: commands answer 204 with no body', () => {
  it.each([
    ['pause-a-users-playback', 'PUT', '/pause', {}],
    ['skip-users-playback-to-next-track', 'POST', '/next', {}],
    ['skip-users-playback-to-previous-track', 'POST', '/previous', {}],
    ['seek-to-position-in-currently-playing-track', 'PUT', '/seek', { position_ms: 1000 }],
    ['set-repeat-mode-on-users-playback', 'PUT', '/repeat', { state: 'context' }],
    ['set-volume-for-users-playback', 'PUT', '/volume', { volume_percent: 55 }],
    ['toggle-shuffle-for-users-playback', 'PUT', '/shuffle', { state: 'true' }],
  ] as const)('%s', async (operationId, method, path, query) => {
    const { album } = albumWith(emu, 3);
    const { computer } = await deviceIds(emu, token);
    await alice.play(
      { context_uri: `spotify:album:${album.id}`, offset: { position: 1 } },
      { device_id: computer },
    );
    const answer = await alice.call(method, path, query);
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    expectMatchesSpec(operationId, 204, answer.json);
  });

  it('start-a-users-playback, transfer-a-users-playback and add-to-queue', async () => {
    const { album } = albumWith(emu, 3);
    const { computer, speaker } = await deviceIds(emu, token);
    const played = await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    expectMatchesSpec('start-a-users-playback', 204, played.json);
    const transferred = await alice.transfer(speaker);
    expectMatchesSpec('transfer-a-users-playback', 204, transferred.json);
    const queued = await alice.enqueue(`spotify:track:${otherTrack(emu, album).id}`);
    expectMatchesSpec('add-to-queue', 204, queued.json);
    expect([played.status, transferred.status, queued.status]).toEqual([204, 204, 204]);
  });
});

describe('player: app modes', () => {
  it('serves a Development Mode app the whole player', async () => {
    const devToken = await emu.token({ user: 'alice', app: 'development' });
    const dev = player(emu, devToken);
    const { album } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, devToken);
    expect(
      (await dev.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer })).status,
    ).toBe(204);
    expect((await dev.state()).status).toBe(200);
    expect((await dev.queue()).status).toBe(200);
    expect((await dev.recent()).status).toBe(200);
  });
});
