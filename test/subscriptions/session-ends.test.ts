import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryTokenStore } from '../../src/auth/memory-store.js';
import type { SessionRecord } from '../../src/auth/store.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { startRedisAuthInstance, startTestRedis, type TestRedis } from '../helpers/redis.js';
import { type Stream, sseSubscribe, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Each test signs in and waits for events with generous deadlines.
vi.setConfig({ testTimeout: 60_000 });

/**
 * A session's streams end when the session does (a logout), at once rather than at their next poll:
 * the poll interval here is two minutes, far beyond every deadline, so only the push can end them. And
 * the streams of one session share one session-store read per poll.
 */

const LONG_MS = 120_000;
const PLAYING = graphql(`subscription SessionEndsPlaying { playbackState { isPlaying } }`);
const DEVICES = graphql(`subscription SessionEndsDevices { devices { name } }`);

const open: Stream<unknown>[] = [];
function keep<T>(stream: Stream<T>): Stream<T> {
  open.push(stream as Stream<unknown>);
  return stream;
}

const ended = (stream: Stream<unknown>) => async () => {
  await waitFor(
    () => stream.completed,
    () => `the stream to end: ${JSON.stringify(stream.events)}`,
  );
  expect(stream.failure).toBeUndefined();
  expect(stream.events.at(-1)?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  // One error shape on every transport: no yoga-internal `extensions.http` (v11 re-attack on issue 9, F2).
  expect(stream.events.at(-1)?.errors?.[0]?.extensions).not.toHaveProperty('http');
};

/** A memory store that counts its session reads (the store every poll of a session stream asks). */
class CountingStore extends MemoryTokenStore {
  reads = 0;

  override getSession(id: string): Promise<SessionRecord | undefined> {
    this.reads += 1;
    return super.getSession(id);
  }
}

describe('one instance', () => {
  let t: AuthTestServer;
  const store = new CountingStore();
  beforeAll(async () => {
    t = await startAuthServer({
      store,
      config: { playerPollIntervalMs: LONG_MS, playerIdlePollIntervalMs: LONG_MS },
    });
  });
  afterAll(() => t.close());
  afterEach(async () => {
    for (const stream of open.splice(0)) stream.stop();
    await waitFor(
      () => t.server.playerPollers.subscribers === 0,
      () => 'subscribers to leave',
    );
  });

  it("ends every stream of a session at its logout, at once, and not another session's", async () => {
    const jar = await t.signIn('bob');
    const kept = await t.signIn('bob');
    const client = wsClient(`${t.origin}/graphql`, `Bearer ${t.sessionToken(jar)}`);
    const playing = keep(wsSubscribe(client, PLAYING));
    const devices = keep(wsSubscribe(client, DEVICES));
    const other = keep(
      wsSubscribe(wsClient(`${t.origin}/graphql`, `Bearer ${t.sessionToken(kept)}`), PLAYING),
    );
    const overSse = keep(sseSubscribe(`${t.origin}/graphql`, PLAYING, t.sessionToken(jar)));
    for (const stream of [playing, devices, other, overSse]) await stream.nth(0);

    expect((await t.fetch('/auth/logout', { method: 'POST', jar })).status).toBe(204);
    await ended(playing as Stream<unknown>)();
    await ended(devices as Stream<unknown>)();
    await ended(overSse as Stream<unknown>)();
    // The same user's other session goes on: its stream is still open, and still one subscriber.
    expect(other.completed).toBe(false);
    expect(t.server.playerPollers.subscribers).toBe(1);
  });
});

describe('one session, many streams', () => {
  let t: AuthTestServer;
  const store = new CountingStore();
  beforeAll(async () => {
    t = await startAuthServer({
      store,
      config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 100 },
    });
  });
  afterAll(() => t.close());
  afterEach(() => {
    for (const stream of open.splice(0)) stream.stop();
  });

  it('reads the session once per poll, however many of its streams there are', async () => {
    const jar = await t.signIn('alice');
    const client = wsClient(`${t.origin}/graphql`, `Bearer ${t.sessionToken(jar)}`);
    const streams = Array.from({ length: 10 }, () => keep(wsSubscribe(client, PLAYING)));
    for (const stream of streams) await stream.nth(0);

    const polls = async () =>
      ((await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> }).byRoute[
        'GET /v1/me/player'
      ] ?? 0;
    const readsBefore = store.reads;
    const pollsBefore = await polls();
    await waitFor(
      async () => (await polls()) >= pollsBefore + 10,
      () => 'ten polls',
    );
    const pollsAfter = await polls();
    const reads = store.reads - readsBefore;
    // One read per poll (ten streams would make ten each); a poll may straddle each end of the window.
    expect(reads).toBeLessThanOrEqual(pollsAfter - pollsBefore + 2);
    expect(reads).toBeGreaterThan(0);
  });
});

describe('two instances sharing one Redis', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let a: AuthTestServer;
  let b: AuthTestServer;
  const config = { playerPollIntervalMs: LONG_MS, playerIdlePollIntervalMs: LONG_MS };

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    a = await startRedisAuthInstance(redis, emu, { config });
    b = await startRedisAuthInstance(redis, emu, { config });
  });
  afterAll(async () => {
    for (const stream of open.splice(0)) stream.stop();
    await a?.close();
    await b?.close();
    await emu?.close();
    await redis?.stop();
  });

  it('ends the streams of a session on the other instance at its logout', async () => {
    const jar = await a.signIn('carol');
    const stream = keep(
      wsSubscribe(wsClient(`${b.origin}/graphql`, `Bearer ${b.sessionToken(jar)}`), PLAYING),
    );
    await stream.nth(0);
    expect((await a.fetch('/auth/logout', { method: 'POST', jar })).status).toBe(204);
    await ended(stream as Stream<unknown>)();
  });
});
