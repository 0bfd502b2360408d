import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MemoryTokenStore } from '../../src/auth/memory-store.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, CookieJar, startAuthServer } from '../helpers/auth.js';
import { documentText } from '../helpers/documents.js';

/** The raw text of a typed document: these tests write the transports' requests by hand. */
const ME_DOCUMENT = graphql(`query AuthTransportsMe { me { spotifyId } }`);
const ME = documentText(ME_DOCUMENT);

/** Runs one query over graphql-ws, with connection params and upgrade-request headers. */
async function overWebSocket(
  t: AuthTestServer,
  options: { connectionParams?: Record<string, string>; headers?: Record<string, string> },
): Promise<unknown> {
  const headers = options.headers ?? {};
  const client = createClient({
    url: `${t.origin.replace('http', 'ws')}/graphql`,
    lazy: true,
    retryAttempts: 0,
    ...(options.connectionParams === undefined ? {} : { connectionParams: options.connectionParams }),
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
  });
  try {
    return await new Promise((resolve, reject) => {
      let result: unknown;
      client.subscribe(
        { query: ME },
        { next: (value) => (result = value), error: reject, complete: () => resolve(result) },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe('the session over every transport', () => {
  let t: AuthTestServer;
  let jar: CookieJar;
  beforeAll(async () => {
    t = await startAuthServer();
    jar = await t.signIn('alice');
  });
  afterAll(() => t.close());

  it('GET /graphql with the session cookie', async () => {
    const response = await t.fetch(`/graphql?query=${encodeURIComponent(ME)}`, {
      jar,
      headers: { accept: 'application/json' },
    });
    expect(await response.json()).toEqual({ data: { me: { spotifyId: 'alice' } } });
  });

  it('SSE (text/event-stream) with the session cookie', async () => {
    const response = await t.fetch('/graphql', {
      method: 'POST',
      jar,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(await response.text()).toContain('"me":{"spotifyId":"alice"}');
  });

  it('graphql-ws with the session cookie of the upgrade request', async () => {
    expect(await overWebSocket(t, { headers: { cookie: jar.header() } })).toEqual({
      data: { me: { spotifyId: 'alice' } },
    });
  });

  it('graphql-ws with connectionParams.authorization = Bearer <session token>', async () => {
    expect(
      await overWebSocket(t, { connectionParams: { authorization: `Bearer ${t.sessionToken(jar)}` } }),
    ).toEqual({ data: { me: { spotifyId: 'alice' } } });
  });

  it('graphql-ws without a session: me is UNAUTHENTICATED with loginUrl', async () => {
    const result = (await overWebSocket(t, {})) as { errors?: { extensions?: Record<string, unknown> }[] };
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      loginUrl: `${t.origin}/auth/login`,
    });
  });
});

describe('a login attempt expires', () => {
  let clock = Date.now();
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer({ store: new MemoryTokenStore(() => clock) });
  });
  afterAll(() => t.close());

  it('after 10 minutes the callback is LOGIN_EXPIRED', async () => {
    const jar = new CookieJar();
    const callback = await t.approve(await t.startLogin(jar));
    clock += 11 * 60 * 1000;
    const response = await t.finishLogin(jar, callback);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('LOGIN_EXPIRED');
  });
});

describe('renewal before expiry', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    // Tokens that live 30 s are always within the 60 s renewal margin.
    t = await startAuthServer({ emulator: { accessTokenTtl: 30 } });
  });
  afterAll(() => t.close());

  it('renews a token about to expire before using it (no 401 from Spotify)', async () => {
    const jar = await t.signIn('carol');
    await t.emu.control('DELETE', '/requests');
    expect((await t.graphql(ME_DOCUMENT, { jar })).body).toEqual({ data: { me: { spotifyId: 'carol' } } });
    const log = (await t.emu.control('GET', '/requests')).json as {
      byRoute: Record<string, number>;
      entries: { route: string; status: number }[];
    };
    expect(log.byRoute['POST /api/token']).toBe(1);
    expect(log.entries.filter((entry) => entry.status === 401)).toEqual([]);
  });
});
