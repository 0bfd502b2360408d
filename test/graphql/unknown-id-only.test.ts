/**
 * An unknown id is null with its not-found error whatever the selection (v13 attack on issue 7, X1): a
 * selection of only id fields and children that need only the id (`track(id:) { id audioAnalysis }`,
 * `artist(id:) { id albums }`, a list's window past the embedded page) answers as `{ id name }` does,
 * never as an existing object whose child failed. The object's load runs beside the children.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type GraphQLAnswer, type TestServer, useTestServer } from '../helpers/server.js';

const UNKNOWN = 'XXXXXXXXXXXXXXXXXXXXXX';

const TRACK = graphql(
  `query UnknownIdOnlyTrack($id: ID!) { track(id: $id) { id audioAnalysis { __typename } } }`,
);
const ARTISTS_TOP = graphql(
  `query UnknownIdOnlyArtistsTop($ids: [ID!]!) { artists(ids: $ids) { id topTracks { id } } }`,
);
const TRACKS = graphql(
  `query UnknownIdOnlyTracks($ids: [ID!]!) { tracks(ids: $ids) { id audioFeatures { tempo } } }`,
);
const NODE = graphql(
  `query UnknownIdOnlyNode($id: ID!) { node(id: $id) { id ... on Track { audioFeatures { tempo } } } }`,
);
const ARTIST_ALBUMS = graphql(
  `query UnknownIdOnlyArtistAlbums($id: ID!) { artist(id: $id) { id albums(first: 1) { totalCount } } }`,
);
const ARTIST_TOP = graphql(
  `query UnknownIdOnlyArtistTop($id: ID!) { artist(id: $id) { id topTracks { id } } }`,
);
const ALBUM = graphql(
  `query UnknownIdOnlyAlbum($id: ID!) { album(id: $id) { id tracks(offset: 50, first: 2) { totalCount } } }`,
);
const SHOW = graphql(
  `query UnknownIdOnlyShow($id: ID!) { show(id: $id) { id episodes(offset: 50, first: 2) { totalCount } } }`,
);
const PLAYLIST = graphql(
  `query UnknownIdOnlyPlaylist($id: ID!) { playlist(id: $id) { id items(offset: 100, first: 2) { totalCount } } }`,
);
const USER = graphql(
  `query UnknownIdOnlyUser($id: ID!) { user(id: $id) { id playlists(first: 1) { totalCount } } }`,
);
const CATEGORY = graphql(
  `query UnknownIdOnlyCategory($id: ID!) { category(id: $id) { id playlists(first: 1) { totalCount } } }`,
);

const TRACKS_ANALYSIS = graphql(
  `query UnknownIdOnlyTracksAnalysis($ids: [ID!]!) { tracks(ids: $ids) { id audioAnalysis { __typename } } }`,
);
const ARTIST_RELATED = graphql(
  `query UnknownIdOnlyArtistRelated($id: ID!) { artist(id: $id) { id relatedArtists { id } } }`,
);
const ARTISTS_RELATED = graphql(
  `query UnknownIdOnlyArtistsRelated($ids: [ID!]!) { artists(ids: $ids) { id relatedArtists { id } } }`,
);
const ARTISTS_ALBUMS = graphql(
  `query UnknownIdOnlyArtistsAlbums($ids: [ID!]!) { artists(ids: $ids) { id albums(first: 1) { totalCount } } }`,
);
const TRACK_ID_ALONE = graphql(`query UnknownIdOnlyTrackIdAlone($id: ID!) { track(id: $id) { id } }`);
const ARTISTS_ID_ALONE = graphql(
  `query UnknownIdOnlyArtistsIdAlone($ids: [ID!]!) { artists(ids: $ids) { id } }`,
);
const USER_ID_ALONE = graphql(`query UnknownIdOnlyUserIdAlone($id: ID!) { user(id: $id) { id } }`);
const CATEGORY_ID_ALONE = graphql(
  `query UnknownIdOnlyCategoryIdAlone($id: ID!) { category(id: $id) { id } }`,
);

const t = useTestServer({ mode: 'extended' });

/** The answer's errors as [path, code] pairs. */
const errorsOf = (answer: GraphQLAnswer<unknown>) =>
  (answer.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.code]);

describe('an unknown id whose selection needs only its id', () => {
  const cases: [string, TypedDocumentNode<Record<string, unknown>, { id: string }>, string, string][] = [
    ['track { id audioAnalysis }', TRACK as never, 'track', UNKNOWN],
    ['node { id audioFeatures }', NODE as never, 'node', `spotify:track:${UNKNOWN}`],
    ['artist { id albums }', ARTIST_ALBUMS as never, 'artist', UNKNOWN],
    ['artist { id topTracks }', ARTIST_TOP as never, 'artist', UNKNOWN],
    ['album { id tracks(offset: 50) }', ALBUM as never, 'album', UNKNOWN],
    ['show { id episodes(offset: 50) }', SHOW as never, 'show', UNKNOWN],
    ['playlist { id items(offset: 100) }', PLAYLIST as never, 'playlist', UNKNOWN],
    ['user { id playlists }', USER as never, 'user', 'nosuchuser123'],
    ['category { id playlists }', CATEGORY as never, 'category', 'nosuchcat'],
  ];
  it.each(cases)('%s is null with SPOTIFY_NOT_FOUND at the object', async (_case, document, field, id) => {
    const answer = await t.query(document, { id });
    expect(answer.data?.[field]).toBeNull();
    expect(errorsOf(answer)).toEqual([[field, 'SPOTIFY_NOT_FOUND']]);
  });

  it('tracks(ids:) { id audioFeatures } nulls the unknown entry alone', async () => {
    const known = [...t.emu.state.catalog.tracks.keys()][0]!;
    const answer = await t.query(TRACKS, { ids: [UNKNOWN, known] });
    expect(answer.data?.tracks?.[0]).toBeNull();
    expect(answer.data?.tracks?.[1]?.id).toBe(`spotify:track:${known}`);
    expect(errorsOf(answer)).toEqual([['tracks.0', 'SPOTIFY_NOT_FOUND']]);
  });

  it('a known id still answers with its children', async () => {
    const artist = [...t.emu.state.catalog.artists.keys()][0]!;
    const answer = await t.query(ARTIST_ALBUMS, { id: artist });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.id).toBe(`spotify:artist:${artist}`);
    expect(answer.data?.artist?.albums?.totalCount).toBeGreaterThan(0);
  });

  it("a list entry whose check fails is null with the check's error, and no rejection goes unhandled", async () => {
    // One unknown id makes its object loaded to check it; that load then fails (503): the entry is
    // null with that failure, as with { id } alone (v14 re-attack, R4); the known entry, whose child
    // answered, keeps its object. No entry's part of the failed load goes unhandled (v13 re-attack, K1).
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const known = [...t.emu.state.catalog.artists.keys()][0]!;
      await t.emu.control('POST', '/faults', { route: 'GET /v1/artists', status: 503 });
      const answer = await t.query(ARTISTS_TOP, { ids: [known, UNKNOWN] });
      expect(answer.data?.artists?.[0]?.id).toBe(`spotify:artist:${known}`);
      expect(answer.data?.artists?.[0]?.topTracks?.length).toBeGreaterThan(0);
      expect(answer.data?.artists?.[1]).toBeNull();
      expect(errorsOf(answer)).toEqual([['artists.1', 'SPOTIFY_UNAVAILABLE']]);
      // Rejections are reported once the microtasks and a macrotask have run.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await t.emu.control('DELETE', '/faults');
    }
  });
});

/** An unknown id of the form Spotify's ids have, other than UNKNOWN. */
const UNKNOWN_2 = '0000000000000000000000';

const NOT_IN_DEVELOPMENT = 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE';

interface LogEntry {
  method: string;
  route: string;
  path: string;
  query: string;
}

/** The Spotify calls since the log was cleared, as `METHOD path?query` (the token's left out), in order. */
async function callsMade(server: TestServer): Promise<string[]> {
  const log = (await server.emu.control('GET', '/requests')).json as { entries: LogEntry[] };
  return log.entries
    .filter((entry) => entry.route !== '/api/token')
    .map((entry) => `${entry.method} ${entry.path}${entry.query === '' ? '' : `?${entry.query}`}`);
}

/** Artists of the emulator's catalog with albums of their own (their albums page answers). */
const knownArtists = (server: TestServer): string[] =>
  [...server.emu.state.catalog.artists.values()].filter((a) => a.albumIds.length > 0).map((a) => a.id);

describe("an unknown id whose selected children Development Mode refuses without a call (v13 re-attack, X1')", () => {
  const d = useTestServer({ mode: 'development' });
  beforeEach(() => d.clearLog());

  const cases: [
    string,
    TypedDocumentNode<Record<string, unknown>, { id: string }>,
    string,
    string,
    string,
  ][] = [
    ['track { id audioAnalysis }', TRACK as never, 'track', UNKNOWN, `GET /v1/tracks/${UNKNOWN}`],
    [
      'node { id audioFeatures }',
      NODE as never,
      'node',
      `spotify:track:${UNKNOWN}`,
      `GET /v1/tracks/${UNKNOWN}`,
    ],
    ['artist { id topTracks }', ARTIST_TOP as never, 'artist', UNKNOWN, `GET /v1/artists/${UNKNOWN}`],
    [
      'artist { id relatedArtists }',
      ARTIST_RELATED as never,
      'artist',
      UNKNOWN,
      `GET /v1/artists/${UNKNOWN}`,
    ],
  ];
  it.each(cases)(
    '%s is null with SPOTIFY_NOT_FOUND, from one read of the object',
    async (_c, doc, field, id, call) => {
      const answer = await d.query(doc, { id });
      expect(answer.data?.[field]).toBeNull();
      expect(errorsOf(answer)).toEqual([[field, 'SPOTIFY_NOT_FOUND']]);
      expect(await callsMade(d)).toEqual([call]);
    },
  );

  it('tracks(ids:) { id audioAnalysis } nulls the unknown entry, as in Extended mode', async () => {
    const answer = await d.query(TRACKS_ANALYSIS, { ids: [UNKNOWN] });
    expect(answer.data?.tracks).toEqual([null]);
    expect(errorsOf(answer)).toEqual([['tracks.0', 'SPOTIFY_NOT_FOUND']]);
    expect(await callsMade(d)).toEqual([`GET /v1/tracks/${UNKNOWN}`]);
  });

  it('a known id keeps its object, with the refusal on the refused field alone', async () => {
    const known = knownArtists(d)[0]!;
    const answer = await d.query(ARTISTS_RELATED, { ids: [known, UNKNOWN] });
    expect(answer.data?.artists).toEqual([{ id: `spotify:artist:${known}`, relatedArtists: null }, null]);
    expect(errorsOf(answer)).toEqual([
      ['artists.0.relatedArtists', NOT_IN_DEVELOPMENT],
      ['artists.1', 'SPOTIFY_NOT_FOUND'],
    ]);
    expect((await callsMade(d)).sort()).toEqual(
      [`GET /v1/artists/${UNKNOWN}`, `GET /v1/artists/${known}`].sort(),
    );
  });

  /** Fault rules on the check's route: Spotify failing, the socket dropped. */
  const failures: [string, Record<string, unknown>][] = [
    ['a 500', { status: 500 }],
    ['a dropped socket', { drop: true }],
  ];
  /** A known id's check answered wrong (an unknown id's check is a 404 whatever its body). */
  const listFailures: [string, Record<string, unknown>][] = [
    ...failures,
    ['a non-JSON body', { body: 'non-json' }],
    ['an answer without its id', { set: { '/id': null } }],
    ['an answer of another type', { set: { '/type': 'track' } }],
  ];

  it.each(failures)(
    'track(id:) { id audioAnalysis } whose check meets %s answers as { id } alone (v14 re-attack, R4)',
    async (_case, rule) => {
      await d.emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', ...rule });
      try {
        const alone = await d.query(TRACK_ID_ALONE, { id: UNKNOWN });
        const answer = await d.query(TRACK, { id: UNKNOWN });
        expect(alone.data?.track).toBeNull();
        expect(errorsOf(alone)).toHaveLength(1);
        expect(answer.data?.track).toBeNull();
        expect(errorsOf(answer)).toEqual(errorsOf(alone));
      } finally {
        await d.emu.control('DELETE', '/faults');
      }
    },
  );

  it.each(listFailures)(
    'artists(ids:) { id relatedArtists } whose checks meet %s answers as { id } alone (v14 re-attack, R4)',
    async (_case, rule) => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      await d.emu.control('POST', '/faults', { route: 'GET /v1/artists/{id}', ...rule });
      try {
        const ids = [knownArtists(d)[5]!, UNKNOWN];
        const alone = await d.query(ARTISTS_ID_ALONE, { ids });
        const answer = await d.query(ARTISTS_RELATED, { ids });
        expect(alone.data?.artists).toEqual([null, null]);
        expect(answer.data?.artists).toEqual(alone.data?.artists);
        expect(errorsOf(answer)).toEqual(errorsOf(alone));
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(unhandled).toEqual([]);
      } finally {
        process.off('unhandledRejection', onUnhandled);
        await d.emu.control('DELETE', '/faults');
      }
    },
  );

  type ById = TypedDocumentNode<Record<string, unknown>, { id: string }>;
  const unreadable: [string, ById, ById, string, string][] = [
    ['user(id:) { id playlists }', USER as never, USER_ID_ALONE as never, 'user', 'nosuchuser999'],
    [
      'category(id:) { id playlists }',
      CATEGORY as never,
      CATEGORY_ID_ALONE as never,
      'category',
      'nosuchcat',
    ],
  ];
  it.each(unreadable)(
    "%s: the parent's read is refused too, so it is null with the refusal, as with { id } alone",
    async (_case, document, idAlone, field, id) => {
      const answer = await d.query(document, { id });
      expect(answer.data?.[field]).toBeNull();
      expect(errorsOf(answer)).toEqual([[field, NOT_IN_DEVELOPMENT]]);
      const alone = await d.query(idAlone, { id });
      expect(alone.data?.[field]).toBeNull();
      expect(errorsOf(alone)).toEqual(errorsOf(answer));
      expect(await callsMade(d)).toEqual([]);
    },
  );
});

/**
 * One unknown id in a list root makes only its own entry checked (v13 re-attack, X1c): the entries
 * whose child answered are not read again; the entries to check are read in one call of just them
 * where the app has a batch endpoint.
 */
function listChecks(mode: 'extended' | 'development'): void {
  const server = useTestServer({ mode });
  const ext = mode === 'extended';
  beforeEach(() => server.clearLog());

  /** The calls that read the artists themselves (not their albums pages). */
  const artistReads = async () => (await callsMade(server)).filter((call) => !call.includes('/albums'));
  const albumPages = async () => (await callsMade(server)).filter((call) => call.includes('/albums'));

  it('artists(ids: [three known, unknown]) { id albums } reads the unknown artist alone', async () => {
    const known = knownArtists(server).slice(0, 3);
    const answer = await server.query(ARTISTS_ALBUMS, { ids: [...known, UNKNOWN] });
    expect(answer.data?.artists?.map((artist) => artist?.id ?? null)).toEqual([
      ...known.map((id) => `spotify:artist:${id}`),
      null,
    ]);
    expect(errorsOf(answer)).toEqual([['artists.3', 'SPOTIFY_NOT_FOUND']]);
    expect(await albumPages()).toHaveLength(4);
    expect(await artistReads()).toEqual([
      ext ? `GET /v1/artists?ids=${UNKNOWN}` : `GET /v1/artists/${UNKNOWN}`,
    ]);
  });

  it('two unknown ids among known ones are checked together, the known ones never', async () => {
    const known = knownArtists(server).slice(3, 5);
    const answer = await server.query(ARTISTS_ALBUMS, { ids: [UNKNOWN, known[0]!, UNKNOWN_2, known[1]!] });
    expect(answer.data?.artists?.map((artist) => artist?.id ?? null)).toEqual([
      null,
      `spotify:artist:${known[0]}`,
      null,
      `spotify:artist:${known[1]}`,
    ]);
    // One SPOTIFY_NOT_FOUND for the list, on the first unknown id, naming the other (issue 7).
    expect(errorsOf(answer)).toEqual([['artists.0', 'SPOTIFY_NOT_FOUND']]);
    expect(answer.errors?.[0]?.extensions?.refused).toEqual([0, 2]);
    expect((await artistReads()).sort()).toEqual(
      ext
        ? [`GET /v1/artists?ids=${encodeURIComponent(`${UNKNOWN},${UNKNOWN_2}`)}`]
        : [`GET /v1/artists/${UNKNOWN}`, `GET /v1/artists/${UNKNOWN_2}`].sort(),
    );
  });
}

describe('an unknown id in a list root is checked alone, Extended mode (X1c)', () => listChecks('extended'));
describe('an unknown id in a list root is checked alone, Development Mode (X1c)', () =>
  listChecks('development'));
