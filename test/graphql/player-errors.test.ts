import { beforeEach, describe, expect, it } from 'vitest';
import { albumWith } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { type GraphQLAnswer, useTestServer } from '../helpers/server.js';

/** How the player fails: typed errors from Spotify, and input refused before any Spotify call. */

const t = useTestServer();
let alice: string;

const errorOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0];

const PLAY =
  graphql(`mutation GraphqlPlayerErrorsPlay($contextUri: ID, $uris: [ID!], $offsetPosition: Int, $offsetUri: ID, $positionMs: Int) {
  play(contextUri: $contextUri, uris: $uris, offsetPosition: $offsetPosition, offsetUri: $offsetUri, positionMs: $positionMs) { ok }
}`);
const SET_VOLUME = graphql(
  `mutation GraphqlPlayerErrorsSetVolume($volumePercent: Int!, $deviceId: String) { setVolume(volumePercent: $volumePercent, deviceId: $deviceId) { ok } }`,
);
const TRANSFER = graphql(
  `mutation GraphqlPlayerErrorsTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId) { ok } }`,
);

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
    const answer = await t.query(PLAY, { contextUri: `spotify:album:${album.id}` }, { token: bob });
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
    const answer = await t.query(SET_VOLUME, { volumePercent: 50, deviceId: phone }, { token: alice });
    expect(errorOf(answer)?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      spotify: { status: 403, reason: 'VOLUME_CONTROL_DISALLOW' },
    });
  });

  it('answers FORBIDDEN when playback is moved to a restricted device', async () => {
    const tv = await deviceOf('TV', true);
    const answer = await t.query(TRANSFER, { deviceId: tv }, { token: alice });
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
    const answer = await t.query(TRANSFER, { deviceId: '0'.repeat(40) }, { token: alice });
    expect(errorOf(answer)?.extensions).toMatchObject({
      code: 'SPOTIFY_NOT_FOUND',
      spotify: { status: 404 },
    });
  });
});

describe('contextUri refusals say what is wrong', () => {
  it('a malformed id of a known type is refused as a malformed id, Liked Songs as not startable', async () => {
    const malformed = await t.query(PLAY, { contextUri: 'spotify:album:nope' }, { token: alice });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'contextUri',
    });
    expect(malformed.errors?.[0]?.message).toBe(
      'contextUri has a malformed album id: a Spotify album id is 22 base62 characters, got "spotify:album:nope"',
    );
    const liked = await t.query(PLAY, { contextUri: 'spotify:user:alice:collection' }, { token: alice });
    expect(liked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'contextUri' });
    expect(liked.errors?.[0]?.message).toContain("cannot start a user's Liked Songs");
  });
});

describe('input refused before any Spotify call', () => {
  const album = 'spotify:album:4aawyAB9vmqN3uQ7FjRGTy';
  const track = 'spotify:track:11dFghVXANMlKmJXsNCbNl';
  /** The options of a request as alice (her token is issued before each test). */
  const asAlice = () => ({ token: alice });
  const cases: [string, () => Promise<GraphQLAnswer<unknown>>, string][] = [
    ['a track URI as contextUri', () => t.query(PLAY, { contextUri: track }, asAlice()), 'contextUri'],
    [
      'a malformed contextUri',
      () => t.query(PLAY, { contextUri: 'spotify:album:nope' }, asAlice()),
      'contextUri',
    ],
    [
      'both contextUri and uris',
      () => t.query(PLAY, { contextUri: album, uris: [track] }, asAlice()),
      'contextUri',
    ],
    ['neither contextUri nor uris', () => t.query(PLAY, { positionMs: 0 }, asAlice()), 'contextUri'],
    ['an empty uris list', () => t.query(PLAY, { uris: [] }, asAlice()), 'uris'],
    ['an album URI among uris', () => t.query(PLAY, { uris: [track, album] }, asAlice()), 'uris[1]'],
    [
      'both offsetPosition and offsetUri',
      () => t.query(PLAY, { contextUri: album, offsetPosition: 1, offsetUri: track }, asAlice()),
      'offsetPosition',
    ],
    [
      'an offset with an artist context',
      () =>
        t.query(PLAY, { contextUri: 'spotify:artist:0TnOYISbd1XYRBk9myaseg', offsetPosition: 1 }, asAlice()),
      'offsetPosition',
    ],
    [
      'an offsetPosition past the end of uris',
      () => t.query(PLAY, { uris: [track], offsetPosition: 1 }, asAlice()),
      'offsetPosition',
    ],
    [
      'an offsetUri not among uris',
      () => t.query(PLAY, { uris: [track], offsetUri: 'spotify:track:0000000000000000000000' }, asAlice()),
      'offsetUri',
    ],
    [
      'a negative positionMs',
      () => t.query(PLAY, { contextUri: album, positionMs: -1 }, asAlice()),
      'positionMs',
    ],
    [
      'a negative seek',
      () =>
        t.query(
          graphql(
            `mutation GraphqlPlayerErrorsSeek($positionMs: Int!) { seek(positionMs: $positionMs) { ok } }`,
          ),
          { positionMs: -5 },
          asAlice(),
        ),
      'positionMs',
    ],
    ['volume 101', () => t.query(SET_VOLUME, { volumePercent: 101 }, asAlice()), 'volumePercent'],
    ['volume -1', () => t.query(SET_VOLUME, { volumePercent: -1 }, asAlice()), 'volumePercent'],
    [
      'an album URI to queue',
      () =>
        t.query(
          graphql(`mutation GraphqlPlayerErrorsQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }`),
          {
            uri: album,
          },
          asAlice(),
        ),
      'uri',
    ],
    [
      'a device id with spaces',
      () =>
        t.query(
          graphql(
            `mutation GraphqlPlayerErrorsPauseOn($deviceId: String) { pause(deviceId: $deviceId) { ok } }`,
          ),
          { deviceId: 'my laptop' },
          asAlice(),
        ),
      'deviceId',
    ],
    ['an empty device id to transfer to', () => t.query(TRANSFER, { deviceId: '' }, asAlice()), 'deviceId'],
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

  it.each(cases)('refuses %s with BAD_USER_INPUT naming the argument', async (_name, send, argument) => {
    await t.clearLog();
    const answer = await send();
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
