import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LEASE_TTL_MS, PollLease } from '../../src/redis/poll-lease.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';

/** Polls `check` until it holds (deadline 20 s: generous under load). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the poll lease in Redis', () => {
  let redis: TestRedis;
  let client: Redis;

  beforeAll(async () => {
    redis = await startTestRedis();
    client = redis.client();
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  it('one holder at a time: the other is refused while the holder keeps extending it', async () => {
    const a = new PollLease(client, 'sg:test-lease:1', 'a');
    const b = new PollLease(client, 'sg:test-lease:1', 'b');
    expect(await a.claim(60_000)).toBe(true);
    expect(await b.claim(60_000)).toBe(false);
    expect(await a.claim(30_000)).toBe(true);
    expect(await client.get('sg:test-lease:1')).toBe('a');
    const ttl = await client.pttl('sg:test-lease:1');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });

  it('a holder that stops extending loses it when it lapses; the next claim takes it', async () => {
    const a = new PollLease(client, 'sg:test-lease:2', 'a');
    const b = new PollLease(client, 'sg:test-lease:2', 'b');
    expect(await a.claim(100)).toBe(true);
    await eventually(async () => (await client.exists('sg:test-lease:2')) === 0);
    expect(await b.claim(60_000)).toBe(true);
    expect(await a.claim(60_000)).toBe(false);
  });

  it('only the holder can release it', async () => {
    const a = new PollLease(client, 'sg:test-lease:3', 'a');
    const b = new PollLease(client, 'sg:test-lease:3', 'b');
    expect(await a.claim(60_000)).toBe(true);
    expect(await b.release()).toBe(false);
    expect(await client.get('sg:test-lease:3')).toBe('a');
    expect(await a.release()).toBe(true);
    expect(await b.claim(60_000)).toBe(true);
  });
});

describe('a stale poll lease in Redis', () => {
  let redis: TestRedis;
  let client: Redis;

  beforeAll(async () => {
    redis = await startTestRedis();
    client = redis.client();
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  it('held without a TTL (a dead instance, a hand-written key) is taken over, with a TTL', async () => {
    await client.set('sg:test-lease:stale-1', 'dead-instance');
    const b = new PollLease(client, 'sg:test-lease:stale-1', 'b');
    expect(await b.claim(4000)).toBe(true);
    expect(await client.get('sg:test-lease:stale-1')).toBe('b');
    const ttl = await client.pttl('sg:test-lease:stale-1');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(4000);
  });

  it('held with an absurd TTL (10 years) is taken over', async () => {
    await client.set('sg:test-lease:stale-2', 'dead-instance', 'PX', 10 * 365 * 24 * 3600 * 1000);
    const b = new PollLease(client, 'sg:test-lease:stale-2', 'b');
    expect(await b.claim(4000)).toBe(true);
    expect(await client.get('sg:test-lease:stale-2')).toBe('b');
  });

  it('of another type (a hash written over it) is taken over', async () => {
    await client.hset('sg:test-lease:stale-3', 'holder', 'dead-instance');
    const b = new PollLease(client, 'sg:test-lease:stale-3', 'b');
    expect(await b.claim(4000)).toBe(true);
    expect(await client.get('sg:test-lease:stale-3')).toBe('b');
  });

  it('a live lease within the bound is not taken over, and no claim sets more than the bound', async () => {
    const a = new PollLease(client, 'sg:test-lease:stale-4', 'a');
    const b = new PollLease(client, 'sg:test-lease:stale-4', 'b');
    expect(await a.claim(10 * 365 * 24 * 3600 * 1000)).toBe(true);
    const ttl = await client.pttl('sg:test-lease:stale-4');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(MAX_LEASE_TTL_MS);
    expect(await b.claim(4000)).toBe(false);
    expect(await client.get('sg:test-lease:stale-4')).toBe('a');
  });
});
