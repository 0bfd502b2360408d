/**
 * A session's renewal (the refresh grant) that the accounts service does not grant for its own failure
 * (a 5xx, a 429, with a gateway's text or HTML page or an RFC 6749 body) says so with its status and
 * words, as the app token's back-off does (0535ca3): "Spotify's accounts service did not issue a
 * token (HTTP 503: ...)". It said "Spotify answered with an error" (the words only inside
 * `extensions.spotify`, as "The accounts service refused the request", which a 5xx is not), and a
 * 429 said "Spotify rate limit" without its words, as if the Web API had limited the query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

/** A field only Spotify can answer: the session's token is renewed first. */
const PROFILE = graphql(`query RenewalFailureWordsProfile { me { displayName } }`);

const WORDS = 'Accounts service under maintenance until 14:00 UTC';

let t: AuthTestServer;
beforeAll(async () => {
  t = await startAuthServer({});
});
afterAll(() => t.close());

/** The first error of a profile query whose session renewal meets the fault `rule` on the token route. */
async function renewalError(rule: Record<string, unknown>) {
  await t.emu.control('DELETE', '/faults');
  const jar = await t.signIn('alice');
  // An hour passes at Spotify: the session's access token expired, the next call renews it.
  await t.emu.advanceClock(3_600_000);
  await t.emu.control('POST', '/faults', { route: 'POST /api/token', ...rule });
  const answer = await t.graphql(PROFILE, { jar });
  await t.emu.control('DELETE', '/faults');
  return answer.body.errors?.[0];
}

describe("a session renewal the accounts service fails: its words, not 'refused' nor a bare error", () => {
  it.each([
    [
      '503 HTML page',
      {
        status: 503,
        text: `<html><head><title>503 Service Unavailable</title></head><body><p>${WORDS}</p></body></html>`,
        contentType: 'text/html',
      },
      `(HTTP 503: 503 Service Unavailable: ${WORDS}): try again`,
    ],
    [
      '502 plain text',
      { status: 502, text: 'Bad gateway: upstream accounts', contentType: 'text/plain' },
      '(HTTP 502: Bad gateway: upstream accounts): try again',
    ],
    ['500 RFC 6749 body', { status: 500 }, '(HTTP 500: server_error: Injected fault): try again'],
  ])('%s: SPOTIFY_UNAVAILABLE with its status and words', async (_n, rule, said) => {
    const error = await renewalError(rule);
    expect(error?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect(error?.message).toBe(`Spotify's accounts service did not issue a token ${said}`);
    expect(JSON.stringify(error?.extensions)).not.toMatch(/refused/);
  });

  it('a 429 with its text: SPOTIFY_RATE_LIMITED, retryAfter, and its words', async () => {
    const error = await renewalError({
      status: 429,
      retryAfter: 7200,
      text: 'Too many token requests',
      contentType: 'text/plain',
    });
    expect(error?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    expect(error?.extensions?.retryAfter).toBe(7200);
    expect(error?.message).toBe(
      "Spotify's accounts service did not issue a token (HTTP 429: Too many token requests): retry after 7200 s",
    );
  });
});
