import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { isSameSite } from '../../src/auth/same-site.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, type GraphQLErrorBody, startAuthServer } from '../helpers/auth.js';
import { documentText } from '../helpers/documents.js';

const VITE_LOCALHOST = 'http://localhost:5173';
const VITE_LOOPBACK = 'http://127.0.0.1:5173';

/**
 * A frontend on another *site* than the server (Vite's http://localhost:5173 against a server on
 * 127.0.0.1) signs in and comes back anonymous: the SameSite=Lax cookie is not sent on its fetches.
 * The operator gets one warn line per such origin when a sign-in starts for it (README "Calling from a
 * frontend").
 */
describe('sign-in returning to another site: a warn line, once per origin', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer({ allowedOrigins: [VITE_LOCALHOST, VITE_LOOPBACK] });
  });
  afterAll(() => t.close());

  async function startLogin(returnTo: string): Promise<void> {
    const response = await t.fetch(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    await response.body?.cancel();
    expect(response.status).toBe(302);
  }

  it('warns once for localhost:5173 against 127.0.0.1, naming both sites and the way out', async () => {
    await startLogin(`${VITE_LOCALHOST}/index.html`);
    await startLogin(`${VITE_LOCALHOST}/other`);
    const hints = t.warnings.filter((line) => line.includes('another site'));
    expect(hints).toHaveLength(1);
    expect(hints[0]).toContain(
      `sign-in returns to ${VITE_LOCALHOST}, another site than this server (${t.origin})`,
    );
    expect(hints[0]).toContain('SameSite=Lax');
    expect(hints[0]).toContain('Authorization: Bearer <session token>');
  });

  it('says nothing for a same-site origin or a path', async () => {
    const before = t.warnings.length;
    await startLogin(`${VITE_LOOPBACK}/index.html`);
    await startLogin('/graphql');
    expect(t.warnings.slice(before)).toEqual([]);
  });
});

describe('isSameSite', () => {
  it('treats subdomains of one domain as one site, other hosts and schemes as others', () => {
    expect(isSameSite('https://app.example.com', 'https://api.example.com')).toBe(true);
    expect(isSameSite('http://127.0.0.1:5173', 'http://127.0.0.1:4000')).toBe(true);
    expect(isSameSite('http://localhost:5173', 'http://127.0.0.1:4000')).toBe(false);
    expect(isSameSite('http://app.example.com', 'https://api.example.com')).toBe(false);
    expect(isSameSite('https://app.example.org', 'https://api.example.com')).toBe(false);
  });
});

const ME = graphql(`query CookieHintMe { me { displayName } }`);

/**
 * The same frontend's queries: an UNAUTHENTICATED answer to a request from another page that came
 * without the session cookie says why the browser did not send it and what to do
 * (`extensions.cookieHint`, named in the message), never repeating a cookie or token it carried.
 */
describe('UNAUTHENTICATED from another page without the session cookie: why, and what to do', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer({ allowedOrigins: [VITE_LOCALHOST, VITE_LOOPBACK] });
  });
  afterAll(() => t.close());

  /** `me` by a credentialed JSON POST with `headers` (a browser's Origin, Sec-Fetch-Site, cookies). */
  async function me(headers: Record<string, string>, url = `${t.origin}/graphql`): Promise<GraphQLErrorBody> {
    const response = await t.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query: documentText(ME) }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorBody[] };
    expect(body.data, JSON.stringify(headers)).toEqual({ me: null });
    expect(body.errors?.[0]?.extensions?.code, JSON.stringify(headers)).toBe('UNAUTHENTICATED');
    return body.errors![0]!;
  }

  it('explains SameSite=Lax to a cross-site page (localhost:5173 against 127.0.0.1), by Origin or Sec-Fetch-Site', async () => {
    for (const headers of [
      { origin: VITE_LOCALHOST },
      { origin: VITE_LOCALHOST, 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ]) {
      const error = await me(headers);
      const hint = String(error.extensions?.cookieHint);
      expect(error.message, JSON.stringify(headers)).toContain('see extensions.cookieHint');
      expect(hint, JSON.stringify(headers)).toContain('another site');
      expect(hint).toContain('SameSite=Lax');
      expect(hint).toContain('ALLOWED_ORIGINS');
      expect(hint).toContain('Authorization: Bearer <session token>');
      expect(error.extensions?.loginUrl).toBe(`${t.origin}/auth/login`);
    }
    expect(String((await me({ origin: VITE_LOCALHOST })).extensions?.cookieHint)).toContain(
      `comes from ${VITE_LOCALHOST}`,
    );
  });

  it("tells a same-site page of another origin about credentials: 'include' and ALLOWED_ORIGINS", async () => {
    const listed = String((await me({ origin: VITE_LOOPBACK })).extensions?.cookieHint);
    expect(listed).toContain("credentials: 'include'");
    expect(listed).toContain('in ALLOWED_ORIGINS (it is)');
    const unlisted = String((await me({ origin: 'http://127.0.0.1:8080' })).extensions?.cookieHint);
    expect(unlisted).toContain('in ALLOWED_ORIGINS (it is not)');
    expect(String((await me({ 'sec-fetch-site': 'same-site' })).extensions?.cookieHint)).toContain(
      "credentials: 'include'",
    );
  });

  it('names the host the cookie belongs to when the page called the server by another name', async () => {
    const other = t.origin.replace('127.0.0.1', 'localhost');
    const error = await me({ origin: VITE_LOCALHOST }, `${other}/graphql`);
    expect(String(error.extensions?.cookieHint)).toContain(`The session cookie belongs to ${t.origin}`);
  });

  // v15 new user, N8: GraphiQL opened at localhost after signing in at 127.0.0.1 was told "from another
  // page" and given a frontend's advice (ALLOWED_ORIGINS, credentials), where the fix is to open 127.0.0.1.
  it("tells the server's own page opened under another host name to open the sign-in host's /graphql", async () => {
    const other = t.origin.replace('127.0.0.1', 'localhost');
    const error = await me({ origin: other, 'sec-fetch-site': 'same-origin' }, `${other}/graphql`);
    const hint = String(error.extensions?.cookieHint);
    expect(hint).toContain(`This page is this server at ${other}`);
    expect(hint).toContain(`Open ${t.origin}/graphql instead`);
    expect(hint).not.toContain('ALLOWED_ORIGINS');
    expect(error.message).not.toContain('another page');
  });

  // v15 new user, N5: a same-site frontend that simply has not signed in yet was told its cause was
  // credentials: 'include' and ALLOWED_ORIGINS, which it already had.
  it('puts "not signed in yet" first for a same-site page of an allowed origin', async () => {
    const hint = String((await me({ origin: VITE_LOOPBACK })).extensions?.cookieHint);
    expect(hint).toContain('If this browser has not signed in yet, sign in first');
    expect(hint.indexOf('not signed in yet')).toBeLessThan(hint.indexOf("credentials: 'include'"));
  });

  it('repeats no cookie or token the request carried', async () => {
    const error = await me({ origin: VITE_LOCALHOST, cookie: 'theme=dark; tracker=s3cr3t-cookie-value' });
    expect(error.extensions?.cookieHint).toBeDefined();
    expect(JSON.stringify(error)).not.toContain('s3cr3t-cookie-value');
  });

  it('adds nothing for curl (no Origin, no Sec-Fetch-Site), the own origin, or a request with a credential', async () => {
    for (const headers of [
      {},
      { origin: t.origin },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
    ]) {
      const error = await me(headers);
      expect(error.extensions?.cookieHint, JSON.stringify(headers)).toBeUndefined();
      expect(error.message).not.toContain('cookieHint');
    }
    const jar = await t.signIn('alice');
    const signedIn = await t.fetch('/graphql', {
      method: 'POST',
      jar,
      headers: { 'content-type': 'application/json', origin: VITE_LOCALHOST },
      body: JSON.stringify({ query: documentText(ME) }),
    });
    expect(await signedIn.json()).toEqual({ data: { me: { displayName: expect.any(String) } } });
    const bearer = await t.fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: VITE_LOCALHOST,
        authorization: 'Bearer sgs_notarealsessiontokenatall',
      },
      body: JSON.stringify({ query: documentText(ME) }),
    });
    const refused = (await bearer.json()) as { errors: GraphQLErrorBody[] };
    expect(refused.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.errors[0]?.extensions?.cookieHint).toBeUndefined();
  });

  it('says the same over graphql-ws, for a socket opened from the cross-site page', async () => {
    const socket = new WebSocket(`${t.origin.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
      origin: VITE_LOCALHOST,
    });
    const messages: Array<{ type: string; payload?: unknown }> = [];
    const done = new Promise<void>((resolve, reject) => {
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
        messages.push(message);
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: documentText(ME) } }));
        }
        if (message.type === 'complete' || message.type === 'error') resolve();
      });
      socket.once('error', reject);
    });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await done;
    socket.close();
    const next = messages.find((message) => message.type === 'next') as
      | { payload: { errors: GraphQLErrorBody[] } }
      | undefined;
    expect(next?.payload.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(String(next?.payload.errors[0]?.extensions?.cookieHint)).toContain('SameSite=Lax');
  });
});
