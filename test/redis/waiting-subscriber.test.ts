import type { Client } from 'graphql-ws';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectRedis } from '../../src/redis/connection.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testExecutor } from '../helpers/executor.js';
import { startTestRedis, type TestRedis, testKeys } from '../helpers/redis.js';
import { emulatorConfig } from '../helpers/server.js';
import { type Stream, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** Short and equal intervals: the devices poller keeps the token on the accepted list all along. */
const INTERVAL_MS = 200;

const WaitingSubscriberPlayback = graphql(`
  subscription WaitingSubscriberPlayback {
    playbackState {
      isPlaying
    }
  }
`);

const WaitingSubscriberDevices = graphql(`
  subscription WaitingSubscriberDevices {
    devices {
      name
    }
  }
`);

/** One server instance listening on 127.0.0.1, with its own Redis connection (as a process would have). */
interface Instance {
  server: SpotifyGraphQLServer;
  redis: Redis;
  origin: string;
}

async function startInstance(emu: TestEmulator, redisUrl: string): Promise<Instance> {
  const redis = await connectRedis(redisUrl);
  const config = emulatorConfig(emu, EXTENDED_APP, {
    playerPollIntervalMs: INTERVAL_MS,
    playerIdlePollIntervalMs: INTERVAL_MS,
  });
  const server = await createServer({ ...testExecutor(), config, redis, keys: testKeys(), logging: false });
  return { server, redis, origin: await server.start(0, '127.0.0.1') };
}

/**
 * A subscriber on the instance that does not hold the poll lease, whose token another of that
 * instance's pollers (devices) keeps verifying, must still get its first value: the token is not polled
 * with again there, so the holder's readings have to switch it on.
 */
describe('a waiting subscriber on the instance that does not poll', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let a: Instance;
  let b: Instance;
  const clients: Client[] = [];
  const streams: Stream<unknown>[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    a = await startInstance(emu, redis.url);
    b = await startInstance(emu, redis.url);
  });
  afterAll(async () => {
    for (const stream of streams) stream.stop();
    for (const client of clients) await client.dispose();
    for (const instance of [a, b]) {
      await instance?.server.stop();
      instance?.redis.disconnect();
    }
    await emu?.close();
    await redis?.stop();
  });

  it('gets the current value first although its token was just accepted by a devices poller there', async () => {
    const authorization = `Bearer ${await emu.token({ user: 'alice' })}`;
    const subscribe = <T, V>(instance: Instance, document: GraphQLDocument<T, V>): Stream<T> => {
      const client = wsClient(instance.origin, authorization);
      clients.push(client);
      const stream = wsSubscribe<T, V>(client, document);
      streams.push(stream as Stream<unknown>);
      return stream;
    };
    // A takes the state lease and polls it.
    const holder = subscribe(a, WaitingSubscriberPlayback);
    await holder.nth(0);
    // B polls devices with the same token, so the token is on B's list of tokens Spotify accepted.
    const devices = subscribe(b, WaitingSubscriberDevices);
    await devices.nth(0);
    // B's playbackState subscriber: A polls, B only relays A's readings.
    const waiting = subscribe(b, WaitingSubscriberPlayback);
    const first = await waiting.nth(0, 15_000);
    expect(first.errors).toBeUndefined();
    expect(first.data).toHaveProperty('playbackState');
  });
});
