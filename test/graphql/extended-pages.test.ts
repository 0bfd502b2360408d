import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { timedCalls, useSlowSpotify, wavesOf } from '../helpers/waves.js';

/**
 * Search and artist albums are read 50 a page by an Extended Quota app and 10 a page by a Development
 * Mode app (Spotify's February 2026 migration guide; the emulator's modeLimit). In auto mode (the
 * default) the page the request needs is asked (up to 50) until the app is known to be in Development
 * Mode: an Extended app answers it from the first request on, whatever its traffic; a Development Mode
 * app refuses it as an invalid limit once, which teaches its mode, and that page is read again 10 at a
 * time. Read from the emulator's request log: the calls, their `limit` and status.
 */

const ALBUMS = graphql(`
  query ExtendedPagesArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 50) { totalCount nodes { name } } } }
`);
const SEARCH = graphql(`
  query ExtendedPagesSearch { search(query: "a", types: [TRACK], first: 30) { tracks { nodes { name } } } }
`);

/** An artist of the emulator's catalog with 21 to 30 albums, all groups (3 pages of 10, 1 of 50). */
const richest = (t: TestServer): string =>
  [...t.emu.state.catalog.artists.values()].find((a) => {
    const count = a.albumIds.length + a.appearsOnIds.length;
    return count > 20 && count <= 30;
  })!.id;

/** The `limit` of each call on `route` in the emulator's log, in order. */
async function limits(t: TestServer, route: string): Promise<string[]> {
  const calls = await timedCalls(t.emu);
  return calls.filter((c) => c.route === route).map((c) => new URLSearchParams(c.query).get('limit')!);
}

async function albumsCalls(t: TestServer): Promise<string[]> {
  await t.clearLog();
  const answer = await t.query(ALBUMS, { id: richest(t) });
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.artist?.albums?.nodes).toHaveLength(answer.data?.artist?.albums?.totalCount ?? -1);
  expect(answer.data?.artist?.albums?.totalCount).toBeGreaterThan(20);
  return limits(t, '/v1/artists/{id}/albums');
}

async function searchCalls(t: TestServer): Promise<string[]> {
  await t.clearLog();
  const answer = await t.query(SEARCH);
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.search?.tracks?.nodes).toHaveLength(30);
  return limits(t, '/v1/search');
}

describe('an Extended Quota app', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'extended' });

  it("reads a 21-album artist's albums(first: 50) in one call of 50", async () => {
    expect(await albumsCalls(t)).toEqual(['50']);
  });

  it('reads search(first: 30) in one call of 30', async () => {
    expect(await searchCalls(t)).toEqual(['30']);
  });
});

describe('a Development Mode app', () => {
  const t = useTestServer({ mode: 'development', appMode: 'development' });

  it('reads albums and search 10 a page', async () => {
    expect(await albumsCalls(t)).toEqual(['10', '10', expect.stringMatching(/^([1-9]|10)$/)]);
    expect(await searchCalls(t)).toEqual(['10', '10', '10']);
  });
});

describe('auto mode, Extended app', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'auto' });

  it('reads 50 a page from the first request, with traffic of artist albums and search alone (v13 B3)', async () => {
    expect(await albumsCalls(t)).toEqual(['50']);
    expect(await searchCalls(t)).toEqual(['30']);
    expect(await albumsCalls(t)).toEqual(['50']);
  });
});

describe('auto mode, Development Mode app', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });

  it('is refused the page of 50 once (400), learns its mode, and reads 10 a page from then on', async () => {
    await t.clearLog();
    const answer = await t.query(ALBUMS, { id: richest(t) });
    expect(answer.errors).toBeUndefined();
    const total = answer.data?.artist?.albums?.totalCount ?? -1;
    expect(total).toBeGreaterThan(20);
    expect(answer.data?.artist?.albums?.nodes).toHaveLength(total);
    const calls = (await timedCalls(t.emu)).filter((c) => c.route === '/v1/artists/{id}/albums');
    expect(
      calls.map((c) => [
        new URLSearchParams(c.query).get('offset'),
        c.query.match(/limit=(\d+)/)?.[1],
        c.status,
      ]),
    ).toEqual([
      ['0', '50', 400],
      ['0', '10', 200],
      ['10', '10', 200],
      ['20', '10', 200],
    ]);
    expect(await searchCalls(t)).toEqual(['10', '10', '10']);
    expect(await albumsCalls(t)).toEqual(['10', '10', expect.stringMatching(/^([1-9]|10)$/)]);
  });
});

describe('auto mode, Development Mode app, search first', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });

  it("reads a refused search page of 20 again 10 at a time, each type's items joined", async () => {
    const query = graphql(`query ExtendedPagesSearchTwoTypes {
      search(query: "a", types: [TRACK, ALBUM], first: 20) { tracks { nodes { id } } albums { nodes { id } } }
    }`);
    await t.clearLog();
    const answer = await t.query(query);
    expect(answer.errors).toBeUndefined();
    const calls = (await timedCalls(t.emu)).filter((c) => c.route === '/v1/search');
    expect(
      calls.map((c) => [
        new URLSearchParams(c.query).get('offset'),
        new URLSearchParams(c.query).get('limit'),
        c.status,
      ]),
    ).toEqual([
      ['0', '20', 400],
      ['0', '10', 200],
      ['10', '10', 200],
    ]);
    // The same lists as the two pages of 10 the learned mode reads.
    await t.clearLog();
    const again = await t.query(query);
    expect(again.data).toEqual(answer.data);
    expect(new Set(answer.data?.search?.tracks?.nodes?.map((n) => n?.id)).size).toBe(20);
    expect(new Set(answer.data?.search?.albums?.nodes?.map((n) => n?.id)).size).toBe(20);
    expect(await limits(t, '/v1/search')).toEqual(['10', '10']);
  });
});

describe('auto mode, Extended app: the request that could teach the mode (v13 B2)', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'auto' });
  // Warming up with a page of 5 (no page size only one mode has) leaves the mode unlearned.
  const slowly = useSlowSpotify(t, 60, () =>
    t.query(
      graphql(
        `query ExtendedPagesWarmUp { search(query: "a", types: [TRACK], first: 5) { tracks { totalCount } } }`,
      ),
    ),
  );

  it('reads an artist and its albums(first: 50) in 2 calls, 1 wave: the early page is the one kept', async () => {
    await slowly();
    const answer = await t.query(
      graphql(
        `query ExtendedPagesArtistAndAlbums($id: ID!) { artist(id: $id) { name albums(first: 50) { nodes { name } } } }`,
      ),
      { id: richest(t) },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.albums?.nodes?.length).toBeGreaterThan(20);
    const calls = await timedCalls(t.emu);
    expect(
      calls
        .map((c) => `${c.route}?${c.route.endsWith('albums') ? c.query.match(/limit=\d+/)?.[0] : ''}`)
        .sort(),
    ).toEqual(['/v1/artists/{id}/albums?limit=50', expect.stringMatching(/^\/v1\/artists/)].sort());
    expect(wavesOf(calls)).toBe(1);
  });
});

describe('auto mode, Development Mode app, concurrent first requests (v13 re-attack I2)', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });
  const SEARCH_OF = graphql(`
    query ExtendedPagesConcurrentSearch($q: String!) {
      search(query: $q, types: [TRACK], first: 30) { tracks { totalCount nodes { id } } }
    }
  `);

  it('pay the refused page once: the others wait for its verdict and read 10 a page', async () => {
    await t.clearLog();
    // Slow enough that the four requests are all waiting on the first one's refused page.
    await t.emu.control('POST', '/faults', { route: 'GET /v1/search', latencyMs: 200 });
    try {
      const answers = await Promise.all(['a', 'e', 'i', 'o'].map((q) => t.query(SEARCH_OF, { q })));
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        const tracks = answer.data?.search?.tracks;
        expect(tracks?.nodes).toHaveLength(Math.min(30, tracks?.totalCount ?? -1));
      }
    } finally {
      await t.emu.control('DELETE', '/faults');
    }
    const calls = (await timedCalls(t.emu)).filter((c) => c.route === '/v1/search');
    const refused = calls.filter((c) => c.status === 400);
    expect(refused.map((c) => new URLSearchParams(c.query).get('limit'))).toEqual(['30']);
    // Every other call is a piece within Development Mode's cap, answered.
    expect(calls.filter((c) => c.status !== 400).every((c) => c.status === 200)).toBe(true);
    expect(
      calls.filter((c) => c.status !== 400).map((c) => Number(new URLSearchParams(c.query).get('limit'))),
    ).toEqual(expect.arrayContaining([10]));
    expect(
      calls
        .filter((c) => c.status !== 400)
        .every((c) => Number(new URLSearchParams(c.query).get('limit')) <= 10),
    ).toBe(true);
  });
});
