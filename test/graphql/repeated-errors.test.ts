import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { invalidDocument } from '../helpers/documents.js';
import { type GraphQLAnswer, type TestServer, useTestServer } from '../helpers/server.js';
import { sseSubscribe, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

/**
 * A failure repeated down a list is one error (issue 7): errors of one answer with the same code,
 * message and extensions at paths that differ only by list indexes are answered once, on the first
 * path, with `repeatedCount` (how many paths it stands for) and `repeated` (the first six of them),
 * whatever the executor (both vitest projects) and the transport (HTTP, SSE, graphql-ws).
 */

const FEATURES_4X = graphql(`
  query RepeatedErrorsFeatures($ids: [ID!]!) {
    a: tracks(ids: $ids) { spotifyId audioFeatures { tempo energy danceability } }
    b: tracks(ids: $ids) { spotifyId audioFeatures { tempo energy danceability } }
    c: tracks(ids: $ids) { spotifyId audioFeatures { tempo energy danceability } }
    d: tracks(ids: $ids) { spotifyId audioFeatures { tempo energy danceability } }
  }
`);

const ARTISTS_LOST_FIELDS = graphql(`
  query RepeatedErrorsArtists($ids: [ID!]!) {
    artists(ids: $ids) { name topTracks { name } relatedArtists { name } }
  }
`);

const TRACK_NAMES = graphql(`
  query RepeatedErrorsTrackNames($ids: [ID!]!) { tracks(ids: $ids) { name } }
`);

const FEATURES = graphql(`
  query RepeatedErrorsFeaturesOnce($ids: [ID!]!) { tracks(ids: $ids) { spotifyId audioFeatures { tempo } } }
`);

type Errors = GraphQLAnswer['errors'];

const trackIds = (t: TestServer, from: number, count: number): string[] =>
  [...t.emu.state.catalog.tracks.keys()].slice(from, from + count);

/** Each error as [path written with dots, code, repeatedCount]. */
const shapes = (errors: Errors) =>
  (errors ?? []).map((error) => [
    error.path?.join('.'),
    error.extensions?.code,
    error.extensions?.repeatedCount,
  ]);

describe('a failure repeated down a list is one error, Development Mode', () => {
  const server = useTestServer({ mode: 'development' });

  it('answers 4 aliases of 100 tracks { audioFeatures } with 4 errors, one per alias, not 400', async () => {
    const ids = trackIds(server, 0, 100);
    const answer = await server.query(FEATURES_4X, { ids });
    expect(shapes(answer.errors)).toEqual(
      ['a', 'b', 'c', 'd'].map((alias) => [
        `${alias}.0.audioFeatures`,
        'NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
        100,
      ]),
    );
    const first = answer.errors?.[0];
    expect(first?.extensions?.repeated).toEqual([0, 1, 2, 3, 4, 5].map((i) => ['a', i, 'audioFeatures']));
    expect(first?.message).toMatch(
      /^a\.audioFeatures is not available to apps in Development Mode .*; 99 more paths the same, each null: a\.1\.audioFeatures, a\.2\.audioFeatures, .* and \d+ more$/,
    );
    expect(first?.message.length).toBeLessThanOrEqual(300);
    // The entries keep their values; each one's audioFeatures is null as before.
    expect(answer.data?.d?.map((track) => track?.spotifyId)).toEqual(ids);
    expect(answer.data?.a?.every((track) => track?.audioFeatures === null)).toBe(true);
    // 117 KB of errors before; now the four errors weigh about as much as one.
    expect(JSON.stringify(answer.errors).length).toBeLessThan(4 * 1024);
  });

  it('keeps each child field its own error: topTracks and relatedArtists of every artist', async () => {
    const ids = [...server.emu.state.catalog.artists.keys()].slice(0, 3);
    const answer = await server.query(ARTISTS_LOST_FIELDS, { ids });
    expect(shapes(answer.errors)).toEqual([
      ['artists.0.topTracks', 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE', 3],
      ['artists.0.relatedArtists', 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE', 3],
    ]);
    expect(answer.errors?.[1]?.extensions?.repeated).toEqual(
      [0, 1, 2].map((i) => ['artists', i, 'relatedArtists']),
    );
    expect(answer.data?.artists?.map((artist) => artist?.name && artist.topTracks)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('keeps errors of different codes apart, and a list whose errors name ids to its own rule', async () => {
    const unknown = ['0000000000000000000000', '1111111111111111111111'];
    const answer = await server.query(TRACK_NAMES, { ids: [unknown[0]!, 'bad', unknown[1]!, 'bad!'] });
    expect(shapes(answer.errors)).toEqual([
      ['tracks.0', 'SPOTIFY_NOT_FOUND', undefined],
      ['tracks.1', 'BAD_USER_INPUT', undefined],
    ]);
    expect(answer.errors?.map((error) => error.extensions?.refusedCount)).toEqual([2, 2]);
  });

  it('says "1 more path the same, null" for one repeat, not "1 more paths ..., each null"', async () => {
    const answer = await server.query(FEATURES, { ids: trackIds(server, 130, 2) });
    expect(shapes(answer.errors)).toEqual([
      ['tracks.0.audioFeatures', 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE', 2],
    ]);
    expect(answer.errors?.[0]?.message).toMatch(/; 1 more path the same, null: tracks\.1\.audioFeatures$/);
  });

  it('keeps the count when long aliases overrun the bound: the path list and message are cut', async () => {
    for (const chars of [60, 150, 240, 290]) {
      const alias = `t${'x'.repeat(chars)}`;
      const answer = await server.query(
        invalidDocument(
          'an alias up to 291 characters long, built per case: no literal holds it',
          `query($ids: [ID!]!) { ${alias}: tracks(ids: $ids) { audioFeatures { tempo } } }`,
        ),
        { ids: trackIds(server, 140, 7) },
      );
      const message = answer.errors?.[0]?.message ?? '';
      expect(answer.errors).toHaveLength(1);
      expect(message.length).toBeLessThanOrEqual(300);
      expect(message).toMatch(/; 6 more paths the same, each null(: .*( and \d more)?)?$/);
      const named = message.match(/each null: (.*?)(?: and (\d) more)?$/);
      const listed = named?.[1]?.split(', ').length ?? 0;
      expect(listed + Number(named?.[2] ?? (listed > 0 ? 0 : 6))).toBe(6);
    }
  });

  it('leaves a single error as it was', async () => {
    const answer = await server.query(FEATURES, { ids: trackIds(server, 110, 1) });
    expect(shapes(answer.errors)).toEqual([
      ['tracks.0.audioFeatures', 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE', undefined],
    ]);
    expect(answer.errors?.[0]?.extensions).not.toHaveProperty('repeated');
  });
});

// Its own server: the client keeps the rate limit's Retry-After for every later call.
describe('a rate limit repeated down a list is one error', () => {
  const server = useTestServer({ mode: 'development' });

  it("answers a rate limit that hits every entry's call once, its retryAfter kept", async () => {
    const ids = trackIds(server, 100, 5);
    await server.emu.control('POST', '/faults', {
      route: 'GET /v1/tracks/{id}',
      status: 429,
      retryAfter: 40,
    });
    try {
      const answer = await server.query(TRACK_NAMES, { ids });
      expect(shapes(answer.errors)).toEqual([['tracks.0', 'SPOTIFY_RATE_LIMITED', 5]]);
      expect(answer.errors?.[0]?.extensions?.retryAfter).toBe(40);
      expect(answer.errors?.[0]?.message).toMatch(
        /; 4 more paths the same, each null: tracks\.1, tracks\.2, tracks\.3, tracks\.4$/,
      );
      expect(answer.data?.tracks).toEqual([null, null, null, null, null]);
    } finally {
      await server.emu.control('DELETE', '/faults');
    }
  });
});

describe('a failure repeated down a list is one error over every transport', () => {
  const server = useTestServer({ mode: 'development', listen: true });
  const closers: (() => unknown)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  it('answers the same one error over HTTP twice (no kept answer), SSE and graphql-ws', async () => {
    const ids = trackIds(server, 120, 3);
    const http = await server.query(FEATURES, { ids });
    expect(shapes(http.errors)).toEqual([['tracks.0.audioFeatures', 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE', 3]]);
    expect((await server.query(FEATURES, { ids })).errors).toEqual(http.errors);
    const sse = sseSubscribe(server.url, FEATURES, undefined, { ids });
    closers.push(() => sse.stop());
    const client = wsClient(server.url);
    closers.push(() => client.dispose());
    const ws = wsSubscribe(client, FEATURES, { ids });
    closers.push(() => ws.stop());
    for (const stream of [sse, ws]) {
      const event = await stream.nth(0);
      expect(event?.errors).toEqual(http.errors);
      expect(event?.data).toEqual(http.data);
    }
  });
});
