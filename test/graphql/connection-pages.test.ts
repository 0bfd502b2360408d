/**
 * A connection fetches only the pages its selection needs, and the query cost counts those calls:
 * `totalCount` (and/or `pageInfo`) alone is one call with `limit=1`, whatever `first` says; `edges` or
 * `nodes` fetch the pages `first` covers. Checked on the emulator's request log.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended', limits: { maxQueryCost: 30 } });

beforeEach(async () => {
  await t.clearLog();
});

interface LogEntry {
  method: string;
  route: string;
  query: string;
}

async function entries(server: TestServer, route: string): Promise<LogEntry[]> {
  const log = (await server.emu.control('GET', '/requests')).json as { entries: LogEntry[] };
  return log.entries.filter((entry) => `${entry.method} ${entry.route}` === route);
}

const limitOf = (entry: LogEntry): string | null => new URLSearchParams(entry.query).get('limit');

/** The first artist has 60 albums of its own plus appearances: more than one page. */
const prolific = () => [...t.emu.state.catalog.artists.keys()][0]!;
const ARTIST_ALBUMS = 'GET /v1/artists/{id}/albums';

describe('a connection fetches only the pages its selection needs', () => {
  it('answers totalCount with first: 500 from one call with limit=1', async () => {
    const answer = await t.query(
      graphql(
        `query ConnectionPagesTotal($id: ID!) { artist(id: $id) { albums(first: 500) { totalCount } } }`,
      ),
      { id: prolific() },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.albums?.totalCount).toBeGreaterThan(60);
    const calls = await entries(t, ARTIST_ALBUMS);
    expect(calls.map(limitOf)).toEqual(['1']);
  });

  it("answers pageInfo's cursors without items from the pages the items need, as the items would have", async () => {
    const counted = await t.query(
      graphql(`query ConnectionPagesCounted($id: ID!) { artist(id: $id) { albums(first: 30, offset: 10) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`),
      { id: prolific() },
    );
    expect(counted.errors).toBeUndefined();
    // Cursors and hasNextPage follow the items Spotify serves: the same pages as with the items.
    // An Extended Quota app's pages hold 50: one call of 30.
    expect((await entries(t, ARTIST_ALBUMS)).map(limitOf)).toEqual(['30']);
    const full = await t.query(
      graphql(`query ConnectionPagesFull($id: ID!) { artist(id: $id) { albums(first: 30, offset: 10) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { name } } } }`),
      { id: prolific() },
    );
    const { nodes, ...rest } = full.data?.artist?.albums ?? {};
    expect(nodes).toHaveLength(30);
    expect(counted.data?.artist?.albums).toEqual(rest);
  });

  it('fetches the pages first covers when nodes or edges are selected (through a fragment too)', async () => {
    const answer = await t.query(
      graphql(`query ConnectionPagesFragment($id: ID!) { artist(id: $id) { albums(first: 60) { totalCount ...ConnectionPagesItems } } }
       fragment ConnectionPagesItems on ArtistAlbumConnection { nodes { name } }`),
      { id: prolific() },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.albums?.nodes).toHaveLength(60);
    expect((await entries(t, ARTIST_ALBUMS)).map(limitOf)).toEqual(['50', '10']);
  });

  it('answers a search total from one call', async () => {
    const answer = await t.query(
      graphql(
        `query ConnectionPagesSearchTotal { search(query: "e", types: [TRACK], first: 500, offset: 600) { tracks { totalCount pageInfo { hasPreviousPage } } } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search?.tracks).toMatchObject({ totalCount: expect.any(Number) });
    expect((await entries(t, 'GET /v1/search')).map(limitOf)).toEqual(['1']);
  });
});

describe('the query cost counts the calls really made', () => {
  it('accepts 25 aliased 500-item totals (estimated 25 calls) under a cost limit of 30', async () => {
    const answer = await t.query(
      graphql(`query ConnectionPagesTwentyFiveTotals {
        s0: search(query: "e", types: [TRACK], first: 500, offset: 0) { tracks { totalCount } }
        s1: search(query: "e", types: [TRACK], first: 500, offset: 1) { tracks { totalCount } }
        s2: search(query: "e", types: [TRACK], first: 500, offset: 2) { tracks { totalCount } }
        s3: search(query: "e", types: [TRACK], first: 500, offset: 3) { tracks { totalCount } }
        s4: search(query: "e", types: [TRACK], first: 500, offset: 4) { tracks { totalCount } }
        s5: search(query: "e", types: [TRACK], first: 500, offset: 5) { tracks { totalCount } }
        s6: search(query: "e", types: [TRACK], first: 500, offset: 6) { tracks { totalCount } }
        s7: search(query: "e", types: [TRACK], first: 500, offset: 7) { tracks { totalCount } }
        s8: search(query: "e", types: [TRACK], first: 500, offset: 8) { tracks { totalCount } }
        s9: search(query: "e", types: [TRACK], first: 500, offset: 9) { tracks { totalCount } }
        s10: search(query: "e", types: [TRACK], first: 500, offset: 10) { tracks { totalCount } }
        s11: search(query: "e", types: [TRACK], first: 500, offset: 11) { tracks { totalCount } }
        s12: search(query: "e", types: [TRACK], first: 500, offset: 12) { tracks { totalCount } }
        s13: search(query: "e", types: [TRACK], first: 500, offset: 13) { tracks { totalCount } }
        s14: search(query: "e", types: [TRACK], first: 500, offset: 14) { tracks { totalCount } }
        s15: search(query: "e", types: [TRACK], first: 500, offset: 15) { tracks { totalCount } }
        s16: search(query: "e", types: [TRACK], first: 500, offset: 16) { tracks { totalCount } }
        s17: search(query: "e", types: [TRACK], first: 500, offset: 17) { tracks { totalCount } }
        s18: search(query: "e", types: [TRACK], first: 500, offset: 18) { tracks { totalCount } }
        s19: search(query: "e", types: [TRACK], first: 500, offset: 19) { tracks { totalCount } }
        s20: search(query: "e", types: [TRACK], first: 500, offset: 20) { tracks { totalCount } }
        s21: search(query: "e", types: [TRACK], first: 500, offset: 21) { tracks { totalCount } }
        s22: search(query: "e", types: [TRACK], first: 500, offset: 22) { tracks { totalCount } }
        s23: search(query: "e", types: [TRACK], first: 500, offset: 23) { tracks { totalCount } }
        s24: search(query: "e", types: [TRACK], first: 500, offset: 24) { tracks { totalCount } }
      }`),
    );
    expect(answer.errors).toBeUndefined();
    // Their one-item pages at offsets 0-24 fit one page of 50: one call (v13 B4).
    expect(await t.calls()).toEqual({ 'GET /v1/search': 1 });
  });

  it('accepts one 500-item search whose items are selected: an Extended app reads it in 10 calls of 50', async () => {
    const answer = await t.query(
      graphql(
        `query ConnectionPagesExtendedSearchItems { search(query: "e", types: [TRACK], first: 500) { tracks { nodes { name } } } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search?.tracks?.nodes?.length).toBeGreaterThan(50);
    expect((await t.calls())['GET /v1/search']).toBeLessThanOrEqual(10);
  });
});

describe('the query cost counts the calls really made, in pages of 10 (Development Mode)', () => {
  // Development Mode caps search and artist albums at 10 a page (an Extended app reads 50: 10 calls).
  const dev = useTestServer({ mode: 'development', limits: { maxQueryCost: 30 } });

  it('refuses one 500-item search whose items are selected (50 calls) before any call', async () => {
    const answer = await dev.query(
      graphql(
        `query ConnectionPagesSearchItems { search(query: "e", types: [TRACK], first: 500) { tracks { nodes { name } } } }`,
      ),
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await dev.calls()).toEqual({});
  });

  it("refuses an artist's 500 albums with their items (50 calls of 10) before any call", async () => {
    const answer = await dev.query(
      graphql(
        `query ConnectionPagesArtistItems($id: ID!) { artist(id: $id) { albums(first: 500) { nodes { name } } } }`,
      ),
      { id: [...dev.emu.state.catalog.artists.keys()][0]! },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await dev.calls()).toEqual({});
  });
});
