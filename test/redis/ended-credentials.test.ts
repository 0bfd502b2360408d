import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashToken } from '../../src/auth/session-token.js';
import { albumWith, deviceIds, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import type { AuthTestServer } from '../helpers/auth.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { type ServeProcess, useServeProcesses } from '../helpers/processes.js';
import { startRedisAuthInstance, startTestRedis, type TestRedis } from '../helpers/redis.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Real `serve` processes and redis-server; events awaited with generous deadlines.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * A sign-in lost anywhere ends its streams on every instance, promptly, whichever instance polls: an
 * instance that does not hold a user's poll lease once passed the holder's readings on to its
 * subscribers without ever checking their credentials again, so a revoked token or a session expired
 * by its TTL in Redis kept receiving there as long as another instance polled.
 */

const INTERVAL_MS = 300;
const STATE = graphql(`
  subscription EndedCredentialsState {
    playbackState {
      isPlaying
    }
  }
`);

const endedUnauthenticated = async (stream: Stream<unknown>): Promise<void> => {
  await waitFor(
    () => stream.completed,
    () => `the stream to end: ${JSON.stringify(stream.events)}`,
    30_000,
  );
  expect(stream.events.at(-1)?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
};

describe('two server processes, one Redis: revoked tokens', () => {
  let emu: TestEmulator;
  const streams: Stream<unknown>[] = [];
  const set = useServeProcesses({ keyByte: 5, pollIntervalMs: INTERVAL_MS });
  const { instances } = set;

  beforeAll(async () => {
    emu = set.emu;
    const alice = await emu.token({ user: 'alice' });
    const { album } = albumWith(emu, 3);
    const devices = await deviceIds(emu, alice);
    await player(emu, alice).play(
      { context_uri: `spotify:album:${album.id}` },
      { device_id: devices.computer },
    );
  });
  afterAll(() => {
    for (const stream of streams) stream.stop();
  });

  const subscribe = async (instance: ServeProcess, token: string): Promise<Stream<unknown>> => {
    const stream = wsSubscribe(wsClient(instance.url, `Bearer ${token}`), STATE) as Stream<unknown>;
    streams.push(stream);
    await stream.nth(0);
    return stream;
  };

  it('a token only the non-polling instance holds: revoked, its streams there end', async () => {
    const [a, b] = instances as [ServeProcess, ServeProcess];
    // a subscribes first: it polls alice's player; b only passes a's readings on.
    const kept = await subscribe(a, await emu.token({ user: 'alice' }));
    const lonely = await emu.token({ user: 'alice' });
    const onB = await subscribe(b, lonely);
    expect((await emu.control('POST', '/tokens/revoke', { token: lonely })).status).toBeLessThan(300);
    await endedUnauthenticated(onB);
    expect(kept.completed).toBe(false);
  });

  it('a token on both instances: revoked, its streams end on both', async () => {
    const [a, b] = instances as [ServeProcess, ServeProcess];
    const shared = await emu.token({ user: 'alice' });
    const onA = await subscribe(a, shared);
    const onB = await subscribe(b, shared);
    expect((await emu.control('POST', '/tokens/revoke', { token: shared })).status).toBeLessThan(300);
    await endedUnauthenticated(onA);
    await endedUnauthenticated(onB);
  });
});

describe('two instances, one Redis: a session that expires by its TTL', () => {
  let redis: TestRedis;
  let admin: Redis;
  let emu: TestEmulator;
  let a: AuthTestServer;
  let b: AuthTestServer;
  const streams: Stream<unknown>[] = [];
  const config = { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS };

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    emu = await startTestEmulator();
    a = await startRedisAuthInstance(redis, emu, { config });
    b = await startRedisAuthInstance(redis, emu, { config });
  });
  afterAll(async () => {
    for (const stream of streams) stream.stop();
    await a?.close();
    await b?.close();
    admin?.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  it('ends its streams on the instance that does not poll, and not those of another session', async () => {
    const polling = await a.signIn('carol');
    const expiring = await b.signIn('carol');
    const subscribe = (t: AuthTestServer, token: string): Stream<unknown> => {
      const stream = wsSubscribe(
        wsClient(`${t.origin}/graphql`, `Bearer ${token}`),
        STATE,
      ) as Stream<unknown>;
      streams.push(stream);
      return stream;
    };
    const kept = subscribe(a, a.sessionToken(polling));
    await kept.nth(0);
    const onB = subscribe(b, b.sessionToken(expiring));
    await onB.nth(0);
    // Redis ends the session by its TTL: no logout, no message, the key just goes.
    expect(await admin.pexpire(`sg:session:${hashToken(b.sessionToken(expiring))}`, 1)).toBe(1);
    await endedUnauthenticated(onB);
    expect(kept.completed).toBe(false);
  });
});
