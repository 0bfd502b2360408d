import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/**
 * Every connection reckons `hasNextPage` by one rule: a `next` URL means more, over `total` and over
 * a short page; `next: null` ends the list only when `total` is reached or is no count (beside a total
 * that counts more, the total wins: v11 attack on issue 7, P2); an empty page has no next one. The
 * emulator's paging faults `short-next` (half a page, `next` still pointing further) and `next-null`
 * (`next: null`, `total` counting 100 more) make the metadata disagree.
 */

const t = useTestServer({ mode: 'extended' });

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

const savedTracks = graphql(
  `query NextRuleSavedTracks { me { savedTracks(first: 10) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } } }`,
);
const savedTracksCounted = graphql(
  `query NextRuleSavedTracksCounted { me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage } } } }`,
);
const followed = graphql(
  `query NextRuleFollowed { me { followedArtists(first: 4) { nodes { name } pageInfo { hasNextPage endCursor } } } }`,
);
const searchTracks = graphql(
  `query NextRuleSearch { search(query: "a", types: [TRACK], first: 10) { tracks { totalCount nodes { name } pageInfo { hasNextPage } } } }`,
);

async function aliceToken(): Promise<string> {
  return t.emu.token({ user: 'alice' });
}

describe('a short page whose next points further', () => {
  it('an offset connection (saved tracks) has a next page', async () => {
    const token = await aliceToken();
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', paging: 'short-next' });
    const answer = await t.query(savedTracks, {}, { token });
    expect(answer.errors).toBeUndefined();
    const connection = answer.data?.me?.savedTracks;
    expect(connection?.edges).toHaveLength(5);
    expect(connection?.pageInfo).toEqual({ hasNextPage: true, endCursor: connection?.edges[4]?.cursor });
  });

  it('a cursor connection (followed artists) has a next page', async () => {
    const token = await aliceToken();
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/following', paging: 'short-next' });
    const answer = await t.query(followed, {}, { token });
    expect(answer.errors).toBeUndefined();
    const connection = answer.data?.me?.followedArtists;
    expect(connection?.nodes).toHaveLength(2);
    expect(connection?.pageInfo.hasNextPage).toBe(true);
    expect(connection?.pageInfo.endCursor).not.toBeNull();
  });

  it('a search connection has a next page', async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/search', paging: 'short-next' });
    const answer = await t.query(searchTracks);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search?.tracks?.nodes).toHaveLength(5);
    expect(answer.data?.search?.tracks?.pageInfo.hasNextPage).toBe(true);
  });
});

describe('next: null while the total counts more', () => {
  it('an offset connection (saved tracks) has a next page: the total wins', async () => {
    const token = await aliceToken();
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', paging: 'next-null' });
    const answer = await t.query(savedTracks, {}, { token });
    expect(answer.errors).toBeUndefined();
    const connection = answer.data?.me?.savedTracks;
    expect(connection?.edges).toHaveLength(10);
    expect(connection?.totalCount).toBe(110);
    expect(connection?.pageInfo.hasNextPage).toBe(true);
  });

  it('a connection that selects only its page info has a next page too', async () => {
    const token = await aliceToken();
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', paging: 'next-null' });
    const answer = await t.query(savedTracksCounted, {}, { token });
    expect(answer.errors).toBeUndefined();
    // hasNextPage follows the items served: the page info alone reads the page the items would (total 110).
    expect(answer.data?.me?.savedTracks).toEqual({ totalCount: 110, pageInfo: { hasNextPage: true } });
  });

  it('a search connection has a next page', async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/search', paging: 'next-null' });
    const answer = await t.query(searchTracks);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search?.tracks?.nodes).toHaveLength(10);
    expect(answer.data?.search?.tracks?.totalCount).toBe(110);
    expect(answer.data?.search?.tracks?.pageInfo.hasNextPage).toBe(true);
  });

  it('without a fault the same connection still has its next page', async () => {
    const token = await aliceToken();
    const answer = await t.query(savedTracks, {}, { token });
    expect(answer.errors).toBeUndefined();
    const connection = answer.data?.me?.savedTracks;
    expect(connection?.edges).toHaveLength(10);
    expect(connection?.totalCount).toBeGreaterThan(10);
    expect(connection?.pageInfo.hasNextPage).toBe(true);
  });
});
