import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryTokenStore } from '../../src/auth/memory-store.js';
import { RedisUnavailable } from '../../src/redis/connection.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { configFromEnv } from '../../src/server/config.js';
import { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import { startAuthServer } from '../helpers/auth.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testExecutor } from '../helpers/executor.js';
import { memoryLogger } from '../helpers/memory-log.js';

/** What a browser loads beside the server's pages (`/`, GraphiQL at `/graphql`), over HTTP. */
let emu: TestEmulator;
let server: SpotifyGraphQLServer;
let url: string;
beforeAll(async () => {
  emu = await startTestEmulator();
  server = await createServer({
    ...testExecutor(),
    config: {
      ...configFromEnv({ SPOTIFY_CLIENT_ID: EXTENDED_APP.clientId }),
      clientSecret: EXTENDED_APP.clientSecret,
      apiUrl: `${emu.url}/v1`,
      accountsUrl: emu.url,
      appMode: 'extended',
      port: 0,
    },
    logger: memoryLogger().logger,
  });
  url = await server.start(0, '127.0.0.1');
});
afterAll(async () => {
  await server?.stop();
  await emu?.close();
});

describe('/favicon.ico', () => {
  it('answers a browser 204 with cache headers, not a 404 it logs at every page load (new user, LOW 4)', async () => {
    for (const method of ['GET', 'HEAD']) {
      const response = await fetch(new URL('/favicon.ico', url), {
        method,
        headers: { accept: 'image/avif,image/webp,image/*,*/*;q=0.8' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
      expect(await response.text()).toBe('');
    }
  });

  it('keeps the 404 for other methods', async () => {
    const response = await fetch(new URL('/favicon.ico', url), { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    await response.body?.cancel();
  });
});

describe('where to sign in (new user, LOW 7)', () => {
  const SIGN_IN = 'Sign in at /auth/login to ask for your own data';

  it('the home page says how to sign in, with a link for a browser and a line for curl', async () => {
    const page = await fetch(new URL('/', url), { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('Sign in at <a href="/auth/login">/auth/login</a> to ask for your own data');
    const text = await (await fetch(new URL('/', url))).text();
    expect(text).toContain(SIGN_IN);
  });

  it("GraphiQL's first query says how to sign in", async () => {
    const page = await fetch(new URL('/graphql', url), {
      headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
    });
    expect(page.status).toBe(200);
    // The page is megabytes of inlined scripts: a failure says only whether the line is there.
    expect((await page.text()).includes(SIGN_IN)).toBe(true);
  });
});

describe('who is signed in (issue 7)', () => {
  /** A session cookie for a user whose display name is `displayName`, as sign-in would have stored it. */
  async function sessionCookie(displayName: string | null): Promise<string> {
    const { sessionToken } = await server.auth.sessions.create(
      new SpotifyAuthorisationToken({ accessToken: 'an-access-token-this-test-never-sends' }),
      { id: 'mallory', displayName },
    );
    return `${server.auth.cookies.session}=${sessionToken}`;
  }

  it('the home page names the user of a session cookie, HTML-escaped, private and varying on the cookie', async () => {
    const cookie = await sessionCookie(`</p><script>alert("x")</script>'&`);
    const page = await fetch(new URL('/', url), { headers: { accept: 'text/html', cookie } });
    const html = await page.text();
    expect(html).toContain(
      'You are signed in as &lt;/p&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp; (Spotify id mallory)',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('Sign in at');
    expect(page.headers.get('cache-control')).toBe('private, no-cache');
    expect(page.headers.get('vary')).toBe('accept, cookie');
    const text = await (await fetch(new URL('/', url), { headers: { cookie } })).text();
    expect(text).toContain(`You are signed in as </p><script>alert("x")</script>'& (Spotify id mallory)`);
  });

  it('the home page of a visitor without a live session says how to sign in, as before, and varies on the cookie', async () => {
    for (const cookie of [undefined, 'other-app=1', `${server.auth.cookies.session}=sgs_${'a'.repeat(43)}`]) {
      const page = await fetch(new URL('/', url), {
        headers: { accept: 'text/html', ...(cookie === undefined ? {} : { cookie }) },
      });
      expect(await page.text()).toContain('Sign in at <a href="/auth/login">/auth/login</a>');
      expect(page.headers.get('cache-control')).toBeNull();
      expect(page.headers.get('vary')).toBe('accept, cookie');
    }
  });

  it('the home page says the session store is unavailable, as a 200 without a sign-in offer, when the store fails', async () => {
    /** A store that fails as Redis does when it does not answer, once `down` is set. */
    class FailingStore extends MemoryTokenStore {
      down = false;
      override async getSession(id: string) {
        if (this.down) throw new RedisUnavailable();
        return super.getSession(id);
      }
    }
    const store = new FailingStore();
    const t = await startAuthServer({ store });
    try {
      const jar = await t.signIn('carol');
      const signedIn = await t.fetch('/', { jar, headers: { accept: 'text/html' } });
      expect(await signedIn.text()).toContain('You are signed in as Carol Premium (Spotify id carol)');
      store.down = true;
      const page = await t.fetch('/', { jar, headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      // The user may still be signed in: no "Sign in" as if signed out (new-user finding).
      expect(html).toContain('The session store is unavailable right now');
      expect(html).not.toContain('Sign in at');
      expect(page.headers.get('cache-control')).toBe('no-store');
    } finally {
      await t.close();
    }
  });

  it("GraphiQL's page is the same bytes for a signed-in visitor as for an anonymous one: no page is rendered per visitor", async () => {
    const cookie = await sessionCookie('Mallory');
    const load = async (headers: Record<string, string>) => {
      const page = await fetch(new URL('/graphql', url), {
        headers: { accept: 'text/html', 'accept-encoding': 'gzip', ...headers },
      });
      return {
        status: page.status,
        cacheControl: page.headers.get('cache-control'),
        etag: page.headers.get('etag'),
        body: Buffer.from(await page.arrayBuffer()),
      };
    };
    const anonymous = await load({});
    const signedIn = await load({ cookie });
    expect(signedIn.status).toBe(200);
    expect(signedIn.cacheControl).toBe('public, max-age=3600');
    expect(signedIn.etag).toBe(anonymous.etag);
    expect(signedIn.body.equals(anonymous.body)).toBe(true);
    // Nothing of the user is in it: the page asks /auth/session itself.
    expect(signedIn.body.includes('Mallory')).toBe(false);
  });
});
