import { randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

const t = useTestServer();
let url: string;
beforeAll(async () => {
  url = await t.server.start(0, '127.0.0.1');
});

const post = (body: string): Promise<Response> =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** The heap after two full collections, in MB. */
function retainedMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

describe('memory bounds', () => {
  it('keeps the heap under 64 MB of growth after 240 distinct 512 KB documents, valid and failing', async () => {
    // 120 MB of distinct document text: every one would stay in an unbounded document cache.
    const before = retainedMb();
    for (let i = 0; i < 240; i++) {
      const filler = randomBytes(192 * 1024)
        .toString('hex')
        .slice(0, 512 * 1024 - 64);
      // A comment is not a token, so the token limit lets these through to the parser and the caches.
      const query = invalidDocument(
        'distinct 512 KB documents, half failing to parse: a memory attack',
        i % 2 === 0 ? `# ${filler}\n{ __typename }` : `# ${filler}\n{ __typename `,
      );
      const response = await post(JSON.stringify({ query }));
      const body = (await response.json()) as { errors?: unknown[] };
      expect(body.errors === undefined).toBe(i % 2 === 0);
    }
    const grown = retainedMb() - before;
    expect(grown).toBeLessThan(64);
    // The process still answers.
    const after = await post(
      JSON.stringify({ query: documentText(graphql(`query MemoryBoundsTypename { __typename }`)) }),
    );
    expect(await after.json()).toEqual({ data: { __typename: 'Query' } });
  }, 120_000);

  it('refuses a request body over MAX_REQUEST_BYTES with 413 and REQUEST_ENTITY_TOO_LARGE', async () => {
    const query = `{ __typename } # ${'x'.repeat(DEFAULT_LIMITS.maxRequestBytes)}`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('closes a WebSocket whose message is over MAX_REQUEST_BYTES with 1009 (message too big)', async () => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const consoleError = vi.spyOn(console, 'error');
    try {
      socket.send('x'.repeat(DEFAULT_LIMITS.maxRequestBytes + 1));
      expect(await closed).toBe(1009);
      // Logged through the JSON logger, not as graphql-ws's multi-line console.error with a stack.
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });

  it('bounds the catalog cache in bytes of JSON, evicting the least recently used', () => {
    const cache = new MemoryCatalogCache({ maxBytes: 100_000 });
    for (let i = 0; i < 100; i++) cache.set(`album:${i}:`, { id: i, name: 'n'.repeat(5_000) });
    expect(cache.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.get('album:99:')).toBeDefined();
    expect(cache.get('album:0:')).toBeUndefined();
  });

  it('keeps an entry past its time for getStale only', () => {
    let now = 1_000;
    const cache = new MemoryCatalogCache({ ttlSeconds: 1, now: () => now });
    cache.set('album:a:', { id: 'a' });
    now += 5_000;
    expect(cache.get('album:a:')).toBeUndefined();
    expect(cache.getStale('album:a:')).toEqual({ id: 'a' });
  });
});
