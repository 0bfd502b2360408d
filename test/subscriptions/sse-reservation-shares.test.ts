import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { waitFor } from '../helpers/subscriptions.js';

/**
 * Each client's share of graphql-sse's single-connection reservations (SSE_MAX_RESERVATIONS_PER_CLIENT):
 * one client (its live session, else its address, as the per-client rate limit counts) cannot take
 * the instance-wide pool (SSE_MAX_RESERVATIONS) for itself; and a PUT with an Authorization header
 * /graphql would refuse is refused too (attacker pass v3, F6).
 */
const PER_CLIENT = 3;
let t: AuthTestServer;
beforeAll(async () => {
  t = await startAuthServer({
    config: {
      limits: {
        ...DEFAULT_LIMITS,
        sseReservations: {
          maxPending: 100,
          // Long enough that no reservation expires within one test on a loaded machine (a 1.5 s one
          // did, between the address's PUTs and the session's, behind a sign-in).
          ttlMs: 3000,
          maxPendingPerClient: PER_CLIENT,
          maxStreamsPerAddress: 32,
        },
      },
    },
  });
});
afterAll(() => t.close());

const STREAM = () => `${t.origin}/graphql/stream`;

async function reserve(authorization?: string): Promise<Response> {
  return fetch(STREAM(), {
    method: 'PUT',
    headers: { accept: 'text/plain', ...(authorization === undefined ? {} : { authorization }) },
  });
}

async function pending(): Promise<number> {
  const text = await (await fetch(`${t.origin}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('graphql_sse_reservations_pending '));
  return Number(line?.split(' ')[1]);
}

/** Waits until every reservation has expired (SSE_RESERVATION_TTL_MS), so each test starts empty. */
async function drained(): Promise<void> {
  await waitFor(
    async () => (await pending()) === 0,
    () => 'the reservations to expire',
  );
}

describe('a client holds at most SSE_MAX_RESERVATIONS_PER_CLIENT unconnected reservations', () => {
  it('refuses the address its next PUT with 429 TOO_MANY_RESERVATIONS, even with made-up credentials', async () => {
    await drained();
    for (let i = 0; i < PER_CLIENT; i++) expect((await reserve()).status).toBe(201);
    // A made-up session token and a Spotify-looking token buy no new share: they count by address.
    for (const authorization of [
      undefined,
      'Bearer sgs_AAAAAAAAAAAAAAAAAAAAAA',
      'Bearer BQmadeUpSpotifyToken',
    ]) {
      const refused = await reserve(authorization);
      expect(refused.status, String(authorization)).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('TOO_MANY_RESERVATIONS');
    }
    expect(await pending()).toBe(PER_CLIENT);
  });

  it('gives a signed-in session its own share beside its address', async () => {
    const session = `Bearer ${t.sessionToken(await t.signIn('alice'))}`;
    await drained();
    for (let i = 0; i < PER_CLIENT; i++) expect((await reserve()).status).toBe(201);
    expect((await reserve()).status).toBe(429);
    for (let i = 0; i < PER_CLIENT; i++) expect((await reserve(session)).status).toBe(201);
    expect((await reserve(session)).status).toBe(429);
    expect(await pending()).toBe(2 * PER_CLIENT);
  });

  it('counts concurrent PUTs exactly, and frees a place when a stream connects or a reservation expires', async () => {
    await drained();
    const answers = await Promise.all(Array.from({ length: 10 }, () => reserve()));
    const reserved = answers.filter((answer) => answer.status === 201);
    expect(reserved).toHaveLength(PER_CLIENT);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(10 - PER_CLIENT);
    const token = await (reserved[0] as Response).text();
    const stream = new AbortController();
    const connected = await fetch(`${STREAM()}?token=${token}`, {
      headers: { accept: 'text/event-stream' },
      signal: stream.signal,
    });
    expect(connected.status).toBe(200);
    await waitFor(
      async () => (await reserve()).status === 201,
      () => 'the connected reservation to free its place',
    );
    stream.abort();
    await drained();
    expect((await reserve()).status).toBe(201);
  });

  it('refuses a PUT whose Authorization header /graphql would refuse with 401 UNAUTHENTICATED, reserving nothing', async () => {
    await drained();
    for (const authorization of ['Basic dXNlcjpwYXNz', `Bearer ${'a'.repeat(3000)}`, 'Bearer a b']) {
      const refused = await reserve(authorization);
      expect(refused.status, authorization.slice(0, 20)).toBe(401);
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(await pending()).toBe(0);
  });
});
