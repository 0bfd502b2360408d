import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_ERROR_MESSAGE_LENGTH } from '../../src/server/errors.js';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

const TYPENAME = documentText(graphql(`query EchoBoundsTypename { __typename }`));

const t = useTestServer();
let url: string;
beforeAll(async () => {
  url = await t.server.start(0, '127.0.0.1');
});

async function errorsOf(query: string): Promise<{ message: string; extensions?: { code?: string } }[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return body.errors ?? [];
}

describe('echoed input in errors', () => {
  it('cuts a 500 KB bad id in BAD_USER_INPUT to a bounded message', async () => {
    const errors = await errorsOf(
      invalidDocument(
        'a hostile 500 KB id literal, which the error echoes',
        `{ album(id: "${'A'.repeat(500_000)}") { name } }`,
      ),
    );
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0]!.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH + 1);
  });

  it('cuts a syntax error that quotes a 500 KB string', async () => {
    const errors = await errorsOf(
      invalidDocument('a parse error quoting a 500 KB string', `{ album(id: "x") "${'B'.repeat(500_000)}" }`),
    );
    expect(errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors[0]!.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH + 1);
  });
});

/** The whole answer to a raw HTTP request, as text (its size is what is asserted). */
async function answerOf(init: RequestInit, search = ''): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}${search}`, init);
  return { status: response.status, text: await response.text() };
}

const BIG = 'a'.repeat(1_000_000);
/** An answer that echoes none of a 1 MB input: its message bounded and no `originalError` echo. */
const BOUNDED_ANSWER = 2 * MAX_ERROR_MESSAGE_LENGTH + 500;

describe('echoed input in HTTP-level errors', () => {
  it('answers an invalid 1 MB JSON body with BAD_REQUEST that does not echo the body', async () => {
    const { status, text } = await answerOf({
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: `{"query":"${BIG}"`,
    });
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text.length).toBeLessThan(BOUNDED_ANSWER);
    expect(text).not.toContain('originalError');
  });

  it('does not echo a 1 MB JSON string body or a 1 MB unknown parameter', async () => {
    for (const body of [JSON.stringify(BIG), JSON.stringify({ query: TYPENAME, [BIG]: 1 })]) {
      const { status, text } = await answerOf({
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
      });
      expect(status).toBe(400);
      expect(text.length).toBeLessThan(BOUNDED_ANSWER);
    }
  });

  it('does not echo 1 MB of bad variables or extensions JSON in a GET query', async () => {
    for (const name of ['variables', 'extensions']) {
      const { status, text } = await answerOf(
        { headers: { accept: 'application/json' } },
        `?query=${encodeURIComponent(TYPENAME)}&${name}=${'%7B'.repeat(20_000)}`,
      );
      expect(status).toBeGreaterThanOrEqual(400);
      expect(text.length).toBeLessThan(BOUNDED_ANSWER);
      expect(text).not.toContain('originalError');
    }
  });

  it('does not echo a 1 MB body sent with the wrong content type, or a mutation over GET', async () => {
    const wrongType = await answerOf({
      method: 'POST',
      headers: { 'content-type': 'text/plain', accept: 'application/json' },
      body: BIG,
    });
    expect(wrongType.text.length).toBeLessThan(BOUNDED_ANSWER);
    const mutation = await answerOf(
      { headers: { accept: 'application/json' } },
      `?query=${encodeURIComponent(invalidDocument('a mutation sent over GET on purpose, with a 4 KB argument it must not echo', `mutation { pause(deviceId: "${'d'.repeat(4_000)}") { ok } }`))}`,
    );
    expect(mutation.status).toBe(405);
    expect(mutation.text.length).toBeLessThan(BOUNDED_ANSWER);
  });
});

describe('echoed input in graphql-ws refusals', () => {
  it('closes on an invalid JSON message without echoing it in the close reason', async () => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    socket.send(JSON.stringify({ type: 'connection_init' }));
    socket.send(`{"type":"subscribe","id":"1","payload":{"query":"${'a'.repeat(100_000)}"`);
    const { code, reason } = await closed;
    expect(code).toBe(4400);
    expect(reason.length).toBeLessThanOrEqual(123);
    expect(reason).not.toContain('aaaa');
  });
});
