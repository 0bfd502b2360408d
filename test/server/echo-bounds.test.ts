import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_ERROR_MESSAGE_LENGTH } from '../../src/server/errors.js';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { wsClient } from '../helpers/subscriptions.js';

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
    expect(errors[0]!.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
  });

  // Old code: boundMessage kept MESSAGE_CHARS characters and added the ellipsis after them (301).
  it('cuts to exactly MAX_ERROR_MESSAGE_LENGTH characters, the ellipsis included', async () => {
    const errors = await errorsOf(
      invalidDocument(
        'a parse error quoting a 500 KB string, cut at the bound',
        `{ album(id: "x") "${'B'.repeat(500_000)}" }`,
      ),
    );
    expect(errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors[0]!.message).toHaveLength(MAX_ERROR_MESSAGE_LENGTH);
    expect(errors[0]!.message.endsWith('B…')).toBe(true);
  });

  it('cuts a syntax error that quotes a 500 KB string', async () => {
    const errors = await errorsOf(
      invalidDocument('a parse error quoting a 500 KB string', `{ album(id: "x") "${'B'.repeat(500_000)}" }`),
    );
    expect(errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors[0]!.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
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

/** 200,000 characters: a name or value far over MAX_ERROR_MESSAGE_LENGTH, under MAX_REQUEST_BYTES. */
const LONG = 'F'.repeat(200_000);
const SEARCH_TYPES = documentText(
  graphql(
    `query EchoSearchTypes($t: [SearchType!]!) { search(query: "a", types: $t) { tracks { totalCount } } }`,
  ),
);
const SEARCH_FIRST = documentText(
  graphql(
    `query EchoSearchFirst($n: Int) { search(query: "a", types: [TRACK], first: $n) { tracks { totalCount } } }`,
  ),
);

/** Each kind of input a validation or coercion error quotes, 200 KB long (v11 attack V8). */
const ECHOING: { kind: string; query: string; variables?: Record<string, unknown> }[] = [
  { kind: 'an unknown field', query: invalidDocument('a 200 KB unknown field name', `{ ${LONG} }`) },
  {
    kind: 'an unknown argument',
    query: invalidDocument('a 200 KB unknown argument name', `{ album(id: "x", ${LONG}: 1) { name } }`),
  },
  {
    kind: 'an unknown fragment',
    query: invalidDocument('a 200 KB unknown fragment name', `{ ...${LONG} }`),
  },
  {
    kind: 'an unknown directive',
    query: invalidDocument('a 200 KB unknown directive name', `{ __typename @${LONG} }`),
  },
  {
    kind: 'an enum literal',
    query: invalidDocument(
      'a 200 KB enum literal',
      `{ search(query: "a", types: [${LONG}]) { tracks { totalCount } } }`,
    ),
  },
  {
    kind: 'a string for an Int',
    query: invalidDocument(
      'a 200 KB string literal for an Int',
      `{ search(query: "a", types: [TRACK], first: "${LONG}") { tracks { totalCount } } }`,
    ),
  },
  {
    kind: 'an enum variable',
    query: SEARCH_TYPES,
    variables: { t: [LONG] },
  },
  {
    kind: 'an Int variable',
    query: SEARCH_FIRST,
    variables: { n: LONG },
  },
];

/** An answer's errors each within MAX_ERROR_MESSAGE_LENGTH, the ellipsis of a cut included. */
function expectBoundedMessages(errors: readonly { message: string }[] | undefined): void {
  expect(errors?.length).toBeGreaterThan(0);
  for (const error of errors ?? [])
    expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
}

describe('every error message is bounded, whatever the input it quotes and the transport', () => {
  it.each(ECHOING)('HTTP: $kind', async ({ query, variables }) => {
    const { text } = await answerOf({
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    expect(text.length).toBeLessThan(BOUNDED_ANSWER);
    expectBoundedMessages((JSON.parse(text) as { errors?: { message: string }[] }).errors);
  });

  it.each(ECHOING)('SSE: $kind', async ({ query, variables }) => {
    const { text } = await answerOf({
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query, variables }),
    });
    expect(text).toContain('errors');
    expect(text.length).toBeLessThan(BOUNDED_ANSWER);
  });

  it.each(ECHOING)('graphql-ws: $kind', async ({ query, variables }) => {
    const client = wsClient(url);
    try {
      const errors = await new Promise<readonly { message: string }[]>((resolve, reject) => {
        client.subscribe(
          { query, ...(variables ? { variables } : {}) },
          {
            next: (value) => resolve(value.errors ?? []),
            error: (error) => (Array.isArray(error) ? resolve(error) : reject(error)),
            complete: () => undefined,
          },
        );
      });
      expectBoundedMessages(errors);
    } finally {
      await client.dispose();
    }
  });
});

describe('graphql-ws control messages are bounded (R2 of the v11 re-attack)', () => {
  /** Opens a socket, sends `messages`, answers the messages received and how it closed. */
  async function exchange(messages: string[]): Promise<{ code: number; received: string[] }> {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const received: string[] = [];
    socket.on('message', (data) => received.push(String(data)));
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    for (const message of messages) socket.send(message);
    return { code: await closed, received };
  }

  it('closes with 4400 on a 200 KB ping, without echoing it in a pong', async () => {
    const big = JSON.stringify({ type: 'ping', payload: { p: 'x'.repeat(200_000) } });
    const { code, received } = await exchange([JSON.stringify({ type: 'connection_init' }), big]);
    expect(code).toBe(4400);
    expect(received.map((text) => (JSON.parse(text) as { type: string }).type)).toEqual(['connection_ack']);
  });

  it('closes with 4400 on a 200 KB connection_init, without acknowledging it', async () => {
    const big = JSON.stringify({ type: 'connection_init', payload: { p: 'x'.repeat(200_000) } });
    const { code, received } = await exchange([big]);
    expect(code).toBe(4400);
    expect(received).toEqual([]);
  });
});
