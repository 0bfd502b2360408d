import { expect, it, vi } from 'vitest';
import { albumWith } from '../emulator/player-fixtures.js';
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
 * so it carries the same errors (a queue entry of a type this API does not model stays null with its
 * SPOTIFY_UNSUPPORTED_ITEM reason, not a bare null). An entry of the wrong JSON type is no longer such
 * a value: it fails the poll (wrong-typed-player-values.test.ts).
 */

const INTERVAL_MS = 100;
const QUEUE = graphql(`subscription StaleErrorsQueue { queue { items { __typename } } }`);

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
});

let stream: Stream<{ queue: { items: ({ __typename: string } | null)[] | null } | null }> | undefined;

stopStreamAfterEach(t, () => stream);

for (const transport of ['graphql-ws', 'SSE'] as const) {
  it(`re-sends a stale value with the errors it had (${transport})`, async () => {
    const token = await t.emu.token({ user: 'alice' });
    const { album } = albumWith(t.emu, 3);
    const devices = (await t.emu.api('GET', '/v1/me/player/devices', { token })).json as {
      devices: { id: string; type: string }[];
    };
    const laptop = devices.devices.find((device) => device.type === 'Computer')!;
    const play = {
      token,
      query: { device_id: laptop.id },
      body: { context_uri: `spotify:album:${album.id}` },
    };
    expect((await t.emu.api('PUT', '/v1/me/player/play', play)).status).toBe(204);
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/player/queue',
      set: { '/queue/1/type': 'show' },
    });
    stream =
      transport === 'SSE'
        ? sseSubscribe(t.url, QUEUE, token)
        : wsSubscribe(wsClient(t.url, `Bearer ${token}`), QUEUE);
    const bad = await stream.until((events) =>
      events.some((event) => event.data?.queue?.items?.[1] === null),
    );
    const withError = bad.find((event) => event.data?.queue?.items?.[1] === null)!;
    expect(withError.errors).toMatchObject([
      { path: ['queue', 'items', 1], extensions: { code: 'SPOTIFY_UNSUPPORTED_ITEM' } },
    ]);
    // The next poll fails (Spotify's answer has no queue list): the last value again, marked stale.
    // Switched at once, in-process: no clean poll may come between the two rules.
    const { faults } = t.emu.running.emulator;
    faults.clear();
    faults.add({ route: 'GET /v1/me/player/queue', set: { '/queue': 'x' } });
    const events = await stream.until((all) => all.some((event) => event.extensions?.stale !== undefined));
    const stale = events.find((event) => event.extensions?.stale !== undefined)!;
    expect(stale.data).toEqual(withError.data);
    expect(stale.errors).toEqual(withError.errors);
  });
}
