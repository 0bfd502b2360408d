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
    expect((await t.calls())['GET /v1/me/following']).toBe(real.pages);
  });

  it('a total that is just wrong (100 more): every artist, then an empty page ends it', async () => {
    const real = await pageAll();
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/following', paging: 'next-null' });
    const paged = await pageAll();
    expect(paged.ids).toEqual(real.ids);
    expect(paged.pages).toBeLessThanOrEqual(real.pages + 1);
  });
});
