import type { Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, type GraphQLDocument } from '../helpers/documents.js';
import { type LogLine, memoryLogger, metricsText } from '../helpers/memory-log.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

/**
 * graphql-ws operations are GraphQL requests like HTTP ones: each writes one request log line
 * (transport ws) and counts in the request metrics with `transport="ws"`.
 */

const ALBUM = graphql(`query WsLogAlbum($id: ID!) { album(id: $id) { name } }`);
const BAD_ALBUM = graphql(`query WsLogBadAlbum { album(id: "not-an-id") { name } }`);
const PLAYBACK = graphql(`subscription WsLogPlayback { playbackState { isPlaying } }`);
const MANY = graphql(`query WsLogManyAlbums($id: ID!) { album(id: $id) { name } }`);

/** One query or mutation over `client`: its result, or its errors. */
function run<R, V>(
  client: Client,
  document: GraphQLDocument<R, V>,
  variables?: V,
): Promise<{ data?: unknown; errors?: readonly unknown[] }> {
  return new Promise((resolve) => {
    let result: { data?: unknown; errors?: readonly unknown[] } = {};
    client.subscribe(
      { query: documentText(document), variables: (variables ?? {}) as Record<string, unknown> },
      {
        next: (value) => {
          result = value as typeof result;
        },
        error: (error) => resolve({ errors: Array.isArray(error) ? error : [error] }),
        complete: () => resolve(result),
      },
    );
  });
}

async function withServer(
  run: (t: TestServer, log: ReturnType<typeof memoryLogger>) => Promise<void>,
  limits: Parameters<typeof startTestServer>[0] = {},
): Promise<void> {
  const log = memoryLogger();
  const t = await startTestServer({
    listen: true,
    logger: log.logger,
    config: { metricsOperationNames: ['WsLogAlbum', 'WsLogBadAlbum', 'WsLogPlayback'] },
    ...limits,
  });
  try {
    await run(t, log);
  } finally {
    await t.close();
  }
}

const requestLines = (lines: LogLine[], operationName: string): LogLine[] =>
  lines.filter((line) => line.msg === 'graphql request' && line.operationName === operationName);

describe('graphql-ws request log and metrics', () => {
  it('a query over graphql-ws writes one line (requestId, name, duration, Spotify calls, outcome) and counts with transport ws', async () => {
    await withServer(async (t, log) => {
      const token = await t.emu.token({ user: 'alice' });
      const client = wsClient(t.url, `Bearer ${token}`);
      try {
        const id = [...t.emu.state.catalog.albums.keys()][0]!;
        const answer = await run(client, ALBUM, { id });
        expect(answer.data).toEqual({ album: { name: t.emu.state.catalog.albums.get(id)!.name } });
        await waitFor(
          () => requestLines(log.lines(), 'WsLogAlbum').length > 0,
          () => log.text(),
        );
        const lines = requestLines(log.lines(), 'WsLogAlbum');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatchObject({
          transport: 'ws',
          operationType: 'query',
          outcome: 'ok',
          spotifyCalls: 1,
          level: 30,
        });
        expect(typeof lines[0]?.requestId).toBe('string');
        expect(typeof lines[0]?.durationMs).toBe('number');
        expect(log.text()).not.toContain(token);
        const metrics = await metricsText(t.url);
        expect(metrics).toMatch(
          /graphql_requests_total\{operation="WsLogAlbum",status="ok",transport="ws"\} 1\n/,
        );
        expect(metrics).toMatch(
          /graphql_request_duration_seconds_count\{operation="WsLogAlbum",transport="ws"\} 1\n/,
        );
      } finally {
        await client.dispose();
      }
    });
  });

  it('a failing operation writes one line with its error codes and the error, and no line of its own', async () => {
    await withServer(async (t, log) => {
      const client = wsClient(t.url);
      try {
        const answer = await run(client, BAD_ALBUM);
        expect(answer.errors?.length).toBeGreaterThan(0);
        await waitFor(
          () => requestLines(log.lines(), 'WsLogBadAlbum').length > 0,
          () => log.text(),
        );
        const [line] = requestLines(log.lines(), 'WsLogBadAlbum');
        expect(line).toMatchObject({ transport: 'ws', outcome: 'error', errorCodes: ['BAD_USER_INPUT'] });
        // Every line written for this operation names it; there is only its one line.
        const ofRequest = log.lines().filter((entry) => entry.requestId === line?.requestId);
        expect(ofRequest).toHaveLength(1);
        expect(log.lines().filter((entry) => entry.requestId === undefined && entry.err)).toEqual([]);
        expect(await metricsText(t.url)).toMatch(
          /graphql_requests_total\{operation="WsLogBadAlbum",status="error",transport="ws"\} 1\n/,
        );
      } finally {
        await client.dispose();
      }
    });
  });

  it('a subscription the client completes writes its line when it ends: outcome cancelled', async () => {
    await withServer(async (t, log) => {
      const token = await t.emu.token({ user: 'alice' });
      const client = wsClient(t.url, `Bearer ${token}`);
      try {
        const stream = wsSubscribe(client, PLAYBACK);
        await stream.nth(0);
        expect(requestLines(log.lines(), 'WsLogPlayback')).toEqual([]);
        stream.stop();
        await waitFor(
          () => requestLines(log.lines(), 'WsLogPlayback').length > 0,
          () => log.text(),
        );
        const lines = requestLines(log.lines(), 'WsLogPlayback');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatchObject({
          transport: 'ws',
          operationType: 'subscription',
          outcome: 'cancelled',
        });
        expect(log.text()).not.toContain(token);
        expect(await metricsText(t.url)).toMatch(
          /graphql_requests_total\{operation="WsLogPlayback",status="cancelled",transport="ws"\} 1\n/,
        );
      } finally {
        await client.dispose();
      }
    });
  });

  it('60 operations at once on one socket add no abort listener to a shared signal (no MaxListenersExceededWarning)', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => {
      warnings.push(`${warning.name}: ${warning.message}`);
    };
    process.on('warning', onWarning);
    try {
      await withServer(
        async (t) => {
          // Every album call is held a while, so the 60 operations' calls are in flight together.
          await t.emu.control('POST', '/faults', { route: 'GET /v1/albums', latencyMs: 300 });
          await t.emu.control('POST', '/faults', { route: 'GET /v1/albums/{id}', latencyMs: 300 });
          const client = wsClient(t.url);
          try {
            const ids = [...t.emu.state.catalog.albums.keys()].slice(0, 60);
            expect(ids).toHaveLength(60);
            const answers = await Promise.all(ids.map((id) => run(client, MANY, { id })));
            for (const answer of answers) expect(answer.errors).toBeUndefined();
          } finally {
            await client.dispose();
          }
        },
        { limits: { rateLimit: { requests: 1_000, windowSeconds: 60, concurrent: 100 } } },
      );
      // A warning is emitted on the next tick: let it arrive.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((warning) => warning.includes('MaxListenersExceeded'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  }, 60_000);
});
