import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { startTestServer, useTestServer } from '../helpers/server.js';

const server = useTestServer({ mode: 'extended' });
let albumIds: string[];

beforeAll(async () => {
  albumIds = [...server.emu.state.catalog.albums.keys()].slice(0, 3);
});
beforeEach(async () => {
  await server.emu.control('DELETE', '/faults');
  await server.clearLog();
});

const UNKNOWN = '0000000000000000000000';
const ALBUM_NAME = graphql(`query GraphqlErrorsAlbumName($id: ID!) { album(id: $id) { name } }`);
const ME_NAME = graphql(`query GraphqlErrorsRateLimitedMe { me { displayName } }`);

describe('GraphQL errors', () => {
  it('answers a malformed document with a syntax error, calling nobody', async () => {
    const answer = await server.query(
      invalidDocument('a parse error on purpose', '{ album(id: "x" { name }'),
    );
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(await server.calls()).toEqual({});
  });

  it('refuses a malformed id with BAD_USER_INPUT before any Spotify call', async () => {
    const answer = await server.query(
      graphql(`query GraphqlErrorsAlbum { album(id: "not-an-id") { name } }`),
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain('not-an-id');
    expect(await server.calls()).toEqual({});
  });

  it('refuses a URI of the wrong type and a malformed market', async () => {
    const wrongType = await server.query(ALBUM_NAME, { id: `spotify:track:${albumIds[0]}` });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const market = await server.query(
      graphql(
        `query GraphqlErrorsAlbumInMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }`,
      ),
      { id: albumIds[0]!, market: 'sweden' },
    );
    expect(market.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await server.calls()).toEqual({});
  });

  it('refuses an out-of-range first with BAD_USER_INPUT', async () => {
    const answer = await server.query(
      graphql(
        `query GraphqlErrorsTooManyTracks($id: ID!) { album(id: $id) { tracks(first: 5000) { totalCount } } }`,
      ),
      { id: albumIds[0]! },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.path).toEqual(['album', 'tracks']);
  });

  it('gives an unknown id in a batch its own SPOTIFY_NOT_FOUND error and keeps the rest', async () => {
    const answer = await server.query(
      graphql(`query GraphqlErrorsAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }`),
      {
        ids: [albumIds[0]!, UNKNOWN, albumIds[1]!],
      },
    );
    const albums = (answer.data as { albums: ({ name: string } | null)[] }).albums;
    expect(albums[0]?.name).toBeTruthy();
    expect(albums[1]).toBeNull();
    expect(albums[2]?.name).toBeTruthy();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.path).toEqual(['albums', 1]);
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_NOT_FOUND');
  });

  it('keeps the rest of the response when one field fails', async () => {
    const answer = await server.query(
      graphql(
        `query GraphqlErrorsGoodAndBad($good: ID!, $bad: ID!) { good: album(id: $good) { name } bad: album(id: $bad) { name } }`,
      ),
      { good: albumIds[0]!, bad: UNKNOWN },
    );
    expect(answer.data?.good?.name).toBeTruthy();
    expect(answer.data?.bad).toBeNull();
  });

  it('maps persistent 5xx answers to SPOTIFY_UNAVAILABLE after the client retries', async () => {
    await server.emu.control('POST', '/faults', { route: 'GET /v1/albums', status: 503 });
    const answer = await server.query(ALBUM_NAME, { id: albumIds[1]! });
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect((await server.calls())['GET /v1/albums']).toBeGreaterThan(1);
  });

  it('recovers from a single dropped connection by retrying', async () => {
    await server.emu.control('POST', '/faults', { route: 'GET /v1/albums', drop: true, times: 1 });
    const answer = await server.query(ALBUM_NAME, { id: albumIds[0]! });
    expect(answer.errors).toBeUndefined();
  });

  it('maps a broken body from Spotify to a typed error, never a crash', async () => {
    await server.emu.control('POST', '/faults', { route: 'GET /v1/albums', body: 'non-json' });
    const answer = await server.query(ALBUM_NAME, { id: albumIds[0]! });
    expect(answer.status).toBe(200);
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
  });

  it('maps a long Spotify rate limit to SPOTIFY_RATE_LIMITED with retryAfter, without waiting', async () => {
    // Its own server: a long Retry-After pauses the whole client, as it should.
    const limited = await startTestServer({ mode: 'extended' });
    try {
      await limited.emu.control('POST', '/faults', {
        route: 'GET /v1/albums',
        status: 429,
        retryAfter: 600,
        times: 1,
      });
      const answer = await limited.query(ALBUM_NAME, { id: albumIds[2]! });
      const error = answer.errors?.[0];
      expect(error?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
      expect(error?.extensions?.retryAfter).toBe(600);
      expect(error?.extensions?.spotify).toMatchObject({ status: 429 });
      // While the pause lasts, calls fail at once without reaching Spotify.
      await limited.clearLog();
      const again = await limited.query(ALBUM_NAME, { id: albumIds[1]! });
      expect(again.errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
      expect(await limited.calls()).toEqual({});
    } finally {
      await limited.close();
    }
  });

  it("keeps Spotify's own words on its 429 in extensions.spotify.message, redacted, and the server's sentence in the message", async () => {
    // Each case with a caller's token of its own: a 429 pauses that token alone (Spotify's limit is per app).
    const token = await server.emu.token({ user: 'alice' });
    const cases = [
      {
        text: '{"error":{"status":429,"message":"API rate limit exceeded"}}',
        json: true,
        words: 'API rate limit exceeded',
      },
      { text: 'Too many requests from this app', json: false, words: 'Too many requests from this app' },
      { text: `Too many requests for ${token}`, json: false, words: 'Too many requests for [redacted]' },
    ];
    for (const { text, json, words } of cases) {
      await server.emu.control('POST', '/faults', {
        route: 'GET /v1/me',
        status: 429,
        retryAfter: 600,
        times: 1,
        text,
        contentType: json ? 'application/json' : 'text/plain',
      });
      const caller = await server.emu.token({ user: 'alice' });
      const answer = await server.query(ME_NAME, {}, { token: text.includes(token) ? token : caller });
      const error = answer.errors?.[0];
      expect(error?.message).toBe('Spotify rate limit: retry after 600 s');
      expect(error?.extensions).toMatchObject({
        code: 'SPOTIFY_RATE_LIMITED',
        retryAfter: 600,
        spotify: { status: 429, message: words, reason: null },
      });
      expect(JSON.stringify(answer)).not.toContain(token);
    }
  });

  it('answers UNAUTHENTICATED for an Authorization header that is not a bearer token', async () => {
    const response = await server.server.yoga.fetch('http://server.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: JSON.stringify({ query: documentText(graphql(`query GraphqlErrorsTypename { __typename }`)) }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED when Spotify refuses the user token', async () => {
    const answer = await server.query(ALBUM_NAME, { id: albumIds[0]! }, { token: 'revoked-or-made-up' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(answer)).not.toContain('revoked-or-made-up');
  });

  it("answers an expired bare token UNAUTHENTICATED with Spotify's own words in extensions.spotify (N4)", async () => {
    const token = await server.emu.token({ user: 'alice' });
    await server.emu.control('POST', '/tokens/expire', { token });
    const answer = await server.query(
      graphql(`query GraphqlErrorsExpiredMe { me { displayName } }`),
      {},
      { token },
    );
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error?.message).toBe(
      'The Spotify access token expired: get a new one (or sign in through the server)',
    );
    expect(error?.extensions?.spotify).toEqual({
      status: 401,
      message: 'The access token expired',
      reason: null,
    });
  });

  it('fails a field Development Mode apps lost with NOT_AVAILABLE_IN_DEVELOPMENT_MODE, keeping the rest', async () => {
    const dev = await startTestServer({ mode: 'development' });
    try {
      const artistId = [...dev.emu.state.catalog.artists.keys()][0]!;
      const answer = await dev.query(
        graphql(
          `query GraphqlErrorsTopTracks($id: ID!) { artist(id: $id) { name topTracks(market: "SE") { name } } }`,
        ),
        { id: artistId },
      );
      // topTracks is nullable: its failure keeps the artist (it nulled the whole artist once).
      expect((answer.data as { artist: { name: string; topTracks: null } }).artist).toEqual({
        name: expect.any(String),
        topTracks: null,
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE_IN_DEVELOPMENT_MODE');
      const ok = await dev.query(
        graphql(`query GraphqlErrorsArtistName($id: ID!) { artist(id: $id) { name } }`),
        {
          id: artistId,
        },
      );
      expect(ok.errors).toBeUndefined();
    } finally {
      await dev.close();
    }
  });

  it('marks the fields Development Mode lost as deprecated in the schema', async () => {
    const answer = await server.query(
      graphql(
        `query GraphqlErrorsType { __type(name: "Artist") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`,
      ),
    );
    const fields = (answer.data as { __type: { fields: { name: string; isDeprecated: boolean }[] } }).__type
      .fields;
    expect(fields.find((f) => f.name === 'topTracks')?.isDeprecated).toBe(true);
    expect(fields.find((f) => f.name === 'name')?.isDeprecated).toBe(false);
  });
});

describe('query limits', () => {
  it('refuses a query whose fan-out exceeds the complexity limit, before any Spotify call', async () => {
    const id = albumIds[0];
    await server.clearLog();
    const answer = await server.query(
      graphql(`query GraphqlErrorsFanOut($id: ID!) {
        album(id: $id) {
          tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { tracks(first: 500) { nodes { name } } } } } } }
        }
      }`),
      { id: id! },
    );
    expect((answer.data as { album: unknown } | null)?.album ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // The refusal names the setting that bounds it (v18 new user L2).
    expect(answer.errors?.[0]?.message).toMatch(/Spotify calls; MAX_QUERY_COST allows \d+/);
    expect(await server.calls()).toEqual({});
  });
});
