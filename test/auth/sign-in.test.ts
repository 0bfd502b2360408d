import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, CookieJar, startAuthServer } from '../helpers/auth.js';
import { joinedFragment } from '../helpers/redaction.js';

const ME = graphql(`query AuthSignInMe { me { spotifyId displayName } }`);

describe('sign-in through the server (cookie jar over real HTTP)', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer({ allowedOrigins: ['http://app.test:3000'] });
  });
  afterAll(() => t.close());

  it('/auth/login goes through the emulator page to a session cookie that answers me', async () => {
    const jar = new CookieJar();
    const authorize = await t.startLogin(jar);
    const params = new URL(authorize).searchParams;
    expect(authorize.startsWith(`${t.emu.url}/authorize?`)).toBe(true);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('redirect_uri')).toBe(`${t.origin}/auth/callback`);
    expect(params.get('state')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const login = jar.lastSetCookie.find((line) => line.startsWith('sg_login='));
    expect(login).toMatch(/HttpOnly/);
    expect(login).toMatch(/Max-Age=600/);

    const callback = await t.approve(authorize, { user: 'alice' });
    const done = await t.finishLogin(jar, callback);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/graphql');
    const session = jar.lastSetCookie.find((line) => line.startsWith('sg_session='));
    expect(session).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    expect(session).not.toMatch(/Secure/);
    expect(jar.cookies.has('sg_login')).toBe(false);

    const answer = await t.graphql(ME, { jar });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.me).toEqual({ spotifyId: 'alice', displayName: expect.any(String) });
  });

  it('the session token works as Authorization: Bearer for GraphQL and /auth/session', async () => {
    const jar = await t.signIn('bob');
    const token = t.sessionToken(jar);
    expect(token).toMatch(/^sgs_[A-Za-z0-9_-]{22}$/);
    const answer = await t.graphql(ME, { bearer: token });
    expect(answer.body.data?.me).toMatchObject({ spotifyId: 'bob' });
    const session = await t.fetch('/auth/session', { headers: { authorization: `Bearer ${token}` } });
    expect(session.status).toBe(200);
    expect(((await session.json()) as { user: { id: string } }).user.id).toBe('bob');
  });

  it('/auth/session answers the user, scopes and expiry, and nothing else', async () => {
    const jar = await t.signIn('carol');
    const response = await t.fetch('/auth/session', { jar });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'scopes', 'user']);
    expect(body.user).toEqual({ id: 'carol', displayName: expect.any(String) });
    expect(body.scopes).toEqual(expect.arrayContaining(['user-read-private', 'user-library-read']));
    expect(Date.parse(body.expiresAt as string)).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
  });

  it('without a session, /auth/session is 401 and me is UNAUTHENTICATED with loginUrl', async () => {
    const response = await t.fetch('/auth/session');
    expect(response.status).toBe(401);
    const answer = await t.graphql(ME, {});
    expect(answer.body.data?.me).toBeNull();
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      loginUrl: `${t.origin}/auth/login`,
    });
  });

  it('POST /auth/logout ends the session: the cookie and the token stop working', async () => {
    const jar = await t.signIn('alice');
    const token = t.sessionToken(jar);
    const out = await t.fetch('/auth/logout', { method: 'POST', jar });
    expect(out.status).toBe(204);
    // One clearing header, not the same one twice.
    expect(out.headers.getSetCookie()).toEqual([expect.stringMatching(/^sg_session=; .*Max-Age=0/)]);
    expect((await t.fetch('/auth/session', { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      401,
    );
    const answer = await t.graphql(ME, { bearer: token });
    // `data.me` is null beside the error: GraphQL over HTTP answers 200 when `data` is present.
    expect(answer.status).toBe(200);
    expect(answer.body.data?.me).toBeNull();
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      loginUrl: `${t.origin}/auth/login`,
    });
  });

  it("POST /auth/logout with a stray Authorization header beside the session cookie still ends the cookie's session", async () => {
    const jar = await t.signIn('alice');
    const token = t.sessionToken(jar);
    const out = await t.fetch('/auth/logout', {
      method: 'POST',
      jar,
      headers: { authorization: 'Bearer BQ-not-a-session' },
    });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^sg_session=; .*Max-Age=0/);
    expect((await t.fetch('/auth/session', { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      401,
    );
  });

  it('POST /auth/logout without any session answers 401 and sets no cookie', async () => {
    const out = await t.fetch('/auth/logout', { method: 'POST' });
    expect(out.status).toBe(401);
    expect(out.headers.getSetCookie()).toEqual([]);
    // The same shape as every other /auth refusal.
    expect(await out.json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('No session to end') },
    });
  });

  it('a plain Spotify access token in the Authorization header still works', async () => {
    const token = await t.emu.token({ user: 'alice' });
    const answer = await t.graphql(ME, { bearer: token });
    expect(answer.body.data?.me).toMatchObject({ spotifyId: 'alice' });
  });

  it('with GraphiQL off, a sign-in without returnTo lands on /auth/session (the user), not on GRAPHIQL_DISABLED', async () => {
    const off = await startAuthServer({ emu: t.emu, config: { graphiql: false } });
    try {
      const jar = new CookieJar();
      const done = await off.finishLogin(
        jar,
        await off.approve(await off.startLogin(jar), { user: 'carol' }),
      );
      expect(done.status).toBe(302);
      expect(done.headers.get('location')).toBe('/auth/session');
      const landing = await off.fetch('/auth/session', { jar });
      expect(landing.status).toBe(200);
      expect(((await landing.json()) as { user: { id: string } }).user.id).toBe('carol');
    } finally {
      await off.close();
    }
  });

  it('returnTo: a same-origin path and an ALLOWED_ORIGINS URL are where the callback leads', async () => {
    for (const [returnTo, expected] of [
      ['/app?tab=%7Bsaved%7D&page=2', '/app?tab=%7Bsaved%7D&page=2'],
      ['http://app.test:3000/signed-in', 'http://app.test:3000/signed-in'],
    ] as const) {
      const jar = new CookieJar();
      const callback = await t.approve(await t.startLogin(jar, { returnTo }));
      const done = await t.finishLogin(jar, callback);
      expect(done.status).toBe(302);
      expect(done.headers.get('location')).toBe(expected);
    }
  });

  it('behind an https public URL, cookies are Secure with the __Host- prefix', async () => {
    const plain = t.server.auth.redirectUri;
    t.server.auth.redirectUri = 'https://graphql.example/auth/callback';
    try {
      const response = await t.fetch('/auth/login');
      expect(response.status).toBe(302);
      expect(response.headers.getSetCookie()[0]).toMatch(
        /^__Host-sg_login=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600; Secure$/,
      );
    } finally {
      t.server.auth.redirectUri = plain;
    }
  });
});

describe('sign-in refusals', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer({ allowedOrigins: ['http://app.test:3000'] });
  });
  afterAll(() => t.close());

  const errorOf = async (response: Response): Promise<{ code: string; message: string }> =>
    ((await response.json()) as { error: { code: string; message: string } }).error;

  it('refuses a returnTo that leads off the server (open redirect)', async () => {
    for (const returnTo of [
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      'http://app.test:3001/',
      'javascript:alert(1)',
      'http://user@app.test:3000/',
      // Forms that only become `//host` once the URL parser has normalised them.
      '/.//evil.example',
      '/..//evil.example',
      '/x/..//evil.example',
      '/%2e//evil.example',
      '/%2E%2E//evil.example/x',
      '/./\\evil.example',
      '/%2e/%2e//evil.example',
    ]) {
      const response = await t.fetch(`/auth/login?${new URLSearchParams({ returnTo })}`, {
        headers: { accept: 'application/json' },
      });
      expect(response.status, returnTo).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect((await errorOf(response)).code).toBe('RETURN_TO_REFUSED');
    }
  });

  it('a dot-segment path that stays on the server is normalised, and an empty returnTo is the default', async () => {
    for (const [returnTo, expected] of [
      ['/a/../graphql', '/graphql'],
      ['/%2e/graphql?x=1', '/graphql?x=1'],
      ['', '/graphql'],
    ] as const) {
      const jar = new CookieJar();
      const callback = await t.approve(await t.startLogin(jar, { returnTo }));
      const done = await t.finishLogin(jar, callback);
      expect(done.status, returnTo).toBe(302);
      expect(done.headers.get('location'), returnTo).toBe(expected);
    }
  });

  it('answers a browser with an HTML error page, never a stack trace', async () => {
    const response = await t.fetch('/auth/login?returnTo=https%3A%2F%2Fevil.example', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toContain('RETURN_TO_REFUSED');
    expect(page).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a foreign state: a callback from a login started in another browser', async () => {
    const attacker = new CookieJar();
    const callback = await t.approve(await t.startLogin(attacker), { user: 'bob' });
    const victim = new CookieJar();
    await t.startLogin(victim);
    const response = await t.finishLogin(victim, callback);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('STATE_MISMATCH');
    expect(victim.cookies.has('sg_session')).toBe(false);
    // Without any login cookie at all, too: then the message names the address to start at.
    const bare = await t.finishLogin(new CookieJar(), callback);
    const error = await errorOf(bare);
    expect(error.code).toBe('STATE_MISMATCH');
    expect(error.message).toContain('such as localhost instead of 127.0.0.1');
    expect(error.message).toContain(`start again at ${t.origin}/auth/login`);
    // A browser that holds logins of its own is told the plain sentence.
    expect((await errorOf(await t.finishLogin(victim, callback))).message).toBe(
      'The sign-in answer does not belong to a login started in this browser: start again',
    );
  });

  it('/auth/login reached as localhost sends the browser to the redirect URI host first, before any state cookie', async () => {
    const port = new URL(t.origin).port;
    const answer = await new Promise<{
      status: number | undefined;
      location: string | undefined;
      cookies: string[] | undefined;
    }>((resolve, reject) => {
      const request = httpGet(
        `${t.origin}/auth/login?returnTo=%2Fgraphql%3Ftab%3D1`,
        { headers: { host: `localhost:${port}` } },
        (response) => {
          response.resume();
          resolve({
            status: response.statusCode,
            location: response.headers.location,
            cookies: response.headers['set-cookie'],
          });
        },
      );
      request.on('error', reject);
    });
    expect(answer.status).toBe(302);
    expect(answer.location).toBe(`${t.origin}/auth/login?returnTo=%2Fgraphql%3Ftab%3D1`);
    expect(answer.cookies).toBeUndefined();
    // There, the sign-in runs as usual (the same host throughout, so the state cookie comes back).
    const jar = new CookieJar();
    const callback = await t.approve(await t.startLogin(jar, { returnTo: '/graphql?tab=1' }), {
      user: 'alice',
    });
    const done = await t.finishLogin(jar, callback);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/graphql?tab=1');
  });

  it("a stray callback (a link to /auth/callback with a foreign state) leaves the browser's own sign-in in progress", async () => {
    const attacker = new CookieJar();
    const foreign = await t.approve(await t.startLogin(attacker), { user: 'bob' });
    const victim = new CookieJar();
    const own = await t.approve(await t.startLogin(victim));
    const stray = await t.finishLogin(victim, foreign);
    expect((await errorOf(stray)).code).toBe('STATE_MISMATCH');
    expect(stray.headers.getSetCookie()).toEqual([]);
    const finished = await t.finishLogin(victim, own);
    expect(finished.status).toBe(302);
    expect(victim.cookies.has('sg_session')).toBe(true);
  });

  it('two sign-ins started in two tabs of one browser both finish', async () => {
    const jar = new CookieJar();
    const first = await t.approve(await t.startLogin(jar, { returnTo: '/graphql?tab=1' }), { user: 'alice' });
    const second = await t.approve(await t.startLogin(jar, { returnTo: '/graphql?tab=2' }), { user: 'bob' });
    // The first tab finishes first: the second tab's sign-in stays in progress.
    const one = await t.finishLogin(jar, first);
    expect(one.status).toBe(302);
    expect(one.headers.get('location')).toBe('/graphql?tab=1');
    const two = await t.finishLogin(jar, second);
    expect(two.status).toBe(302);
    expect(two.headers.get('location')).toBe('/graphql?tab=2');
    // The later sign-in's session is the browser's now (bob), and no login remains in progress.
    expect(jar.cookies.has('sg_login')).toBe(false);
    const me = await t.graphql(graphql(`query AuthSignInMe2 { me { spotifyId } }`), { jar });
    expect(me.body).toEqual({ data: { me: { spotifyId: 'bob' } } });
  });

  it('a browser keeps at most four sign-ins in progress: the oldest beyond them is refused', async () => {
    const jar = new CookieJar();
    const callbacks: string[] = [];
    for (let tab = 0; tab < 5; tab++) callbacks.push(await t.approve(await t.startLogin(jar)));
    expect((jar.cookies.get('sg_login') ?? '').split('.')).toHaveLength(4);
    const oldest = await t.finishLogin(jar, callbacks[0] ?? '');
    expect((await errorOf(oldest)).code).toBe('STATE_MISMATCH');
    expect((await t.finishLogin(jar, callbacks[4] ?? '')).status).toBe(302);
  });

  it('refuses a replayed callback (the state works once)', async () => {
    const jar = new CookieJar();
    const callback = await t.approve(await t.startLogin(jar));
    const replay = jar.clone();
    expect((await t.finishLogin(jar, callback)).status).toBe(302);
    const again = await t.finishLogin(replay, callback);
    expect(again.status).toBe(400);
    expect((await errorOf(again)).code).toBe('LOGIN_EXPIRED');
    expect(replay.cookies.has('sg_session')).toBe(false);
  });

  // v15 new user, N10: Back after signing in, then Agree again on Spotify's page, answered STATE_MISMATCH
  // "started at another address, such as localhost" while the browser was signed in.
  it('sends a signed-in browser that replays its finished sign-in (Back, Agree again) on, using nothing of it', async () => {
    const jar = new CookieJar();
    const authorize = await t.startLogin(jar);
    expect((await t.finishLogin(jar, await t.approve(authorize, { user: 'carol' }))).status).toBe(302);
    const session = jar.cookies.get('sg_session');
    // The browser's history still holds Spotify's page: a second approval carries a fresh code, the old state.
    const again = await t.finishLogin(jar, await t.approve(authorize, { user: 'carol' }), 'text/html');
    expect(again.status).toBe(302);
    expect(again.headers.get('location')).toBe('/graphql');
    expect(again.headers.getSetCookie()).toEqual([]);
    expect(jar.cookies.get('sg_session')).toBe(session);
    const me = await t.graphql(graphql(`query AuthSignInReplayMe { me { spotifyId } }`), { jar });
    expect(me.body).toEqual({ data: { me: { spotifyId: 'carol' } } });
    // Without that session the same answer is still refused: the state works once.
    const bare = await t.finishLogin(new CookieJar(), await t.approve(authorize, { user: 'carol' }));
    expect((await errorOf(bare)).code).toBe('STATE_MISMATCH');
  });

  it('refuses a code whose PKCE verifier does not match (challenge swapped on the way)', async () => {
    const jar = new CookieJar();
    const authorize = new URL(await t.startLogin(jar));
    authorize.searchParams.set('code_challenge', 'x'.repeat(43));
    const callback = await t.approve(authorize.toString());
    const response = await t.finishLogin(jar, callback);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('CODE_REJECTED');
  });

  it('a denial at the emulator ends on ACCESS_DENIED', async () => {
    const jar = new CookieJar();
    const callback = await t.approve(await t.startLogin(jar), { deny: true });
    expect(new URL(callback).searchParams.get('error')).toBe('access_denied');
    const response = await t.finishLogin(jar, callback);
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe('ACCESS_DENIED');
  });

  it.each([
    ['a text 400', 400, 'Bad Request at the edge for CODE', 'text/plain', 'Bad Request at the edge'],
    [
      'an RFC 6749 invalid_request',
      400,
      '{"error":"invalid_request","error_description":"redirect_uri mismatch for CODE"}',
      'application/json',
      'invalid_request: redirect_uri mismatch',
    ],
    [
      'an HTML 403',
      403,
      '<html><body><p>Blocked by policy</p> CODE</body></html>',
      'text/html',
      'Blocked by policy',
    ],
  ])(
    "a code exchange refused with %s keeps Spotify's words (bounded, redacted), never the code (v14 attack on issue 7, I2)",
    async (_name, status, text, contentType, words) => {
      const jar = new CookieJar();
      const callback = await t.approve(await t.startLogin(jar));
      const code = new URL(callback).searchParams.get('code') ?? 'no code';
      await t.emu.control('POST', '/faults', {
        route: 'POST /api/token',
        times: 1,
        status,
        text: text.replace('CODE', code),
        contentType,
      });
      const response = await t.finishLogin(jar, callback);
      expect(response.status).toBe(502);
      const error = await errorOf(response);
      expect(error.code).toBe('SPOTIFY_UNAVAILABLE');
      expect(error.message).toContain(`HTTP ${status}: ${words}`);
      expect(error.message).not.toContain(code);
      const warning = t.warnings.find((line) => line.includes(words));
      expect(warning).toMatch(/sign-in failed at Spotify/);
      expect(t.warnings.join('\n')).not.toContain(code);
    },
  );

  // The code split by tags, lines or spaces, or in capitals (the D3 leftover: HTML tags became spaces, and
  // the pieces were shown).
  it.each([
    [
      'a tag after every character in an HTML title',
      'text/html',
      (c: string) => `<title>Refused ${[...c].join('<b></b>')} here</title>`,
    ],
    [
      '7-character lines in an HTML heading',
      'text/html',
      (c: string) => `<h1>Refused ${(c.match(/.{1,7}/g) ?? []).join('\n')} here</h1>`,
    ],
    [
      'capitals in 7-character words of a JSON description',
      'application/json',
      (c: string) =>
        JSON.stringify({
          error: 'invalid_request',
          error_description: `Refused ${(c.toUpperCase().match(/.{1,7}/g) ?? []).join(' ')} here`,
        }),
    ],
  ])(
    'a code exchange refused with the code written with %s: the code is not shown or logged',
    async (_how, contentType, body) => {
      const jar = new CookieJar();
      const callback = await t.approve(await t.startLogin(jar));
      const code = new URL(callback).searchParams.get('code') ?? 'no code';
      await t.emu.control('POST', '/faults', {
        route: 'POST /api/token',
        times: 1,
        status: 400,
        text: body(code),
        contentType,
      });
      const response = await t.finishLogin(jar, callback);
      expect(response.status).toBe(502);
      const error = await errorOf(response);
      expect(error.message).toMatch(/Refused \[redacted\] here/);
      expect(joinedFragment(JSON.stringify(error), [code])).toBeUndefined();
      expect(joinedFragment(t.warnings.join('\n'), [code])).toBeUndefined();
    },
  );

  it("a code exchange refused in Spotify's words keeps them: the grant type and redirect URL are no secrets", async () => {
    const jar = new CookieJar();
    const callback = await t.approve(await t.startLogin(jar));
    const said = 'Invalid authorization code for this redirect URI';
    await t.emu.control('POST', '/faults', {
      route: 'POST /api/token',
      times: 1,
      status: 400,
      text: JSON.stringify({ error: 'invalid_request', error_description: said }),
      contentType: 'application/json',
    });
    const error = await errorOf(await t.finishLogin(jar, callback));
    // Old code: "Invalid [redacted] code ..." (the form's grant_type, authorization_code, was matched as a secret).
    expect(error.message).toContain(`invalid_request: ${said}`);
  });

  it('a callback with invalid_scope says the server asks for an unknown scope, and warns the operator (v14 new user, F7)', async () => {
    const jar = new CookieJar();
    const state = new URL(await t.startLogin(jar)).searchParams.get('state') ?? '';
    const before = t.warnings.length;
    const response = await t.finishLogin(
      jar,
      `${t.origin}/auth/callback?${new URLSearchParams({ error: 'invalid_scope', state })}`,
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('CODE_REJECTED');
    expect(error.message).toMatch(/invalid_scope.*SPOTIFY_SCOPES/);
    const lines = t.warnings.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/invalid_scope.*SPOTIFY_SCOPES/);
    expect(lines[0]).not.toContain(state);
  });

  it('a callback without state is STATE_MISSING; a wrong method is 405', async () => {
    const missing = await t.fetch('/auth/callback?code=abc', { headers: { accept: 'application/json' } });
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).code).toBe('STATE_MISSING');
    const wrong = await t.fetch('/auth/logout', { headers: { accept: 'application/json' } });
    expect(wrong.status).toBe(405);
  });
});
