import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, CookieJar, startAuthServer } from '../helpers/auth.js';

const PAUSING_SEARCH = graphql(
  `query SignInPauseSearch { search(query: "love", types: [TRACK], first: 1) { tracks { totalCount } } }`,
);

/** The emulator's request log, by route, since the last DELETE. */
async function routes(t: AuthTestServer): Promise<Record<string, number>> {
  return ((await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> }).byRoute;
}

interface SignInFailure {
  error: { code: string; message: string; retryAfter?: number; loginUrl: string };
}

/**
 * The Web API's rate-limit pause is the Web API's: the accounts service's token endpoint is not held
 * by it. A sign-in that Spotify's rate limit does stop answers SPOTIFY_RATE_LIMITED with Retry-After,
 * and the operator hears of it (v5 F1).
 */
describe('sign-in and Spotify rate limits', () => {
  let t: AuthTestServer | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('exchanges the code during the Web API pause, and answers 503 SPOTIFY_RATE_LIMITED with Retry-After when the pause holds the profile read', async () => {
    t = await startAuthServer();
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/search',
      status: 429,
      retryAfter: 3600,
      times: 1,
    });
    const paused = await t.graphql(PAUSING_SEARCH, {});
    expect(paused.body.errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    expect((await t.fetch('/ready')).status).toBe(503);

    const jar = new CookieJar();
    const callback = await t.approve(await t.startLogin(jar));
    await t.emu.control('DELETE', '/requests');
    const answer = await t.finishLogin(jar, callback);
    // The code went to the accounts service (not held); the profile read is the Web API's, held.
    expect(await routes(t)).toEqual({ 'POST /api/token': 1 });
    expect(answer.status).toBe(503);
    const retryAfter = Number(answer.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3000);
    const body = (await answer.json()) as SignInFailure;
    expect(body.error).toMatchObject({ code: 'SPOTIFY_RATE_LIMITED', retryAfter });
    expect(body.error.message).toMatch(
      /^Sign-in is rate limited by Spotify right now: start the sign-in again in \d+ min/,
    );
    expect(body.error.message).not.toContain(new URL(callback).searchParams.get('code') ?? 'no code');
    expect(t.warnings.some((line) => /sign-in failed at Spotify.*RATE_LIMITED.*retry after/.test(line))).toBe(
      true,
    );
    expect(t.warnings.join('\n')).not.toContain(new URL(callback).searchParams.get('code') ?? 'no code');
  });

  it("answers the accounts service's own 429 as 503 SPOTIFY_RATE_LIMITED with its Retry-After, and pauses no Web API call", async () => {
    t = await startAuthServer();
    await t.emu.control('POST', '/faults', {
      route: 'POST /api/token',
      status: 429,
      retryAfter: 120,
      times: 1,
    });
    const jar = new CookieJar();
    const answer = await t.finishLogin(jar, await t.approve(await t.startLogin(jar)));
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('120');
    const failure = ((await answer.json()) as SignInFailure).error;
    expect(failure).toMatchObject({ code: 'SPOTIFY_RATE_LIMITED', retryAfter: 120 });
    // Says plainly that sign-in is rate limited and when to start it again (v8 L7).
    expect(failure.message).toMatch(
      /^Sign-in is rate limited by Spotify right now: start the sign-in again in 2 min \(after \d\d:\d\d:\d\d UTC\)$/,
    );
    expect(t.warnings.some((line) => line.includes('sign-in failed at Spotify'))).toBe(true);
    // The Web API is not paused by the accounts service's limit.
    expect((await t.fetch('/ready')).status).toBe(200);
    const search = await t.graphql(PAUSING_SEARCH, {});
    expect(search.body.errors).toBeUndefined();
    // A fresh sign-in goes through.
    expect((await t.signIn()).cookies.size).toBeGreaterThan(0);
  });
});
