import type { Client } from 'graphql-ws';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectRedis } from '../../src/redis/connection.js';
import { redisKeyPrefix } from '../../src/redis/scope.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { graphql } from '../generated/index.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testExecutor } from '../helpers/executor.js';
import { startTestRedis, type TestRedis, testKeys } from '../helpers/redis.js';
import { emulatorConfig } from '../helpers/server.js';
import { waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const INTERVAL_MS = 200;

const StaleLeasePlayback = graphql(`
  subscription StaleLeasePlayback {
    playbackState {
      isPlaying
    }
  }
`);

/**
 * A poll lease left without a TTL (by an instance that died after writing it so, or by hand) must not
 * block a user's playback for ever: the next claim treats it as stale and takes it over.
 */
describe('a stale poll lease in Redis', () => {
  let redis: TestRedis;
  let admin: Redis;
  let emu: TestEmulator;
  let connection: Redis;
  let server: SpotifyGraphQLServer;
  let origin: string;
  let client: Client | undefined;

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    emu = await startTestEmulator();
    connection = await connectRedis(redis.url);
    const config = emulatorConfig(emu, EXTENDED_APP, {
      playerPollIntervalMs: INTERVAL_MS,
      playerIdlePollIntervalMs: INTERVAL_MS,
    });
    server = await createServer({
      ...testExecutor(),
      config,
      redis: connection,
      keys: testKeys(),
      logging: false,
    });
    origin = await server.start(0, '127.0.0.1');
  });
  afterAll(async () => {
    await client?.dispose();
    await server?.stop();
    connection?.disconnect();
    admin?.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  it('held without a TTL by a dead instance: this instance takes it over and polls every interval', async () => {
    const prefix = redisKeyPrefix({ clientId: EXTENDED_APP.clientId, apiUrl: `${emu.url}/v1` });
    const key = `${prefix}player-lease:state:alice`;
    await admin.set(key, 'dead-host:1:gone');
    const token = await emu.token({ user: 'alice' });
    client = wsClient(origin, `Bearer ${token}`);
    const stream = wsSubscribe(client, StaleLeasePlayback);
    await waitFor(
      () => stream.events.length > 0,
      () => 'a first event',
    );
    await emu.control('DELETE', '/requests');
    // A blocked user gets no poll after the first one: here the polls go on.
    await waitFor(
      async () => {
        const log = (await emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
        return (log.byRoute['GET /v1/me/player'] ?? 0) >= 3;
      },
      () => 'three polls after the first event',
    );
    expect(await admin.get(key)).not.toBe('dead-host:1:gone');
    expect(await admin.pttl(key)).toBeGreaterThan(0);
  });
});
