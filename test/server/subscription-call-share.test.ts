import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { memoryLogger, metricsText } from '../helpers/memory-log.js';
import { startTestServer } from '../helpers/server.js';
import { startPlayingServer, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Each subscriber's first event asks every artist of the playing track for an albums page. Each
// subscription asks for its own page size: identical ones would share one execution (cohorts.test.ts).
const FAN_OUT = graphql(`
  subscription SubscriptionCallShareFanOut($first: Int!) {
    playbackState {
      isPlaying
      item { ... on Track { artists { albums(first: $first) { nodes { name } } } } }
    }
  }
`);

const TRACKS = graphql(`query DevModeTracksCounted($ids: [ID!]!) { tracks(ids: $ids) { name } }`);

describe("a client's subscriptions share its Spotify call share (attack F3)", () => {
  it('keeps at most RATE_LIMIT_CONCURRENT x REQUEST_SPOTIFY_CONCURRENCY calls of one client in flight over graphql-ws', async () => {
    // A share of 1 x 2 = 2 calls: 12 subscriptions of their own would have 24 at once.
    const { t, token } = await startPlayingServer({
      limits: { rateLimit: { requests: 1000, windowSeconds: 60, concurrent: 1 }, requestConcurrency: 2 },
    });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/artists/{id}/albums', latencyMs: 200 });
    const client = wsClient(t.url, `Bearer ${token}`);
    try {
      const streams = Array.from({ length: 12 }, (_, i) => wsSubscribe(client, FAN_OUT, { first: i + 1 }));
      let most = 0;
      await waitFor(
        async () => {
          const log = (await t.emu.control('GET', '/requests')).json as { inFlight: number };
          most = Math.max(most, log.inFlight);
          return streams.every((stream) => stream.events.length > 0 || stream.failure !== undefined);
        },
        () => `${streams.filter((stream) => stream.events.length > 0).length} of 12 have an event`,
        60_000,
      );
      for (const stream of streams) {
        expect(stream.failure).toBeUndefined();
        expect(stream.events[0]?.errors).toBeUndefined();
      }
      const albumsCalls = (await t.calls())['GET /v1/artists/{id}/albums'] ?? 0;
      // Every subscriber's albums pages were fetched, never more than the share at once (the
      // poller's own call, outside the share, adds at most one).
      expect(albumsCalls).toBeGreaterThanOrEqual(12);
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(3);
    } finally {
      await client.dispose();
      await t.emu.control('DELETE', '/faults');
      await t.close();
    }
  }, 90_000);
});

describe("Development Mode's per-id calls are counted (attack F2)", () => {
  it('counts each single-item call in the log line and in spotify_calls_total', async () => {
    const log = memoryLogger();
    const t = await startTestServer({ listen: true, mode: 'development', logger: log.logger });
    try {
      const ids = [...t.emu.state.catalog.tracks.keys()].slice(0, 5);
      await t.clearLog();
      const answer = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: documentText(TRACKS), variables: { ids } }),
      });
      const body = (await answer.json()) as { data?: { tracks: unknown[] }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.tracks).toHaveLength(5);
      const sent = (await t.calls())['GET /v1/tracks/{id}'] ?? 0;
      expect(sent).toBe(5);
      let line: Record<string, unknown> | undefined;
      await waitFor(
        () => {
          line = log.lines().find((l) => l.operationName === 'DevModeTracksCounted');
          return line !== undefined;
        },
        () => 'the request log line',
      );
      expect(line?.spotifyCalls).toBe(sent);
      const metrics = await metricsText(t.url);
      expect(metrics).toMatch(/spotify_calls_total\{route="get-track",status="ok"\} 5\n/);
      expect(metrics).not.toMatch(/spotify_calls_total\{route="get-several-tracks"/);
    } finally {
      await t.close();
    }
  });
});
