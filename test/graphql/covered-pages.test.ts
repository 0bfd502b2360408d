import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';

/**
 * A page covered by another page of the same list that the request has loaded or is loading is cut
 * from it, without a call of its own; a playlist's first items come from the full playlist that the
 * request loads anyway. Counted from the emulator's request log.
 */

const OVERLAPPING_PAGES = graphql(`
  query CoveredPagesOverlapping($id: ID!) {
    artist(id: $id) {
      a: albums(first: 3) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }
      d: albums(first: 2, offset: 1) { nodes { name } pageInfo { hasNextPage hasPreviousPage } }
      t: albums(offset: 2) { totalCount pageInfo { hasPreviousPage } }
    }
  }
`);

const COVERED_BY_WIDER = graphql(`
  query CoveredPagesByWider($id: ID!) {
    artist(id: $id) {
      a: albums(first: 4) { nodes { name } }
      d: albums(first: 2, offset: 2) { nodes { name } }
    }
  }
`);

const PAGE_PAST_COVER = graphql(`
  query CoveredPagesPast($id: ID!) {
    artist(id: $id) {
      a: albums(first: 3) { nodes { name } }
      d: albums(first: 3, offset: 2) { nodes { name } }
    }
  }
`);

const NESTED_COVERED = graphql(`
  query CoveredPagesNested($id: ID!) {
    artist(id: $id) {
      albums(first: 6) { nodes { name artists { spotifyId albums(first: 2, offset: 3) { nodes { name } } } } }
    }
  }
`);

const MY_PLAYLISTS_AND_ONE = graphql(`
  query CoveredPagesPlaylistBeside($id: ID!) {
    me { playlists(first: 5) { nodes { spotifyId items(first: 3) { totalCount nodes { __typename } } } } }
    p: playlist(id: $id) { items(first: 3) { totalCount } }
  }
`);

const MY_FIRST_PLAYLISTS = graphql(`
  query CoveredPagesMyPlaylists { me { playlists(first: 5) { nodes { spotifyId } } } }
`);

const prolificArtist = (server: TestServer): string =>
  [...server.emu.state.catalog.artists.values()].sort((a, b) => b.albumIds.length - a.albumIds.length)[0]!.id;

async function pagesAsked(server: TestServer): Promise<{ offset: string | null; limit: string | null }[]> {
  const log = (await server.emu.control('GET', '/requests')).json as {
    entries: { route: string; query: string }[];
  };
  return log.entries
    .filter((entry) => entry.route === '/v1/artists/{id}/albums')
    .map((entry) => {
      const params = new URLSearchParams(entry.query);
      return { offset: params.get('offset'), limit: params.get('limit') };
    });
}

describe('pages covered by a page of the same list in the request, Extended mode', () => {
  const server = useTestServer({ mode: 'extended' });
  afterEach(async () => {
    await server.emu.control('DELETE', '/faults');
  });

  it('answers albums(first: 2, offset: 1) and a total beside albums(first: 3) from one call', async () => {
    const id = prolificArtist(server);
    await server.clearLog();
    const answer = await server.query(OVERLAPPING_PAGES, { id });
    expect(answer.errors).toBeUndefined();
    const artist = answer.data?.artist;
    expect(artist?.a?.nodes).toHaveLength(3);
    expect(artist?.d?.nodes).toEqual(artist?.a?.nodes.slice(1, 3));
    expect(artist?.d?.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    expect(artist?.t?.totalCount).toBeGreaterThan(5);
    expect(artist?.t?.totalCount).toBe(artist?.a?.totalCount);
    // A count-only page (totalCount, hasPreviousPage: no items needed) is cut from the covering page;
    // hasNextPage would need the items of `first` (20) from offset 2, beyond the covering page.
    expect(artist?.t?.pageInfo.hasPreviousPage).toBe(true);
    expect(await server.calls()).toEqual({ 'GET /v1/artists/{id}/albums': 1 });
  });

  it('joins a page that reaches past its sibling into one call of their union (v13 B4)', async () => {
    const id = prolificArtist(server);
    await server.clearLog();
    const answer = await server.query(PAGE_PAST_COVER, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.d?.nodes.slice(0, 1)).toEqual(answer.data?.artist?.a?.nodes.slice(2));
    expect(answer.data?.artist?.d?.nodes).toHaveLength(3);
    expect(await pagesAsked(server)).toEqual([{ offset: '0', limit: '5' }]);
  });

  it('cuts a page asked at a deeper level from the page already loaded', async () => {
    const id = prolificArtist(server);
    await server.clearLog();
    const answer = await server.query(NESTED_COVERED, { id });
    expect(answer.errors).toBeUndefined();
    const outer = answer.data?.artist?.albums?.nodes ?? [];
    const self = outer.flatMap((album) => album?.artists ?? []).find((artist) => artist?.spotifyId === id);
    expect(self?.albums?.nodes).toEqual(outer.slice(3, 5).map((album) => ({ name: album?.name })));
    const own = (await pagesAsked(server)).length;
    const others = new Set(
      outer
        .flatMap((album) => (album?.artists ?? []).map((artist) => artist?.spotifyId))
        .filter((a) => a !== id),
    );
    // One page for the artist itself (covering its nested page), one per other artist.
    expect(own).toBe(1 + others.size);
  });

  it('fetches the covered page itself when the covering answer turns out short (its next says more)', async () => {
    const id = prolificArtist(server);
    await server.emu.control('POST', '/faults', {
      route: 'GET /v1/artists/{id}/albums',
      paging: 'short-next',
      times: 1,
    });
    await server.clearLog();
    const answer = await server.query(COVERED_BY_WIDER, { id });
    expect(answer.errors).toBeUndefined();
    // The first page came back with fewer items than asked: d (offset 2) is not in it, so it is its own call.
    expect(answer.data?.artist?.d?.nodes).toHaveLength(2);
    // Beside them, one one-item read at the place a's short page gives its last item settles where that
    // item stands before a's cursor is given (settleEnd); the two later calls may land in either order.
    const asked = await pagesAsked(server);
    expect(asked).toHaveLength(3);
    expect(asked).toEqual(
      expect.arrayContaining([
        { offset: '0', limit: '4' },
        { offset: '2', limit: '2' },
        { offset: '1', limit: '1' },
      ]),
    );
  });
});

describe("a playlist's first items beside its full object", () => {
  const server = useTestServer({ mode: 'extended' });

  it('come from the full playlist the request loads, not from a page call of their own', async () => {
    const token = await server.emu.token({ user: 'alice' });
    const listed = await server.query(MY_FIRST_PLAYLISTS, {}, { token });
    const id = listed.data?.me?.playlists?.nodes[1]?.spotifyId;
    expect(id).toBeTruthy();
    await server.clearLog();
    const answer = await server.query(MY_PLAYLISTS_AND_ONE, { id: id! }, { token });
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data?.me?.playlists?.nodes ?? [];
    const same = nodes.find((node) => node?.spotifyId === id);
    expect(same).toBeDefined();
    expect(same?.items?.totalCount).toBe(answer.data?.p?.items?.totalCount);
    const calls = await server.calls();
    expect(calls['GET /v1/playlists/{playlist_id}']).toBe(1);
    // One items page per other playlist of the first five; none for the one loaded in full.
    const itemPages =
      (calls['GET /v1/playlists/{playlist_id}/tracks'] ?? 0) +
      (calls['GET /v1/playlists/{playlist_id}/items'] ?? 0);
    expect(itemPages).toBe(nodes.filter((node) => node?.spotifyId !== id).length);
  });
});
