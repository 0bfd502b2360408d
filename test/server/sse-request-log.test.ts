import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type LogLine, memoryLogger, metricsText } from '../helpers/memory-log.js';
import type { TestServer } from '../helpers/server.js';
import {
  type Stream,
  sseStreamClient,
  sseStreamSubscribe,
  sseSubscribe,
  startPlayingServer,
  waitFor,
} from '../helpers/subscriptions.js';

/**
 * An SSE subscription (either mode) is one GraphQL request that lasts as long as its stream: its log
 * line is written when it ends, with its duration and the Spotify calls its events made, as a
 * graphql-ws subscription's is.
 */

// Each event asks every artist of the playing track for an albums page: Spotify calls of its own.
const DISTINCT = graphql(`
  subscription SseLogDistinct {
    playbackState {
      isPlaying
      item { ... on Track { artists { albums(first: 5) { nodes { name } } } } }
    }
  }
`);

const SINGLE = graphql(`
  subscription SseLogSingle {
    playbackState {
      isPlaying
      item { ... on Track { artists { albums(first: 5) { nodes { name } } } } }
    }
  }
`);

const METRICS_SINGLE = graphql(`
  subscription SseMetricsSingle {
    playbackState { isPlaying }
  }
`);

const linesOf = (lines: LogLine[], operationName: string): LogLine[] =>
  lines.filter((line) => line.msg === 'graphql request' && line.operationName === operationName);

/** A server logging into memory, with alice playing an album of 3 or more tracks on her computer. */
async function playingServer(): Promise<{
  t: TestServer;
  log: ReturnType<typeof memoryLogger>;
  token: string;
}> {
  const log = memoryLogger();
  const { t, token } = await startPlayingServer({
    logger: log.logger,
    config: { metricsOperationNames: ['SseLogDistinct', 'SseLogSingle', 'SseMetricsSingle'] },
  });
  return { t, log, token };
}

/**
 * Holds `stream` open past its first event for a while (polled, not slept), checking no line is
 * written for `operationName` meanwhile; stops it and answers its one line and how long (ms) it was
 * at least open on the server (from its first event to its stop).
 */
async function openThenStop(
  stream: Stream,
  log: ReturnType<typeof memoryLogger>,
  operationName: string,
): Promise<{ line: LogLine; openMs: number }> {
  const first = await stream.nth(0);
  expect(first.errors).toBeUndefined();
  const firstAt = performance.now();
  await waitFor(
    () => performance.now() - firstAt >= 300,
    () => 'waited 300 ms',
  );
  expect(linesOf(log.lines(), operationName)).toEqual([]);
  const openMs = performance.now() - firstAt;
  stream.stop();
  await waitFor(
    () => linesOf(log.lines(), operationName).length > 0,
    () => log.text(),
  );
  const lines = linesOf(log.lines(), operationName);
  expect(lines).toHaveLength(1);
  return { line: lines[0]!, openMs };
}

/**
 * Expects the stopped subscription's `line`: an HTTP subscription line with `status`, cancelled, lasting
 * at least `openMs`, counting at least the albums pages its events asked Spotify for, without `token`.
 */
async function expectEndedLine(
  t: TestServer,
  log: ReturnType<typeof memoryLogger>,
  token: string,
  ended: { line: LogLine; openMs: number; status: number },
): Promise<void> {
  const albumsCalls = (await t.calls())['GET /v1/artists/{id}/albums'] ?? 0;
  expect(albumsCalls).toBeGreaterThan(0);
  expect(ended.line).toMatchObject({
    transport: 'http',
    status: ended.status,
    operationType: 'subscription',
    outcome: 'cancelled',
  });
  expect(ended.line.durationMs as number).toBeGreaterThanOrEqual(ended.openMs);
  expect(ended.line.spotifyCalls as number).toBeGreaterThanOrEqual(albumsCalls);
  expect(log.text()).not.toContain(token);
}

describe('SSE subscription request log', () => {
  it('distinct connections: no line while open; one line at disconnect with its duration and Spotify calls', async () => {
    const { t, log, token } = await playingServer();
    try {
      const stream = sseSubscribe(t.url, DISTINCT, token);
      const ended = await openThenStop(stream, log, 'SseLogDistinct');
      await expectEndedLine(t, log, token, { ...ended, status: 200 });
      expect(await metricsText(t.url)).toMatch(
        /graphql_requests_total\{operation="SseLogDistinct",status="200",transport="http"\} 1\n/,
      );
    } finally {
      await t.close();
    }
  }, 60_000);

  it('single connection: the operation POST writes its line when the subscription stops, not at its 202', async () => {
    const { t, log, token } = await playingServer();
    const client = sseStreamClient(t.url, `Bearer ${token}`, { retryAttempts: 0 });
    try {
      const stream = sseStreamSubscribe(client, SINGLE);
      const ended = await openThenStop(stream, log, 'SseLogSingle');
      await expectEndedLine(t, log, token, { ...ended, status: 202 });
    } finally {
      client.dispose();
      await t.close();
    }
  }, 60_000);

  it("single connection: /metrics counts the operation with transport sse and its outcome, and the PUT's 201, the stream and the DELETE as protocol steps, not operations (v8 L5)", async () => {
    const { t, log, token } = await playingServer();
    const client = sseStreamClient(t.url, `Bearer ${token}`, { retryAttempts: 0 });
    try {
      const stream = sseStreamSubscribe(client, METRICS_SINGLE);
      expect((await stream.nth(0)).errors).toBeUndefined();
      stream.stop();
      await waitFor(
        () => linesOf(log.lines(), 'SseMetricsSingle').length > 0,
        () => log.text(),
      );
      client.dispose();
      // The stream's GET ends when the client lets it go.
      await waitFor(
        async () => /graphql_sse_stream_requests_total\{step="stream"/.test(await metricsText(t.url)),
        () => log.text(),
      );
      const metrics = await metricsText(t.url);
      const requests = metrics.split('\n').filter((line) => line.startsWith('graphql_requests_total{'));
      expect(requests).toEqual([
        'graphql_requests_total{operation="SseMetricsSingle",status="cancelled",transport="sse"} 1',
      ]);
      expect(metrics).toMatch(/graphql_sse_stream_requests_total\{step="reserve",status="201"\} 1\n/);
      expect(metrics).toMatch(/graphql_sse_stream_requests_total\{step="stream",status="200"\} 1\n/);
      expect(metrics).toMatch(/graphql_sse_stream_requests_total\{step="stop",status="200"\} 1\n/);
    } finally {
      client.dispose();
      await t.close();
    }
  }, 60_000);
});
