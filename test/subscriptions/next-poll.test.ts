import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { albumWith, deviceIds, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { type Stream, sseSubscribe, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Each test waits for events with generous deadlines (a loaded CI machine must not fail them).
vi.setConfig({ testTimeout: 60_000 });

/**
 * A change another client makes through the emulator's player (a skip, a pause, a seek) reaches the
 * subscriber within one interval: the first poll after the change carries it. Shown without timing,
 * from the emulator's request log: when the event arrives, exactly one state poll has been answered
 * since the command. The interval is long, so that the poll after that one cannot have gone out yet
 * (nothing else asserts on time here).
 */

const INTERVAL_MS = 1_500;
const STATE_POLL = 'GET /v1/me/player';
const t = useTestServer({
  listen: true,
  // A generous seek drift keeps a loaded machine's latency from passing for a seek.
  config: {
    playerPollIntervalMs: INTERVAL_MS,
    playerIdlePollIntervalMs: INTERVAL_MS,
    playerSeekDriftMs: 5_000,
  },
});

const QUERY = graphql(
  `subscription NextPollPlaybackState { playbackState { isPlaying progressMs item { ... on Track { spotifyId } } } }`,
);

let alice: string;
const open: Stream<never>[] = [];

beforeEach(async () => {
  await t.emu.reset();
  alice = await t.emu.token({ user: 'alice' });
});

afterEach(async () => {
  for (const stream of open.splice(0)) stream.stop();
  await waitFor(
    () => t.server.playerPollers.subscribers === 0,
    () => `${t.server.playerPollers.subscribers} subscribers left`,
  );
});

/** The state polls the emulator answered after the last `command` (e.g. `POST /v1/me/player/next`). */
async function statePollsSince(command: string): Promise<number> {
  const log = (await t.emu.control('GET', '/requests')).json as {
    entries: { method: string; route: string }[];
  };
  const entries = log.entries.map((entry) => `${entry.method} ${entry.route}`);
  const at = entries.lastIndexOf(command);
  expect(at).toBeGreaterThanOrEqual(0);
  return entries.slice(at + 1).filter((entry) => entry === STATE_POLL).length;
}

const transports = {
  'graphql-ws': () => wsSubscribe(wsClient(t.url, `Bearer ${alice}`), QUERY),
  SSE: () => sseSubscribe(t.url, QUERY, alice),
};

describe.each(Object.entries(transports))('over %s', (_name, subscribe) => {
  it('carries a skip, a pause and a seek made through the emulator with the first poll after each', async () => {
    const { album, tracks } = albumWith(t.emu, 3);
    const devices = await deviceIds(t.emu, alice);
    const control = player(t.emu, alice);
    const started = await control.play(
      { context_uri: `spotify:album:${album.id}` },
      { device_id: devices.computer },
    );
    expect(started.status).toBe(204);
    const stream = subscribe();
    open.push(stream as Stream<never>);
    expect((await stream.nth(0)).data?.playbackState?.item?.spotifyId).toBe(tracks[0]!.id);

    expect((await control.next()).status).toBe(204);
    expect((await stream.nth(1)).data?.playbackState?.item?.spotifyId).toBe(tracks[1]!.id);
    expect(await statePollsSince('POST /v1/me/player/next')).toBe(1);

    expect((await control.pause()).status).toBe(204);
    expect((await stream.nth(2)).data?.playbackState?.isPlaying).toBe(false);
    expect(await statePollsSince('PUT /v1/me/player/pause')).toBe(1);

    expect((await control.seek(60_000)).status).toBe(204);
    expect((await stream.nth(3)).data?.playbackState?.progressMs).toBe(60_000);
    expect(await statePollsSince('PUT /v1/me/player/seek')).toBe(1);
    expect(stream.events.every((event) => event.errors === undefined)).toBe(true);
  });
});
