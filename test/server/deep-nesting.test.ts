import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { wsClient } from '../helpers/subscriptions.js';

// 200,000 nested list values: deeper than graphql-js's recursive parser can go on any Node stack. The
// token limit is raised out of the way, so that the parser itself is what gives out (the attack's 10,000
// levels under the default MAX_TOKENS overflowed the same way before the count reached 5,000).
const LEVELS = 200_000;
const DEEP = invalidDocument(
  'nested list values deeper than the parser can recurse',
  `{ album(id: ${'['.repeat(LEVELS)}1${']'.repeat(LEVELS)}) { name } }`,
);

const AFTER = graphql(`query DeepNestingAfter { __typename }`);

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let t: TestServer;
let client: Client;
beforeAll(async () => {
  t = await startTestServer({ listen: true, limits: { maxTokens: 10_000_000 } });
  client = wsClient(t.url);
});
afterAll(async () => {
  await client.dispose();
  await t.close();
});

describe('a document nested deeper than the parser can read', () => {
  it('is GRAPHQL_PARSE_FAILED with 400 over HTTP POST, not an unexpected 500', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: DEEP }),
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as Answer;
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(answer.errors?.[0]?.message).toMatch(/nests .* too deeply/);
    // The server goes on answering.
    const after = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: documentText(AFTER) }),
    });
    expect(await after.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('is GRAPHQL_PARSE_FAILED over graphql-ws, not INTERNAL_SERVER_ERROR', async () => {
    const errors = await new Promise<NonNullable<Answer['errors']>>((resolve, reject) => {
      client.subscribe(
        { query: DEEP },
        {
          next: (value) => resolve((value as Answer).errors ?? []),
          error: (error) => (Array.isArray(error) ? resolve(error) : reject(error)),
          complete: () => undefined,
        },
      );
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
