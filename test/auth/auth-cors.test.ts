import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import {
  type AuthTestServer,
  type CookieJar,
  type GraphQLErrorBody,
  startAuthServer,
} from '../helpers/auth.js';
import { documentText } from '../helpers/documents.js';

const TYPENAME = graphql(`query AuthCorsTypename { __typename }`);

const ALLOWED = 'https://app.example';

/** The CORS headers of an answer (Vary aside), by name. */
function corsHeaders(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of response.headers) if (name.startsWith('access-control-')) out[name] = value;
  return out;
}

function varies(response: Response): string[] {
  return (response.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());
}

/**
 * /auth/* answers cross-origin requests by the same policy as /graphql (README "Cross-origin"): a SPA on
 * an ALLOWED_ORIGINS origin can read its session, any other origin gets no grant; and a cookie POST
 * a page could send without a preflight needs the CSRF header, as on /graphql.
 */
describe('/auth/* cross-origin: one policy with /graphql', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer({ allowedOrigins: [ALLOWED] });
  });
  afterAll(() => t.close());

  it('grants an allowed origin its session, with credentials, and Vary: Origin', async () => {
    const jar = await t.signIn('alice');
    for (const origin of [ALLOWED, t.origin]) {
      const response = await t.fetch('/auth/session', { jar, headers: { origin } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { user: { id: string } }).user.id).toBe('alice');
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(varies(response)).toContain('origin');
    }
    // A 401 is readable too: the page learns it must sign in.
    const anonymous = await t.fetch('/auth/session', { headers: { origin: ALLOWED } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives any other origin, and null, no CORS header at all, but still Vary: Origin', async () => {
    const jar = await t.signIn('bob');
    for (const origin of ['https://evil.example', 'null', `${ALLOWED}.evil.example`]) {
      for (const path of ['/auth/session', '/auth/login']) {
        const response = await t.fetch(path, { jar, headers: { origin } });
        await response.body?.cancel();
        expect(corsHeaders(response), `${path} from ${origin}`).toEqual({});
        expect(varies(response)).toContain('origin');
      }
      const preflight = await t.fetch('/auth/logout', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(corsHeaders(preflight)).toEqual({});
    }
  });

  it('answers every origin on /auth/* with the same CORS headers as on /graphql, preflights included', async () => {
    for (const origin of [t.origin, ALLOWED, 'https://evil.example', 'null']) {
      const preflight = (path: string) =>
        t.fetch(path, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type, x-graphql-yoga-csrf',
          },
        });
      const graphqlPreflight = await preflight('/graphql');
      const authPreflight = await preflight('/auth/logout');
      expect(authPreflight.status).toBe(graphqlPreflight.status);
      expect(corsHeaders(authPreflight), `preflight from ${origin}`).toEqual(corsHeaders(graphqlPreflight));
      const graphqlGet = await t.fetch(`/graphql?query=${encodeURIComponent(documentText(TYPENAME))}`, {
        headers: { origin, accept: 'application/json' },
      });
      await graphqlGet.text();
      const authGet = await t.fetch('/auth/session', { headers: { origin } });
      await authGet.text();
      expect(corsHeaders(authGet), `GET from ${origin}`).toEqual(corsHeaders(graphqlGet));
    }
    const granted = await t.fetch('/auth/logout', {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
    });
    expect(granted.headers.get('access-control-allow-methods')).toMatch(/\bPOST\b/);
    expect(granted.headers.get('access-control-allow-headers')).toMatch(/\bx-graphql-yoga-csrf\b/);
  });

  it('refuses a cookie POST to /auth/logout that a page could send without a preflight, unless it carries the CSRF header', async () => {
    const jar = await t.signIn('carol');
    const token = t.sessionToken(jar);
    const alive = async () =>
      (await t.fetch('/auth/session', { headers: { authorization: `Bearer ${token}` } })).status;
    for (const contentType of [
      undefined,
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const headers: Record<string, string> = { cookie: jar.header(), accept: 'application/json' };
      if (contentType) headers['content-type'] = contentType;
      // No jar: the helper would add the header a page adds.
      const refused = await t.fetch('/auth/logout', {
        method: 'POST',
        headers,
        body: contentType ? 'x=1' : null,
      });
      expect(refused.status, `content-type ${contentType}`).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('CSRF_HEADER_REQUIRED');
      expect(refused.headers.getSetCookie()).toEqual([]);
      expect(await alive()).toBe(200);
    }
    // A JSON body was preflighted by the browser; the header proves a page's own script sent it.
    const json = await t.fetch('/auth/logout', {
      method: 'POST',
      headers: { cookie: jar.header(), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(204);
    expect(await alive()).toBe(401);
    const again = await t.signIn('carol');
    const withHeader = await t.fetch('/auth/logout', {
      method: 'POST',
      headers: { cookie: again.header(), 'x-graphql-yoga-csrf': '1' },
    });
    expect(withHeader.status).toBe(204);
  });

  it('leaves a logout without cookies (a Bearer session token) alone', async () => {
    const jar = await t.signIn('alice');
    const token = t.sessionToken(jar);
    const out = await t.fetch('/auth/logout', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.status).toBe(204);
  });
});

const NOW_PLAYING = graphql(
  `subscription AuthCorsSseNowPlaying { currentlyPlaying { item { ... on Track { name } } } }`,
);

/**
 * A subscription over SSE polls Spotify for as long as it is open, on the visitor's account: with the
 * visitor's cookie, only the origins a WebSocket upgrade is accepted from may start one (README
 * "Cross-origin"), in either graphql-sse mode; a foreign page gets 403 ORIGIN_NOT_ALLOWED.
 */
describe('cookie-authenticated SSE subscriptions: the WebSocket Origin check', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer({ allowedOrigins: [ALLOWED] });
  });
  afterAll(() => t.close());

  const sseGet = (init: { jar?: CookieJar; origin?: string }): Promise<Response> =>
    t.fetch(`/graphql?query=${encodeURIComponent(documentText(NOW_PLAYING))}`, {
      ...(init.jar ? { jar: init.jar } : {}),
      headers: { accept: 'text/event-stream', ...(init.origin ? { origin: init.origin } : {}) },
    });

  it('refuses a foreign origin, and null, with the cookie, in both modes, before any poll', async () => {
    const jar = await t.signIn('alice');
    for (const origin of ['http://127.0.0.1:9999', 'null']) {
      const refused = await sseGet({ jar, origin });
      expect(refused.status, origin).toBe(403);
      const body = (await refused.json()) as { errors: GraphQLErrorBody[] };
      expect(body.errors[0]?.extensions?.code, origin).toBe('ORIGIN_NOT_ALLOWED');
      const reserve = await t.fetch('/graphql/stream', { method: 'PUT', jar, headers: { origin } });
      expect(reserve.status, `${origin} PUT`).toBe(403);
      await reserve.body?.cancel();
    }
    expect(t.server.playerPollers.subscribers).toBe(0);
  });

  /** A GET of NOW_PLAYING with the given headers (no Accept when `accept` is undefined). */
  const subscriptionGet = (jar: CookieJar, headers: Record<string, string>): Promise<Response> =>
    t.fetch(`/graphql?query=${encodeURIComponent(documentText(NOW_PLAYING))}`, { jar, headers });

  /** The text of a stream up to its first `data:` line (an event), then the stream is cancelled. */
  async function firstEvent(answer: Response): Promise<string> {
    const reader = (answer.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('data:')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    await reader.cancel();
    return text;
  }

  it('decides by the operation, not the Accept: a foreign page with the cookie is refused for */*, text/*, the <img> Accept or none, and by POST', async () => {
    const jar = await t.signIn('alice');
    const foreign = [
      { origin: 'http://127.0.0.1:9999', accept: '*/*' },
      { origin: 'http://127.0.0.1:9999', accept: 'text/*' },
      { origin: 'http://127.0.0.1:9999', accept: 'image/avif,image/webp,*/*' },
      { origin: 'http://127.0.0.1:9999' },
      // A no-cors subresource request (an <img>) sends no Origin, but Sec-Fetch-Site.
      { 'sec-fetch-site': 'cross-site', accept: '*/*' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of foreign) {
      const refused = await subscriptionGet(jar, headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      const body = (await refused.json()) as { errors: GraphQLErrorBody[] };
      expect(body.errors[0]?.extensions?.code, JSON.stringify(headers)).toBe('ORIGIN_NOT_ALLOWED');
    }
    const post = await t.fetch('/graphql', {
      method: 'POST',
      jar,
      headers: { origin: 'http://127.0.0.1:9999', accept: '*/*', 'content-type': 'application/json' },
      body: JSON.stringify({ query: documentText(NOW_PLAYING) }),
    });
    expect(post.status).toBe(403);
    expect(((await post.json()) as { errors: GraphQLErrorBody[] }).errors[0]?.extensions?.code).toBe(
      'ORIGIN_NOT_ALLOWED',
    );
    expect(t.server.playerPollers.subscribers).toBe(0);
    // A query from the foreign page is left as it was (CORS withholds its answer from the page).
    const query = await t.fetch(`/graphql?query=${encodeURIComponent(documentText(TYPENAME))}`, {
      jar,
      headers: { origin: 'http://127.0.0.1:9999', accept: '*/*' },
    });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('streams the same subscription for */* or no Accept from the own origin, and for a same-origin no-cors request', async () => {
    const jar = await t.signIn('alice');
    for (const headers of [
      { origin: t.origin, accept: '*/*' },
      { origin: t.origin },
      { 'sec-fetch-site': 'same-origin', accept: '*/*' },
    ]) {
      const answer = await subscriptionGet(jar, headers);
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(answer.headers.get('content-type'), JSON.stringify(headers)).toContain('text/event-stream');
      expect(await firstEvent(answer), JSON.stringify(headers)).toContain('currentlyPlaying');
    }
  });

  it('runs the same subscription from the own origin or an allowed one, and leaves cookie-less requests alone', async () => {
    const jar = await t.signIn('alice');
    for (const init of [
      { jar, origin: t.origin },
      { jar, origin: ALLOWED },
    ]) {
      const answer = await sseGet(init);
      expect(answer.status, JSON.stringify(init.origin)).toBe(200);
      await answer.body?.cancel();
    }
    // Without the cookie the origin is not what counts: the subscription is refused for its credentials.
    const anonymous = await sseGet({ origin: 'null' });
    expect(anonymous.status).toBe(401);
    const body = (await anonymous.json()) as { errors: GraphQLErrorBody[] };
    expect(body.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  /**
   * A browser without Sec-Fetch-Site (Safari before 16.4) sends neither it nor an Origin on a no-cors
   * GET (an `<img>` on a same-site page, which SameSite=Lax gives the cookie), and neither do curl and
   * scripts. With the cookie, such a subscription must show it is not a foreign page's: a header a page
   * can only send after a CORS preflight (x-graphql-yoga-csrf, as yoga's CSRF prevention asks of every
   * GET), or a JSON POST (README "Cross-origin").
   */
  it('asks a cookie subscription that names no page (no Origin, no Sec-Fetch-Site) for the CSRF header or a JSON POST, before any poll', async () => {
    const jar = await t.signIn('alice');
    for (const headers of [{ accept: 'text/event-stream' }, { accept: '*/*' }, {}]) {
      const refused = await subscriptionGet(jar, headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.headers.get('content-type'), JSON.stringify(headers)).toContain('json');
      const body = (await refused.json()) as { errors: GraphQLErrorBody[] };
      expect(body.errors[0]?.extensions?.code, JSON.stringify(headers)).toBe('CSRF_HEADER_REQUIRED');
      expect(body.errors[0]?.message).toContain('x-graphql-yoga-csrf');
      expect(JSON.stringify(body)).not.toContain(t.sessionToken(jar));
    }
    // A simple (form) POST a page could send without a preflight is refused the same way.
    const form = await t.fetch('/graphql', {
      method: 'POST',
      headers: {
        cookie: jar.header(),
        accept: 'text/event-stream',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ query: documentText(NOW_PLAYING) }).toString(),
    });
    expect(form.status).toBe(403);
    await form.body?.cancel();
    expect(t.server.playerPollers.subscribers).toBe(0);
  });

  it('streams a cookie subscription that names no page with the CSRF header, or by JSON POST; a bearer one needs neither', async () => {
    const jar = await t.signIn('alice');
    const marked = await subscriptionGet(jar, { accept: 'text/event-stream', 'x-graphql-yoga-csrf': '1' });
    expect(marked.status).toBe(200);
    expect(await firstEvent(marked)).toContain('currentlyPlaying');
    // The cookie by hand: t.fetch would add the CSRF header to a POST with a jar.
    const post = await t.fetch('/graphql', {
      method: 'POST',
      headers: { cookie: jar.header(), accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ query: documentText(NOW_PLAYING) }),
    });
    expect(post.status).toBe(200);
    expect(await firstEvent(post)).toContain('currentlyPlaying');
    const bearer = await t.fetch(`/graphql?query=${encodeURIComponent(documentText(NOW_PLAYING))}`, {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${t.sessionToken(jar)}` },
    });
    expect(bearer.status).toBe(200);
    expect(await firstEvent(bearer)).toContain('currentlyPlaying');
  });
});
