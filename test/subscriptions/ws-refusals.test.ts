import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { graphql } from '../generated/index.js';
import { type GraphQLDocument, invalidDocument } from '../helpers/documents.js';
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

/** Runs `document` over a fresh connection and waits for its end. */
async function refusalOf<T, V>(
  document: GraphQLDocument<T, V>,
  authorization?: string,
  variables?: NoInfer<V>,
): Promise<Stream> {
  const client = wsClient(t.url, authorization);
  clients.push(client);
  const stream = wsSubscribe(client, document, variables) as Stream;
  await waitFor(
    () => stream.completed || stream.failure !== undefined,
    () => `the end of the operation: ${JSON.stringify(stream.events)}`,
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

const COSTLY_SUBSCRIPTION = graphql(`
  subscription WsRefusalsCostlySubscription {
    playbackState { item { ... on Track { album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } }
  }
`);
const SUBSCRIPTION_VARIABLE = graphql(
  `subscription WsRefusalsVariable($on: Boolean!) { devices { name @include(if: $on) } }`,
);
const DEVICES = graphql(`subscription WsRefusalsDevices { devices { name } }`);
const COSTLY_QUERY = graphql(
  `query WsRefusalsCostlyQuery { me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }`,
);
const QUERY_VARIABLE = graphql(`query WsRefusalsTrack($id: ID!) { track(id: $id) { name } }`);
const ME = graphql(`query WsRefusalsMe { me { displayName } }`);

describe('subscriptions', () => {
  it.each([
    ['GRAPHQL_VALIDATION_FAILED', () => invalidDocument('an unknown field', 'subscription { nope }')],
    ['QUERY_TOO_COMPLEX', () => COSTLY_SUBSCRIPTION],
    [
      'QUERY_TOO_DEEP',
      () =>
        invalidDocument(
          'a depth attack built by repetition',
          `subscription { playbackState { item { ... on Track { ${deepTracks(6)} } } } }`,
        ),
    ],
    [
      'TOO_MANY_ALIASES',
      () =>
        invalidDocument(
          'an alias attack built by repetition',
          `subscription { devices { name ${aliases} } }`,
        ),
    ],
  ])('%s arrives as an error message', async (code, document) => {
    expectErrorMessage(await refusalOf(document(), `Bearer ${alice}`), code);
    expect(t.server.playerPollers.subscribers).toBe(0);
  });

  it('BAD_USER_INPUT (a required variable missing) arrives as an error message', async () => {
    expectErrorMessage(
      await refusalOf(SUBSCRIPTION_VARIABLE, `Bearer ${alice}`, {} as { on: boolean }),
      'BAD_USER_INPUT',
    );
  });

  it('UNAUTHENTICATED (no sign-in) arrives as an error message', async () => {
    expectErrorMessage(await refusalOf(DEVICES), 'UNAUTHENTICATED');
  });
});

describe('queries', () => {
  it.each([
    ['GRAPHQL_VALIDATION_FAILED', () => invalidDocument('an unknown field', '{ nope }')],
    ['QUERY_TOO_COMPLEX', () => COSTLY_QUERY],
    [
      'QUERY_TOO_DEEP',
      () =>
        invalidDocument(
          'a depth attack built by repetition',
          `{ track(id: "${trackId}") { ${deepTracks(DEFAULT_LIMITS.maxDepth)} } }`,
        ),
    ],
    ['TOO_MANY_ALIASES', () => invalidDocument('an alias attack built by repetition', `{ ${aliases} }`)],
    [
      'GRAPHQL_VALIDATION_FAILED',
      () =>
        invalidDocument(
          'two operations and no operationName (yoga gives this error extensions.http)',
          'query A { __typename } query B { __typename }',
        ),
    ],
  ])('%s arrives as an error message', async (code, document) => {
    await t.clearLog();
    expectErrorMessage(await refusalOf(document(), `Bearer ${alice}`), code);
    expect(await t.calls()).toEqual({});
  });

  it('BAD_USER_INPUT (a required variable missing) arrives as an error message', async () => {
    await t.clearLog();
    expectErrorMessage(
      await refusalOf(QUERY_VARIABLE, `Bearer ${alice}`, {} as { id: string }),
      'BAD_USER_INPUT',
    );
    expect(await t.calls()).toEqual({});
  });

  it('a query that runs and fails in part still answers next, then complete', async () => {
    const stream = await refusalOf(ME);
    expect(stream.failure).toBeUndefined();
    expect(stream.events).toHaveLength(1);
    expect(stream.events[0]?.data).toEqual({ me: null });
    expect(stream.events[0]?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
