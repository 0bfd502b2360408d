import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { dataOf, useTestServer } from '../helpers/server.js';

// Relay's HasNextPage with `first`: true when more items follow than `first` takes. With `first: 0`
// the window holds none, so any item at the window's offset is one that follows (v12 new-user F11).
const SAVED_NONE = graphql(`
  query FirstZeroSavedTracks($offset: Int) {
    me { savedTracks(first: 0, offset: $offset) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }
  }
`);
const SEARCH_NONE = graphql(`
  query FirstZeroSearch { search(query: "the", types: [ARTIST], first: 0) { artists { totalCount pageInfo { hasNextPage } } } }
`);

const t = useTestServer();
let alice: string;
beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
});

describe('first: 0', () => {
  it('has a next page when the list has items at its offset', async () => {
    const data = await dataOf(t, SAVED_NONE, alice, {});
    const saved = data.me?.savedTracks;
    expect(saved?.totalCount).toBeGreaterThan(0);
    expect(saved?.nodes).toEqual([]);
    expect(saved?.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
  });

  it('has no next page at the end of the list', async () => {
    const total = (await dataOf(t, SAVED_NONE, alice, {})).me?.savedTracks?.totalCount;
    const data = await dataOf(t, SAVED_NONE, alice, { offset: total });
    expect(data.me?.savedTracks?.pageInfo.hasNextPage).toBe(false);
  });

  it('has a next page on a search with results', async () => {
    const data = await dataOf(t, SEARCH_NONE, undefined);
    expect(data.search?.artists?.totalCount).toBeGreaterThan(0);
    expect(data.search?.artists?.pageInfo.hasNextPage).toBe(true);
  });
});
