import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { waitForIdle } from '../helpers/emulator.js';
import { useTestServer } from '../helpers/server.js';
import { postOverHttp as post } from '../helpers/shared-catalog.js';

/**
 * Genre seeds, markets and recommendations go through the request's loads (the same arguments twice in
 * one request are one call) and, with the app token, concurrent requests share the call in flight. Genre
 * seeds and markets (the same for every caller, changing rarely) are kept in the catalog cache;
 * recommendations are not kept (Spotify may answer the same seeds differently from one call to the next).
 * User-token requests share nothing with other requests. Counted from the emulator's request log;
 * overlap comes from a latency on every Spotify route.
 */

const LATENCY_MS = 1000;

const GENRES = graphql(`query CatalogListsGenres { genreSeeds }`);
const MARKETS = graphql(`query CatalogListsMarkets { markets }`);
const RECOMMENDED = graphql(`
  query CatalogListsRecommended($a: [ID!]) { recommendations(seedArtists: $a, limit: 5) { tracks { name } } }
`);
const ALIASES = graphql(`
  query CatalogListsAliases($a: [ID!]) {
    g: genreSeeds h: genreSeeds m: markets n: markets
    r: recommendations(seedArtists: $a, limit: 5) { tracks { name } }
    s: recommendations(seedArtists: $a, limit: 5) { tracks { name } }
  }
`);
const FROM_TOKEN = graphql(`
  query CatalogListsFromToken($a: [ID!]) {
    recommendations(seedArtists: $a, limit: 5, market: "from_token") { tracks { name } }
  }
`);
const WARM = graphql(`query CatalogListsWarm($id: ID!) { album(id: $id) { name } }`);

const cache = new MemoryCatalogCache({ ttlSeconds: 300 });
const server = useTestServer({
  mode: 'extended',
  cache,
  listen: true,
  // Ten requests of one client at once (the default lets eight run and queues the rest).
  limits: { rateLimit: { requests: 10_000, windowSeconds: 60, concurrent: 20 } },
});
const artist = () => [...server.emu.state.catalog.artists.keys()][0]!;

beforeAll(async () => {
  // The app token first: the token call is the server's own business, not the queries'.
  const id = [...server.emu.state.catalog.albums.keys()][0]!;
  expect((await post(server, WARM, { id })).errors).toBeUndefined();
});
beforeEach(async () => {
  cache.clear();
  await server.clearLog();
});
afterEach(async () => {
  await server.emu.control('DELETE', '/faults');
  await waitForIdle(server.emu);
});

describe('anonymous requests (the app token)', () => {
  it('ten concurrent cold requests of each make one call each', async () => {
    await server.emu.control('POST', '/faults', { latencyMs: LATENCY_MS });
    const ten = <A>(send: () => Promise<A>) => Promise.all(Array.from({ length: 10 }, send));
    const answers = await Promise.all([
      ten(() => post(server, GENRES, {})),
      ten(() => post(server, MARKETS, {})),
      ten(() => post(server, RECOMMENDED, { a: [artist()] })),
    ]);
    for (const answer of answers.flat()) expect(answer.errors).toBeUndefined();
    expect(await server.calls()).toEqual({
      'GET /v1/recommendations/available-genre-seeds': 1,
      'GET /v1/markets': 1,
      'GET /v1/recommendations': 1,
    });
  });

  it('keep genre seeds and markets for later requests, not recommendations', async () => {
    for (let i = 0; i < 3; i++) {
      for (const answer of [
        await post(server, GENRES, {}),
        await post(server, MARKETS, {}),
        await post(server, RECOMMENDED, { a: [artist()] }),
      ])
        expect(answer.errors).toBeUndefined();
    }
    expect(await server.calls()).toEqual({
      'GET /v1/recommendations/available-genre-seeds': 1,
      'GET /v1/markets': 1,
      'GET /v1/recommendations': 3,
    });
  });

  it('make one call for aliases with the same arguments', async () => {
    const answer = await post(server, ALIASES, { a: [artist()] });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.s).toEqual(answer.data?.r);
    expect(await server.calls()).toEqual({
      'GET /v1/recommendations/available-genre-seeds': 1,
      'GET /v1/markets': 1,
      'GET /v1/recommendations': 1,
    });
  });
});

describe('user-token requests', () => {
  it('make one call for aliases with the same arguments', async () => {
    const token = await server.emu.token({ user: 'alice' });
    await server.clearLog();
    const answer = await post(server, ALIASES, { a: [artist()] }, { token });
    expect(answer.errors).toBeUndefined();
    expect(await server.calls()).toEqual({
      'GET /v1/recommendations/available-genre-seeds': 1,
      'GET /v1/markets': 1,
      'GET /v1/recommendations': 1,
    });
  });

  it("share nothing with another user's concurrent request (market from_token is the user's)", async () => {
    const tokens = [await server.emu.token({ user: 'alice' }), await server.emu.token({ user: 'bob' })];
    await server.clearLog();
    await server.emu.control('POST', '/faults', { latencyMs: LATENCY_MS });
    const answers = await Promise.all(
      tokens.map((token) => post(server, FROM_TOKEN, { a: [artist()] }, { token })),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(await server.calls()).toEqual({ 'GET /v1/recommendations': 2 });
  });
});
