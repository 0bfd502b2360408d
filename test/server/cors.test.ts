import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  REFUSED_ORIGINS_LOGGED,
  REFUSED_ORIGINS_WINDOW_MS,
  RefusedOriginLog,
} from '../../src/server/cors.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { memoryLogger } from '../helpers/memory-log.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const VARY_GET = graphql(`query CorsVaryGet { __typename }`);

async function withServer(allowedOrigins: string[], run: (url: string) => Promise<void>): Promise<void> {
  const t: TestServer = await startTestServer();
  try {
    t.server.config.allowedOrigins.splice(0, Infinity, ...allowedOrigins);
    await run(await t.server.start(0, '127.0.0.1'));
  } finally {
    await t.close();
  }
}

const query = JSON.stringify({ query: documentText(VARY_GET) });

/** Whether a WebSocket upgrade with `origin` opens; a refused one resolves with its HTTP status. */
function wsOpens(url: string, origin: string | undefined): Promise<true | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(
      url.replace(/^http/, 'ws'),
      'graphql-transport-ws',
      origin ? { origin } : {},
    );
    socket.once('open', () => {
      socket.close();
      resolve(true);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', () => resolve(0));
  });
}

describe('cross-origin requests', () => {
  it('grants no other origin by default, and never null', async () => {
    await withServer([], async (url) => {
      for (const origin of ['https://evil.example', 'null']) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: query,
        });
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
    });
  });

  it('grants its own origin and the ALLOWED_ORIGINS ones, with credentials', async () => {
    await withServer(['https://app.example'], async (url) => {
      const own = new URL(url).origin;
      for (const origin of [own, 'https://app.example']) {
        const preflight = await fetch(url, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
        expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
        expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
      }
      const other = await fetch(url, {
        method: 'OPTIONS',
        headers: { origin: 'https://other.example', 'access-control-request-method': 'POST' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it("grants an allowed origin graphql-sse's single-connection requests (PUT, DELETE, the stream-token header) and the headers the server's own clients send", async () => {
    await withServer(['https://app.example'], async (url) => {
      const origin = 'https://app.example';
      const list = (value: string | null) =>
        (value ?? '').split(',').map((name) => name.trim().toLowerCase());
      for (const method of ['PUT', 'POST', 'DELETE', 'GET']) {
        const preflight = await fetch(`${url}/stream`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': method,
            'access-control-request-headers':
              'x-graphql-event-stream-token, content-type, authorization, x-graphql-yoga-csrf, x-request-id',
          },
        });
        expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
        expect(list(preflight.headers.get('access-control-allow-methods'))).toContain(method.toLowerCase());
        expect(list(preflight.headers.get('access-control-allow-headers'))).toEqual(
          expect.arrayContaining([
            'x-graphql-event-stream-token',
            'content-type',
            'authorization',
            'x-graphql-yoga-csrf',
            'x-request-id',
          ]),
        );
      }
      // The reservation itself is granted to the page (it reads the token from the body).
      const reserved = await fetch(`${url}/stream`, { method: 'PUT', headers: { origin } });
      expect(reserved.status).toBe(201);
      expect(reserved.headers.get('access-control-allow-origin')).toBe(origin);
      expect(list(reserved.headers.get('access-control-expose-headers'))).toContain('x-request-id');
    });
  });

  it('says Vary: Origin on every GraphQL answer, granted or not, preflight or not, and Vary: Accept beside it', async () => {
    await withServer(['https://app.example'], async (url) => {
      const varies = (response: Response): string[] =>
        (response.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());
      for (const origin of [undefined, new URL(url).origin, 'https://app.example', 'https://evil.example']) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (origin) headers.origin = origin;
        const post = await fetch(url, { method: 'POST', headers, body: query });
        await post.text();
        expect(varies(post), `POST from ${origin}`).toContain('origin');
        const get = await fetch(`${url}?query=${encodeURIComponent(documentText(VARY_GET))}`, {
          headers: { accept: 'application/json', ...(origin ? { origin } : {}) },
        });
        await get.text();
        expect(varies(get), `GET from ${origin}`).toContain('origin');
      }
      const preflight = await fetch(url, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
      });
      expect(varies(preflight)).toContain('origin');
      // One URL answers GraphiQL's page or JSON by Accept: a shared cache must keep them apart.
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      await page.text();
      expect(varies(page)).toEqual(expect.arrayContaining(['accept']));
      const json = await fetch(`${url}?query=${encodeURIComponent(documentText(VARY_GET))}`, {
        headers: { accept: 'application/json' },
      });
      await json.text();
      expect(varies(json)).toEqual(expect.arrayContaining(['origin', 'accept']));
    });
  });

  it('refuses a cookie-carrying form POST without the CSRF header with CSRF_HEADER_REQUIRED', async () => {
    await withServer([], async (url) => {
      const form = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: 'session=abc',
          accept: 'application/json',
        },
        body: 'query=%7B__typename%7D',
      });
      expect(form.status).toBe(403);
      const body = (await form.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('CSRF_HEADER_REQUIRED');
      const withHeader = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: 'session=abc',
          'x-graphql-yoga-csrf': '1',
          accept: 'application/json',
        },
        body: 'query=%7B__typename%7D',
      });
      expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
      // A JSON POST with cookies was preflighted by the browser: it passes.
      const json = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: 'session=abc' },
        body: query,
      });
      expect(await json.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  it('accepts a WebSocket from its own or an allowed origin, or none; refuses any other', async () => {
    await withServer(['https://app.example'], async (url) => {
      expect(await wsOpens(url, undefined)).toBe(true);
      expect(await wsOpens(url, new URL(url).origin)).toBe(true);
      expect(await wsOpens(url, 'https://app.example')).toBe(true);
      expect(await wsOpens(url, 'https://evil.example')).toBe(403);
      expect(await wsOpens(url, 'null')).toBe(403);
    });
  });
});

describe('refused origins, for the operator and the client', () => {
  const log = memoryLogger();

  it('logs one warn line per refused origin (CORS and WebSocket), and answers the WebSocket refusal with ORIGIN_NOT_ALLOWED', async () => {
    const t = await startTestServer({ logger: log.logger });
    try {
      const url = await t.server.start(0, '127.0.0.1');
      const origin = 'http://127.0.0.1:5173';
      for (let i = 0; i < 3; i += 1) {
        const preflight = await fetch(url, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
        expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      }
      const refused = await new Promise<{ status: number; type: string; body: string }>((resolve) => {
        const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { origin });
        socket.once('unexpected-response', (_request, response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => {
            body += chunk.toString();
          });
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              type: String(response.headers['content-type']),
              body,
            }),
          );
        });
      });
      expect(refused.status).toBe(403);
      expect(refused.type).toContain('application/json');
      const answer = JSON.parse(refused.body) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(answer.errors[0]?.extensions).toEqual({ code: 'ORIGIN_NOT_ALLOWED' });
      expect(answer.errors[0]?.message).toContain('ALLOWED_ORIGINS');
      const warned = log.lines().filter((line) => line.level === 40 && line.origin === origin);
      expect(warned.map((line) => line.transport)).toEqual(['CORS', 'WebSocket']);
      expect(warned[0]?.msg).toContain('add it to ALLOWED_ORIGINS');
    } finally {
      await t.close();
    }
  });

  it('logs a refused origin on /auth/* too, once, with /graphql sharing its bound', async () => {
    const authLog = memoryLogger();
    const t = await startTestServer({ logger: authLog.logger });
    try {
      const url = await t.server.start(0, '127.0.0.1');
      const origin = 'http://127.0.0.1:5174';
      const preflight = async (target: string): Promise<void> => {
        const answer = await fetch(url.replace(/\/graphql$/, target), {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
        expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      };
      const warned = () => authLog.lines().filter((line) => line.level === 40 && line.origin === origin);
      await preflight('/auth/logout');
      await preflight('/auth/logout');
      expect(warned().map((line) => line.transport)).toEqual(['CORS']);
      expect(warned()[0]?.msg).toContain('add it to ALLOWED_ORIGINS');
      await preflight('/graphql');
      expect(warned()).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('logs at most REFUSED_ORIGINS_LOGGED distinct origins', () => {
    const lines: string[] = [];
    const refused = new RefusedOriginLog((_fields, message) => lines.push(message));
    for (let i = 0; i < REFUSED_ORIGINS_LOGGED + 50; i += 1)
      refused.refused(`https://site${i}.example`, 'CORS');
    refused.refused('https://site0.example', 'CORS');
    expect(lines).toHaveLength(REFUSED_ORIGINS_LOGGED);
  });

  it('starts again each hour, so made-up origins cannot use the bound up for good, and counts what it held back', () => {
    const lines: string[] = [];
    let now = 0;
    const refused = new RefusedOriginLog(
      (_fields, message) => lines.push(message),
      () => now,
    );
    for (let i = 0; i < REFUSED_ORIGINS_LOGGED + 50; i += 1)
      refused.refused(`https://made-up${i}.example`, 'CORS');
    refused.refused('https://app.example', 'WebSocket');
    expect(lines).toHaveLength(REFUSED_ORIGINS_LOGGED);
    now = REFUSED_ORIGINS_WINDOW_MS;
    refused.refused('https://app.example', 'WebSocket');
    expect(lines.slice(REFUSED_ORIGINS_LOGGED)).toEqual([
      expect.stringMatching(/^51 refusals of further origins were not logged in the last hour/),
      expect.stringContaining('https://app.example was refused a WebSocket'),
    ]);
  });
});
