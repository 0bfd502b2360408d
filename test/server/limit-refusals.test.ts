import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { graphql } from '../generated/index.js';
import {
  documentText,
  type GraphQLDocument,
  type InvalidDocument,
  invalidDocument,
} from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

const t = useTestServer();
let url: string;
let trackId: string;
beforeAll(async () => {
  url = await t.server.start(0, '127.0.0.1');
  trackId = [...t.emu.state.catalog.tracks.keys()][0]!;
});

interface Answer {
  status: number;
  body: {
    data?: unknown;
    errors?: { message: string; path?: unknown; extensions?: Record<string, unknown> }[];
  };
}

/** POSTs `document` over the real port, accepting `accept` (the GraphQL over HTTP media type by default). */
async function post<V>(
  document: GraphQLDocument<unknown, V>,
  {
    accept = 'application/graphql-response+json',
    token,
    variables,
  }: { accept?: string; token?: string; variables?: V } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept };
  if (token) headers.authorization = `Bearer ${token}`;
  const body = JSON.stringify({ query: documentText(document), variables });
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** A query exactly `depth` levels deep as MAX_DEPTH counts them: `track` is 1, its leaf `depth`. */
function queryOfDepth(depth: number): InvalidDocument {
  const chain = ['album', 'tracks(first: 1)', 'nodes'];
  const opened = Array.from({ length: depth - 2 }, (_, i) => `${chain[i % chain.length]} {`);
  // The leaf fits the last type: a connection has totalCount, an album and a track a name.
  const leaf = opened.at(-1)?.startsWith('tracks') ? 'totalCount' : 'name';
  return invalidDocument(
    'built by repetition to a depth the configured MAX_DEPTH sets',
    `{ track(id: "${trackId}") { ${opened.join(' ')} ${leaf} ${'} '.repeat(opened.length)}} }`,
  );
}

/** Expects one refusal with `code`, no data, and HTTP 400 (a request error under GraphQL over HTTP). */
function expectRefused(answer: Answer, code: string): Record<string, unknown> {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors ?? [];
  expect(error?.extensions?.code).toBe(code);
  expect(error?.path).toBeUndefined();
  return error?.extensions ?? {};
}

describe('one depth limit, MAX_DEPTH', () => {
  it('runs a query exactly MAX_DEPTH deep', async () => {
    const answer = await post(queryOfDepth(DEFAULT_LIMITS.maxDepth));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  it('refuses one level more with one QUERY_TOO_DEEP request error naming both figures', async () => {
    const answer = await post(queryOfDepth(DEFAULT_LIMITS.maxDepth + 1));
    const extensions = expectRefused(answer, 'QUERY_TOO_DEEP');
    expect(extensions).toMatchObject({
      depth: DEFAULT_LIMITS.maxDepth + 1,
      maxDepth: DEFAULT_LIMITS.maxDepth,
    });
    expect(answer.body.errors?.[0]?.message).toBe(
      `The query is ${DEFAULT_LIMITS.maxDepth + 1} levels deep; MAX_DEPTH allows ${DEFAULT_LIMITS.maxDepth}`,
    );
  });
});

describe('the breadth limit, MAX_BREADTH', () => {
  it('refuses 1,000 __typename selections with QUERY_TOO_BROAD, not "Validation aborted."', async () => {
    const answer = await post(
      invalidDocument('a breadth attack built by repetition', `{ ${'__typename '.repeat(1_000)}}`),
    );
    const extensions = expectRefused(answer, 'QUERY_TOO_BROAD');
    expect(extensions).toMatchObject({ breadth: 1_000, maxBreadth: DEFAULT_LIMITS.maxBreadth });
    expect(answer.body.errors?.[0]?.message).toBe(
      `The query selects 1000 fields; MAX_BREADTH allows ${DEFAULT_LIMITS.maxBreadth}`,
    );
  });

  it('counts the fields of a fragment each time it is spread', async () => {
    const fragment = invalidDocument(
      'the fragment of a breadth attack',
      `fragment F on Track { ${'name '.repeat(DEFAULT_LIMITS.maxBreadth / 2)}}`,
    );
    const answer = await post(
      invalidDocument(
        'a breadth attack through a fragment spread twice',
        `{ a: track(id: "${trackId}") { ...F } b: track(id: "${trackId}") { ...F } } ${fragment}`,
      ),
    );
    expectRefused(answer, 'QUERY_TOO_BROAD');
  });

  it('runs a query of MAX_BREADTH fields', async () => {
    const answer = await post(
      invalidDocument(
        'built by repetition to the configured MAX_BREADTH',
        `{ ${'__typename '.repeat(DEFAULT_LIMITS.maxBreadth)}}`,
      ),
    );
    expect(answer.body.errors).toBeUndefined();
  });
});

describe('the cost limit, MAX_QUERY_COST', () => {
  const costly = graphql(`query LimitRefusalsCostly($id: ID!) {
    cheap: track(id: $id) { name }
    me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } }
  }`);

  it('refuses the whole request before execution: no data, nothing nulled, one error with whole figures', async () => {
    const alice = await t.emu.token({ user: 'alice' });
    await t.clearLog();
    const answer = await post(costly, { token: alice, variables: { id: trackId } });
    const extensions = expectRefused(answer, 'QUERY_TOO_COMPLEX');
    expect(Number.isInteger(extensions.complexity)).toBe(true);
    expect(extensions.maxComplexity).toBe(DEFAULT_LIMITS.maxQueryCost);
    expect(answer.body.errors?.[0]?.message).toBe(
      `The query may make about ${extensions.complexity} Spotify calls; MAX_QUERY_COST allows ${DEFAULT_LIMITS.maxQueryCost}`,
    );
    expect(await t.calls()).toEqual({});
  });

  it('answers 200 to a client that accepts only application/json (GraphQL over HTTP), with the same error', async () => {
    const alice = await t.emu.token({ user: 'alice' });
    const answer = await post(costly, {
      accept: 'application/json',
      token: alice,
      variables: { id: trackId },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

// Each message says what was counted, the figure, the limit and the setting that raises it (v18 new user, L2).
describe('every document limit is a request error with its own code', () => {
  it.each([
    [
      'TOO_MANY_TOKENS',
      () => `{ ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens)}}`,
      `The query has ${DEFAULT_LIMITS.maxTokens + 2} tokens; MAX_TOKENS allows ${DEFAULT_LIMITS.maxTokens}`,
    ],
    [
      'TOO_MANY_ALIASES',
      () => `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      `The query has 40 aliases; MAX_ALIASES allows ${DEFAULT_LIMITS.maxAliases}`,
    ],
    [
      'TOO_MANY_DIRECTIVES',
      () => `{ __typename ${'@include(if: true) '.repeat(DEFAULT_LIMITS.maxDirectives + 1)}}`,
      `The query has ${DEFAULT_LIMITS.maxDirectives + 1} directives; MAX_DIRECTIVES allows ${DEFAULT_LIMITS.maxDirectives}`,
    ],
  ])('%s answers HTTP 400 without data, its message naming the setting', async (code, query, message) => {
    const answer = await post(invalidDocument(`a ${code} attack built by repetition`, query()));
    expectRefused(answer, code);
    expect(answer.body.errors?.[0]?.message).toBe(message);
  });
});

/**
 * A refusal before execution is graphql-ws's `error` message (the stream's failure is its errors): no
 * `next` carrying errors, no completion without an error (graphql-ws's `error` ends the operation).
 */
function expectErrorMessage(stream: Stream, code: string): void {
  expect(stream.events).toEqual([]);
  expect(Array.isArray(stream.failure)).toBe(true);
  const errors = stream.failure as { message: string; extensions?: Record<string, unknown> }[];
  expect(errors.map((error) => error.extensions?.code)).toEqual([code]);
}

describe('limits over graphql-ws', () => {
  const fanOut = graphql(`subscription LimitRefusalsFanOut { playbackState { item { ... on Track {
    album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }`);

  it('refuses a subscription whose events would fan out beyond MAX_QUERY_COST, before polling Spotify', async () => {
    const alice = await t.emu.token({ user: 'alice' });
    const client = wsClient(url, `Bearer ${alice}`);
    try {
      await t.clearLog();
      const stream = wsSubscribe(client, fanOut);
      await waitFor(
        () => stream.completed || stream.failure !== undefined || stream.events.length > 0,
        () => 'the answer to the subscription',
      );
      expectErrorMessage(stream, 'QUERY_TOO_COMPLEX');
      expect(await t.calls()).toEqual({});
    } finally {
      await client.dispose();
    }
  });

  it('refuses a subscription deeper than MAX_DEPTH with QUERY_TOO_DEEP', async () => {
    const alice = await t.emu.token({ user: 'alice' });
    const client = wsClient(url, `Bearer ${alice}`);
    try {
      const nested = graphql(`subscription LimitRefusalsNested { playbackState { item { ... on Track {
        album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes {
        album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes {
        name
        } } } } } } } } } } } } } } } } } }
      } } } }`);
      const stream = wsSubscribe(client, nested);
      await waitFor(
        () => stream.completed || stream.failure !== undefined || stream.events.length > 0,
        () => 'the answer to the subscription',
      );
      expectErrorMessage(stream, 'QUERY_TOO_DEEP');
    } finally {
      await client.dispose();
    }
  });
});
