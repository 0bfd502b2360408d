/**
 * `login --cookie` follows redirects only to the server it was given (or its other loopback name) and
 * to the accounts service that server names (s39 closing, LOW): it followed the accounts service's
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

/** The message loginWithCookie throws for `server`. */
const failure = (server: string): Promise<string> =>
  loginWithCookie(server, cookie).then(
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
    const said = await failure(t.origin);
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
      expect(await failure(t.origin)).toBe(
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
