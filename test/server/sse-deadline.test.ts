import { describe, expect, it } from 'vitest';
import { player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { sseSubscribe, startPlayingServer, waitFor } from '../helpers/subscriptions.js';

/** Each event asks the playing track's artists for their top tracks: Spotify calls at every event. */
const TOP_TRACKS = graphql(`
  subscription SseDeadlineTopTracks {
    playbackState {
      item { ... on Track { name artists { topTracks { name } } } }
    }
  }
`);

const DEADLINE_MS = 1000;

/**
 * A subscription over HTTP has no REQUEST_DEADLINE_MS, by its operation type and not by the request's
 * Accept: yoga streams a subscription asked for with `Accept: *\/*` as it does for text/event-stream,
 * and its events after the deadline are executed in full (v10 re-attack on issue 9, N4).
 */
describe('REQUEST_DEADLINE_MS and SSE subscriptions', () => {
  it('leaves an SSE subscription asked for with Accept: */* running past the deadline, without DEADLINE_EXCEEDED', async () => {
    const { t, token } = await startPlayingServer({ limits: { requestDeadlineMs: DEADLINE_MS } });
    const stream = sseSubscribe(t.url, TOP_TRACKS, token, undefined, '*/*');
    try {
      expect(await stream.status).toBe(200);
      const first = await stream.nth(0);
      expect(first.errors).toBeUndefined();
      // Past the deadline (a wait, not a timed assertion), the next track: a new event with new calls.
      await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS * 2));
      await t.clearLog();
      expect((await player(t.emu, token).next()).status).toBe(204);
      const second = await stream.nth(1);
      expect(second.errors).toBeUndefined();
      expect(second.data?.playbackState?.item).not.toEqual(first.data?.playbackState?.item);
      expect((await t.calls())['GET /v1/artists/{id}/top-tracks'] ?? 0).toBeGreaterThan(0);
    } finally {
      stream.stop();
      await waitFor(
        () => t.server.playerPollers.subscribers === 0,
        () => 'subscribers to leave',
      );
      await t.close();
    }
  });
});
