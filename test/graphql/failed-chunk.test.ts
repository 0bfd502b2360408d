/**
 * One failed call of a list asked over several Spotify calls fails only its own entries (issue 7, item
 * 3 and the v13 NN1 residual): the entries of the calls that were answered keep their answers, and the
 * failed call's entries are null, with the call's error once, on the first of them (README, "Partial
 * results": lists of ids keep one entry per id, a failed one null with its error; a failure repeated
 * down a list is one error, `repeatedCount`). Checked for the
 * batches by id of an Extended app (tracks, artists, albums, split at Spotify's 50 and 20), Development
 * Mode's one call per id, the contains checks split at their limits (`/me/tracks/contains` and
 * `/me/following/contains` at 50, Development Mode's `/me/library/contains` at 40), and playlist follow
 * checks (one call per playlist). Fault rules fail one chunk by its exact `ids`/`uris` parameter.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer, useUserToken } from '../helpers/server.js';

const TRACKS = graphql(`query FailedChunkTracks($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }`);
const ARTISTS = graphql(`query FailedChunkArtists($ids: [ID!]!) { artists(ids: $ids) { spotifyId } }`);
const ALBUMS = graphql(`query FailedChunkAlbums($ids: [ID!]!) { albums(ids: $ids) { spotifyId } }`);
const CONTAINS = graphql(`query FailedChunkContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }`);
const FOLLOWS = graphql(`query FailedChunkFollows($ids: [ID!]!) { me { followsArtists(ids: $ids) } }`);
const FOLLOWS_PLAYLISTS = graphql(`
  query FailedChunkFollowsPlaylists($a: ID!, $b: ID!) { me { a: followsPlaylist(id: $a) b: followsPlaylist(id: $b) } }
`);

type Errors =
  | readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[]
  | undefined;

/** The errors as `path code` (`path code xN` for one standing for N paths: repeatedCount), in path order. */
const errorsOf = (errors: Errors): string[] =>
  (errors ?? [])
    .map((e) => {
      const repeated = e.extensions?.repeatedCount;
      return `${e.path?.join('.')} ${e.extensions?.code}${repeated === undefined ? '' : ` x${repeated}`}`;
    })
    .sort();

/**
 * The one error of the entries from `from` up to (not including) `to`, all failed by one call: on the
 * first of them, standing for all (README, Partial results: a failure repeated down a list is one error).
 */
const expectedErrors = (path: string, from: number, to: number, code: string): string[] => [
  `${path}.${from} ${code}${to - from > 1 ? ` x${to - from}` : ''}`,
];

const first = (t: TestServer, kind: 'tracks' | 'artists' | 'albums', n: number): string[] =>
  [...t.emu.state.catalog[kind].keys()].slice(0, n);

/** Fails every call of `route` whose `param` is exactly `values` (one chunk) with a 500. */
const failChunk = (t: TestServer, route: string, param: string, values: readonly string[]) =>
  t.emu.control('POST', '/faults', { route, status: 500, query: { [param]: values.join(',') } });

describe('a failed chunk, Extended mode', () => {
  const t = useTestServer({ mode: 'extended' });
  const alice = useUserToken(t, 'alice');

  it('tracks(ids:) of 60 keeps the first chunk of 50 when the second fails (app token)', async () => {
    const ids = first(t, 'tracks', 60);
    await failChunk(t, 'GET /v1/tracks', 'ids', ids.slice(50));
    const answer = await t.query(TRACKS, { ids });
    expect(answer.data?.tracks?.slice(0, 50).map((track) => track?.spotifyId)).toEqual(ids.slice(0, 50));
    expect(answer.data?.tracks?.slice(50)).toEqual(Array(10).fill(null));
    expect(errorsOf(answer.errors)).toEqual(expectedErrors('tracks', 50, 60, 'SPOTIFY_UNAVAILABLE'));
  });

  it('a 404 of a whole chunk is the call failing, not "No track with id" for each id (v15 re-attack, RA5)', async () => {
    const ids = first(t, 'tracks', 60);
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/tracks',
      status: 404,
      query: { ids: ids.slice(50).join(',') },
    });
    const answer = await t.query(TRACKS, { ids });
    expect(answer.data?.tracks?.slice(0, 50).map((track) => track?.spotifyId)).toEqual(ids.slice(0, 50));
    expect(answer.data?.tracks?.slice(50)).toEqual(Array(10).fill(null));
    // Old code: SPOTIFY_NOT_FOUND "No track with id <id>" for each of the 10, which all exist.
    expect(errorsOf(answer.errors)).toEqual(expectedErrors('tracks', 50, 60, 'SPOTIFY_UNAVAILABLE'));
    for (const error of answer.errors ?? []) expect(error.message).not.toMatch(/No track with id/);
    // The only chunk answered 404: the same, not "Spotify has no such resource".
    const few = ids.slice(0, 3);
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/tracks',
      status: 404,
      query: { ids: few.join(',') },
    });
    const all = await t.query(TRACKS, { ids: few });
    expect(errorsOf(all.errors)).toEqual(expectedErrors('tracks', 0, 3, 'SPOTIFY_UNAVAILABLE'));
  });

  it('artists(ids:) of 60 keeps the second chunk when the first fails (user token)', async () => {
    const ids = first(t, 'artists', 60);
    await failChunk(t, 'GET /v1/artists', 'ids', ids.slice(0, 50));
    const answer = await t.query(ARTISTS, { ids }, { token: alice.token });
    expect(answer.data?.artists?.slice(0, 50)).toEqual(Array(50).fill(null));
    expect(answer.data?.artists?.slice(50).map((artist) => artist?.spotifyId)).toEqual(ids.slice(50));
    expect(errorsOf(answer.errors)).toEqual(expectedErrors('artists', 0, 50, 'SPOTIFY_UNAVAILABLE'));
  });

  it('albums(ids:) of 30 keeps the first chunk of 20 when the second fails', async () => {
    const ids = first(t, 'albums', 30);
    await failChunk(t, 'GET /v1/albums', 'ids', ids.slice(20));
    const answer = await t.query(ALBUMS, { ids });
    expect(answer.data?.albums?.slice(0, 20).map((album) => album?.spotifyId)).toEqual(ids.slice(0, 20));
    expect(answer.data?.albums?.slice(20)).toEqual(Array(10).fill(null));
    expect(errorsOf(answer.errors)).toEqual(expectedErrors('albums', 20, 30, 'SPOTIFY_UNAVAILABLE'));
  });

  it('libraryContains of 60 tracks keeps the first 50 answers when the second /me/tracks/contains fails', async () => {
    const ids = first(t, 'tracks', 60);
    await failChunk(t, 'GET /v1/me/tracks/contains', 'ids', ids.slice(50));
    const answer = await t.query(
      CONTAINS,
      { uris: ids.map((id) => `spotify:track:${id}`) },
      { token: alice.token },
    );
    const list = answer.data?.me?.libraryContains;
    expect(list?.slice(0, 50).every((entry) => typeof entry === 'boolean')).toBe(true);
    expect(list?.slice(50)).toEqual(Array(10).fill(null));
    expect(errorsOf(answer.errors)).toEqual(
      expectedErrors('me.libraryContains', 50, 60, 'SPOTIFY_UNAVAILABLE'),
    );
  });

  it('followsArtists of 60 keeps the first 50 answers when the second /me/following/contains fails', async () => {
    const ids = first(t, 'artists', 60);
    const followed = t.emu.state.user('alice').followedArtists;
    await failChunk(t, 'GET /v1/me/following/contains', 'ids', ids.slice(50));
    const answer = await t.query(FOLLOWS, { ids }, { token: alice.token });
    expect(answer.data?.me?.followsArtists?.slice(0, 50)).toEqual(
      ids.slice(0, 50).map((id) => followed.has(id)),
    );
    expect(answer.data?.me?.followsArtists?.slice(50)).toEqual(Array(10).fill(null));
    expect(errorsOf(answer.errors)).toEqual(
      expectedErrors('me.followsArtists', 50, 60, 'SPOTIFY_UNAVAILABLE'),
    );
  });

  it('followsPlaylist of two playlists keeps the one answered when the other check fails', async () => {
    const [a, b] = [...t.emu.state.user('alice').followedPlaylists.keys()];
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/playlists/{playlist_id}/followers/contains',
      status: 400,
      times: 1,
    });
    const answer = await t.query(FOLLOWS_PLAYLISTS, { a: a!, b: b! }, { token: alice.token });
    const values = [answer.data?.me?.a, answer.data?.me?.b];
    expect(values.filter((value) => value === true)).toHaveLength(1);
    expect(values.filter((value) => value === null)).toHaveLength(1);
    expect(
      answer.errors?.map((e) => [e.path?.[1] === (values[0] === null ? 'a' : 'b'), e.extensions?.code]),
    ).toEqual([[true, 'SPOTIFY_BAD_REQUEST']]);
  });
});

describe('a failed call, Development Mode', () => {
  const t = useTestServer({ mode: 'development' });
  const alice = useUserToken(t, 'alice', { app: 'development' });

  it('libraryContains of 50 keeps the first 40 answers when the second /me/library/contains fails', async () => {
    const uris = first(t, 'tracks', 50).map((id) => `spotify:track:${id}`);
    await failChunk(t, 'GET /v1/me/library/contains', 'uris', uris.slice(40));
    const answer = await t.query(CONTAINS, { uris }, { token: alice.token });
    const list = answer.data?.me?.libraryContains;
    expect(list?.slice(0, 40).every((entry) => typeof entry === 'boolean')).toBe(true);
    expect(list?.slice(40)).toEqual(Array(10).fill(null));
    expect(errorsOf(answer.errors)).toEqual(
      expectedErrors('me.libraryContains', 40, 50, 'SPOTIFY_UNAVAILABLE'),
    );
  });

  it("tracks(ids:) of 3, one call per id, keeps the two answered when one id's call fails", async () => {
    const ids = first(t, 'tracks', 3);
    await t.emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', status: 400, times: 1 });
    const answer = await t.query(TRACKS, { ids }, { token: alice.token });
    const tracks = answer.data?.tracks ?? [];
    const failed = tracks.indexOf(null);
    expect(failed).toBeGreaterThanOrEqual(0);
    expect(tracks.map((track) => track?.spotifyId ?? null)).toEqual(
      ids.map((id, i) => (i === failed ? null : id)),
    );
    expect(errorsOf(answer.errors)).toEqual([`tracks.${failed} SPOTIFY_BAD_REQUEST`]);
    expect(await t.calls()).toMatchObject({ 'GET /v1/tracks/{id}': 3 });
  });
});
