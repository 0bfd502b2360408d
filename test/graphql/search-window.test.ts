import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

/**
 * Search inside Spotify's window of 1000 results per type, paged 10 at a time: a Relay "load more"
 * reaches the window's end with a shorter last page, and the cost limit counts the pages really fetched.
 */

const t = useTestServer({ mode: 'extended' });
/** A Development Mode app reads search 10 results a page: the cost counts its pages so. */
const dev = useTestServer({ mode: 'development' });

beforeEach(async () => {
  await t.clearLog();
});

const PAGE = graphql(`query SearchWindowPage($first: Int, $offset: Int, $after: String) {
  search(query: "e", types: [TRACK], first: $first, offset: $offset, after: $after) {
    tracks { totalCount edges { cursor } pageInfo { hasNextPage endCursor } }
  }
}`);

describe("search near Spotify's 1000-result window", () => {
  it('loads more up to the end of the window: the last page is cut short and promises no next one', async () => {
    const near = await t.query(PAGE, { first: 30, offset: 960 });
    expect(near.errors).toBeUndefined();
    expect(near.data?.search?.tracks?.totalCount).toBeGreaterThan(1000);
    expect(near.data?.search?.tracks?.edges).toHaveLength(30);
    expect(near.data?.search?.tracks?.pageInfo.hasNextPage).toBe(true);

    const last = await t.query(PAGE, { first: 30, after: near.data?.search?.tracks?.pageInfo.endCursor });
    expect(last.errors).toBeUndefined();
    expect(last.data?.search?.tracks?.edges).toHaveLength(10);
    expect(last.data?.search?.tracks?.pageInfo.hasNextPage).toBe(false);

    // One more "load more" from the window's last cursor (999): the end, as any list answers it.
    await t.clearLog();
    const end = await t.query(PAGE, { first: 30, after: last.data?.search?.tracks?.pageInfo.endCursor });
    expect(end.errors).toBeUndefined();
    expect(end.data?.search?.tracks).toEqual({
      totalCount: null,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    expect(await t.calls()).toEqual({});
  });

  it('refuses an offset at the end of the window with BAD_USER_INPUT before any Spotify call', async () => {
    const answer = await t.query(PAGE, { first: 5, offset: 1000 });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.calls()).toEqual({});
  });
});

describe('the cost of a search', () => {
  it("counts a Development Mode app's 10-result pages: 25 aliased 500-result searches are refused before any Spotify call", async () => {
    const aliases = Array.from(
      { length: 25 },
      (_, i) =>
        `s${i}: search(query: "e", types: [TRACK], first: 500, offset: ${i}) { tracks { nodes { name } } }`,
    );
    const answer = await dev.query(
      invalidDocument('25 aliased searches built by repetition: a cost attack', `{ ${aliases.join(' ')} }`),
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await dev.calls())['GET /v1/search']).toBeUndefined();
  });

  it('lets through a search whose pages fit the limit, making at most the calls it counted', async () => {
    const answer = await t.query(
      graphql(
        `query SearchWindowSearchSearch { a: search(query: "e", types: [TRACK], first: 200) { tracks { nodes { name } } } b: search(query: "a", types: [TRACK], first: 200) { tracks { nodes { name } } } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
    // An Extended app reads 50 a page, and the cost counts them so (8).
    expect((await t.calls())['GET /v1/search']).toBe(8);
  });
});

describe('a cost refusal', () => {
  it('states the cost in whole Spotify calls', async () => {
    const answer = await t.query(
      graphql(
        `query SearchWindowMe { me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }`,
      ),
      {},
      { token: await t.emu.token({ user: 'alice' }) },
    );
    const refusal = answer.errors?.find((error) => error.extensions?.code === 'QUERY_TOO_COMPLEX');
    expect(Number.isInteger(refusal?.extensions?.complexity)).toBe(true);
    expect(refusal?.message).toMatch(
      /^The query may make about \d+ Spotify calls; MAX_QUERY_COST allows \d+$/,
    );
  });
});
