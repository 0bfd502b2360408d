/**
 * Variables that fail coercion are a request error of GraphQL over HTTP ("variable coercion failure"):
 * HTTP 400 for a client accepting `application/graphql-response+json`, 200 for one accepting only
 * `application/json`, and `extensions.code` BAD_USER_INPUT with no `data` either way, as the README's
 * Errors table says of every request error. Runs in both projects (graphql-js and graphql-jit).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, type GraphQLDocument } from '../helpers/documents.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const SEARCH_FIRST = graphql(
  `query VariableStatusSearchFirst($n: Int!) { search(query: "a", types: [TRACK], first: $n) { tracks { totalCount } } }`,
);
const SEARCH_TYPES = graphql(
  `query VariableStatusSearchTypes($types: [SearchType!]!) { search(query: "a", types: $types, first: 1) { tracks { totalCount } } }`,
);
const ALBUM = graphql(`query VariableStatusAlbum($id: ID!) { album(id: $id) { id } }`);
const ALBUM_OR_DEFAULT = graphql(
  `query VariableStatusAlbumOrDefault($id: ID = "x") { album(id: $id) { id } }`,
);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

interface Answer {
  status: number;
  type: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Posts `document` with `variables`, accepting `accept`. */
async function send(
  document: GraphQLDocument<unknown, never>,
  variables: unknown,
  accept: string,
): Promise<Answer> {
  const response = await t.server.yoga.fetch('http://server.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query: documentText(document), variables }),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as Answer['body'],
  };
}

const CASES = [
  ['a string for Int!', SEARCH_FIRST, { n: 'x' }],
  ['a word outside the enum', SEARCH_TYPES, { types: ['NOPE'] }],
  ['an object for ID!', ALBUM, { id: { a: 1 } }],
  ['a required variable missing', ALBUM, {}],
  ['null for a required variable', ALBUM, { id: null }],
  ['null for a nullable variable used where null is refused', ALBUM_OR_DEFAULT, { id: null }],
] as const;

describe('the HTTP status of variables that fail coercion', () => {
  it.each(CASES)(
    '%s under application/graphql-response+json: 400 BAD_USER_INPUT',
    async (_name, document, variables) => {
      const answer = await send(
        document as GraphQLDocument<unknown, never>,
        variables,
        'application/graphql-response+json',
      );
      expect(answer.status).toBe(400);
      expect(answer.type).toMatch(/^application\/graphql-response\+json/);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  it.each(CASES)('%s under application/json: 200 BAD_USER_INPUT', async (_name, document, variables) => {
    const answer = await send(document as GraphQLDocument<unknown, never>, variables, 'application/json');
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^application\/json/);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the same under both types but for the status: the same body', async () => {
    const strict = await send(
      SEARCH_FIRST as GraphQLDocument<unknown, never>,
      { n: 'x' },
      'application/graphql-response+json',
    );
    const plain = await send(SEARCH_FIRST as GraphQLDocument<unknown, never>, { n: 'x' }, 'application/json');
    expect(plain.body).toEqual(strict.body);
    expect(strict.body.errors?.[0]?.message).toBe(
      'Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"',
    );
  });
});
