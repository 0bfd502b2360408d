import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { documentText } from '../helpers/documents.js';

/**
 * Fair use keys on what the server can verify: a live session's Spotify user earns one bucket (all of
 * that user's sessions share it); a made-up cookie,
 * a made-up session token or an unverified Spotify token counts against the caller's address.
 */
let t: AuthTestServer;

beforeAll(async () => {
  t = await startAuthServer({
    config: { limits: { ...DEFAULT_LIMITS, rateLimit: { requests: 5, windowSeconds: 60, concurrent: 2 } } },
  });
});
afterAll(async () => t.close());

async function status(headers: Record<string, string>): Promise<number> {
  const response = await t.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: documentText(graphql(`query RateLimitKeysTypename { __typename }`)) }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('rate-limit keys', () => {
  it('counts made-up cookies, session tokens and Spotify tokens against the address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push(await status({ cookie: `sg_session=z${i}${Math.random()}` }));
    for (let i = 0; i < 2; i++) statuses.push(await status({ authorization: `Bearer sgs_made-up-${i}` }));
    for (let i = 0; i < 2; i++)
      statuses.push(await status({ authorization: `Bearer junk-spotify-token-${i}` }));
    // Five requests per window from one address, whatever each one claims to be.
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('gives a signed-in user one bucket, shared by all of their sessions, by cookie or bearer', async () => {
    // The address is spent by the test above; a signed-in user is not held to it.
    const first = await t.signIn('alice');
    const second = await t.signIn('alice');
    expect(t.sessionToken(second)).not.toBe(t.sessionToken(first));
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push(await status({ cookie: first.header() }));
    for (let i = 0; i < 2; i++)
      statuses.push(await status({ authorization: `Bearer ${t.sessionToken(second)}` }));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    // Five requests per window for alice, whichever session sends them: signing in again buys none.
    expect(await status({ cookie: second.header() })).toBe(429);
    expect(await status({ authorization: `Bearer ${t.sessionToken(first)}` })).toBe(429);
    const third = await t.signIn('alice');
    expect(await status({ cookie: third.header() })).toBe(429);
  });

  it('keeps another user apart from a spent one', async () => {
    const bob = await t.signIn('bob');
    for (let i = 0; i < 5; i++) expect(await status({ cookie: bob.header() })).toBe(200);
    expect(await status({ cookie: bob.header() })).toBe(429);
  });
});
