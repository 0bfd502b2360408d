import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

const MAX_REQUEST_BYTES = 4096;
const t = useTestServer({ listen: true, limits: { maxRequestBytes: MAX_REQUEST_BYTES } });

/** A JSON body of about `bytes` bytes: `{ __typename }` and a comment. */
const bodyOf = (bytes: number): string =>
  JSON.stringify({
    query: invalidDocument(
      'a body of a given size: the document padded with a comment',
      `{ __typename } # ${'x'.repeat(Math.max(0, bytes - 40))}`,
    ),
  });

/** POSTs `body` over a real socket; `chunked` sends it without Content-Length, in pieces. */
function post(body: string, options: { chunked?: boolean } = {}) {
  const url = new URL(t.url);
  return new Promise<{
    status: number;
    json: {
      data?: unknown;
      errors?: { message?: string; extensions?: { code?: string; maxRequestBytes?: number } }[];
    };
  }>((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (!options.chunked) headers['content-length'] = String(Buffer.byteLength(body));
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    if (options.chunked) {
      for (let i = 0; i < body.length; i += 1000) req.write(body.slice(i, i + 1000));
      req.end();
    } else req.end(body);
  });
}

const codeOf = (answer: Awaited<ReturnType<typeof post>>) => answer.json.errors?.[0]?.extensions?.code;

describe('MAX_REQUEST_BYTES over HTTP', () => {
  it('answers a body within the limit, with Content-Length and chunked', async () => {
    for (const chunked of [false, true]) {
      const answer = await post(bodyOf(MAX_REQUEST_BYTES - 100), { chunked });
      expect(answer).toEqual({ status: 200, json: { data: { __typename: 'Query' } } });
    }
  });

  it('refuses a Content-Length over the limit with 413 REQUEST_ENTITY_TOO_LARGE, naming the limit and its variable', async () => {
    const answer = await post(bodyOf(MAX_REQUEST_BYTES + 100));
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(answer.json.errors?.[0]?.message).toBe(
      'Request body too large: at most 4096 bytes (MAX_REQUEST_BYTES)',
    );
    expect(answer.json.errors?.[0]?.extensions?.maxRequestBytes).toBe(MAX_REQUEST_BYTES);
  });

  it('refuses a chunked body (no Content-Length) that grows over the limit with 413', async () => {
    const answer = await post(bodyOf(MAX_REQUEST_BYTES * 3), { chunked: true });
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(answer.json.errors?.[0]?.extensions?.maxRequestBytes).toBe(MAX_REQUEST_BYTES);
  });
});

describe('MAX_REQUEST_BYTES in-process (yoga.fetch)', () => {
  it('counts a streamed body whose Content-Length understates it, and refuses it with 413', async () => {
    const body = bodyOf(MAX_REQUEST_BYTES * 3);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
      },
    });
    const response = await t.server.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '100' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    const json = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(json.errors[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });
});
