/**
 * Recently played with two plays in the same millisecond (the emulator seeds carol's plays 19 and 20
 * so, astride Spotify's default page of 20). Spotify's `before` cursor is exclusive ("before, but not
 * including"), so a page asked `before` the time of the last play served leaves out the other play of
 * that millisecond: the connection served 24 of carol's 25 plays. Read by `first` of any size, every
 * play comes once, in order, and `totalCount` stays the list's count on every page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });

const recent = graphql(
  `query SameMillisecondRecent($first: Int, $after: String) { me { recentlyPlayed(first: $first, after: $after) { totalCount edges { node { playedAt track { id } } } pageInfo { hasNextPage endCursor } } } }`,
);

let carol = '';
beforeAll(async () => {
  carol = await t.emu.token({ user: 'carol' });
});

/** Carol's history as the emulator holds it, newest first: `<time>|<track id>` per play. */
function history(): string[] {
  return t.emu.state
    .user('carol')
    .recentlyPlayed.map((e) => `${new Date(e.playedAt).toISOString()}|spotify:track:${e.trackId}`);
}

/** One page of carol's recently played connection. */
const read = (first: number, after: string | null) => t.query(recent, { first, after }, { token: carol });

describe('recently played: two plays in one millisecond', () => {
  it('the seeded history holds such a pair at the default page boundary', () => {
    const plays = t.emu.state.user('carol').recentlyPlayed;
    expect(plays[19]?.playedAt).toBe(plays[20]?.playedAt);
  });

  it.each([[20], [1], [5], [19]])(
    'paged by first: %i, every play comes once and totalCount stays true',
    async (first) => {
      const expected = history();
      const served: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 40; pages++) {
        const answer = await read(first, after);
        expect(answer.errors).toBeUndefined();
        const list = answer.data?.me?.recentlyPlayed;
        expect(list?.totalCount).toBe(expected.length);
        for (const edge of list?.edges ?? []) served.push(`${edge?.node?.playedAt}|${edge?.node?.track?.id}`);
        if (!list?.pageInfo.hasNextPage) break;
        after = list.pageInfo.endCursor ?? null;
      }
      expect(served).toEqual(expected);
    },
  );
});
