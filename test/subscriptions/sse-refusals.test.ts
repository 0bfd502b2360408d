import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

/**
 * Every refusal before execution answers SSE (`Accept: text/event-stream`) as it answers a client that
 * accepts `application/graphql-response+json` (or, when the client lists `application/json` after the
 * stream, as it answers a JSON client: attacker pass v4, F6): the same HTTP status, type and errors, never a 200 (or 4xx) event stream that carries only an error (attacker pass v3, F5). Spotify
 * is never called for any of them.
 */
const t = useTestServer({ listen: true });
let token: string;
beforeAll(async () => {
  token = await t.emu.token({ user: 'alice' });
});

/** Valid documents the server refuses for what the request asks (its cost, its operation, its caller). */
const FANS_OUT = graphql(`
  subscription SseRefusalsFansOut {
    playbackState {
      item {
        ... on Track {
          album {
            tracks(first: 50) {
              nodes { artists { albums(first: 50) { nodes { tracks(first: 50) { nodes { name } } } } } }
            }
          }
        }
      }
    }
  }
`);
const SEARCH_FANS_OUT = graphql(`
  query SseRefusalsSearchFansOut {
    search(query: "a", types: [ALBUM], first: 50) {
      albums { nodes { tracks(first: 50) { nodes { artists { albums(first: 50) { nodes { name } } } } } } }
    }
  }
`);
const QUEUE = graphql(`subscription SseRefusalsQueue { queue { __typename } }`);
const DEVICES = graphql(`subscription SseRefusalsDevices { devices { name } }`);
const NEEDS_VARIABLE = graphql(`
  subscription SseRefusalsNeedsVariable($on: Boolean!) { playbackState { isPlaying @include(if: $on) } }
`);
const DEEP = invalidDocument(
  'refused: deeper than the depth limit',
  `subscription { playbackState { item { ... on Track { ${'album { tracks(first: 1) { nodes { '.repeat(6)}name${' } } }'.repeat(6)} } } } }`,
);

/** Refusals of every kind: limits, documents, operation choice, variables, credentials. */
const REFUSALS: Record<string, { body: string; authorization?: string }> = {
  'cost limit (subscription)': { body: JSON.stringify({ query: documentText(FANS_OUT) }) },
  'cost limit (query)': {
    body: JSON.stringify({ query: documentText(SEARCH_FANS_OUT) }),
  },
  'depth limit': { body: JSON.stringify({ query: DEEP }) },
  'alias limit': {
    body: JSON.stringify({
      query: invalidDocument(
        'refused: more aliases than the limit',
        `subscription { devices { ${Array.from({ length: 40 }, (_, i) => `a${i}: name`).join(' ')} } }`,
      ),
    }),
  },
  'two operations, no operationName': {
    // A typed document holds one operation: the request's text is two typed documents' texts.
    body: JSON.stringify({ query: `${documentText(DEVICES)}\n${documentText(QUEUE)}` }),
  },
  'unknown operationName': {
    body: JSON.stringify({ query: documentText(DEVICES), operationName: 'Z' }),
  },
  'validation error': {
    body: JSON.stringify({
      query: invalidDocument(
        'refused: selects a field the schema lacks',
        'subscription { devices { nope } }',
      ),
    }),
  },
  'syntax error': {
    body: JSON.stringify({ query: invalidDocument('refused: a syntax error', 'subscription {') }),
  },
  'missing variable': {
    body: JSON.stringify({ query: documentText(NEEDS_VARIABLE), variables: {} }),
  },
  'no query': { body: JSON.stringify({}) },
  'malformed Authorization': {
    body: JSON.stringify({ query: documentText(DEVICES) }),
    authorization: 'Basic abc',
  },
  'anonymous subscription': {
    body: JSON.stringify({ query: documentText(DEVICES) }),
    authorization: '',
  },
};

async function post(accept: string, refusal: { body: string; authorization?: string }): Promise<Response> {
  const headers: Record<string, string> = { accept, 'content-type': 'application/json' };
  const authorization = refusal.authorization ?? `Bearer ${token}`;
  if (authorization !== '') headers.authorization = authorization;
  return fetch(t.url, { method: 'POST', headers, body: refusal.body });
}

const SSE_TYPENAME = graphql(`
  query SseRefusalsTypename {
    __typename
  }
`);

/**
 * The Accept of a JSON client to compare with, per JSON type: the type first, then the stream. A client
 * that lists no stream is refused any subscription 406 before anything else (its Accept names no type a
 * subscription is answered in: test/server/library-refusals.test.ts); one that lists the stream after
 * its JSON type gets every refusal in that JSON type (yoga takes a JSON type for a result that is no
 * stream, and the server's SSE refusals apply only to a client that names the stream first).
 */
const JSON_CLIENT = {
  'application/graphql-response+json': 'application/graphql-response+json, text/event-stream',
  'application/json': 'application/json, text/event-stream',
};

describe('SSE refusals answer as GraphQL over HTTP does', () => {
  it.each(Object.keys(REFUSALS))(
    '%s: same status and JSON errors as application/graphql-response+json',
    async (name) => {
      const refusal = REFUSALS[name] as { body: string; authorization?: string };
      await t.clearLog();
      const sse = await post('text/event-stream', refusal);
      const plain = await post(JSON_CLIENT['application/graphql-response+json'], refusal);
      expect(sse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      expect(sse.status).toBeGreaterThanOrEqual(400);
      expect(sse.status).toBe(plain.status);
      const sseBody = (await sse.json()) as { data?: unknown; errors: { extensions?: { code?: string } }[] };
      expect(sseBody).toEqual(await plain.json());
      expect(sseBody).not.toHaveProperty('data');
      expect(sseBody.errors.length).toBeGreaterThan(0);
      expect(JSON.stringify(sseBody)).not.toContain('"http"');
      expect(await t.calls()).toEqual({});
      expect(t.server.playerPollers.subscribers).toBe(0);
    },
  );

  it.each(Object.keys(REFUSALS))(
    '%s: with `text/event-stream, application/json`, the pair a JSON client gets',
    async (name) => {
      const refusal = REFUSALS[name] as { body: string; authorization?: string };
      const sse = await post('text/event-stream, application/json', refusal);
      const plain = await post(JSON_CLIENT['application/json'], refusal);
      expect(sse.headers.get('content-type')).toMatch(/^application\/json/);
      expect(plain.headers.get('content-type')).toMatch(/^application\/json/);
      expect(sse.status).toBe(plain.status);
      expect(await sse.json()).toEqual(await plain.json());
    },
  );

  it('answers a limit refusal to `text/event-stream, application/json` with 200 application/json', async () => {
    const sse = await post(
      'text/event-stream, application/json',
      REFUSALS['cost limit (query)'] as { body: string },
    );
    expect(sse.status).toBe(200);
    expect(sse.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await sse.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    // Listing application/graphql-response+json too (first among the JSON types) keeps the 4xx.
    const strict = await post(
      'text/event-stream, application/graphql-response+json, application/json',
      REFUSALS['cost limit (query)'] as { body: string },
    );
    expect(strict.status).toBe(400);
    expect(strict.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  it('refuses an EventSource-style GET over the limit with 400 JSON too', async () => {
    const url = `${t.url}?query=${encodeURIComponent(documentText(FANS_OUT))}`;
    const response = await fetch(url, {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('still streams what runs: a query answered over SSE is an event, not a refusal', async () => {
    const response = await post('text/event-stream', {
      body: JSON.stringify({ query: documentText(SSE_TYPENAME) }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await response.text()).toContain('"data":{"__typename":"Query"}');
  });
});
