import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { ResponseStore } from '../../src/server/response-cache.js';
import { graphql } from '../generated/index.js';
import { startTestServer, type TestServer, useTestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/subscriptions.js';

const ON = { maxBytes: 1024 * 1024, ttlSeconds: 60 };

const KeptAlbum = graphql(`
  query ResponseCacheAlbum($id: ID!) {
    album(id: $id) { name artists { name } tracks(first: 3) { nodes { name } } }
  }
`);
const KeptAlbumAgain = graphql(`
  query ResponseCacheAlbumAgain($id: ID!) {
    album(id: $id) { name }
  }
`);
const Me = graphql(`
  query ResponseCacheMe { me { id } }
`);

const albumIds = (t: TestServer): string[] => [...t.emu.state.catalog.albums.keys()];
const callCount = async (t: TestServer): Promise<number> =>
  Object.values(await t.calls()).reduce((sum, n) => sum + n, 0);

describe('the response cache keeps anonymous answers whole', () => {
  const t = useTestServer({ limits: { responseCache: ON }, cache: new MemoryCatalogCache() });

  it('answers a repeated anonymous catalog query the same, without a Spotify call', async () => {
    const id = albumIds(t)[0]!;
    await t.clearLog();
    const first = await t.query(KeptAlbum, { id });
    expect(first.errors).toBeUndefined();
    expect(await callCount(t)).toBeGreaterThan(0);
    await t.clearLog();
    const again = await t.query(KeptAlbum, { id });
    expect(again).toEqual(first);
    expect(await t.calls()).toEqual({});
  });

  it("never answers a signed-in caller from it: each user's `me` is their own, anonymous gets none", async () => {
    const alice = await t.emu.token({ user: 'alice' });
    const bob = await t.emu.token({ user: 'bob' });
    expect((await t.query(Me, {}, { token: alice })).data?.me?.id).toBe('spotify:user:alice');
    expect((await t.query(Me, {}, { token: bob })).data?.me?.id).toBe('spotify:user:bob');
    expect((await t.query(Me, {}, { token: alice })).data?.me?.id).toBe('spotify:user:alice');
    const anonymous = await t.query(Me, {});
    expect(anonymous.data?.me ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('runs a kept document again for a signed-in caller, with their token', async () => {
    const id = albumIds(t)[1]!;
    expect((await t.query(KeptAlbum, { id })).errors).toBeUndefined();
    await t.clearLog();
    const alice = await t.emu.token({ user: 'alice' });
    const answer = await t.query(KeptAlbum, { id }, { token: alice });
    expect(answer.errors).toBeUndefined();
    // A user's request shares no catalog data: it is executed, and calls Spotify.
    expect(await callCount(t)).toBeGreaterThan(0);
  });

  it('keeps no answer with errors: the same query after a failure is made again', async () => {
    const id = albumIds(t)[2]!;
    await t.emu.control('POST', '/faults', { route: 'GET /v1/albums/{id}', status: 500 });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/albums', status: 500 });
    try {
      const failed = await t.query(KeptAlbumAgain, { id });
      expect(failed.errors?.length).toBeGreaterThan(0);
    } finally {
      await t.emu.control('DELETE', '/faults');
    }
    await t.clearLog();
    const answer = await t.query(KeptAlbumAgain, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.name).toBe(t.emu.state.catalog.albums.get(id)?.name);
    expect(await callCount(t)).toBeGreaterThan(0);
  });
});

describe('the response cache keeps no answer longer than the catalog data it holds', () => {
  it('keeps an answer no longer than CATALOG_CACHE_TTL_S, whatever RESPONSE_CACHE_TTL_S says', async () => {
    const t = await startTestServer({ limits: { responseCache: ON, catalogCacheTtlSeconds: 1 } });
    try {
      const id = albumIds(t)[0]!;
      expect((await t.query(KeptAlbumAgain, { id })).errors).toBeUndefined();
      await t.clearLog();
      expect((await t.query(KeptAlbumAgain, { id })).errors).toBeUndefined();
      expect(await t.calls()).toEqual({});
      // Within 15 s (a quarter of RESPONSE_CACHE_TTL_S), the kept answer expires and the query calls again.
      await waitFor(
        async () => (await t.query(KeptAlbumAgain, { id })).errors === undefined && (await callCount(t)) > 0,
        () => 'the answer outlived the catalog TTL',
      );
    } finally {
      await t.close();
    }
  });

  describe('an answer made from a catalog entry near its end', () => {
    // lru-cache reads a start time of 0 as "no TTL": the clock starts later.
    let now = 1_000;
    let t: TestServer;
    beforeAll(async () => {
      const cache = new MemoryCatalogCache({ ttlSeconds: 300, now: () => now });
      t = await startTestServer({ limits: { responseCache: ON }, cache });
    });
    afterAll(() => t.close());

    it('expires with that entry', async () => {
      const id = albumIds(t)[3]!;
      // The album enters the catalog cache at (catalog) time 1 s, fresh until 301 s.
      expect((await t.query(KeptAlbum, { id })).errors).toBeUndefined();
      // 0.5 s before the entry's end, another document reads it from the catalog cache: kept 0.5 s at most.
      now = 300_500;
      await t.clearLog();
      expect((await t.query(KeptAlbumAgain, { id })).errors).toBeUndefined();
      expect(await t.calls()).toEqual({});
      now = 302_000;
      await waitFor(
        async () => (await t.query(KeptAlbumAgain, { id })).errors === undefined && (await callCount(t)) > 0,
        () => 'the answer outlived the catalog entry it was made from',
      );
    });
  });
});

describe('ResponseStore', () => {
  it('stays within its bound in bytes, the latest answers kept', () => {
    const store = new ResponseStore(20_000);
    for (let i = 0; i < 100; i++) store.set(`key${i}`, { data: { text: 'x'.repeat(1000) } }, [], 60_000);
    expect(store.bytes).toBeLessThanOrEqual(20_000);
    expect(store.size).toBeLessThan(100);
    expect(store.get('key99')).toEqual({ data: { text: 'x'.repeat(1000) } });
    expect(store.get('key0')).toBeUndefined();
  });

  it('keeps nothing with no TTL', () => {
    const store = new ResponseStore(20_000);
    store.set('key', { data: {} }, [], 0);
    expect(store.get('key')).toBeUndefined();
  });
});
