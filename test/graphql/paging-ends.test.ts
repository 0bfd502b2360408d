import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/**
 * A connection never promises a page after one that came back empty or short, whatever Spotify's
 * `total` and `next` still say (the emulator's `endless-empty` paging fault).
 */

const t = useTestServer({ mode: 'extended' });
/** Alice's playlist of 62 items: the embedded first page holds 50. */
const PLAYLIST = 'LAeyejnaDxyWlbmJZUeiZ3';

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

describe('connections whose later pages come back empty', () => {
  it('a playlist connection past its embedded page says there is no next page', async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/playlists/{playlist_id}/tracks',
      paging: 'endless-empty',
    });
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/playlists/{playlist_id}/items',
      paging: 'endless-empty',
    });
    const answer = await t.query(
      graphql(`query PagingEndsEndlessEmpty($id: ID!) {
        playlist(id: $id) { items(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }
      }`),
      { id: PLAYLIST },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.items?.edges).toHaveLength(50);
    expect(answer.data?.playlist?.items?.pageInfo.hasNextPage).toBe(false);
  });

  it('a cursor-paged list with an empty page gives no end cursor', async () => {
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
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.followedArtists).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});
