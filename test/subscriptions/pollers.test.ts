import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { albumWith, deviceIds, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Each test waits for events with generous deadlines (a loaded CI machine must not fail them).
vi.setConfig({ testTimeout: 60_000 });

/**
 * The pollers behind the subscriptions, seen from the emulator's request log: one poll per user and
 * interval whatever the number of subscribers; started by the first subscriber, stopped after the last.
 *
 * Counts are upper bounds from the time that really passed (measured around the log reads): a loaded
 * machine only ever makes fewer polls, never more, so the bounds cannot fail spuriously.
 */

const INTERVAL_MS = 200;
const STATE = graphql(
  `subscription PollersPlaybackState { playbackState { isPlaying progressMs shuffleState } }`,
);
const PLAYING = graphql(`subscription PollersCurrentlyPlaying { currentlyPlaying { isPlaying progressMs } }`);

const open: Stream<unknown>[] = [];
function subscribe<T>(
  client: ReturnType<typeof wsClient>,
  query: GraphQLDocument<T, Record<string, never>>,
): Stream<T> {
  const stream = wsSubscribe(client, query);
  open.push(stream);
  return stream;
}

async function stopAll(t: TestServer): Promise<void> {
  for (const stream of open.splice(0)) stream.stop();
  await waitFor(
    () => t.server.playerPollers.subscribers === 0,
    () => `${t.server.playerPollers.subscribers} subscribers left`,
  );
}

/** Starts an album on the user's laptop from its first track, as another client would. */
async function startAlbum(t: TestServer, token: string): Promise<void> {
  const { album } = albumWith(t.emu, 3);
  const devices = await deviceIds(t.emu, token);
  const answer = await player(t.emu, token).play(
    { context_uri: `spotify:album:${album.id}` },
    { device_id: devices.computer },
  );
  expect(answer.status).toBe(204);
}

const statePolls = async (t: TestServer): Promise<number> => (await t.calls())['GET /v1/me/player'] ?? 0;

/**
 * Counts the state polls over a window in which at least `atLeast` happened; answers the count and
 * the most the pollers may have made in that time (`pollers` of them).
 */
async function pollWindow(t: TestServer, atLeast: number, pollers: number) {
  const started = Date.now();
  await t.clearLog();
  await waitFor(
    async () => (await statePolls(t)) >= atLeast,
    () => `${atLeast} polls`,
  );
  const polls = await statePolls(t);
  const elapsed = Date.now() - started;
  // Each poller waits an interval after each poll; one poll may have been on its way at the start.
  return { polls, most: pollers * (Math.floor(elapsed / INTERVAL_MS) + 2) };
}

describe('with a short interval', () => {
  const t = useTestServer({
    listen: true,
    config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
  });
  let alice: string;
  let carol: string;

  beforeEach(async () => {
    await t.emu.reset();
    alice = await t.emu.token({ user: 'alice' });
    carol = await t.emu.token({ user: 'carol' });
  });
  afterEach(() => stopAll(t));

  it('makes one poll per interval for 100 subscribers of one user', async () => {
    await startAlbum(t, alice);
    await t.clearLog();
    const clients = [0, 1, 2, 3].map(() => wsClient(t.url, `Bearer ${alice}`));
    const streams = Array.from({ length: 100 }, (_, i) =>
      i % 2 === 0
        ? subscribe(clients[i % clients.length]!, STATE)
        : subscribe(clients[i % clients.length]!, PLAYING),
    );
    await waitFor(
      () => streams.every((stream) => stream.events.length > 0),
      () => `${streams.filter((s) => s.events.length > 0).length} of 100 have their first event`,
    );
    expect(streams.every((stream) => stream.events[0]?.errors === undefined)).toBe(true);
    // One profile lookup for the token, one poller for the playback state (both fields read it).
    expect((await t.calls())['GET /v1/me']).toBe(1);
    expect(t.server.playerPollers.pollerCount).toBe(1);

    const { polls, most } = await pollWindow(t, 8, 1);
    expect(polls).toBeLessThanOrEqual(most);
    expect((await t.calls())['GET /v1/me/player/currently-playing']).toBeUndefined();
  });

  it('runs one poller per user: two users, two pollers, each stream its own user', async () => {
    await startAlbum(t, alice);
    const aliceStream = subscribe(wsClient(t.url, `Bearer ${alice}`), STATE);
    const carolStream = subscribe(wsClient(t.url, `Bearer ${carol}`), STATE);
    expect((await aliceStream.nth(0)).data).toMatchObject({ playbackState: { isPlaying: true } });
    expect((await carolStream.nth(0)).data).toEqual({ playbackState: null });
    expect(t.server.playerPollers.pollerCount).toBe(2);

    await startAlbum(t, carol);
    expect((await carolStream.nth(1)).data).toMatchObject({ playbackState: { isPlaying: true } });
    const { polls, most } = await pollWindow(t, 8, 2);
    expect(polls).toBeLessThanOrEqual(most);
    // Carol's change never reached alice's stream.
    expect(aliceStream.events).toHaveLength(1);
  });

  it('stops polling after the last subscriber leaves', async () => {
    const client = wsClient(t.url, `Bearer ${alice}`);
    const streams = [subscribe(client, STATE), subscribe(client, PLAYING), subscribe(client, STATE)];
    await waitFor(
      () => streams.every((stream) => stream.events.length > 0),
      () => 'first events',
    );
    await stopAll(t);
    await waitFor(
      () => t.server.playerPollers.pollerCount === 0,
      () => 'the poller to stop',
    );
    const stoppedAt = Date.now();
    // Polls sent before the stop may still be answered for a while; none may start after it.
    const settle = 2_000;
    await new Promise((resolve) => setTimeout(resolve, settle + 5 * INTERVAL_MS));
    const log = (await t.emu.control('GET', '/requests')).json as {
      entries: { method: string; route: string; at: number }[];
    };
    const late = log.entries.filter(
      (entry) => entry.route.startsWith('/v1/me/player') && entry.at > stoppedAt + settle,
    );
    expect(late).toEqual([]);
  });
});

describe('with a long interval', () => {
  const t = useTestServer({
    listen: true,
    config: { playerPollIntervalMs: 120_000, playerIdlePollIntervalMs: 120_000 },
  });
  let alice: string;

  beforeEach(async () => {
    await t.emu.reset();
    alice = await t.emu.token({ user: 'alice' });
  });
  afterEach(() => stopAll(t));

  it('polls at once after a playback mutation, long before the next interval', async () => {
    await startAlbum(t, alice);
    const stream = subscribe(wsClient(t.url, `Bearer ${alice}`), STATE);
    expect((await stream.nth(0)).data).toMatchObject({ playbackState: { shuffleState: false } });
    const answer = await t.query(
      graphql(`mutation PollersSetShuffle($state: Boolean!) { setShuffle(state: $state) { ok } }`),
      { state: true },
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    // The deadline (20 s) is far shorter than the interval (120 s): only the mutation's poll fits.
    expect((await stream.nth(1)).data).toMatchObject({ playbackState: { shuffleState: true } });
  });
});
