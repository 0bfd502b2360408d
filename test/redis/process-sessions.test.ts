import { beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { CookieJar } from '../helpers/auth.js';
import { documentText } from '../helpers/documents.js';
import type { TestEmulator } from '../helpers/emulator.js';
import { type ServeProcess, useServeProcesses } from '../helpers/processes.js';
import type { TestRedis } from '../helpers/redis.js';
import { waitFor } from '../helpers/subscriptions.js';

// Two real `serve` processes and a real redis-server that is restarted and hung: generous deadlines.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * Sessions across two `spotify-graphql serve` processes sharing one redis-server, configured only by
 * their environment, as behind a load balancer: both have one public callback URL (the balancer's), so
 * a sign-in started on one may finish on the other; the session then works on both, survives a Redis
 * restart (with persistence), and a hung Redis answers the documented error within the configured
 * REDIS_COMMAND_TIMEOUT_MS instead of holding the request.
 */

const ME = graphql(`query ProcessSessionsMe { me { spotifyId } }`);

interface Answer {
  status: number;
  body: {
    data?: { me?: { spotifyId: string } | null } | null;
    errors?: { extensions?: { code?: string } }[];
  };
}

describe('two server processes, one Redis: sessions', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let a: ServeProcess;
  let b: ServeProcess;
  /** The load balancer's callback URL both processes are configured with (nothing listens there). */
  const balancer = 'http://127.0.0.1:9/auth/callback';
  const set = useServeProcesses({
    keyByte: 11,
    env: { SPOTIFY_REDIRECT_URI: balancer, REDIS_COMMAND_TIMEOUT_MS: '1500' },
    async beforeStart(started) {
      ({ redis, emu } = started);
      const registered = await emu.control('POST', '/redirect-uris', { redirectUri: balancer });
      expect(registered.status).toBe(200);
    },
  });

  const originOf = (instance: ServeProcess): string => new URL(instance.url).origin;
  const me = async (instance: ServeProcess, jar: CookieJar): Promise<Answer> => {
    const response = await fetch(`${originOf(instance)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', cookie: jar.header() },
      body: JSON.stringify({ query: documentText(ME) }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };
  const readyStatus = async (instance: ServeProcess): Promise<number> =>
    (await fetch(`${originOf(instance)}/ready`)).status;

  /** Starts the sign-in on `first`, approves as `user` on the emulator, and finishes it on `second`. */
  const signIn = async (first: ServeProcess, second: ServeProcess, user: string): Promise<CookieJar> => {
    const jar = new CookieJar();
    const login = await fetch(`${originOf(first)}/auth/login`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    jar.absorb(login);
    const authorizeUrl = login.headers.get('location') ?? '';
    const page = await fetch(authorizeUrl, { redirect: 'manual' });
    expect(page.status).toBe(200);
    await page.text();
    const form = new URLSearchParams(new URL(authorizeUrl).searchParams);
    form.set('user', user);
    form.set('decision', 'approve');
    const approved = await fetch(`${emu.url}/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    expect(approved.status).toBe(302);
    // The browser goes to the balancer, which this time sends it to the other process.
    const callback = new URL(approved.headers.get('location') ?? '');
    expect(`${callback.origin}${callback.pathname}`).toBe(balancer);
    const finished = await fetch(`${originOf(second)}/auth/callback${callback.search}`, {
      headers: { cookie: jar.header(), accept: 'application/json' },
      redirect: 'manual',
    });
    expect(finished.status).toBe(302);
    jar.absorb(finished);
    return jar;
  };

  beforeAll(() => {
    [a, b] = set.instances as [ServeProcess, ServeProcess];
  });

  it('a sign-in started on one process and finished on the other gives a session both accept', async () => {
    const jar = await signIn(a, b, 'alice');
    for (const instance of [a, b])
      expect((await me(instance, jar)).body).toEqual({ data: { me: { spotifyId: 'alice' } } });
  });

  it('50 concurrent requests on an expired session, spread over both processes, make one token call', async () => {
    const jar = await signIn(a, b, 'carol');
    await emu.advanceClock(3_600_000);
    await emu.control('DELETE', '/requests');
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => me(i % 2 === 0 ? a : b, jar)));
    for (const answer of answers) expect(answer.body).toEqual({ data: { me: { spotifyId: 'carol' } } });
    const log = (await emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
    expect(log.byRoute['POST /api/token']).toBe(1);
  });

  it('Redis stopped and started again (with persistence) mid-run loses no session', async () => {
    const jar = await signIn(b, a, 'carol');
    await redis.stop({ keepData: true });
    try {
      const during = await me(a, jar);
      expect(during.status).toBe(503);
      expect(during.body.errors?.[0]?.extensions?.code).toBe('SESSION_STORE_UNAVAILABLE');
    } finally {
      await redis.start();
    }
    await waitFor(
      async () => (await readyStatus(a)) === 200 && (await readyStatus(b)) === 200,
      () => `/ready after the restart: ${a.output()} ${b.output()}`,
      60_000,
    );
    for (const instance of [b, a])
      expect((await me(instance, jar)).body).toEqual({ data: { me: { spotifyId: 'carol' } } });
  });

  it('a hung Redis (SIGSTOP): /ready 503 and SESSION_STORE_UNAVAILABLE from both (REDIS_COMMAND_TIMEOUT_MS bounds the wait); SIGCONT brings the session back', async () => {
    const jar = await signIn(a, a, 'alice');
    redis.hang();
    try {
      for (const instance of [a, b]) {
        const ready = await fetch(`${originOf(instance)}/ready`);
        expect(ready.status).toBe(503);
        expect(((await ready.json()) as { reason?: string }).reason).toBe(
          'Redis did not answer PING within 1500 ms',
        );
        const answer = await me(instance, jar);
        expect(answer.status).toBe(503);
        expect(answer.body.errors?.[0]?.extensions?.code).toBe('SESSION_STORE_UNAVAILABLE');
      }
    } finally {
      redis.resume();
    }
    await waitFor(
      async () => (await readyStatus(a)) === 200 && (await readyStatus(b)) === 200,
      () => '/ready back to 200 on both',
      60_000,
    );
    for (const instance of [a, b])
      expect((await me(instance, jar)).body).toEqual({ data: { me: { spotifyId: 'alice' } } });
  });

  it('SIGTERM while Redis hangs still stops the process (closing Redis is bounded too)', async () => {
    redis.hang();
    try {
      // kill() resolves when the process has exited.
      await a.kill('SIGTERM');
      expect(a.output()).not.toMatch(/exiting now/);
    } finally {
      redis.resume();
    }
  });
});
