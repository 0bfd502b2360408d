/**
 * An unknown id is null with its not-found error whatever the selection (v13 attack on issue 7, X1): a
 * selection of only id fields and children that need only the id (`track(id:) { id audioAnalysis }`,
 * `artist(id:) { id albums }`, a list's window past the embedded page) answers as `{ id name }` does,
 * never as an existing object whose child failed. The object's load runs beside the children.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type GraphQLAnswer, useTestServer } from '../helpers/server.js';

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

  it("a list whose check fails answers with the children's errors and leaves no unhandled rejection", async () => {
    // One unknown id makes the list's objects loaded to check it; that load then fails (503): each
    // entry keeps its own child's answer, and no entry's part of the failed load goes unhandled
    // (it ended the whole process: v13 re-attack, K1).
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const known = [...t.emu.state.catalog.artists.keys()][0]!;
      await t.emu.control('POST', '/faults', { route: 'GET /v1/artists', status: 503 });
      const answer = await t.query(ARTISTS_TOP, { ids: [known, UNKNOWN] });
      expect(answer.data?.artists?.[0]?.id).toBe(`spotify:artist:${known}`);
      expect(answer.data?.artists?.[0]?.topTracks?.length).toBeGreaterThan(0);
      expect(errorsOf(answer)).toEqual([['artists.1.topTracks', 'SPOTIFY_NOT_FOUND']]);
      // Rejections are reported once the microtasks and a macrotask have run.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await t.emu.control('DELETE', '/faults');
    }
  });
});
