/**
 * `login --cookie` says why a step got no answer (s37 new user, LOW): a request that failed to connect
 * was "fetch failed" (the accounts service's step) or "No spotify-graphql server answered" without the
 * cause (the server's step). Each step now names who did not answer, where (the origin only: a
 * callback's query holds the code), and why: refused, a host that does not resolve, a port fetch
 * refuses (the Fetch standard's bad ports).
 */
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithCookie } from '../../src/auth/cookie-login.js';
import { MemoryTokenStore } from '../../src/auth/memory-store.js';
import { RedisUnavailable } from '../../src/redis/connection.js';
import { SpotifyCookie } from '../../src/spotify/cookie.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';

const cookie = new SpotifyCookie({ spT: 't', spDc: 'dc', spKey: 'key' });

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The message loginWithCookie throws for `server`, with the accounts service at `accountsUrl`. */
const failure = (server: string, accountsUrl?: string): Promise<string> =>
  loginWithCookie(server, cookie, accountsUrl === undefined ? {} : { accountsUrl }).then(
    () => 'signed in',
    (error: unknown) => (error as Error).message,
  );

describe('login --cookie when the server does not answer', () => {
  it('says the connection was refused', async () => {
    const port = await closedPort();
    expect(await failure(`http://127.0.0.1:${port}`)).toBe(
      `No spotify-graphql server answered at http://127.0.0.1:${port}: the connection was refused (nothing listens there): start one, or pass --server URL`,
    );
  });

  it('says fetch refuses a bad port', async () => {
    expect(await failure('http://127.0.0.1:6000')).toMatch(
      /^No spotify-graphql server answered at http:\/\/127\.0\.0\.1:6000: fetch refuses that port \(a "bad port"/,
    );
  });

  it('says a host name does not resolve', async () => {
    expect(await failure('http://no-such-host.invalid:4000')).toMatch(
      /^No spotify-graphql server answered at http:\/\/no-such-host\.invalid:4000: the host name does not resolve/,
    );
  });
});

describe('login --cookie when the accounts service does not answer', () => {
  let emu: TestEmulator;
  let t: AuthTestServer;
  beforeAll(async () => {
    emu = await startTestEmulator();
    t = await startAuthServer({ emu });
  });
  afterAll(() => t.close());

  it('names the accounts service and the refusal, not "fetch failed"', async () => {
    const accounts = new URL(emu.url).origin;
    await emu.close();
    const said = await failure(t.origin, accounts);
    expect(said).toBe(
      `The accounts service did not answer at ${accounts}: the connection was refused (nothing listens there)`,
    );
  });
});

/** A store whose Redis is down for login attempts: `/auth/login` answers 503 SESSION_STORE_UNAVAILABLE. */
class DownStore extends MemoryTokenStore {
  override saveLoginAttempt(): Promise<void> {
    return Promise.reject(new RedisUnavailable());
  }
}

describe('login --cookie when the server refuses (s38 new user, MEDIUM)', () => {
  it('says the session store is unavailable, not "is a server running there?"', async () => {
    const t = await startAuthServer({ store: new DownStore() });
    try {
      expect(await failure(t.origin)).toBe(
        'The server refused the sign-in (503 SESSION_STORE_UNAVAILABLE): The session store is unavailable: try again shortly',
      );
    } finally {
      await t.close();
    }
  });

  it('says too many sign-ins (429 RATE_LIMITED), any code of ours at any status', async () => {
    const t = await startAuthServer({ limits: { loginStartsPerMinute: 1 } });
    try {
      await failure(t.origin);
      expect(await failure(t.origin)).toMatch(
        /^The server refused the sign-in \(429 RATE_LIMITED\): Too many sign-in attempts: try again in \d+ s$/,
      );
    } finally {
      await t.close();
    }
  });

  it('keeps the "is a server running there?" guess for an answer that is not ours', async () => {
    const other = createHttpServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as { port: number };
    try {
      expect(await failure(`http://127.0.0.1:${port}`)).toBe(
        `http://127.0.0.1:${port}/auth/login answered 404: is a spotify-graphql server running there?`,
      );
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});

describe('login --cookie when the accounts service asks to sign in or approve (s38 new user, LOW)', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer();
  });
  afterAll(() => t.close());

  it('says a seeded user has not approved the app, with the absolute /auth/login', async () => {
    const info = (await t.emu.control('GET', '/info')).json as {
      users: { id: string; cookie: { sp_t: string; sp_dc: string; sp_key: string } }[];
    };
    const bob = info.users.find((user) => user.id === 'bob')?.cookie;
    if (!bob) throw new Error('no seeded bob');
    const said = await loginWithCookie(
      t.origin,
      new SpotifyCookie({ spT: bob.sp_t, spDc: bob.sp_dc, spKey: bob.sp_key }),
      { accountsUrl: t.emu.url },
    ).then(
      () => 'signed in',
      (error: unknown) => (error as Error).message,
    );
    expect(said).toBe(
      `The cookie signs in, but this user has not approved the app yet: sign in once in a browser at ${t.origin}/auth/login and agree, then run login again`,
    );
  });

  it('says a cookie that signs no one in is not signed in', async () => {
    expect(await failure(t.origin, t.emu.url)).toBe(
      'The cookie does not sign in at the accounts service (it expired, or is not the cookie of a seeded or real user): take a fresh one from a browser signed in at Spotify',
    );
  });
});

/**
 * s43 attack F2: the server's refusal was read whole before its first 64 KiB were kept, so a server
 * answering /auth/login with an endless body held login (and grew its memory) for as long as it sent.
 * Fail on the old code: login never returns (test timeout).
 */
describe('login --cookie when the server answers with an endless body', () => {
  let server: ReturnType<typeof createHttpServer>;
  let url: string;
  beforeAll(async () => {
    server = createHttpServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const write = (): void => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', write);
      };
      write();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reads at most 64 KiB of it and says the server answered 500', async () => {
    expect(await failure(url, url)).toBe(
      `${url}/auth/login answered 500: is a spotify-graphql server running there?`,
    );
  });
});

// s43 attack F4: the refusal of an accounts URL with a user name quoted it whole, password included.
describe('login --cookie with an accounts URL that carries a user name and password', () => {
  it('refuses it before any request without quoting the password', async () => {
    const port = await closedPort();
    expect(await failure(`http://127.0.0.1:${port}`, 'http://user:hunter2@accounts.example:8443/x')).toBe(
      '--accounts (or SPOTIFY_ACCOUNTS_URL) must be an http or https URL without a user name or password, such as https://accounts.spotify.com: not "http://accounts.example:8443/x" (its user name and password not shown)',
    );
  });
});
