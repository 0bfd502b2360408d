import { describe, expect, it } from 'vitest';
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

const ARTISTS_ALBUM_WINDOWS = graphql(`
  query CallLimitJoinedWindows($ids: [ID!]!) {
    artists(ids: $ids) {
      w0: albums(first: 2) {
        nodes {
          name
        }
      }
      w1: albums(first: 2, offset: 2) {
        nodes {
          name
        }
      }
    }
  }
`);

describe('a joined call of sibling windows that fails (v17 re-attack A2)', () => {
  it('stays counted: its windows own calls never take the request past MAX_QUERY_COST', async () => {
    // 10 artists, 2 windows each: estimated at 20 calls, a joined call of 4 albums per artist.
    const t = await startTestServer({ limits: { maxQueryCost: 20 } });
    try {
      const ids = [...t.emu.state.catalog.artists.keys()].slice(0, 10);
      await t.emu.control('POST', '/faults', {
        route: 'GET /v1/artists/{id}/albums',
        query: { offset: '0', limit: '4' },
        status: 503,
      });
      await t.clearLog();
      const answer = await t.query(ARTISTS_ALBUM_WINDOWS, { ids });
      const made = Object.values(await t.calls()).reduce((sum, n) => sum + n, 0);
      // Every joined call failed (its retries counted too), so windows asked their own pages until the
      // allowance ran out: the request made exactly its allowance, and the rest are refused.
      expect(made).toBe(20);
      const codes = new Set(answer.errors?.map((error) => error.extensions?.code));
      expect(codes.has('CALL_LIMIT_EXCEEDED')).toBe(true);
      expect(answer.data?.artists).toHaveLength(10);
    } finally {
      await t.close();
    }
  });
});
