import { expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

/**
 * GraphQL over HTTP: an answer with `data` is a 2xx whatever its field errors say (a client that treats
 * non-2xx as a network failure would lose the data), and errors never carry the server's own
 * `extensions.http`, over SSE as over a plain POST.
 */

const t = useTestServer();

const MARKETS_AND_ME = graphql(`query PartialMarketsAndMe { markets me { displayName } }`);

async function post(accept: string, query: string): Promise<Response> {
  return t.server.yoga.fetch('http://server.test/graphql', {
    method: 'POST',
    headers: { accept, 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

it.each(['application/graphql-response+json', 'application/json'])(
  'answers 200 with the catalog data when only an anonymous me is refused (accept: %s)',
  async (accept) => {
    const response = await post(accept, documentText(MARKETS_AND_ME));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { markets: string[]; me: null };
      errors: { path: string[]; extensions: Record<string, unknown> }[];
    };
    expect(body.data.markets.length).toBeGreaterThan(0);
    expect(body.data.me).toBeNull();
    expect(body.errors[0]?.path).toEqual(['me']);
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]?.extensions.http).toBeUndefined();
  },
);

it('keeps 400 for a document that does not validate: no data, a request error', async () => {
  const response = await post(
    'application/graphql-response+json',
    invalidDocument('an unknown field', '{ marketz }'),
  );
  expect(response.status).toBe(400);
});

// A client that names no stream is refused any subscription 406 before validation (its Accept names no
// type a subscription is answered in): the JSON answer is for one that names the stream after JSON.
it.each(['text/event-stream', 'application/graphql-response+json, text/event-stream'])(
  'refuses a subscription with a typo with 400 and no extensions.http in the body (accept: %s)',
  async (accept) => {
    const response = await post(
      accept,
      invalidDocument('a typo in a field name', 'subscription { playbackState { isPlayin } }'),
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(text).not.toContain('"http"');
    expect(text).not.toContain('"spec"');
  },
);
