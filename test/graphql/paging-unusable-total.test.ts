/**
 * A page whose `total` is no count (issue 7 item 7): a string "64", an object, a boolean, a number past
 * what JSON holds exactly (1e20), Infinity (the emulator's `total-infinite`: `1e999`), a negative or a
 * fractional one, null. Every such total behaves alike on every list kind, offset and cursor: the
 * items and paging come through as they are, `totalCount` is null with one BAD_VALUE error at its path
 * that names the total and never echoes the value. A string total used to null the whole connection
 * ("an answer of the wrong shape"), unlike a null one.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';
import { faultList, ids, shortPageLists, wholeList } from '../helpers/short-page-lists.js';

const t = useFaultTestServer({ mode: 'extended' });

/** Each unusable total: its name, and the fault rule fields that make a page's total that at `pointer`. */
const TOTALS: [string, (pointer: string) => Record<string, unknown>][] = [
  ...(['64', {}, true, 1e20, -1, 1.5, null] as unknown[]).map(
    (value): [string, (pointer: string) => Record<string, unknown>] => [
      JSON.stringify(value),
      (pointer) => ({ set: { [pointer]: value } }),
    ],
  ),
  ['1e999 (Infinity)', () => ({ paging: 'total-infinite' })],
];

/** The errors of an answer, checked: one BAD_VALUE at `path`, naming the total, not echoing `name`. */
function expectOneTotalError(errors: readonly unknown[] | undefined, path: readonly (string | number)[]) {
  const all = (errors ?? []) as { path?: (string | number)[]; extensions?: unknown; message: string }[];
  expect(located(all)).toEqual([[path, expect.objectContaining(BAD_VALUE)]]);
  expect(all[0]?.message).toMatch(/total/);
  expect(all[0]?.message).not.toMatch(/64|\[object|true|e\+|1\.5|Infinity/);
}

/** The root field each list of shortPageLists is read under. */
const ROOT: Record<string, string> = {
  'playlist items': 'playlist',
  'album tracks': 'album',
  'saved tracks': 'me',
  'show episodes': 'show',
  'artist albums': 'artist',
  'audiobook chapters': 'audiobook',
  'search playlists': 'search',
};

describe('an offset list whose page has a total that is no count', () => {
  it.each(TOTALS)(
    'total %s: the items and hasNextPage answer, totalCount is its one error',
    async (_n, rule) => {
      for (const list of shortPageLists(t, true)) {
        const real = await wholeList(t, list);
        // Past the page a parent embeds, so the window's pages come from the list's own route.
        const offset = list.embedded + 2;
        // One page, the list's last page, and a window over several pages (each with such a total).
        const wide = Math.min(60, real.total - offset);
        for (const [at, first, more] of [
          [offset, 5, true],
          [real.total - 3, 5, false],
          [offset, wide, offset + wide < real.total],
        ] as const) {
          await faultList(t, list, rule(list.next.replace(/next$/, 'total')));
          const answer = await list.read({ offset: at, first });
          expect(ids(answer.conn), list.name).toEqual(real.ids.slice(at, at + first));
          expect(answer.conn?.totalCount, list.name).toBeNull();
          expect(answer.conn?.pageInfo.hasNextPage, list.name).toBe(more);
          expectOneTotalError(answer.errors, [ROOT[list.name]!, 'list', 'totalCount']);
          await t.emu.control('DELETE', '/faults');
        }
      }
    },
  );
});

const followed = graphql(
  `query UnusableTotalFollowed($first: Int, $after: String) { me { list: followedArtists(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`,
);
const played = graphql(
  `query UnusableTotalPlayed($first: Int, $after: String) { me { list: recentlyPlayed(first: $first, after: $after) { totalCount nodes { playedAt } pageInfo { hasNextPage endCursor } } } }`,
);

/** A cursor connection as the checks read it: its nodes (compared whole), total, page info. */
type CursorAnswer = {
  conn:
    | {
        totalCount: number | null;
        nodes: unknown[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      }
    | null
    | undefined;
  errors: readonly unknown[] | undefined;
};

/** Each cursor list: its route, where its page's total sits, and a read of 5 after a cursor. */
const CURSOR_LISTS: [string, string, (after?: string | null) => Promise<CursorAnswer>][] = [
  [
    'GET /v1/me/following',
    '/artists/total',
    async (after) => {
      const answer = await t.query(followed, { first: 5, after: after ?? null }, { token: t.alice });
      return { conn: answer.data?.me?.list, errors: answer.errors };
    },
  ],
  [
    'GET /v1/me/player/recently-played',
    '/total',
    async (after) => {
      const answer = await t.query(played, { first: 5, after: after ?? null }, { token: t.alice });
      return { conn: answer.data?.me?.list, errors: answer.errors };
    },
  ],
];

describe('a cursor list whose page has a total that is no count', () => {
  it.each(TOTALS)(
    'total %s: followed artists and recently played keep their items and paging',
    async (_n, rule) => {
      for (const [route, pointer, read] of CURSOR_LISTS) {
        const real = await read();
        const second = await read(real.conn?.pageInfo.endCursor);
        expect(real.errors).toBeUndefined();
        await t.emu.control('POST', '/faults', { route, ...rule(pointer) });
        for (const [got, want] of [
          [await read(), real],
          [await read(real.conn?.pageInfo.endCursor), second],
        ] as const) {
          expect(got.conn?.nodes, route).toEqual(want.conn?.nodes);
          expect(got.conn?.pageInfo.hasNextPage, route).toBe(true);
          expect(got.conn?.pageInfo.endCursor, route).toEqual(expect.any(String));
          expect(got.conn?.totalCount, route).toBeNull();
          expectOneTotalError(got.errors, ['me', 'list', 'totalCount']);
        }
        await t.emu.control('DELETE', '/faults');
      }
    },
  );
});
