import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectRedis, redisAnswering } from '../../src/redis/connection.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { documentText } from '../helpers/documents.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { memoryLogger } from '../helpers/memory-log.js';
import { startTestRedis, type TestRedis, testKeys } from '../helpers/redis.js';
import { emulatorConfig } from '../helpers/server.js';
import { waitFor } from '../helpers/subscriptions.js';

/**
 * Fair use with a hung Redis (SIGSTOP: connected, silent). Each request's fair-use check asks Redis; it
 * waited the whole REDIS_COMMAND_TIMEOUT_MS before counting in memory (and the watchdog's PING notices
 * only after up to one and a half of it), so every request, and the GraphiQL page, hung that long. The
 * check now waits a short bound of its own (src/redis/rate-limiter.ts), after which checks count in
 * memory at once and Redis is asked again later. The shared catalog cache's reads likewise
 * (src/redis/catalog-cache.ts): an app-token request for an object not in memory waited for its MGET. The command timeout here is 10 minutes: the requests
 * are answered while Redis is stopped and before any command of the connection timed out (its watchdog
 * still trusts it), so not by the timeout. No wall-clock assertion.
 */

// Far beyond the tests' own deadline: a request that waits for it fails the test.
const COMMAND_TIMEOUT_MS = 600_000;
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const TYPENAME = graphql(`query HungLimiterTypename { __typename }`);
const ALBUM = graphql(`query HungLimiterAlbum($id: ID!) { album(id: $id) { name } }`);

describe('fair use while Redis hangs', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let connection: Redis;
  let t: AuthTestServer;
  const log = memoryLogger();
  const said = (words: string): boolean => log.lines().some((line) => line.msg?.includes(words) === true);

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    connection = await connectRedis(redis.url, { commandTimeoutMs: COMMAND_TIMEOUT_MS });
    t = await startAuthServer({
      emu,
      redis: connection,
      keys: testKeys(),
      logger: log.logger,
      limits: { rateLimit: { requests: 6, windowSeconds: 600, concurrent: 4 } },
    });
  });
  afterAll(async () => {
    redis?.resume();
    await t?.close();
    connection?.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  it('answers requests and the GraphiQL page while Redis is stopped, counting in memory, then in Redis again', async () => {
    const admin = redis.client();
    try {
      expect((await t.graphql(TYPENAME, {})).body).toEqual({ data: { __typename: 'Query' } });
      const counters = await admin.keys('*rate-limit:graphql*');
      expect(counters).toHaveLength(1);
      expect(await admin.get(counters[0]!)).toBe('1');
      redis.hang();
      try {
        for (let i = 0; i < 3; i += 1)
          expect((await t.graphql(TYPENAME, {})).body).toEqual({ data: { __typename: 'Query' } });
        const page = await t.fetch('/graphql', {
          headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
        });
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/<html/i);
        // Answered before any command of the connection timed out: the watchdog has not noticed.
        expect(redisAnswering(connection)).toBe(true);
        expect(said("counts in this instance's memory: Redis did not answer a check within 250 ms")).toBe(
          true,
        );
        // The limit still holds, in this instance's memory: 6 requests a window, 4 counted there so far
        // (the page is one).
        for (let i = 0; i < 2; i += 1)
          expect((await t.graphql(TYPENAME, {})).body.data).toEqual({ __typename: 'Query' });
        const refused = await t.graphql(TYPENAME, {});
        expect(refused.status).toBe(429);
        expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      } finally {
        redis.resume();
      }
      // Redis is asked again once the circuit's wait is over; its answer counts there again.
      await waitFor(
        async () => {
          await t.graphql(TYPENAME, {});
          return said('counts in Redis again');
        },
        () => 'fair use counting in Redis again',
        30_000,
      );
      expect(Number(await admin.get(counters[0]!))).toBeGreaterThan(1);
    } finally {
      admin.disconnect();
    }
  });
});

describe('the shared catalog cache while Redis hangs', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let connection: Redis;
  let server: SpotifyGraphQLServer;
  const log = memoryLogger();
  const said = (words: string): boolean => log.lines().some((line) => line.msg?.includes(words) === true);
  /** An album's name, asked with the app's token (no session): its objects go through the shared cache. */
  const name = async (id: string): Promise<unknown> => {
    const response = await server.yoga.fetch('http://server.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: documentText(ALBUM), variables: { id } }),
    });
    const answer = (await response.json()) as { data?: { album?: { name?: string } } };
    return answer.data?.album?.name;
  };

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    connection = await connectRedis(redis.url, { commandTimeoutMs: COMMAND_TIMEOUT_MS });
    server = await createServer({
      config: emulatorConfig(emu, EXTENDED_APP),
      redis: connection,
      keys: testKeys(),
      logger: log.logger,
      logging: false,
    });
  });
  afterAll(async () => {
    redis?.resume();
    await server?.stop();
    connection?.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  it('answers an app-token request for an object memory lacks from Spotify while Redis is stopped, then reads Redis again', async () => {
    const [first, second, ...others] = [...emu.state.catalog.albums.values()];
    expect(await name(first!.id)).toBe(first!.name);
    redis.hang();
    try {
      await emu.control('DELETE', '/requests');
      expect(await name(second!.id)).toBe(second!.name);
      const requests = (await emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
      expect(requests.byRoute['GET /v1/albums']).toBe(1);
      // Answered before any command of the connection timed out: the watchdog has not noticed.
      expect(redisAnswering(connection)).toBe(true);
      expect(said('catalog cache reads skip Redis (memory and Spotify answer)')).toBe(true);
    } finally {
      redis.resume();
    }
    // Each try an album memory lacks, so that Redis is read for it once the circuit lets it.
    let next = 0;
    await waitFor(
      async () => {
        const album = others[next++ % others.length]!;
        return (await name(album.id)) === album.name && said('catalog cache reads ask Redis again');
      },
      () => 'catalog reads asking Redis again',
      30_000,
    );
  });
});
