/**
 * Cursor lists (followed artists, recently played) whose pages come back SHORT (items left out), say
 * `next: null`, and carry a total that is right, too high or too low (issue 7 item 7). A Relay client
 * paging on while `hasNextPage` with windows that span one, two or three Spotify pages is never
 * promised a page that comes back empty, and never `hasNextPage: true` beside a null `endCursor`:
 * `hasNextPage` is true only when a further page really exists (Spotify's `next` on the last page
 * read, or entries past the window already read). Generalises test/graphql/cursor-next-null.test.ts,
 * where only the first window read one page on and a rest page's own promise was taken as is
 * (`followedArtists(first: 27)` with 3 of 28 artists left out promised a page that was empty).
 * Each window's `totalCount` is never below the entries served up to its last edge.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const followed = graphql(
  `query CursorShortFollowed($first: Int, $after: String) { me { list: followedArtists(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
);
const played = graphql(
  `query CursorShortPlayed($first: Int, $after: String) { me { list: recentlyPlayed(first: $first, after: $after) { totalCount edges { cursor node { playedAt } } pageInfo { hasNextPage endCursor } } } }`,
);

/** One window as the checks read it: its entries (by a key), totalCount, page info and errors. */
interface Window {
  keys: string[];
  totalCount: number | null | undefined;
  hasNextPage?: boolean | undefined;
  endCursor?: string | null | undefined;
  errors: readonly { path?: readonly (string | number)[]; extensions?: unknown }[];
}

/** Each cursor list: its route, where its page's total and next sit, and a read of one window. */
const LISTS: [string, string, (first: number, after: string | null) => Promise<Window>][] = [
  [
    'GET /v1/me/following',
    '/artists',
    async (first, after) => {
      const a = await t.query(followed, { first, after }, { token: t.alice });
      const c = a.data?.me?.list;
      const keys = (c?.edges ?? []).map((e) => e?.node?.id ?? 'null');
      return { keys, totalCount: c?.totalCount, ...c?.pageInfo, errors: a.errors ?? [] };
    },
  ],
  [
    'GET /v1/me/player/recently-played',
    '',
    async (first, after) => {
      const a = await t.query(played, { first, after }, { token: t.alice });
      const c = a.data?.me?.list;
      const keys = (c?.edges ?? []).map((e) => e?.node?.playedAt ?? 'null');
      return { keys, totalCount: c?.totalCount, ...c?.pageInfo, errors: a.errors ?? [] };
    },
  ],
];

/** Every window a Relay client reads from the start with `first` while `hasNextPage` (at most 60). */
async function pageAll(read: (first: number, after: string | null) => Promise<Window>, first: number) {
  const windows: Window[] = [];
  let after: string | null = null;
  for (let n = 0; n < 60; n++) {
    const window = await read(first, after);
    windows.push(window);
    if (!window.hasNextPage) return windows;
    after = window.endCursor ?? null;
  }
  throw new Error(`still hasNextPage after 60 windows of ${first}`);
}

/** Offsets of each page left out (a short page: Spotify leaves entries out, counting them). */
const LEFT_OUT = [3, 4, 8];

describe('cursor lists with short pages, next null and a wrong total', () => {
  for (const [route, at, read] of LISTS) {
    it.each([
      ['right', 0],
      ['too high', 50],
      ['too low', -20],
    ])(`${route}: total %s, next null: every promised page has entries`, async (_name, by) => {
      const real = await pageAll(read, 50);
      const all = real.flatMap((w) => w.keys);
      expect(all.length).toBeGreaterThan(20);
      const rule = {
        route,
        leaveOut: LEFT_OUT,
        set: { [`${at}/next`]: null, ...(by === 0 ? {} : { [`${at}/total`]: all.length + by }) },
      };
      // Windows that span one Spotify page (its items short of the window), two and three.
      for (const first of [5, 10, 27, 28, 45]) {
        await t.emu.control('DELETE', '/faults');
        await t.emu.control('POST', '/faults', rule);
        const windows = await pageAll(read, first);
        const keys = windows.flatMap((w) => w.keys);
        let served = 0;
        for (const [i, w] of windows.entries()) {
          served += w.keys.length;
          const where = `${route} first ${first}, window ${i}`;
          if (w.hasNextPage) {
            expect(w.endCursor, where).toEqual(expect.any(String));
            expect(windows[i + 1]?.keys.length, where).toBeGreaterThan(0);
          }
          // A total below the entries served to the window's end is its error, never its count.
          if (typeof w.totalCount === 'number') expect(w.totalCount, where).toBeGreaterThanOrEqual(served);
          else expect(located(w.errors), where).toEqual([[['me', 'list', 'totalCount'], BAD_VALUE]]);
        }
        // Entries once each, in the list's order, none invented (some are left out on every page).
        expect(new Set(keys).size, route).toBe(keys.length);
        expect(
          all.filter((key) => keys.includes(key)),
          route,
        ).toEqual(keys);
        // A total too low ends the list where it is reached (next null agrees): no more is promised.
        expect(keys.length, route).toBeGreaterThan(by < 0 ? 0 : all.length / 3);
      }
    });
  }
});
