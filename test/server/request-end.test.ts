import { Writable } from 'node:stream';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConfigError, operationNamesFromEnv } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logging.js';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** A JSON logger whose lines the test reads. */
function memoryLogger() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const lines = (): Record<string, unknown>[] =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger: createLogger('info', stream), lines };
}

/** Polls `check` until it holds (a generous deadline: the machine may be loaded). */
async function until(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function withServer(
  metricsOperationNames: string[],
  run: (t: TestServer, log: ReturnType<typeof memoryLogger>) => Promise<void>,
): Promise<void> {
  const log = memoryLogger();
  const t = await startTestServer({ listen: true, logger: log.logger, config: { metricsOperationNames } });
  try {
    await run(t, log);
  } finally {
    await t.close();
  }
}

const metricsText = async (t: TestServer): Promise<string> =>
  (await fetch(t.url.replace(/\/graphql$/, '/metrics'))).text();

const emulatorInFlight = async (t: TestServer): Promise<number> =>
  ((await t.emu.control('GET', '/requests')).json as { inFlight: number }).inFlight;

describe('a request its client abandons', () => {
  it('ends with exactly one log line (status 499, aborted) and its metrics', async () => {
    await withServer(['SlowAlbum'], async (t, log) => {
      const slowAlbum = graphql(`query SlowAlbum($id: ID!) { album(id: $id) { name } }`);
      const id = [...t.emu.state.catalog.albums.keys()][0]!;
      for (const route of ['GET /v1/albums/{id}', 'GET /v1/albums'])
        await t.emu.control('POST', '/faults', { route, latencyMs: 5_000 });
      const client = new AbortController();
      const pending = fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'abandoned-1' },
        body: JSON.stringify({ query: documentText(slowAlbum), variables: { id } }),
        signal: client.signal,
      }).catch(() => undefined);
      // The server is waiting on Spotify (the emulator holds the call): the client leaves.
      await until(async () => (await emulatorInFlight(t)) === 1);
      client.abort();
      await pending;

      const linesOf = () => log.lines().filter((line) => line.requestId === 'abandoned-1');
      await until(() => linesOf().length > 0);
      // The call the emulator was holding had started: it counts, though it never settled.
      expect(linesOf()[0]).toMatchObject({
        operationName: 'SlowAlbum',
        status: 499,
        aborted: true,
        spotifyCalls: 1,
      });
      expect(await metricsText(t)).toMatch(
        /graphql_requests_total\{operation="SlowAlbum",status="499",transport="http"\} 1\n/,
      );
      expect(await metricsText(t)).toMatch(
        /graphql_request_duration_seconds_count\{operation="SlowAlbum",transport="http"\} 1\n/,
      );
      // Once the held call is over (the server cut its side at once), still one line and one count:
      // yoga's late onResponse (200, after the aborted execution) writes nothing more.
      await until(async () => (await emulatorInFlight(t)) === 0);
      expect(linesOf()).toHaveLength(1);
      expect(await metricsText(t)).not.toMatch(/operation="SlowAlbum",status="200"/);
    });
  }, 60_000);

  it('an answered request still gets one line with its status and no aborted field', async () => {
    await withServer([], async (t, log) => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'answered-1' },
        body: JSON.stringify({ query: documentText(graphql(`query RequestEndAnswered { __typename }`)) }),
      });
      expect(response.status).toBe(200);
      await response.text();
      const lines = log.lines().filter((line) => line.requestId === 'answered-1');
      expect(lines).toHaveLength(1);
      expect(lines[0]?.status).toBe(200);
      expect(lines[0]).not.toHaveProperty('aborted');
    });
  });
});

describe('operation labels of the request metrics', () => {
  it('label only the names METRICS_OPERATION_NAMES lists: invented names count as other', async () => {
    await withServer(['Listed'], async (t) => {
      const post = async (document: DocumentNode | string) => {
        const response = await fetch(t.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: documentText(document) }),
        });
        await response.text();
      };
      // An attacker invents names before the real operation is ever seen.
      for (let i = 0; i < 60; i++)
        await post(invalidDocument('an operation name an attacker invents', `query Junk${i} { __typename }`));
      await post(graphql(`query Listed { __typename }`));
      await post(
        invalidDocument('an anonymous operation, which the metrics label anonymous', '{ __typename }'),
      );
      const text = await metricsText(t);
      expect(text).not.toContain('Junk');
      expect(text).toMatch(/graphql_requests_total\{operation="other",status="200",transport="http"\} 60\n/);
      expect(text).toMatch(/graphql_requests_total\{operation="Listed",status="200",transport="http"\} 1\n/);
      expect(text).toMatch(
        /graphql_requests_total\{operation="anonymous",status="200",transport="http"\} 1\n/,
      );
    });
  });

  it('reads METRICS_OPERATION_NAMES as comma-separated GraphQL names and refuses anything else', () => {
    expect(operationNamesFromEnv(' AlbumPage, NowPlaying ,AlbumPage')).toEqual(['AlbumPage', 'NowPlaying']);
    expect(operationNamesFromEnv(undefined)).toEqual([]);
    expect(() => operationNamesFromEnv('Album Page')).toThrow(ConfigError);
    expect(() => operationNamesFromEnv('my-query')).toThrow(/METRICS_OPERATION_NAMES/);
  });
});
