import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { type TimedLogEntry, timedCalls, useSlowSpotify, wavesOf } from '../helpers/waves.js';

/**
 * One request's Spotify calls in flight (REQUEST_SPOTIFY_CONCURRENCY) count HTTP calls, Development
 * Mode's one call per id included; the default leaves the widest common shapes their one round trip per
 * level. Read from the emulator's request timestamps under a latency on every route.
 */

const LATENCY_MS = 300;

/** The most calls the emulator held at one moment (each call from its arrival until its answer). */
function mostAtOnce(calls: readonly TimedLogEntry[]): number {
  return Math.max(
    0,
    ...calls.map(
      (call) => calls.filter((c) => c.receivedAt <= call.receivedAt && call.receivedAt < c.at).length,
    ),
  );
}

const WARM_UP = graphql(`query RequestConcurrencyWarm($id: ID!) { track(id: $id) { name } }`);
const useSlow = (server: TestServer) =>
  useSlowSpotify(server, LATENCY_MS, () =>
    server.query(WARM_UP, { id: [...server.emu.state.catalog.tracks.keys()][0]! }),
  );

const SIX_TRACKS = graphql(`query RequestConcurrencyTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }`);

describe('a request bound to 2 calls in flight, Development Mode', () => {
  const server = useTestServer({ mode: 'development', limits: { requestConcurrency: 2 } });
  const slowly = useSlow(server);

  it('sends six single-track calls two at a time: one batch of ids is six calls, not one slot', async () => {
    const ids = [...server.emu.state.catalog.tracks.keys()].slice(0, 6);
    await slowly();
    const answer = await server.query(SIX_TRACKS, { ids });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.tracks).toHaveLength(6);
    const calls = await timedCalls(server.emu);
    expect(calls.filter((call) => call.route === '/v1/tracks/{id}')).toHaveLength(6);
    expect(mostAtOnce(calls)).toBe(2);
    expect(wavesOf(calls)).toBe(3);
  });
});

describe('the default bound, Extended mode', () => {
  const server = useTestServer({ mode: 'extended' });
  const slowly = useSlow(server);

  it('sends 10 artists and their 10 albums pages in one round trip (11 calls at once)', async () => {
    const ids = [...server.emu.state.catalog.artists.keys()].filter((_, i) => i % 3 === 0).slice(0, 10);
    await slowly();
    const answer = await server.query(
      graphql(`
        query RequestConcurrencyArtistsAlbums($ids: [ID!]!) {
          artists(ids: $ids) { name albums(first: 5) { nodes { name } } }
        }
      `),
      { ids },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artists).toHaveLength(10);
    expect(await server.calls()).toEqual({ 'GET /v1/artists': 1, 'GET /v1/artists/{id}/albums': 10 });
    const calls = await timedCalls(server.emu);
    expect(mostAtOnce(calls)).toBe(11);
    expect(wavesOf(calls)).toBe(1);
  });

  it('sends 15 albums by id as one call of 15 ids in one round trip: a batch is one call, whatever the bound', async () => {
    const ids = [...server.emu.state.catalog.albums.keys()].slice(400, 415);
    await slowly();
    const answer = await server.query(
      graphql(`query RequestConcurrencyFifteenAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }`),
      { ids },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.albums).toHaveLength(15);
    const calls = await timedCalls(server.emu);
    expect(calls.map((call) => call.route)).toEqual(['/v1/albums']);
    expect(new URLSearchParams(calls[0]!.query).get('ids')?.split(',')).toHaveLength(15);
    expect(wavesOf(calls)).toBe(1);
  });

  it("sends an artist's 20 related artists' albums pages in one round trip (depth 2, v15 attack11 V3)", async () => {
    const id = [...server.emu.state.catalog.artists.keys()][0]!;
    await slowly();
    const answer = await server.query(
      graphql(`
        query RequestConcurrencyRelatedAlbums($id: ID!) {
          artist(id: $id) { relatedArtists { albums(first: 1) { nodes { name } } } }
        }
      `),
      { id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.relatedArtists).toHaveLength(20);
    expect(await server.calls()).toEqual({
      'GET /v1/artists/{id}/related-artists': 1,
      'GET /v1/artists/{id}/albums': 20,
    });
    const calls = await timedCalls(server.emu);
    expect(mostAtOnce(calls)).toBe(20);
    expect(wavesOf(calls)).toBe(2);
  });

  it("sends the albums pages of an album's 50 tracks' artists in one round trip (depth 2, v15 attack11 V3)", async () => {
    const { albums, tracks } = server.emu.state.catalog;
    const big = [...albums.values()].sort((a, b) => b.trackIds.length - a.trackIds.length)[0]!;
    const artists = new Set(big.trackIds.slice(0, 50).flatMap((track) => tracks.get(track)!.artistIds));
    expect(artists.size).toBeGreaterThan(12);
    await slowly();
    const answer = await server.query(
      graphql(`
        query RequestConcurrencyTrackArtistsAlbums($id: ID!) {
          album(id: $id) { tracks(first: 50) { nodes { artists { albums(first: 1) { nodes { name } } } } } }
        }
      `),
      { id: big.id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.tracks?.nodes).toHaveLength(50);
    expect(await server.calls()).toEqual({
      'GET /v1/albums': 1,
      'GET /v1/artists/{id}/albums': artists.size,
    });
    const calls = await timedCalls(server.emu);
    expect(mostAtOnce(calls)).toBe(artists.size);
    expect(wavesOf(calls)).toBe(2);
  });
});

describe('the default bound, Development Mode', () => {
  const server = useTestServer({ mode: 'development' });
  const slowly = useSlow(server);

  it('sends 12 single-album calls in one round trip: the request bound governs, no smaller one under it', async () => {
    const ids = [...server.emu.state.catalog.albums.keys()].slice(0, 12);
    await slowly();
    const answer = await server.query(
      graphql(`query RequestConcurrencyDevAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }`),
      { ids },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.albums).toHaveLength(12);
    expect(await server.calls()).toEqual({ 'GET /v1/albums/{id}': 12 });
    // The client's own single-call bound (manyConcurrency, 10) used to send 10, then 2.
    const calls = await timedCalls(server.emu);
    expect(mostAtOnce(calls)).toBe(12);
    expect(wavesOf(calls)).toBe(1);
  });

  it('sends 20 single-album calls and 30 single-track calls in one round trip each (v15 attack11 V3)', async () => {
    const { albums, tracks } = server.emu.state.catalog;
    const albumIds = [...albums.keys()].slice(100, 120);
    const trackIds = [...tracks.keys()].slice(100, 130);
    const ask = [
      () =>
        server.query(
          graphql(`query RequestConcurrencyDevTwentyAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }`),
          { ids: albumIds },
        ),
      () => server.query(SIX_TRACKS, { ids: trackIds }),
    ];
    const expected = [{ 'GET /v1/albums/{id}': 20 }, { 'GET /v1/tracks/{id}': 30 }];
    for (const [i, query] of ask.entries()) {
      await slowly();
      const answer = await query();
      expect(answer.errors).toBeUndefined();
      expect(await server.calls()).toEqual(expected[i]);
      const calls = await timedCalls(server.emu);
      expect(mostAtOnce(calls)).toBe(i === 0 ? 20 : 30);
      expect(wavesOf(calls)).toBe(1);
    }
  });
});
