import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startServerOn, type TestServer, useTestServer, useUserToken } from '../helpers/server.js';
import { ALBUMS_ALONE, SEARCH_ALONE, SEARCHES } from '../helpers/window-documents.js';

/**
 * Sibling windows of one list in one request that neither covers are one call for their union when it
 * fits one Spotify page (v13 attack on issue 11, B4), and a cursor window after a cursor inside a
 * sibling's page is cut from it (B5). Each window answers as it does alone. Read from the emulator's
 * request log: the calls and their offset and limit.
 */

/** The offset and limit of each call on `route` in the emulator's log, in order. */
async function windows(t: TestServer, route: string): Promise<string[]> {
  const log = (await t.emu.control('GET', '/requests')).json as {
    entries: { route: string; query: string }[];
  };
  return log.entries
    .filter((entry) => entry.route === route)
    .map((entry) => {
      const params = new URLSearchParams(entry.query);
      return `${params.get('offset') ?? '-'}+${params.get('limit')}`;
    });
}

const ARTIST_ALBUMS = graphql(`
  query SiblingWindowsAlbums($id: ID!) {
    artist(id: $id) {
      a: albums(first: 3) { nodes { spotifyId } pageInfo { hasNextPage } }
      b: albums(offset: 3, first: 3) { nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage } }
    }
  }
`);
const ALBUMS_A_ALONE = graphql(`
  query SiblingWindowsAlbumsFirstAlone($id: ID!) {
    artist(id: $id) { albums(first: 3) { nodes { spotifyId } } }
  }
`);
const FAR_APART = graphql(`
  query SiblingWindowsFarApart($id: ID!) {
    artist(id: $id) {
      a: albums(first: 2) { nodes { spotifyId } }
      b: albums(offset: 60, first: 2) { nodes { spotifyId } }
    }
  }
`);
const ALBUM_TRACKS = graphql(`
  query SiblingWindowsTracks($id: ID!) {
    album(id: $id) {
      a: tracks(offset: 50, first: 5) { nodes { spotifyId } }
      b: tracks(offset: 55, first: 5) { nodes { spotifyId } }
    }
  }
`);
const NEW_RELEASES = graphql(`
  query SiblingWindowsNewReleases {
    a: newReleases(first: 3) { nodes { spotifyId } }
    b: newReleases(offset: 2, first: 2) { nodes { spotifyId } }
  }
`);

for (const mode of ['extended', 'development'] as const) {
  describe(`sibling windows of a catalog list, ${mode} (v13 B4)`, () => {
    const t = useTestServer({ mode, appMode: mode });
    const prolific = () =>
      [...t.emu.state.catalog.artists.values()].sort((a, b) => b.albumIds.length - a.albumIds.length)[0]!.id;

    it("an artist's albums(first: 3) beside albums(offset: 3, first: 3): one call of 6", async () => {
      const id = prolific();
      const alone = await t.query(ALBUMS_ALONE, { id });
      await t.clearLog();
      const answer = await t.query(ARTIST_ALBUMS, { id });
      expect(answer.errors).toBeUndefined();
      const six = alone.data?.artist?.albums?.nodes ?? [];
      expect(six).toHaveLength(6);
      expect(answer.data?.artist?.a?.nodes).toEqual(six.slice(0, 3));
      expect(answer.data?.artist?.b?.nodes).toEqual(six.slice(3));
      expect(answer.data?.artist?.b?.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
      expect(await windows(t, '/v1/artists/{id}/albums')).toEqual(['0+6']);
    });

    it('a joined call that fails: each window asks its own page and answers as it does alone (v14 re-attack R2-1)', async () => {
      const id = prolific();
      const alone = await t.query(ALBUMS_ALONE, { id });
      // The page from 0 is not a page (its items no list): a failure a window from 3 does not meet.
      await t.emu.control('POST', '/faults', {
        route: 'GET /v1/artists/{id}/albums',
        set: { '/items': 5 },
        query: { offset: '0' },
      });
      await t.clearLog();
      const answer = await t.query(ARTIST_ALBUMS, { id });
      await t.emu.control('DELETE', '/faults');
      // a's own page (from 0) fails as the joined one did; b's own page (from 3) is answered.
      expect(answer.data?.artist?.a).toBeNull();
      expect(answer.errors?.map((error) => error.path)).toEqual([['artist', 'a']]);
      expect(answer.data?.artist?.b?.nodes).toEqual((alone.data?.artist?.albums?.nodes ?? []).slice(3));
      // The joined call first; then the two windows' own calls, which go out together.
      const calls = await windows(t, '/v1/artists/{id}/albums');
      expect([calls[0], calls.slice(1).sort()]).toEqual(['0+6', ['0+3', '3+3']]);
    });

    it('a joined call Spotify refuses for the list (404): every window has its error, no call of its own (v16 F7)', async () => {
      const id = prolific();
      await t.emu.control('POST', '/faults', { route: 'GET /v1/artists/{id}/albums', status: 404 });
      const aAlone = await t.query(ALBUMS_A_ALONE, { id });
      await t.clearLog();
      const answer = await t.query(ARTIST_ALBUMS, { id });
      await t.emu.control('DELETE', '/faults');
      expect(answer.data?.artist?.a).toBeNull();
      expect(answer.data?.artist?.b).toBeNull();
      const code = aAlone.errors?.[0]?.extensions?.code;
      expect(code).toBe('SPOTIFY_NOT_FOUND');
      expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['artist', 'a'], code],
        [['artist', 'b'], code],
      ]);
      expect(await windows(t, '/v1/artists/{id}/albums')).toEqual(['0+6']);
    });

    it('windows whose union is more than a page stay 2 calls', async () => {
      await t.clearLog();
      const answer = await t.query(FAR_APART, { id: prolific() });
      expect(answer.errors).toBeUndefined();
      expect(await windows(t, '/v1/artists/{id}/albums')).toEqual(['0+2', '60+2']);
    });

    it("an album's tracks past its embedded page at 50 and 55: one call of 10", async () => {
      const album = [...t.emu.state.catalog.albums.values()].find((a) => a.trackIds.length >= 60)!;
      await t.clearLog();
      const answer = await t.query(ALBUM_TRACKS, { id: album.id });
      expect(answer.errors).toBeUndefined();
      const ids = (nodes: ({ spotifyId: string | null } | null)[] | undefined) =>
        nodes?.map((n) => n?.spotifyId);
      expect(ids(answer.data?.album?.a?.nodes)).toEqual(album.trackIds.slice(50, 55));
      expect(ids(answer.data?.album?.b?.nodes)).toEqual(album.trackIds.slice(55, 60));
      expect(await windows(t, '/v1/albums/{id}/tracks')).toEqual(['50+10']);
    });

    it('search first: 3 beside offset: 3, first: 3: one call of 6', async () => {
      const alone = await t.query(SEARCH_ALONE);
      await t.clearLog();
      const answer = await t.query(SEARCHES);
      expect(answer.errors).toBeUndefined();
      const six = alone.data?.search?.tracks?.nodes ?? [];
      expect(six).toHaveLength(6);
      expect(answer.data?.a?.tracks?.nodes).toEqual(six.slice(0, 3));
      expect(answer.data?.b?.tracks?.nodes).toEqual(six.slice(3));
      expect(await windows(t, '/v1/search')).toEqual(['0+6']);
    });
  });
}

describe('a failed joined call of sibling windows at the call limit (v15 attack V1, v17 re-attack A2)', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'extended' });

  it('each window answers as alone when the allowance holds its own call, and the allowance is never passed', async () => {
    const id = [...t.emu.state.catalog.artists.values()].sort(
      (a, b) => b.albumIds.length - a.albumIds.length,
    )[0]!.id;
    const probe = await startServerOn(t.emu, { limits: { maxQueryCost: 1 } });
    const refused = await probe.query(ARTIST_ALBUMS, { id });
    await probe.close();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const estimate = refused.errors?.[0]?.extensions?.complexity as number;
    // The estimate counts one call per window: the joined call and its two fallbacks are one more.
    expect(estimate).toBe(2);
    const atLimit = await startServerOn(t.emu, { limits: { maxQueryCost: estimate } });
    const oneMore = await startServerOn(t.emu, { limits: { maxQueryCost: estimate + 1 } });
    try {
      const alone = await t.query(ALBUMS_ALONE, { id });
      // Not a page (a failure a window from 3 does not meet; a 400 would be the list's: every window's).
      await t.emu.control('POST', '/faults', {
        route: 'GET /v1/artists/{id}/albums',
        set: { '/items': 5 },
        query: { offset: '0' },
      });
      const aAlone = await t.query(ALBUMS_A_ALONE, { id });
      expect(aAlone.errors?.[0]?.extensions?.code).not.toBe('CALL_LIMIT_EXCEEDED');

      // With one call more than the estimate: a fails as it does alone (Spotify's error); b answers its items.
      await t.clearLog();
      const answer = await oneMore.query(ARTIST_ALBUMS, { id });
      expect(answer.data?.artist?.a).toBeNull();
      expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['artist', 'a'], aAlone.errors?.[0]?.extensions?.code],
      ]);
      expect(answer.data?.artist?.b?.nodes).toEqual((alone.data?.artist?.albums?.nodes ?? []).slice(3));
      const calls = await windows(t, '/v1/artists/{id}/albums');
      expect([calls[0], calls.slice(1).sort()]).toEqual(['0+6', ['0+3', '3+3']]);

      // At exactly the estimate the failed joined call stays counted: 2 calls, and the window left
      // without a call is refused CALL_LIMIT_EXCEEDED, never a third request.
      await t.clearLog();
      const capped = await atLimit.query(ARTIST_ALBUMS, { id });
      expect(await windows(t, '/v1/artists/{id}/albums')).toHaveLength(2);
      const codes = (capped.errors ?? []).map((error) => error.extensions?.code).sort();
      expect(codes).toEqual([aAlone.errors?.[0]?.extensions?.code, 'CALL_LIMIT_EXCEEDED'].sort());
    } finally {
      await t.emu.control('DELETE', '/faults');
      await atLimit.close();
      await oneMore.close();
    }
  });
});

describe('sibling windows of new releases, overlapping (v13 B4)', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'extended' });

  it('newReleases(first: 3) beside newReleases(offset: 2, first: 2): one call of 4', async () => {
    await t.clearLog();
    const answer = await t.query(NEW_RELEASES);
    expect(answer.errors).toBeUndefined();
    const three = answer.data?.a?.nodes ?? [];
    expect(three).toHaveLength(3);
    expect(answer.data?.b?.nodes.slice(0, 1)).toEqual(three.slice(2));
    expect(answer.data?.b?.nodes).toHaveLength(2);
    expect(await windows(t, '/v1/browse/new-releases')).toEqual(['0+4']);
  });
});

const FOLLOWED_HEAD = graphql(`
  query SiblingWindowsFollowedHead {
    me { followedArtists(first: 2) { nodes { spotifyId } pageInfo { endCursor } } }
  }
`);
const FOLLOWED = graphql(`
  query SiblingWindowsFollowed($after: String!) {
    me {
      a: followedArtists(first: 5) { nodes { spotifyId } }
      b: followedArtists(first: 2, after: $after) { nodes { spotifyId } pageInfo { hasNextPage endCursor } }
      c: followedArtists(first: 3, after: $after) { nodes { spotifyId } }
    }
  }
`);
const FOLLOWED_ADJACENT = graphql(`
  query SiblingWindowsFollowedAdjacent($after: String!) {
    me {
      a: followedArtists(first: 2) { nodes { spotifyId } }
      b: followedArtists(first: 3, after: $after) { nodes { spotifyId } pageInfo { hasNextPage } }
    }
  }
`);
const PLAYED_HEAD = graphql(`
  query SiblingWindowsPlayedHead {
    me { recentlyPlayed(first: 2) { nodes { playedAt } pageInfo { endCursor } } }
  }
`);
const PLAYED = graphql(`
  query SiblingWindowsPlayed($after: String!) {
    me {
      a: recentlyPlayed(first: 10) { nodes { playedAt track { spotifyId } } }
      b: recentlyPlayed(first: 3, after: $after) { nodes { playedAt track { spotifyId } } pageInfo { hasNextPage } }
    }
  }
`);

for (const mode of ['extended', 'development'] as const) {
  describe(`sibling windows of cursor lists, ${mode} (v13 B4, B5)`, () => {
    const t = useTestServer({ mode, appMode: mode });
    const alice = useUserToken(t, 'alice', { app: mode });
    const as = { token: '' };
    const run = async <R, V>(document: Parameters<typeof t.query<R, V>>[0], variables?: V) => {
      as.token = alice.token;
      const answer = await t.query(document, variables as never, as);
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };

    it('followedArtists after a cursor inside a sibling first: 5 page is cut from it: 1 call', async () => {
      const head = (await run(FOLLOWED_HEAD))?.me?.followedArtists;
      await t.clearLog();
      const me = (await run(FOLLOWED, { after: head?.pageInfo.endCursor ?? '' }))?.me;
      const five = me?.a?.nodes ?? [];
      expect(five.slice(0, 2)).toEqual(head?.nodes);
      expect(me?.b?.nodes).toEqual(five.slice(2, 4));
      expect(me?.c?.nodes).toEqual(five.slice(2, 5));
      expect(me?.b?.pageInfo.hasNextPage).toBe(true);
      expect(await windows(t, '/v1/me/following')).toEqual(['-+5']);
      // b's endCursor reads on as a cursor from its own call would.
      const after = await run(FOLLOWED_ADJACENT, { after: me?.b?.pageInfo.endCursor ?? '' });
      expect(after?.me?.b?.nodes.slice(0, 1)).toEqual(five.slice(4));
    });

    it('followedArtists(first: 2) beside the 3 after its end: one call of 5', async () => {
      const head = (await run(FOLLOWED_HEAD))?.me?.followedArtists;
      const alone = await run(FOLLOWED, { after: head?.pageInfo.endCursor ?? '' });
      await t.clearLog();
      const me = (await run(FOLLOWED_ADJACENT, { after: head?.pageInfo.endCursor ?? '' }))?.me;
      expect(me?.a?.nodes).toEqual(head?.nodes);
      expect(me?.b?.nodes).toEqual(alone?.me?.c?.nodes);
      expect(me?.b?.pageInfo.hasNextPage).toBe(true);
      expect(await windows(t, '/v1/me/following')).toEqual(['-+5']);
    });

    it('recentlyPlayed after a cursor inside a sibling first: 10 page is cut from it: 1 call', async () => {
      const head = (await run(PLAYED_HEAD))?.me?.recentlyPlayed;
      await t.clearLog();
      const me = (await run(PLAYED, { after: head?.pageInfo.endCursor ?? '' }))?.me;
      const ten = me?.a?.nodes ?? [];
      expect(ten.slice(0, 2).map((n) => n?.playedAt)).toEqual(head?.nodes.map((n) => n?.playedAt));
      expect(me?.b?.nodes).toEqual(ten.slice(2, 5));
      expect(me?.b?.pageInfo.hasNextPage).toBe(true);
      expect(await windows(t, '/v1/me/player/recently-played')).toEqual(['-+10']);
    });
  });
}

const SAVED_SIBLINGS = graphql(`
  query SiblingWindowsSaved {
    me {
      a: savedTracks(first: 5) { nodes { spotifyId } }
      b: savedTracks(first: 5, offset: 3) { nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage } }
      c: savedAlbums(first: 2) { nodes { spotifyId } }
      d: savedAlbums(first: 2, offset: 2) { nodes { spotifyId } }
    }
  }
`);
const SAVED_ALONE = graphql(`
  query SiblingWindowsSavedAlone {
    me { savedTracks(first: 8) { nodes { spotifyId } } savedAlbums(first: 4) { nodes { spotifyId } } }
  }
`);
const TOP_SIBLINGS = graphql(`
  query SiblingWindowsTop {
    me {
      a: topArtists(first: 3) { nodes { spotifyId } }
      b: topArtists(first: 3, offset: 3) { nodes { spotifyId } }
      c: topTracks(first: 4, timeRange: SHORT_TERM) { nodes { spotifyId } }
      d: topTracks(first: 3, offset: 3, timeRange: SHORT_TERM) { nodes { spotifyId } }
    }
  }
`);
const TOP_ALONE = graphql(`
  query SiblingWindowsTopAlone {
    me {
      topArtists(first: 6) { nodes { spotifyId } }
      topTracks(first: 6, timeRange: SHORT_TERM) { nodes { spotifyId } }
    }
  }
`);

for (const mode of ['extended', 'development'] as const) {
  describe(`sibling windows of saved and top items, ${mode} (issue 11)`, () => {
    const t = useTestServer({ mode, appMode: mode });
    const alice = useUserToken(t, 'alice', { app: mode });
    const run = async <R, V>(document: Parameters<typeof t.query<R, V>>[0]) => {
      const answer = await t.query(document, undefined as never, { token: alice.token });
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };

    it('savedTracks 0-4 beside 3-7, savedAlbums 0-1 beside 2-3: one call of each list', async () => {
      const alone = (await run(SAVED_ALONE))?.me;
      await t.clearLog();
      const me = (await run(SAVED_SIBLINGS))?.me;
      const tracks = alone?.savedTracks?.nodes ?? [];
      const albums = alone?.savedAlbums?.nodes ?? [];
      expect(tracks).toHaveLength(8);
      expect(albums).toHaveLength(4);
      expect(me?.a?.nodes).toEqual(tracks.slice(0, 5));
      expect(me?.b?.nodes).toEqual(tracks.slice(3, 8));
      expect(me?.b?.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
      expect(me?.c?.nodes).toEqual(albums.slice(0, 2));
      expect(me?.d?.nodes).toEqual(albums.slice(2, 4));
      expect(await windows(t, '/v1/me/tracks')).toEqual(['0+8']);
      expect(await windows(t, '/v1/me/albums')).toEqual(['0+4']);
    });

    it('topArtists 0-2 beside 3-5, topTracks 0-3 beside 3-5: one call of each list', async () => {
      const alone = (await run(TOP_ALONE))?.me;
      await t.clearLog();
      const me = (await run(TOP_SIBLINGS))?.me;
      const artists = alone?.topArtists?.nodes ?? [];
      const tracks = alone?.topTracks?.nodes ?? [];
      expect(artists).toHaveLength(6);
      expect(me?.a?.nodes).toEqual(artists.slice(0, 3));
      expect(me?.b?.nodes).toEqual(artists.slice(3, 6));
      expect(tracks).toHaveLength(6);
      expect(me?.c?.nodes).toEqual(tracks.slice(0, 4));
      expect(me?.d?.nodes).toEqual(tracks.slice(3, 6));
      expect(await windows(t, '/v1/me/top/artists')).toEqual(['0+6']);
      expect(await windows(t, '/v1/me/top/tracks')).toEqual(['0+6']);
    });
  });
}
