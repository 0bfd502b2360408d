/**
 * A device active with nothing current (`transferPlayback(play: false)` on an idle player): Spotify's
 * currently-playing route answers 204, and the query's `currentlyPlaying` is null; the
 * `currentlyPlaying` subscription, cut from the same playback state, answers null too, not an UNKNOWN
 * paused object (v17 attack G6). The `playbackState` subscription answers the state as the query does.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { deviceIds } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { sseSubscribe } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

const t = useTestServer({
  mode: 'extended',
  listen: true,
  config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 100 },
});
let carol: string;

beforeAll(async () => {
  carol = await t.emu.token({ user: 'carol' });
  const devices = await deviceIds(t.emu, carol);
  const transfer = await t.emu.api('PUT', '/v1/me/player', {
    token: carol,
    body: { device_ids: [devices.computer], play: false },
  });
  expect(transfer.status).toBeLessThan(300);
  const route = await t.emu.api('GET', '/v1/me/player/currently-playing', { token: carol });
  expect(route.status).toBe(204);
});

describe('a device active with nothing current', () => {
  it('the currentlyPlaying subscription answers null, as the query does', async () => {
    const query = await t.query(
      graphql(`query CurrentlyPlayingNothingQuery { me { player {
        state { isPlaying currentlyPlayingType }
        currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }`),
      {},
      { token: carol },
    );
    expect(query.errors).toBeUndefined();
    expect(query.data?.me?.player?.currentlyPlaying).toBeNull();
    expect(query.data?.me?.player?.state).toEqual({ isPlaying: false, currentlyPlayingType: 'UNKNOWN' });

    const playing = sseSubscribe(
      t.url,
      graphql(`subscription CurrentlyPlayingNothingPlaying {
        currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } }`),
      carol,
    );
    const state = sseSubscribe(
      t.url,
      graphql(
        `subscription CurrentlyPlayingNothingState { playbackState { isPlaying currentlyPlayingType } }`,
      ),
      carol,
    );
    try {
      const [first] = await playing.until((events) => events.length > 0);
      // Old code: { currentlyPlayingType: 'UNKNOWN', isPlaying: false, item: null }.
      expect(first).toEqual({ data: { currentlyPlaying: null } });
      const [stateFirst] = await state.until((events) => events.length > 0);
      expect(stateFirst).toEqual({
        data: { playbackState: { isPlaying: false, currentlyPlayingType: 'UNKNOWN' } },
      });
    } finally {
      playing.stop();
      state.stop();
    }
  });
});
