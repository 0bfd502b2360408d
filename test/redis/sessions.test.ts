import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_STARTS_PER_MINUTE as LOGIN_STARTS_PER_MINUTE } from '../../src/auth/server-auth.js';
import { graphql } from '../generated/index.js';
import type { AuthTestServer } from '../helpers/auth.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { startRedisAuthInstance, startTestRedis, type TestRedis } from '../helpers/redis.js';

const ME = graphql(`query RedisSessionsMe { me { spotifyId } }`);

async function tokenCalls(emu: TestEmulator): Promise<number> {
  const log = await emu.control('GET', '/requests');
  return (log.json as { byRoute: Record<string, number> }).byRoute['POST /api/token'] ?? 0;
}

/** Polls `check` until it holds (deadline 20 s: generous under load). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('two instances sharing one Redis for sessions', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let a: AuthTestServer;
  let b: AuthTestServer;

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator({ refreshTokenRotation: 'always' });
    a = await startRedisAuthInstance(redis, emu);
    b = await startRedisAuthInstance(redis, emu);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await emu?.close();
    await redis?.stop();
  });

  it('a session created through one instance works on the other', async () => {
    const jar = await a.signIn('alice');
    expect((await b.graphql(ME, { jar })).body).toEqual({ data: { me: { spotifyId: 'alice' } } });
    expect((await b.fetch('/auth/session', { jar })).status).toBe(200);
  });

  it('50 concurrent requests on an expired session, spread over both, make one token call', async () => {
    const jar = await a.signIn('bob');
    await emu.advanceClock(3_600_000);
    await emu.control('DELETE', '/requests');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? a : b).graphql(ME, { jar })),
    );
    for (const answer of answers) expect(answer.body).toEqual({ data: { me: { spotifyId: 'bob' } } });
    expect(await tokenCalls(emu)).toBe(1);
  });

  it('Redis down: /ready 503, a typed error instead of a sign-out; back up: the session works again', async () => {
    const jar = await a.signIn('carol');
    expect((await a.fetch('/ready')).status).toBe(200);
    await redis.stop({ keepData: true });
    try {
      await eventually(async () => (await a.fetch('/ready')).status === 503);
      const failed = await b.graphql(ME, { jar });
      expect(failed.body.errors?.[0]?.extensions?.code).toBe('SESSION_STORE_UNAVAILABLE');
      expect(failed.body.errors?.[0]?.message).not.toMatch(/sgs_|redis:\/\//);
      // v38 new user, item 7: the session read said "try again shortly" beside a sign-in link
      // (`loginUrl`), though the session is intact and a sign-in needs the store too.
      for (const accept of ['application/json', 'text/html']) {
        const session = await a.fetch('/auth/session', { jar, headers: { accept } });
        expect(session.status).toBe(503);
        // Not signed out: no cookie was cleared.
        expect(session.headers.getSetCookie()).toEqual([]);
        const text = await session.text();
        expect(text).toContain('SESSION_STORE_UNAVAILABLE');
        expect(text).toContain('(you are still signed in)');
        expect(text).not.toMatch(/loginUrl|auth\/login|Sign in again/);
      }
    } finally {
      await redis.start();
    }
    await eventually(async () => (await a.fetch('/ready')).status === 200);
    await eventually(async () => (await b.fetch('/ready')).status === 200);
    expect((await b.graphql(ME, { jar })).body).toEqual({ data: { me: { spotifyId: 'carol' } } });
    expect((await a.graphql(ME, { jar })).body).toEqual({ data: { me: { spotifyId: 'carol' } } });
  });
});

// v37 new user, item 3: a logout while Redis was down answered 503 with a `loginUrl` (a sign-in link
// for a sign-out) and did not say that the session lives on.
it('Redis down: a logout says the session was not ended, without a sign-in link; back up: it ends', async () => {
  const redis = await startTestRedis();
  const emu = await startTestEmulator();
  const a = await startRedisAuthInstance(redis, emu);
  try {
    const jar = await a.signIn('alice');
    await redis.stop({ keepData: true });
    try {
      await eventually(async () => (await a.fetch('/ready')).status === 503);
      for (const accept of ['application/json', 'text/html']) {
        const refused = await a.fetch('/auth/logout', { jar, method: 'POST', headers: { accept } });
        expect(refused.status).toBe(503);
        // Not signed out: the cookie stays, so that no live session hides behind a cleared one.
        expect(refused.headers.getSetCookie()).toEqual([]);
        const text = await refused.text();
        expect(text).toContain('SESSION_STORE_UNAVAILABLE');
        expect(text).toContain('the session was not ended (you are still signed in)');
        expect(text).not.toMatch(/loginUrl|auth\/login|Sign in again/);
      }
    } finally {
      await redis.start();
    }
    await eventually(async () => (await a.fetch('/ready')).status === 200);
    expect((await a.fetch('/auth/logout', { jar, method: 'POST' })).status).toBe(204);
    expect((await a.fetch('/auth/session', { jar })).status).toBe(401);
  } finally {
    await a.close();
    await emu.close();
    await redis.stop();
  }
});

describe('sign-in starts limited across two instances', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let a: AuthTestServer;
  let b: AuthTestServer;

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    a = await startRedisAuthInstance(redis, emu);
    b = await startRedisAuthInstance(redis, emu);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await emu?.close();
    await redis?.stop();
  });

  it(`one address gets ${LOGIN_STARTS_PER_MINUTE} starts a minute in all, not on each instance`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_STARTS_PER_MINUTE; i += 1)
      statuses.push((await (i % 2 === 0 ? a : b).fetch('/auth/login')).status);
    expect(statuses.every((status) => status === 302)).toBe(true);
    for (const instance of [a, b]) {
      const refused = await instance.fetch('/auth/login', { headers: { accept: 'application/json' } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });
});
