import { describe, expect, it } from 'vitest';
import { RequestBudget } from '../../src/resolvers/request-budget.js';
import { graphql } from '../generated/index.js';
import { simplifiedArtist } from '../helpers/faults.js';
import { startTestServer } from '../helpers/server.js';

/** The tracks of an album, each with its artists' top tracks: a per-artist call under N tracks. */
const MANY_ARTISTS = graphql(`
  query CallLimitManyArtists($id: ID!) {
    album(id: $id) {
      name
      tracks(first: 10) {
        nodes {
          name
          artists {
            topTracks {
              name
            }
          }
        }
      }
    }
  }
`);

const ONE_ARTIST = graphql(`
  query CallLimitOneArtist($id: ID!) {
    artist(id: $id) {
      name
      topTracks {
        name
      }
    }
  }
`);

/**
 * The cost estimate assumes 2 artists per track; Spotify may credit a dozen (v4 F8). Whatever it
 * sends, one request makes at most MAX_QUERY_COST Spotify calls: the calls beyond fail with
 * CALL_LIMIT_EXCEEDED at their fields, and the request's next neighbour gets a full allowance.
 */
describe('the per-request Spotify call limit', () => {
  it('stops at MAX_QUERY_COST calls when the tracks credit more artists than the estimate assumes', async () => {
    const t = await startTestServer({ limits: { maxQueryCost: 30 } });
    try {
      const album = [...t.emu.state.catalog.albums.keys()][0]!;
      const artists = [...t.emu.state.catalog.artists.values()];
      expect(artists.length).toBeGreaterThanOrEqual(80);
      // 10 tracks crediting 8 distinct artists each: 80 top-tracks calls, where the estimate counts 20.
      const byId: Record<string, unknown> = {};
      for (let track = 0; track < 10; track += 1) {
        byId[`/tracks/items/${track}/artists`] = artists
          .slice(track * 8, track * 8 + 8)
          .map((artist) => simplifiedArtist(t.emu.url, artist));
      }
      // The album comes by id or in a batch (Extended mode): both answers credit the artists.
      const inBatch = Object.fromEntries(
        Object.entries(byId).map(([at, value]) => [`/albums/0${at}`, value]),
      );
      await t.emu.control('POST', '/faults', { route: 'GET /v1/albums/{id}', set: byId });
      await t.emu.control('POST', '/faults', { route: 'GET /v1/albums', set: inBatch });
      await t.clearLog();
      const answer = await t.query(MANY_ARTISTS, { id: album });
      const calls = await t.calls();
      const made = Object.values(calls).reduce((sum, n) => sum + n, 0);
      expect(made).toBeLessThanOrEqual(30);
      // Without the limit the request would have made 81 calls: it made every one it was allowed.
      expect(calls['GET /v1/artists/{id}/top-tracks']).toBeGreaterThanOrEqual(20);
      expect(answer.data?.album?.name).toEqual(expect.any(String));
      const codes = new Set(answer.errors?.map((error) => error.extensions?.code));
      expect(codes).toEqual(new Set(['CALL_LIMIT_EXCEEDED']));
      expect(answer.errors?.[0]?.extensions?.maxCalls).toBe(30);
      expect(answer.errors?.[0]?.path?.slice(-1)).toEqual(['topTracks']);

      // The allowance is the request's own: the next request starts afresh.
      const next = await t.query(ONE_ARTIST, { id: artists[0]!.id });
      expect(next.errors).toBeUndefined();
      expect(next.data?.artist?.topTracks?.length).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});

describe('calls given back to the allowance (RequestBudget.refund, v15 attack V1)', () => {
  it('a refunded call may be made again, but a request never makes more than twice its limit', async () => {
    const budget = new RequestBudget(4, undefined, undefined, 2);
    let made = 0;
    const call = () =>
      budget.run(async () => {
        made += 1;
      });
    await call();
    await call();
    await expect(call()).rejects.toMatchObject({ extensions: { code: 'CALL_LIMIT_EXCEEDED' } });
    // Each refund allows one more call, up to the limit's count of refunds (a refused call is not counted).
    for (let i = 0; i < 10; i += 1) budget.refund();
    await call();
    await call();
    await expect(call()).rejects.toMatchObject({ extensions: { code: 'CALL_LIMIT_EXCEEDED' } });
    expect(made).toBe(4);
  });
});
