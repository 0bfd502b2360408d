/**
 * `client.iterate()` over recently played where a page's last 50 plays (Spotify's most per page) share
 * one millisecond and the list goes on: Spotify's `before` cursor is a time in milliseconds and
 * exclusive, so the plays of that millisecond past the 50th, if any, cannot be asked for. iterate says
 * so (SpotifyError PAGE_UNREACHABLE, after the plays read), never ending as if the list were whole.
 * Bob's seeded history is given such a run for each test and restored after it (the seed is untouched).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useClientTests, userToken } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const USER = 'bob';
type History = ReturnType<typeof emu.state.user>['recentlyPlayed'];
let saved: History | undefined;

afterEach(() => {
  if (saved) emu.state.user(USER).recentlyPlayed.splice(0, Number.POSITIVE_INFINITY, ...saved);
  saved = undefined;
});

/** Gives bob's history `count` more plays in the millisecond of his 3rd play, right after it: his history, as `<time>|<track id>`. */
function runInOneMillisecond(count: number): string[] {
  const history = emu.state.user(USER).recentlyPlayed;
  saved = [...history];
  const third = history[2];
  if (!third || history.length < 10) throw new Error('bob has too few plays');
  const run = Array.from({ length: count }, (_, i) => ({ ...third, trackId: saved![i % 10]!.trackId }));
  history.splice(3, 0, ...run);
  return history.map((e) => `${new Date(e.playedAt).toISOString()}|${e.trackId}`);
}

/** What iterate yields from a first page of `limit` plays, and what it threw (undefined at the list's end). */
async function iterated(limit: number): Promise<{ served: string[]; error: unknown }> {
  const token = await userToken(emu, { user: USER, scopes: ['user-read-recently-played'] });
  const client = await signedIn({ token });
  const served: string[] = [];
  const error = await (async () => {
    for await (const play of client.iterate(await client.player.recentlyPlayed({ limit }))) {
      served.push(`${play.played_at}|${play.track.id}`);
      if (served.length > 500) break;
    }
  })().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return { served, error };
}

describe('iterate: more plays in one millisecond than a page holds', () => {
  it.each([
    [20, 60],
    [50, 60],
    [1, 60],
    // 50 plays in that millisecond in all: no request tells whether a 51st follows.
    [20, 49],
  ])(
    'pages of %i, %i more plays at one time: its first 50 plays, then PAGE_UNREACHABLE naming it',
    async (limit, count) => {
      const history = runInOneMillisecond(count);
      const at = emu.state.user(USER).recentlyPlayed[2]!.playedAt;
      const { served, error } = await iterated(limit);
      // Plays 0 and 1, then the first 50 of the plays at that millisecond.
      expect(served).toEqual(history.slice(0, 52));
      expect(error).toMatchObject({ name: 'SpotifyError', code: 'PAGE_UNREACHABLE' });
      expect((error as Error).message).toContain(new Date(at).toISOString());
      expect((error as Error).message).toContain(`recentlyPlayed({ before: ${at} })`);
    },
  );

  it.each([[20], [50], [7]])(
    'pages of %i, 49 plays in one millisecond: every play once, in order',
    async (limit) => {
      const history = runInOneMillisecond(48);
      expect(await iterated(limit)).toEqual({ served: history, error: undefined });
    },
  );
});
