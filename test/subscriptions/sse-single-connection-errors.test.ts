import type { DocumentNode } from 'graphql';
import { expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { reserveStream, type StreamAnswer, streamAnswer } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * graphql-sse's single-connection mode (`/graphql/stream`) answers an operation that cannot start with
 * HTTP 400 and its typed GraphQL errors (never a 500, never a stack trace), and a stream GET with an
 * unknown token with 404.
 */

const t = useTestServer({ listen: true });

/** A stream reserved with `authorization` (its operations must carry the same: the stream is bound to it). */
const reserve = (authorization?: string): Promise<string> => reserveStream(t.url, authorization);

async function post(
  token: string,
  document: DocumentNode | string,
  authorization?: string,
): Promise<StreamAnswer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-graphql-event-stream-token': token,
  };
  if (authorization !== undefined) headers.authorization = authorization;
  const response = await fetch(`${t.url}/stream`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: documentText(document), extensions: { operationId: 'a' } }),
  });
  return streamAnswer(response);
}

it.each([
  [
    'a syntax error',
    invalidDocument('a syntax error', 'subscription {'),
    /Syntax Error/,
    'GRAPHQL_PARSE_FAILED',
  ],
  [
    'an unknown field',
    invalidDocument('an unknown field', 'subscription { nope }'),
    /nope/,
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'a skipped root field',
    invalidDocument('a directive on the root field', 'subscription { devices @skip(if: true) { name } }'),
    /one root field/,
    'GRAPHQL_VALIDATION_FAILED',
  ],
] as const)(
  'answers %s with 400 and the typed error, no stack trace',
  async (_name, query, message, code) => {
    const alice = `Bearer ${await t.emu.token({ user: 'alice' })}`;
    const answer = await post(await reserve(alice), query, alice);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toMatch(/ at |node_modules|\/src\//);
    expect(answer.errors[0]?.message).toMatch(message);
    expect(answer.errors[0]?.extensions?.code).toBe(code);
    expect(answer.errors[0]?.extensions).not.toHaveProperty('http');
  },
);

it('answers a subscription without credentials with UNAUTHENTICATED', async () => {
  const answer = await post(
    await reserve(),
    graphql(`subscription SseSingleConnectionErrorsNoCredentials { playbackState { isPlaying } }`),
  );
  expect(answer.status).toBe(401);
  expect(answer.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(t.server.playerPollers.subscribers).toBe(0);
});

it('answers a stream GET with an unknown token with 404', async () => {
  const response = await fetch(`${t.url}/stream?token=no-such-token`, {
    headers: { accept: 'text/event-stream' },
  });
  expect(response.status).toBe(404);
  await response.body?.cancel();
});
