/**
 * A cursor page (followed artists) whose `next` is null while its `total` counts more (v15 attack on
 * issue 7, V8): the connection does not claim the end. `hasNextPage` is true and its `endCursor`
 * serves the following artists, so a Relay client paging while `hasNextPage` reads the whole list.
 * The total bounds it: a page that reaches the total, or comes back empty, ends it (never a loop).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const followedPage = graphql(
  `query CursorNextNullFollowed($after: String) { me { followedArtists(first: 5, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`,
);

/** Alice's followed artists read 5 at a time from the start while `hasNextPage`, as a Relay client does. */
async function pageAll(): Promise<{ ids: string[]; pages: number; errors: unknown[] }> {
  const ids: string[] = [];
  const errors: unknown[] = [];
  let after: string | null | undefined;
  for (let pages = 1; pages <= 40; pages++) {
    const answer = await t.query(followedPage, { after }, { token: t.alice });
    errors.push(...(answer.errors ?? []));
    const connection = answer.data?.me?.followedArtists;
    ids.push(...(connection?.nodes.map((n) => n?.id ?? '') ?? []));
    if (!connection?.pageInfo.hasNextPage) return { ids, pages, errors };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('still hasNextPage after 40 pages');
}

describe('followed artists: next null before the total', () => {
  it('the first page says more follow, and paging on reads every artist', async () => {
    const real = await pageAll();
    expect(real.ids.length).toBeGreaterThan(10);
    await t.fault('GET /v1/me/following', { '/artists/next': null }, { times: 1 });
    const first = await t.query(followedPage, {}, { token: t.alice });
    expect(first.errors).toBeUndefined();
    expect(first.data?.me?.followedArtists?.totalCount).toBe(real.ids.length);
    expect(first.data?.me?.followedArtists?.pageInfo.hasNextPage).toBe(true);
    await t.fault('GET /v1/me/following', { '/artists/next': null }, { times: 1 });
    const paged = await pageAll();
    expect(paged).toEqual(real);
  });

  it('every page says next null and cursors.after null: every artist, ending at the total', async () => {
    const real = await pageAll();
    await t.fault('GET /v1/me/following', { '/artists/next': null, '/artists/cursors/after': null });
    await t.clearLog();
    const paged = await pageAll();
    expect(paged.errors).toEqual([]);
    expect(paged.ids).toEqual(real.ids);
    expect(paged.pages).toBe(real.pages);
    // Each full window's `next: null` beside a total that counts more is checked by reading one page on
    // (attack 7 F1: no promised page comes back empty); the last window reaches the total, no call more.
    expect((await t.calls())['GET /v1/me/following']).toBe(real.pages * 2 - 1);
  });

  it('a total that is just wrong (100 more): every artist, then an empty page ends it', async () => {
    const real = await pageAll();
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/following', paging: 'next-null' });
    const paged = await pageAll();
    expect(paged.ids).toEqual(real.ids);
    expect(paged.pages).toBeLessThanOrEqual(real.pages + 1);
  });
});

// Attack 7 F1: a cursor page saying `next: null` beside a total that counts more promised a next page
// (`hasNextPage` true, an endCursor) that came back empty: one wasted round trip, and `client.iterate()`
// ended there while the connection did not. One page more is read in the same request, as the offset
// lists do: its items fill the window, or its emptiness ends the list.
const followedWindow = graphql(
  `query CursorNextNullWindow($first: Int) { me { followedArtists(first: $first) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`,
);
const recentWindow = graphql(
  `query CursorNextNullRecent($first: Int) { me { recentlyPlayed(first: $first) { totalCount edges { cursor } pageInfo { hasNextPage } } } }`,
);

describe('a cursor list whose next: null and total disagree promises no empty page', () => {
  it.each([
    ['every artist in one window', 45],
    ['a full window at the end', 28],
  ])(
    'followed artists under next-null (%s): hasNextPage false, totalCount the artists served',
    async (_name, first) => {
      const real = await t.query(followedWindow, { first: 45 }, { token: t.alice });
      const count = real.data?.me?.followedArtists?.nodes.length ?? 0;
      expect(count).toBe(28);
      await t.emu.control('POST', '/faults', { route: 'GET /v1/me/following', paging: 'next-null' });
      const answer = await t.query(followedWindow, { first }, { token: t.alice });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me?.followedArtists?.nodes).toHaveLength(count);
      expect(answer.data?.me?.followedArtists?.pageInfo.hasNextPage).toBe(false);
      expect(answer.data?.me?.followedArtists?.totalCount).toBe(count);
    },
  );

  it('recently played under next-null: every play in one window, hasNextPage false', async () => {
    const real = await t.query(recentWindow, { first: 50 }, { token: t.alice });
    const count = real.data?.me?.recentlyPlayed?.edges.length ?? 0;
    expect(count).toBeGreaterThan(0);
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/player/recently-played',
      paging: 'next-null',
    });
    const answer = await t.query(recentWindow, { first: 50 }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.recentlyPlayed?.edges).toHaveLength(count);
    expect(answer.data?.me?.recentlyPlayed?.pageInfo.hasNextPage).toBe(false);
    expect(answer.data?.me?.recentlyPlayed?.totalCount).toBe(count);
  });
});
