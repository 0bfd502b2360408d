import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LEASE_TTL_MS, PollLease, type StaleLeaseReason } from '../../src/redis/poll-lease.js';
import { startTestRedis, type TestRedis, testKeys } from '../helpers/redis.js';

/** Polls `check` until it holds (deadline 20 s: generous under load). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Which holder a lease's value names (`<holder> <deadline> <mac>`), or null without one. */
const holderOf = (value: string | null): string | null => value?.split(' ')[0] ?? null;

describe('the poll lease in Redis', () => {
  let redis: TestRedis;
  let client: Redis;
  const lease = (key: string, holder: string) => new PollLease(client, key, holder, testKeys());

  beforeAll(async () => {
    redis = await startTestRedis();
    client = redis.client();
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  it('one holder at a time: the other is refused while the holder keeps extending it', async () => {
    const a = lease('sg:test-lease:1', 'a');
    const b = lease('sg:test-lease:1', 'b');
    expect(await a.claim(60_000)).toBe(true);
    expect(await b.claim(60_000)).toBe(false);
    expect(await a.claim(30_000)).toBe(true);
    expect(holderOf(await client.get('sg:test-lease:1'))).toBe('a');
    const ttl = await client.pttl('sg:test-lease:1');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });

  it('a holder that stops extending loses it when it lapses; the next claim takes it', async () => {
    const a = lease('sg:test-lease:2', 'a');
    const b = lease('sg:test-lease:2', 'b');
    expect(await a.claim(100)).toBe(true);
    await eventually(async () => (await client.exists('sg:test-lease:2')) === 0);
    expect(await b.claim(60_000)).toBe(true);
    expect(await a.claim(60_000)).toBe(false);
  });

  it('only the holder can release it', async () => {
    const a = lease('sg:test-lease:3', 'a');
    const b = lease('sg:test-lease:3', 'b');
    expect(await a.claim(60_000)).toBe(true);
    expect(await b.release()).toBe(false);
    expect(holderOf(await client.get('sg:test-lease:3'))).toBe('a');
    expect(await a.release()).toBe(true);
    expect(await b.claim(60_000)).toBe(true);
  });
});

describe('a stale poll lease in Redis', () => {
  let redis: TestRedis;
  let client: Redis;
  /** Takeovers reported, as `<holder> <reason>`. */
  const takeovers: string[] = [];
  const lease = (key: string, holder: string, byte = 1) =>
    new PollLease(client, key, holder, testKeys(byte), (reason: StaleLeaseReason) =>
      takeovers.push(`${holder} ${reason}`),
    );

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
    const b = lease('sg:test-lease:stale-1', 'b');
    expect(await b.claim(4000)).toBe(true);
    expect(holderOf(await client.get('sg:test-lease:stale-1'))).toBe('b');
    const ttl = await client.pttl('sg:test-lease:stale-1');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(4000);
  });

  it('held with an absurd TTL (10 years) is taken over', async () => {
    await client.set('sg:test-lease:stale-2', 'dead-instance', 'PX', 10 * 365 * 24 * 3600 * 1000);
    const b = lease('sg:test-lease:stale-2', 'b');
    expect(await b.claim(4000)).toBe(true);
    expect(holderOf(await client.get('sg:test-lease:stale-2'))).toBe('b');
  });

  it('of another type (a hash written over it) is taken over', async () => {
    await client.hset('sg:test-lease:stale-3', 'holder', 'dead-instance');
    const b = lease('sg:test-lease:stale-3', 'b');
    expect(await b.claim(4000)).toBe(true);
    expect(holderOf(await client.get('sg:test-lease:stale-3'))).toBe('b');
  });

  it('a live lease within the bound is not taken over, and no claim sets more than the bound', async () => {
    const a = lease('sg:test-lease:stale-4', 'a');
    const b = lease('sg:test-lease:stale-4', 'b');
    expect(await a.claim(10 * 365 * 24 * 3600 * 1000)).toBe(true);
    const ttl = await client.pttl('sg:test-lease:stale-4');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(MAX_LEASE_TTL_MS);
    expect(await b.claim(4000)).toBe(false);
    expect(holderOf(await client.get('sg:test-lease:stale-4'))).toBe('a');
    expect(takeovers.filter((entry) => entry.startsWith('b '))).toEqual([
      'b no-ttl',
      'b no-ttl',
      'b wrong-type',
    ]);
  });

  it('a well-formed value with a 10-minute TTL written by hand is forged: taken over at the next claim, and said so', async () => {
    takeovers.length = 0;
    const key = 'sg:test-lease:forged-1';
    await client.set(key, 'evil:1:x', 'PX', 600_000);
    expect(await lease(key, 'c').claim(4000)).toBe(true);
    expect(holderOf(await client.get(key))).toBe('c');
    // A signed-looking value, or one signed by another deployment's key, is no better.
    await client.set(key, `a ${Date.now() + 600_000} ${'A'.repeat(43)}`, 'PX', 600_000);
    expect(await lease(key, 'd').claim(4000)).toBe(true);
    // Each deployment takes the other's lease for forged: they share no key, so they share no lease.
    expect(await lease(key, 'e', 2).claim(600_000)).toBe(true);
    expect(await lease(key, 'f').claim(4000)).toBe(true);
    expect(takeovers).toEqual(['c forged', 'd forged', 'e forged', 'f forged']);
  });

  it("a holder's value copied and written again with a long TTL is stale once the holder's own deadline passes", async () => {
    takeovers.length = 0;
    const key = 'sg:test-lease:copied-1';
    expect(await lease(key, 'a').claim(100)).toBe(true);
    const copy = (await client.get(key)) ?? '';
    await client.set(key, copy, 'PX', 600_000);
    const b = lease(key, 'b');
    // Within the deadline the holder signed (and the clock allowance), the copy stands for its holder.
    expect(await b.claim(4000)).toBe(false);
    await eventually(() => b.claim(4000));
    expect(holderOf(await client.get(key))).toBe('b');
    expect(takeovers).toEqual(['b expired']);
    // The old holder finds another's live lease at its next claim: it stops (fencing).
    expect(await lease(key, 'a').claim(4000)).toBe(false);
  });
});
