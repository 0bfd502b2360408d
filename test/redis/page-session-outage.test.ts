import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RedisTokenStore } from '../../src/auth/redis-store.js';
import { connectRedis } from '../../src/redis/connection.js';
import { type AuthTestServer, type CookieJar, startAuthServer } from '../helpers/auth.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { servedDefaultQuery } from '../helpers/graphiql-welcome.js';
import { startTestRedis, type TestRedis, testKeys } from '../helpers/redis.js';

// Real servers and a real redis-server stopped, hung and restarted: generous deadlines. The hung
// store's command timeout (below) is longer than any test may take, so a page that waits for the
// store's own timeout fails its test by never answering.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** Far beyond the test timeout: a slow store that answers (or times out) only after minutes. */
const COMMAND_TIMEOUT_MS = 300_000;
/** How the pages offer a sign-in (the home page's route list names /auth/login too: it is not an offer). */
const SIGN_IN_OFFER = /sign in at|sign in again/i;
const UNAVAILABLE = 'The session store is unavailable right now';

/**
 * The home page and GraphiQL's welcome while the session store (Redis) is down, hung or slow (new-user
 * finding): they said "Sign in" as if the signed-in user were signed out, and waited for the store.
 * They must say the store is unavailable (the user may still be signed in), offer no sign-in, and
 * answer without waiting for the store's own command timeout.
 */
describe('pages that show who is signed in, while the session store does not answer', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let connection: Redis;
  let t: AuthTestServer;
  /**
   * GraphiQL's page, the same bytes for every visitor, loaded before any outage: its GET is admitted by
   * the fair-use limiter, which counts in Redis and would wait for the store's own timeout.
   */
  let graphiqlPage: string;

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    connection = await connectRedis(redis.url, { commandTimeoutMs: COMMAND_TIMEOUT_MS });
    t = await startAuthServer({
      emu,
      store: new RedisTokenStore(connection),
      keys: testKeys(),
      redis: connection,
    });
    const page = await t.fetch('/graphql', { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(page.status).toBe(200);
    graphiqlPage = await page.text();
  });
  afterAll(async () => {
    redis?.resume();
    await t?.close();
    connection?.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  const homePage = async (jar: CookieJar) => {
    const page = await t.fetch('/', { jar, headers: { accept: 'text/html' } });
    const html = await page.text();
    // What the page says of the visitor: its last paragraph.
    return {
      status: page.status,
      cacheControl: page.headers.get('cache-control'),
      html: html.slice(html.lastIndexOf('<p>')),
    };
  };
  /** GraphiQL's first query as the page shows it to this browser (its script run on the served page). */
  const welcome = (jar?: CookieJar): Promise<string> =>
    servedDefaultQuery(graphiqlPage, (path, init) => t.fetch(path, { ...init, ...(jar ? { jar } : {}) }));
  const firstLines = (query: string): string => query.split('\n').slice(0, 3).join('\n');

  it('a hung Redis (SIGSTOP, command timeout of minutes): both say the store is unavailable, with no sign-in offer, without waiting for it', async () => {
    const jar = await t.signIn('carol');
    expect((await homePage(jar)).html).toContain('You are signed in as Carol Premium');
    expect(await welcome(jar)).toContain('You are signed in as Carol Premium');
    redis.hang();
    try {
      const home = await homePage(jar);
      expect(home.status).toBe(200);
      expect(home.html).toContain(UNAVAILABLE);
      expect(home.html).toContain('if you signed in, you still are');
      expect(home.html).not.toMatch(SIGN_IN_OFFER);
      expect(home.cacheControl).toBe('no-store');
      const query = firstLines(await welcome(jar));
      expect(query).toContain('The session store is unavailable right now');
      expect(query).not.toMatch(SIGN_IN_OFFER);
      // The welcome's own question, as a script would ask it: 503, the user not dropped.
      const session = await t.fetch('/auth/session?optional=true', { jar });
      expect(session.status).toBe(503);
      expect(((await session.json()) as { error: { code: string } }).error.code).toBe(
        'SESSION_STORE_UNAVAILABLE',
      );
    } finally {
      redis.resume();
    }
    // Back once Redis answers: the session was never lost.
    await vi.waitFor(
      async () => expect((await homePage(jar)).html).toContain('You are signed in as Carol Premium'),
      {
        timeout: 30_000,
        interval: 100,
      },
    );
  });

  it('a stopped Redis: both say the store is unavailable, with no sign-in offer', async () => {
    const jar = await t.signIn('alice');
    await redis.stop({ keepData: true });
    try {
      const home = await homePage(jar);
      expect(home.status).toBe(200);
      expect(home.html).toContain(UNAVAILABLE);
      expect(home.html).not.toMatch(SIGN_IN_OFFER);
      const text = await (await t.fetch('/', { jar })).text();
      expect(text).toContain(UNAVAILABLE);
      expect(text).not.toContain('Sign in at');
      const query = firstLines(await welcome(jar));
      expect(query).toContain('The session store is unavailable right now');
      expect(query).not.toMatch(SIGN_IN_OFFER);
    } finally {
      await redis.start();
    }
    await vi.waitFor(
      async () => expect((await homePage(jar)).html).toContain('You are signed in as Alice Premium'),
      {
        timeout: 30_000,
        interval: 100,
      },
    );
  });

  it('without a session cookie, both still say how to sign in while Redis is stopped (no store read)', async () => {
    await redis.stop({ keepData: true });
    try {
      const html = (await t.fetch('/', { headers: { accept: 'text/html' } }).then((r) => r.text())) as string;
      expect(html).toContain('Sign in at <a href="/auth/login">/auth/login</a>');
      expect(await welcome()).toContain('Sign in at /auth/login');
    } finally {
      await redis.start();
    }
  });
});
