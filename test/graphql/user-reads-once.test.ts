import { describe, expect, it } from 'vitest';
import { playAlbum } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer, useUserToken } from '../helpers/server.js';
import { timedCalls, useSlowSpotify, wavesOf } from '../helpers/waves.js';

/**
 * The user's reads (the "contains" checks and the player's) go through the request's loads (issue 11,
 * v13 attack B1, B6, B8, B9): the same read asked twice in one request is one call, checks of one kind
 * are one call with all their ids, `followsPlaylist` needs no `GET /me`, `player { state
 * currentlyPlaying }` is one `GET /me/player`, and under `me` they start beside the profile (one round
 * trip, read from the emulator's timestamps under a latency on every route). Exact calls from the
 * emulator's request log; the `no-jit` project runs the same file under graphql-js.
 */

/** Latency on every Spotify route: wide enough that calls sent together overlap on a loaded machine. */
const LATENCY_MS = 300;

/** The calls of the last request as `METHOD path?query`, in the order they came, sorted for comparison. */
const callsOf = async (server: TestServer): Promise<string[]> =>
  (await timedCalls(server.emu)).map((c) => `${c.method} ${c.path}${c.query ? `?${c.query}` : ''}`).sort();

const tracksOf = (server: TestServer, n: number): string[] =>
  [...server.emu.state.catalog.tracks.keys()].slice(0, n);
const artistsOf = (server: TestServer, n: number): string[] =>
  [...server.emu.state.catalog.artists.keys()].slice(0, n);

const SAME_CHECK_TWICE = graphql(`
  query UserReadsSameCheckTwice($uris: [ID!]!, $artists: [ID!]!) {
    a: me { x: libraryContains(uris: $uris) followsArtists(ids: $artists) }
    b: me { y: libraryContains(uris: $uris) z: followsArtists(ids: $artists) }
  }
`);

const CHECKS_OF_ONE_KIND = graphql(`
  query UserReadsChecksOfOneKind($one: [ID!]!, $two: [ID!]!, $artists: [ID!]!, $user: ID!) {
    me {
      a: libraryContains(uris: $one)
      b: libraryContains(uris: $two)
      followsArtists(ids: $artists)
      followsUsers(ids: [$user])
    }
  }
`);

/** CHECKS_OF_ONE_KIND for 3 tracks (one, then two), 2 artists and the user bob, with `token`. */
async function askChecksOfOneKind(server: TestServer, token: string) {
  const [t1, t2, t3] = tracksOf(server, 3);
  const artists = artistsOf(server, 2);
  const answer = await server.query(
    CHECKS_OF_ONE_KIND,
    {
      one: [`spotify:track:${t1}`],
      two: [`spotify:track:${t2}`, `spotify:track:${t3}`],
      artists,
      user: 'bob',
    },
    { token },
  );
  return { t1, t2, t3, artists, answer };
}

const FOLLOWS_PLAYLIST = graphql(`
  query UserReadsFollowsPlaylist($id: ID!) { me { a: followsPlaylist(id: $id) b: followsPlaylist(id: $id) } }
`);

const PLAYER_TWICE = graphql(`
  query UserReadsPlayerTwice {
    a: me { player { devices { name } queue { items { __typename } } c: currentlyPlaying { isPlaying } } }
    b: me { player { devices { id } queue { currentlyPlaying { __typename } } d: currentlyPlaying { progressMs } } }
  }
`);

const STATE_AND_PLAYING = graphql(`
  query UserReadsStateAndPlaying {
    me { player { state { isPlaying } currentlyPlaying { isPlaying progressMs currentlyPlayingType item { ... on Track { id } ... on Episode { id } } } } }
  }
`);

const PLAYING_ALONE = graphql(`
  query UserReadsPlayingAlone {
    me { player { currentlyPlaying { isPlaying currentlyPlayingType item { ... on Track { id } ... on Episode { id } } } } }
  }
`);

const STATE_AND_PLAYING_UNDER_TWO_ME = graphql(`
  query UserReadsStateAndPlayingUnderTwoMe {
    a: me { player { state { isPlaying item { ... on Track { id } } } } }
    b: me { displayName player { currentlyPlaying { isPlaying item { ... on Track { id } } } } }
  }
`);

graphql(`fragment UserReadsPlayerState on Me { x: player { state { isPlaying } } }`);
graphql(`fragment UserReadsPlayerPlaying on Me { y: player { currentlyPlaying { isPlaying } } }`);
const STATE_AND_PLAYING_IN_FRAGMENTS = graphql(`
  query UserReadsStateAndPlayingInFragments { me { ...UserReadsPlayerState ...UserReadsPlayerPlaying } }
`);

const STATE_AND_PLAYING_IN_TWO_MARKETS = graphql(`
  query UserReadsStateAndPlayingInTwoMarkets {
    a: me { player { state(market: "SE") { isPlaying } } }
    b: me { player { currentlyPlaying(market: "DE") { isPlaying } } }
  }
`);

const PROFILE_PLAYER_CHECKS = graphql(`
  query UserReadsProfilePlayerChecks($uris: [ID!]!, $artists: [ID!]!, $playlist: ID!) {
    me {
      displayName
      player { devices { name } state { isPlaying } }
      libraryContains(uris: $uris)
      followsArtists(ids: $artists)
      followsUsers(ids: ["bob"])
      followsPlaylist(id: $playlist)
    }
  }
`);

describe('user reads, Extended mode', () => {
  const server = useTestServer({ mode: 'extended' });
  const alice = useUserToken(server, 'alice', { clearLog: true });

  it('sends a check asked in two fields under two `me` aliases once', async () => {
    const uris = [`spotify:track:${tracksOf(server, 1)[0]}`];
    const artists = artistsOf(server, 1);
    const answer = await server.query(SAME_CHECK_TWICE, { uris, artists }, { token: alice.token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.a?.x).toEqual(answer.data?.b?.y);
    expect(answer.data?.a?.followsArtists).toEqual(answer.data?.b?.z);
    expect(await callsOf(server)).toEqual([
      `GET /v1/me/following/contains?type=artist&ids=${artists[0]}`,
      `GET /v1/me/tracks/contains?ids=${tracksOf(server, 1)[0]}`,
    ]);
  });

  it('sends the checks of one kind in one call with all their ids', async () => {
    const { t1, t2, t3, artists, answer } = await askChecksOfOneKind(server, alice.token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.b).toHaveLength(2);
    expect(await callsOf(server)).toEqual(
      [
        `GET /v1/me/tracks/contains?ids=${[t1, t2, t3].join('%2C')}`,
        `GET /v1/me/following/contains?type=artist&ids=${artists.join('%2C')}`,
        'GET /v1/me/following/contains?type=user&ids=bob',
      ].sort(),
    );
  });

  it('checks a followed playlist in one call without GET /me', async () => {
    const followed = [...server.emu.state.user('alice').followedPlaylists.keys()][0]!;
    const answer = await server.query(FOLLOWS_PLAYLIST, { id: followed }, { token: alice.token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me).toEqual({ a: true, b: true });
    expect(await callsOf(server)).toEqual([`GET /v1/playlists/${followed}/followers/contains`]);
  });

  it('reads devices, queue and currently playing once under two `me` aliases', async () => {
    await playAlbum(server.emu, alice.token);
    await server.clearLog();
    const answer = await server.query(PLAYER_TWICE, {}, { token: alice.token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.a?.player.devices?.length).toBe(answer.data?.b?.player.devices?.length);
    expect(await callsOf(server)).toEqual([
      'GET /v1/me/player/currently-playing?additional_types=track%2Cepisode',
      'GET /v1/me/player/devices',
      'GET /v1/me/player/queue',
    ]);
  });

  it('answers state and currentlyPlaying from one GET /me/player, as the route of its own answers', async () => {
    await playAlbum(server.emu, alice.token);
    const alone = await server.query(PLAYING_ALONE, {}, { token: alice.token });
    await server.clearLog();
    const both = await server.query(STATE_AND_PLAYING, {}, { token: alice.token });
    expect(both.errors).toBeUndefined();
    expect(await callsOf(server)).toEqual(['GET /v1/me/player?additional_types=track%2Cepisode']);
    const playing = both.data?.me?.player.currentlyPlaying;
    expect(playing?.isPlaying).toBe(true);
    expect(playing?.progressMs).toEqual(expect.any(Number));
    expect({ ...playing, progressMs: undefined }).toEqual({
      ...alone.data?.me?.player.currentlyPlaying,
      progressMs: undefined,
    });
  });

  it('answers state and currentlyPlaying under two `me` aliases from one GET /me/player (issue 11, F2)', async () => {
    await playAlbum(server.emu, alice.token);
    await server.clearLog();
    const answer = await server.query(STATE_AND_PLAYING_UNDER_TWO_ME, {}, { token: alice.token });
    expect(answer.errors).toBeUndefined();
    const playing = answer.data?.b?.player.currentlyPlaying;
    expect(playing?.isPlaying).toBe(true);
    expect(playing?.item).toEqual(answer.data?.a?.player.state?.item);
    expect(await callsOf(server)).toEqual([
      'GET /v1/me',
      'GET /v1/me/player?additional_types=track%2Cepisode',
    ]);
  });

  it('answers state and currentlyPlaying in two aliased `player`s of two fragments from one GET /me/player', async () => {
    await playAlbum(server.emu, alice.token);
    await server.clearLog();
    const answer = await server.query(STATE_AND_PLAYING_IN_FRAGMENTS, {}, { token: alice.token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me).toMatchObject({
      x: { state: { isPlaying: true } },
      y: { currentlyPlaying: { isPlaying: true } },
    });
    expect(await callsOf(server)).toEqual(['GET /v1/me/player?additional_types=track%2Cepisode']);
  });

  it('reads currentlyPlaying from its own route when the state is asked only in another market', async () => {
    await playAlbum(server.emu, alice.token);
    await server.clearLog();
    const answer = await server.query(STATE_AND_PLAYING_IN_TWO_MARKETS, {}, { token: alice.token });
    expect(answer.errors).toBeUndefined();
    expect(await callsOf(server)).toEqual([
      'GET /v1/me/player/currently-playing?additional_types=track%2Cepisode&market=DE',
      'GET /v1/me/player?additional_types=track%2Cepisode&market=SE',
    ]);
  });

  it('still answers currentlyPlaying from its own route for a token that may not read the state', async () => {
    const limited = await server.emu.token({ user: 'alice', scopes: ['user-read-currently-playing'] });
    await playAlbum(server.emu, alice.token);
    await server.clearLog();
    const answer = await server.query(STATE_AND_PLAYING, {}, { token: limited });
    expect(answer.data?.me?.player.currentlyPlaying?.isPlaying).toBe(true);
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['me', 'player', 'state'], 'FORBIDDEN'],
    ]);
    expect(await callsOf(server)).toEqual([
      'GET /v1/me/player/currently-playing?additional_types=track%2Cepisode',
      'GET /v1/me/player?additional_types=track%2Cepisode',
    ]);
  });
});

describe('user reads, Development Mode', () => {
  const server = useTestServer({ mode: 'development' });
  const alice = useUserToken(server, 'alice', { app: 'development', clearLog: true });

  it('sends checks of every kind in one /me/library/contains call', async () => {
    const { t1, t2, t3, artists, answer } = await askChecksOfOneKind(server, alice.token);
    expect(answer.errors).toBeUndefined();
    const uris = [
      `spotify:track:${t1}`,
      `spotify:track:${t2}`,
      `spotify:track:${t3}`,
      ...artists.map((id) => `spotify:artist:${id}`),
      'spotify:user:bob',
    ];
    expect(await callsOf(server)).toEqual([
      `GET /v1/me/library/contains?uris=${encodeURIComponent(uris.join(','))}`,
    ]);
  });
});

describe('user reads under `me` start beside the profile', () => {
  const server = useTestServer({ mode: 'extended' });
  const alice = useUserToken(server, 'alice');
  const slowly = useSlowSpotify(server, LATENCY_MS, () =>
    server.query(graphql(`query UserReadsWarm { markets }`)),
  );

  it('me { displayName player checks } takes one round trip', async () => {
    const playlist = [...server.emu.state.user('alice').followedPlaylists.keys()][0]!;
    const variables = {
      uris: [`spotify:track:${tracksOf(server, 1)[0]}`],
      artists: artistsOf(server, 1),
      playlist,
    };
    await slowly();
    const answer = await server.query(PROFILE_PLAYER_CHECKS, variables, { token: alice.token });
    expect(answer.errors).toBeUndefined();
    const calls = await timedCalls(server.emu);
    expect(calls.map((c) => c.path).sort()).toEqual(
      [
        '/v1/me',
        '/v1/me/player/devices',
        '/v1/me/player',
        '/v1/me/tracks/contains',
        '/v1/me/following/contains',
        '/v1/me/following/contains',
        `/v1/playlists/${playlist}/followers/contains`,
      ].sort(),
    );
    expect(wavesOf(calls)).toBe(1);
  });
});
