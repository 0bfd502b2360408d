/**
 * Spotify's answers of the wrong shape beyond a list that is no list: paging links and fields of the
 * wrong type (`next`/`previous` neither a link nor null, `limit`/`offset`/`total` no number where one
 * is needed, `cursors` no object) and batch answers whose list has another length than the ids asked.
 * Each is the field's typed SPOTIFY_UNAVAILABLE bad value whose message names the member and the fault
 * as the items' does ("Spotify sent an answer of the wrong shape: next is a number, not a link or
 * null"), never the value. The emulator's fault rules (`set`/`unset` edits) send each wrong shape.
 * Old code: `next: 5`, `previous: 5`, `limit: "20"`, `cursors: "x"`, an embedded or search page's
 * `next: 5` and 3 albums for 2 ids were answered as if right; `offset: "0"` was "a page at another
 * offset", a total "not a count", 1 album for 2 ids named the id it missed, a contains list of the
 * wrong length had no fault named.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const SAVED = graphql(`query WrongShapeFieldsSaved($first: Int!) {
  me { savedTracks(first: $first) { totalCount pageInfo { hasNextPage } edges { cursor } } }
}`);
const FOLLOWED = graphql(`query WrongShapeFieldsFollowed {
  me { followedArtists(first: 3) { pageInfo { hasNextPage } edges { cursor } } }
}`);
const RECENT = graphql(`query WrongShapeFieldsRecent {
  me { recentlyPlayed(first: 3) { pageInfo { hasNextPage } edges { cursor } } }
}`);
const ALBUM_TRACKS = graphql(`query WrongShapeFieldsAlbumTracks($id: ID!) {
  album(id: $id) { name tracks(first: 3) { edges { cursor } } }
}`);
const PLAYLIST_ITEMS = graphql(`query WrongShapeFieldsPlaylistItems($id: ID!) {
  playlist(id: $id) { name items(first: 2) { edges { cursor } } }
}`);
const SEARCH = graphql(`query WrongShapeFieldsSearch {
  search(query: "a", types: [TRACK], first: 3) { tracks { edges { cursor } } }
}`);
const ALBUMS = graphql(`query WrongShapeFieldsAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }`);
const TRACKS = graphql(`query WrongShapeFieldsTracks($ids: [ID!]!) { tracks(ids: $ids) { id } }`);
const ARTISTS = graphql(`query WrongShapeFieldsArtists($ids: [ID!]!) { artists(ids: $ids) { id } }`);
const CONTAINS = graphql(`query WrongShapeFieldsContains($uris: [ID!]!) {
  me { libraryContains(uris: $uris) }
}`);

const PLAYLIST = graphql(`query WrongShapeFieldsPlaylist($id: ID!) { playlist(id: $id) { name } }`);

const wrongShape = (fault: string) => `Spotify sent an answer of the wrong shape: ${fault}`;

type Errors = { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];

/** The answer's errors as [path, message, code, badValue]. */
const errorsOf = (errors: Errors | undefined) =>
  (errors ?? []).map((e) => [e.path, e.message, e.extensions?.code, e.extensions?.badValue]);

describe("an offset page's links and fields of the wrong type", () => {
  const FIRST_PAGE: [string, Record<string, unknown>, string][] = [
    ['next 5', { '/next': 5 }, 'next is a number, not a link or null'],
    ['next {}', { '/next': {} }, 'next is an object, not a link or null'],
    ['next ""', { '/next': '' }, 'next is an empty string, not a link or null'],
    ['next false', { '/next': false }, 'next is a boolean, not a link or null'],
    ['previous 5', { '/previous': 5 }, 'previous is a number, not a link or null'],
    ['previous []', { '/previous': [] }, 'previous is a list, not a link or null'],
    ['limit "20"', { '/limit': '20' }, 'limit is a string, not a number'],
    ['offset "0"', { '/offset': '0' }, 'offset is a string, not a number'],
    ['offset null', { '/offset': null }, 'offset is null, not a number'],
  ];

  it.each(FIRST_PAGE)(
    'the first page with %s: the connection is refused, naming the field',
    async (_n, set, fault) => {
      await t.fault('GET /v1/me/tracks', set);
      const answer = await t.query(SAVED, { first: 3 }, { token: t.alice });
      expect(answer.data?.me?.savedTracks).toBeNull();
      expect(errorsOf(answer.errors)).toEqual([
        [['me', 'savedTracks'], wrongShape(fault), BAD_VALUE.code, true],
      ]);
    },
  );

  const LATER_PAGE: [string, Record<string, unknown>, string][] = [
    ['next 5', { '/next': 5 }, 'next is a number, not a link or null'],
    ['limit "x"', { '/limit': 'x' }, 'limit is a string, not a number'],
    ['offset "50"', { '/offset': '50' }, 'offset is a string, not a number'],
  ];

  it.each(LATER_PAGE)(
    'the page at 50 with %s: the list breaks off there, naming the field',
    async (_n, set, fault) => {
      await t.fault('GET /v1/me/tracks', set, { query: { offset: '50' } });
      const answer = await t.query(SAVED, { first: 60 }, { token: t.alice });
      const edges = answer.data?.me?.savedTracks?.edges ?? [];
      expect(edges).toHaveLength(51);
      expect(edges[50]).toBeNull();
      expect(errorsOf(answer.errors)).toEqual([
        [['me', 'savedTracks', 'edges', 50], wrongShape(fault), BAD_VALUE.code, true],
      ]);
    },
  );

  it("an album's embedded page with next 5: its tracks are refused, the album answers", async () => {
    const album = [...t.emu.state.catalog.albums.values()][0]!;
    await t.fault('GET /v1/albums', { '/albums/0/tracks/next': 5 });
    const answer = await t.query(ALBUM_TRACKS, { id: album.id });
    expect(answer.data?.album).toEqual({ name: album.name, tracks: null });
    expect(errorsOf(answer.errors)).toEqual([
      [['album', 'tracks'], wrongShape('next is a number, not a link or null'), BAD_VALUE.code, true],
    ]);
  });

  it("a playlist's embedded page with next 5: its items are refused, the playlist answers", async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    await t.fault('GET /v1/playlists/{playlist_id}', { '/tracks/next': 5, '/items/next': 5 });
    const answer = await t.query(PLAYLIST_ITEMS, { id: playlist.id }, { token: t.alice });
    expect(answer.data?.playlist).toEqual({ name: playlist.name, items: null });
    expect(errorsOf(answer.errors)).toEqual([
      [['playlist', 'items'], wrongShape('next is a number, not a link or null'), BAD_VALUE.code, true],
    ]);
  });

  it('a search page with limit "x": that type is refused', async () => {
    await t.fault('GET /v1/search', { '/tracks/limit': 'x' });
    const answer = await t.query(SEARCH);
    expect(answer.data?.search?.tracks).toBeNull();
    expect(errorsOf(answer.errors)).toEqual([
      [['search', 'tracks'], wrongShape('limit is a string, not a number'), BAD_VALUE.code, true],
    ]);
  });
});

describe('a total that is no count', () => {
  it.each([
    ['"64"', '64', 'total is a string, not a number'],
    ['null', null, 'total is null, not a number'],
    ['-1', -1, 'total is a number that is no count (negative, fractional or too large)'],
  ] as const)('total %s: totalCount is refused naming it, the edges answer', async (_n, total, fault) => {
    await t.fault('GET /v1/me/tracks', { '/total': total });
    const answer = await t.query(SAVED, { first: 3 }, { token: t.alice });
    expect(answer.data?.me?.savedTracks?.edges).toHaveLength(3);
    expect(errorsOf(answer.errors)).toEqual([
      [['me', 'savedTracks', 'totalCount'], wrongShape(fault), BAD_VALUE.code, true],
    ]);
  });
});

describe("a cursor page's links and cursors of the wrong type", () => {
  const FOLLOWED_CASES: [string, Record<string, unknown>, string][] = [
    ['cursors "x"', { '/artists/cursors': 'x' }, 'cursors is a string, not an object or null'],
    ['cursors 5', { '/artists/cursors': 5 }, 'cursors is a number, not an object or null'],
    ['cursors []', { '/artists/cursors': [] }, 'cursors is a list, not an object or null'],
    ['next 5', { '/artists/next': 5 }, 'next is a number, not a link or null'],
    ['limit "x"', { '/artists/limit': 'x' }, 'limit is a string, not a number'],
  ];

  it.each(FOLLOWED_CASES)(
    'followed artists with %s: the artists answer, then the cut naming it',
    async (_n, set, fault) => {
      await t.fault('GET /v1/me/following', set);
      const answer = await t.query(FOLLOWED, {}, { token: t.alice });
      const edges = answer.data?.me?.followedArtists?.edges ?? [];
      expect(edges).toHaveLength(4);
      expect(edges[3]).toBeNull();
      expect(errorsOf(answer.errors)).toEqual([
        [['me', 'followedArtists', 'edges', 3], wrongShape(fault), BAD_VALUE.code, true],
      ]);
    },
  );

  it('recently played with cursors "x": the plays answer, then the cut naming it', async () => {
    await t.fault('GET /v1/me/player/recently-played', { '/cursors': 'x' });
    const answer = await t.query(RECENT, {}, { token: t.alice });
    const edges = answer.data?.me?.recentlyPlayed?.edges ?? [];
    expect(edges).toHaveLength(4);
    expect(edges[3]).toBeNull();
    expect(errorsOf(answer.errors)).toEqual([
      [
        ['me', 'recentlyPlayed', 'edges', 3],
        wrongShape('cursors is a string, not an object or null'),
        BAD_VALUE.code,
        true,
      ],
    ]);
  });
});

describe('a batch answer whose list has another length than the ids asked', () => {
  const catalog = () => t.emu.state.catalog;
  const CASES = [
    [
      'albums',
      '3 entries for 2',
      () => [...catalog().albums.keys()],
      ALBUMS,
      'GET /v1/albums',
      { '/albums/2': null },
      [],
    ],
    [
      'albums',
      '1 entry for 2',
      () => [...catalog().albums.keys()],
      ALBUMS,
      'GET /v1/albums',
      {},
      ['/albums/1'],
    ],
    [
      'tracks',
      '3 entries for 2',
      () => [...catalog().tracks.keys()],
      TRACKS,
      'GET /v1/tracks',
      { '/tracks/2': null },
      [],
    ],
    [
      'artists',
      '1 entry for 2',
      () => [...catalog().artists.keys()],
      ARTISTS,
      'GET /v1/artists',
      {},
      ['/artists/1'],
    ],
  ] as const;

  it.each(CASES)(
    '%s with %s ids: both null, one error naming the list and the counts, no id',
    async (key, counts, ids, doc, route, set, unset) => {
      const asked = ids().slice(0, 2);
      await t.fault(route, set, { unset: [...unset] });
      const answer = await t.query(doc as typeof ALBUMS, { ids: asked });
      expect(answer.data).toEqual({ [key]: [null, null] });
      expect(
        answer.errors?.map((e) => [
          e.path,
          e.extensions?.code,
          e.extensions?.badValue,
          e.extensions?.repeated,
        ]),
      ).toEqual([
        [
          [key, 0],
          BAD_VALUE.code,
          true,
          [
            [key, 0],
            [key, 1],
          ],
        ],
      ]);
      const message = answer.errors?.[0]?.message ?? '';
      expect(message.startsWith(wrongShape(`${key} has ${counts} ids asked;`))).toBe(true);
      for (const id of asked) expect(message).not.toContain(id);
    },
  );

  it('a contains answer with 1 boolean for 2 URIs names the list and the counts', async () => {
    const [a, b] = [...catalog().tracks.keys()].slice(0, 2) as [string, string];
    await t.fault('GET /v1/me/library/contains', {}, { unset: ['/1'] });
    await t.fault('GET /v1/me/tracks/contains', {}, { unset: ['/1'] });
    const answer = await t.query(
      CONTAINS,
      { uris: [`spotify:track:${a}`, `spotify:track:${b}`] },
      { token: t.alice },
    );
    expect(errorsOf(answer.errors)).toEqual([
      [['me', 'libraryContains'], wrongShape('the list has 1 entry for 2 items asked'), BAD_VALUE.code, true],
    ]);
  });
});

describe('an object read by id whose id is blank: named by kind, never quoted', () => {
  // Old code quoted up to 8 characters of Spotify's id raw: `id is "\u2028", not an id`.
  it.each([
    ['empty', '', 'id is an empty string, not an id'],
    ['white space', '   ', 'id is a blank string, not an id'],
    ['a line separator', '\u2028\u3000', 'id is a blank string, not an id'],
  ])('a playlist whose id is %s', async (_n, blank, fault) => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    await t.fault('GET /v1/playlists/{playlist_id}', { '/id': blank });
    const answer = await t.query(PLAYLIST, { id: playlist.id }, { token: t.alice });
    expect(answer.data?.playlist ?? null).toBeNull();
    expect(errorsOf(answer.errors)).toEqual([[['playlist'], wrongShape(fault), BAD_VALUE.code, true]]);
  });
});
