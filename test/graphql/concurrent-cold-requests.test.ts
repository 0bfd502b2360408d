import { afterEach, describe, expect, it } from 'vitest';
import { noCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { waitForIdle } from '../helpers/emulator.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { artistsByAlbums, postOverHttp as post, useSharedCatalogServer } from '../helpers/shared-catalog.js';

/**
 * Identical anonymous requests running at the same time share their catalog loads in flight, list
 * pages included (an artist's albums, top tracks, related artists, search pages): ten concurrent cold
 * requests make the calls of one. A request that goes away lets go of what it shares; the others keep
 * the call. User tokens never share. Sent over HTTP; overlap comes from a latency on every Spotify route
 * (the emulator's fault), and a join is known to have happened when a later call of the same request
 * reached the emulator (a request's loads of one level go out in field order), never from a clock.
 */

/** Latency on every Spotify route: ten requests started together all reach their loads within it. */
const LATENCY_MS = 1500;

const COLD_ARTIST = graphql(`
  query ConcurrentColdArtist($id: ID!) {
    artist(id: $id) {
      name followerCount
      albums(first: 5) { nodes { name } }
      topTracks { name }
      relatedArtists { name }
    }
  }
`);

const SEARCH_WITH_ALBUMS = graphql(`
  query ConcurrentColdSearch($q: String!) {
    search(query: $q, types: [ARTIST], first: 3) { artists { nodes { name albums(first: 2) { nodes { name } } } } }
  }
`);

const WIDE_PAGE = graphql(`
  query ConcurrentColdWide($id: ID!) { artist(id: $id) { albums(first: 6) { nodes { name } } } }
`);

const NARROW_PAGE = graphql(`
  query ConcurrentColdNarrow($id: ID!) { artist(id: $id) { albums(first: 2, offset: 3) { nodes { name } } } }
`);

const ALBUMS_THEN_SEARCH = graphql(`
  query ConcurrentColdAlbumsThenSearch($id: ID!, $q: String!) {
    artist(id: $id) { albums(first: 4) { nodes { name } } }
    search(query: $q, types: [TRACK], first: 1) { tracks { totalCount } }
  }
`);

const TWO_ALBUMS = graphql(`
  query ConcurrentColdTwoAlbums($a: ID!, $b: ID!) { a: album(id: $a) { name } b: album(id: $b) { name } }
`);

const total = (calls: Record<string, number>): number => Object.values(calls).reduce((sum, n) => sum + n, 0);

/** Waits (with a generous deadline) until the emulator holds at least `count` unanswered requests. */
async function heldByEmulator(server: TestServer, count: number, deadlineMs = 15_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const log = (await server.emu.control('GET', '/requests')).json as { inFlight?: number };
    if ((log.inFlight ?? 0) >= count) return;
    if (Date.now() > until) throw new Error(`the emulator never held ${count} requests`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const BIG_ALBUM_TRACKS = graphql(`
  query ConcurrentColdBigAlbum($id: ID!) { album(id: $id) { name tracks(first: 60) { nodes { name } } } }
`);

const GENRES_AND_MARKETS = graphql(`query ConcurrentColdGenresMarkets { genreSeeds markets }`);

describe('concurrent cold anonymous requests without a catalog cache (noCatalogCache, v15 attack11 V5)', () => {
  // Sharing in flight does not depend on the finished-value cache: ten requests arriving while the
  // first one's loads are in flight join them. (Without latency the emulator answers in a few ms, the
  // first request's loads are over before the last request reaches its own, and nothing is in flight to
  // share: the attack's 7-9 calls; with no cache, nothing finished is kept either.)
  const server = useSharedCatalogServer({
    cache: noCatalogCache,
    limits: { rateLimit: { requests: 10_000, windowSeconds: 60, concurrent: 20 } },
  });

  async function slowly(): Promise<void> {
    await server.clearLog();
    await server.emu.control('POST', '/faults', { latencyMs: LATENCY_MS });
  }

  it('make one album call and one page of its tracks past the embedded 50 for ten requests', async () => {
    const big = [...server.emu.state.catalog.albums.values()].sort(
      (a, b) => b.trackIds.length - a.trackIds.length,
    )[0]!;
    expect(big.trackIds.length).toBeGreaterThan(50);
    await slowly();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(server, BIG_ALBUM_TRACKS, { id: big.id })),
    );
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.album?.tracks?.nodes).toHaveLength(Math.min(60, big.trackIds.length));
    }
    expect(await server.calls()).toEqual({ 'GET /v1/albums': 1, 'GET /v1/albums/{id}/tracks': 1 });
  });

  it('make one genre seeds call and one markets call for ten requests', async () => {
    await slowly();
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(server, GENRES_AND_MARKETS, {})));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(await server.calls()).toEqual({
      'GET /v1/recommendations/available-genre-seeds': 1,
      'GET /v1/markets': 1,
    });
  });
});

describe('concurrent cold anonymous requests, Extended mode', () => {
  const server = useSharedCatalogServer({
    // Ten requests of one client at once (the default lets eight run and queues the rest).
    limits: { rateLimit: { requests: 10_000, windowSeconds: 60, concurrent: 20 } },
  });

  async function slowly(): Promise<void> {
    await server.clearLog();
    await server.emu.control('POST', '/faults', { latencyMs: LATENCY_MS });
  }

  it('make one call per page and object: an artist with its albums, top tracks and related artists', async () => {
    const id = artistsByAlbums(server)[1]!;
    await slowly();
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(server, COLD_ARTIST, { id })));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
    expect(answers[0]?.data?.artist?.albums?.nodes).toHaveLength(5);
    expect(await server.calls()).toEqual({
      'GET /v1/artists': 1,
      'GET /v1/artists/{id}/albums': 1,
      'GET /v1/artists/{id}/top-tracks': 1,
      'GET /v1/artists/{id}/related-artists': 1,
    });
  });

  it('make one search call and one albums page per artist found', async () => {
    const q = server.emu.state.catalog.artists.get(artistsByAlbums(server)[5]!)!.name;
    await slowly();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(server, SEARCH_WITH_ALBUMS, { q })),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
    const found = answers[0]?.data?.search?.artists?.nodes ?? [];
    expect(found.length).toBeGreaterThan(0);
    expect(await server.calls()).toEqual({
      'GET /v1/search': 1,
      'GET /v1/artists/{id}/albums': found.length,
    });
  });

  it('answer a smaller page from a larger one in flight for another request', async () => {
    const id = artistsByAlbums(server)[2]!;
    await slowly();
    const wide = post(server, WIDE_PAGE, { id });
    await heldByEmulator(server, 1);
    const narrow = await Promise.all(Array.from({ length: 5 }, () => post(server, NARROW_PAGE, { id })));
    const wideAnswer = await wide;
    expect(wideAnswer.errors).toBeUndefined();
    for (const answer of narrow) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.artist?.albums?.nodes).toEqual(wideAnswer.data?.artist?.albums?.nodes.slice(3, 5));
    }
    expect(await server.calls()).toEqual({ 'GET /v1/artists/{id}/albums': 1 });
  });

  it('keep a shared call going when the request that started it goes away', async () => {
    const id = artistsByAlbums(server)[3]!;
    await slowly();
    const leaving = new AbortController();
    const first = post(server, ALBUMS_THEN_SEARCH, { id, q: 'first' }, { signal: leaving.signal }).catch(
      (error: unknown) => error,
    );
    // Its albums page and its search are in flight.
    await heldByEmulator(server, 2);
    const second = post(server, ALBUMS_THEN_SEARCH, { id, q: 'second' });
    // The second request's search came: it had joined the albums page before (same level, field order).
    await heldByEmulator(server, 3);
    leaving.abort();
    const answer = await second;
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.albums?.nodes).toHaveLength(4);
    await first;
    await waitForIdle(server.emu);
    const log = (await server.emu.control('GET', '/requests')).json as {
      entries: { route: string; status: number }[];
    };
    const pages = log.entries.filter((entry) => entry.route === '/v1/artists/{id}/albums');
    expect(pages.map((entry) => entry.status)).toEqual([200]);
    expect((await server.calls())['GET /v1/search']).toBe(2);
  });

  it('keep a shared object load going when the request that started it goes away: no extra call', async () => {
    const [x, y] = [...server.emu.state.catalog.albums.keys()].slice(40, 42) as [string, string];
    await slowly();
    const leaving = new AbortController();
    const first = post(server, TWO_ALBUMS, { a: x, b: x }, { signal: leaving.signal }).catch(
      (error: unknown) => error,
    );
    // Its album is in flight.
    await heldByEmulator(server, 1);
    // The second request joins album x and calls for album y: its batch was planned (x joined) once y came.
    const second = post(server, TWO_ALBUMS, { a: x, b: y });
    await heldByEmulator(server, 2);
    leaving.abort();
    const answer = await second;
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.a?.name).toBe(server.emu.state.catalog.albums.get(x)?.name);
    expect(answer.data?.b?.name).toBe(server.emu.state.catalog.albums.get(y)?.name);
    await first;
    await waitForIdle(server.emu);
    const log = (await server.emu.control('GET', '/requests')).json as {
      entries: { route: string; path: string; status: number }[];
    };
    const albums = log.entries.filter((entry) => entry.route.startsWith('/v1/albums'));
    // One call per album, each answered: the abort of the first request cost the second nothing.
    expect(albums.map((entry) => entry.status)).toEqual([200, 200]);
  });
});

describe('concurrent requests with user tokens', () => {
  const server = useTestServer({
    mode: 'extended',
    listen: true,
    limits: { rateLimit: { requests: 10_000, windowSeconds: 60, concurrent: 20 } },
  });

  afterEach(async () => {
    await server.emu.control('DELETE', '/faults');
    await waitForIdle(server.emu);
  });

  it("never share a page: each request with a user's token makes its own calls", async () => {
    const id = artistsByAlbums(server)[4]!;
    const [alice, bob] = [await server.emu.token({ user: 'alice' }), await server.emu.token({ user: 'bob' })];
    await server.clearLog();
    await server.emu.control('POST', '/faults', { latencyMs: LATENCY_MS });
    const answers = await Promise.all([
      post(server, WIDE_PAGE, { id }, { token: alice }),
      post(server, WIDE_PAGE, { id }, { token: bob }),
      post(server, WIDE_PAGE, { id }, { token: alice }),
    ]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(total(await server.calls())).toBe(3);
    expect((await server.calls())['GET /v1/artists/{id}/albums']).toBe(3);
  });
});
