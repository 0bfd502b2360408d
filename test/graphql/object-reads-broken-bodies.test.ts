/**
 * Every GET the GraphQL server makes owes an object (or, for the player's state, an object or
 * nothing): a 2xx answer whose body is not JSON, empty, JSON `null`, a JSON list or a JSON string is
 * Spotify's unreadable or wrong-shaped answer, the field that read it null with one typed
 * SPOTIFY_UNAVAILABLE error at its path, its siblings answered, and the body's text never passed on
 * (s37, issue 7 item 4). A table over the routes: each case's fault rule answers only its route, and
 * the request log shows the route was asked. A guard: it also passes on the code before s37.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { TypedDocumentNode } from '../helpers/documents.js';
import { type GraphQLAnswer, useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
});

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
  await t.clearLog();
});

/** The 2xx bodies no object read can take, each with the content type it is sent with. */
const BODIES: [name: string, text: string, contentType: string][] = [
  ['a body that is not JSON, labelled JSON', '<html>Service is up</html>', 'application/json'],
  ['plain text', 'Service is up', 'text/plain'],
  ['an empty body', '', 'application/json'],
  ['JSON null', 'null', 'application/json'],
  ['a JSON list', '["Service is up"]', 'application/json'],
  ['a JSON string', '"Service is up"', 'application/json'],
];

const catalog = () => t.emu.state.catalog;
const nth = <T>(keys: Iterable<T>, n: number): T => [...keys][n]!;

type Read = [
  route: string,
  /** The path of the field that reads the route. */
  path: string,
  run: () => Promise<GraphQLAnswer<unknown>>,
];

/** `document` run as alice with `variables`. */
const asAlice = <R, V>(document: TypedDocumentNode<R, V>, variables: V) =>
  t.query(document, variables as never, { token: alice });

/** One GraphQL read per GET route the server makes; each selects `__typename` beside it (a sibling). */
const READS: Read[] = [
  [
    'GET /v1/albums',
    'album',
    () =>
      asAlice(graphql(`query BrokenBodiesAlbum($id: ID!) { __typename album(id: $id) { name } }`), {
        id: nth(catalog().albums.keys(), 2),
      }),
  ],
  [
    'GET /v1/albums/{id}/tracks',
    'album.tracks',
    () =>
      asAlice(
        graphql(
          `query BrokenBodiesAlbumTracks($id: ID!) { __typename album(id: $id) { name tracks(first: 2, offset: 60) { totalCount } } }`,
        ),
        { id: [...catalog().albums.values()].find((a) => a.trackIds.length > 80)!.id },
      ),
  ],
  [
    'GET /v1/artists',
    'artist',
    () =>
      asAlice(graphql(`query BrokenBodiesArtist($id: ID!) { __typename artist(id: $id) { name } }`), {
        id: nth(catalog().artists.keys(), 2),
      }),
  ],
  [
    'GET /v1/artists/{id}/albums',
    'artist.albums',
    () =>
      asAlice(
        graphql(
          `query BrokenBodiesArtistAlbums($id: ID!) { __typename artist(id: $id) { name albums(first: 2) { totalCount } } }`,
        ),
        { id: nth(catalog().artists.keys(), 3) },
      ),
  ],
  [
    'GET /v1/artists/{id}/top-tracks',
    'artist.topTracks',
    () =>
      asAlice(
        graphql(
          `query BrokenBodiesTopTracks($id: ID!) { __typename artist(id: $id) { name topTracks { name } } }`,
        ),
        { id: nth(catalog().artists.keys(), 4) },
      ),
  ],
  [
    'GET /v1/tracks',
    'track',
    () =>
      asAlice(graphql(`query BrokenBodiesTrack($id: ID!) { __typename track(id: $id) { name } }`), {
        id: nth(catalog().tracks.keys(), 2),
      }),
  ],
  [
    'GET /v1/shows',
    'show',
    () =>
      asAlice(graphql(`query BrokenBodiesShow($id: ID!) { __typename show(id: $id) { name } }`), {
        id: nth(catalog().shows.keys(), 1),
      }),
  ],
  [
    'GET /v1/episodes',
    'episode',
    () =>
      asAlice(graphql(`query BrokenBodiesEpisode($id: ID!) { __typename episode(id: $id) { name } }`), {
        id: nth(catalog().episodes.keys(), 2),
      }),
  ],
  [
    'GET /v1/search',
    'search',
    () =>
      asAlice(
        graphql(
          `query BrokenBodiesSearch { __typename search(query: "a", types: [TRACK]) { tracks { totalCount } } }`,
        ),
        {},
      ),
  ],
  [
    'GET /v1/playlists/{playlist_id}',
    'playlist',
    () =>
      asAlice(graphql(`query BrokenBodiesPlaylist($id: ID!) { __typename playlist(id: $id) { name } }`), {
        id: [...catalog().playlists.values()].find((p) => p.ownerId === 'alice')!.id,
      }),
  ],
  [
    'GET /v1/me',
    'me.displayName',
    () => asAlice(graphql(`query BrokenBodiesMe { __typename me { displayName } }`), {}),
  ],
  [
    'GET /v1/me/tracks',
    'me.savedTracks',
    () =>
      asAlice(
        graphql(`query BrokenBodiesSavedTracks { __typename me { savedTracks(first: 2) { totalCount } } }`),
        {},
      ),
  ],
  [
    'GET /v1/me/playlists',
    'me.playlists',
    () =>
      asAlice(
        graphql(`query BrokenBodiesMyPlaylists { __typename me { playlists(first: 2) { totalCount } } }`),
        {},
      ),
  ],
  [
    'GET /v1/me/player/recently-played',
    'me.recentlyPlayed',
    () =>
      asAlice(
        graphql(
          `query BrokenBodiesRecentlyPlayed { __typename me { recentlyPlayed(first: 2) { edges { cursor } } } }`,
        ),
        {},
      ),
  ],
  [
    'GET /v1/me/player/devices',
    'me.player.devices',
    () => asAlice(graphql(`query BrokenBodiesDevices { __typename me { player { devices { name } } } }`), {}),
  ],
  [
    'GET /v1/me/player/queue',
    'me.player.queue',
    () =>
      asAlice(
        graphql(`query BrokenBodiesQueue { __typename me { player { queue { items { __typename } } } } }`),
        {},
      ),
  ],
  [
    'GET /v1/markets',
    'markets',
    () => asAlice(graphql(`query BrokenBodiesMarkets { __typename markets }`), {}),
  ],
];

/** Player reads that may answer nothing (no playback): every other body is still refused. */
const PLAYER_READS: Read[] = [
  [
    'GET /v1/me/player',
    'me.player.state',
    () =>
      asAlice(graphql(`query BrokenBodiesState { __typename me { player { state { isPlaying } } } }`), {}),
  ],
  [
    'GET /v1/me/player/currently-playing',
    'me.player.currentlyPlaying',
    () =>
      asAlice(
        graphql(
          `query BrokenBodiesCurrentlyPlaying { __typename me { player { currentlyPlaying { isPlaying } } } }`,
        ),
        {},
      ),
  ],
];

const CASES = [...READS, ...PLAYER_READS].flatMap(([route, path, run]) =>
  BODIES.map(([body, text, contentType]) => ({ route, path, run, body, text, contentType })),
);

/** The value at the dotted `path` of `data` (undefined where a step is missing). */
const at = (data: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], data);

describe('a 2xx body that is no object, on every GET the server makes', () => {
  it.each(CASES)('$route answered $body', async ({ route, path, run, body, text, contentType }) => {
    const idle = text === '' && PLAYER_READS.some(([each]) => each === route);
    await t.emu.control('POST', '/faults', { route, text, contentType });
    const answer = await run();
    expect((await t.calls())[route], 'the route was asked').toBeGreaterThan(0);
    expect(answer.data).toMatchObject({ __typename: 'Query' });
    expect(at(answer.data, path) ?? null).toBeNull();
    if (idle) {
      // Spotify's answer for no playback (its 204 with no body): nothing plays, no error.
      expect(answer.errors, body).toBeUndefined();
      return;
    }
    expect(answer.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      [path, 'SPOTIFY_UNAVAILABLE'],
    ]);
    expect(JSON.stringify(answer)).not.toContain('Service is up');
  });
});
