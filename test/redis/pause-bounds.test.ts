import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/redis/connection.js';
import { redisKeyPrefix } from '../../src/redis/scope.js';
import { noCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testExecutor } from '../helpers/executor.js';
import { startTestRedis, type TestRedis, testKeys } from '../helpers/redis.js';
import { emulatorConfig } from '../helpers/server.js';
import { waitFor } from '../helpers/subscriptions.js';

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const PauseBoundsArtist = graphql(`
  query PauseBoundsArtist($id: ID!) {
    artist(id: $id) {
      name
    }
  }
`);

const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;
const HOSTILE_REASON = 'junk <script>alert(1)</script>';

/**
 * The shared rate-limit pause is a Redis key anyone with access can write: it is bounded (1 hour),
 * its stored reason never reaches users, and deleting the key lifts it. Each test writes the key and
 * publishes once, as an operator (or an attacker) would by hand.
 */
describe('a rate-limit pause written to Redis by hand', () => {
  let redis: TestRedis;
  let admin: Redis;
  let emu: TestEmulator;
  let connection: Redis;
  let server: SpotifyGraphQLServer;
  let key: string;

  const query = async (): Promise<Answer> => {
    const id = [...emu.state.catalog.artists.keys()][0] ?? '';
    const response = await server.yoga.fetch('http://server.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: documentText(PauseBoundsArtist), variables: { id } }),
    });
    return (await response.json()) as Answer;
  };
  let last: Answer | undefined;
  const paused = async (): Promise<boolean> => {
    last = await query();
    return last.errors?.[0]?.extensions?.code === 'SPOTIFY_RATE_LIMITED';
  };
  const pauseFor10Years = async (): Promise<void> => {
    await admin.set(key, JSON.stringify({ until: Date.now() + TEN_YEARS_MS, reason: HOSTILE_REASON }));
    await admin.publish(key, 'anything');
    await waitFor(paused, () => `no pause after the message: ${JSON.stringify(last)}`);
  };

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    emu = await startTestEmulator();
    connection = await connectRedis(redis.url);
    // No catalog cache: every query asks Spotify, or meets the pause.
    server = await createServer({
      ...testExecutor(),
      config: emulatorConfig(emu, EXTENDED_APP),
      redis: connection,
      keys: testKeys(),
      cache: noCatalogCache,
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

  // The first test right after start: the one message must be heard (the subscription is in place
  // once createServer answers; a paused instance re-reads the key, one that is not paused does not).
  it('is heard from the first message after start, fails at once, is cut to an hour and not echoed', async () => {
    await pauseFor10Years();
    const answer = await query();
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    expect(JSON.stringify(answer)).not.toMatch(/junk|script|alert/);
    const retryAfter = Number(error?.extensions?.retryAfter ?? 0);
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
    await waitFor(
      async () => !(await paused()),
      () => `still paused: ${JSON.stringify(last)}`,
    );
    expect((await query()).errors).toBeUndefined();
  });

  it('is lifted by deleting the key alone (a paused instance reads it again)', async () => {
    await pauseFor10Years();
    await admin.del(key);
    await waitFor(
      async () => !(await paused()),
      () => `still paused: ${JSON.stringify(last)}`,
    );
    expect((await query()).data).toEqual({ artist: { name: expect.any(String) } });
  });

  it('of a few seconds is waited out silently: the query answers data, asked of Spotify after the pause', async () => {
    const until = Date.now() + 1500;
    await admin.set(key, JSON.stringify({ until, reason: HOSTILE_REASON }), 'PX', 1500);
    await admin.publish(key, 'anything');
    await waitFor(
      () => server.client.rateLimitPauseMs > 0,
      () => 'the short pause was not heard',
    );
    await emu.control('DELETE', '/requests');
    const answer = await query();
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ artist: { name: expect.any(String) } });
    const log = (await emu.control('GET', '/requests')).json as {
      entries: { route: string; receivedAt: number }[];
    };
    const calls = log.entries.filter((entry) => entry.route.startsWith('/v1/artists'));
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call.receivedAt).toBeGreaterThanOrEqual(until);
  });
});
