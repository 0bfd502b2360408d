import { expect, it, vi } from 'vitest';
import { playAlbum } from '../emulator/player-fixtures.js';
import type { StaleRepeatTopTracksSubscription } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import {
  type Stream,
  type StreamEvent,
  stopStreamAfterEach,
  waitFor,
  wsClient,
  wsSubscribe,
} from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * A failed poll (Spotify's 429, a 5xx) is no news about the player: each subscription gets its last
 * result again, marked stale, without executing its selection. Before, every failed poll executed the
 * selection anew (the artists' top tracks fetched again while Spotify asked the app to slow down), and
 * with a long Retry-After that execution met the app's 429 pause and nulled them (v11 re-attack on
 * issue 9, F1).
 */

const TOP_TRACKS = graphql(`
  subscription StaleRepeatTopTracks {
    currentlyPlaying { progressMs item { ... on Track { name artists { name topTracks { name } } } } }
  }
`);

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 100 },
});

type Playing = StaleRepeatTopTracksSubscription;
let stream: Stream<unknown> | undefined;
stopStreamAfterEach(t, () => stream);

type Entry = { route: string; status: number };

async function entries(): Promise<Entry[]> {
  return ((await t.emu.control('GET', '/requests')).json as { entries: Entry[] }).entries;
}

const withoutProgress = (event: StreamEvent | undefined) => {
  const item = (event as StreamEvent<Playing> | undefined)?.data?.currentlyPlaying?.item;
  return item == null ? item : { ...item };
};

it.each([
  { status: 429, code: 'SPOTIFY_RATE_LIMITED', fault: { retryAfter: 1, times: 3 } },
  { status: 503, code: 'SPOTIFY_UNAVAILABLE', fault: { times: 12 } },
])(
  'repeats the last result marked stale on a $status poll, with no Spotify call but the polls',
  async ({ status, code, fault }) => {
    await t.emu.reset();
    const token = await t.emu.token({ user: 'alice' });
    await playAlbum(t.emu, token);
    const live = wsSubscribe(wsClient(t.url, `Bearer ${token}`), TOP_TRACKS);
    stream = live as Stream<unknown>;
    const first = await live.nth(0);
    expect(first.errors).toBeUndefined();
    expect(withoutProgress(first)).toHaveProperty('artists.0.topTracks.0.name');
    await t.clearLog();
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player', status, ...fault });
    // Until Spotify answered a poll again after the failures.
    await waitFor(
      async () => {
        const polls = (await entries()).filter((entry) => entry.route === '/v1/me/player');
        const failed = polls.findIndex((entry) => entry.status === status);
        return failed >= 0 && polls.slice(failed + 1).some((entry) => entry.status < 300);
      },
      () => `a poll answered after the ${status}s; events ${JSON.stringify(stream?.events)}`,
    );
    const log = await entries();
    const polls = log.filter((entry) => entry.route === '/v1/me/player');
    const failures = polls.filter((entry) => entry.status === status).length;
    expect(failures).toBeGreaterThanOrEqual(fault.times >= 12 ? 4 : fault.times);
    // Nothing but the polls until Spotify answered again: the stale repeats executed nothing. (The
    // fresh value after it is executed anew, as any event is.)
    const firstFailure = log.findIndex((entry) => entry.status === status);
    const answered = log.findIndex(
      (entry, index) => index > firstFailure && entry.route === '/v1/me/player' && entry.status < 300,
    );
    expect(log.slice(firstFailure, answered).filter((entry) => entry.route !== '/v1/me/player')).toEqual([]);
    const staleEvent = live.events.find((event) => event.extensions?.stale !== undefined);
    expect(staleEvent?.errors).toBeUndefined();
    expect(withoutProgress(staleEvent)).toEqual(withoutProgress(first));
    expect(staleEvent?.extensions?.stale).toMatchObject({ code, readAt: expect.any(String) });
    // Then the value again, fresh.
    const events = await live.until((all) => all.indexOf(staleEvent!) < all.length - 1);
    const fresh = events[events.indexOf(staleEvent!) + 1]!;
    expect(fresh.errors).toBeUndefined();
    expect(fresh.extensions).toBeUndefined();
    expect(withoutProgress(fresh)).toEqual(withoutProgress(first));
  },
);
