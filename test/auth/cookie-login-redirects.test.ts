/**
 * `login --cookie` follows redirects only to the server it was given (or its other loopback name) and
 * to the accounts service (since s43: the one the user names, below) (s39 closing, LOW): it followed the accounts service's
 * redirect to any host, sending the authorization code (in the query) and the server's login cookie
 * there, and the server's /auth/login hop to any host's /auth/login, sending the Spotify cookie to
 * wherever that host pointed. Each such redirect is now refused with one line naming the host, and the
 * third host gets no request at all.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loginWithCookie } from '../../src/auth/cookie-login.js';
import { SpotifyCookie } from '../../src/spotify/cookie.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

const cookie = new SpotifyCookie({ spT: 'the-sp-t', spDc: 'the-sp-dc', spKey: 'the-sp-key' });

/** A loopback HTTP server answering every request with `answer(req)` (status, location), recording each. */
interface Host {
  origin: string;
  seen: string[];
  server: Server;
}

async function host(answer: (req: IncomingMessage) => { status: number; location?: string }): Promise<Host> {
  const seen: string[] = [];
  const server = createHttpServer((req, res) => {
    seen.push(`${req.method} ${req.url} cookie=${req.headers.cookie ?? ''}`);
    const { status, location } = answer(req);
    res.writeHead(status, location === undefined ? {} : { location }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, seen, server };
}

const closeHost = (h: Host): Promise<void> => new Promise((resolve) => h.server.close(() => resolve()));

/** The message loginWithCookie throws for `server`, with the accounts service at `accountsUrl`. */
const failure = (server: string, accountsUrl?: string): Promise<string> =>
  loginWithCookie(server, cookie, accountsUrl === undefined ? {} : { accountsUrl }).then(
    () => 'signed in',
    (error: unknown) => (error as Error).message,
  );

describe("login --cookie and the accounts service's redirect to a third host", () => {
  let third: Host;
  let accounts: Host;
  let t: AuthTestServer;
  beforeAll(async () => {
    third = await host(() => ({ status: 302, location: '/' }));
    // An accounts service that approves by sending the code to the third host, the state kept.
    accounts = await host((req) => {
      const state = new URL(req.url ?? '/', 'http://x').searchParams.get('state') ?? '';
      return { status: 302, location: `${third.origin}/auth/callback?code=THE-CODE&state=${state}` };
    });
    t = await startAuthServer({ config: { accountsUrl: accounts.origin } });
  });
  afterAll(async () => {
    await t.close();
    await closeHost(accounts);
    await closeHost(third);
  });

  it('refuses it with one line naming both hosts, and sends the third host nothing', async () => {
    const said = await failure(t.origin, accounts.origin);
    expect(said).toBe(
      `The accounts service redirected the sign-in to ${third.origin}, not back to the server at ${t.origin}: not followed (the code and cookie were not sent there)`,
    );
    expect(said).not.toContain('THE-CODE');
    // The accounts service the server names got the Spotify cookie, as it should; the third host nothing.
    expect(accounts.seen).toEqual([expect.stringMatching(/^GET \/authorize\?.* cookie=sp_/)]);
    expect(third.seen).toEqual([]);
  });

  it("says to pass --server when the third host is the server's own redirect URI", async () => {
    const redirectUri = t.server.auth.redirectUri;
    t.server.auth.redirectUri = `${third.origin}/auth/callback`;
    try {
      expect(await failure(t.origin, accounts.origin)).toBe(
        `The accounts service redirected the sign-in to ${third.origin}, not back to the server at ${t.origin}: not followed (the code and cookie were not sent there): the server's SPOTIFY_REDIRECT_URI is on that host; if that is this server, pass --server ${third.origin}`,
      );
      expect(third.seen).toEqual([]);
    } finally {
      t.server.auth.redirectUri = redirectUri;
    }
  });
});

describe("login --cookie and a server's /auth/login hop to a third host", () => {
  const hosts: Host[] = [];
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map(closeHost));
  });

  it("refuses a hop to another host's /auth/login, so the Spotify cookie never goes where that host says", async () => {
    const third = await host(() => ({ status: 302, location: '/authorize?state=s' }));
    const server = await host(() => ({ status: 302, location: `${third.origin}/auth/login` }));
    hosts.push(third, server);
    expect(await failure(server.origin)).toBe(
      `${server.origin}/auth/login redirected the sign-in to another host's /auth/login (${third.origin}): not followed; if that is this server, pass --server ${third.origin}`,
    );
    expect(third.seen).toEqual([]);
  });
});

/**
 * s43 H1 (HIGH, security): the Spotify cookie went to whatever /authorize address the server's
 * /auth/login answered with, so a hostile server (or one its hop to its loopback alias reached) could
 * have it sent to any host. It now goes only to the accounts service the user names (--accounts,
 * SPOTIFY_ACCOUNTS_URL, else https://accounts.spotify.com), compared by origin; everything else is
 * refused before any request there.
 */
describe('login --cookie sends the Spotify cookie only to the accounts service the user names', () => {
  let third: Host;
  let accounts: Host;
  const hosts: Host[] = [];
  beforeAll(async () => {
    third = await host(() => ({ status: 302, location: '/' }));
    accounts = await host(() => ({ status: 200 }));
  });
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map(closeHost));
    third.seen.length = 0;
    accounts.seen.length = 0;
  });
  afterAll(async () => {
    await closeHost(third);
    await closeHost(accounts);
  });

  /** A hostile server whose /auth/login sends the sign-in to `location(req)`. */
  async function hostile(location: (req: IncomingMessage) => string): Promise<Host> {
    const server = await host((req) => ({ status: 302, location: location(req) }));
    hosts.push(server);
    return server;
  }

  const port = (h: Host): string => new URL(h.origin).port;
  const refused = (where: string, named: string): string =>
    `The server sent the sign-in to an accounts service at ${where}, not the accounts service at ${named}: not followed (the Spotify cookie was not sent there); if ${where} is the accounts service you mean (the sandbox's emulator, say), pass --accounts ${where}`;
  // s43 attack F3: a remote origin the server chose is never offered as one to name with --accounts.
  const refusedRemote = (where: string): string =>
    `The server sent the sign-in to an accounts service at ${where}, not the accounts service at https://accounts.spotify.com: not followed (the Spotify cookie was not sent there); Spotify's accounts service is https://accounts.spotify.com: check that --server names the server you mean`;

  // Each a redirect that leads to the third host (a listener of its own), the accounts service named.
  const steered: [string, () => string, () => string][] = [
    ['its /authorize', () => `${third.origin}/authorize?client_id=c&state=s`, () => third.origin],
    ['its root', () => `${third.origin}/`, () => third.origin],
    ['its /auth/callback', () => `${third.origin}/auth/callback?code=c`, () => third.origin],
    ['a deep path', () => `${third.origin}/a/b/c?d=e#f`, () => third.origin],
    ['a scheme-relative address', () => `//127.0.0.1:${port(third)}/authorize`, () => third.origin],
    [
      'an address whose user name is the accounts service',
      () => `http://127.0.0.1:${port(accounts)}@127.0.0.1:${port(third)}/authorize`,
      () => third.origin,
    ],
    [
      'the IPv6 form of its IPv4 address',
      () => `http://[::ffff:127.0.0.1]:${port(third)}/authorize`,
      () => `http://[::ffff:7f00:1]:${port(third)}`,
    ],
    [
      "the accounts service's host at the third host's port over https",
      () => `https://127.0.0.1:${port(third)}/authorize`,
      () => `https://127.0.0.1:${port(third)}`,
    ],
  ];
  for (const [what, location, where] of steered) {
    it(`refuses a server that sends the sign-in to a third host: ${what}`, async () => {
      const server = await hostile(location);
      const said = await failure(server.origin, accounts.origin);
      expect(third.seen).toEqual([]);
      expect(accounts.seen).toEqual([]);
      expect(said).toBe(refused(where(), accounts.origin));
    });
  }

  it("refuses a third host reached through the server's hop to its loopback alias", async () => {
    // 127.0.0.1 hops to localhost on the same port (as the server does), which sends the sign-in on.
    const server = await hostile((req) =>
      req.headers.host?.startsWith('127.0.0.1')
        ? `http://localhost:${port(server)}/auth/login`
        : `${third.origin}/elsewhere`,
    );
    const said = await failure(server.origin, accounts.origin);
    expect(third.seen).toEqual([]);
    expect(server.seen.map((line) => line.split(' ')[1])).toEqual(['/auth/login', '/auth/login']);
    expect(said).toBe(refused(third.origin, accounts.origin));
  });

  it('refuses an address of the accounts service with a user name or password in it', async () => {
    const server = await hostile(() => `http://user:pw@127.0.0.1:${port(accounts)}/authorize`);
    expect(await failure(server.origin, accounts.origin)).toBe(
      'The server sent the sign-in to an accounts service with a user name or password in its address: not followed (the Spotify cookie was not sent there)',
    );
    expect(accounts.seen).toEqual([]);
  });

  it('sends the cookie to the named accounts service however the server writes its origin', async () => {
    const server = await hostile(() => `HTTP://127.0.0.1:${port(accounts)}/authorize?state=s`);
    await failure(server.origin, accounts.origin);
    expect(accounts.seen).toEqual([expect.stringMatching(/^GET \/authorize\?state=s cookie=sp_/)]);
  });

  // Without --accounts only https://accounts.spotify.com is trusted: a look-alike is refused before any
  // request (these would reach the network or fail there on the old code).
  for (const [location, where] of [
    ['https://accounts.spotify.com./authorize', 'https://accounts.spotify.com.'],
    ['https://ACCOUNTS.spotify.com:8443/authorize', 'https://accounts.spotify.com:8443'],
    ['http://accounts.spotify.com/authorize', 'http://accounts.spotify.com'],
    [
      'https://accounts.spotify.com.example.invalid/authorize',
      'https://accounts.spotify.com.example.invalid',
    ],
  ] as const) {
    it(`refuses ${location} in place of https://accounts.spotify.com`, async () => {
      const server = await hostile(() => location);
      expect(await failure(server.origin)).toBe(refusedRemote(where));
    });
  }

  it('refuses an --accounts that is no http(s) URL or carries a user name, before any request', async () => {
    const server = await hostile(() => `${accounts.origin}/authorize`);
    for (const named of ['accounts', 'ftp://127.0.0.1/', `http://u:p@127.0.0.1:${port(accounts)}`]) {
      expect(await failure(server.origin, named)).toMatch(/^--accounts \(or SPOTIFY_ACCOUNTS_URL\) must be/);
    }
    expect(server.seen).toEqual([]);
  });
});

describe('login --cookie with a server of the emulator', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer();
  });
  afterAll(() => t.close());

  it('is refused until the emulator is named as the accounts service, and the emulator gets no /authorize', async () => {
    const emulator = new URL(t.emu.url).origin;
    await t.emu.control('DELETE', '/requests');
    expect(await failure(t.origin)).toBe(
      `The server sent the sign-in to an accounts service at ${emulator}, not the accounts service at https://accounts.spotify.com: not followed (the Spotify cookie was not sent there); if ${emulator} is the accounts service you mean (the sandbox's emulator, say), pass --accounts ${emulator}`,
    );
    const authorizes = async (): Promise<number> => {
      const log = (await t.emu.control('GET', '/requests')).json as { entries: { path: string }[] };
      return log.entries.filter((entry) => entry.path.startsWith('/authorize')).length;
    };
    expect(await authorizes()).toBe(0);
    // Named, the emulator gets the cookie (which signs no one in here).
    expect(await failure(t.origin, emulator)).toMatch(/^The cookie does not sign in at the accounts service/);
    expect(await authorizes()).toBe(1);
  });
});
