import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { configFromEnv } from '../../src/server/config.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { memoryLogger } from '../helpers/memory-log.js';

/** What a browser loads beside the server's pages (`/`, GraphiQL at `/graphql`), over HTTP. */
let emu: TestEmulator;
let server: SpotifyGraphQLServer;
let url: string;
beforeAll(async () => {
  emu = await startTestEmulator();
  server = await createServer({
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
