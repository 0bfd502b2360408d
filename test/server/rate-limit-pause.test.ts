import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { startTestServer, type TestServer, useTestServer } from '../helpers/server.js';

let now = 1_000_000;
let t: TestServer;
let base: string;

beforeAll(async () => {
  t = await startTestServer({ cache: new MemoryCatalogCache({ ttlSeconds: 60, now: () => now }) });
  base = (await t.server.start(0, '127.0.0.1')).replace(/\/graphql$/, '');
});
afterAll(() => t.close());

const ALBUM = graphql(`query RateLimitPauseAlbum($id: ID!) { album(id: $id) { name } }`);

/** Asks for album `id` over the real port, as any client would. */
async function post(
  id: string,
): Promise<{ data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: documentText(ALBUM), variables: { id } }),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
}

describe('a long Retry-After from Spotify', () => {
  it('serves cached catalog objects past their time, fails the rest with retryAfter, and /ready says 503 with the time left (body and Retry-After)', async () => {
    const [cachedId, otherId] = [...t.emu.state.catalog.albums.keys()];
    const name = t.emu.state.catalog.albums.get(cachedId!)!.name;
    expect((await post(cachedId!)).data).toEqual({ album: { name } });
    now += 120_000; // the entry is past its time now
    for (const route of ['GET /v1/albums/{id}', 'GET /v1/albums'])
      await t.emu.control('POST', '/faults', { route, status: 429, retryAfter: 3600 });

    const stale = await post(cachedId!);
    expect(stale.errors).toBeUndefined();
    expect(stale.data).toEqual({ album: { name } });

    const missing = await post(otherId!);
    expect(missing.errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    expect(missing.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(3000);

    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { status: string; retryAfter: number; retryAt: string };
    expect(body.status).toBe('rate-limited');
    expect(body.retryAfter).toBeGreaterThan(3000);
    // The same time left, in whole seconds, where load balancers look: the Retry-After header.
    expect(ready.headers.get('retry-after')).toBe(String(body.retryAfter));
    expect(Date.parse(body.retryAt)).toBeGreaterThan(Date.now() + 3_000_000);
  });
});

describe("a Retry-After beyond the request's deadline", () => {
  const DEADLINE_MS = 3000;
  let bounded: TestServer;
  beforeAll(async () => {
    bounded = await startTestServer({ limits: { requestDeadlineMs: DEADLINE_MS } });
  });
  afterAll(() => bounded.close());

  it('answers SPOTIFY_RATE_LIMITED with retryAfter at once, not DEADLINE_EXCEEDED after sleeping towards it', async () => {
    const [first, second] = [...bounded.emu.state.catalog.albums.keys()];
    // 4 s: within the client's longest wait (5 s), beyond the request's 3 s deadline.
    await bounded.emu.control('POST', '/faults', {
      route: 'GET /v1/albums',
      status: 429,
      retryAfter: 4,
      times: 1,
    });
    await bounded.clearLog();
    const limited = await bounded.query(ALBUM, { id: first! });
    expect(limited.data).toEqual({ album: null });
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'SPOTIFY_RATE_LIMITED', retryAfter: 4 });
    // The pause it set outlasts the next request's deadline too: refused with the time left, no call.
    await bounded.clearLog();
    const paused = await bounded.query(ALBUM, { id: second! });
    expect(paused.errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    expect(paused.errors?.[0]?.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(await bounded.calls()).toEqual({});
  });
});

describe("a Retry-After within the request's deadline", () => {
  const t2 = useTestServer({ limits: { requestDeadlineMs: 30_000 } });

  it('is waited out and the request answered', async () => {
    const id = [...t2.emu.state.catalog.albums.keys()][2]!;
    await t2.emu.control('POST', '/faults', {
      route: 'GET /v1/albums',
      status: 429,
      retryAfter: 1,
      times: 1,
    });
    await t2.clearLog();
    const answer = await t2.query(ALBUM, { id });
    expect(answer.errors).toBeUndefined();
    expect(await t2.calls()).toEqual({ 'GET /v1/albums': 2 });
  });
});
