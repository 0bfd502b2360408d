import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { configFromEnv, type ServerConfig } from '../../src/server/config.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testExecutor } from '../helpers/executor.js';
import { memoryLogger } from '../helpers/memory-log.js';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

function configFor(env: Record<string, string>, secret = EXTENDED_APP.clientSecret): ServerConfig {
  return {
    ...configFromEnv({ SPOTIFY_CLIENT_ID: EXTENDED_APP.clientId, ...env }),
    clientSecret: secret,
    apiUrl: `${emu.url}/v1`,
    accountsUrl: emu.url,
    appMode: 'extended',
    port: 0,
  };
}

async function withServer(
  config: ServerConfig,
  run: (server: SpotifyGraphQLServer, url: string, log: ReturnType<typeof memoryLogger>) => Promise<void>,
): Promise<void> {
  const log = memoryLogger();
  const server = await createServer({ ...testExecutor(), config, logger: log.logger });
  try {
    await run(server, await server.start(0, '127.0.0.1'), log);
  } finally {
    await server.stop();
  }
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('operations', () => {
  it('logs one JSON line per request with id, operation, duration, Spotify calls and status, and no token', async () => {
    await withServer(configFor({}), async (_server, url, log) => {
      const id = [...emu.state.catalog.albums.keys()][0]!;
      const token = await emu.token({ user: 'alice' });
      const response = await post(
        url,
        {
          query: documentText(graphql(`query OperationsAlbumName($id: ID!) { album(id: $id) { name } }`)),
          variables: { id },
          operationName: 'OperationsAlbumName',
        },
        { authorization: `Bearer ${token}`, 'x-request-id': 'req-42', cookie: 'sg_session=secret-cookie' },
      );
      expect(response.headers.get('x-request-id')).toBe('req-42');
      await response.json();
      const line = log.lines().find((entry) => entry.requestId === 'req-42');
      expect(line).toMatchObject({ operationName: 'OperationsAlbumName', spotifyCalls: 1, status: 200 });
      expect(typeof line?.durationMs).toBe('number');
      expect(log.text()).not.toContain(token);
      expect(log.text()).not.toContain('secret-cookie');
    });
  });

  it('serves Prometheus metrics: requests by operation, Spotify calls by route and status, pause, cache', async () => {
    // No response cache: the second request reads the catalog cache (a hit), as the metrics are checked for.
    const env = { METRICS_OPERATION_NAMES: 'OperationsNamed', RESPONSE_CACHE_BYTES: '0' };
    await withServer(configFor(env), async (_server, url) => {
      const id = [...emu.state.catalog.albums.keys()][1]!;
      const query = documentText(graphql(`query OperationsNamed($id: ID!) { album(id: $id) { name } }`));
      for (let i = 0; i < 2; i++) await (await post(url, { query, variables: { id } })).json();
      const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
      expect(text).toMatch(
        /graphql_requests_total\{operation="OperationsNamed",status="200",transport="http"\} 2/,
      );
      expect(text).toMatch(
        /graphql_request_duration_seconds_count\{operation="OperationsNamed",transport="http"\} 2/,
      );
      expect(text).toMatch(/spotify_calls_total\{route="get-multiple-albums",status="ok"\} 1/);
      expect(text).toMatch(/catalog_cache_lookups_total\{result="hit"\} [1-9]/);
      expect(text).toMatch(/catalog_cache_bytes [1-9]/);
      expect(text).toContain('spotify_rate_limit_pause_seconds 0');
      expect(text).toContain('spotify_token_renewals_total');
    });
  });

  it('masks a wrong client secret as SERVER_MISCONFIGURED and logs it once for the operator', async () => {
    await withServer(configFor({}, 'wrong-secret'), async (_server, url, log) => {
      for (let i = 0; i < 2; i++) {
        const query = documentText(graphql(`query OperationsMarkets { markets }`));
        const body = (await (await post(url, { query })).json()) as {
          errors: { message: string; extensions: { code: string } }[];
        };
        expect(body.errors[0]?.extensions.code).toBe('SERVER_MISCONFIGURED');
        expect(body.errors[0]?.message).not.toMatch(/secret|client/i);
      }
      const reports = log.lines().filter((entry) => String(entry.msg).includes('SPOTIFY_CLIENT_SECRET'));
      expect(reports).toHaveLength(1);
      expect(JSON.stringify(reports[0])).not.toContain('"stack"');
      expect(log.text()).not.toContain('wrong-secret');
    });
  });

  it('serves GraphiQL compressed with an ETag, and 304 when the browser has it', async () => {
    await withServer(configFor({}), async (_server, url) => {
      const page = await fetch(url, { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-encoding')).toBe('gzip');
      expect(page.headers.get('cache-control')).toContain('max-age');
      expect(await page.text()).toContain('<title>spotify-graphql</title>');
      const again = await fetch(url, {
        headers: { accept: 'text/html', 'if-none-match': page.headers.get('etag')! },
      });
      expect(again.status).toBe(304);
    });
  });

  it('by default graphql-js answers: fields in the document order with a fragment first; GRAPHQL_JIT=true opts into graphql-jit', async () => {
    await withServer(configFor({}), async (_server, url) => {
      const id = [...emu.state.catalog.albums.keys()][0]!;
      const query = documentText(
        graphql(
          `query OperationsFragmentFirst($id: ID!) { album(id: $id) { ...OperationsAlbumDates tracks(first: 1) { totalCount } } } fragment OperationsAlbumDates on Album { id releaseDate }`,
        ),
      );
      const body = (await (await post(url, { query, variables: { id } })).json()) as {
        data: { album: Record<string, unknown> };
      };
      expect(Object.keys(body.data.album)).toEqual(['id', 'releaseDate', 'tracks']);
    });
    expect(() => configFromEnv({ GRAPHQL_JIT: 'maybe' })).toThrow(/GRAPHQL_JIT/);
    expect(configFromEnv({}).jit).toBe(false);
    expect(configFromEnv({ GRAPHQL_JIT: 'true' }).jit).toBe(true);
  });

  it('turns GraphiQL and introspection off with GRAPHIQL=false and INTROSPECTION=false', async () => {
    await withServer(configFor({ GRAPHIQL: 'false', INTROSPECTION: 'false' }), async (_server, url) => {
      // No GraphiQL (no script at all): the page that says it is off.
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      const html = await page.text();
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('GRAPHIQL_DISABLED');
      // The refusal names the setting that turned GraphiQL off: GRAPHIQL itself here.
      const bare = await fetch(url, { headers: { accept: 'application/json' } });
      const refusal = (await bare.json()) as { errors: { message: string }[] };
      expect(refusal.errors[0]?.message).toContain('(GRAPHIQL=false)');
      const introspection = documentText(
        graphql(`query OperationsIntrospection { __schema { queryType { name } } }`),
      );
      const body = (await (await post(url, { query: introspection })).json()) as {
        errors?: unknown[];
      };
      expect(body.errors?.length).toBeGreaterThan(0);
      const typename = documentText(graphql(`query OperationsTypename { __typename }`));
      expect(await (await post(url, { query: typename })).json()).toEqual({
        data: { __typename: 'Query' },
      });
    });
  });

  it('names the GRAPHIQL value the operator set on the GraphiQL-off page', async () => {
    await withServer(configFor({ GRAPHIQL: 'no' }), async (_server, url) => {
      const html = await (await fetch(url, { headers: { accept: 'text/html' } })).text();
      expect(html).toContain('(GRAPHIQL=no)');
      expect(html).not.toContain('GRAPHIQL=false');
      const bare = await fetch(url, { headers: { accept: 'application/json' } });
      const refusal = (await bare.json()) as { errors: { message: string }[] };
      expect(refusal.errors[0]?.message).toContain('(GRAPHIQL=no)');
    });
  });

  it('answers a GET of /graphql without a query, from a browser or bare, with GRAPHIQL_DISABLED saying how to send a query, when GraphiQL is off', async () => {
    await withServer(configFor({ NODE_ENV: 'production' }), async (_server, url) => {
      for (const accept of ['text/html,application/xhtml+xml,*/*;q=0.8', undefined, 'application/json']) {
        const answer = await fetch(url, accept === undefined ? {} : { headers: { accept } });
        expect(answer.headers.get('content-type') ?? '').toContain('json');
        const body = (await answer.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors).toHaveLength(1);
        expect(body.errors[0]?.extensions.code).toBe('GRAPHIQL_DISABLED');
        expect(body.errors[0]?.message).toMatch(
          /GraphiQL is turned off.*\(NODE_ENV=production turns it off; set GRAPHIQL=true to turn it on\).*POST \/graphql/,
        );
        // The GET example survives being pasted into curl (no `{}` for its URL globbing).
        expect(body.errors[0]?.message).toContain('GET /graphql?query=%7B__typename%7D');
      }
      // A client that asks for HTML alone gets the same message and code as a page (not an empty 406).
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(400);
      expect(page.headers.get('content-type')).toContain('text/html');
      const html = await page.text();
      expect(html).toMatch(/GraphiQL is turned off.*NODE_ENV=production turns it off.*POST \/graphql/);
      expect(html).toContain('GRAPHIQL_DISABLED');
      // HTML alone by q-values (RFC 9110): a type refused with q=0 is not accepted, whatever its case.
      for (const [accept, type] of [
        ['TEXT/HTML, application/json;q=0', 'text/html'],
        ['application/xhtml+xml;q=0.5, */*;q=0', 'text/html'],
        ['text/html;q=0, application/json', 'json'],
      ] as const) {
        const answer = await fetch(url, { headers: { accept } });
        expect(answer.status, accept).toBe(400);
        expect(answer.headers.get('content-type') ?? '', accept).toContain(type);
      }
      // Nothing acceptable at all: Not Acceptable, as yoga answers it.
      expect((await fetch(url, { headers: { accept: 'text/html;q=0' } })).status).toBe(406);
      // A GET with a query still runs it.
      const typename = documentText(graphql(`query OperationsGetTypename { __typename }`));
      const run = await fetch(`${url}?query=${encodeURIComponent(typename)}`, {
        headers: { accept: 'application/json' },
      });
      expect(await run.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  it('answers a path it does not serve with 404 and the JSON error shape of /auth: NOT_FOUND naming /graphql', async () => {
    await withServer(configFor({}), async (_server, url) => {
      const response = await fetch(new URL('/nope', url));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: { code: 'NOT_FOUND', message: 'Nothing is served at this path: GraphQL is at /graphql' },
      });
    });
  });

  it('answers GET / with a short page naming /graphql, /health and /ready: HTML for a browser, plain text otherwise (was a JSON 404)', async () => {
    await withServer(configFor({}), async (_server, url) => {
      const home = new URL('/', url);
      const page = await fetch(home, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await page.text();
      for (const path of ['/graphql', '/health', '/ready', '/metrics', '/auth/login']) {
        expect(html).toContain(`<a href="${path}">${path}</a>`);
      }
      expect(html).toContain('GraphiQL in a browser');
      const text = await fetch(home);
      expect(text.status).toBe(200);
      expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await text.text()).toMatch(
        /^spotify-graphql: .*\n\n {2}\/graphql .*\n {2}\/auth\/login .*\n {2}\/health .*\n {2}\/ready .*\n/,
      );
      const head = await fetch(home, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      // Only GET and HEAD: a POST to / (a client pointed at the wrong path) keeps the 404 naming /graphql.
      const posted = await fetch(home, { method: 'POST', body: '{}' });
      expect(posted.status).toBe(404);
      expect(((await posted.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    });
  });

  it('says on GET / that GraphiQL is off when it is', async () => {
    await withServer(configFor({ NODE_ENV: 'production' }), async (_server, url) => {
      const text = await (await fetch(new URL('/', url))).text();
      expect(text).toMatch(/\/graphql .*\(GraphiQL is off\)/);
      expect(text).not.toContain('GraphiQL in a browser');
    });
  });

  it('answers a bare GET without a query with BAD_REQUEST naming GraphiQL when GraphiQL is on', async () => {
    await withServer(configFor({}), async (_server, url) => {
      const body = (await (await fetch(url, { headers: { accept: 'application/json' } })).json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0]?.message).toMatch(/POST \/graphql.*in a browser for GraphiQL/);
    });
  });

  it('answers an introspection query with one INTROSPECTION_DISABLED error when introspection is off, however deep it goes', async () => {
    await withServer(configFor({ NODE_ENV: 'production' }), async (_server, url) => {
      const deep = documentText(
        graphql(`query OperationsDeepIntrospection {
          __schema { queryType { name } types { name fields { name type { name } } } }
          __type(name: "Album") { name }
        }`),
      );
      const body = (await (await post(url, { query: deep })).json()) as {
        data?: unknown;
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]?.extensions.code).toBe('INTROSPECTION_DISABLED');
      // NODE_ENV=production turned it off, not INTROSPECTION (which is not set): the message says so.
      expect(body.errors[0]?.message).toContain(
        '(NODE_ENV=production turns it off; set INTROSPECTION=true to turn it on)',
      );
    });
  });

  // v37 new user, item 2: `yes`/`no`/`0`/`1`/`off` were read while the README and the refusal said only true/false.
  it('reads an on/off setting as the README says, and refuses anything else naming every accepted word', () => {
    for (const name of ['GRAPHIQL', 'INTROSPECTION', 'GRAPHQL_JIT'] as const) {
      expect(() => configFromEnv({ [name]: 'maybe' })).toThrow(
        `${name} must be true or false (or 1/0, yes/no, on/off), not "maybe"`,
      );
    }
    for (const [value, on] of [
      ['true', true],
      ['FALSE', false],
      ['1', true],
      ['0', false],
      ['yes', true],
      ['No', false],
      ['on', true],
      ['off', false],
    ] as const) {
      expect(configFromEnv({ GRAPHQL_JIT: value }).jit).toBe(on);
      expect(
        configFromEnv({ SPOTIFY_CLIENT_ID: 'x', NODE_ENV: 'production', GRAPHIQL: value }).graphiql,
      ).toBe(on);
      expect(configFromEnv({ INTROSPECTION: value }).introspection).toBe(on);
    }
  });

  it('names the setting that turned introspection off: INTROSPECTION, or GRAPHIQL as it is written', async () => {
    const introspection = documentText(graphql(`query OperationsOffBy { __schema { queryType { name } } }`));
    for (const [env, why] of [
      [{ GRAPHIQL: 'no' }, '(GRAPHIQL=no turns it off with GraphiQL; set INTROSPECTION=true to turn it on)'],
      [{ NODE_ENV: 'production', INTROSPECTION: 'false' }, '(INTROSPECTION=false)'],
      // v37 new user, item 2: the value as it was set, not a `false` the user never wrote.
      [{ GRAPHIQL: 'true', INTROSPECTION: 'off' }, '(INTROSPECTION=off)'],
      [{ GRAPHIQL: 'true', INTROSPECTION: '0' }, '(INTROSPECTION=0)'],
    ] as const) {
      await withServer(configFor(env), async (_server, url) => {
        const body = (await (await post(url, { query: introspection })).json()) as {
          errors: { message: string; extensions: { code: string } }[];
        };
        expect(body.errors[0]?.extensions.code).toBe('INTROSPECTION_DISABLED');
        expect(body.errors[0]?.message).toContain(why);
      });
    }
  });

  it('answers introspection in production when GRAPHIQL=true turns GraphiQL on, so GraphiQL loads the schema (v5 F2)', async () => {
    await withServer(configFor({ NODE_ENV: 'production', GRAPHIQL: 'true' }), async (_server, url) => {
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').toContain('text/html');
      const introspection = documentText(
        graphql(`query OperationsGraphiqlSchema { __schema { queryType { name } } }`),
      );
      expect(await (await post(url, { query: introspection })).json()).toEqual({
        data: { __schema: { queryType: { name: 'Query' } } },
      });
    });
  });

  it('makes INTROSPECTION follow GRAPHIQL when unset, and take its own value when set', () => {
    const production = { SPOTIFY_CLIENT_ID: 'x', NODE_ENV: 'production' };
    expect(configFromEnv({ ...production, GRAPHIQL: 'true' }).introspection).toBe(true);
    expect(configFromEnv({ SPOTIFY_CLIENT_ID: 'x', GRAPHIQL: 'false' }).introspection).toBe(false);
    expect(configFromEnv({ ...production, GRAPHIQL: 'true', INTROSPECTION: 'false' }).introspection).toBe(
      false,
    );
    expect(configFromEnv({ ...production, INTROSPECTION: 'true' })).toMatchObject({
      graphiql: false,
      introspection: true,
    });
  });

  it('defaults GraphiQL and introspection off in production, on in the sandbox and development', () => {
    const production = configFromEnv({ SPOTIFY_CLIENT_ID: 'x', NODE_ENV: 'production' });
    expect([production.graphiql, production.introspection]).toEqual([false, false]);
    const sandbox = configFromEnv({ NODE_ENV: 'production' });
    expect([sandbox.graphiql, sandbox.introspection]).toEqual([true, true]);
    const development = configFromEnv({ SPOTIFY_CLIENT_ID: 'x' });
    expect([development.graphiql, development.introspection]).toEqual([true, true]);
  });
});
