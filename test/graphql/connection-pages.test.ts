/**
 * A connection fetches only the pages its selection needs, and the query cost counts those calls:
 * `totalCount` (and/or `pageInfo`) alone is one call with `limit=1`, whatever `first` says; `edges` or
 * `nodes` fetch the pages `first` covers. Checked on the emulator's request log.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { q, type TestServer, useTestServer } from '../helpers/server.js';

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
    const answer = await t.query<{ artist: { albums: { totalCount: number } } }>(
      `{ artist(id: ${q(prolific())}) { albums(first: 500) { totalCount } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist.albums.totalCount).toBeGreaterThan(60);
    const calls = await entries(t, ARTIST_ALBUMS);
    expect(calls.map(limitOf)).toEqual(['1']);
  });

  it("answers pageInfo's cursors without items from the pages the items need, as the items would have", async () => {
    const counted = await t.query<{ artist: { albums: Record<string, unknown> } }>(
      `{ artist(id: ${q(prolific())}) { albums(first: 30, offset: 10) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
    );
    expect(counted.errors).toBeUndefined();
    // Cursors and hasNextPage follow the items Spotify serves: the same pages as with the items.
    expect((await entries(t, ARTIST_ALBUMS)).map(limitOf)).toEqual(['10', '10', '10']);
    const full = await t.query<{ artist: { albums: Record<string, unknown> } }>(
      `{ artist(id: ${q(prolific())}) { albums(first: 30, offset: 10) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { name } } } }`,
    );
    const { nodes, ...rest } = full.data!.artist.albums;
    expect(nodes).toHaveLength(30);
    expect(counted.data?.artist.albums).toEqual(rest);
  });

  it('fetches the pages first covers when nodes or edges are selected (through a fragment too)', async () => {
    const answer = await t.query<{ artist: { albums: { nodes: unknown[] } } }>(
      `query { artist(id: ${q(prolific())}) { albums(first: 60) { totalCount ...Items } } }
       fragment Items on ArtistAlbumConnection { nodes { name } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist.albums.nodes).toHaveLength(60);
    expect((await entries(t, ARTIST_ALBUMS)).map(limitOf)).toEqual(['10', '10', '10', '10', '10', '10']);
  });

  it('answers a search total from one call', async () => {
    const answer = await t.query<{ search: { tracks: Record<string, unknown> } }>(
      '{ search(query: "e", types: [TRACK], first: 500, offset: 600) { tracks { totalCount pageInfo { hasPreviousPage } } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search.tracks).toMatchObject({ totalCount: expect.any(Number) });
    expect((await entries(t, 'GET /v1/search')).map(limitOf)).toEqual(['1']);
  });
});

describe('the query cost counts the calls really made', () => {
  it('accepts 25 aliased 500-item totals (25 calls) under a cost limit of 30', async () => {
    const fields = Array.from(
      { length: 25 },
      (_, i) =>
        `s${i}: search(query: "e", types: [TRACK], first: 500, offset: ${i}) { tracks { totalCount } }`,
    ).join('\n');
    const answer = await t.query(`{ ${fields} }`);
    expect(answer.errors).toBeUndefined();
    expect(await t.calls()).toEqual({ 'GET /v1/search': 25 });
  });

  it('refuses one 500-item search whose items are selected (50 calls) before any call', async () => {
    const answer = await t.query(
      '{ search(query: "e", types: [TRACK], first: 500) { tracks { nodes { name } } } }',
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await t.calls()).toEqual({});
  });

  it("refuses an artist's 500 albums with their items (50 calls of 10) before any call", async () => {
    const answer = await t.query(
      `{ artist(id: ${q(prolific())}) { albums(first: 500) { nodes { name } } } }`,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await t.calls()).toEqual({});
  });
});
