/**
 * `client.iterate()` over recently played asks every page with the caller's `limit` (plus the plays
 * sent again, which it drops), never a limit grown page by page from the link Spotify echoes back
 * (attack 44, F5: 7, 8, 9, 10, 11 ...). Checked from the emulator's request log.
 */
import { afterEach, expect, it } from 'vitest';
import { clearFaultsAndLog, useClientTests, userToken } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const USER = 'bob';
type History = ReturnType<typeof emu.state.user>['recentlyPlayed'];
let saved: History | undefined;

afterEach(() => {
  if (saved) emu.state.user(USER).recentlyPlayed.splice(0, Number.POSITIVE_INFINITY, ...saved);
  saved = undefined;
});

/** The `limit` of each recently-played call the emulator saw, in order. */
async function limitsAsked(): Promise<number[]> {
  const log = (await emu.control('GET', '/requests')).json as {
    entries: { method: string; route: string; query: string }[];
  };
  return log.entries
    .filter((e) => `${e.method} ${e.route}` === 'GET /v1/me/player/recently-played')
    .map((e) => Number(new URLSearchParams(e.query).get('limit')));
}

/** Bob's history with every play moved to a millisecond of its own (the seed may share some). */
function distinctTimes(): string[] {
  const history = emu.state.user(USER).recentlyPlayed;
  saved = [...history];
  const newest = history[0]!.playedAt;
  history.splice(
    0,
    Number.POSITIVE_INFINITY,
    ...saved.map((play, i) => ({ ...play, playedAt: newest - i * 60_000 })),
  );
  return history.map((e) => `${new Date(e.playedAt).toISOString()}|${e.trackId}`);
}

it.each([[3], [1], [2]])(
  'pages of %i: every page after the first asks that limit plus the one play sent again',
  async (limit) => {
    const history = distinctTimes();
    const token = await userToken(emu, { user: USER, scopes: ['user-read-recently-played'] });
    const client = await signedIn({ token });
    const first = await client.player.recentlyPlayed({ limit });
    await clearFaultsAndLog(emu);
    const served: string[] = [];
    for await (const play of client.iterate(first)) served.push(`${play.played_at}|${play.track.id}`);
    expect(served).toEqual(history);
    const limits = await limitsAsked();
    expect(limits.length).toBeGreaterThan(2);
    expect(new Set(limits)).toEqual(new Set([limit + 1]));
  },
);
