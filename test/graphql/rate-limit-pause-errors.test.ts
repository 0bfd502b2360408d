import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, type GraphQLDocument } from '../helpers/documents.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const ALBUM = graphql(`query PauseErrorsAlbum($id: ID!) { album(id: $id) { name } }`);
const ME = graphql(`query PauseErrorsMe { me { displayName } }`);
const SEVERAL = graphql(`
  query PauseErrorsSeveral($id: ID!) {
    __typename
    album(id: $id) { name }
    search(query: "love", types: [TRACK], first: 2) { tracks { totalCount } }
    me { displayName savedTracks(first: 1) { totalCount } }
  }
`);

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** One operation over HTTP on the server's real port. */
async function post<R, V>(
  t: TestServer,
  document: GraphQLDocument<R, V>,
  variables: V,
  token?: string,
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(t.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: documentText(document), variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/**
 * README "Errors": `extensions.spotify` is there only when Spotify answered. During Spotify's
 * rate-limit pause the server sends nothing; the calls it held back fail with SPOTIFY_RATE_LIMITED and
 * `retryAfter`, without a Spotify answer they never had (attacker pass v2, F14).
 */
describe('errors during the rate-limit pause', () => {
  let t: TestServer;
  let ids: string[];
  beforeEach(async () => {
    t = await startTestServer({ mode: 'extended', listen: true });
    ids = [...t.emu.state.catalog.albums.keys()].slice(0, 4);
  });
  afterEach(() => t.close());

  async function startPause(reason?: string): Promise<void> {
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/albums',
      status: 429,
      retryAfter: 40,
      times: 1,
      ...(reason === undefined ? {} : { reason }),
    });
    const first = await post(t, ALBUM, { id: ids[0] as string });
    // The call Spotify answered with its 429 keeps Spotify's answer.
    expect(first.errors?.[0]?.extensions).toMatchObject({
      code: 'SPOTIFY_RATE_LIMITED',
      retryAfter: 40,
      spotify: { status: 429 },
    });
    await t.clearLog();
  }

  it('gives a call the pause held back SPOTIFY_RATE_LIMITED and retryAfter, without extensions.spotify', async () => {
    await startPause();
    const held = await post(t, ALBUM, { id: ids[1] as string });
    expect(await t.calls()).toEqual({});
    expect(held.status).toBe(200);
    expect(held.data).toEqual({ album: null });
    const error = held.errors?.[0];
    expect(error?.path).toEqual(['album']);
    expect(error?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    expect(error?.extensions?.retryAfter).toEqual(expect.any(Number));
    expect(error?.extensions?.retryAfter as number).toBeGreaterThan(30);
    expect(error?.extensions).not.toHaveProperty('spotify');
  });

  it('gives every held-back field of every kind (catalog, search, a user token) no extensions.spotify', async () => {
    await startPause();
    const token = await t.emu.token({ user: 'alice' });
    // A caller's token, of no app the server knows, is held by its own pause (Spotify's limit is per app).
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me', status: 429, retryAfter: 40, times: 1 });
    const first = await post(t, ME, {}, token);
    expect(first.errors?.[0]?.extensions).toMatchObject({
      code: 'SPOTIFY_RATE_LIMITED',
      spotify: { status: 429 },
    });
    await t.clearLog();
    for (const auth of [undefined, token]) {
      const answer = await post(t, SEVERAL, { id: ids[2] as string }, auth);
      expect(answer.data?.__typename).toBe('Query');
      const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
      expect(codes.length).toBeGreaterThanOrEqual(auth === undefined ? 2 : 3);
      for (const error of answer.errors ?? []) {
        if (error.extensions?.code === 'UNAUTHENTICATED') continue; // anonymous `me`: no call to hold
        expect(error.extensions?.code, JSON.stringify(error)).toBe('SPOTIFY_RATE_LIMITED');
        expect(error.extensions?.retryAfter).toEqual(expect.any(Number));
        expect(error.extensions, JSON.stringify(error)).not.toHaveProperty('spotify');
      }
    }
    expect(await t.calls()).toEqual({});
  });

  it("names the pause's Spotify reason in the message, not in a made-up extensions.spotify", async () => {
    await startPause('QUOTA_EXCEEDED');
    const held = await post(t, ALBUM, { id: ids[3] as string });
    const error = held.errors?.[0];
    expect(error?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    expect(error?.message).toMatch(/^Spotify rate limit: retry after \d+ s \(QUOTA_EXCEEDED\)$/);
    expect(error?.extensions).not.toHaveProperty('spotify');
    expect(await t.calls()).toEqual({});
  });
});
