/**
 * Auto mode (the default), a Development Mode app, and a user's Spotify token the caller passes in
 * `Authorization` (the server does not know the token's app, nor its scopes). What a refusal only
 * Development Mode explains (a message naming it: a fault rule here) taught is kept for that token (by
 * a hash of it): for the rest of the request and for its next requests, never for another token.
 * Spotify's own refusal is a bare 403 Forbidden, which teaches a token of unknown scopes nothing: each
 * request pays its refused call once, and the rest of its library calls go to /me/library at once.
 * Refused checks are asked again together, 40 URIs a call; the cost limit counts the one refused call.
 * v14 attack on issue 11, F1; v14 attack on issue 7, F9. Calls from the emulator's log.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { NAMED_DEVELOPMENT_REFUSAL } from '../helpers/clock.js';
import { useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

/** `count` track URIs the emulator does not know (the user's library holds none of them). */
const unknownTracks = (count: number, from = 0): string[] =>
  Array.from({ length: count }, (_, i) => `spotify:track:${String(from + i).padStart(22, '0')}`);

const CONTAINS = graphql(`
  query CallerTokenContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }
`);

/** The emulator's log since it was cleared as `status route` strings, and each call's URI count. */
async function callsOf(t: ReturnType<typeof useTestServer>) {
  const entries = await timedCalls(t.emu);
  const listed = (query: string) =>
    (new URLSearchParams(query).get('uris') ?? new URLSearchParams(query).get('ids') ?? '').split(',').length;
  return {
    routes: entries.map((entry) => `${entry.status} ${entry.method} ${entry.route}`),
    sizes: entries.map((entry) => listed(entry.query)),
  };
}

const count = (routes: readonly string[], route: string) => routes.filter((r) => r === route).length;

describe('auto mode, Development Mode app, a caller-passed user token', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });
  beforeEach(() => t.emu.control('DELETE', '/faults'));

  const BOTH = graphql(`
    query CallerTokenTwoBatches($tracks: [ID!]!, $albums: [ID!]!) {
      tracks(ids: $tracks) { name }
      albums(ids: $albums) { name }
    }
  `);

  /**
   * Three tracks and three albums of the catalog (from position `from`), asked in one document with
   * alice's Development Mode token: every name answers without an error. Answers the calls it made.
   */
  async function bothBatchesTogether(from: number): Promise<string[]> {
    const token = await t.emu.token({ user: 'alice', app: 'development' });
    const tracks = [...t.emu.state.catalog.tracks.keys()].slice(from, from + 3);
    const albums = [...t.emu.state.catalog.albums.keys()].slice(from, from + 3);
    await t.clearLog();
    const answer = await t.query(BOTH, { tracks, albums }, { token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.tracks?.every((track) => typeof track?.name === 'string')).toBe(true);
    expect(answer.data?.albums?.every((album) => typeof album?.name === 'string')).toBe(true);
    return (await callsOf(t)).routes;
  }

  it('pays the refused per-type check once per token, and asks the rest 40 URIs a call', async () => {
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/tracks/contains',
      ...NAMED_DEVELOPMENT_REFUSAL,
    });
    const token = await t.emu.token({ user: 'alice', app: 'development' });
    const uris = unknownTracks(400);
    await t.clearLog();
    const first = await t.query(CONTAINS, { uris }, { token });
    expect(first.errors).toBeUndefined();
    expect(first.data?.me?.libraryContains).toEqual(uris.map(() => false));
    const { routes, sizes } = await callsOf(t);
    // One per-type check refused (old code: 8, one per 50-id slice), then 400 URIs in 10 calls (old: 16).
    expect(count(routes, '403 GET /v1/me/tracks/contains')).toBe(1);
    expect(count(routes, '200 GET /v1/me/library/contains')).toBe(10);
    expect(routes).toHaveLength(11);
    expect(sizes.every((size) => size <= 40)).toBe(true);

    // The next request with the same token goes to /me/library/contains at once (old code: refused again).
    await t.clearLog();
    expect((await t.query(CONTAINS, { uris }, { token })).errors).toBeUndefined();
    expect((await callsOf(t)).routes).toEqual(Array(10).fill('200 GET /v1/me/library/contains'));
  });

  it("pays Spotify's bare 403 on the per-type check once per request, and asks the rest 40 URIs a call", async () => {
    const token = await t.emu.token({ user: 'alice', app: 'development' });
    const uris = unknownTracks(400, 1000);
    for (const _ of [1, 2]) {
      await t.clearLog();
      const answer = await t.query(CONTAINS, { uris }, { token });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me?.libraryContains).toEqual(uris.map(() => false));
      const { routes, sizes } = await callsOf(t);
      // A bare 403 says nothing of a token whose scopes are unknown: each request pays it once, and
      // sends the rest of its checks to /me/library (old code: FORBIDDEN for all 400 URIs).
      expect(count(routes, '403 GET /v1/me/tracks/contains')).toBe(1);
      expect(count(routes, '200 GET /v1/me/library/contains')).toBe(10);
      expect(routes).toHaveLength(11);
      expect(sizes.every((size) => size <= 40)).toBe(true);
    }
  });

  it('holds what a refusal taught for the rest of the request: a check after a save is not refused again', async () => {
    const token = await t.emu.token({ user: 'alice', app: 'development' });
    const saved = t.emu.state.user('alice').saved;
    const id = [...t.emu.state.catalog.tracks.keys()].find((track) => !saved.track.has(track));
    const uri = `spotify:track:${id}`;
    const SAVE_THEN_CHECK = graphql(`
      mutation CallerTokenSaveThenCheck($uris: [ID!]!) {
        saveToLibrary(uris: $uris) { me { libraryContains(uris: $uris) } }
      }
    `);
    await t.clearLog();
    const answer = await t.query(SAVE_THEN_CHECK, { uris: [uri] }, { token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.saveToLibrary?.me?.libraryContains).toEqual([true]);
    expect((await callsOf(t)).routes).toEqual([
      '403 PUT /v1/me/tracks',
      '200 PUT /v1/me/library',
      '200 GET /v1/me/library/contains',
    ]);
  });

  it('keeps it per token: another token of the same user pays its own refusal once', async () => {
    const uris = unknownTracks(3, 2000);
    for (const _ of [1, 2]) {
      const token = await t.emu.token({ user: 'alice', app: 'development' });
      await t.clearLog();
      expect((await t.query(CONTAINS, { uris }, { token })).errors).toBeUndefined();
      expect((await callsOf(t)).routes).toEqual([
        '403 GET /v1/me/tracks/contains',
        '200 GET /v1/me/library/contains',
      ]);
    }
  });

  it('sends one refused batch when two batch loads start together, not one each', async () => {
    for (const route of ['GET /v1/tracks', 'GET /v1/albums'])
      await t.emu.control('POST', '/faults', { route, ...NAMED_DEVELOPMENT_REFUSAL });
    const routes = await bothBatchesTogether(0);
    // The first batch is refused; the other waited for that verdict and fetched its ids one by one.
    expect(routes.filter((route) => route.startsWith('403'))).toHaveLength(1);
    expect(count(routes, '200 GET /v1/tracks/{id}')).toBe(3);
    expect(count(routes, '200 GET /v1/albums/{id}')).toBe(3);
    expect(routes).toHaveLength(7);
  });

  it("answers two batch loads started together through single calls after Spotify's bare 403s", async () => {
    const routes = await bothBatchesTogether(3);
    // The bare 403 of the first batch teaches nothing: the other batch, which waited for it, is sent
    // and refused too (one more call than after a named refusal), then each id answers alone.
    expect(routes.filter((route) => route.startsWith('403')).sort()).toEqual([
      '403 GET /v1/albums',
      '403 GET /v1/tracks',
    ]);
    expect(count(routes, '200 GET /v1/tracks/{id}')).toBe(3);
    expect(count(routes, '200 GET /v1/albums/{id}')).toBe(3);
    expect(routes).toHaveLength(8);
  });
});

describe('auto mode, Development Mode app, a caller token: the cost limit counts the refused call', () => {
  // 400 URIs are 10 calls in Development Mode (`me` without a profile field reads no GET /me): an
  // estimate of 10 without the refused calls that may teach the mode (one per kind: a page, a route;
  // with a second route refusal where Spotify's is bare, and two ways back to it refused bare), 15 with them.
  const t = useTestServer({ mode: 'development', appMode: 'auto', limits: { maxQueryCost: 15 } });

  it('a document under the limit makes no more calls than it was estimated at', async () => {
    const token = await t.emu.token({ user: 'alice', app: 'development' });
    await t.clearLog();
    // Old code: accepted at 11, then 24 calls: CALL_LIMIT_EXCEEDED past 13 (the limit then).
    const answer = await t.query(CONTAINS, { uris: unknownTracks(400, 3000) }, { token });
    expect(answer.errors).toBeUndefined();
    expect((await callsOf(t)).routes).toHaveLength(11);
  });
});

describe('auto mode, Development Mode app, a caller token: the estimate', () => {
  // 10 calls for 400 URIs and the 5 refused calls that may teach the mode; `me` without a profile field
  // reads no GET /me and counts none.
  const t = useTestServer({ mode: 'development', appMode: 'auto', limits: { maxQueryCost: 14 } });

  it('counts the refused call while the mode of the token is unknown', async () => {
    const token = await t.emu.token({ user: 'alice', app: 'development' });
    await t.clearLog();
    const answer = await t.query(CONTAINS, { uris: unknownTracks(400, 4000) }, { token });
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors?.[0]?.extensions?.complexity).toBe(15);
    expect(await t.calls()).toEqual({});
  });
});
