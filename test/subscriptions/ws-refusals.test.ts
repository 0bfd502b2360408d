import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { useTestServer } from '../helpers/server.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

/**
 * Over graphql-ws, an operation refused before it runs is answered with graphql-ws's `error` message
 * carrying the refusal's errors and their `extensions.code` (as a validation error always was), never
 * as a `next` with only errors followed by `complete`: graphql-ws's clients hand an `error` to the
 * operation's error callback, and a `next` to its data callback. Queries and subscriptions alike.
 */

const t = useTestServer({ listen: true });
let alice: string;
let trackId: string;
const clients: ReturnType<typeof wsClient>[] = [];

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  trackId = [...t.emu.state.catalog.tracks.keys()][0]!;
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
});

/** Subscribes with `document` (a string: these documents are refused on purpose) and waits for its end. */
async function refusalOf(document: string, authorization?: string, variables?: Record<string, unknown>) {
  const client = wsClient(t.url, authorization);
  clients.push(client);
  const stream: Stream = wsSubscribe(client, document, variables);
  await waitFor(
    () => stream.completed || stream.failure !== undefined,
    () => `the end of ${document.slice(0, 80)}: ${JSON.stringify(stream.events)}`,
  );
  return stream;
}

/** Expects graphql-ws's `error` message with one error of `code`, and no `next` before it. */
function expectErrorMessage(stream: Stream, code: string): void {
  expect(stream.events).toEqual([]);
  expect(Array.isArray(stream.failure)).toBe(true);
  const errors = stream.failure as { message: string; extensions?: Record<string, unknown> }[];
  expect(errors.map((error) => error.extensions?.code)).toEqual([code]);
  expect(errors[0]?.message).toEqual(expect.any(String));
  expect(errors[0]?.extensions?.http).toBeUndefined();
}

const deepTracks = (levels: number) =>
  `${'album { tracks(first: 1) { nodes { '.repeat(levels)}name${' } } }'.repeat(levels)}`;
const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ');

describe('subscriptions', () => {
  it.each([
    ['GRAPHQL_VALIDATION_FAILED', 'subscription { nope }'],
    [
      'QUERY_TOO_COMPLEX',
      'subscription { playbackState { item { ... on Track { album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }',
    ],
    ['QUERY_TOO_DEEP', `subscription { playbackState { item { ... on Track { ${deepTracks(6)} } } } }`],
    ['TOO_MANY_ALIASES', `subscription { devices { name ${aliases} } }`],
    ['BAD_USER_INPUT', 'subscription ($on: Boolean!) { devices { name @include(if: $on) } }'],
  ])('%s arrives as an error message', async (code, document) => {
    expectErrorMessage(await refusalOf(document, `Bearer ${alice}`), code);
    expect(t.server.playerPollers.subscribers).toBe(0);
  });

  it('UNAUTHENTICATED (no sign-in) arrives as an error message', async () => {
    expectErrorMessage(await refusalOf('subscription { devices { name } }'), 'UNAUTHENTICATED');
  });
});

describe('queries', () => {
  it.each([
    ['GRAPHQL_VALIDATION_FAILED', () => '{ nope }'],
    [
      'QUERY_TOO_COMPLEX',
      () => '{ me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }',
    ],
    ['QUERY_TOO_DEEP', () => `{ track(id: "${trackId}") { ${deepTracks(DEFAULT_LIMITS.maxDepth)} } }`],
    ['TOO_MANY_ALIASES', () => `{ ${aliases} }`],
    ['BAD_USER_INPUT', () => 'query ($id: ID!) { track(id: $id) { name } }'],
  ])('%s arrives as an error message', async (code, document) => {
    await t.clearLog();
    expectErrorMessage(await refusalOf(document(), `Bearer ${alice}`), code);
    expect(await t.calls()).toEqual({});
  });

  it('a query that runs and fails in part still answers next, then complete', async () => {
    const stream = await refusalOf('{ me { displayName } }');
    expect(stream.failure).toBeUndefined();
    expect(stream.events).toHaveLength(1);
    expect(stream.events[0]?.data).toEqual({ me: null });
    expect(stream.events[0]?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
