import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { configFromEnv } from '../../src/server/config.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { memoryLogger } from '../helpers/memory-log.js';

/**
 * Which answer a GET of `/` or of `/graphql` gets by its Accept (H3 item 1): GraphiQL's page and the
 * home page's HTML only for an Accept whose q-values prefer text/html (RFC 9110 section 12.5.1), no
 * longer for any Accept that merely names it. Sent with node:http, so that the request carries exactly
 * the headers given (fetch adds Accept-Encoding) and several Accept lines when asked.
 */
let emu: TestEmulator;
let server: SpotifyGraphQLServer;
let url: URL;
beforeAll(async () => {
  emu = await startTestEmulator();
  server = await createServer({
    config: {
      ...configFromEnv({ SPOTIFY_CLIENT_ID: EXTENDED_APP.clientId }),
      clientSecret: EXTENDED_APP.clientSecret,
      apiUrl: `${emu.url}/v1`,
      accountsUrl: emu.url,
      appMode: 'extended',
      graphiql: true,
      port: 0,
    },
    logger: memoryLogger().logger,
  });
  url = new URL(await server.start(0, '127.0.0.1'));
});
afterAll(async () => {
  await server?.stop();
  await emu?.close();
});

interface Answer {
  status: number;
  type: string;
  vary: string[];
  body: Buffer;
}

/** GET `path` with exactly `headers` (an array value is sent as that many header lines). */
function get(path: string, headers: Record<string, string | string[]>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(new URL(path, url), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? '',
          vary: (response.headers.vary ?? '').split(',').map((name) => name.trim().toLowerCase()),
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

const QUERY = `/graphql?query=${encodeURIComponent(documentText(graphql(`query HtmlNegotiationTypename { __typename }`)))}`;
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/** Accept values that name text/html but do not prefer it to JSON: each is answered JSON. */
const JSON_PREFERRED: [string, string | string[]][] = [
  ['q=0 refuses HTML', 'text/html;q=0, application/json'],
  ['q=0, upper case and spaces', 'TEXT/HTML ; Q = 0 , Application/JSON'],
  ['q=0.000', 'text/html;q=0.000, application/json'],
  ['a lower q for HTML', 'text/html;q=0.1, application/graphql-response+json'],
  ['a lower q than the wildcard', 'text/html;q=0.5, */*;q=0.6'],
  ['JSON listed first, alike q', 'application/json, text/html'],
  ['application/* rated above HTML', 'application/*;q=0.9, text/html;q=0.8'],
  ['q=2 is no qvalue: the range is ignored', 'text/html;q=2, application/json'],
  ['q=abc is no qvalue', 'text/html;q=abc, application/json'],
  ['q=0.5abc is no qvalue', 'text/html;q=0.5abc, application/json;q=0.4'],
  ['q=1.5 is no qvalue', 'text/html;q=1.5, application/json;q=0.9'],
  ['HTML in another charset', 'text/html;charset=iso-8859-1, application/json'],
  ['two Accept headers, HTML refused in the first', ['text/html;q=0', 'application/json']],
  ['two Accept headers, JSON first', ['application/json', 'text/html']],
];

/** Accept values that prefer text/html: GraphiQL's page and the home page's HTML. */
const HTML_PREFERRED: [string, string | string[]][] = [
  ['a browser', BROWSER],
  ['text/html alone', 'text/html'],
  ['upper case, utf-8 charset', 'Text/HTML;Charset=UTF-8'],
  ['a higher q for HTML', 'application/json;q=0.5, text/html;q=0.9'],
  ['HTML listed first, alike q', 'text/html, application/json'],
  ['q=1.000 with spaces', 'text/html ; q=1.000, application/json;q=0.999'],
  ['two Accept headers, HTML first', ['text/html', 'application/json;q=0.9']],
];

describe('GET /graphql?query=: GraphiQL only when Accept prefers HTML', () => {
  it.each(JSON_PREFERRED)('%s (%j): JSON, with or without compression', async (_, accept) => {
    for (const encoding of [{ 'accept-encoding': 'gzip, br' }, {}]) {
      const answer = await get(QUERY, { accept, ...encoding });
      expect(answer.status, `${answer.type} ${answer.body.length} bytes`).toBe(200);
      expect(answer.type).toMatch(/^application\/(graphql-response\+)?json/);
      expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
      expect(answer.vary).toEqual(expect.arrayContaining(['accept', 'origin']));
    }
  });

  it.each(HTML_PREFERRED)('%s (%j): the GraphiQL page, compressed', async (_, accept) => {
    const answer = await get(QUERY, { accept, 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('text/html; charset=utf-8');
    expect(answer.vary).toEqual(expect.arrayContaining(['accept', 'accept-encoding']));
  });

  it('a client that prefers HTML but takes no compression is still refused 406 (the page is 9 MB)', async () => {
    const answer = await get(QUERY, { accept: 'text/html' });
    expect(answer.status).toBe(406);
    expect(answer.body.toString('utf8')).toContain('GraphiQL page is sent compressed only');
    expect(answer.vary).toEqual(expect.arrayContaining(['accept', 'accept-encoding']));
  });
});

describe('GET /: HTML only when Accept prefers it to plain text', () => {
  const TEXT_PREFERRED: [string, string | string[]][] = [
    ['q=0 refuses HTML', 'text/html;q=0, application/json'],
    ['*/*', '*/*'],
    ['text/*', 'text/*'],
    ['plain text listed first', 'text/plain, text/html'],
    ['a lower q for HTML', 'text/html;q=0.2, text/plain;q=0.3'],
    ['q=2 is no qvalue', 'text/html;q=2'],
    ['two Accept headers, HTML refused', ['text/html;q=0', '*/*']],
  ];

  it.each(TEXT_PREFERRED)('%s (%j): plain text', async (_, accept) => {
    const answer = await get('/', { accept });
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('text/plain; charset=utf-8');
    expect(answer.vary).toContain('accept');
  });

  it.each(HTML_PREFERRED)('%s (%j): HTML', async (_, accept) => {
    const answer = await get('/', { accept });
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('text/html; charset=utf-8');
    expect(answer.vary).toContain('accept');
  });
});
