/**
 * Recently played's connection where more plays share one millisecond than a page holds (50): Spotify's
 * `before` cursor is exclusive and in milliseconds, so no request reaches past them. The connection
 * serves the plays it can read, keeps `hasNextPage` true after them (the list goes on), and the window
 * after them is the field's error PAGE_UNREACHABLE (as the client's iterate throws), never
 * `hasNextPage: false` as if the list ended there. Bob's history is edited per test and restored after
 * it, as test/client/iterate-one-millisecond-run.test.ts does (the seed is untouched).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });

const recent = graphql(
  `query OneMillisecondRunRecent($first: Int, $after: String) { me { recentlyPlayed(first: $first, after: $after) { edges { node { playedAt track { id } } } pageInfo { hasNextPage endCursor } } } }`,
);

const USER = 'bob';
type History = ReturnType<typeof t.emu.state.user>['recentlyPlayed'];
let saved: History | undefined;
let bob = '';

beforeAll(async () => {
  bob = await t.emu.token({ user: USER });
});
afterEach(() => {
  if (saved) t.emu.state.user(USER).recentlyPlayed.splice(0, Number.POSITIVE_INFINITY, ...saved);
  saved = undefined;
});

/** Gives bob's history `count` more plays in the millisecond of his 3rd play, right after it: his history, as `<time>|<track uri>`. */
function runInOneMillisecond(count: number): string[] {
  const history = t.emu.state.user(USER).recentlyPlayed;
  saved = [...history];
  const third = history[2];
  if (!third || history.length < 10) throw new Error('bob has too few plays');
  const run = Array.from({ length: count }, (_, i) => ({ ...third, trackId: saved![i % 10]!.trackId }));
  history.splice(3, 0, ...run);
  return history.map((e) => `${new Date(e.playedAt).toISOString()}|spotify:track:${e.trackId}`);
}

/** One page of bob's recently played connection. */
const read = (first: number, after: string | null) => t.query(recent, { first, after }, { token: bob });

/** Pages bob's connection by `first` while hasNextPage: the plays served, and the errors met. */
async function paged(first: number): Promise<{ served: string[]; errors: unknown[]; codes: unknown[] }> {
  const served: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 80; pages++) {
    const answer = await read(first, after);
    const list = answer.data?.me?.recentlyPlayed;
    for (const edge of list?.edges ?? []) served.push(`${edge?.node?.playedAt}|${edge?.node?.track?.id}`);
    if (answer.errors)
      return { served, errors: [...answer.errors], codes: answer.errors.map((e) => e.extensions?.code) };
    if (!list?.pageInfo.hasNextPage) break;
    after = list.pageInfo.endCursor ?? null;
  }
  return { served, errors: [], codes: [] };
}

describe('recently played: more plays in one millisecond than a page holds', () => {
  it.each([
    [20, 60],
    [50, 60],
    [7, 49],
  ])(
    'pages of %i, %i more plays at one time: the first 50 of them, then PAGE_UNREACHABLE',
    async (first, count) => {
      const history = runInOneMillisecond(count);
      const at = t.emu.state.user(USER).recentlyPlayed[2]!.playedAt;
      const { served, errors, codes } = await paged(first);
      expect(served).toEqual(history.slice(0, 52));
      expect(codes).toEqual(['PAGE_UNREACHABLE']);
      expect(String((errors[0] as { message: string }).message)).toContain(new Date(at).toISOString());
    },
  );

  it.each([[20], [50], [7]])(
    'pages of %i, 49 plays in one millisecond: every play once, no error',
    async (first) => {
      const history = runInOneMillisecond(48);
      expect(await paged(first)).toEqual({ served: history, errors: [], codes: [] });
    },
  );
});
