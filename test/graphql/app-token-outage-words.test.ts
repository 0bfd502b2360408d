/**
 * The accounts service's own words for a 5xx while the app token is renewed (issue 7 item 5): the
 * anonymous query that meets the failure and every one during the back-off that follows carry what
 * Spotify said (its status and text, bounded and redacted by the client), not only "did not issue the
 * server's app token: try again". On the old code the back-off's error dropped them.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

// A back-off far longer than the test: the second query is answered from it, without a token request.
const t = useTestServer({
  mode: 'extended',
  config: { appToken: { timeoutMs: 5000, backoffMs: 600_000, backoffMaxMs: 600_000 } },
});

const TRACK_NAME = graphql(`query AppTokenOutageWordsTrack($id: ID!) { track(id: $id) { name } }`);

const WORDS = 'Accounts service under maintenance until 14:00 UTC';

/** How many token requests the emulator has seen. */
async function tokenRequests(): Promise<number> {
  const log = await t.emu.control('GET', '/requests');
  return (log.json as { byRoute: Record<string, number> }).byRoute['POST /api/token'] ?? 0;
}

describe("the accounts service's 5xx words during the app token's back-off", () => {
  it('a 503 with an HTML page keeps its words in the back-off error', async () => {
    await t.emu.reset();
    await t.emu.control('POST', '/faults', {
      route: 'POST /api/token',
      status: 503,
      text: `<html><head><title>503 Service Unavailable</title></head><body><p>${WORDS}</p></body></html>`,
      contentType: 'text/html',
    });
    const [first, second] = [...t.emu.state.catalog.tracks.keys()];
    const failed = await t.query(TRACK_NAME, { id: first! });
    expect(failed.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect(failed.errors?.[0]?.message).toContain(WORDS);
    // The back-off: no token request, the error made from the streak.
    const before = await tokenRequests();
    const answer = await t.query(TRACK_NAME, { id: second! });
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect(error?.message).toContain(`(HTTP 503: 503 Service Unavailable: ${WORDS})`);
    expect(error?.message).toMatch(/try again in \d+ s/);
    expect(await tokenRequests()).toBe(before);
  });
});

describe("the accounts service's 429 words for the anonymous query that meets it", () => {
  const own = useTestServer({ mode: 'extended' });

  it('a 429 with its text: SPOTIFY_RATE_LIMITED, retryAfter and its words, not a Web API rate limit', async () => {
    await own.emu.control('POST', '/faults', {
      route: 'POST /api/token',
      status: 429,
      retryAfter: 7200,
      text: 'Too many token requests',
      contentType: 'text/plain',
    });
    const [first] = [...own.emu.state.catalog.tracks.keys()];
    const error = (await own.query(TRACK_NAME, { id: first! })).errors?.[0];
    expect(error?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    expect(error?.extensions?.retryAfter).toBe(7200);
    expect(error?.message).toBe(
      "Spotify's accounts service did not issue a token (HTTP 429: Too many token requests): retry after 7200 s",
    );
  });
});
