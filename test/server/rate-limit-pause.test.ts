import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

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
