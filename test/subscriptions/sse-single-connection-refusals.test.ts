import { expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { reserveStream, type StreamAnswer, streamAnswer } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * graphql-sse's own refusals on `/graphql/stream` (malformed parameters, unknown streams) come in the
 * server's error shape: every error has `extensions.code`, as on `/graphql`.
 */

const t = useTestServer({ listen: true });

/** A raw POST or DELETE to `/graphql/stream` with `body` as written; its status and errors. */
async function raw(
  method: string,
  path: string,
  body: string | undefined,
  token?: string,
  authorization?: string,
): Promise<StreamAnswer> {
  const response = await fetch(`${t.url}/stream${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token === undefined ? {} : { 'x-graphql-event-stream-token': token }),
      ...(authorization === undefined ? {} : { authorization }),
    },
    ...(body === undefined ? {} : { body }),
  });
  return streamAnswer(response);
}

it("answers graphql-sse's own refusals of malformed operation requests with 400 BAD_REQUEST, as /graphql does", async () => {
  const carol = `Bearer ${await t.emu.token({ user: 'carol' })}`;
  const token = await reserveStream(t.url, carol);
  const query = documentText(graphql(`subscription SseSingleConnectionErrorsMalformed { devices { name } }`));
  const bodies = [
    { query, variables: 'x', extensions: { operationId: 'a' } },
    { query, variables: [1], extensions: { operationId: 'b' } },
    { query, extensions: 'x' },
    { query: null, extensions: { operationId: 'c' } },
    { extensions: { operationId: 'd' } },
  ];
  for (const body of bodies) {
    const answer = await raw('POST', '', JSON.stringify(body), token, carol);
    expect(answer.status, JSON.stringify(body)).toBe(400);
    expect(answer.errors.length, answer.body).toBeGreaterThan(0);
    for (const error of answer.errors) expect(error.extensions?.code, answer.body).toBe('BAD_REQUEST');
  }
});

it('refuses an operationId that is not a short string with 400 BAD_REQUEST, never echoing it', async () => {
  const carol = `Bearer ${await t.emu.token({ user: 'carol' })}`;
  const token = await reserveStream(t.url, carol);
  const query = documentText(graphql(`query SseSingleConnectionLongOperationId { __typename }`));
  for (const operationId of ['x'.repeat(129), 'y'.repeat(100_000), { a: 1 }, 7]) {
    const answer = await raw(
      'POST',
      '',
      JSON.stringify({ query, extensions: { operationId } }),
      token,
      carol,
    );
    expect(answer.status).toBe(400);
    expect(answer.errors.map((error) => error.extensions?.code)).toEqual(['BAD_REQUEST']);
    expect(answer.body.length).toBeLessThan(300);
  }
  const fine = await raw(
    'POST',
    '',
    JSON.stringify({ query, extensions: { operationId: 'z'.repeat(128) } }),
    token,
    carol,
  );
  expect(fine.status).toBeLessThan(300);
});

it('answers an operation POST or DELETE for an unknown stream, or a malformed token, with 404 NOT_FOUND', async () => {
  const unknown = '0b5e5a3c-1b1a-4b8e-9a7d-2a1b3c4d5e6f';
  const query = documentText(graphql(`subscription SseSingleConnectionErrorsUnknown { devices { name } }`));
  const answers = [
    await raw('POST', '', JSON.stringify({ query, extensions: { operationId: 'a' } }), unknown),
    await raw('DELETE', '?operationId=a', undefined, unknown),
    await raw('GET', '?token=%', undefined),
  ];
  for (const answer of answers) {
    expect(answer.status, answer.body).toBe(404);
    expect(
      answer.errors.map((error) => error.extensions?.code),
      answer.body,
    ).toEqual(['NOT_FOUND']);
  }
});

it("sends a stream event's errors without yoga's internal extensions.http, as the other transports do", async () => {
  const token = await reserveStream(t.url);
  const stream = await fetch(`${t.url}/stream?token=${encodeURIComponent(token)}`, {
    headers: { accept: 'text/event-stream' },
  });
  expect(stream.status).toBe(200);
  const query = documentText(graphql(`query SseSingleConnectionRefusalsMe { me { displayName } }`));
  const posted = await raw('POST', '', JSON.stringify({ query, extensions: { operationId: 'me' } }), token);
  expect(posted.status, posted.body).toBe(202);
  const reader = stream.body!.getReader();
  let text = '';
  while (!text.includes('event: complete')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  await reader.cancel();
  const next = text.split('\n').find((line) => line.startsWith('data: {"id":"me","payload"'));
  const payload = (JSON.parse(next!.slice('data: '.length)) as { payload: StreamAnswer }).payload;
  expect(payload.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  expect(payload.errors[0]?.extensions).not.toHaveProperty('http');
});
