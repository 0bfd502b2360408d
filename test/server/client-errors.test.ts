import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readmeErrorCodes } from '../helpers/readme-errors.js';
import { useTestServer } from '../helpers/server.js';

/**
 * A request Node's HTTP parser refuses before the server reads it: a request line and headers over
 * Node's limit (16 KiB) answered 431 with an empty body (s38 attack 2, F4). Now a JSON error with its
 * code (in the README's Errors table) and a message that says to send a POST. Sent over a raw socket
 * on 127.0.0.1 (fetch would refuse to send some of them). The 431 tests fail on the old code; the
 * malformed request line is a guard (Node's own 400, before and after).
 */
const t = useTestServer({ listen: true });

/** Sends `request` as raw bytes to the test server and reads the whole answer until the server closes. */
function rawRequest(request: string): Promise<{ status: number; headers: string; body: string }> {
  const { port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server closes once it has answered, possibly while the rest of the request is still sent.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      resolve({ status: Number(head.split(' ')[1]), headers: head, body });
    });
    socket.write(request);
  });
}

describe('a request over the header limit', () => {
  const expectJson431 = (answer: { status: number; headers: string; body: string }) => {
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

  it('a malformed request line still gets Node’s 400', async () => {
    const answer = await rawRequest('NOT HTTP AT ALL\r\n\r\n');
    expect(answer.status).toBe(400);
  });
});
