import { describe, expect, it } from 'vitest';
import { GRAPHIQL_SECURITY_HEADERS } from '../../src/server/graphiql.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { startTestServer } from '../helpers/server.js';

/**
 * The routes that are not GraphQL but cost the server (the GraphiQL page, megabytes; /metrics, a whole
 * exposition) are admitted by the same per-client fair use as /graphql (v11 attack V11, V12), and the
 * GraphiQL page has one path, whatever the URL's query string (v11 new-user N1): compressed, cached
 * and with its anti-framing headers.
 */
const LIMITS = { rateLimit: { requests: 3, windowSeconds: 60, concurrent: 2 } };

describe('the GraphiQL page and /metrics under fair use', () => {
  it('answers /metrics within the window, then 429 RATE_LIMITED with Retry-After', async () => {
    const t = await startTestServer({ listen: true, limits: LIMITS });
    try {
      const metrics = t.url.replace(/\/graphql$/, '/metrics');
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await fetch(metrics)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await fetch(metrics);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    } finally {
      await t.close();
    }
  });

  it('answers GraphiQL page GETs within the window, then 429, and they use the same allowance as /graphql', async () => {
    const t = await startTestServer({ listen: true, limits: LIMITS, config: { graphiql: true } });
    try {
      const page = () => fetch(t.url, { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const answer = await page();
        await answer.arrayBuffer();
        statuses.push(answer.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const query = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: documentText(graphql(`query PageRouteTypename { __typename }`)) }),
      });
      expect(query.status).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('refuses a page GET that accepts no compression with 406 BAD_REQUEST, in a small answer', async () => {
    const t = await startTestServer({ listen: true, config: { graphiql: true } });
    try {
      const answer = await fetch(t.url, { headers: { accept: 'text/html', 'accept-encoding': 'identity' } });
      expect(answer.status).toBe(406);
      const text = await answer.text();
      expect(text.length).toBeLessThan(1000);
      expect(
        (JSON.parse(text) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('BAD_REQUEST');
    } finally {
      await t.close();
    }
  });

  it('negotiates the page coding by RFC 9110 (q=0 refuses a coding, * stands for any), brotli first', async () => {
    const t = await startTestServer({ listen: true, config: { graphiql: true } });
    try {
      const cases: [string, number, string | null][] = [
        ['gzip;q=0, br;q=0', 406, null],
        ['br;q=0, gzip', 200, 'gzip'],
        ['*', 200, 'br'],
        ['identity, *;q=0', 406, null],
        ['gzip, deflate, br, zstd', 200, 'br'],
      ];
      for (const [acceptEncoding, status, encoding] of cases) {
        const answer = await fetch(t.url, {
          headers: { accept: 'text/html', 'accept-encoding': acceptEncoding },
        });
        expect([answer.status, answer.headers.get('content-encoding')], acceptEncoding).toEqual([
          status,
          encoding,
        ]);
        await answer.arrayBuffer();
      }
    } finally {
      await t.close();
    }
  });

  it.each(['?query=%7B%20me%20%7B%20displayName%20%7D%20%7D', '?', '?query=x&variables=%7B%7D'])(
    'serves the one compressed, cached, unframeable page for /graphql%s',
    async (search) => {
      const t = await startTestServer({ listen: true, config: { graphiql: true } });
      try {
        const answer = await fetch(`${t.url}${search}`, {
          headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' },
        });
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-encoding')).toBe('br');
        expect(answer.headers.get('etag')).toBeTruthy();
        expect(answer.headers.get('cache-control')).toContain('max-age');
        for (const [name, value] of Object.entries(GRAPHIQL_SECURITY_HEADERS))
          expect(answer.headers.get(name)).toBe(value);
        expect(await answer.text()).toContain('<title>spotify-graphql</title>');
      } finally {
        await t.close();
      }
    },
  );
});
