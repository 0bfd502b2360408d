/**
 * A Spotify page whose `items` is null or not a list (a string, which would be walked per character)
 * is one typed SPOTIFY_UNAVAILABLE error on its connection field while the field's siblings answer,
 * never INTERNAL_SERVER_ERROR: for fetched offset pages (saved tracks, an artist's albums,
 * me.playlists), cursor pages (recently played) and a page a parent embeds (an album's tracks). The
 * emulator's `set` fault edits make `items` wrong in real answers.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;
let albumId: string;
let artistId: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  albumId = [...t.emu.state.catalog.albums.keys()][0]!;
  artistId = [...t.emu.state.catalog.artists.keys()][0]!;
});

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

const savedTracksQuery = graphql(
  `query PageItemsSavedTracks { me { displayName savedTracks(first: 60) { totalCount nodes { id } } } }`,
);
const savedTracksCountQuery = graphql(
  `query PageItemsSavedTracksCount { me { displayName savedTracks(first: 5) { totalCount } } }`,
);
const recentlyPlayedQuery = graphql(
  `query PageItemsRecentlyPlayed { me { displayName recentlyPlayed(first: 5) { nodes { playedAt } } } }`,
);
const myPlaylistsQuery = graphql(
  `query PageItemsMyPlaylists { me { displayName playlists(first: 5) { totalCount nodes { id } } } }`,
);
const artistAlbumsQuery = graphql(
  `query PageItemsArtistAlbums($id: ID!) { artist(id: $id) { name albums(first: 5) { nodes { id } } } }`,
);
const albumTracksQuery = graphql(
  `query PageItemsAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 3) { totalCount nodes { id } } } }`,
);

/** An answer's errors, its sibling's value and the connection's value, with the connection's path. */
interface Asked {
  errors: readonly { path?: readonly (string | number)[]; extensions?: unknown }[] | undefined;
  sibling: unknown;
  connection: unknown;
  path: (string | number)[];
}

interface Case {
  what: string;
  route: string;
  ask: () => Promise<Asked>;
}

const asMe = async (
  document: typeof savedTracksQuery | typeof savedTracksCountQuery,
  field: 'savedTracks',
): Promise<Asked> => {
  const answer = await t.query(document, {}, { token: alice });
  return {
    errors: answer.errors,
    sibling: answer.data?.me?.displayName,
    connection: answer.data?.me?.[field],
    path: ['me', field],
  };
};

const CASES: Case[] = [
  {
    what: 'saved tracks',
    route: 'GET /v1/me/tracks',
    ask: () => asMe(savedTracksQuery, 'savedTracks'),
  },
  {
    what: 'saved tracks asked for the count only',
    route: 'GET /v1/me/tracks',
    ask: () => asMe(savedTracksCountQuery, 'savedTracks'),
  },
  {
    what: 'recently played (a cursor page)',
    route: 'GET /v1/me/player/recently-played',
    ask: async () => {
      const answer = await t.query(recentlyPlayedQuery, {}, { token: alice });
      return {
        errors: answer.errors,
        sibling: answer.data?.me?.displayName,
        connection: answer.data?.me?.recentlyPlayed,
        path: ['me', 'recentlyPlayed'],
      };
    },
  },
  {
    what: 'me.playlists',
    route: 'GET /v1/me/playlists',
    ask: async () => {
      const answer = await t.query(myPlaylistsQuery, {}, { token: alice });
      return {
        errors: answer.errors,
        sibling: answer.data?.me?.displayName,
        connection: answer.data?.me?.playlists,
        path: ['me', 'playlists'],
      };
    },
  },
  {
    what: "an artist's albums",
    route: 'GET /v1/artists/{id}/albums',
    ask: async () => {
      const answer = await t.query(artistAlbumsQuery, { id: artistId }, { token: alice });
      return {
        errors: answer.errors,
        sibling: answer.data?.artist?.name,
        connection: answer.data?.artist?.albums,
        path: ['artist', 'albums'],
      };
    },
  },
];

/** The album's embedded first page of tracks, in the batch answer `album(id:)` reads. */
const albumTracks = async (): Promise<Asked> => {
  const answer = await t.query(albumTracksQuery, { id: albumId }, { token: alice });
  return {
    errors: answer.errors,
    sibling: answer.data?.album?.name,
    connection: answer.data?.album?.tracks,
    path: ['album', 'tracks'],
  };
};

/** Asks with no fault (the real answer), then with `set`: one typed error on the connection, siblings kept. */
async function expectConnectionError(
  ask: Case['ask'],
  route: string,
  set: Record<string, unknown>,
  extensions: Record<string, unknown>,
): Promise<void> {
  const real = await ask();
  expect(real.errors).toBeUndefined();
  expect(real.sibling).toEqual(expect.any(String));
  expect(real.connection).not.toBeNull();
  await t.emu.control('POST', '/faults', { route, set });
  const bad = await ask();
  expect(bad.sibling).toBe(real.sibling);
  expect(bad.connection).toBeNull();
  expect(bad.errors?.map((e) => e.path)).toEqual([bad.path]);
  expect(bad.errors?.[0]?.extensions).toMatchObject(extensions);
}

describe('a page whose items is null', () => {
  for (const c of CASES) {
    it(`answers ${c.what} as the connection's SPOTIFY_UNAVAILABLE (badValue), siblings intact`, async () => {
      await expectConnectionError(
        c.ask,
        c.route,
        { '/items': null },
        { code: 'SPOTIFY_UNAVAILABLE', badValue: true },
      );
    });
  }

  it("answers an album's embedded tracks as the connection's error, the album's name intact", async () => {
    await expectConnectionError(
      albumTracks,
      'GET /v1/albums',
      { '/albums/0/tracks/items': null },
      { code: 'SPOTIFY_UNAVAILABLE', badValue: true },
    );
  });
});

describe('a page whose items is a string', () => {
  for (const c of CASES) {
    it(`answers ${c.what} as the connection's SPOTIFY_UNAVAILABLE, siblings intact`, async () => {
      // A top-level `items` that is no list is refused where the client reads the answer already.
      await expectConnectionError(c.ask, c.route, { '/items': 'abc' }, { code: 'SPOTIFY_UNAVAILABLE' });
    });
  }

  it("answers an album's embedded tracks as one error, not one per character", async () => {
    await expectConnectionError(
      albumTracks,
      'GET /v1/albums',
      { '/albums/0/tracks/items': 'str' },
      { code: 'SPOTIFY_UNAVAILABLE', badValue: true },
    );
  });

  it("answers an album's embedded tracks page that is a string as the connection's error", async () => {
    await expectConnectionError(
      albumTracks,
      'GET /v1/albums',
      { '/albums/0/tracks': 'x' },
      { code: 'SPOTIFY_UNAVAILABLE', badValue: true },
    );
  });
});
