/**
 * Cursor-paged lists (followed artists, recently played) whose later pages go back (v12 attack on
 * issue 7, N6 and N15). The connection's cursor carries the edge's position and the Spotify cursors
 * followed before (src/resolvers/cursor-state.ts), so that:
 * - a later page that goes back to items already served (a two- or three-page cursor cycle) is the
 *   cut, `hasNextPage: false`, and a client paging on `endCursor` stops;
 * - a page reaching past the list's total ends the list quietly, so the pages read are bounded, and a
 *   list that shrank while it was paged (an artist unfollowed) ends without error or extra entry;
 * - two plays at the same time are no repeat;
 * - plays out of time order are the cut where they go back;
 * - an entry without a cursor of its own at a page's end (a play without a readable time and without
 *   Spotify's `cursors.before`, an artist without a usable id) is not served again on the next page;
 * - a cursor the connection did not make is BAD_USER_INPUT.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const FOLLOWED = graphql(`query CursorCyclesFollowed($first: Int!, $after: String) {
  me { list: followedArtists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }
}`);
const RECENT = graphql(`query CursorCyclesRecent($first: Int!, $after: String) {
  me { list: recentlyPlayed(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { playedAt track { id } } } } }
}`);

/** Spotify's answer (the emulator's, no fault) at `path`, read with alice's token. */
async function spotify(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${t.emu.url}${path}`, { headers: { authorization: `Bearer ${t.alice}` } });
  return (await response.json()) as Record<string, unknown>;
}

/** Spotify's followed-artists pages of 3, the first `count` of them, each as Spotify sent it. */
async function followedPages(count: number): Promise<Record<string, unknown>[]> {
  const pages: Record<string, unknown>[] = [];
  let after = '';
  for (let i = 0; i < count; i++) {
    const answer = await spotify(`/v1/me/following?type=artist&limit=3${after}`);
    const page = answer.artists as Record<string, unknown>;
    pages.push(page);
    after = `&after=${(page.cursors as { after: string }).after}`;
  }
  return pages;
}

/** A client paging on `endCursor` while `hasNextPage`, at most `max` requests: every answer. */
async function pageOn<A extends { data?: unknown }>(
  read: (after: string | null) => Promise<A>,
  max = 12,
): Promise<A[]> {
  const answers: A[] = [];
  let after: string | null = null;
  for (let i = 0; i < max; i++) {
    const answer = await read(after);
    answers.push(answer);
    const info = (
      answer.data as { me?: { list?: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } }
    )?.me?.list?.pageInfo;
    if (!info?.hasNextPage) break;
    after = info.endCursor;
  }
  return answers;
}

const followed = (after: string | null) => t.query(FOLLOWED, { first: 3, after }, { token: t.alice });
const recent = (after: string | null) => t.query(RECENT, { first: 3, after }, { token: t.alice });
type FollowedAnswer = Awaited<ReturnType<typeof followed>>;
type RecentAnswer = Awaited<ReturnType<typeof recent>>;

/** The ids every answer served, in order (null entries left out). */
const servedIds = (answers: FollowedAnswer[]) =>
  answers.flatMap((a) => (a.data?.me?.list?.edges ?? []).filter((e) => e !== null).map((e) => e?.node?.id));

describe('a followed-artists cursor cycle (N6)', () => {
  it.each([2, 3])('a %i-page cycle: the page going back is the cut, and paging on ends', async (length) => {
    const pages = await followedPages(length);
    const last = pages.at(-1)!;
    const back = pages[0]!;
    // The page after the cycle's last page answers its first page again, cursors and next included.
    await t.fault(
      'GET /v1/me/following',
      { '/artists/items': back.items, '/artists/cursors': back.cursors, '/artists/next': back.next },
      { query: { after: (last.cursors as { after: string }).after } },
    );
    const answers = await pageOn(followed);
    expect(answers).toHaveLength(length + 1);
    const ids = servedIds(answers);
    expect(ids).toHaveLength(3 * length);
    expect(new Set(ids).size).toBe(ids.length);
    const end = answers.at(-1)!;
    expect(end.data?.me?.list).toMatchObject({
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [null],
    });
    expect(located(end.errors)).toEqual([[['me', 'list', 'edges', 0], expect.objectContaining(BAD_VALUE)]]);
  });

  it('a later page holding the artist a page before ended with, among new ones, is the cut', async () => {
    const [page1, page2] = await followedPages(2);
    const items2 = page2!.items as unknown[];
    // Page 2 keeps its cursors and next, but its middle artist is page 1's last (the cursor followed).
    await t.fault(
      'GET /v1/me/following',
      { '/artists/items/1': (page1!.items as unknown[])[2] },
      { query: { after: (page1!.cursors as { after: string }).after } },
    );
    expect(items2).toHaveLength(3);
    const answers = await pageOn(followed);
    expect(answers).toHaveLength(2);
    expect(servedIds(answers)).toHaveLength(3);
    expect(answers[1]!.data?.me?.list).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [null] });
    expect(located(answers[1]!.errors)).toEqual([
      [['me', 'list', 'edges', 0], expect.objectContaining(BAD_VALUE)],
    ]);
  });

  it('an artist twice in one page: the page answers up to the repeat, then the cut', async () => {
    await t.fault('GET /v1/me/following', {
      '/artists/items/2': ((await followedPages(1))[0]!.items as unknown[])[0],
    });
    const answer = await followed(null);
    expect(answer.data?.me?.list?.edges).toHaveLength(3);
    expect(answer.data?.me?.list?.edges[2]).toBeNull();
    expect(answer.data?.me?.list?.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: answer.data?.me?.list?.edges[1]?.cursor,
    });
    expect(located(answer.errors)).toEqual([
      [['me', 'list', 'edges', 2], expect.objectContaining(BAD_VALUE)],
    ]);
  });

  it('pages past the total its list counts: the pages read stop a page past the total, quietly', async () => {
    await t.fault('GET /v1/me/following', { '/artists/total': 6 });
    const answers = await pageOn(followed);
    expect(answers).toHaveLength(3);
    expect(servedIds(answers)).toHaveLength(9);
    expect(answers[2]!.data?.me?.list?.pageInfo.hasNextPage).toBe(false);
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
  });
});

describe('an artist unfollowed while the list is paged (v13 re-attack, U1)', () => {
  /** Alice follows (PUT) or unfollows (DELETE) the artist `id` in the emulator. */
  const follow = async (method: 'PUT' | 'DELETE', id: string) => {
    const response = await fetch(`${t.emu.url}/v1/me/following?type=artist&ids=${id}`, {
      method,
      headers: { authorization: `Bearer ${t.alice}` },
    });
    expect(response.status).toBeLessThan(300);
  };

  // [page, entry]: the entries of the pages served so far (page 1 first) that the user unfollows
  // once that page is served; entry -1 is the page's last, the one whose id is the page's cursor.
  it.each([
    ['the first artist of page 1', [[1, 0]]],
    ["the last artist of page 1 (the page's cursor)", [[1, -1]]],
    [
      'two artists of page 1, the cursor among them',
      [
        [1, 0],
        [1, -1],
      ],
    ],
    [
      'three artists of page 1, the cursor among them',
      [
        [1, 0],
        [1, 1],
        [1, -1],
      ],
    ],
    [
      "page 1's cursor, then page 2's first artist",
      [
        [1, -1],
        [2, 0],
      ],
    ],
  ] as const)(
    '%s: every artist still followed is served, never more edges than first, no error',
    async (_n, gone) => {
      const spotifyIds = (
        (await spotify('/v1/me/following?type=artist&limit=50')).artists as { items: { id: string }[] }
      ).items.map((a) => a.id);
      expect(spotifyIds.length).toBeGreaterThan(12);
      // Pages of `first` that leave one artist for Spotify's last page: with k served artists gone, the
      // page before it ends k - 1 positions past the total Spotify now counts, while its next still
      // points on (the list ended there before the connection cursor carried the largest total).
      const first = [3, 4, 5, 6, 7, 8, 9].find((f) => spotifyIds.length % f === 1) ?? 3;
      const read = (after: string | null) => t.query(FOLLOWED, { first, after }, { token: t.alice });
      const unfollowed: string[] = [];
      try {
        const answers: FollowedAnswer[] = [];
        let after: string | null = null;
        for (let i = 0; i < 20; i++) {
          const answer: FollowedAnswer = await read(after);
          answers.push(answer);
          const list = answer.data?.me?.list;
          expect(list?.edges.length).toBeLessThanOrEqual(first);
          for (const [page, at] of gone.filter(([page]) => page === answers.length)) {
            const id = answers[page - 1]?.data?.me?.list?.edges.at(at)?.node?.id.split(':').at(-1) ?? '';
            expect(spotifyIds).toContain(id);
            await follow('DELETE', id);
            unfollowed.push(id);
          }
          after = list?.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
          if (after === null) break;
        }
        expect(after).toBeNull();
        expect(unfollowed).toHaveLength(gone.length);
        expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
        expect(answers.flatMap((a) => a.data?.me?.list?.edges ?? []).every((e) => e !== null)).toBe(true);
        // The unfollowed artists were served before they left: the whole list as it was, once, in order.
        expect(servedIds(answers).map((id) => id?.split(':').at(-1))).toEqual(spotifyIds);
      } finally {
        for (const id of unfollowed) await follow('PUT', id);
      }
    },
  );
});

describe('recently played out of time order', () => {
  it('two plays at the same time are not a repeat: the page answers whole and the list goes on (RP1)', async () => {
    const first = await spotify('/v1/me/player/recently-played?limit=5');
    const items = first.items as { played_at: string }[];
    expect(items).toHaveLength(5);
    await t.fault('GET /v1/me/player/recently-played', { '/items/1/played_at': items[0]!.played_at });
    const answer = await t.query(RECENT, { first: 5 }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    const list = answer.data?.me?.list;
    expect(list?.edges).toHaveLength(5);
    expect(list?.edges.every((e) => e !== null)).toBe(true);
    expect(list?.pageInfo.hasNextPage).toBe(true);
  });

  it('a play newer than the one before it in the page is the cut there', async () => {
    await t.fault('GET /v1/me/player/recently-played', { '/items/1/played_at': '2099-01-01T00:00:00.000Z' });
    const answer = await t.query(RECENT, { first: 3 }, { token: t.alice });
    const list = answer.data?.me?.list;
    expect(list?.edges).toHaveLength(2);
    expect(list?.edges[1]).toBeNull();
    expect(list?.pageInfo).toEqual({ hasNextPage: false, endCursor: list?.edges[0]?.cursor });
    expect(located(answer.errors)).toEqual([
      [['me', 'list', 'edges', 1], expect.objectContaining(BAD_VALUE)],
    ]);
  });

  it('a later page starting with plays of the page before (newer than its cursor) is the cut', async () => {
    const first = await spotify('/v1/me/player/recently-played?limit=3');
    const before = (first.cursors as { before: string }).before;
    const second = await spotify(`/v1/me/player/recently-played?limit=3&before=${before}`);
    // Page 2 holds page 1's first two plays, then its own last one: it does not end at its cursor.
    // The connection asks for page 2 from page 1's oldest play on, inclusively (one ms later): the
    // answer starts with that play again (left out), then page 1's first two, then its own.
    const [a, b, oldest] = first.items as unknown[];
    const items = [oldest, a, b, (second.items as unknown[])[2]];
    const asked = String(Number(before) + 1);
    await t.fault('GET /v1/me/player/recently-played', { '/items': items }, { query: { before: asked } });
    const answers = await pageOn(recent);
    expect(answers).toHaveLength(2);
    expect(answers[1]!.data?.me?.list).toEqual({
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [null],
    });
    expect(located(answers[1]!.errors)).toEqual([
      [['me', 'list', 'edges', 0], expect.objectContaining(BAD_VALUE)],
    ]);
  });
});

describe('an entry without a cursor of its own at the end of a page (N15 fallback)', () => {
  const plays = (answers: RecentAnswer[]) =>
    answers.flatMap((a) => (a.data?.me?.list?.edges ?? []).map((e) => e?.node?.track?.id ?? null));

  it.each([
    ['cursors.before absent', { unset: ['/cursors/before'] }],
    ['cursors.before no time', { set: { '/cursors/before': 'soon' } }],
  ] as const)(
    'a last play without a readable time, %s: the next page does not serve it again',
    async (_n, edit) => {
      const real = await t.query(RECENT, { first: 6 }, { token: t.alice });
      const expected = (real.data?.me?.list?.edges ?? []).map((e) => e?.node?.track?.id);
      expect(expected).toHaveLength(6);
      const set = { '/items/2/played_at': 'yesterday', ...('set' in edit ? edit.set : {}) };
      await t.fault('GET /v1/me/player/recently-played', set, {
        times: 1,
        ...('unset' in edit ? { unset: [...edit.unset] } : {}),
      });
      const page1 = await t.query(RECENT, { first: 3 }, { token: t.alice });
      expect(page1.data?.me?.list?.edges[2]?.node?.playedAt).toBeNull();
      const after = page1.data?.me?.list?.pageInfo.endCursor ?? null;
      expect(page1.data?.me?.list?.pageInfo.hasNextPage).toBe(true);
      const page2 = await t.query(RECENT, { first: 3, after }, { token: t.alice });
      expect(page2.errors).toBeUndefined();
      expect(plays([page1, page2])).toEqual(expected);
    },
  );

  it('a play without a readable time inside a page: paging on from its own cursor serves the plays after it', async () => {
    const real = await t.query(RECENT, { first: 4 }, { token: t.alice });
    const expected = (real.data?.me?.list?.edges ?? []).map((e) => e?.node?.track?.id);
    expect(expected).toHaveLength(4);
    await t.fault('GET /v1/me/player/recently-played', { '/items/1/played_at': 'yesterday' }, { times: 1 });
    const page1 = await recent(null);
    const after = page1.data?.me?.list?.edges[1]?.cursor ?? null;
    const on = await t.query(RECENT, { first: 2, after }, { token: t.alice });
    expect(on.errors).toBeUndefined();
    expect(plays([on])).toEqual(expected.slice(2, 4));
  });

  it('a last artist without a usable id: the next page does not serve it again', async () => {
    const real = await t.query(FOLLOWED, { first: 6 }, { token: t.alice });
    const expected = (real.data?.me?.list?.edges ?? []).map((e) => e?.node?.id);
    await t.fault('GET /v1/me/following', { '/artists/items/2/id': 'x' }, { times: 1 });
    const page1 = await followed(null);
    const page2 = await followed(page1.data?.me?.list?.pageInfo.endCursor ?? null);
    expect(page2.errors).toBeUndefined();
    const ids = servedIds([page1, page2]);
    expect(ids.slice(3)).toEqual(expected.slice(3));
    expect(ids).toHaveLength(6);
  });
});

describe('cursors the connection did not make', () => {
  const forged = (text: string) => Buffer.from(text).toString('base64url');

  it("followed artists refuses any cursor it did not make, before any call: Spotify's bare artist id too", async () => {
    const bare = ((await followedPages(1))[0]!.cursors as { after: string }).after;
    const recentCursor = (await recent(null)).data?.me?.list?.pageInfo.endCursor ?? '';
    expect(recentCursor).not.toBe('');
    await t.clearLog();
    for (const after of [bare, recentCursor, forged('followed|5|0||'), forged('offset:3')]) {
      const answer = await followed(after);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
    expect((await t.calls())['GET /v1/me/following']).toBeUndefined();
  });

  /** `cursor` (one the connection made) with its position and skip (the text's 2nd and 3rd parts) set to `at` and `skip`. */
  const edited = (cursor: string, at: number, skip: number): string => {
    const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
    parts[1] = String(at);
    parts[2] = String(skip);
    return forged(parts.join('|'));
  };

  // v13 re-attack, I4: the server's own cursor with its position edited past anything its list reaches.
  it.each([
    ['followed artists', followed, 'GET /v1/me/following'],
    ['recently played', recent, 'GET /v1/me/player/recently-played'],
  ] as const)('%s refuses its own cursor edited past the list, before any call', async (_n, read, route) => {
    const page1 = await read(null);
    const cursor = page1.data?.me?.list?.edges[2]?.cursor ?? '';
    expect(cursor).not.toBe('');
    // Unedited, the cursor reads on.
    expect((await read(cursor)).errors).toBeUndefined();
    await t.clearLog();
    for (const [at, skip] of [
      [999999, 999999],
      [5000, 4999],
      [200, 150],
      [60, 55],
      [60, 0],
    ] as const) {
      const answer = await read(edited(cursor, at, skip));
      expect(answer.data?.me?.list ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
    expect((await t.calls())[route]).toBeUndefined();
  });

  it('followed artists refuses its own cursor edited to a position past the count its list was seen to hold', async () => {
    const page1 = await followed(null);
    const total = page1.data?.me?.list?.totalCount;
    expect(typeof total).toBe('number');
    const cursor = page1.data?.me?.list?.edges[2]?.cursor ?? '';
    await t.clearLog();
    // Within the first page's reach (50 entries), but past the artists the user follows.
    const answer = await followed(edited(cursor, total as number, 0));
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect((await t.calls())['GET /v1/me/following']).toBeUndefined();
  });

  it("recently played refuses Spotify's bare play time", async () => {
    const first = await spotify('/v1/me/player/recently-played?limit=3');
    const answer = await recent((first.cursors as { before: string }).before);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
