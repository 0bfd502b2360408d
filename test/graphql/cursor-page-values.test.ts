/**
 * Cursor connections (followed artists, recently played) over a cursor page Spotify sent wrong: a play
 * without a readable `played_at` or an artist without a usable id hands out no cursor the connection
 * would refuse (it reads on from the entry before it, v12 N15); Spotify's `next` is read strictly; a total below the edges or
 * absent (followed artists document one) is totalCount's error. And a bad playlists page of
 * `featuredPlaylists` keeps Spotify's message. v10 re-attack on issue 7, R3, R4, R6, R7.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const recentQuery = graphql(
  `query CursorValuesRecent($after: String) { me { recentlyPlayed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }`,
);
const followedQuery = graphql(
  `query CursorValuesFollowed { me { followedArtists(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`,
);

const followedAfterQuery = graphql(
  `query CursorValuesFollowedAfter($after: String) { me { followedArtists(first: 5, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }`,
);

const recentPlayedAtQuery = graphql(
  `query CursorValuesRecentPlayedAt { me { recentlyPlayed(first: 3) { edges { cursor node { playedAt } } } } }`,
);

describe('a played_at that is no ISO 8601 timestamp (v12 N15)', () => {
  // An impossible date shaped like ISO 8601 too (v13 attack on issue 7, R1): Date.parse rolls it over.
  for (const playedAt of [
    'yesterday',
    '2026',
    'Dec 1, 2026',
    '2026-02-30T10:00:00Z',
    '2025-04-31T00:00:00Z',
  ]) {
    it(`played_at ${JSON.stringify(playedAt)}: playedAt null with badValue, no cursor read from it`, async () => {
      const real = await t.query(recentPlayedAtQuery, {}, { token: t.alice });
      const cursors = real.data?.me?.recentlyPlayed?.edges.map((e) => e?.cursor) ?? [];
      expect(cursors).toHaveLength(3);
      await t.fault('GET /v1/me/player/recently-played', { '/items/1/played_at': playedAt });
      const answer = await t.query(recentPlayedAtQuery, {}, { token: t.alice });
      const edges = answer.data?.me?.recentlyPlayed?.edges;
      // Its own cursor (read on from the play before it, itself left out: v12 N15), never its neighbour's.
      expect(edges?.[1]?.node).toEqual({ playedAt: null });
      expect(edges?.[1]?.cursor).not.toBe(cursors[0]);
      expect(edges?.[1]?.cursor).not.toBe(cursors[1]);
      expect(edges?.[2]?.cursor).toBe(cursors[2]);
      expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
        [['me', 'recentlyPlayed', 'edges', 1, 'node', 'playedAt'], expect.objectContaining(BAD_VALUE)],
      ]);
    });
  }
});

describe('the last play of a page without a readable played_at (v12 N15)', () => {
  it("ends the page at Spotify's cursors.before: the next page does not serve it again", async () => {
    const real = await t.query(recentQuery, {}, { token: t.alice });
    const endCursor = real.data?.me?.recentlyPlayed?.pageInfo.endCursor;
    await t.fault('GET /v1/me/player/recently-played', { '/items/2/played_at': 'yesterday' }, { times: 1 });
    const answer = await t.query(recentQuery, {}, { token: t.alice });
    expect(answer.data?.me?.recentlyPlayed?.pageInfo).toEqual({ hasNextPage: true, endCursor });
  });
});

describe('a cursor page entry without a usable cursor (R7)', () => {
  for (const playedAt of [null, 'x']) {
    it(`played_at ${JSON.stringify(playedAt)}: the play gets a cursor, and paging on from endCursor works`, async () => {
      const real = await t.query(recentQuery, {}, { token: t.alice });
      const cursors = real.data?.me?.recentlyPlayed?.edges.map((e) => e?.cursor) ?? [];
      expect(cursors).toHaveLength(3);
      await t.fault('GET /v1/me/player/recently-played', { '/items/2/played_at': playedAt });
      const answer = await t.query(recentQuery, {}, { token: t.alice });
      expect(answer.errors).toBeUndefined();
      const recent = answer.data?.me?.recentlyPlayed;
      // The last play has no time of its own: the page ends at Spotify's cursors.before (v12 N15).
      expect(recent?.edges.map((e) => e?.cursor)).toEqual([cursors[0], cursors[1], cursors[2]]);
      expect(recent?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursors[2] });
      const on = await t.query(recentQuery, { after: recent?.pageInfo.endCursor }, { token: t.alice });
      expect(on.errors).toBeUndefined();
      expect(on.data?.me?.recentlyPlayed?.edges.length).toBeGreaterThan(0);
    });
  }

  it('followed artists: an unusable id is never the endCursor', async () => {
    const real = await t.query(followedQuery, {}, { token: t.alice });
    const cursors = real.data?.me?.followedArtists?.edges.map((e) => e?.cursor) ?? [];
    expect(cursors).toHaveLength(5);
    await t.fault('GET /v1/me/following', { '/artists/items/4/id': 'x' });
    const answer = await t.query(followedQuery, {}, { token: t.alice });
    // The last edge has a cursor of its own that reads on from the artist before it (v12 N15's kind;
    // paging on from it: cursor-cycles.test.ts), never the artist id 'x'.
    const edges = answer.data?.me?.followedArtists?.edges.map((e) => e?.cursor) ?? [];
    expect(edges.slice(0, 4)).toEqual(cursors.slice(0, 4));
    expect(new Set(edges).size).toBe(5);
    expect(edges[4]).not.toBe(cursors[4]);
    expect(answer.data?.me?.followedArtists?.pageInfo.endCursor).toBe(edges[4]);
  });
});

describe("Spotify's next on a cursor page, read strictly (R6)", () => {
  it('followed artists without next: the total decides (more artists follow)', async () => {
    const real = await t.query(followedQuery, {}, { token: t.alice });
    expect(real.data?.me?.followedArtists?.totalCount).toBeGreaterThan(5);
    await t.fault('GET /v1/me/following', {}, { unset: ['/artists/next'] });
    const answer = await t.query(followedQuery, {}, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.followedArtists).toEqual(real.data?.me?.followedArtists);
  });

  it('recently played with next 5: the plays answer, then the error, never a guessed "more" or end', async () => {
    const real = await t.query(recentQuery, {}, { token: t.alice });
    const cursors = real.data?.me?.recentlyPlayed?.edges.map((e) => e?.cursor) ?? [];
    await t.fault('GET /v1/me/player/recently-played', { '/next': 5 });
    const answer = await t.query(recentQuery, {}, { token: t.alice });
    expect(answer.data?.me?.recentlyPlayed?.edges.map((e) => e?.cursor ?? null)).toEqual([...cursors, null]);
    expect(located(answer.errors)).toEqual([[['me', 'recentlyPlayed', 'edges', 3], BAD_VALUE]]);
    expect(answer.data?.me?.recentlyPlayed?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursors[2] });
  });

  // A later page's position is unknown (its `after` is a time or an id, not an offset), so an absent
  // `next` there says nothing: Spotify's bad value, never "no more pages" beside a total that says more.
  it('recently played after a cursor, next absent: the plays answer, then the error; paging on stays open', async () => {
    const first = await t.query(recentQuery, {}, { token: t.alice });
    const after = first.data?.me?.recentlyPlayed?.pageInfo.endCursor;
    const real = await t.query(recentQuery, { after }, { token: t.alice });
    expect(real.errors).toBeUndefined();
    const cursors = real.data?.me?.recentlyPlayed?.edges.map((e) => e?.cursor) ?? [];
    expect(cursors).toHaveLength(3);
    await t.fault('GET /v1/me/player/recently-played', {}, { unset: ['/next'] });
    const answer = await t.query(recentQuery, { after }, { token: t.alice });
    expect(answer.data?.me?.recentlyPlayed?.edges.map((e) => e?.cursor ?? null)).toEqual([...cursors, null]);
    expect(located(answer.errors)).toEqual([[['me', 'recentlyPlayed', 'edges', 3], BAD_VALUE]]);
    expect(answer.data?.me?.recentlyPlayed?.pageInfo).toEqual({ hasNextPage: true, endCursor: cursors[2] });
  });

  it("followed artists after a cursor, next absent: Spotify's after cursor says more follow", async () => {
    const first = await t.query(followedAfterQuery, {}, { token: t.alice });
    const after = first.data?.me?.followedArtists?.pageInfo.endCursor;
    const real = await t.query(followedAfterQuery, { after }, { token: t.alice });
    expect(real.data?.me?.followedArtists?.pageInfo.hasNextPage).toBe(true);
    await t.fault('GET /v1/me/following', {}, { unset: ['/artists/next'] });
    const answer = await t.query(followedAfterQuery, { after }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(real.data);
  });

  it('followed artists after a cursor, next and cursors absent: the artists answer, then the error', async () => {
    const first = await t.query(followedAfterQuery, {}, { token: t.alice });
    const after = first.data?.me?.followedArtists?.pageInfo.endCursor;
    expect(after).toBeTruthy();
    await t.fault('GET /v1/me/following', {}, { unset: ['/artists/next', '/artists/cursors'] });
    const answer = await t.query(followedAfterQuery, { after }, { token: t.alice });
    const edges = answer.data?.me?.followedArtists?.edges ?? [];
    expect(edges).toHaveLength(6);
    expect(edges[5]).toBeNull();
    expect(located(answer.errors)).toEqual([[['me', 'followedArtists', 'edges', 5], BAD_VALUE]]);
    expect(answer.data?.me?.followedArtists?.pageInfo).toEqual({
      hasNextPage: true,
      endCursor: edges[4]?.cursor,
    });
  });
});

describe('followed artists total (R4)', () => {
  for (const [label, set, unset] of [
    ['below the edges', { '/artists/total': 3 }, []],
    ['absent', {}, ['/artists/total']],
  ] as const) {
    it(`a total ${label} is totalCount's error, the edges answer`, async () => {
      const real = await t.query(followedQuery, {}, { token: t.alice });
      await t.fault('GET /v1/me/following', set, { unset: [...unset] });
      const answer = await t.query(followedQuery, {}, { token: t.alice });
      expect(answer.data?.me?.followedArtists?.totalCount).toBeNull();
      // The same artists; their cursors differ in the count the list was seen to hold (cursor-state.ts).
      const nodes = (a: typeof real) => a.data?.me?.followedArtists?.edges.map((e) => e?.node);
      expect(nodes(answer)).toEqual(nodes(real));
      expect(located(answer.errors)).toEqual([[['me', 'followedArtists', 'totalCount'], BAD_VALUE]]);
    });
  }
});

describe('featuredPlaylists with a bad playlists page (R3)', () => {
  it("keeps Spotify's message; the playlists are that field's error", async () => {
    const document = graphql(
      `query CursorValuesFeatured { featuredPlaylists(first: 3) { message playlists { totalCount } } }`,
    );
    const real = await t.query(document);
    expect(real.data?.featuredPlaylists?.message).toBeTruthy();
    await t.fault('GET /v1/browse/featured-playlists', { '/playlists': {} });
    const answer = await t.query(document);
    expect(answer.data?.featuredPlaylists).toEqual({
      message: real.data?.featuredPlaylists?.message,
      playlists: null,
    });
    expect(located(answer.errors)).toEqual([[['featuredPlaylists', 'playlists'], BAD_VALUE]]);
  });
});
