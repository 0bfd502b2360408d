import { describe, expect, it } from 'vitest';
import { albumWith } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/** Development Mode apps kept the whole player: the same commands and reads work, one call each. */

const t = useTestServer({ mode: 'development' });

describe('the player in Development Mode', () => {
  it('plays an album on a device and reads the state back with one call per command and read', async () => {
    const alice = await t.emu.token({ user: 'alice', app: 'development' });
    const { album, tracks } = albumWith(t.emu, 2);
    const devices = await t.query(
      graphql(`query PlayerDevelopmentMe { me { player { devices { id type } } } }`),
      {},
      { token: alice },
    );
    const computer = devices.data?.me?.player.devices?.find((d) => d?.type === 'Computer')?.id ?? '';
    await t.clearLog();

    const answer = await t.query(
      graphql(`mutation PlayerDevelopmentPlay($contextUri: ID, $deviceId: String) {
        play(contextUri: $contextUri, deviceId: $deviceId) { state { isPlaying item { ... on Track { spotifyId } } } }
      }`),
      { contextUri: `spotify:album:${album.id}`, deviceId: computer },
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.play?.state).toEqual({ isPlaying: true, item: { spotifyId: tracks[0]!.id } });
    expect(await t.calls()).toEqual({ 'PUT /v1/me/player/play': 1, 'GET /v1/me/player': 1 });
  });
});
