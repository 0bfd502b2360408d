import type { ResultOf } from '@graphql-typed-document-node/core';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { redisKeyPrefix } from '../../src/redis/scope.js';
import { playAlbumAt, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { EXTENDED_APP, type TestEmulator } from '../helpers/emulator.js';
import { useServeProcesses } from '../helpers/processes.js';
import type { TestRedis } from '../helpers/redis.js';
import { type Stream, type StreamEvent, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Two real `serve` processes start, and events are awaited with generous deadlines.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * Two `spotify-graphql serve` processes sharing one redis-server and one emulator, as behind a load
 * balancer. Processes rather than two servers in this test process: each has its own pollers, memory
 * and Redis connections, and one can die by SIGKILL, without a chance to hand its lease over, which is
 * what the takeover must survive.
 */

const INTERVAL_MS = 250;
/** The lease of alice's playback state, under the deployment's prefix (set once the emulator runs). */
let LEASE = '';
const STATE = graphql(
  `subscription RedisProcessesPlaybackState { playbackState { isPlaying shuffleState device { volumePercent } } }`,
);

type State = ResultOf<typeof STATE>;

const statePolls = async (emu: TestEmulator): Promise<{ count: number; at: number[] }> => {
  const log = (await emu.control('GET', '/requests')).json as {
    entries: { method: string; route: string; at: number }[];
  };
  const at = log.entries.filter((e) => e.method === 'GET' && e.route === '/v1/me/player').map((e) => e.at);
  return { count: at.length, at };
};

/**
 * Over a window of at least 8 polls from an emptied request log, no more polls than one poller could
 * have made (an upper bound from the time that really passed: a loaded machine makes fewer, never more).
 */
const expectOnePoller = async (emu: TestEmulator): Promise<void> => {
  await emu.control('DELETE', '/requests');
  const started = Date.now();
  await waitFor(
    async () => (await statePolls(emu)).count >= 8,
    () => '8 polls',
    30_000,
  );
  const { count } = await statePolls(emu);
  expect(count).toBeLessThanOrEqual(Math.floor((Date.now() - started) / INTERVAL_MS) + 2);
};

/** What a stream has seen, as the sequence of distinct states (shuffle, volume, playing). */
const seen = (stream: Stream<State>): string[] =>
  stream.events.map((event: StreamEvent<State>) => {
    if (event.errors) return `error ${event.errors[0]?.extensions?.code}`;
    const state = event.data?.playbackState;
    return state ? `${state.shuffleState}/${state.device?.volumePercent}/${state.isPlaying}` : 'null';
  });

describe('two server processes, one Redis: live playback', () => {
  let redis: TestRedis;
  let admin: Redis;
  let emu: TestEmulator;
  const streams: Stream<State>[] = [];
  let alice: string;
  const set = useServeProcesses({ keyByte: 9, pollIntervalMs: INTERVAL_MS });
  const { instances } = set;

  beforeAll(async () => {
    ({ redis, emu } = set);
    admin = set.client();
    LEASE = `${redisKeyPrefix({ clientId: EXTENDED_APP.clientId, apiUrl: `${emu.url}/v1` })}player-lease:state:alice`;
    alice = await emu.token({ user: 'alice' });
  });
  afterAll(() => {
    for (const stream of streams) stream.stop();
  });

  it('100 subscribers split over both: one poll per interval, and both deliver every change', async () => {
    const control = await playAlbumAt(emu, alice, 50);

    // Two connections per instance, 25 subscriptions on each.
    const clients = instances.flatMap((instance) =>
      [0, 1].map(() => wsClient(instance.url, `Bearer ${alice}`)),
    );
    for (let i = 0; i < 100; i += 1) streams.push(wsSubscribe(clients[i % 4]!, STATE));
    await waitFor(
      () => streams.every((stream) => stream.events.length > 0),
      () =>
        `${streams.filter((s) => s.events.length > 0).length} of 100 have their first event; ` +
        `${String(streams[0]?.failure)}; ${instances.map((i) => i.output()).join('\n')}`,
    );
    // One instance holds the lease: it names one of the two processes.
    const holder = await admin.get(LEASE);
    expect(instances.map((instance) => instance.pid)).toContain(Number(holder?.split(':')[1]));

    // One poller between the two instances.
    await expectOnePoller(emu);

    // Three changes, one at a time: every subscriber on both instances sees each.
    const changes: [() => Promise<{ status: number }>, string][] = [
      [() => control.shuffle(true), 'true/50/true'],
      [() => control.volume(30), 'true/30/true'],
      [() => control.pause(), 'true/30/false'],
    ];
    for (const [change, expected] of changes) {
      expect((await change()).status).toBe(204);
      await waitFor(
        () => streams.every((stream) => seen(stream).at(-1) === expected),
        () => `${streams.filter((s) => seen(s).at(-1) === expected).length} of 100 saw ${expected}`,
        30_000,
      );
    }
    const first = seen(streams[0]!);
    expect(first).toEqual(['false/50/true', 'true/50/true', 'true/30/true', 'true/30/false']);
    for (const stream of streams) expect(seen(stream)).toEqual(first);
  });

  it('Redis stopped and started again: each instance polls for its own subscribers meanwhile, then one again', async () => {
    const control = player(emu, alice);
    await redis.stop({ keepData: true });
    try {
      expect((await control.volume(70)).status).toBe(204);
      await waitFor(
        () => streams.every((stream) => seen(stream).at(-1) === 'true/70/false'),
        () => `${streams.filter((s) => seen(s).at(-1) === 'true/70/false').length} of 100 saw the change`,
        30_000,
      );
    } finally {
      await redis.start();
    }
    // Back: one instance holds the lease again, and every change still reaches every subscriber.
    await waitFor(
      async () => (await admin.get(LEASE).catch(() => null)) !== null,
      () => 'a lease holder after the restart',
      30_000,
    );
    expect((await control.volume(60)).status).toBe(204);
    await waitFor(
      () => streams.every((stream) => seen(stream).at(-1) === 'true/60/false'),
      () => `${streams.filter((s) => seen(s).at(-1) === 'true/60/false').length} of 100 saw the change`,
      30_000,
    );
    for (const stream of streams) expect(stream.events.every((event) => !event.errors)).toBe(true);
    await expectOnePoller(emu);
  });

  it('when the polling process is killed, the other takes the lease over and its subscribers go on', async () => {
    const holderPid = Number((await admin.get(LEASE))?.split(':')[1]);
    const holder = instances.find((instance) => instance.pid === holderPid);
    const survivor = instances.find((instance) => instance.pid !== holderPid);
    if (!holder || !survivor) throw new Error(`no process holds the lease (${holderPid})`);
    const survivorStreams = streams.filter((_, i) => instances[Math.floor((i % 4) / 2)] === survivor);
    expect(survivorStreams).toHaveLength(50);

    await holder.kill('SIGKILL');
    const killedAt = Date.now();
    // Polls resume, from the survivor: the lease names it, and what is polled after the kill is its.
    await waitFor(
      async () => (await admin.get(LEASE))?.split(':')[1] === String(survivor.pid),
      () => `the lease still reads ${holderPid}`,
      30_000,
    );
    await waitFor(
      async () => (await statePolls(emu)).at.some((at) => at > killedAt),
      () => 'a poll after the kill',
      30_000,
    );
    // The lease lives at most until the holder's next poll and three intervals after it: that bounds
    // how long a dead holder keeps the others waiting (a few intervals).
    expect(await admin.pttl(LEASE)).toBeLessThanOrEqual(4 * INTERVAL_MS);

    expect((await player(emu, alice).shuffle(false)).status).toBe(204);
    await waitFor(
      () => survivorStreams.every((stream) => seen(stream).at(-1) === 'false/60/false'),
      () =>
        `${survivorStreams.filter((s) => seen(s).at(-1) === 'false/60/false').length} of 50 saw the change: ` +
        `${seen(survivorStreams[0]!).join(' ')}`,
      30_000,
    );
    for (const stream of survivorStreams) expect(stream.events.every((event) => !event.errors)).toBe(true);
  });
});
