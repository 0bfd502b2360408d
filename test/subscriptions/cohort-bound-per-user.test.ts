import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import {
  type Stream,
  stopStreamsAfterEach,
  waitFor,
  wsClient,
  wsSubscribe,
} from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT counts per Spotify user for sessions: a user mints sessions at
 * will, and each had a bound of its own (v10 re-attack on issue 9, N1: a second session of one user
 * ran 20 more distinct subscriptions). Another user's sessions keep a bound of their own.
 */

const PAGED = graphql(`
  subscription BoundPerUserPaged($first: Int!) {
    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }
  }
`);

let t: AuthTestServer;
beforeAll(async () => {
  t = await startAuthServer({
    config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 100 },
    limits: { maxDistinctSubscriptions: 2 },
  });
});
afterAll(() => t.close());

const { clients: sockets, streams: open } = stopStreamsAfterEach(() => t);

/** A graphql-ws subscription of PAGED with `first`, over a socket of its own on `session`'s token. */
function subscribe(session: string, first: number): Stream<unknown> {
  const socket = wsClient(`${t.origin}/graphql`, `Bearer ${session}`);
  sockets.push(socket);
  const stream = wsSubscribe(socket, PAGED, { first }) as Stream<unknown>;
  open.push(stream);
  return stream;
}

it('refuses the distinct subscription past the bound of two sessions of one user together, not of another user', async () => {
  const aliceOne = t.sessionToken(await t.signIn('alice'));
  const aliceTwo = t.sessionToken(await t.signIn('alice'));
  const carol = t.sessionToken(await t.signIn('carol'));
  expect(aliceTwo).not.toBe(aliceOne);
  for (const stream of [subscribe(aliceOne, 1), subscribe(aliceOne, 2)])
    expect((await stream.nth(0)).errors).toBeUndefined();
  // alice's second session: its first distinct subscription is alice's third.
  const third = subscribe(aliceTwo, 3);
  await waitFor(
    () => third.completed,
    () => "alice's third distinct subscription (her second session's first) to be refused",
  );
  expect(JSON.stringify([third.failure, third.events])).toContain('TOO_MANY_SUBSCRIPTIONS');
  // An identical one over the second session is another cohort (another credential), so refused too.
  const identical = subscribe(aliceTwo, 1);
  await waitFor(
    () => identical.completed,
    () => 'the identical one over the second session to be refused',
  );
  expect(JSON.stringify([identical.failure, identical.events])).toContain('TOO_MANY_SUBSCRIPTIONS');
  // carol has a bound of her own: two distinct ones run while alice's two do.
  for (const stream of [subscribe(carol, 1), subscribe(carol, 3)])
    expect((await stream.nth(0)).errors).toBeUndefined();
});
