import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { simplifiedArtist } from '../helpers/faults.js';
import { startPlayingServer, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

/** Each event asks every artist of the playing track for its top tracks: one call per artist. */
const TOP_TRACKS = graphql(`
  subscription SubscriptionCallLimitTopTracks {
    playbackState {
      isPlaying
      item { ... on Track { artists { topTracks { name } } } }
    }
  }
`);

const MAX_COST = 6;
const ARTISTS = 8;

/**
 * MAX_QUERY_COST bounds the Spotify calls of one execution of a subscription's selection: each event
 * is counted afresh, so an event whose selection needs more calls than the estimate assumed stops at
 * CALL_LIMIT_EXCEEDED, and the next event is not refused for what the first one used.
 */
describe('the run-time call limit of a subscription (graphql-ws)', () => {
  it('gives each event a full MAX_QUERY_COST allowance', async () => {
    const { t, token } = await startPlayingServer({ limits: { maxQueryCost: MAX_COST } });
    const client = wsClient(t.url, `Bearer ${token}`);
    try {
      // The playing track credits 8 artists, where the estimate assumes 2: 8 top-tracks calls an event.
      const credited = [...t.emu.state.catalog.artists.values()]
        .slice(0, ARTISTS)
        .map((artist) => simplifiedArtist(t.emu.url, artist));
      await t.emu.control('POST', '/faults', {
        route: 'GET /v1/me/player',
        set: { '/item/artists': credited },
      });
      await t.clearLog();
      const stream = wsSubscribe(client, TOP_TRACKS);
      const first = await stream.nth(0);
      const firstCalls = (await t.calls())['GET /v1/artists/{id}/top-tracks'] ?? 0;
      // The first event was admitted (the estimate is under the limit) and stopped at run time.
      expect(first.data?.playbackState?.isPlaying).toBe(true);
      expect(new Set(first.errors?.map((error) => error.extensions?.code))).toEqual(
        new Set(['CALL_LIMIT_EXCEEDED']),
      );
      expect(firstCalls).toBeGreaterThan(0);
      expect(firstCalls).toBeLessThanOrEqual(MAX_COST);

      // A second event (a pause): a new execution of the selection with a full allowance of its own,
      // not refused for the calls the first event made.
      await t.clearLog();
      const paused = await t.emu.api('PUT', '/v1/me/player/pause', { token });
      expect(paused.status).toBe(204);
      const second = await stream.nth(1);
      expect(second.data?.playbackState?.isPlaying).toBe(false);
      const secondCalls = (await t.calls())['GET /v1/artists/{id}/top-tracks'] ?? 0;
      expect(secondCalls).toBe(firstCalls);
      // The artists over the allowance, each null: one error standing for them all (a failure repeated
      // down a list is one error, with repeatedCount).
      expect(
        second.errors?.map((error) => [error.extensions?.code, error.extensions?.repeatedCount ?? 1]),
      ).toEqual([['CALL_LIMIT_EXCEEDED', ARTISTS - secondCalls]]);
      const artists = (second.data?.playbackState?.item as { artists?: { topTracks: unknown }[] } | null)
        ?.artists;
      expect(artists?.filter((artist) => artist.topTracks !== null)).toHaveLength(secondCalls);
      expect(stream.failure).toBeUndefined();
    } finally {
      await client.dispose();
      await t.close();
    }
  }, 60_000);
});
