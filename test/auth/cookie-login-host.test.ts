import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithCookie } from '../../src/auth/cookie-login.js';
import { SpotifyCookie } from '../../src/spotify/cookie.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { EXTENDED_APP } from '../helpers/emulator.js';

// v15 new user, N9: with the server's sign-in host on localhost (SPOTIFY_REDIRECT_URI, or HOST=localhost),
// `login --cookie --server http://127.0.0.1:PORT` took the server's own redirect to
// http://localhost:PORT/auth/login for Spotify's /authorize and failed "The server refused the sign-in (200 ):".

let t: AuthTestServer;
let cookie: SpotifyCookie;
beforeAll(async () => {
  t = await startAuthServer();
  const port = new URL(t.origin).port;
  t.server.auth.redirectUri = `http://localhost:${port}/auth/callback`;
  const registered = await t.emu.control('POST', '/redirect-uris', {
    redirectUri: t.server.auth.redirectUri,
  });
  if (registered.status !== 200) throw new Error(`redirect-uris: ${registered.status}`);
  const info = (await t.emu.control('GET', '/info')).json as {
    users: { id: string; cookie: { sp_t: string; sp_dc: string; sp_key: string } }[];
  };
  const alice = info.users.find((user) => user.id === 'alice')?.cookie;
  if (!alice) throw new Error('no alice');
  cookie = new SpotifyCookie({ spT: alice.sp_t, spDc: alice.sp_dc, spKey: alice.sp_key });
  await t.emu.control('POST', '/consents', {
    userId: 'alice',
    clientId: EXTENDED_APP.clientId,
    scopes: [...t.config.scopes],
  });
});
afterAll(() => t.close());

describe('login --cookie when the server signs in on another loopback name', () => {
  it('signs in through 127.0.0.1 and through localhost alike', async () => {
    const port = new URL(t.origin).port;
    for (const server of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const token = await loginWithCookie(server, cookie, { accountsUrl: t.emu.url });
      const answer = await t.graphql(graphql(`query CookieLoginHostMe { me { spotifyId } }`), {
        bearer: token,
      });
      expect(answer.body.data?.me?.spotifyId).toBe('alice');
    }
  });
});
