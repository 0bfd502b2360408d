import { beforeEach, describe, expect, it } from 'vitest';
import { QUEUE_CAP } from '../../src/emulator/player-state.js';
import { useTestEmulator } from '../helpers/emulator.js';
import { albumWith, deviceIds, otherTrack, type PlayerAnswer, player } from './player-fixtures.js';

const emu = useTestEmulator();
let token: string;
let alice: ReturnType<typeof player>;

beforeEach(async () => {
  await emu.reset();
  token = await emu.token({ user: 'alice' });
  alice = player(emu, token);
});

function expectError(answer: PlayerAnswer, status: number, reason?: string): void {
  expect(answer.status).toBe(status);
  const error = answer.body.error as { status: number; message: string; reason?: string };
  expect(error.status).toBe(status);
  expect(typeof error.message).toBe('string');
  if (reason === undefined) expect(error).not.toHaveProperty('reason');
  else expect(error.reason).toBe(reason);
}

/** Every player command, with parameters that would be valid for a premium user. */
function commands(p: ReturnType<typeof player>, trackUri: string, deviceId: string) {
  return [
    ['transfer', () => p.transfer(deviceId)],
    ['play', () => p.play({ uris: [trackUri] }, { device_id: deviceId })],
    ['pause', () => p.pause()],
    ['next', () => p.next()],
    ['previous', () => p.previous()],
    ['seek', () => p.seek(1000)],
    ['repeat', () => p.repeat('context')],
    ['volume', () => p.volume(50)],
    ['shuffle', () => p.shuffle(true)],
    ['queue', () => p.enqueue(trackUri)],
  ] as const;
}

describe('player errors: accounts and devices', () => {
  it('refuses every command to a free account with PREMIUM_REQUIRED', async () => {
    const bobToken = await emu.token({ user: 'bob' });
    const bob = player(emu, bobToken);
    const { album } = albumWith(emu, 1);
    const { computer } = await deviceIds(emu, bobToken);
    for (const [name, run] of commands(bob, `spotify:track:${album.trackIds[0]}`, computer)) {
      const answer = await run();
      expect(answer.status, name).toBe(403);
      expectError(answer, 403, 'PREMIUM_REQUIRED');
    }
  });

  it('lets a free account read its player', async () => {
    const bob = player(emu, await emu.token({ user: 'bob' }));
    expect((await bob.devices()).status).toBe(200);
    expect((await bob.state()).status).toBe(204);
    expect((await bob.recent()).status).toBe(200);
  });

  it('answers NO_ACTIVE_DEVICE to commands while no device is active', async () => {
    const { album } = albumWith(emu, 1);
    const trackUri = `spotify:track:${album.trackIds[0]}`;
    const checks: [string, () => Promise<PlayerAnswer>][] = [
      ['play', () => alice.play({ uris: [trackUri] })],
      ['resume', () => alice.play()],
      ['pause', () => alice.pause()],
      ['next', () => alice.next()],
      ['previous', () => alice.previous()],
      ['seek', () => alice.seek(1000)],
      ['repeat', () => alice.repeat('off')],
      ['volume', () => alice.volume(10)],
      ['shuffle', () => alice.shuffle(false)],
      ['queue', () => alice.enqueue(trackUri)],
    ];
    for (const [name, run] of checks) {
      const answer = await run();
      expect(answer.status, name).toBe(404);
      expectError(answer, 404, 'NO_ACTIVE_DEVICE');
    }
  });

  it('answers 404 Device not found for an unknown device', async () => {
    const { album } = albumWith(emu, 1);
    const unknown = 'f'.repeat(40);
    const play = await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: unknown });
    expectError(play, 404);
    expect((play.body.error as { message: string }).message).toBe('Device not found');
    expectError(await alice.transfer(unknown), 404);
    expect((await alice.state()).status).toBe(204);
  });

  it('refuses commands to a restricted device with DEVICE_NOT_CONTROLLABLE', async () => {
    const { restricted } = await deviceIds(emu, token);
    expectError(await alice.transfer(restricted), 403, 'DEVICE_NOT_CONTROLLABLE');
  });

  it('refuses a transfer to more than one device, or to none', async () => {
    const { computer, speaker } = await deviceIds(emu, token);
    expectError(await alice.call('PUT', '', {}, { device_ids: [computer, speaker] }), 400);
    expectError(await alice.call('PUT', '', {}, { device_ids: [] }), 400);
    expectError(await alice.call('PUT', '', {}, {}), 400);
    expect((await alice.devices()).body.devices).toSatisfy((ds: { is_active: boolean }[]) =>
      ds.every((d) => !d.is_active),
    );
  });

  it('needs user-modify-playback-state for commands and user-read-playback-state for the state', async () => {
    const readOnly = player(emu, await emu.token({ user: 'alice', scopes: ['user-read-playback-state'] }));
    expectError(await readOnly.pause(), 403);
    const modifyOnly = player(
      emu,
      await emu.token({ user: 'alice', scopes: ['user-modify-playback-state'] }),
    );
    expectError(await modifyOnly.state(), 403);
    expectError(await modifyOnly.recent(), 403);
  });

  it('refuses client-credentials tokens', async () => {
    const app = player(emu, await emu.token());
    expectError(await app.state(), 401);
    expectError(await app.pause(), 401);
  });
});

describe('player errors: parameters', () => {
  it('refuses a volume outside 0-100 or not a number, and keeps the old one', async () => {
    const { computer } = await deviceIds(emu, token);
    await alice.transfer(computer);
    for (const bad of [101, -1, 'loud', '50.5']) expectError(await alice.volume(bad), 400);
    expectError(await alice.call('PUT', '/volume'), 400);
    expect((await alice.volume(0)).status).toBe(204);
    expect((await alice.volume(100)).status).toBe(204);
    const devices = (await alice.devices()).body.devices as { id: string; volume_percent: number }[];
    expect(devices.find((d) => d.id === computer)?.volume_percent).toBe(100);
  });

  it('sets the volume of a named device, and refuses it where the device has no remote volume', async () => {
    const { computer, speaker, smartphone } = await deviceIds(emu, token);
    await alice.transfer(computer);
    expect((await alice.volume(12, speaker)).status).toBe(204);
    const devices = (await alice.devices()).body.devices as { id: string; volume_percent: number }[];
    expect(devices.find((d) => d.id === speaker)?.volume_percent).toBe(12);
    expectError(await alice.volume(12, smartphone), 403, 'VOLUME_CONTROL_DISALLOW');
  });

  it('refuses unknown repeat and shuffle states', async () => {
    const { computer } = await deviceIds(emu, token);
    await alice.transfer(computer);
    expectError(await alice.repeat('all'), 400);
    expectError(await alice.shuffle('yes'), 400);
    expectError(await alice.call('PUT', '/repeat'), 400);
  });

  it('refuses a seek without a valid position', async () => {
    const { album } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    expectError(await alice.call('PUT', '/seek'), 400);
    expectError(await alice.seek(-5), 400);
  });

  it('refuses malformed play bodies', async () => {
    const { album } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    const q = { device_id: computer };
    const track = `spotify:track:${album.trackIds[0]}`;
    expectError(await alice.play({ context_uri: `spotify:album:${album.id}`, uris: [track] }, q), 400);
    expectError(await alice.play({ context_uri: 'spotify:track:abc' }, q), 400);
    expectError(await alice.play({ uris: [] }, q), 400);
    expectError(await alice.play({ uris: ['spotify:album:nope'] }, q), 400);
    expectError(
      await alice.play({ context_uri: `spotify:album:${album.id}`, offset: { position: -1 } }, q),
      400,
    );
    expectError(
      await alice.play({ context_uri: `spotify:album:${album.id}`, offset: { position: 99 } }, q),
      400,
    );
    expectError(await alice.play({ context_uri: `spotify:album:${album.id}`, position_ms: -1 }, q), 400);
    expectError(await alice.call('PUT', '/play', q, '{not json'), 400);
  });

  it('answers 404 for a context or track that does not exist', async () => {
    const { computer } = await deviceIds(emu, token);
    const missing = '0000000000000000000000';
    expectError(await alice.play({ context_uri: `spotify:album:${missing}` }, { device_id: computer }), 404);
    expectError(await alice.play({ uris: [`spotify:track:${missing}`] }, { device_id: computer }), 404);
  });

  it('queues only tracks and episodes', async () => {
    const { album } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    expectError(await alice.enqueue(`spotify:album:${album.id}`), 400);
    expectError(await alice.call('POST', '/queue'), 400);
    const queue = await alice.queue();
    expect((queue.body.queue as { id: string }[])[0]?.id).toBe(album.trackIds[1]);
  });
});

describe('player errors: restrictions', () => {
  it('answers ALREADY_PAUSED to a pause while paused and NOT_PAUSED to a resume while playing', async () => {
    const { album } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    expectError(await alice.play(), 403, 'NOT_PAUSED');
    expect((await alice.pause()).status).toBe(204);
    expectError(await alice.pause(), 403, 'ALREADY_PAUSED');
  });

  it('answers NO_NEXT_TRACK at the end of a context without repeat, and skips to the start with repeat', async () => {
    const { album, tracks } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    const last = tracks.length - 1;
    await alice.play(
      { context_uri: `spotify:album:${album.id}`, offset: { position: last } },
      { device_id: computer },
    );
    expectError(await alice.next(), 403, 'NO_NEXT_TRACK');
    expect((await alice.state()).body.actions).toMatchObject({ skipping_next: true });
    await alice.repeat('context');
    expect((await alice.next()).status).toBe(204);
    expect(((await alice.state()).body.item as { id: string }).id).toBe(tracks[0]!.id);
  });

  it('answers NO_PREV_TRACK at the start of a context without repeat', async () => {
    const { album, tracks } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    expectError(await alice.previous(), 403, 'NO_PREV_TRACK');
    await alice.next();
    expect((await alice.previous()).status).toBe(204);
    expect(((await alice.state()).body.item as { id: string }).id).toBe(tracks[0]!.id);
  });

  it('answers NOT_PLAYING_TRACK to a seek or resume when nothing is loaded', async () => {
    const { computer } = await deviceIds(emu, token);
    await alice.transfer(computer);
    expectError(await alice.seek(1000), 403, 'NOT_PLAYING_TRACK');
    expectError(await alice.play(), 403, 'NOT_PLAYING_TRACK');
  });

  it('answers NO_ACTIVE_DEVICE to a command naming a device that is not the active one', async () => {
    const { album } = albumWith(emu, 2);
    const { computer, speaker } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    expectError(await alice.call('PUT', '/pause', { device_id: speaker }), 404, 'NO_ACTIVE_DEVICE');
    expect((await alice.call('PUT', '/pause', { device_id: computer })).status).toBe(204);
  });

  it('answers CONTEXT_DISALLOW for an empty playlist', async () => {
    const { computer } = await deviceIds(emu, token);
    const created = await emu.api('POST', '/v1/me/playlists', { token, body: { name: 'Empty' } });
    expect(created.status).toBe(201);
    const uri = (created.json as { uri: string }).uri;
    expectError(await alice.play({ context_uri: uri }, { device_id: computer }), 403, 'CONTEXT_DISALLOW');
  });

  it('keeps playing what it played when a command fails', async () => {
    const { album, tracks } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await alice.play({ uris: [`spotify:track:${otherTrack(emu, album).id}`], offset: { position: 3 } });
    const state = await alice.state();
    expect(state.body).toMatchObject({ is_playing: true, item: { id: tracks[0]!.id } });
  });
});

describe("player errors: the user's queue is bounded (v14 attack on issue 7, I3)", () => {
  it('refuses an item past QUEUE_CAP with the restriction, keeping the queue at the cap', async () => {
    const { album, tracks } = albumWith(emu, 1);
    const { computer } = await deviceIds(emu, token);
    await alice.transfer(computer);
    await alice.play({ uris: [`spotify:track:${tracks[0]!.id}`] });
    const uri = `spotify:track:${otherTrack(emu, album).id}`;
    // Filled through the state (QUEUE_CAP HTTP calls would take the rate limit), the last one over HTTP.
    const state = emu.state.player('alice');
    const item = { type: 'track' as const, id: otherTrack(emu, album).id };
    for (let i = 0; i < QUEUE_CAP - 1; i++) state.addToQueue(item);
    expect((await alice.enqueue(uri)).status).toBe(204);
    expectError(await alice.enqueue(uri), 403, 'UNKNOWN');
    expect(state.upcoming(QUEUE_CAP + 10).filter((queued) => queued.id === item.id)).toHaveLength(QUEUE_CAP);
  });
});
