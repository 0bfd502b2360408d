import { describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { timedCalls, useSlowSpotify, wavesOf } from '../helpers/waves.js';

/**
 * `user(id:)` loads the profile through the request's keyed loads (repeats in one request are one call,
 * concurrent anonymous requests share the call in flight), and a category's playlists start beside the
 * category (they need only its id): the query takes one round trip, read from the emulator's request
 * timestamps under a latency on every route, never from a clock in the test.
 */

/** Latency on every Spotify route: wide enough that calls sent together overlap on a loaded machine. */
const LATENCY_MS = 400;

const TWO_USERS = graphql(`
  query ProfileLoadsTwice($id: ID!) {
    a: user(id: $id) { displayName followerCount }
    b: user(id: $id) { displayName images { url } }
  }
`);

const USER_AND_OWNER = graphql(`
  query ProfileLoadsUserAndOwner($user: ID!, $playlist: ID!) {
    user(id: $user) { displayName }
    playlist(id: $playlist) { owner { spotifyId followerCount } }
  }
`);

const ONE_USER = graphql(
  `query ProfileLoadsConcurrent($id: ID!) { user(id: $id) { displayName followerCount } }`,
);

const CATEGORY_PLAYLISTS = graphql(`
  query CategoryLoadsEarly($id: ID!) {
    category(id: $id) { name playlists(first: 5) { totalCount nodes { name } } }
  }
`);

const CATEGORY_TOTAL = graphql(`
  query CategoryLoadsTotalOnly($id: ID!) { category(id: $id) { name playlists { totalCount } } }
`);

/** Waits (with a generous deadline) until the emulator holds a request it has not answered yet. */
async function inFlight(server: TestServer, deadlineMs = 15_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (((await server.emu.control('GET', '/requests')).json as { inFlight?: number }).inFlight === 0) {
    if (Date.now() > until) throw new Error('no request reached the emulator before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const profileCalls = async (server: TestServer): Promise<number> =>
  (await server.calls())['GET /v1/users/{user_id}'] ?? 0;

describe('user(id:) through the request loaders, Extended mode', () => {
  const server = useTestServer({
    mode: 'extended',
    cache: new MemoryCatalogCache({ ttlSeconds: 300 }),
    // Ten requests from one address answered at once (the default fair use answers 8 and queues the rest).
    limits: { rateLimit: { requests: 600, windowSeconds: 60, concurrent: 10 } },
  });

  it('sends one profile call for the same user asked twice in one request', async () => {
    await server.clearLog();
    const answer = await server.query(TWO_USERS, { id: 'bob' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.a?.displayName).toBe(answer.data?.b?.displayName);
    expect(typeof answer.data?.a?.followerCount).toBe('number');
    expect(await server.calls()).toEqual({ 'GET /v1/users/{user_id}': 1 });
  });

  it("shares the call with a playlist owner's profile in the same request", async () => {
    // Carol's profile, cold: bob's was kept by the test before (settled profiles are shared for a while).
    const playlist = [...server.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'carol');
    expect(playlist).toBeDefined();
    await server.clearLog();
    const answer = await server.query(USER_AND_OWNER, { user: 'carol', playlist: playlist!.id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.owner).toMatchObject({ spotifyId: 'carol' });
    expect(typeof answer.data?.playlist?.owner?.followerCount).toBe('number');
    expect(await profileCalls(server)).toBe(1);
  });

  it('shares one call in flight between ten identical anonymous cold requests', async () => {
    // A profile no request has loaded yet (a settled one is kept for later requests): the ten share the
    // first call while it is in flight, so Spotify is slow here and the others start once the emulator
    // holds the first call.
    await server.emu.control('POST', '/faults', { latencyMs: 2000 });
    await server.clearLog();
    const first = server.query(ONE_USER, { id: 'alice' });
    await inFlight(server);
    const answers = await Promise.all([
      first,
      ...Array.from({ length: 9 }, () => server.query(ONE_USER, { id: 'alice' })),
    ]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
    expect(await server.calls()).toEqual({ 'GET /v1/users/{user_id}': 1 });
    await server.emu.control('DELETE', '/faults');
  });

  it("does not share a signed-in user's profile calls between requests", async () => {
    const token = await server.emu.token({ user: 'alice' });
    await server.clearLog();
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => server.query(ONE_USER, { id: 'bob' }, { token })),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(await profileCalls(server)).toBe(3);
  });

  it('refuses a malformed user id before any call', async () => {
    await server.clearLog();
    const answer = await server.query(ONE_USER, { id: 'no/such user' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await server.calls()).toEqual({});
  });
});

describe("a category's playlists start beside the category, Extended mode", () => {
  const server = useTestServer({ mode: 'extended' });

  // The app token first: the token call is the server's own business, not the query's.
  const slowly = useSlowSpotify(server, LATENCY_MS, () =>
    server.query(graphql(`query CategoryLoadsWarm { markets }`)),
  );
  const category = () => [...server.emu.state.catalog.categories.values()][0]!;

  it('takes one round trip for a category and its playlists, with the same two calls', async () => {
    await slowly();
    const answer = await server.query(CATEGORY_PLAYLISTS, { id: category().id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.category?.playlists?.nodes).toHaveLength(5);
    expect(answer.data?.category?.playlists?.totalCount).toBe(category().playlistIds.length);
    expect(await server.calls()).toEqual({
      'GET /v1/browse/categories/{category_id}': 1,
      'GET /v1/browse/categories/{category_id}/playlists': 1,
    });
    expect(wavesOf(await timedCalls(server.emu))).toBe(1);
  });

  it('starts a totals-only page early at the size the field asks (one call, no larger page)', async () => {
    await slowly();
    const answer = await server.query(CATEGORY_TOTAL, { id: category().id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.category?.playlists?.totalCount).toBe(category().playlistIds.length);
    const pages = (await timedCalls(server.emu)).filter((c) => c.route.endsWith('/playlists'));
    expect(pages).toHaveLength(1);
    expect(wavesOf(await timedCalls(server.emu))).toBe(1);
  });

  it('keeps null semantics: an unknown category is null with its own error only', async () => {
    await slowly();
    const answer = await server.query(CATEGORY_PLAYLISTS, { id: 'nosuchcategory' });
    expect(answer.data?.category).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.path).toEqual(['category']);
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_NOT_FOUND');
  });

  it('starts nothing for a malformed category id', async () => {
    await server.clearLog();
    const answer = await server.query(CATEGORY_PLAYLISTS, { id: 'no such category' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await server.calls()).toEqual({});
  });
});
