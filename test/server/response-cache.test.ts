import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCatalogCache, noCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { ResponseStore } from '../../src/server/response-cache.js';
import { graphql } from '../generated/index.js';
import { startServerOn, startTestServer, type TestServer, useTestServer } from '../helpers/server.js';
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
const PlaylistName = graphql(`
  query ResponseCachePlaylistName($id: ID!) { playlist(id: $id) { name } }
`);
const NewPlaylist = graphql(`
  mutation ResponseCacheNewPlaylist($name: String!) {
    createPlaylist(name: $name, public: true) { playlist { id } }
  }
`);
const RenamePlaylist = graphql(`
  mutation ResponseCacheRenamePlaylist($id: ID!, $name: String!) {
    updatePlaylist(playlistId: $id, name: $name) { playlist { name } }
  }
`);
const AlbumWithMarket = graphql(`
  query ResponseCacheAlbumMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }
`);
const LongAlbum = graphql(`
  query ResponseCacheLongAlbum($id: ID!) { album(id: $id) { tracks(first: 50) { nodes { id name } } } }
`);
const MetricsAlbum = graphql(`
  query ResponseCacheMetricsAlbum($id: ID!) { album(id: $id) { name label } }
`);

/** The value of one sample of `/metrics` (0 when absent). */
async function sample(t: TestServer, line: RegExp): Promise<number> {
  const { body } = await t.server.metrics.exposition();
  const match = body.split('\n').find((row) => line.test(row));
  return match === undefined ? 0 : Number(match.slice(match.lastIndexOf(' ') + 1));
}

const albumIds = (t: TestServer): string[] => [...t.emu.state.catalog.albums.keys()];
const callCount = async (t: TestServer): Promise<number> =>
  Object.values(await t.calls()).reduce((sum, n) => sum + n, 0);

/** Runs `query` (which must answer without errors) until one run makes no Spotify call: a kept answer. */
async function untilKept(t: TestServer, query: () => Promise<{ errors?: unknown }>): Promise<void> {
  await waitFor(
    async () => {
      await t.clearLog();
      expect((await query()).errors).toBeUndefined();
      return (await callCount(t)) === 0;
    },
    () => 'no answer was kept',
  );
}

/** Runs `query` until one run calls Spotify: the kept answer is gone. */
async function untilExecuted(t: TestServer, query: () => Promise<{ errors?: unknown }>): Promise<void> {
  await waitFor(
    async () => {
      await t.clearLog();
      expect((await query()).errors).toBeUndefined();
      return (await callCount(t)) > 0;
    },
    () => 'the kept answer was still answered',
  );
}

describe('the response cache keeps anonymous answers whole', () => {
  // No catalog cache: every executed request calls Spotify, a kept answer does not.
  const t = useTestServer({ limits: { responseCache: ON } });

  it("executes a document's first request, keeps its second, answers the third alike without a call", async () => {
    const id = albumIds(t)[0]!;
    await t.clearLog();
    const first = await t.query(KeptAlbum, { id });
    expect(first.errors).toBeUndefined();
    expect(await callCount(t)).toBeGreaterThan(0);
    await t.clearLog();
    expect(await t.query(KeptAlbum, { id })).toEqual(first);
    expect(await callCount(t)).toBeGreaterThan(0);
    await t.clearLog();
    expect(await t.query(KeptAlbum, { id })).toEqual(first);
    expect(await t.calls()).toEqual({});
  });

  it("never answers a signed-in caller from it: each user's `me` is their own, anonymous gets none", async () => {
    const alice = await t.emu.token({ user: 'alice' });
    const bob = await t.emu.token({ user: 'bob' });
    for (let i = 0; i < 2; i++) {
      expect((await t.query(Me, {}, { token: alice })).data?.me?.id).toBe('spotify:user:alice');
      expect((await t.query(Me, {}, { token: bob })).data?.me?.id).toBe('spotify:user:bob');
    }
    for (let i = 0; i < 3; i++) {
      const anonymous = await t.query(Me, {});
      expect(anonymous.data?.me ?? null).toBeNull();
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('runs a kept document again for a signed-in caller, with their token', async () => {
    const id = albumIds(t)[1]!;
    await untilKept(t, () => t.query(KeptAlbum, { id }));
    await t.clearLog();
    const alice = await t.emu.token({ user: 'alice' });
    const answer = await t.query(KeptAlbum, { id }, { token: alice });
    expect(answer.errors).toBeUndefined();
    expect(await callCount(t)).toBeGreaterThan(0);
  });

  it("keeps no answer read outside the catalog cache: an owner's rename is seen at once by anonymous readers", async () => {
    const alice = await t.emu.token({ user: 'alice' });
    const created = await t.query(NewPlaylist, { name: 'before rename' }, { token: alice });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPlaylist!.playlist!.id;
    // Playlists are never kept in the catalog cache: every anonymous request reads Spotify.
    for (let i = 0; i < 3; i++) {
      await t.clearLog();
      const answer = await t.query(PlaylistName, { id });
      expect(answer.data?.playlist?.name).toBe('before rename');
      expect(await callCount(t)).toBeGreaterThan(0);
    }
    const renamed = await t.query(RenamePlaylist, { id, name: 'after rename' }, { token: alice });
    expect(renamed.errors).toBeUndefined();
    expect((await t.query(PlaylistName, { id })).data?.playlist?.name).toBe('after rename');
  });

  it('keys answers by the declared variables only, in any order', async () => {
    const id = albumIds(t)[5]!;
    const market = 'SE';
    await untilKept(t, () => t.query(AlbumWithMarket, { id, market }));
    const kept = await t.query(AlbumWithMarket, { id, market });
    const variants: Record<string, unknown>[] = [
      { market, id },
      { id, market, unused: 1 },
      { unused: 2, market, id, other: { b: 1, a: 2 } },
    ];
    for (const variables of variants) {
      await t.clearLog();
      expect(await t.query(AlbumWithMarket as never, variables)).toEqual(kept);
      expect(await t.calls()).toEqual({});
    }
    // A declared variable's value still makes its own answer.
    await t.clearLog();
    expect((await t.query(AlbumWithMarket, { id, market: 'DE' })).errors).toBeUndefined();
    expect(await callCount(t)).toBeGreaterThan(0);
  });

  it('counts its lookups (hits, misses) and the bytes it keeps on /metrics', async () => {
    const id = albumIds(t)[6]!;
    const hits = () => sample(t, /^response_cache_lookups_total\{result="hit"\} /);
    const misses = () => sample(t, /^response_cache_lookups_total\{result="miss"\} /);
    const [hitsBefore, missesBefore] = [await hits(), await misses()];
    // Seen once (no lookup), then looked up and missed (kept), then looked up and hit.
    const bytesBefore = await sample(t, /^response_cache_bytes /);
    let answer: unknown;
    for (let i = 0; i < 3; i++) {
      answer = await t.query(MetricsAlbum, { id });
      expect((answer as { errors?: unknown }).errors).toBeUndefined();
    }
    expect(await hits()).toBe(hitsBefore + 1);
    expect(await misses()).toBe(missesBefore + 1);
    expect(await sample(t, /^response_cache_bytes /)).toBeGreaterThan(
      bytesBefore + JSON.stringify(answer).length,
    );
    expect(await sample(t, /^response_cache_entries /)).toBeGreaterThan(0);
  });

  it('keeps no answer with errors: the same request after a failure is made again', async () => {
    const [seen, id] = [albumIds(t)[2]!, albumIds(t)[3]!];
    // The document is known (its next request may be kept).
    expect((await t.query(KeptAlbumAgain, { id: seen })).errors).toBeUndefined();
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
      const query = () => t.query(KeptAlbumAgain, { id });
      await untilKept(t, query);
      // Within 15 s (a quarter of RESPONSE_CACHE_TTL_S) the kept answer expires: the query calls again.
      await untilExecuted(t, query);
    } finally {
      await t.close();
    }
  });

  describe('an answer made from a catalog entry near its end', () => {
    // lru-cache reads a start time of 0 as "no TTL": the clock starts later.
    let now = 1_000;
    let reads = 0;
    let t: TestServer;
    let cache: MemoryCatalogCache;
    /** lru-cache keeps its clock's last reading for a moment: waits until the cache reads `now`. */
    const clockAt = (ms: number, key: string) => {
      now = ms;
      return waitFor(
        () => cache.freshForMs(key) === Math.max(0, 301_000 - ms),
        () => 'the catalog cache never saw the time',
      );
    };
    beforeAll(async () => {
      cache = new MemoryCatalogCache({ ttlSeconds: 300, now: () => now });
      const get = cache.get.bind(cache);
      // Counts the catalog reads: an executed request reads the album, a kept answer reads nothing.
      cache.get = (key) => {
        reads += 1;
        return get(key);
      };
      t = await startTestServer({ limits: { responseCache: ON }, cache });
    });
    afterAll(() => t.close());

    it('expires with that entry', async () => {
      const id = albumIds(t)[4]!;
      const query = () => t.query(KeptAlbumAgain, { id });
      // At (catalog) time 1 s the album enters the catalog cache, fresh until 301 s; the document is
      // seen once (its next request may be kept).
      expect((await t.query(KeptAlbum, { id })).errors).toBeUndefined();
      expect((await query()).errors).toBeUndefined();
      // 0.5 s before the entry's end, the document's answer is made from it: kept 0.5 s at most.
      await clockAt(300_500, `album:${id}:`);
      await waitFor(
        async () => {
          const before = reads;
          expect((await query()).errors).toBeUndefined();
          return reads === before;
        },
        () => 'no answer was kept',
      );
      // The entry is stale: an executed request calls Spotify, a kept answer (60 s) would not.
      await clockAt(302_000, `album:${id}:`);
      await untilExecuted(t, query);
    });
  });
});

describe("the response cache's byte bound holds the body text of its hits too", () => {
  // Cache off here: this server measures the answers; the bounded one is started beside it.
  const t = useTestServer();

  it('two answers that fit as objects but not with their hit texts: only the later one is kept', async () => {
    const [x, y] = [...t.emu.state.catalog.albums.values()].filter((a) => a.trackIds.length >= 50);
    const body = async (id: string) => JSON.stringify({ data: (await t.query(LongAlbum, { id })).data });
    const longest = Math.max((await body(x!.id)).length, (await body(y!.id)).length);
    // Room for one answer counted with its text (2 x its JSON + key), or for two counted without it.
    const maxBytes = 2 * longest + 1200;
    const bounded = await startServerOn(t.emu, {
      cache: noCatalogCache,
      limits: { responseCache: { maxBytes, ttlSeconds: 60 } },
    });
    try {
      const ask = (id: string) => bounded.query(LongAlbum, { id });
      await untilKept(bounded, () => ask(x!.id));
      await untilKept(bounded, () => ask(y!.id));
      expect(await sample(bounded, /^response_cache_entries /)).toBe(1);
      const bytes = await sample(bounded, /^response_cache_bytes /);
      expect(bytes).toBeLessThanOrEqual(maxBytes);
      // What is counted holds the answer and the text of its hits (each at least the body's length).
      expect(bytes).toBeGreaterThanOrEqual(2 * (await body(y!.id)).length);
      // The first answer made room for the second: asked again, it is executed.
      await bounded.clearLog();
      expect((await ask(x!.id)).errors).toBeUndefined();
      expect(await callCount(bounded)).toBeGreaterThan(0);
    } finally {
      await bounded.close();
    }
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
