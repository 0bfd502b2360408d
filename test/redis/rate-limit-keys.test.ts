import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/redis/connection.js';
import { sharedRateLimiter } from '../../src/redis/rate-limiter.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';

/**
 * A per-client counter in Redis written by someone other than an instance: it must not silently turn
 * the shared limit into a per-instance one (every INCRBY failing, each instance counting in memory) or
 * a larger one (a negative start). The limiter resets it with the window's expiry and warns once.
 */
describe('hostile per-client rate-limit keys in Redis', () => {
  let redis: TestRedis;
  let admin: Redis;
  let connection: Redis;
  const WINDOW_S = 60;

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    connection = await connectRedis(redis.url);
  });
  afterAll(async () => {
    connection?.disconnect();
    admin?.disconnect();
    await redis?.stop();
  });

  const KEY = 'sg:rate-limit:graphql:user:mallory';

  it.each([
    ['a non-integer', () => admin.set(KEY, 'abc')],
    ['a list', () => admin.rpush(KEY, 'a')],
    ['a number beyond 64 bits', () => admin.set(KEY, '99999999999999999999')],
    ['a negative number with a TTL', () => admin.set(KEY, '-100000', 'EX', 3000)],
    ['a counter without a TTL', () => admin.set(KEY, '1')],
    ['a counter with a TTL beyond the window', () => admin.set(KEY, '1', 'EX', 86_400)],
  ])('%s is reset to a counter with the window TTL, warned about once', async (_name, write) => {
    const warnings: string[] = [];
    const limiter = sharedRateLimiter(
      { points: 2, durationSeconds: WINDOW_S, name: 'graphql', warn: (message) => warnings.push(message) },
      connection,
    );
    await admin.del(KEY);
    await write();
    await limiter.consume('user:mallory');
    expect(await admin.get(KEY)).toBe('1');
    const ttl = await admin.pttl(KEY);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(WINDOW_S * 1000);
    // The shared count holds: the limit (2) is reached in Redis, not per instance.
    await limiter.consume('user:mallory');
    await expect(limiter.consume('user:mallory')).rejects.toMatchObject({ remainingPoints: 0 });
    expect(await admin.get(KEY)).toBe('3');
    // Once per limiter, however often it repairs.
    await admin.del(KEY);
    await write();
    await limiter.consume('user:mallory');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain('mallory');
  });

  it("an instance's own counter is left alone (no warning)", async () => {
    const warnings: string[] = [];
    const limiter = sharedRateLimiter(
      { points: 5, durationSeconds: WINDOW_S, name: 'graphql', warn: (message) => warnings.push(message) },
      connection,
    );
    await admin.del(KEY);
    for (let i = 0; i < 3; i++) await limiter.consume('user:mallory');
    expect(await admin.get(KEY)).toBe('3');
    expect(warnings).toEqual([]);
  });
});
