/**
 * A paging fault on `GET /v1/search` reaches every type of a search for two types (A4): the emulator
 * changes each type's page of the answer, so both of the GraphQL search's connections see it, not
 * only the first type's. Both executors (the project runs this file with and without graphql-jit).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located } from '../helpers/faults.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

const SEARCH = graphql(`query SearchPagingFaultsTwoTypes($first: Int!) {
  search(query: "the", types: [ALBUM, ARTIST], first: $first) {
    albums { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
    artists { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
  }
}`);

describe('a paging fault on a search for two types', () => {
  it('endless-empty: both types answer the empty page as Spotify’s bad value', async () => {
    const plain = await t.query(SEARCH, { first: 4 });
    expect(plain.errors).toBeUndefined();
    expect(plain.data?.search?.albums?.edges).toHaveLength(4);
    expect(plain.data?.search?.artists?.edges).toHaveLength(4);
    await t.emu.control('POST', '/faults', { route: 'GET /v1/search', paging: 'endless-empty' });
    const answer = await t.query(SEARCH, { first: 4 });
    for (const type of ['albums', 'artists'] as const) {
      expect(answer.data?.search?.[type]?.edges, type).toEqual([null]);
      expect(answer.data?.search?.[type]?.pageInfo, type).toEqual({ hasNextPage: false, endCursor: null });
    }
    expect(located(answer.errors)).toEqual([
      [['search', 'albums', 'edges', 0], BAD_VALUE],
      [['search', 'artists', 'edges', 0], BAD_VALUE],
    ]);
  });
});
