import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryTokenStore } from '../../src/auth/memory-store.js';
import type { SessionRecord } from '../../src/auth/store.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, type CookieJar, startAuthServer } from '../helpers/auth.js';

const ME = graphql(`query AuthRenewalMe { me { spotifyId } }`);
/** A field only Spotify can answer (the session knows the user's id, not the name). */
const PROFILE = graphql(`query AuthRenewalProfile { me { displayName } }`);
/** The profile beside a field of another call (saved tracks). */
const PROFILE_AND_SAVED = graphql(
  `query AuthRenewalProfileAndSaved { me { spotifyId displayName savedTracks(first: 1) { totalCount } } }`,
);

interface TokenLog {
  byRoute: Record<string, number>;
}

async function tokenCalls(t: AuthTestServer): Promise<number> {
  const log = await t.emu.control('GET', '/requests');
  return (log.json as TokenLog).byRoute['POST /api/token'] ?? 0;
}

/** A store whose compare-and-set fails while `broken` is set (a store outage during renewal). */
class FlakyStore extends MemoryTokenStore {
  broken = false;
  override async replaceToken(
    id: string,
    expectedVersion: number,
    sealedToken: string,
  ): Promise<SessionRecord | undefined> {
    if (this.broken) throw new Error('store unavailable');
    return super.replaceToken(id, expectedVersion, sealedToken);
  }
}

describe('renewal of a session token (refresh tokens rotate on every renewal)', () => {
  let t: AuthTestServer;
  const store = new FlakyStore();
  beforeAll(async () => {
    t = await startAuthServer({ emulator: { refreshTokenRotation: 'always' }, store });
  });
  afterAll(() => t.close());

  /** Makes every access token the emulator issued so far expire (an hour passes at Spotify). */
  const expireAtSpotify = (): Promise<void> => t.emu.advanceClock(3_600_000);

  it('50 concurrent requests on an expired session make exactly one token call', async () => {
    const jar = await t.signIn('alice');
    await expireAtSpotify();
    await t.emu.control('DELETE', '/requests');
    const answers = await Promise.all(Array.from({ length: 50 }, () => t.graphql(ME, { jar })));
    for (const answer of answers) expect(answer.body).toEqual({ data: { me: { spotifyId: 'alice' } } });
    expect(await tokenCalls(t)).toBe(1);
  });

  it('keeps the rotated refresh token: the next renewal works with it', async () => {
    const jar = await t.signIn('bob');
    for (let round = 0; round < 3; round++) {
      await expireAtSpotify();
      await t.emu.control('DELETE', '/requests');
      const answer = await t.graphql(ME, { jar });
      expect(answer.body).toEqual({ data: { me: { spotifyId: 'bob' } } });
      expect(await tokenCalls(t)).toBe(1);
    }
  });

  it('invalid_grant ends the session: UNAUTHENTICATED with loginUrl, and /auth/session is 401', async () => {
    const jar = await t.signIn('carol');
    // The refresh grant dies (Spotify: six months after consent): no refresh token works any more.
    await t.emu.advanceClock(200 * 24 * 3600 * 1000);
    const answer = await t.graphql(ME, { jar });
    expect(answer.body.data?.me ?? null).toBeNull();
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      loginUrl: `${t.origin}/auth/login`,
    });
    expect((await t.fetch('/auth/session', { jar })).status).toBe(401);
  });

  it("a 401 that outlives a granted renewal nulls only that call's fields; siblings Spotify answered keep their values", async () => {
    const jar = await t.signIn('bob');
    const real = await t.graphql(PROFILE_AND_SAVED, { jar });
    const saved = real.body.data?.me?.savedTracks?.totalCount;
    expect(saved).toEqual(expect.any(Number));
    // GET /me refused before and after the renewal; GET /me/tracks answered (v14 attack, F6 "401 twice").
    await t.emu.control('DELETE', '/requests');
    const fault = await t.emu.control('POST', '/faults', { route: 'GET /v1/me', status: 401, times: 2 });
    expect(fault.status).toBe(201);
    const answer = await t.graphql(PROFILE_AND_SAVED, { jar });
    expect(await tokenCalls(t)).toBe(1);
    // Old code: `me: null` with one UNAUTHENTICATED, the saved-tracks count dropped.
    expect(answer.body.data?.me).toEqual({
      spotifyId: 'bob',
      displayName: null,
      savedTracks: { totalCount: saved },
    });
    const errors = (answer.body.errors ?? []) as { path?: unknown; extensions?: { code?: unknown } }[];
    expect(errors.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['me', 'displayName'], 'UNAUTHENTICATED'],
    ]);
    await t.emu.control('DELETE', '/faults');
    expect((await t.graphql(PROFILE_AND_SAVED, { jar })).body).toEqual(real.body);
  });

  // Attack 7 F7: a renewal refused with a gateway's text 400 (not Spotify's invalid_grant) answered
  // SPOTIFY_BAD_REQUEST "Spotify refused the request", as if the caller's query were at fault.
  it.each([
    ['a plain-text 400', 'Bad Request', 'text/plain'],
    [
      'an RFC 6749 invalid_request',
      '{"error":"invalid_request","error_description":"try later"}',
      'application/json',
    ],
  ])(
    'a renewal refused with %s is SPOTIFY_UNAVAILABLE and keeps the session',
    async (_name, text, contentType) => {
      const jar = await t.signIn('alice');
      await expireAtSpotify();
      const fault = await t.emu.control('POST', '/faults', {
        route: 'POST /api/token',
        status: 400,
        text,
        contentType,
        times: 1,
      });
      expect(fault.status).toBe(201);
      const failed = await t.graphql(PROFILE, { jar });
      const error = failed.body.errors?.[0];
      expect(error?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
      expect(error?.message).toMatch(/^Spotify's accounts service refused to renew the sign-in \(HTTP 400/);
      await t.emu.control('DELETE', '/faults');
      expect((await t.graphql(ME, { jar })).body).toEqual({ data: { me: { spotifyId: 'alice' } } });
    },
  );

  it('a network failure during renewal keeps the session and its refresh token', async () => {
    const jar = await t.signIn('alice');
    await expireAtSpotify();
    const fault = await t.emu.control('POST', '/faults', {
      route: 'POST /api/token',
      status: 503,
      times: 10,
    });
    expect(fault.status).toBe(201);
    const failed = await t.graphql(ME, { jar });
    expect(failed.body.errors?.[0]?.extensions?.code).not.toBe('UNAUTHENTICATED');
    await t.emu.control('DELETE', '/faults');
    expect((await t.graphql(ME, { jar })).body).toEqual({ data: { me: { spotifyId: 'alice' } } });
  });
});

describe('renewal when the store fails', () => {
  let t: AuthTestServer;
  const store = new FlakyStore();
  beforeAll(async () => {
    // Spotify keeps the refresh token (no rotation): the stored one stays valid through the outage.
    t = await startAuthServer({ emulator: { refreshTokenRotation: 'never' }, store });
  });
  afterAll(() => t.close());

  it('never uses an unstored token and never deletes the session', async () => {
    const jar: CookieJar = await t.signIn('alice');
    await t.emu.advanceClock(3_600_000);
    store.broken = true;
    const failed = await t.graphql(PROFILE, { jar });
    expect(failed.body.data?.me?.displayName ?? null).toBeNull();
    expect(failed.body.errors?.[0]?.extensions?.code).not.toBe('UNAUTHENTICATED');
    store.broken = false;
    expect((await t.fetch('/auth/session', { jar })).status).toBe(200);
    expect((await t.graphql(ME, { jar })).body).toEqual({ data: { me: { spotifyId: 'alice' } } });
  });
});

describe('the tokenRenew option of createServer', () => {
  let t: AuthTestServer;
  let calls = 0;
  beforeAll(async () => {
    t = await startAuthServer({
      tokenRenew: async (client, expired) => {
        calls++;
        return client.refreshToken(expired);
      },
    });
  });
  afterAll(() => t.close());

  it('is called when a session token needs renewal, and its answer is used', async () => {
    const jar = await t.signIn('bob');
    await t.emu.advanceClock(3_600_000);
    expect((await t.graphql(ME, { jar })).body).toEqual({ data: { me: { spotifyId: 'bob' } } });
    expect(calls).toBe(1);
  });
});
