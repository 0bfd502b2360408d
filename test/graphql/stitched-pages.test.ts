import { afterEach, describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { startServerOn, type TestServer, useTestServer } from '../helpers/server.js';

/**
 * A page whose start or end a page of its list already asked holds asks only the rest, and the two
 * parts are stitched into one page (request-loads.ts splitAt, page-cuts.ts stitched). Each window
 * answers as it does alone whatever befalls the other part: a failed, short or empty part, totals that
 * disagree, an answer that is no plain page (v15 re-attack 2 on issue 11, RB0, RB1, RB2, RB5; its
 * scripts s1-s10). Calls read from the emulator's request log: their offset and limit, in order.
 */

/** The offset and limit of each call on `route` in the emulator's log, in order. */
async function windows(t: TestServer, route: string): Promise<string[]> {
  const log = (await t.emu.control('GET', '/requests')).json as {
    entries: { route: string; query: string }[];
  };
  return log.entries
    .filter((entry) => entry.route === route)
    .map((entry) => {
      const params = new URLSearchParams(entry.query);
      return `${params.get('offset') ?? '-'}+${params.get('limit')}`;
    });
}

/** An album's tracks: the fault rules' route, and the route as the request log names it. */
const TRACKS_RULE = 'GET /v1/albums/{id}/tracks';
const TRACKS = '/v1/albums/{id}/tracks';
type Node = { spotifyId: string | null } | null;
const ids = (nodes: readonly Node[] | undefined) => nodes?.map((node) => node?.spotifyId);

const X_AND_Y = graphql(`
  query StitchedXAndY($album: ID!, $track: ID!, $xOffset: Int!, $yOffset: Int!) {
    x: album(id: $album) {
      tracks(first: 10, offset: $xOffset) { totalCount pageInfo { hasNextPage } nodes { spotifyId } }
    }
    y: track(id: $track) {
      album { tracks(first: 10, offset: $yOffset) { totalCount pageInfo { hasNextPage } nodes { spotifyId } } }
    }
  }
`);
const LONGER_AND_FAILING = graphql(`
  query StitchedLongerAndFailing($id: ID!) {
    album(id: $id) {
      a: tracks(first: 60) { totalCount nodes { spotifyId } }
      b: tracks(first: 5, offset: 55) { nodes { spotifyId } }
    }
  }
`);
const ONE_WINDOW = graphql(`
  query StitchedOneWindow($id: ID!, $offset: Int!) {
    album(id: $id) { tracks(first: 10, offset: $offset) { totalCount pageInfo { hasNextPage } nodes { spotifyId } } }
  }
`);
const SEARCH_WINDOW = graphql(`
  query StitchedSearchWindow($offset: Int!) {
    search(query: "a", types: [TRACK], first: 10, offset: $offset) {
      tracks { totalCount pageInfo { hasNextPage } nodes { spotifyId } }
    }
  }
`);
const SEARCH_SIBLINGS = graphql(`
  query StitchedSearchSiblings($offset: Int!) {
    a: search(query: "a", types: [TRACK], first: 60) { tracks { pageInfo { hasNextPage } nodes { spotifyId } } }
    b: search(query: "a", types: [TRACK], first: 10, offset: $offset) { tracks { nodes { spotifyId } } }
  }
`);
const SEARCH_60 = graphql(`
  query StitchedSearch60 {
    search(query: "a", types: [TRACK], first: 70) { tracks { nodes { spotifyId } } }
  }
`);
const FEATURED = graphql(`
  query StitchedFeatured($offset: Int!) {
    featuredPlaylists(first: 4, offset: $offset) {
      message
      playlists { totalCount pageInfo { hasNextPage } nodes { spotifyId } }
    }
  }
`);

/** The album with the most tracks (120) and its first track. */
function bigAlbum(t: TestServer) {
  const album = [...t.emu.state.catalog.albums.values()].sort(
    (a, b) => b.trackIds.length - a.trackIds.length,
  )[0]!;
  return { album, vars: { album: album.id, track: album.trackIds[0]! } };
}

const fault = (t: TestServer, rule: Record<string, unknown>) => t.emu.control('POST', '/faults', rule);

/** The test server of a describe block, its fault rules dropped after each test. */
function serverWithoutFaults(options: Parameters<typeof useTestServer>[0]): TestServer {
  const t = useTestServer(options);
  afterEach(() => t.emu.control('DELETE', '/faults'));
  return t;
}

for (const mode of ['extended', 'development'] as const) {
  describe(`stitched pages in one request, ${mode} (v15 re-attack 2)`, () => {
    const t = serverWithoutFaults({ mode, appMode: mode });

    it('y 55+10 split at x 60+10: 55+5 asked, 60-64 cut from x (s1 A)', async () => {
      const { album, vars } = bigAlbum(t);
      await t.clearLog();
      const answer = await t.query(X_AND_Y, { ...vars, xOffset: 60, yOffset: 55 });
      expect(answer.errors).toBeUndefined();
      expect(ids(answer.data?.y?.album?.tracks?.nodes)).toEqual(album.trackIds.slice(55, 65));
      expect(ids(answer.data?.x?.tracks?.nodes)).toEqual(album.trackIds.slice(60, 70));
      expect(await windows(t, TRACKS)).toEqual(['60+10', '55+5']);
    });

    it('an empty tail part before its total is not stitched into a short page: y answers 65-74 (s1 H, s2, RB2)', async () => {
      const { album, vars } = bigAlbum(t);
      await fault(t, { route: TRACKS_RULE, query: { offset: '70', limit: '5' }, paging: 'endless-empty' });
      await t.clearLog();
      const answer = await t.query(X_AND_Y, { ...vars, xOffset: 60, yOffset: 65 });
      expect(answer.errors?.map((e) => [e.path, e.message])).toBeUndefined();
      const y = answer.data?.y?.album?.tracks;
      expect(ids(y?.nodes)).toEqual(album.trackIds.slice(65, 75));
      expect([y?.totalCount, y?.pageInfo.hasNextPage]).toEqual([120, true]);
      expect(await windows(t, TRACKS)).toEqual(['60+10', '70+5', '65+10']);
    });

    it("a tail part whose total disagrees with the head's is not stitched: y's total is Spotify's for its own call (s1 G)", async () => {
      const { album, vars } = bigAlbum(t);
      await fault(t, { route: TRACKS_RULE, query: { offset: '70', limit: '5' }, paging: 'next-null' });
      await t.clearLog();
      const answer = await t.query(X_AND_Y, { ...vars, xOffset: 60, yOffset: 65 });
      expect(answer.errors?.map((e) => [e.path, e.message])).toBeUndefined();
      const y = answer.data?.y?.album?.tracks;
      expect(ids(y?.nodes)).toEqual(album.trackIds.slice(65, 75));
      expect(y?.totalCount).toBe(120);
      expect(await windows(t, TRACKS)).toEqual(['60+10', '70+5', '65+10']);
    });

    for (const [name, rule] of [
      ['400 once', { status: 400, times: 1 }],
      ['503 always', { status: 503 }],
    ] as const) {
      it(`x's page failing (${name}) fails x only: y asks its own window and answers 55-64 (s1 C/D, RB1)`, async () => {
        const { album, vars } = bigAlbum(t);
        // x's page fails after y has split at its start: y's part from it falls back to y's own call.
        await fault(t, { route: TRACKS_RULE, query: { offset: '60', limit: '10' }, latencyMs: 300, ...rule });
        await t.clearLog();
        const answer = await t.query(X_AND_Y, { ...vars, xOffset: 60, yOffset: 55 });
        expect(answer.data?.x?.tracks).toBeNull();
        expect(answer.errors?.map((error) => error.path)).toEqual([['x', 'tracks']]);
        expect(ids(answer.data?.y?.album?.tracks?.nodes)).toEqual(album.trackIds.slice(55, 65));
        const calls = await windows(t, TRACKS);
        expect(calls.filter((call) => call !== '60+10')).toEqual(['55+5', '55+10']);
      });
    }

    it("b's page failing fails b only: a asks its own 50+10 and answers all 60 (s7, RB1)", async () => {
      const { album } = bigAlbum(t);
      await fault(t, {
        route: TRACKS_RULE,
        query: { offset: '55', limit: '5' },
        status: 400,
        times: 1,
        latencyMs: 300,
      });
      await t.clearLog();
      const answer = await t.query(LONGER_AND_FAILING, { id: album.id });
      expect(answer.data?.album?.b).toBeNull();
      expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['album', 'b'], 'SPOTIFY_BAD_REQUEST'],
      ]);
      expect(ids(answer.data?.album?.a?.nodes)).toEqual(album.trackIds.slice(0, 60));
      // b's page and a's part 50+5 go out together; a's own window once b's page has failed.
      const calls = await windows(t, TRACKS);
      expect([calls.slice(0, 2).sort(), calls.slice(2)]).toEqual([['50+5', '55+5'], ['50+10']]);
    });

    it('an empty tail after the embedded page is not stitched: 45+10 answers 45-54 (s6, RB2)', async () => {
      const { album } = bigAlbum(t);
      await fault(t, { route: TRACKS_RULE, query: { offset: '50', limit: '5' }, paging: 'endless-empty' });
      await t.clearLog();
      const answer = await t.query(ONE_WINDOW, { id: album.id, offset: 45 });
      expect(answer.errors).toBeUndefined();
      expect(ids(answer.data?.album?.tracks?.nodes)).toEqual(album.trackIds.slice(45, 55));
      expect(await windows(t, TRACKS)).toEqual(['50+5', '45+10']);
    });

    // Development Mode's search pages hold at most 10 items: the 60-item window is Extended's.
    if (mode === 'extended') {
      it('search beside a longer search of its list is never split: a answers all 60 (s10, RB0)', async () => {
        const alone = (await t.query(SEARCH_60)).data?.search?.tracks?.nodes ?? [];
        for (const offset of [45, 55]) {
          await t.clearLog();
          const answer = await t.query(SEARCH_SIBLINGS, { offset });
          expect(answer.errors).toBeUndefined();
          expect(answer.data?.a?.tracks?.nodes).toEqual(alone.slice(0, 60));
          expect(answer.data?.b?.tracks?.nodes).toEqual(alone.slice(offset, offset + 10));
          expect((await windows(t, '/v1/search')).sort()).toEqual(['0+50', `${offset}+10`, '50+10'].sort());
        }
      });
    }
  });
}

describe('stitched pages at MAX_QUERY_COST = the estimate (s3, RB5)', () => {
  const t = serverWithoutFaults({ mode: 'extended', appMode: 'extended' });

  it("x's page short: y's head asked on its own as well, within the allowance; y answers 65-74", async () => {
    const { album, vars } = bigAlbum(t);
    const probe = await startServerOn(t.emu, { limits: { maxQueryCost: 1 } });
    const refused = await probe.query(X_AND_Y, { ...vars, xOffset: 60, yOffset: 65 });
    await probe.close();
    const estimate = refused.errors?.[0]?.extensions?.complexity as number;
    expect(estimate).toBe(3);
    const atLimit = await startServerOn(t.emu, { limits: { maxQueryCost: estimate } });
    try {
      await fault(t, {
        route: TRACKS_RULE,
        query: { offset: '60', limit: '10' },
        unset: ['/items/9', '/items/8', '/items/7'],
      });
      await t.clearLog();
      const answer = await atLimit.query(X_AND_Y, { ...vars, xOffset: 60, yOffset: 65 });
      expect(answer.errors).toBeUndefined();
      expect(ids(answer.data?.y?.album?.tracks?.nodes)).toEqual(album.trackIds.slice(65, 75));
      expect(ids(answer.data?.x?.tracks?.nodes)).toEqual(album.trackIds.slice(60, 67));
      expect(await windows(t, TRACKS)).toEqual(['60+10', '70+5', '65+5']);
    } finally {
      await atLimit.close();
    }
  });
});

describe('stitched pages across requests, catalog cache on (s4, s8, s9)', () => {
  const t = serverWithoutFaults({
    mode: 'extended',
    appMode: 'extended',
    cache: new MemoryCatalogCache({ ttlSeconds: 300 }),
  });

  for (const [name, rule, x, y] of [
    ['400 once', { status: 400, times: 1 }, 60, 55],
    ['503 always', { status: 503 }, 80, 75],
  ] as const) {
    it(`a concurrent request's failing page (${name}) does not fail an overlapping window of another (s4, RB1)`, async () => {
      const { album } = bigAlbum(t);
      // The album (and the app's token) first, as kept by an earlier request; each case its own pages.
      await t.query(ONE_WINDOW, { id: album.id, offset: 0 });
      await fault(t, {
        route: TRACKS_RULE,
        query: { offset: String(x), limit: '10' },
        latencyMs: 800,
        ...rule,
      });
      await t.clearLog();
      const first = t.query(ONE_WINDOW, { id: album.id, offset: x });
      // Once the first request's page is in flight (the log lists a call once it is answered).
      const inFlight = async () =>
        ((await t.emu.control('GET', '/requests')).json as { inFlight: number }).inFlight;
      await expect.poll(inFlight).toBe(1);
      const second = await t.query(ONE_WINDOW, { id: album.id, offset: y });
      expect((await first).errors?.map((error) => error.path)).toEqual([['album', 'tracks']]);
      expect(second.errors).toBeUndefined();
      expect(ids(second.data?.album?.tracks?.nodes)).toEqual(album.trackIds.slice(y, y + 10));
      const calls = (await windows(t, TRACKS)).filter((call) => call !== `${x}+10`);
      expect(calls).toEqual([`${y}+5`, `${y}+10`]);
    });
  }

  it('a search window overlapping a kept search page answers all its items, one call (s8, RB0)', async () => {
    await t.query(SEARCH_WINDOW, { offset: 20 });
    const alone = await startServerOn(t.emu);
    try {
      for (const offset of [15, 25]) {
        const own = await alone.query(SEARCH_WINDOW, { offset });
        await t.clearLog();
        const answer = await t.query(SEARCH_WINDOW, { offset });
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.search?.tracks).toEqual(own.data?.search?.tracks);
        expect(answer.data?.search?.tracks?.nodes).toHaveLength(10);
        expect(await windows(t, '/v1/search')).toEqual([`${offset}+10`]);
      }
    } finally {
      await alone.close();
    }
  });

  it('a featuredPlaylists window overlapping a kept one answers its 4 playlists, one call (s9, RB0)', async () => {
    await t.query(FEATURED, { offset: 4 });
    const alone = await startServerOn(t.emu);
    try {
      for (const offset of [2, 6]) {
        const own = await alone.query(FEATURED, { offset });
        await t.clearLog();
        const answer = await t.query(FEATURED, { offset });
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.featuredPlaylists).toEqual(own.data?.featuredPlaylists);
        expect(answer.data?.featuredPlaylists?.playlists?.nodes).toHaveLength(4);
        expect(await windows(t, '/v1/browse/featured-playlists')).toEqual([`${offset}+4`]);
      }
    } finally {
      await alone.close();
    }
  });
});
