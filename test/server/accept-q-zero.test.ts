import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

/** `Accept` ranges with q=0 mean "not acceptable" (RFC 9110 12.5.1): they never choose the answer's type. */

const SUBSCRIPTION = documentText(graphql(`subscription AcceptQZeroDevices { devices { name } }`));
const TYPENAME = documentText(graphql(`query AcceptQZeroTypename { __typename }`));

const t = useTestServer({ listen: true });
const alice = useUserToken(t, 'alice');

async function ask(accept: string, query: string) {
  const response = await fetch(t.url!, {
    method: 'POST',
    headers: { accept, 'content-type': 'application/json', authorization: `Bearer ${alice.token}` },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

describe('Accept with q=0', () => {
  it('never streams a subscription to a client whose Accept refuses text/event-stream with q=0', async () => {
    for (const accept of [
      'text/event-stream;q=0',
      'text/event-stream; q=0.0',
      'application/json, text/event-stream;q=0',
    ]) {
      const answer = await ask(accept, SUBSCRIPTION);
      expect(answer.status, accept).toBe(406);
      expect(answer.type, accept).not.toContain('text/event-stream');
      const body = JSON.parse(answer.text) as { errors: { extensions: { code: string } }[] };
      expect(body.errors.map((error) => error.extensions.code)).toEqual(['BAD_REQUEST']);
    }
    expect(t.server.playerPollers.subscribers).toBe(0);
  });

  it('answers with the types the client does accept, ignoring the refused ones', async () => {
    const answer = await ask('application/graphql-response+json;q=0, application/json', TYPENAME);
    expect(answer.status).toBe(200);
    expect(answer.type).toContain('application/json');
    expect(JSON.parse(answer.text)).toEqual({ data: { __typename: 'Query' } });
  });
});
