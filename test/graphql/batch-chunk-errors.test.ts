/**
 * A list asked in several Spotify calls whose calls ALL fail, in different ways, keeps each call's own
 * error on its own entries (s44 attack F1): a 20-id chunk of `albums(ids:)` answered 404 and the 5-id
 * chunk 403 "User not registered in the Developer Dashboard" were one SPOTIFY_UNAVAILABLE error for the
 * 404, "24 more paths the same", the 403's ids reported as the 404 (whichever chunk finished first won).
 * Checked for every batch route by id (albums at 20; tracks, artists, episodes, shows, audiobooks,
 * chapters at 50; audio features at 100) and the contains checks (split by kind and at 50). Fault rules
 * fail each chunk by its exact `ids` parameter, so which chunk gets which failure is fixed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { type TestServer, useTestServer, useUserToken } from '../helpers/server.js';

const ALBUMS = graphql(`query BatchChunkErrorsAlbums($ids: [ID!]!) { albums(ids: $ids) { spotifyId } }`);
const TRACKS = graphql(`query BatchChunkErrorsTracks($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }`);
const ARTISTS = graphql(`query BatchChunkErrorsArtists($ids: [ID!]!) { artists(ids: $ids) { spotifyId } }`);
const EPISODES = graphql(
  `query BatchChunkErrorsEpisodes($ids: [ID!]!) { episodes(ids: $ids, market: "US") { spotifyId } }`,
);
const SHOWS = graphql(
  `query BatchChunkErrorsShows($ids: [ID!]!) { shows(ids: $ids, market: "US") { spotifyId } }`,
);
const AUDIOBOOKS = graphql(
  `query BatchChunkErrorsAudiobooks($ids: [ID!]!) { audiobooks(ids: $ids, market: "US") { spotifyId } }`,
);
const CHAPTERS = graphql(
  `query BatchChunkErrorsChapters($ids: [ID!]!) { chapters(ids: $ids, market: "US") { spotifyId } }`,
);
const FEATURES = graphql(`
  query BatchChunkErrorsFeatures($a: [ID!]!, $b: [ID!]!) {
    a: tracks(ids: $a) { audioFeatures { danceability } }
    b: tracks(ids: $b) { audioFeatures { danceability } }
  }
`);
const CONTAINS = graphql(
  `query BatchChunkErrorsContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }`,
);

type Errors =
  | readonly {
      message: string;
      path?: readonly (string | number)[];
      extensions?: Record<string, unknown>;
    }[]
  | undefined;

/** The errors as `path code xN: message`, in path order (N: repeatedCount, 1 when absent). */
const errorsOf = (errors: Errors): string[] =>
  (errors ?? []).map(
    (e) => `${e.path?.join('.')} ${e.extensions?.code} x${e.extensions?.repeatedCount ?? 1}: ${e.message}`,
  );

/** `n` ids of Spotify's form that the emulator's catalog need not hold (every call asking them fails). */
const madeUpIds = (n: number, prefix: string): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(22 - prefix.length, '0')}`);

/** Fails every call of `route` whose `param` is exactly `values` (one chunk) as `fault` says. */
const failChunk = (
  t: TestServer,
  route: string,
  param: string,
  values: readonly string[],
  fault: Record<string, unknown>,
) => t.emu.control('POST', '/faults', { route, query: { [param]: values.join(',') }, ...fault });

const NOT_REGISTERED = 'User not registered in the Developer Dashboard';

describe('a list whose every call failed, each in its own way (Extended mode)', () => {
  const t = useTestServer({ mode: 'extended' });
  const alice = useUserToken(t, 'alice');

  beforeEach(async () => {
    await t.emu.control('DELETE', '/faults');
  });

  it('albums(ids:) of 25: the 20-id chunk keeps its 404, the 5-id chunk its 403 and its words', async () => {
    const ids = [...t.emu.state.catalog.albums.keys()].slice(0, 25);
    await failChunk(t, 'GET /v1/albums', 'ids', ids.slice(0, 20), { status: 404 });
    await failChunk(t, 'GET /v1/albums', 'ids', ids.slice(20), { status: 403, text: NOT_REGISTERED });
    const answer = await t.query(ALBUMS, { ids });
    expect(answer.data?.albums).toEqual(Array(25).fill(null));
    const errors = errorsOf(answer.errors);
    // Old code: one error, `albums.0 SPOTIFY_UNAVAILABLE x25` (or the 403 for all 25).
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^albums\.0 SPOTIFY_UNAVAILABLE x20: /);
    expect(errors[0]).not.toContain(NOT_REGISTERED);
    expect(errors[1]).toMatch(/^albums\.20 FORBIDDEN x5: /);
    expect(errors[1]).toContain(NOT_REGISTERED);
  });

  /** Each route's field, asked for `ids` with alice's token: its list and the answer's errors. */
  type Asked = Promise<{ list: unknown; errors: Errors }>;
  const ask =
    <R, V extends { ids: string[] }>(doc: GraphQLDocument<R, V>, name: string) =>
    async (ids: string[]): Asked => {
      const answer = await t.query(doc, { ids } as V, { token: alice.token });
      return {
        list: (answer.data as Record<string, unknown> | null | undefined)?.[name],
        errors: answer.errors,
      };
    };
  const routes = [
    { name: 'tracks', run: ask(TRACKS, 'tracks'), route: 'GET /v1/tracks', max: 50 },
    { name: 'artists', run: ask(ARTISTS, 'artists'), route: 'GET /v1/artists', max: 50 },
    { name: 'episodes', run: ask(EPISODES, 'episodes'), route: 'GET /v1/episodes', max: 50 },
    { name: 'shows', run: ask(SHOWS, 'shows'), route: 'GET /v1/shows', max: 50 },
    { name: 'audiobooks', run: ask(AUDIOBOOKS, 'audiobooks'), route: 'GET /v1/audiobooks', max: 50 },
    { name: 'chapters', run: ask(CHAPTERS, 'chapters'), route: 'GET /v1/chapters', max: 50 },
  ] as const;

  for (const { name, run, route, max } of routes) {
    it(`${name}(ids:) of ${max + 3}: a 500 chunk and a 403 chunk keep each its own error`, async () => {
      const ids = madeUpIds(max + 3, 'x');
      await failChunk(t, route, 'ids', ids.slice(0, max), { status: 500 });
      await failChunk(t, route, 'ids', ids.slice(max), { status: 403, text: 'Refusal B' });
      const answer = await run(ids);
      expect(answer.list).toEqual(Array(max + 3).fill(null));
      const errors = errorsOf(answer.errors);
      expect(errors).toHaveLength(2);
      expect(errors[0]).toMatch(new RegExp(`^${name}\\.0 SPOTIFY_UNAVAILABLE x${max}: `));
      expect(errors[0]).not.toContain('Refusal B');
      expect(errors[1]).toMatch(new RegExp(`^${name}\\.${max} FORBIDDEN x3: .*Refusal B`));
    });
  }

  it('audioFeatures of 103 tracks: the 100-id call and the 3-id call keep their own refusals', async () => {
    // Two fields of 60 and 43 tracks (100 a field at most): their features are one batch, split at 100.
    const ids = [...t.emu.state.catalog.tracks.keys()].slice(0, 103);
    expect(ids).toHaveLength(103);
    const route = 'GET /v1/audio-features';
    await failChunk(t, route, 'ids', ids.slice(0, 100), { status: 403, text: 'Refusal A' });
    await failChunk(t, route, 'ids', ids.slice(100), { status: 403, text: 'Refusal B' });
    const answer = await t.query(FEATURES, { a: ids.slice(0, 60), b: ids.slice(60) }, { token: alice.token });
    const features = [...(answer.data?.a ?? []), ...(answer.data?.b ?? [])];
    expect(features.map((track) => track?.audioFeatures ?? null)).toEqual(Array(103).fill(null));
    const errors = errorsOf(answer.errors);
    // Old code: all 103 paths said "Refusal A" (or all "Refusal B"): a.0 x60 and b.0 x43, one text.
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^a\.0\.audioFeatures FORBIDDEN x60: .*Refusal A/);
    expect(errors[1]).toMatch(/^b\.0\.audioFeatures FORBIDDEN x40: .*Refusal A/);
    expect(errors[2]).toMatch(/^b\.40\.audioFeatures FORBIDDEN x3: .*Refusal B/);
  });

  it('libraryContains of 53 tracks: the 50-id check and the 3-id check keep their own errors', async () => {
    const ids = [...t.emu.state.catalog.tracks.keys()].slice(0, 53);
    const route = 'GET /v1/me/tracks/contains';
    await failChunk(t, route, 'ids', ids.slice(0, 50), { status: 500 });
    await failChunk(t, route, 'ids', ids.slice(50), { status: 403, text: 'Refusal B' });
    const uris = ids.map((id) => `spotify:track:${id}`);
    const answer = await t.query(CONTAINS, { uris }, { token: alice.token });
    expect(answer.data?.me?.libraryContains).toEqual(Array(53).fill(null));
    const errors = errorsOf(answer.errors);
    // Old code: one error on me.libraryContains for the whole list.
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^me\.libraryContains\.0 SPOTIFY_UNAVAILABLE x50: /);
    expect(errors[0]).not.toContain('Refusal B');
    expect(errors[1]).toMatch(/^me\.libraryContains\.50 FORBIDDEN x3: .*Refusal B/);
  });

  it("a list whose calls all failed alike is still the field's one error", async () => {
    const ids = [...t.emu.state.catalog.albums.keys()].slice(0, 25);
    await t.emu.control('POST', '/faults', { route: 'GET /v1/albums', status: 500 });
    const answer = await t.query(ALBUMS, { ids });
    const errors = errorsOf(answer.errors);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^albums\.0 SPOTIFY_UNAVAILABLE x25: /);
  });
});
