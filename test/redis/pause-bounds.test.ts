import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/redis/connection.js';
import { redisKeyPrefix } from '../../src/redis/scope.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';
import { emulatorConfig } from '../helpers/server.js';

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Polls `check` until it holds (deadline 30 s: generous under load, above the 5 s re-read). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;

/**
 * The shared rate-limit pause is a Redis key anyone with access can write: it is bounded (1 hour),
 * its stored reason never reaches users, and deleting the key lifts it.
 */
describe('a rate-limit pause written to Redis by hand', () => {
  let redis: TestRedis;
  let admin: Redis;
  let emu: TestEmulator;
  let connection: Redis;
  let server: SpotifyGraphQLServer;
  let key: string;
  const ARTIST = 'query ($id: ID!) { artist(id: $id) { name } }';

  const query = async (): Promise<Answer> => {
    const id = [...emu.state.catalog.artists.keys()][0]!;
    const response = await server.yoga.fetch('http://server.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: ARTIST, variables: { id } }),
    });
    return (await response.json()) as Answer;
  };
  const paused = async (): Promise<boolean> =>
    (await query()).errors?.[0]?.extensions?.code === 'SPOTIFY_RATE_LIMITED';
  const pauseFor10Years = async (): Promise<void> => {
    await admin.set(key, JSON.stringify({ until: Date.now() + TEN_YEARS_MS, reason: 'junk <script>' }));
    await admin.publish(key, 'anything');
    await eventually(paused);
  };

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    emu = await startTestEmulator();
    connection = await connectRedis(redis.url);
    // No catalog cache: every query asks Spotify, or meets the pause.
    server = await createServer({
      config: emulatorConfig(emu, EXTENDED_APP),
      redis: connection,
      cache: { get: () => undefined, set: () => {}, clear: () => {} },
      logging: false,
    });
    key = `${redisKeyPrefix({ clientId: EXTENDED_APP.clientId, apiUrl: `${emu.url}/v1` })}rate-limit-pause`;
  });
  afterAll(async () => {
    await server?.stop();
    connection?.disconnect();
    admin?.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  it('is cut to an hour, given that expiry, and its reason is not echoed', async () => {
    await pauseFor10Years();
    const answer = await query();
    expect(answer.errors?.[0]?.message).not.toMatch(/junk|script/);
    const retryAfter = Number(answer.errors?.[0]?.extensions?.retryAfter ?? 0);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const ttl = await admin.pttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3600_000);
  });

  it('is lifted by deleting the key and publishing anything', async () => {
    await pauseFor10Years();
    await admin.del(key);
    await admin.publish(key, JSON.stringify({ until: 1 }));
    await eventually(async () => !(await paused()));
    expect((await query()).errors).toBeUndefined();
  });

  it('is lifted by deleting the key alone (instances read it again while paused)', async () => {
    await pauseFor10Years();
    await admin.del(key);
    await eventually(async () => !(await paused()));
  });
});
