import { expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
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
 * v6 F11: a failed poll re-sends the last value marked `stale`; the re-sent value is the same value,
 * so it carries the same errors (a device entry Spotify sent that is no device stays null with its
 * reason, not a bare null).
 */

const INTERVAL_MS = 100;
const DEVICES = graphql(`subscription StaleErrorsDevices { devices { name volumePercent } }`);

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
});

let stream: Stream<{ devices: ({ name: string | null } | null)[] }> | undefined;

stopStreamAfterEach(t, () => stream);

for (const transport of ['graphql-ws', 'SSE'] as const) {
  it(`re-sends a stale value with the errors it had (${transport})`, async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player/devices', set: { '/devices/1': 7 } });
    stream =
      transport === 'SSE'
        ? sseSubscribe(t.url, DEVICES, token)
        : wsSubscribe(wsClient(t.url, `Bearer ${token}`), DEVICES);
    const bad = await stream.until((events) => events.some((event) => event.data?.devices?.[1] === null));
    const withError = bad.find((event) => event.data?.devices?.[1] === null)!;
    expect(withError.errors).toMatchObject([
      { path: ['devices', 1], extensions: { code: 'SPOTIFY_UNAVAILABLE', badValue: true } },
    ]);
    // The next poll fails (Spotify's answer has no device list): the last value again, marked stale.
    // Switched at once, in-process: no clean poll may come between the two rules.
    const { faults } = t.emu.running.emulator;
    faults.clear();
    faults.add({ route: 'GET /v1/me/player/devices', set: { '/devices': 'x' } });
    const events = await stream.until((all) => all.some((event) => event.extensions?.stale !== undefined));
    const stale = events.find((event) => event.extensions?.stale !== undefined)!;
    expect(stale.data).toEqual(withError.data);
    expect(stale.errors).toEqual(withError.errors);
  });
}
