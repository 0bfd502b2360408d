import { beforeEach, describe, expect, it } from 'vitest';
import { albumWith } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { type GraphQLAnswer, q, useTestServer } from '../helpers/server.js';

/** How the player fails: typed errors from Spotify, and input refused before any Spotify call. */

const t = useTestServer();
let alice: string;

const errorOf = (answer: GraphQLAnswer) => answer.errors?.[0];

/** The ids of alice's devices by type, read straight from the emulator. */
async function deviceOf(type: string, restricted = false): Promise<string> {
  const answer = await t.emu.api('GET', '/v1/me/player/devices', { token: alice });
  const { devices } = answer.json as { devices: { id: string; type: string; is_restricted: boolean }[] };
  return devices.find((d) => d.type === type && d.is_restricted === restricted)!.id;
}

beforeEach(async () => {
  await t.emu.reset();
  alice = await t.emu.token({ user: 'alice' });
});

describe('Spotify player errors', () => {
  it('answers NO_ACTIVE_DEVICE with the Spotify status and reason when no device is active', async () => {
    const answer = await t.query(
      graphql(`mutation GraphqlPlayerErrorsPause { pause { ok } }`),
      {},
      { token: alice },
    );
    // Mutation payloads are nullable: the failed command is null, not the whole answer.
    expect(answer.data).toEqual({ pause: null });
    expect(errorOf(answer)).toMatchObject({
      path: ['pause'],
      extensions: { code: 'NO_ACTIVE_DEVICE', spotify: { status: 404, reason: 'NO_ACTIVE_DEVICE' } },
    });
  });

  it('answers PREMIUM_REQUIRED to a command from a free account', async () => {
    const bob = await t.emu.token({ user: 'bob' });
    const { album } = albumWith(t.emu, 2);
    const answer = await t.query(
      `mutation { play(contextUri: ${q(`spotify:album:${album.id}`)}) { ok } }`,
      {},
      { token: bob },
    );
    expect(errorOf(answer)?.extensions).toMatchObject({
      code: 'PREMIUM_REQUIRED',
      spotify: { status: 403, reason: 'PREMIUM_REQUIRED' },
    });
  });

  it('lets a free account read its player', async () => {
    const bob = await t.emu.token({ user: 'bob' });
    const answer = await t.query(
      graphql(`query GraphqlPlayerErrorsMe { me { player { state { isPlaying } devices { id } } } }`),
      {},
      { token: bob },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player).toEqual({ state: null, devices: expect.any(Array) });
    expect(answer.data?.me?.player.devices).toHaveLength(4);
  });

  it('answers FORBIDDEN with the reason when the device takes no volume commands', async () => {
    const phone = await deviceOf('Smartphone');
    const answer = await t.query(
      `mutation { setVolume(volumePercent: 50, deviceId: ${q(phone)}) { ok } }`,
      {},
      { token: alice },
    );
    expect(errorOf(answer)?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      spotify: { status: 403, reason: 'VOLUME_CONTROL_DISALLOW' },
    });
  });

  it('answers FORBIDDEN when playback is moved to a restricted device', async () => {
    const tv = await deviceOf('TV', true);
    const answer = await t.query(
      `mutation { transferPlayback(deviceId: ${q(tv)}) { ok } }`,
      {},
      { token: alice },
    );
    expect(errorOf(answer)?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      spotify: { status: 403, reason: 'DEVICE_NOT_CONTROLLABLE' },
    });
  });

  it('answers FORBIDDEN when the token may read the player but not control it', async () => {
    const reader = await t.emu.token({ user: 'alice', scopes: ['user-read-playback-state'] });
    const answer = await t.query(
      graphql(`mutation GraphqlPlayerErrorsPause { pause { ok } }`),
      {},
      { token: reader },
    );
    expect(errorOf(answer)?.extensions).toMatchObject({ code: 'FORBIDDEN', spotify: { status: 403 } });
  });

  it('answers SPOTIFY_NOT_FOUND for a device the user does not have', async () => {
    const answer = await t.query(
      `mutation { transferPlayback(deviceId: ${q('0'.repeat(40))}) { ok } }`,
      {},
      { token: alice },
    );
    expect(errorOf(answer)?.extensions).toMatchObject({
      code: 'SPOTIFY_NOT_FOUND',
      spotify: { status: 404 },
    });
  });
});

describe('input refused before any Spotify call', () => {
  const album = 'spotify:album:4aawyAB9vmqN3uQ7FjRGTy';
  const track = 'spotify:track:11dFghVXANMlKmJXsNCbNl';
  const cases: [string, string, string][] = [
    ['a track URI as contextUri', `play(contextUri: ${q(track)})`, 'contextUri'],
    ['a malformed contextUri', 'play(contextUri: "spotify:album:nope")', 'contextUri'],
    ['both contextUri and uris', `play(contextUri: ${q(album)}, uris: [${q(track)}])`, 'contextUri'],
    ['neither contextUri nor uris', 'play(positionMs: 0)', 'contextUri'],
    ['an empty uris list', 'play(uris: [])', 'uris'],
    ['an album URI among uris', `play(uris: [${q(track)}, ${q(album)}])`, 'uris[1]'],
    [
      'both offsetPosition and offsetUri',
      `play(contextUri: ${q(album)}, offsetPosition: 1, offsetUri: ${q(track)})`,
      'offsetPosition',
    ],
    [
      'an offset with an artist context',
      'play(contextUri: "spotify:artist:0TnOYISbd1XYRBk9myaseg", offsetPosition: 1)',
      'offsetPosition',
    ],
    [
      'an offsetPosition past the end of uris',
      `play(uris: [${q(track)}], offsetPosition: 1)`,
      'offsetPosition',
    ],
    [
      'an offsetUri not among uris',
      `play(uris: [${q(track)}], offsetUri: "spotify:track:0000000000000000000000")`,
      'offsetUri',
    ],
    ['a negative positionMs', `play(contextUri: ${q(album)}, positionMs: -1)`, 'positionMs'],
    ['a negative seek', 'seek(positionMs: -5)', 'positionMs'],
    ['volume 101', 'setVolume(volumePercent: 101)', 'volumePercent'],
    ['volume -1', 'setVolume(volumePercent: -1)', 'volumePercent'],
    ['an album URI to queue', `addToQueue(uri: ${q(album)})`, 'uri'],
    ['a device id with spaces', 'pause(deviceId: "my laptop")', 'deviceId'],
    ['an empty device id to transfer to', 'transferPlayback(deviceId: "")', 'deviceId'],
  ];

  it('refuses a malformed market on the state read', async () => {
    await t.clearLog();
    const answer = await t.query(
      graphql(`query GraphqlPlayerErrorsMe2 { me { player { state(market: "sweden") { isPlaying } } } }`),
      {},
      { token: alice },
    );
    expect(errorOf(answer)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'market' });
    expect(await t.calls()).not.toHaveProperty(['GET /v1/me/player']);
  });

  it.each(cases)('refuses %s with BAD_USER_INPUT naming the argument', async (_name, field, argument) => {
    await t.clearLog();
    const answer = await t.query(`mutation { ${field} { ok } }`, {}, { token: alice });
    expect(errorOf(answer)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await t.calls()).toEqual({});
  });
});

describe('without a user token', () => {
  it('refuses a player command with UNAUTHENTICATED and calls nobody', async () => {
    await t.clearLog();
    const answer = await t.query(graphql(`mutation GraphqlPlayerErrorsPause { pause { ok } }`));
    expect(errorOf(answer)?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.calls()).toEqual({});
  });

  it('refuses to read the player with UNAUTHENTICATED', async () => {
    await t.clearLog();
    const answer = await t.query(
      graphql(`query GraphqlPlayerErrorsMe3 { me { player { state { isPlaying } } } }`),
    );
    expect(errorOf(answer)?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.calls()).toEqual({});
  });
});
