/**
 * Auto mode, a Development Mode app, a user's token the caller passes in `Authorization` (Spotify's own
 * refusal, a bare 403, teaches such a token nothing: every request meets it once). The request's checks
 * go out as one batch: the first kind's per-type route is refused, and its checks and all the others
 * that waited for that answer then go to `/me/library/contains` together, 40 URIs a call: 2 waves, not
 * 3 (v18 attack 11, MEDIUM-2: the refused checks were asked again alone, and the others after them).
 * Calls and waves from the emulator's request log under a latency fault on every route (wavesOf).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { timedCalls, useSlowSpotify, wavesOf } from '../helpers/waves.js';

const LATENCY_MS = 200;

const CHECKS = graphql(`
  query OneWaveChecks($artists: [ID!]!, $users: [ID!]!, $playlist: ID!, $uris: [ID!]!) {
    me {
      followsArtists(ids: $artists)
      followsUsers(ids: $users)
      followsPlaylist(id: $playlist)
      libraryContains(uris: $uris)
    }
  }
`);

/** A 22-character id the emulator's catalog does not hold. */
const unknownId = (n: number): string => String(n).padStart(22, '0');

describe('auto mode, Development Mode app, caller token: the checks after the refused one', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });
  let token = '';
  const slowly = useSlowSpotify(t, LATENCY_MS, async () => {
    token = await t.emu.token({ user: 'alice', app: 'development' });
    return t.query(
      CHECKS,
      {
        artists: [unknownId(1)],
        users: ['bob'],
        playlist: unknownId(1),
        uris: [`spotify:track:${unknownId(1)}`],
      },
      { token },
    );
  });

  /** The calls since the log was emptied (`status method route uri-count`), and their waves. */
  async function spent() {
    const entries = await timedCalls(t.emu);
    const listed = (query: string) => {
      const params = new URLSearchParams(query);
      return (params.get('uris') ?? params.get('ids') ?? '').split(',').length;
    };
    return {
      calls: entries.map((entry) => `${entry.status} ${entry.method} ${entry.route} ${listed(entry.query)}`),
      waves: wavesOf(entries),
    };
  }

  it('asks the refused check again with all the others: 2 calls in 2 waves, on every request', async () => {
    const vars = {
      artists: [unknownId(2)],
      users: ['bob'],
      playlist: unknownId(3),
      uris: [
        `spotify:album:${unknownId(4)}`,
        `spotify:track:${unknownId(5)}`,
        `spotify:show:${unknownId(6)}`,
      ],
    };
    for (const _ of [1, 2]) {
      await slowly();
      const answer = await t.query(CHECKS, vars, { token });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me).toMatchObject({ followsArtists: [false], followsPlaylist: false });
      // Old code: 3 calls in 3 waves (the artist alone on /me/library/contains, then the other 5).
      expect(await spent()).toEqual({
        calls: ['403 GET /v1/me/following/contains 1', '200 GET /v1/me/library/contains 6'],
        waves: 2,
      });
    }
  });

  it('splits them at 40 URIs a call, sent together', async () => {
    const uris = Array.from({ length: 45 }, (_, i) => `spotify:track:${unknownId(100 + i)}`);
    await slowly();
    const answer = await t.query(
      CHECKS,
      { artists: [unknownId(7)], users: ['bob'], playlist: unknownId(8), uris },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.libraryContains).toEqual(uris.map(() => false));
    const { calls, waves } = await spent();
    // 48 URIs: the refused artist, a user, the playlist, 45 tracks (old code: 1 + 2 in a third wave).
    expect(calls[0]).toBe('403 GET /v1/me/following/contains 1');
    expect(calls.slice(1).sort()).toEqual([
      '200 GET /v1/me/library/contains 40',
      '200 GET /v1/me/library/contains 8',
    ]);
    expect(waves).toBe(2);
  });
});
