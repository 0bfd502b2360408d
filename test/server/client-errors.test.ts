import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testLogLevel } from '../helpers/log-level.js';
import { readmeErrorCodes } from '../helpers/readme-errors.js';
import { emulatorConfig, type TestServer, useTestServer } from '../helpers/server.js';
import { startPlayingServer, waitFor } from '../helpers/subscriptions.js';

/**
 * A request Node's HTTP parser refuses before the server reads it: a request line and headers over
 * Node's limit (16 KiB) answered 431 with an empty body (s38 attack 2, F4). Now a JSON error with its
 * code (in the README's Errors table) and a message that says to send a POST. Sent over a raw socket
 * on 127.0.0.1 (fetch would refuse to send some of them). The 431 tests fail on the old code.
 */
const t = useTestServer({ listen: true });

/** One HTTP/1.1 answer read off a raw socket: its status, head and body. */
interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/** The answers in `bytes`, in order: each body by its Content-Length or chunks, the last one to the end. */
function splitAnswers(bytes: Buffer): RawAnswer[] {
  const answers: RawAnswer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const headEnd = bytes.indexOf('\r\n\r\n', at);
    if (headEnd < 0) throw new Error(`an answer without a head end: ${bytes.subarray(at).toString()}`);
    const headers = bytes.subarray(at, headEnd).toString('latin1');
    let rest = headEnd + 4;
    const length = /\r\ncontent-length: *(\d+)/i.exec(headers)?.[1];
    let body: Buffer;
    if (length !== undefined) {
      body = bytes.subarray(rest, rest + Number(length));
      rest += Number(length);
    } else if (/\r\ntransfer-encoding: *chunked/i.test(headers)) {
      const chunks: Buffer[] = [];
      for (;;) {
        const sizeEnd = bytes.indexOf('\r\n', rest);
        const size = Number.parseInt(bytes.subarray(rest, sizeEnd).toString('latin1'), 16);
        rest = sizeEnd + 2;
        if (size === 0) break;
        chunks.push(bytes.subarray(rest, rest + size));
        rest += size + 2;
      }
      rest = bytes.indexOf('\r\n', rest) + 2;
      body = Buffer.concat(chunks);
    } else {
      body = bytes.subarray(rest);
      rest = bytes.length;
    }
    answers.push({ status: Number(headers.split(' ')[1]), headers, body: body.toString('utf8') });
    at = rest;
  }
  return answers;
}

/**
 * Writes `requests` back to back in one write on one connection to the server at `url` (the test
 * server's by default; 127.0.0.1: fetch would refuse to send most of them); resolves with the answers
 * once the server closes it.
 */
function pipelined(requests: Buffer[], url = t.url): Promise<RawAnswer[]> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server closes once it has answered, possibly while the rest of the request is still sent.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      try {
        resolve(splitAnswers(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
    socket.write(Buffer.concat(requests));
  });
}

/** Sends one request (latin1 bytes) alone on a connection to `url` and resolves with its one answer. */
async function rawRequest(request: string, url = t.url): Promise<RawAnswer> {
  const answers = await pipelined([Buffer.from(request, 'latin1')], url);
  expect(answers).toHaveLength(1);
  return answers[0]!;
}

describe('a request over the header limit', () => {
  const expectJson431 = (answer: RawAnswer) => {
    expect(answer.status).toBe(431);
    expect(answer.headers).toMatch(/content-type: application\/json/i);
    const { errors } = JSON.parse(answer.body) as {
      errors: { message: string; extensions: { code: string; maxHeaderBytes: number } }[];
    };
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toEqual({
      code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
      maxHeaderBytes: expect.any(Number),
    });
    expect(errors[0]!.message).toMatch(/POST/);
    expect(readmeErrorCodes().has(errors[0]!.extensions.code)).toBe(true);
  };

  it('a 60 KB GET query: 431 with a JSON error suggesting a POST', async () => {
    const query = encodeURIComponent(`{ __typename }${' '.repeat(60_000)}`);
    expectJson431(await rawRequest(`GET /graphql?query=${query} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`));
  });

  it('a 40 KB header: the same 431', async () => {
    const cookie = `c=${'x'.repeat(40_000)}`;
    expectJson431(await rawRequest(`GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n\r\n`));
  });
});

const operation = (query: string): Buffer => {
  const body = JSON.stringify({ query });
  return Buffer.from(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
};
const oversized = Buffer.from(
  `GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: c=${'x'.repeat(20_000)}\r\n\r\n`,
);
/** A GET whose query string carries `raw` as it is (UTF-8 bytes, not percent-encoded). */
const rawGet = (raw: string): Buffer =>
  Buffer.concat([
    Buffer.from('GET /graphql?query='),
    Buffer.from(raw, 'utf8'),
    Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n'),
  ]);

/** The one error of a JSON error answer. */
const onlyError = (answer: RawAnswer): { message: string; extensions: { code: string } } => {
  const { errors } = JSON.parse(answer.body) as {
    errors: { message: string; extensions: { code: string } }[];
  };
  expect(errors).toHaveLength(1);
  return errors[0]!;
};

/**
 * s43 H1: a refused request pipelined behind a POST on one keep-alive connection got its answer at
 * once, while the POST was still running: the client read the 431 (or 400) as the POST's answer, and
 * the POST's own answer was lost with the socket. Now each answer comes in the order of its request.
 * Fail on the old code: the first answer read is the 431/400.
 */
const TYPENAME = documentText(graphql(`query ClientErrorsTypename { __typename }`));
const TYPENAME_A = documentText(graphql(`query ClientErrorsTypenameA { a: __typename }`));
const TYPENAME_B = documentText(graphql(`query ClientErrorsTypenameB { b: __typename }`));

describe('a refused request pipelined behind others on one connection', () => {
  it('answers the POST first, then the oversized request with its 431', async () => {
    const answers = await pipelined([operation(TYPENAME), oversized]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 431]);
    expect(JSON.parse(answers[0]!.body)).toEqual({ data: { __typename: 'Query' } });
    expect(onlyError(answers[1]!).extensions.code).toBe('REQUEST_HEADER_FIELDS_TOO_LARGE');
  });

  it('answers two queued requests in order before the 431', async () => {
    const answers = await pipelined([operation(TYPENAME_A), operation(TYPENAME_B), oversized]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 431]);
    expect(JSON.parse(answers[0]!.body)).toEqual({ data: { a: 'Query' } });
    expect(JSON.parse(answers[1]!.body)).toEqual({ data: { b: 'Query' } });
  });

  it('answers the POST first, then a URL that is not percent-encoded with its 400', async () => {
    const answers = await pipelined([operation(TYPENAME), rawGet('{ café }')]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 400]);
    expect(onlyError(answers[1]!).extensions.code).toBe('BAD_REQUEST');
  });
});

/**
 * s43 H1: a GET whose request line carries bytes a URL may not carry as they are (UTF-8 letters, a
 * control character, a tab, a space) got Node's empty 400; now a JSON 400 BAD_REQUEST that says to
 * percent-encode. Fail on the old code (an empty body).
 */
describe('a request line whose URL is not percent-encoded', () => {
  const cases: [string, Buffer][] = [
    [
      'a UTF-8 letter in the query',
      rawGet(
        invalidDocument('raw bytes in the request line, refused before parsing', '{ search(q: "café") }'),
      ),
    ],
    ['an emoji in the query', rawGet('"🎵"')],
    [
      'a Latin-1 byte in the path',
      Buffer.from('GET /graph\xe9 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 'latin1'),
    ],
    [
      'a control character',
      Buffer.from('GET /graphql?query=\x01 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 'latin1'),
    ],
    ['a tab', Buffer.from('GET /graphql?query={\t__typename} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')],
    ['a space', Buffer.from('GET /graphql?query={ __typename } HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')],
  ];
  for (const [what, request] of cases) {
    it(`${what}: a JSON 400 BAD_REQUEST saying to percent-encode`, async () => {
      const [answer, ...more] = await pipelined([request]);
      expect(more).toEqual([]);
      expect(answer?.status).toBe(400);
      expect(answer?.headers).toMatch(/content-type: application\/json/i);
      const error = onlyError(answer!);
      expect(error.extensions.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/^The request's URL must be percent-encoded/);
    });
  }
});

/**
 * s43 attack: a refusal of the request in flight itself (its own body malformed or too long) waited
 * for that request's answer, which waits for the body: the socket got no answer and stayed open (and
 * held the client's concurrent-request slot). Fail on the old code: the socket never closes (test
 * timeout).
 */
describe('a request refused for its own body', () => {
  const head = 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n';

  it('answers a malformed chunked body with a 400 at once and closes', async () => {
    const answer = await rawRequest(`${head}Transfer-Encoding: chunked\r\n\r\nzz\r\n`);
    expect(answer.status).toBe(400);
    expect(onlyError(answer).message).toMatch(/^The request's chunked body is malformed/);
  });

  it('answers a chunk extension over the limit with a 413 at once and closes', async () => {
    const answer = await rawRequest(`${head}Transfer-Encoding: chunked\r\n\r\n1;${'x'.repeat(20_000)}\r\n`);
    expect(answer.status).toBe(413);
    expect(onlyError(answer).extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('still answers a well-formed chunked POST', async () => {
    const body = `{"query":${JSON.stringify(TYPENAME)}}`;
    const chunked = `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
    const answers = await pipelined([
      Buffer.from(`${head}Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunked}`),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200]);
    expect(JSON.parse(answers[0]!.body)).toEqual({ data: { __typename: 'Query' } });
  });
});

/**
 * s44 H5: every other request llhttp refuses (a method, a header, a version, a Content-Length or a
 * Transfer-Encoding it cannot read) got Node's empty 400 (no JSON, no extensions.code); now the JSON
 * error the other refusals get, code BAD_REQUEST, with a message saying what to send, 505 for a version
 * this server does not speak, `Connection: close`; behind a good request on one connection, after its
 * answer. Fail on the old code: the body is empty (JSON.parse throws), and 505 was 400.
 */
describe('a malformed request Node’s parser refuses', () => {
  const get = (line: string, headers = ''): string =>
    `${line}\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n${headers}\r\n`;
  const post = (headers: string, body = ''): string =>
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${headers}\r\n${body}`;
  const header = /^A request header is malformed/;
  const cases: [string, string, number, RegExp][] = [
    [
      'a method that is no token',
      get('G@T /graphql HTTP/1.1'),
      400,
      /^The request line must begin with an HTTP method/,
    ],
    ['a request that is no HTTP at all', 'NOT HTTP AT ALL\r\n\r\n', 400, /HTTP method/],
    ['a header name with a space', get('GET /graphql HTTP/1.1', 'Bad Header: x\r\n'), 400, header],
    ['a space before a header’s colon', get('GET /graphql HTTP/1.1', 'X-A : x\r\n'), 400, header],
    ['a control character in a header value', get('GET /graphql HTTP/1.1', 'X:\x01\r\n'), 400, header],
    ['a NUL in a header value', get('GET /graphql HTTP/1.1', 'X-A: a\x00b\r\n'), 400, header],
    ['a bare CR in a header value', get('GET /graphql HTTP/1.1', 'X-A: a\rb\r\n'), 400, header],
    ['a bare LF in a header value', get('GET /graphql HTTP/1.1', 'X-A: a\nb\r\n'), 400, header],
    [
      'a header value folded onto the next line',
      get('GET /graphql HTTP/1.1', 'X-A: a\r\n b\r\n'),
      400,
      header,
    ],
    ['HTTP/9.9', get('GET /graphql HTTP/9.9'), 505, /HTTP version is not supported/],
    ['HTTP/1.2', get('GET /graphql HTTP/1.2'), 505, /HTTP version is not supported/],
    ['HTTP/2.0', get('GET /graphql HTTP/2.0'), 505, /HTTP version is not supported/],
    ['HTTP/0.9 (no version)', 'GET /graphql\r\n\r\n', 505, /HTTP version is not supported/],
    [
      'an HTTP/1.1 request without Host',
      'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nAccept: application/json\r\n\r\n',
      400,
      /^An HTTP\/1\.1 request must carry a Host header/,
    ],
    [
      'a Host with a space',
      'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: a b\r\nAccept: application/json\r\n\r\n',
      400,
      /^The Host header must name the server once/,
    ],
    [
      'a Host with an unclosed IPv6 bracket',
      'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: [::1\r\nAccept: application/json\r\n\r\n',
      400,
      /^The Host header must name the server once/,
    ],
    [
      'a Host port over 65535',
      'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x:99999\r\nAccept: application/json\r\n\r\n',
      400,
      /^The Host header must name the server once/,
    ],
    [
      'a Host port of letters',
      'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x:abc\r\nAccept: application/json\r\n\r\n',
      400,
      /^The Host header must name the server once/,
    ],
    [
      'a Host with a user',
      'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: u@x\r\nAccept: application/json\r\n\r\n',
      400,
      /^The Host header must name the server once/,
    ],
    [
      'a Host with a path',
      'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x/graphql\r\nAccept: application/json\r\n\r\n',
      400,
      /^The Host header must name the server once/,
    ],
    [
      'an empty Host',
      'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: \r\nAccept: application/json\r\n\r\n',
      400,
      /^The Host header must name the server once/,
    ],
    [
      'two Host headers',
      'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: a\r\nHost: b\r\nAccept: application/json\r\n\r\n',
      400,
      /^The Host header must name the server once/,
    ],
    [
      'an HTTP/1.0 request with a Host naming no server',
      'GET /graphql?query=%7B__typename%7D HTTP/1.0\r\nHost: a b\r\nAccept: application/json\r\n\r\n',
      400,
      /^The Host header must name the server once/,
    ],
    ['HTTP/1.1x', get('GET /graphql HTTP/1.1x'), 400, /^The request line must end with the HTTP version/],
    [
      'a lower-case http/1.1',
      get('GET /graphql http/1.1'),
      400,
      /^The request line must end with the HTTP version/,
    ],
    [
      'Content-Length with Transfer-Encoding',
      post('Content-Length: 5\r\nTransfer-Encoding: chunked\r\n', '0\r\n\r\n'),
      400,
      /Transfer-Encoding/,
    ],
    [
      'Transfer-Encoding, then Content-Length',
      post('Transfer-Encoding: chunked\r\nContent-Length: 5\r\n', '0\r\n\r\n'),
      400,
      /Transfer-Encoding/,
    ],
    [
      'two different Content-Lengths',
      post('Content-Length: 2\r\nContent-Length: 3\r\n', '{}x'),
      400,
      /more than once/,
    ],
    ['Content-Length -1', post('Content-Length: -1\r\n'), 400, /Content-Length must be/],
    ['Content-Length 1e3', post('Content-Length: 1e3\r\n'), 400, /Content-Length must be/],
    [
      'a Content-Length over 2^64',
      post(`Content-Length: ${'9'.repeat(30)}\r\n`),
      400,
      /Content-Length must be/,
    ],
    ['Transfer-Encoding: gzip', post('Transfer-Encoding: gzip\r\n'), 400, /Transfer-Encoding/],
    [
      'a coding before chunked',
      post('Transfer-Encoding: gzip, chunked\r\n', '0\r\n\r\n'),
      501,
      /^The request's Transfer-Encoding names a coding this server does not read/,
    ],
    ['a coding after chunked', post('Transfer-Encoding: chunked, gzip\r\n'), 400, /Transfer-Encoding/],
  ];
  const expectRefusal = (answer: RawAnswer | undefined, status: number, message: RegExp): void => {
    expect(answer?.status).toBe(status);
    expect(answer?.headers).toMatch(/\r\ncontent-type: application\/json/i);
    expect(answer?.headers).toMatch(/\r\nconnection: close/i);
    const error = onlyError(answer!);
    expect(error.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(error.message).toMatch(message);
  };

  for (const [what, request, status, message] of cases) {
    it(`${what}: a JSON ${status} BAD_REQUEST`, async () => {
      expectRefusal(await rawRequest(request), status, message);
    });

    it(`${what}, pipelined behind a POST: the POST’s answer, then the ${status}`, async () => {
      const answers = await pipelined([operation(TYPENAME), Buffer.from(request, 'latin1')]);
      expect(answers.map((answer) => answer.status)).toEqual([200, status]);
      expect(JSON.parse(answers[0]!.body)).toEqual({ data: { __typename: 'Query' } });
      expectRefusal(answers[1], status, message);
    });
  }
});

/**
 * s44 H5: the 408 of a request not sent whole within Node's requestTimeout (300 s, so untested) was
 * Node's empty one; createServer's `requestTimeoutMs` sets it, and the 408 is a JSON REQUEST_TIMEOUT,
 * then the socket closes. Fail on the old code: an empty body (and no `requestTimeoutMs`, so the
 * socket stays open past the test's timeout).
 */
describe('a request not sent whole within requestTimeoutMs', () => {
  let emu: TestEmulator | undefined;
  let server: SpotifyGraphQLServer | undefined;
  let url = '';
  beforeAll(async () => {
    emu = await startTestEmulator();
    const config = emulatorConfig(emu, EXTENDED_APP);
    config.logLevel = testLogLevel();
    server = await createServer({ config, logging: false, requestTimeoutMs: 300 });
    url = await server.start(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.stop({ delayMs: 0, graceMs: 0 });
    await emu?.close();
  });

  const expect408 = (answer: RawAnswer | undefined): void => {
    expect(answer?.status).toBe(408);
    expect(answer?.headers).toMatch(/\r\nconnection: close/i);
    const error = onlyError(answer!);
    expect(error.extensions).toEqual({ code: 'REQUEST_TIMEOUT' });
    expect(error.message).toMatch(/^The request was not sent whole in time/);
    expect(readmeErrorCodes().has(error.extensions.code)).toBe(true);
  };
  const short =
    'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query"';

  it('a body shorter than its Content-Length: a JSON 408 REQUEST_TIMEOUT, then the socket closes', async () => {
    expect408(await rawRequest(short, url));
  });

  it('headers that never end: the same 408', async () => {
    expect408(await rawRequest('GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n', url));
  });

  it('a short body pipelined behind a POST: the POST’s answer, then the 408', async () => {
    const answers = await pipelined([operation(TYPENAME), Buffer.from(short)], url);
    expect(answers.map((answer) => answer.status)).toEqual([200, 408]);
    expect408(answers[1]);
  });
});

/**
 * s44 H5: a malformed request pipelined behind an open SSE stream on one connection waited for the
 * stream to end, which it may never do: the socket was held for as long as the subscription ran. Now
 * the refusal waits at most twice REQUEST_DEADLINE_MS for the answers owed before it, then the socket
 * is cut (the stream ends unfinished, no answer can follow it). Fail on the old code: the socket never
 * closes (the test times out).
 */
describe('a malformed request pipelined behind an open SSE stream', () => {
  let started: { t: TestServer; token: string } | undefined;
  beforeAll(async () => {
    started = await startPlayingServer({ limits: { requestDeadlineMs: 200 } });
  });
  afterAll(async () => {
    const t = started?.t;
    if (!t) return;
    await waitFor(
      () => t.server.playerPollers.subscribers === 0,
      () => 'the cut stream’s subscriber to leave',
    );
    await t.close();
  });

  it('cuts the stream and closes the socket', async () => {
    const { t, token } = started!;
    const query = encodeURIComponent(
      documentText(graphql(`subscription ClientErrorsPlaying { playbackState { isPlaying } }`)),
    );
    const stream = `GET /graphql?query=${query} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nAuthorization: Bearer ${token}\r\n\r\n`;
    const socket = connect({ host: '127.0.0.1', port: Number(new URL(t.url).port) });
    let text = '';
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => {});
    const firstEvent = new Promise<void>((resolve) =>
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        if (text.includes('event: next')) resolve();
      }),
    );
    socket.write(stream);
    await firstEvent;
    socket.write('G@T /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await closed;
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
    expect(text).toMatch(/\r\ncontent-type: text\/event-stream/i);
    // The stream is cut unfinished: no answer may follow it, so the refusal gets none.
    expect(text).not.toMatch(/HTTP\/1\.1 400/);
  });
});
