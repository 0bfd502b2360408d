import { expect, it, vi } from 'vitest';
import { albumWith } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { BAD_VALUE } from '../helpers/faults.js';
import { useTestServer } from '../helpers/server.js';
import {
  type Stream,
  sseSubscribe,
  stopStreamAfterEach,
  wsClient,
  wsSubscribe,
} from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * A player value Spotify sent of the wrong JSON type (`progress_ms: true`) is pushed to subscribers as
 * that field's null with its `badValue` error while its siblings answer, never coerced into a number
 * (`true` as 1 would read as a seek to 1 ms). The emulator's `set` fault edit makes the value wrong.
 */

const INTERVAL_MS = 100;
const STATE = graphql(
  `subscription WrongTypedPlayerValues { playbackState { isPlaying progressMs item { __typename } } }`,
);

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
});

type State = { playbackState: { isPlaying: boolean | null; progressMs: number | null } | null };
let stream: Stream<State> | undefined;

stopStreamAfterEach(t, () => stream);

/** alice plays an album on her laptop (through the emulator's API, as another client would). */
async function alicePlays(token: string): Promise<void> {
  const devices = (await t.emu.api('GET', '/v1/me/player/devices', { token })).json as {
    devices: { id: string; type: string }[];
  };
  const laptop = devices.devices.find((device) => device.type === 'Computer')!;
  const { album } = albumWith(t.emu, 3);
  const answer = await t.emu.api('PUT', '/v1/me/player/play', {
    token,
    query: { device_id: laptop.id },
    body: { context_uri: `spotify:album:${album.id}` },
  });
  expect(answer.status).toBe(204);
}

for (const transport of ['graphql-ws', 'SSE'] as const) {
  it(`pushes progress_ms: true as progressMs null with its error, never 1 (${transport})`, async () => {
    const token = await t.emu.token({ user: 'alice' });
    await alicePlays(token);
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player', set: { '/progress_ms': true } });
    stream =
      transport === 'SSE'
        ? sseSubscribe(t.url, STATE, token)
        : wsSubscribe(wsClient(t.url, `Bearer ${token}`), STATE);
    const first = await stream.nth(0);
    expect(first.data?.playbackState).toMatchObject({
      isPlaying: true,
      progressMs: null,
      item: { __typename: 'Track' },
    });
    expect(first.errors).toMatchObject([{ path: ['playbackState', 'progressMs'], extensions: BAD_VALUE }]);
    expect(stream.events.some((event) => event.data?.playbackState?.progressMs === 1)).toBe(false);
  });
}
