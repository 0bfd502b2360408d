import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
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
