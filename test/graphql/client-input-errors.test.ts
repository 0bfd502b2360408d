import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, type GraphQLDocument, invalidDocument } from '../helpers/documents.js';
import { type LogLine, memoryLogger } from '../helpers/memory-log.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// The client's own input that graphql-js (or graphql-jit) refuses while coercing variables or
// arguments: a typed BAD_USER_INPUT request error (200 to the application/json client here, 400 under
// application/graphql-response+json: variable-error-status.test.ts), the same under both executors (this file runs in the jit and
// the no-jit projects, compiled from the first run), and logged at `info` with the code and the words
// the client got, never at `error` (README: Running in production > Logs).

const SEARCH_FIRST = graphql(
  `query ClientInputSearchFirst($n: Int!) { search(query: "a", types: [TRACK], first: $n) { tracks { totalCount } } }`,
);
const SEARCH_TYPES = graphql(
  `query ClientInputSearchTypes($types: [SearchType!]!) { search(query: "a", types: $types, first: 1) { tracks { totalCount } } }`,
);
const ALBUM = graphql(`query ClientInputAlbum($id: ID!) { album(id: $id) { id } }`);
const ALBUM_OR_DEFAULT = graphql(`query ClientInputAlbumOrDefault($id: ID = "x") { album(id: $id) { id } }`);
const INCLUDE_OR_DEFAULT = graphql(
  `query ClientInputIncludeOrDefault($on: Boolean = true) { __typename @include(if: $on) }`,
);
const ALBUMS_ITEM_OR_DEFAULT = graphql(
  `query ClientInputAlbumsItemOrDefault($id: ID = "x") { albums(ids: [$id]) { id } }`,
);
const FRAGMENT_ALBUM_OR_DEFAULT = graphql(
  `query ClientInputFragmentAlbum($id: ID = "x") { ...ClientInputAlbumFields } fragment ClientInputAlbumFields on Query { album(id: $id) { id } }`,
);

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  line: LogLine | undefined;
}

let t: TestServer;
const log = memoryLogger();
let requests = 0;

beforeAll(async () => {
  t = await startTestServer({ logger: log.logger });
});
afterAll(async () => {
  await t.close();
});

/** Posts `document` with `variables` (as an `application/json` client) and reads its log line. */
async function send(
  document: GraphQLDocument<unknown, never>,
  variables: unknown,
  extra: Record<string, unknown> = {},
  accept = 'application/json',
): Promise<Answer> {
  const id = `client-input-${++requests}`;
  const response = await t.server.yoga.fetch('http://server.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, 'x-request-id': id },
    body: JSON.stringify({ query: documentText(document), variables, ...extra }),
  });
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, body, line: log.lines().find((line) => line.requestId === id) };
}

/**
 * The answer is a BAD_USER_INPUT request error without data (200: GraphQL over HTTP's status for an
 * application/json client), logged at info with that code and message.
 */
function expectClientInputError(answer: Answer, argument?: string): void {
  expect(answer.status).toBe(200);
  expect(answer.body.data).toBeUndefined();
  const error = answer.body.errors?.[0];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  if (argument !== undefined) expect(error?.extensions?.argument).toBe(argument);
  expect(answer.line?.level).toBe(30);
  expect(answer.line?.err).toMatchObject({ code: 'BAD_USER_INPUT', message: error?.message });
}

describe('a variable that does not coerce', () => {
  it.each([
    ['a string for Int!', SEARCH_FIRST, { n: 'x' }],
    ['a number past 32 bits for Int!', SEARCH_FIRST, { n: 99999999999 }],
    ['a word outside the enum', SEARCH_TYPES, { types: ['NOPE'] }],
    ['an object for ID!', ALBUM, { id: { a: 1 } }],
    ['a required variable missing', ALBUM, {}],
  ] as const)('%s: BAD_USER_INPUT, logged at info', async (_name, document, variables) => {
    expectClientInputError(await send(document as GraphQLDocument<unknown, never>, variables));
  });

  it('is answered in the same bytes by both executors (its second run is compiled)', async () => {
    const first = await send(SEARCH_FIRST as GraphQLDocument<unknown, never>, { n: 'x' });
    const second = await send(SEARCH_FIRST as GraphQLDocument<unknown, never>, { n: 'x' });
    expect(second.body).toEqual(first.body);
    expect(first.body.errors?.[0]?.message).toBe(
      'Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"',
    );
  });
  it('answers a list of many bad values with at most 51 errors, not one per value (v18 MEDIUM-0)', async () => {
    // 20,000 words outside the enum: unbounded, graphql-js reports each one (an answer many times the body).
    const answer = await send(SEARCH_TYPES as GraphQLDocument<unknown, never>, {
      types: Array.from({ length: 20_000 }, () => 'NOPE'),
    });
    expectClientInputError(answer);
    const errors = answer.body.errors ?? [];
    expect(errors).toHaveLength(51);
    expect(errors[50]?.message).toContain('error limit reached');
    expect(errors[50]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a null variable where its use takes no null (allowed by the variable default)', () => {
  it.each([
    ["a field's non-null argument", ALBUM_OR_DEFAULT, { id: null }, 'id'],
    ["a directive's non-null argument", INCLUDE_OR_DEFAULT, { on: null }, 'if'],
    ['an item of a non-null list', ALBUMS_ITEM_OR_DEFAULT, { id: null }, 'ids'],
    ['an argument in a fragment', FRAGMENT_ALBUM_OR_DEFAULT, { id: null }, 'id'],
  ] as const)(
    '%s: BAD_USER_INPUT naming the argument, logged at info',
    async (_n, document, variables, argument) => {
      const answer = await send(document as GraphQLDocument<unknown, never>, variables);
      expectClientInputError(answer, argument);
      // Twice: the second run is graphql-jit's (jit project), answered in the same bytes.
      expect((await send(document as GraphQLDocument<unknown, never>, variables)).body).toEqual(answer.body);
    },
  );

  it('is no error when the variable is not given (the default fills it)', async () => {
    const answer = await send(INCLUDE_OR_DEFAULT as GraphQLDocument<unknown, never>, {});
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe("the document's own faults", () => {
  it('a document that does not parse: GRAPHQL_PARSE_FAILED, logged at info with its code', async () => {
    const answer = await send(invalidDocument('a parse error', '{ album(id: "x") { name }'), {});
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(answer.line?.level).toBe(30);
    expect(answer.line?.err).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('an unknown field: GRAPHQL_VALIDATION_FAILED, logged at info', async () => {
    const answer = await send(invalidDocument('an unknown field', '{ albm }'), {});
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.line?.level).toBe(30);
  });

  // GraphQL over HTTP: a request error is 400 under application/graphql-response+json and SHOULD be
  // 200 under application/json (and `*/*`, which yoga answers as JSON), as for any validation error.
  const twoOperations = invalidDocument('two operations', 'query A { __typename } query B { __typename }');
  it.each([
    ['no operationName', 'application/json', 200, {}],
    ['an unknown operationName', 'application/json', 200, { operationName: 'C' }],
    ['no operationName', '*/*', 200, {}],
    ['no operationName', 'application/graphql-response+json', 400, {}],
    ['an unknown operationName', 'application/graphql-response+json', 400, { operationName: 'C' }],
  ] as const)(
    'an operation that cannot be chosen (%s) under %s: %i GRAPHQL_VALIDATION_FAILED, logged at info',
    async (_name, accept, status, extra) => {
      const answer = await send(twoOperations, {}, extra, accept);
      expect(answer.status).toBe(status);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.line?.level).toBe(30);
    },
  );

  it('an unknown field under application/json: 200, as an operation that cannot be chosen', async () => {
    expect((await send(invalidDocument('an unknown field', '{ albm }'), {})).status).toBe(200);
  });
});
