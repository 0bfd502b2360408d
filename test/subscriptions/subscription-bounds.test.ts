import { expect, it, vi } from 'vitest';
import { configFromEnv } from '../../src/server/config.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { metricsText } from '../helpers/memory-log.js';
import {
  postEventStream,
  type Stream,
  sseSubscribe,
  usePollingServer,
  waitFor,
  wsClient,
  wsSubscribe,
} from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * The per-client bounds of subscriptions count per Spotify user, whatever credentials carry them:
 * - MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT: a bare Spotify access token's user is asked when it
 *   subscribes (the GET /me its poller reads anyway), so a user's tokens share one bound (v10 issue 9:
 *   a user with 3 tokens ran 3 x 20 distinct subscriptions);
 * - MAX_SUBSCRIPTIONS_PER_CLIENT: identical subscriptions cost no Spotify call but each holds its
 *   memory, and were unbounded per client; they are counted each, over graphql-ws and SSE alike.
 */

const PAGED = graphql(`
  subscription BoundsPaged($first: Int!) {
    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }
  }
`);

const {
  t,
  clients: sockets,
  streams,
} = usePollingServer({
  limits: { maxDistinctSubscriptions: 2, maxSubscriptions: 3 },
});

/** A graphql-ws subscription of PAGED with `first`, over a socket of its own on `token`. */
function overWs(token: string, first: number): Stream<unknown> {
  const socket = wsClient(t.url, `Bearer ${token}`);
  sockets.push(socket);
  const stream = wsSubscribe(socket, PAGED, { first }) as Stream<unknown>;
  streams.push(stream);
  return stream;
}

/** Waits for `stream` to be refused; answers what it was told. */
async function refusalOf(stream: Stream<unknown>, what: string): Promise<string> {
  await waitFor(
    () => stream.completed,
    () => `${what} to be refused; events ${JSON.stringify(stream.events)}`,
  );
  return JSON.stringify([stream.failure, stream.events]);
}

/** An SSE subscription of PAGED (distinct-connections mode) as a raw response (a refusal's body is read). */
async function overSse(token: string, first: number): Promise<Response> {
  const response = await postEventStream(t.url, token, { query: documentText(PAGED), variables: { first } });
  streams.push({ stop: () => void response.body?.cancel().catch(() => {}) } as Stream<unknown>);
  return response;
}

it('counts the distinct subscriptions of several bare access tokens of one user against one bound', async () => {
  const [aliceOne, aliceTwo, aliceThree] = [
    await t.emu.token({ user: 'alice' }),
    await t.emu.token({ user: 'alice' }),
    await t.emu.token({ user: 'alice' }),
  ] as [string, string, string];
  expect(new Set([aliceOne, aliceTwo, aliceThree]).size).toBe(3);
  for (const stream of [overWs(aliceOne, 1), overWs(aliceTwo, 2)])
    expect((await stream.nth(0)).errors).toBeUndefined();
  // alice's third token: its first distinct subscription is alice's third.
  expect(await refusalOf(overWs(aliceThree, 3), "alice's third token's subscription")).toContain(
    'MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT',
  );
  // carol's token counts for carol.
  const carol = await t.emu.token({ user: 'carol' });
  for (const stream of [overWs(carol, 1), overWs(carol, 3)])
    expect((await stream.nth(0)).errors).toBeUndefined();
});

it("counts a token whose user could not be asked (Spotify's 429) against that user once its poller knows it: past the bound, it ends with TOO_MANY_SUBSCRIPTIONS", async () => {
  const [aliceOne, aliceTwo, aliceThree] = [
    await t.emu.token({ user: 'alice' }),
    await t.emu.token({ user: 'alice' }),
    await t.emu.token({ user: 'alice' }),
  ] as [string, string, string];
  const running = [overWs(aliceOne, 1), overWs(aliceTwo, 2)];
  for (const stream of running) expect((await stream.nth(0)).errors).toBeUndefined();
  // The third token's user look-up meets a 429 longer than the client waits out (5 s): it cannot be
  // told from another user's yet, so it runs (the error event first, as any new token then).
  await t.emu.control('POST', '/faults', { route: 'GET /v1/me', status: 429, retryAfter: 6, times: 1 });
  const third = overWs(aliceThree, 3);
  expect((await third.nth(0)).errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
  // After the Retry-After its poller learns the user: alice runs two distinct ones already.
  const refusal = await refusalOf(third, "alice's third token's subscription, once her user is known");
  expect(refusal).toContain('TOO_MANY_SUBSCRIPTIONS');
  expect(refusal).toContain('MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT');
  for (const stream of running) expect(stream.completed).toBe(false);
});

it('refuses an identical subscription past MAX_SUBSCRIPTIONS_PER_CLIENT over graphql-ws and SSE, for all tokens of one user, until one ends', async () => {
  const alice = await t.emu.token({ user: 'alice' });
  const aliceAgain = await t.emu.token({ user: 'alice' });
  const running = [overWs(alice, 1), overWs(alice, 1), overWs(aliceAgain, 1)];
  for (const stream of running) expect((await stream.nth(0)).errors).toBeUndefined();
  expect(await metricsText(t.url)).toMatch(/\ngraphql_subscriptions_active 3\n/);
  // A fourth, identical to a running one (no Spotify call, no new cohort), from either token.
  expect(await refusalOf(overWs(alice, 1), 'a fourth identical over graphql-ws')).toContain(
    'MAX_SUBSCRIPTIONS_PER_CLIENT',
  );
  const sse = await overSse(aliceAgain, 1);
  expect(sse.status).toBe(429);
  const body = (await sse.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0]?.extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
  expect(body.errors[0]?.message).toContain('MAX_SUBSCRIPTIONS_PER_CLIENT');
  // Another user has places of its own.
  const carol = await t.emu.token({ user: 'carol' });
  expect((await overWs(carol, 1).nth(0)).errors).toBeUndefined();
  // One of alice's ends: one more fits, over SSE.
  running[0]!.stop();
  await waitFor(
    async () => /\ngraphql_subscriptions_active 3\n/.test(await metricsText(t.url)),
    () => "alice's first subscription to end",
  );
  const fits = sseSubscribe(t.url, PAGED, alice, { first: 1 });
  streams.push(fits as Stream<unknown>);
  expect(await fits.status).toBe(200);
  expect((await fits.nth(0)).errors).toBeUndefined();
});

it('reads MAX_SUBSCRIPTIONS_PER_CLIENT from the environment and refuses a value that is no positive integer at start', () => {
  expect(configFromEnv({}).limits.maxSubscriptions).toBe(100);
  expect(configFromEnv({ MAX_SUBSCRIPTIONS_PER_CLIENT: '7' }).limits.maxSubscriptions).toBe(7);
  for (const bad of ['0', '-1', '2.5', 'many'])
    expect(() => configFromEnv({ MAX_SUBSCRIPTIONS_PER_CLIENT: bad })).toThrow(
      /MAX_SUBSCRIPTIONS_PER_CLIENT/,
    );
});
