import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located } from '../helpers/faults.js';
import { useTestServer } from '../helpers/server.js';

/**
 * A page that comes back empty while Spotify's `total` and `next` still say more (the emulator's
 * `endless-empty` paging fault) is Spotify's bad value: the items read before it answer, the list
 * ends with one null entry carrying the error, and paging on stops at the empty page (no next page
 * without an item to continue from), so a client looping on `hasNextPage` is bounded.
 */

const t = useTestServer({ mode: 'extended' });
/**
 * A public playlist of more than 150 items: an Extended app's full playlist embeds its first 100
 * (`tracks`), so a window of 150 reads one page past it.
 */
const longPlaylist = (): string =>
  [...t.emu.state.catalog.playlists.values()].find((p) => p.items.length > 150 && p.public !== false)!.id;

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

describe('connections whose later pages come back empty', () => {
  it('a playlist connection past its embedded page breaks off with the error, and paging on ends', async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/playlists/{playlist_id}/tracks',
      paging: 'endless-empty',
    });
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/playlists/{playlist_id}/items',
      paging: 'endless-empty',
    });
    const query = graphql(`query PagingEndsEndlessEmpty($id: ID!, $after: String) {
      playlist(id: $id) { items(first: 150, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }
    }`);
    const id = longPlaylist();
    const answer = await t.query(query, { id }, { token });
    const items = answer.data?.playlist?.items;
    expect(items?.edges).toHaveLength(101);
    expect(items?.edges[100]).toBeNull();
    expect(located(answer.errors)).toEqual([[['playlist', 'items', 'edges', 100], BAD_VALUE]]);
    expect(items?.pageInfo).toEqual({ hasNextPage: true, endCursor: items?.edges[99]?.cursor });
    // Paging on meets the empty page first: no items, so no next page, and the error again.
    const on = await t.query(query, { id, after: items?.pageInfo.endCursor }, { token });
    expect(on.data?.playlist?.items?.edges).toEqual([null]);
    expect(on.data?.playlist?.items?.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(located(on.errors)).toEqual([[['playlist', 'items', 'edges', 0], BAD_VALUE]]);
  });

  it('a cursor-paged list with an empty first page gives no end cursor, and the error', async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/following', paging: 'endless-empty' });
    const answer = await t.query(
      graphql(
        `query PagingEndsMe { me { followedArtists(first: 10) { edges { cursor } pageInfo { hasNextPage endCursor } } } }`,
      ),
      {},
      {
        token,
      },
    );
    expect(located(answer.errors)).toEqual([[['me', 'followedArtists', 'edges', 0], BAD_VALUE]]);
    expect(answer.data?.me?.followedArtists).toEqual({
      edges: [null],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});
