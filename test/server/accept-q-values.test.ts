/**
 * The answer's JSON type follows the Accept header's q-values (GraphQL over HTTP: "the highest
 * priority media type listed that is supported by the server"; RFC 9110 section 12.5.1: each type is
 * rated by the most specific range that matches it), so a variable that cannot be coerced is a 200
 * under the application/json a client prefers and a 400 under application/graphql-response+json. An
 * Accept whose q-values rate the two alike keeps the first listed. Over real HTTP.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

const SEARCH_FIRST = documentText(
  graphql(
    `query AcceptQValuesSearchFirst($n: Int!) { search(query: "a", types: [TRACK], first: $n) { tracks { totalCount } } }`,
  ),
);
const TYPENAME = documentText(graphql(`query AcceptQValuesTypename { __typename }`));
const DEVICES_IF = documentText(
  graphql(`subscription AcceptQValuesDevicesIf($on: Boolean!) { devices { name @include(if: $on) } }`),
);

const t = useTestServer({ listen: true });

async function ask(accept: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(t.url!, {
    method: 'POST',
    headers: { accept, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, type: response.headers.get('content-type') ?? '', body };
}

const JSON_TYPE = 'application/json';
const GRAPHQL_TYPE = 'application/graphql-response+json';

/** Accept values, and the type (with the status of a variable coercion error) each must get. */
const CASES: [string, string, number][] = [
  ['application/json;q=1, application/graphql-response+json;q=0.1', JSON_TYPE, 200],
  ['application/graphql-response+json;q=0.1, application/json', JSON_TYPE, 200],
  ['application/graphql-response+json; q=0.5, application/json; q=0.9', JSON_TYPE, 200],
  ['application/json;q=0.5, application/graphql-response+json', GRAPHQL_TYPE, 400],
  ['application/graphql-response+json;q=0.9, application/json;q=0.8', GRAPHQL_TYPE, 400],
  ['application/json;q=0.8, application/graphql-response+json;q=0.9', GRAPHQL_TYPE, 400],
  // Each type rated by its most specific range: the wildcard's q for graphql-response+json.
  ['application/*;q=0.5, application/json;q=0.1', GRAPHQL_TYPE, 400],
  ['*/*;q=0.2, application/graphql-response+json;q=0.1', JSON_TYPE, 200],
  ['*/*;q=0.9, application/json', JSON_TYPE, 200],
  // A range in another charset does not match, whatever its q.
  [
    'application/json;charset=utf-8;q=0.3, application/graphql-response+json;charset=iso-8859-1;q=1, application/graphql-response+json;q=0.2',
    JSON_TYPE,
    200,
  ],
  // Rated alike: the first listed, as before.
  ['application/json;q=0.5, application/graphql-response+json;q=0.5', JSON_TYPE, 200],
  ['application/graphql-response+json;q=0.5, application/json;q=0.5', GRAPHQL_TYPE, 400],
  ['application/graphql-response+json, application/json', GRAPHQL_TYPE, 400],
  ['application/json', JSON_TYPE, 200],
];

describe('the JSON type and the status of a request error follow the q-values', () => {
  it.each(CASES)(
    'Accept: %s gives %s (%i for a variable that cannot be coerced)',
    async (accept, type, status) => {
      const refused = await ask(accept, SEARCH_FIRST, { n: 'x' });
      expect(refused.status).toBe(status);
      expect(refused.type.startsWith(type)).toBe(true);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const answered = await ask(accept, TYPENAME);
      expect(answered.status).toBe(200);
      expect(answered.type.startsWith(type)).toBe(true);
      expect(answered.body).toEqual({ data: { __typename: 'Query' } });
    },
  );
});

describe('a refused SSE request is answered in the JSON type the q-values prefer', () => {
  it.each([
    ['text/event-stream, application/json;q=0.1, application/graphql-response+json;q=0.5', GRAPHQL_TYPE, 400],
    ['text/event-stream, application/graphql-response+json;q=0.1, application/json;q=0.5', JSON_TYPE, 200],
    ['text/event-stream, application/json, application/graphql-response+json', JSON_TYPE, 200],
  ])('Accept: %s gives %s (%i)', async (accept, type, status) => {
    const refused = await ask(accept, DEVICES_IF);
    expect(refused.status).toBe(status);
    expect(refused.type.startsWith(type)).toBe(true);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
