import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/redis/connection.js';
import { redisKeyPrefix } from '../../src/redis/scope.js';
import { configFromEnv, type ServerConfig } from '../../src/server/config.js';
import { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import { graphql } from '../generated/index.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';
import { startServerOn, type TestServer } from '../helpers/server.js';

/** One server instance with its own Redis connection (as a separate process would have). */
interface Instance extends TestServer {
  redis: Redis;
}

async function startInstance(
  emu: TestEmulator,
  redisUrl: string,
  overrides: Partial<ServerConfig> = {},
): Promise<Instance> {
  const redis = await connectRedis(redisUrl);
  const server = await startServerOn(emu, { redis, config: overrides });
  return { ...server, redis };
}

const TYPENAME = graphql(`query InstancesTypename { __typename }`);

/** Polls `check` until it holds (deadline 20 s: generous under load). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('two instances sharing one Redis', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let a: Instance;
  let b: Instance;
  let admin: Redis;
  /** The deployment's key prefix: the app's client id and the emulator's API URL (src/redis/scope.ts). */
  const prefix = (): string => redisKeyPrefix({ clientId: EXTENDED_APP.clientId, apiUrl: `${emu.url}/v1` });

  /** Upstream calls since the last clear, by route, the token endpoint aside. */
  const calls = async (): Promise<Record<string, number>> => {
    const log = await emu.control('GET', '/requests');
    const { 'POST /api/token': _token, ...rest } = (log.json as { byRoute: Record<string, number> }).byRoute;
    return rest;
  };

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    emu = await startTestEmulator();
    a = await startInstance(emu, redis.url);
    b = await startInstance(emu, redis.url);
  });
  afterAll(async () => {
    for (const instance of [a, b]) {
      await instance?.server.stop();
      instance?.redis.disconnect();
    }
    admin?.disconnect();
    await emu?.close();
    await redis?.stop();
  });
  beforeEach(async () => {
    await emu.control('DELETE', '/faults');
    await emu.control('DELETE', '/requests');
  });

  it('an object one instance fetched costs the other no Spotify call (the catalog cache in Redis)', async () => {
    const ids = [...emu.state.catalog.albums.keys()];
    const id = ids[0]!;
    const ALBUM = graphql(`query InstancesAlbum($id: ID!) { album(id: $id) { name label } }`);
    const first = await a.query(ALBUM, { id });
    expect(first.errors).toBeUndefined();
    expect(await calls()).toEqual({ 'GET /v1/albums': 1 });
    await eventually(async () => (await admin.exists(`${prefix()}catalog:album:${id}:`)) === 1);
    expect(await admin.pttl(`${prefix()}catalog:album:${id}:`)).toBeGreaterThan(0);
    // /metrics counts the first level's bytes with Redis behind it too.
    expect(await a.server.metrics.registry.metrics()).toMatch(/catalog_cache_bytes [1-9]/);
    await emu.control('DELETE', '/requests');
    const second = await b.query(ALBUM, { id });
    expect(second).toEqual(first);
    expect(await calls()).toEqual({});
    // And a batch of a shared and a new object asks Spotify for the new one only.
    const other = ids[1]!;
    const both = await b.query(graphql(`query InstancesAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }`), {
      ids: [id, other],
    });
    expect(both.data).toEqual({ albums: [{ id: `spotify:album:${id}` }, { id: `spotify:album:${other}` }] });
    expect(await calls()).toEqual({ 'GET /v1/albums': 1 });
  });

  it('a 429 with Retry-After seen by one instance pauses the other (no call until then)', async () => {
    const [first, second] = [...emu.state.catalog.artists.keys()] as [string, string];
    const ARTIST = graphql(`query InstancesArtist($id: ID!) { artist(id: $id) { name } }`);
    const fault = await emu.control('POST', '/faults', {
      route: 'GET /v1/artists',
      status: 429,
      retryAfter: 60,
      times: 1,
    });
    expect(fault.status).toBe(201);
    const limited = await a.query(ARTIST, { id: first });
    expect(limited.errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    // The pause reaches B through Redis: B's answer is the rate limit, though Spotify never told B.
    await eventually(async () => {
      await emu.control('DELETE', '/requests');
      const answer = await b.query(ARTIST, { id: second });
      return answer.errors?.[0]?.extensions?.code === 'SPOTIFY_RATE_LIMITED';
    });
    expect(await calls()).toEqual({});
    expect(await admin.pttl(`${prefix()}rate-limit-pause`)).toBeGreaterThan(0);
  });
});

describe('per-client rate limits across two instances sharing one Redis', () => {
  const LIMIT = 4;
  let redis: TestRedis;
  let emu: TestEmulator;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    const rateLimited = (base: ServerConfig['limits']): Partial<ServerConfig> => ({
      limits: { ...base, rateLimit: { requests: LIMIT, windowSeconds: 600, concurrent: 8 } },
    });
    const base = configFromEnv({}).limits;
    a = await startInstance(emu, redis.url, rateLimited(base));
    b = await startInstance(emu, redis.url, rateLimited(base));
  });
  afterAll(async () => {
    for (const instance of [a, b]) {
      await instance?.server.stop();
      instance?.redis.disconnect();
    }
    await emu?.close();
    await redis?.stop();
  });

  it("one client's requests count on both instances: the limit is the app's, not each instance's", async () => {
    const client = { token: 'client-one' };
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i += 1)
      statuses.push((await (i % 2 === 0 ? a : b).query(TYPENAME, {}, client)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    for (const instance of [a, b]) {
      const refused = await instance.query(TYPENAME, {}, client);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
    // Another client (a live session: a made-up token would count as the same caller) is not held back.
    const accessToken = await emu.token({ user: 'alice' });
    const other = await b.server.auth.sessions.create(new SpotifyAuthorisationToken({ accessToken }), {
      id: 'alice',
      displayName: 'alice',
    });
    expect((await b.query(TYPENAME, {}, { token: other.sessionToken })).status).toBe(200);
  });

  it('Redis down: each instance limits on its own (in memory) instead of failing or letting all through', async () => {
    const client = { token: 'client-three' };
    await redis.stop();
    try {
      await eventually(async () => a.redis.status !== 'ready');
      const statuses: number[] = [];
      for (let i = 0; i <= LIMIT; i += 1) statuses.push((await a.query(TYPENAME, {}, client)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
    } finally {
      await redis.start();
    }
  });
});
