import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RedisCatalogCache } from '../../src/redis/catalog-cache.js';
import { connectRedis } from '../../src/redis/connection.js';
import { redisKeyPrefix } from '../../src/redis/scope.js';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';
import { startServerOn, type TestServer } from '../helpers/server.js';

/**
 * Catalog entries in Redis are written by any instance, and by anyone else with access to Redis: what
 * is read back counts only if it is an object of the type and id asked, within the size bound.
 */
describe('catalog entries read from Redis', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let admin: Redis;
  let connection: Redis;
  let server: TestServer;
  let shared: RedisCatalogCache;
  const prefix = (): string => redisKeyPrefix({ clientId: EXTENDED_APP.clientId, apiUrl: `${emu.url}/v1` });
  const ALBUM = graphql(`query CatalogEntriesAlbum($id: ID!) { album(id: $id) { name albumType } }`);
  const query = (document: typeof ALBUM, variables: { id: string }) => server.query(document, variables);
  const albumCalls = async (): Promise<number> => {
    const log = await emu.control('GET', '/requests');
    const byRoute = (log.json as { byRoute: Record<string, number> }).byRoute;
    return (byRoute['GET /v1/albums/{id}'] ?? 0) + (byRoute['GET /v1/albums'] ?? 0);
  };

  /** The value of `key` once the instance's write (not awaited) has reached Redis (deadline 20 s). */
  const stored = async (key: string): Promise<string> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const value = await admin.get(key);
      if (value !== null) return value;
      if (Date.now() > deadline) throw new Error(`${key} was not written within 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    emu = await startTestEmulator();
    connection = await connectRedis(redis.url);
    shared = new RedisCatalogCache(new MemoryCatalogCache(), connection, { prefix: prefix() });
    server = await startServerOn(emu, { redis: connection, cache: shared });
  });
  afterAll(async () => {
    await server?.close();
    connection?.disconnect();
    admin?.disconnect();
    await emu?.close();
    await redis?.stop();
  });
  beforeEach(async () => {
    shared.clear();
    await admin.flushall();
    await emu.control('DELETE', '/requests');
  });

  it.each([
    ['another album under this key', (other: string) => other],
    ['a hand-written album (no album_type)', () => 'HACKED'],
    ['null', () => 'null'],
    ['an array', () => '[]'],
    ['a number', () => '42'],
    ['a __proto__ object', () => 'PROTO'],
  ])('%s is a miss: Spotify is asked and the real album served', async (_name, make) => {
    const [x, y] = [...emu.state.catalog.albums.keys()] as [string, string];
    const real = emu.state.catalog.albums.get(x) as { name: string };
    const otherAnswer = await query(ALBUM, { id: y });
    expect(otherAnswer.errors).toBeUndefined();
    const otherJson = await stored(`${prefix()}catalog:album:${y}:`);
    const made = make(otherJson as string);
    const hostile =
      made === 'HACKED'
        ? JSON.stringify({ id: x, name: 'HACKED', type: 'album' })
        : made === 'PROTO'
          ? `{"__proto__":{"id":"${x}","type":"album","name":"HACKED"}}`
          : made;
    // With a TTL an instance could have set: the shape check alone makes these misses.
    await admin.set(`${prefix()}catalog:album:${x}:`, hostile, 'PX', 60_000);
    shared.clear();
    await emu.control('DELETE', '/requests');
    const answer = await query(ALBUM, { id: x });
    expect(answer.errors).toBeUndefined();
    const album = answer.data?.album;
    expect(album?.name).toBe(real.name);
    expect(album?.albumType).toMatch(/^[A-Z_]+$/);
    expect(await albumCalls()).toBe(1);
  });

  it('an entry of the type and id asked is served from Redis (no Spotify call)', async () => {
    const [x] = [...emu.state.catalog.albums.keys()] as [string];
    await query(ALBUM, { id: x });
    await stored(`${prefix()}catalog:album:${x}:`);
    shared.clear();
    await emu.control('DELETE', '/requests');
    const answer = await query(ALBUM, { id: x });
    expect(answer.errors).toBeUndefined();
    expect(await albumCalls()).toBe(0);
  });

  it('a bad or oversized entry is not copied into memory, and a 20 MB one is not read', async () => {
    const memory = new MemoryCatalogCache({ maxBytes: 64 * 1024 * 1024 });
    const cache = new RedisCatalogCache(memory, connection, { maxEntryBytes: 1024 * 1024 });
    const big = JSON.stringify({
      id: 'a1',
      type: 'album',
      uri: 'spotify:album:a1',
      album_type: 'album',
      name: 'x'.repeat(20 * 1024 * 1024),
    });
    await admin.set('sg:catalog:album:a1:', big);
    await admin.set(
      'sg:catalog:album:a2:',
      JSON.stringify({
        id: 'a3',
        type: 'album',
        name: 'other',
        uri: 'spotify:album:a3',
        album_type: 'album',
      }),
    );
    const good = { id: 'a4', type: 'album', name: 'ok', uri: 'spotify:album:a4', album_type: 'album' };
    await admin.set('sg:catalog:album:a4:', JSON.stringify(good), 'PX', 60_000);
    await admin.lpush('sg:catalog:album:a5:', 'not a string');
    const found = await cache.getShared(['album:a1:', 'album:a2:', 'album:a4:', 'album:a5:']);
    expect(found).toEqual([undefined, undefined, good, undefined]);
    expect(memory.size).toBe(1);
    expect(memory.get('album:a4:')).toEqual(good);
    expect(memory.bytes).toBeLessThan(1024);
  });

  it.each([
    ['without a TTL', [] as string[]],
    ['with a TTL above CATALOG_CACHE_TTL_S', ['EX', '86400']],
  ])('a plausible hand-written entry %s is a miss, deleted, warned about once', async (_name, expiry) => {
    const warnings: string[] = [];
    const memory = new MemoryCatalogCache();
    const cache = new RedisCatalogCache(memory, connection, {
      ttlSeconds: 300,
      warn: (message) => warnings.push(message),
    });
    const real = { id: 'b1', type: 'album', name: 'real', uri: 'spotify:album:b1', album_type: 'album' };
    const forged = { ...real, id: 'b2', uri: 'spotify:album:b2', name: 'PWNED via Redis' };
    await admin.set('sg:catalog:album:b1:', JSON.stringify(real), 'PX', 300_000);
    for (const id of ['b2', 'b3']) {
      await admin.call('SET', `sg:catalog:album:${id}:`, JSON.stringify({ ...forged, id }), ...expiry);
    }
    expect(await cache.getShared(['album:b1:', 'album:b2:'])).toEqual([real, undefined]);
    expect(await admin.exists('sg:catalog:album:b2:')).toBe(0);
    expect(await cache.getShared(['album:b3:'])).toEqual([undefined]);
    expect(await admin.exists('sg:catalog:album:b3:')).toBe(0);
    expect(memory.get('album:b2:')).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain('PWNED');
  });

  it('an album answered with a value Spotify sent wrong is deleted from Redis and memory: the next request asks again', async () => {
    const [, , x] = [...emu.state.catalog.albums.keys()] as [string, string, string];
    const real = emu.state.catalog.albums.get(x) as { name: string };
    for (const [route, pointer] of [
      ['GET /v1/albums', '/albums/0/name'],
      ['GET /v1/albums/{id}', '/name'],
    ] as const)
      await emu.control('POST', '/faults', { route, set: { [pointer]: null }, times: 1 });
    try {
      const bad = await query(ALBUM, { id: x });
      expect(bad.data?.album?.name).toBeNull();
      expect(bad.errors?.map((e) => [e.path, e.extensions])).toEqual([
        [['album', 'name'], { code: 'SPOTIFY_UNAVAILABLE', badValue: true }],
      ]);
      // The write and the delete go out in order on the one connection: once a later command is
      // answered, both have been applied.
      await connection.ping();
      expect(await admin.exists(`${prefix()}catalog:album:${x}:`)).toBe(0);
      expect(shared.memory.get(`album:${x}:`)).toBeUndefined();
      const again = await query(ALBUM, { id: x });
      expect(again.errors).toBeUndefined();
      expect(again.data?.album?.name).toBe(real.name);
      expect(await albumCalls()).toBe(2);
      expect(JSON.parse(await stored(`${prefix()}catalog:album:${x}:`))).toMatchObject({ name: real.name });
    } finally {
      await emu.control('DELETE', '/faults');
    }
  });

  it('through the server: a copied entry without a TTL is not served, Spotify is asked', async () => {
    const [x, y] = [...emu.state.catalog.albums.keys()] as [string, string];
    const real = emu.state.catalog.albums.get(x) as { name: string };
    await query(ALBUM, { id: y });
    const copy = JSON.parse(await stored(`${prefix()}catalog:album:${y}:`)) as Record<string, unknown>;
    const forged = { ...copy, id: x, uri: `spotify:album:${x}`, name: 'PWNED via Redis' };
    await admin.set(`${prefix()}catalog:album:${x}:`, JSON.stringify(forged));
    shared.clear();
    await emu.control('DELETE', '/requests');
    const answer = await query(ALBUM, { id: x });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.name).toBe(real.name);
    expect(await albumCalls()).toBe(1);
  });
});
