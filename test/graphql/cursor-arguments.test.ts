/**
 * Cursor and market arguments are checked before any Spotify call, and an error names the argument
 * the caller gave; an empty cursor page promises nothing; errors carry Spotify's answer only when
 * there was one, and word a 2xx Spotify could not be read as such.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice', { clearLog: true });

const FOLLOWED_NAMES = graphql(
  `query CursorArgumentsFollowed($first: Int, $after: String) { me { followedArtists(first: $first, after: $after) { nodes { name } } } }`,
);
const ALBUM_NAME = graphql(`query CursorArgumentsAlbum($id: ID!) { album(id: $id) { name } }`);

/** A base64url cursor of the offset connections (`offset:N`), as the server writes them. */
const offsetCursor = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64url');

describe('cursor arguments are checked before any Spotify call', () => {
  it('followedArtists refuses an after that is no artist id, with no call', async () => {
    const answer = await t.query(FOLLOWED_NAMES, { first: 5, after: '!!!garbage' }, { token: alice.token });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(Object.keys(await t.calls()).filter((route) => route.includes('following'))).toEqual([]);
  });

  it.each([0, 51, -1])(
    'the cursor lists take first from 1 to 50 as the README says: %i is BAD_USER_INPUT naming first, with no call',
    async (first) => {
      const answer = await t.query(
        graphql(
          `query CursorArgumentsFirstBounds($first: Int) { me { followedArtists(first: $first) { totalCount } recentlyPlayed(first: $first) { edges { cursor } } } }`,
        ),
        { first },
        { token: alice.token },
      );
      expect(answer.data?.me).toEqual({ followedArtists: null, recentlyPlayed: null });
      expect(answer.errors?.map((error) => error.extensions)).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'first' }),
        expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'first' }),
      ]);
      expect(answer.errors?.[0]?.message).toMatch(/between 1 and 50/);
      expect(await t.calls()).toEqual({});
    },
  );

  it('followedArtists continues from its own endCursor', async () => {
    const first = await t.query(
      graphql(
        `query CursorArgumentsEndCursor { me { followedArtists(first: 1) { pageInfo { endCursor } } } }`,
      ),
      {},
      { token: alice.token },
    );
    const after = first.data?.me?.followedArtists?.pageInfo.endCursor;
    expect(after).toEqual(expect.any(String));
    const next = await t.query(FOLLOWED_NAMES, { first: 1, after }, { token: alice.token });
    expect(next.errors).toBeUndefined();
  });

  const SAVED_TRACKS_AFTER = graphql(
    `query CursorArgumentsSavedTracks($after: String) { me { savedTracks(first: 1, after: $after) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`,
  );
  const SEARCH_AFTER = graphql(
    `query CursorArgumentsSearch($after: String) { search(query: "e", types: [TRACK, ALBUM], first: 5, after: $after) { tracks { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage } } albums { edges { cursor } pageInfo { hasNextPage } } } }`,
  );
  /** The end of a list, as a list answers after its last item: no edges, no next page. */
  const END = { totalCount: null, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } };

  it('the cursor of the furthest item a list reaches (100000) reads the list end: an empty page, no next one, no call', async () => {
    // New-user pass (issue 7): the server's own cursor was refused where a list at its end answers empty.
    const answer = await t.query(
      SAVED_TRACKS_AFTER,
      { after: offsetCursor(100_000) },
      { token: alice.token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.savedTracks).toEqual({ ...END, pageInfo: { ...END.pageInfo, endCursor: null } });
    expect(await t.calls()).toEqual({});
  });

  it("an album's tracks after the cursor of item 100000 read the list end too, with no call for the tracks", async () => {
    const album = [...t.emu.state.catalog.albums.keys()][0]!;
    const answer = await t.query(
      graphql(
        `query CursorArgumentsAlbumTracksEnd($id: ID!, $after: String) { album(id: $id) { tracks(first: 5, after: $after) { edges { cursor } pageInfo { hasNextPage } } } }`,
      ),
      { id: album, after: offsetCursor(100_000) },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.tracks).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
    expect(Object.keys(await t.calls()).filter((route) => route.includes('tracks'))).toEqual([]);
  });

  it('an after leading past the furthest item is refused naming after, not offset', async () => {
    const answer = await t.query(
      SAVED_TRACKS_AFTER,
      { after: offsetCursor(100_001) },
      { token: alice.token },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(answer.errors?.[0]?.message).not.toMatch(/offset/);
    expect(await t.calls()).toEqual({});
  });

  it("a search after the last result of Spotify's window (999) reads its end for every type: an empty page, no next one, no call", async () => {
    // New-user pass (issue 7): this was BAD_USER_INPUT, where playlists answer an empty page at their end.
    const answer = await t.query(SEARCH_AFTER, { after: offsetCursor(999) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search).toEqual({
      tracks: END,
      albums: { edges: [], pageInfo: { hasNextPage: false } },
    });
    expect(await t.calls()).toEqual({});
  });

  it("a search after leading past the end of Spotify's window is refused naming after", async () => {
    const answer = await t.query(SEARCH_AFTER, { after: offsetCursor(1000) });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(await t.calls()).toEqual({});
  });
});

describe('markets and empty cursor pages', () => {
  it('market "from_token" without a user is refused before the call', async () => {
    const album = [...t.emu.state.catalog.albums.keys()][0]!;
    const answer = await t.query(
      graphql(
        `query CursorArgumentsMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }`,
      ),
      { id: album, market: 'from_token' },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'market' });
    expect(await t.calls()).toEqual({});
  });

  it('followedArtists under endless empty pages: no edges but the error, no endCursor, no next page', async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/following', paging: 'endless-empty' });
    const answer = await t.query(
      graphql(
        `query CursorArgumentsEmptyPages { me { followedArtists(first: 5) { edges { cursor } pageInfo { hasNextPage endCursor } } } }`,
      ),
      {},
      { token: alice.token },
    );
    // An empty first page beside a total that counts artists is Spotify's bad value, never a silent end.
    expect(answer.errors?.map((e) => [e.path, e.extensions?.badValue])).toEqual([
      [['me', 'followedArtists', 'edges', 0], true],
    ]);
    expect(answer.data).toEqual({
      me: { followedArtists: { edges: [null], pageInfo: { hasNextPage: false, endCursor: null } } },
    });
  });
});

describe('what an error says of Spotify', () => {
  it('a read that got no answer (a dropped connection) carries no extensions.spotify', async () => {
    const album = [...t.emu.state.catalog.albums.keys()][2]!;
    await t.emu.control('POST', '/faults', { route: 'GET /v1/albums', drop: true });
    const answer = await t.query(ALBUM_NAME, { id: album });
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect(answer.errors?.[0]?.extensions).not.toHaveProperty('spotify');
  });

  it('a write answered 201 with a body that is not JSON says so, and that it may have applied', async () => {
    await t.emu.control('POST', '/faults', {
      route: 'POST /v1/me/playlists',
      status: 201,
      text: 'created!',
      contentType: 'application/json',
      apply: true,
    });
    await t.emu.control('POST', '/faults', {
      route: 'POST /v1/users/{user_id}/playlists',
      status: 201,
      text: 'created!',
      contentType: 'application/json',
      apply: true,
    });
    const answer = await t.query(
      graphql(
        `mutation CursorArgumentsCreatePlaylist { createPlaylist(name: "Unread") { playlist { id } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'SPOTIFY_UNAVAILABLE',
      mayHaveApplied: true,
    });
    expect(answer.errors?.[0]?.message).toMatch(/could not be read, and the change may have been applied/);
  });

  it('a 200 whose body is not JSON is worded as an answer that could not be read', async () => {
    const album = [...t.emu.state.catalog.albums.keys()][1]!;
    await t.emu.control('POST', '/faults', { route: 'GET /v1/albums', status: 200, body: 'non-json' });
    const answer = await t.query(ALBUM_NAME, { id: album });
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect(answer.errors?.[0]?.message).not.toMatch(/answered with an error/);
    expect(answer.errors?.[0]?.message).toMatch(/could not be read/);
  });
});
