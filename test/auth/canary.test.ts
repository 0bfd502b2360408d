import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loginWithCookie } from '../../src/auth/cookie-login.js';
import { SpotifyCookie } from '../../src/spotify/cookie.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, CookieJar, startAuthServer } from '../helpers/auth.js';

/**
 * Secrets never leak: every access token, refresh token and code the emulator issued during a run of
 * every sign-in path, every session token and every Spotify cookie are looked for in everything the
 * server printed (stdout, stderr, console, its warn lines, yoga's debug log) and in everything it
 * answered (bodies and headers; Set-Cookie may carry only the server's own cookies).
 */
describe('canary: no token, code or cookie in any log line or response', () => {
  const printed: string[] = [];
  const answered: { status: number; headers: string; setCookie: string[]; body: string }[] = [];
  const codes: string[] = [];
  const sessionTokens: string[] = [];
  let t: AuthTestServer;

  beforeAll(async () => {
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
      vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
        printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return write(chunk, ...rest);
      }) as typeof stream.write);
    }
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        printed.push(
          args.map((arg) => (typeof arg === 'string' ? arg : (JSON.stringify(arg) ?? String(arg)))).join(' '),
        );
      });
    }
    t = await startAuthServer({
      // Every token issued stays in the emulator's state to be looked for (no pruning during the run).
      emulator: { refreshTokenRotation: 'always', grantRetentionMs: Number.MAX_SAFE_INTEGER },
      allowedOrigins: ['http://app.test:3000'],
      logging: 'debug',
      record: (entry) => answered.push(entry),
    });
  });

  afterAll(async () => {
    await t.close();
    vi.restoreAllMocks();
  });

  const signIn = async (user: string, jar = new CookieJar()): Promise<CookieJar> => {
    const callback = await t.approve(await t.startLogin(jar), { user });
    const code = new URL(callback).searchParams.get('code');
    if (code) codes.push(code);
    await t.finishLogin(jar, callback);
    const token = jar.cookies.get('sg_session');
    if (token) sessionTokens.push(token);
    return jar;
  };

  it('runs every sign-in path', async () => {
    const alice = await signIn('alice');
    await t.graphql(
      graphql(`query CanaryMe { me { spotifyId displayName savedTracks(first: 2) { totalCount } } }`),
      { jar: alice },
    );
    await t.graphql(graphql(`query CanaryMe2 { me { spotifyId } }`), { bearer: t.sessionToken(alice) });
    await t.fetch('/auth/session', { jar: alice });
    // Renewal, twice (rotation), then a dead grant.
    for (let round = 0; round < 2; round++) {
      await t.emu.advanceClock(3_600_000);
      await t.graphql(graphql(`query CanaryMe2 { me { spotifyId } }`), { jar: alice });
    }
    const bob = await signIn('bob');
    await t.emu.advanceClock(200 * 24 * 3600 * 1000);
    await t.graphql(graphql(`query CanaryMe2 { me { spotifyId } }`), { jar: bob });
    // Refusals: foreign state, replay, bad verifier, open redirect, denial.
    const attacker = new CookieJar();
    const foreign = await t.approve(await t.startLogin(attacker));
    codes.push(new URL(foreign).searchParams.get('code') ?? '');
    await t.finishLogin(new CookieJar(), foreign);
    const jar = new CookieJar();
    const once = await t.approve(await t.startLogin(jar));
    codes.push(new URL(once).searchParams.get('code') ?? '');
    const replay = jar.clone();
    await t.finishLogin(jar, once);
    sessionTokens.push(jar.cookies.get('sg_session') ?? '');
    await t.finishLogin(replay, once);
    const swapped = new URL(await t.startLogin(new CookieJar()));
    swapped.searchParams.set('code_challenge', 'y'.repeat(43));
    const bad = await t.approve(swapped.toString());
    codes.push(new URL(bad).searchParams.get('code') ?? '');
    await t.finishLogin(new CookieJar(), bad, 'text/html');
    await t.fetch('/auth/login?returnTo=https%3A%2F%2Fevil.example');
    await t.finishLogin(
      new CookieJar(),
      await t.approve(await t.startLogin(new CookieJar()), { deny: true }),
    );
    // Malformed credentials.
    await t.graphql(graphql(`query CanaryMe2 { me { spotifyId } }`), {
      bearer: 'sgs_notarealsessiontokenxx',
    });
    await t.graphql(graphql(`query CanaryMe2 { me { spotifyId } }`), { bearer: 'BQ-not-a-token' });
    // The CLI's cookie flow (alice approved the app above).
    const info = (await t.emu.control('GET', '/info')).json as {
      users: { id: string; cookie: { sp_t: string; sp_dc: string; sp_key: string } }[];
    };
    const cookie = info.users.find((user) => user.id === 'alice')?.cookie;
    if (!cookie) throw new Error('no alice');
    sessionTokens.push(
      await loginWithCookie(
        t.origin,
        new SpotifyCookie({ spT: cookie.sp_t, spDc: cookie.sp_dc, spKey: cookie.sp_key }),
        { accountsUrl: t.emu.url },
      ),
    );
    await t.fetch('/auth/logout', { method: 'POST', jar: alice });
    expect(answered.length).toBeGreaterThan(20);
  });

  it('finds none of them in what was printed or answered', async () => {
    const info = (await t.emu.control('GET', '/info')).json as {
      users: { cookie: { sp_t: string; sp_dc: string; sp_key: string } }[];
    };
    const spotifyTokens = [...t.emu.state.accessTokens.keys(), ...t.emu.state.refreshTokens.keys()];
    const cookies = info.users.flatMap((user) => [user.cookie.sp_t, user.cookie.sp_dc, user.cookie.sp_key]);
    const canaries = [...spotifyTokens, ...codes, ...cookies, ...sessionTokens].filter(
      (value) => value.length >= 8,
    );
    expect(spotifyTokens.length).toBeGreaterThan(5);
    expect(codes.length).toBeGreaterThan(4);
    expect(sessionTokens.length).toBeGreaterThan(3);

    const logs = printed.join('\n');
    const bodies = answered.map((entry) => `${entry.status}\n${entry.headers}\n\n${entry.body}`).join('\n');
    for (const canary of canaries) {
      expect(logs.includes(canary), 'a secret in the logs').toBe(false);
      expect(bodies.includes(canary), 'a secret in a response').toBe(false);
    }
    // Set-Cookie carries the server's own cookies (session, login attempt) and nothing of Spotify's.
    const setCookies = answered.flatMap((entry) => entry.setCookie).join('\n');
    for (const canary of [...spotifyTokens, ...codes, ...cookies])
      expect(setCookies.includes(canary)).toBe(false);
    for (const line of answered.flatMap((entry) => entry.setCookie))
      expect(line).toMatch(/^sg_(session|login)=/);
  });
});
