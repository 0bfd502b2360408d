import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { memoryLogger, metricsText } from '../helpers/memory-log.js';
import { readmeErrorCodes } from '../helpers/readme-errors.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

/**
 * Refusals graphql-yoga writes itself (a Content-Type no parser reads, an Accept it cannot answer,
 * parameters that are not JSON, an operation it cannot choose) reach clients in the server's error
 * shape: `{errors: [{message, extensions: {code}}]}`, their status, and a code the README's Errors
 * table lists (test/readme-error-codes.test.ts reads the server's own codes from src; these come from
 * the library, so they are requested here).
 */
const TYPENAME = documentText(graphql(`query LibraryRefusalsTypename { __typename }`));
const SUBSCRIPTION = documentText(
  graphql(`subscription LibraryRefusalsPlaying { playbackState { isPlaying } }`),
);
const TWO = invalidDocument(
  'two operations without operationName',
  'query A { __typename } query B { __typename }',
);
const ANONYMOUS_AND_NAMED = invalidDocument(
  'an anonymous operation beside a named one',
  '{ __typename } query B { __typename }',
);

const log = memoryLogger();
const t = useTestServer({ listen: true, logger: log.logger });
const alice = useUserToken(t, 'alice', { clearLog: true });
let codes: Set<string>;
beforeAll(() => {
  codes = readmeErrorCodes();
});

interface Refusal {
  status: number;
  message: string;
  code: unknown;
  type: string | null;
}

/** The answer to a raw request, checked to be one error in the server's shape. */
async function refusalOf(init: RequestInit, search = ''): Promise<Refusal> {
  const response = await fetch(`${t.url}${search}`, init);
  const text = await response.text();
  const body = JSON.parse(text) as { errors: { message: string; extensions: { code: unknown } }[] };
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors;
  expect(Object.keys(error!.extensions)).toEqual(['code']);
  expect(codes.has(error!.extensions.code as string), `${error!.extensions.code} in the README`).toBe(true);
  return {
    status: response.status,
    message: error!.message,
    code: error!.extensions.code,
    type: response.headers.get('content-type'),
  };
}

const post = (headers: Record<string, string>, body: string): RequestInit => ({
  method: 'POST',
  headers,
  body,
});

describe('a body no request parser reads', () => {
  it('answers a JSON body sent as text/plain (fetch without the header) 415 BAD_REQUEST, saying what to send', async () => {
    for (const type of ['text/plain;charset=UTF-8', 'application/xml', 'application/jsonx']) {
      const refusal = await refusalOf(post({ 'content-type': type }, JSON.stringify({ query: TYPENAME })));
      expect(refusal).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
      expect(refusal.type).toMatch(/^application\/json/);
      expect(refusal.message).toContain('application/json');
    }
  });

  it('answers a method with no GraphQL meaning 405 BAD_REQUEST', async () => {
    const refusal = await refusalOf({ method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(refusal).toMatchObject({ status: 405, code: 'BAD_REQUEST' });
  });
});

describe('an Accept the server cannot answer', () => {
  it('answers a subscription sent as a plain JSON request 406 BAD_REQUEST, naming the stream types', async () => {
    const refusal = await refusalOf(
      post(
        {
          accept: 'application/json',
          'content-type': 'application/json',
          authorization: `Bearer ${alice.token}`,
        },
        JSON.stringify({ query: SUBSCRIPTION }),
      ),
    );
    expect(refusal).toMatchObject({ status: 406, code: 'BAD_REQUEST' });
    expect(refusal.message).toContain('text/event-stream');
    expect(refusal.message).toContain('graphql-ws');
  });

  it('answers a query under an Accept of no answerable type 406 BAD_REQUEST', async () => {
    for (const accept of ['text/html', 'image/png']) {
      const refusal = await refusalOf(
        post({ accept, 'content-type': 'application/json' }, JSON.stringify({ query: TYPENAME })),
      );
      expect(refusal).toMatchObject({ status: 406, code: 'BAD_REQUEST' });
      expect(refusal.message).toContain('application/json');
    }
  });
});

/**
 * The request log line of the request sent with `x-request-id: id` (one per request, written when it is
 * answered: the log stream has it by the time the answer is read).
 */
function lineOf(id: string) {
  const lines = log.lines().filter((line) => line.requestId === id && line.msg === 'graphql request');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

const SEARCH = documentText(
  graphql(
    `query LibraryRefusalsSearch { search(query: "love", types: [TRACK], first: 2) { tracks { nodes { name } } } }`,
  ),
);
const CREATE = documentText(
  graphql(
    `mutation LibraryRefusalsCreate { createPlaylist(name: "Made by a 406", public: false) { playlist { id } } }`,
  ),
);

/** alice's playlists as Spotify (the emulator) has them: their count. */
async function playlistCount(): Promise<number> {
  const answer = await t.emu.api('GET', '/v1/me/playlists', { token: alice.token });
  return (answer.json as { total: number }).total;
}

// GraphQL over HTTP: the media type is negotiated before the request is executed. A refused Accept is
// a "fix the request and send it again" refusal, so it must not have run: no Spotify call, no change.
describe('a request refused for its Accept runs nothing', () => {
  const json = (accept: string, id: string) => ({
    'content-type': 'application/json',
    accept,
    authorization: `Bearer ${alice.token}`,
    'x-request-id': id,
  });

  it('refuses a query under Accept: text/html before it calls Spotify', async () => {
    const refusal = await refusalOf(
      post(json('text/html', 'accept-query'), JSON.stringify({ query: SEARCH })),
    );
    expect(refusal).toMatchObject({ status: 406, code: 'BAD_REQUEST' });
    expect(await t.calls()).toEqual({});
    expect(lineOf('accept-query')).toMatchObject({
      status: 406,
      errorCodes: ['BAD_REQUEST'],
      spotifyCalls: 0,
    });
  });

  it('refuses a mutation under Accept: text/html (or every type q=0) before it is applied', async () => {
    const before = await playlistCount();
    await t.clearLog();
    for (const [accept, id] of [
      ['text/html', 'accept-mutation'],
      ['application/json;q=0, text/*;q=0, */*;q=0', 'accept-mutation-q0'],
    ] as const) {
      const refusal = await refusalOf(post(json(accept, id), JSON.stringify({ query: CREATE })));
      expect(refusal, accept).toMatchObject({ status: 406, code: 'BAD_REQUEST' });
    }
    expect(await t.calls()).toEqual({});
    expect(await playlistCount()).toBe(before);
    expect(lineOf('accept-mutation')).toMatchObject({
      status: 406,
      errorCodes: ['BAD_REQUEST'],
      spotifyCalls: 0,
    });
  });

  it('refuses a subscription under a JSON Accept before it subscribes, signed in or not, logged and counted as 406', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const id = `accept-subscription-${accept.length}`;
      const refusal = await refusalOf(post(json(accept, id), JSON.stringify({ query: SUBSCRIPTION })));
      expect(refusal, accept).toMatchObject({ status: 406, code: 'BAD_REQUEST' });
      expect(refusal.message).toContain('text/event-stream');
      expect(lineOf(id)).toMatchObject({ status: 406, errorCodes: ['BAD_REQUEST'], spotifyCalls: 0 });
    }
    // Without a user the refusal is the same 406: what is wrong with the request comes first.
    const anonymous = await refusalOf(
      post(
        { 'content-type': 'application/json', accept: 'application/json' },
        JSON.stringify({ query: SUBSCRIPTION }),
      ),
    );
    expect(anonymous).toMatchObject({ status: 406, code: 'BAD_REQUEST' });
    expect(await t.calls()).toEqual({});
    expect(t.server.playerPollers.subscribers).toBe(0);
    expect(await metricsText(t.url)).toMatch(
      /graphql_requests_total\{operation="[^"]*",status="406",transport="http"\} [1-9]/,
    );
  });

  it('still answers a subscription under Accept: text/event-stream, and a query under wildcards', async () => {
    const controller = new AbortController();
    const stream = await fetch(t.url, {
      ...post(json('text/event-stream', 'accept-sse'), JSON.stringify({ query: SUBSCRIPTION })),
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    controller.abort();
    for (const accept of [
      '*/*',
      'application/*',
      'text/html, */*;q=0.1',
      'application/json; charset=UTF-8',
    ]) {
      const answer = await fetch(t.url, post(json(accept, 'accept-ok'), JSON.stringify({ query: TYPENAME })));
      expect(answer.status, accept).toBe(200);
      expect(await answer.json(), accept).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('logs a 415 with its code', async () => {
    const refusal = await refusalOf(
      post(
        { 'content-type': 'text/plain', 'x-request-id': 'content-type-415' },
        JSON.stringify({ query: TYPENAME }),
      ),
    );
    expect(refusal).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
    expect(lineOf('content-type-415')).toMatchObject({ status: 415, errorCodes: ['BAD_REQUEST'] });
  });
});

// GraphQL over HTTP: a request without a query, or a batch, is no well-formed GraphQL request: 400
// for every client (200 is only for a well-formed request's errors to an application/json client).
describe('a request that is no GraphQL request', () => {
  it('answers a body or GET without query 400 BAD_REQUEST, to a JSON client too', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const empty = await refusalOf(post({ accept, 'content-type': 'application/json' }, '{}'));
      expect(empty, accept).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect(empty.message).toContain('"query"');
      const get = await refusalOf({ headers: { accept } });
      expect(get, accept).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    }
  });

  // v37 new user, item 5: an Apollo-style persisted query got "The request has no query", which Apollo
  // Client's persisted-query link does not read as "send the query text".
  it('answers a persisted query (a hash, no query) 400 PERSISTED_QUERY_NOT_SUPPORTED; its retry with the query is served', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } };
    const headers = { accept: 'application/json', 'content-type': 'application/json' };
    const posted = await refusalOf(post(headers, JSON.stringify({ extensions })));
    const search = `?extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
    const got = await refusalOf({ headers: { accept: 'application/json' } }, search);
    for (const refusal of [posted, got]) {
      expect(refusal).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_NOT_SUPPORTED' });
      expect(refusal.message).toContain('Persisted queries are not supported');
    }
    const retried = await fetch(t.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: TYPENAME, extensions }),
    });
    expect(await retried.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a batched (array) body 400 BAD_REQUEST', async () => {
    const batch = JSON.stringify([{ query: TYPENAME }, { query: TYPENAME }]);
    const refusal = await refusalOf(
      post({ accept: 'application/json', 'content-type': 'application/json' }, batch),
    );
    expect(refusal).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});

describe('parameters that are not JSON', () => {
  it('answers GET variables or extensions that are not JSON 400 BAD_REQUEST, not a logged 500', async () => {
    const query = encodeURIComponent(TYPENAME);
    for (const search of [
      `?query=${query}&variables=oops`,
      `?query=${query}&variables=%7Bid:1%7D`,
      `?query=${query}&extensions=oops`,
    ]) {
      const refusal = await refusalOf({ headers: { accept: 'application/json' } }, search);
      expect(refusal, search).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect(refusal.message).toMatch(/not valid JSON/);
    }
    expect(log.lines().filter((line) => line.level >= 50)).toEqual([]);
  });

  it('answers a form body whose variables are not JSON 400 BAD_REQUEST', async () => {
    const body = new URLSearchParams({ query: TYPENAME, variables: 'oops' }).toString();
    const refusal = await refusalOf(post({ 'content-type': 'application/x-www-form-urlencoded' }, body));
    expect(refusal).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('answers a multipart body whose operations field is not JSON 400 BAD_REQUEST', async () => {
    const form = new FormData();
    form.set('operations', 'oops');
    const refusal = await refusalOf({ method: 'POST', body: form });
    expect(refusal).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});

// s38 attack 2, F3: bytes that are no UTF-8 were read as U+FFFD: `{"query":"<FF FE>"}` was a syntax
// error about U+FFFD, a bad byte in a comment was served, one in an operationName was "No operation
// named". Each refusal below fails on the old code; the last test is a guard (served before and after).
describe('text that is not UTF-8', () => {
  const bytes = (...parts: (string | number[])[]): Buffer =>
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));
  const raw = (type: string, body: Buffer): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': type },
    body: new Uint8Array(body),
  });

  it('answers a JSON body that is not UTF-8 400 BAD_REQUEST, saying so', async () => {
    for (const body of [
      bytes('{"query":"', [0xff, 0xfe], '"}'),
      bytes(`{"query":${JSON.stringify(`${TYPENAME} #`).slice(0, -1)}`, [0xff], '"}'),
      bytes(`{"query":${JSON.stringify(TYPENAME)},"operationName":"`, [0xc0, 0xaf], '"}'),
    ]) {
      const refusal = await refusalOf(raw('application/json', body));
      expect(refusal).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect(refusal.message).toMatch(/^The request body is not valid UTF-8 JSON/);
    }
  });

  it('answers a GraphQL document or form body that is not UTF-8 400 BAD_REQUEST', async () => {
    const document = await refusalOf(raw('application/graphql', bytes(`${TYPENAME} #`, [0xff])));
    expect(document).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    const form = `query=${encodeURIComponent(TYPENAME)}&operationName=%C0%AF`;
    const refusal = await refusalOf(raw('application/x-www-form-urlencoded', bytes(form)));
    expect(refusal).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('answers a GET whose query string is not percent-encoded UTF-8 400 BAD_REQUEST, suggesting a POST', async () => {
    const query = encodeURIComponent(TYPENAME);
    for (const search of [
      `?query=${query}%FF`,
      `?query=%E0%A4`,
      `?query=${query}%ZZ`,
      `?query=${query}&variables=%E0%A4%A`,
    ]) {
      const refusal = await refusalOf({ headers: { accept: 'application/json' } }, search);
      expect(refusal, search).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect(refusal.message).toMatch(/^The URL's query string is not valid percent-encoded UTF-8.*POST/);
    }
  });

  it('still serves UTF-8 text: a byte order mark, accents and emoji in a body and a query string', async () => {
    const text = `${TYPENAME} # é 🎵`;
    const posted = await fetch(
      t.url,
      raw('application/json', bytes([0xef, 0xbb, 0xbf], JSON.stringify({ query: text }))),
    );
    expect(await posted.json()).toEqual({ data: { __typename: 'Query' } });
    const got = await fetch(`${t.url}?query=${encodeURIComponent(text)}`, {
      headers: { accept: 'application/json' },
    });
    expect(await got.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

// A request error of a well-formed request: 200 to an application/json client, as a validation error
// (GraphQL over HTTP); 400 under application/graphql-response+json (test/graphql/client-input-errors).
describe('an operation that cannot be chosen', () => {
  const json = { 'content-type': 'application/json', accept: 'application/json' };

  it('answers several operations without operationName GRAPHQL_VALIDATION_FAILED, naming them', async () => {
    const refusal = await refusalOf(post(json, JSON.stringify({ query: TWO })));
    expect(refusal).toMatchObject({ status: 200, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(refusal.message).toBe('The document has 2 operations (A, B): pass operationName to choose one');
  });

  // Attack 3 (LOW): the first answer said "pass operationName to choose one", then with operationName
  // "B" validation's rule; now the rule's message whatever the operationName (fails on the old code).
  it.each([undefined, 'B', 'C'])(
    'answers an anonymous operation beside a named one (operationName %s) with the lone-anonymous rule',
    async (operationName) => {
      const refusal = await refusalOf(
        post(json, JSON.stringify({ query: ANONYMOUS_AND_NAMED, operationName })),
      );
      expect(refusal).toMatchObject({ status: 200, code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(refusal.message).toBe('This anonymous operation must be the only defined operation.');
    },
  );

  it('answers an unknown operationName GRAPHQL_VALIDATION_FAILED, naming the ones there are', async () => {
    const refusal = await refusalOf(post(json, JSON.stringify({ query: TWO, operationName: 'C' })));
    expect(refusal).toMatchObject({ status: 200, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(refusal.message).toBe('No operation named "C" in the document (it has A, B)');
  });

  it('answers the same over GET and for a subscription over SSE', async () => {
    const get = await refusalOf(
      { headers: { accept: 'application/graphql-response+json' } },
      `?query=${encodeURIComponent(TWO)}`,
    );
    expect(get).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    const subscriptions = invalidDocument(
      'two subscriptions without operationName',
      'subscription A { playbackState { isPlaying } } subscription B { devices { name } }',
    );
    const sse = await refusalOf(
      post(
        {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          authorization: `Bearer ${alice.token}`,
        },
        JSON.stringify({ query: subscriptions }),
      ),
    );
    expect(sse).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
