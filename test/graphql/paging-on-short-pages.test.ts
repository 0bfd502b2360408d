/**
 * Paging on by `endCursor` over pages Spotify answers short by an item it leaves out (issue 7 item 7;
 * v17 attack A1, A3, V2): whatever the shape of the fault and whatever `first`, a client paging on from
 * each `endCursor` until `hasNextPage` is false gets every item Spotify served, each once, in Spotify's
 * order, and stops. The emulator's `left-out` paging fault leaves the middle item of a page out (its
 * total and `next` still count it), on one page or on every page, with Spotify's `next` as it is (a
 * URL) or null beside a total that counts more. What Spotify served is read off the emulator's request
 * log: each page asked, less the item the fault left out of it. Every offset-paged list kind, both
 * executors (the project runs this file with and without graphql-jit). A list Spotify serves whole
 * costs no call more than before: the read that settles where a short page's last item stands
 * (settleEnd) is only made when Spotify's page disagrees with its list.
 */
import { describe, expect, it } from 'vitest';
import { useFaultTestServer } from '../helpers/faults.js';
import { faultList, ids, type List, shortPageLists, wholeList } from '../helpers/short-page-lists.js';

// One client pages each list many times over: the server's own rate limit is raised out of the way.
const t = useFaultTestServer({
  mode: 'extended',
  limits: { rateLimit: { requests: 100_000, windowSeconds: 60, concurrent: 8 } },
});

interface Shape {
  name: string;
  /** Every page left short, or only the one asked where paging starts. */
  every: boolean;
  nextNull: boolean;
}

const SHAPES: Shape[] = [
  { name: 'one page short by an item, next: null', every: false, nextNull: true },
  { name: 'one page short by an item, next a URL', every: false, nextNull: false },
  { name: 'every page short by an item, next: null', every: true, nextNull: true },
  { name: 'every page short by an item, next a URL', every: true, nextNull: false },
];
/**
 * A window inside one page, one just past a page (50 + 1), one of two pages: each failed on the code
 * before settleEnd for some shape (first: 1, 50 and 99 failed where 7, 51 and 100 did, or never).
 */
const FIRSTS = [7, 51, 100];
/** Most requests one paging may take: the shortest window (first: 1) over the items read. */
const MAX_REQUESTS = 200;

/** A page asked of Spotify, as the emulator's request log says. */
interface Asked {
  method: string;
  route: string;
  query: string;
  status: number;
}

/**
 * The places (in the whole list) of the items the emulator served from `start` on: each page asked on
 * `list`'s routes (its offset and limit), less the middle item where the fault left one out.
 */
function servedPlaces(asked: readonly Asked[], list: List, total: number, shape: Shape, start: number) {
  const places = new Set<number>();
  let before: { offset: number; limit: number } | undefined;
  for (const entry of asked) {
    if (entry.status !== 200 || !list.routes.includes(`${entry.method} ${entry.route}`)) continue;
    const query = new URLSearchParams(entry.query);
    const offset = Number(query.get('offset') ?? 0);
    const limit = Number(query.get('limit') ?? 20);
    const within = before !== undefined && offset >= before.offset && offset < before.offset + before.limit;
    before = { offset, limit };
    // A one-item read inside the page asked just before it settles where that short page's last item
    // stands (settleEnd): it is compared, never served (Spotify would leave its left-out item out of it
    // too; the emulator's fault leaves out of pages of two or more only).
    if (limit === 1 && within) continue;
    const page = Array.from(
      { length: Math.max(0, Math.min(total, offset + limit) - offset) },
      (_, i) => offset + i,
    );
    if ((shape.every || offset === start) && page.length >= 2) page.splice(Math.floor(page.length / 2), 1);
    for (const place of page) if (place >= start) places.add(place);
  }
  return places;
}

/**
 * The place in the whole list (`all`) of each id served, each after the one before (from `start`): -1
 * for an id served again or out of Spotify's order (a playlist may hold a track twice: its later place).
 */
function placesOf(
  served: readonly (string | undefined)[],
  all: readonly (string | undefined)[],
  start: number,
) {
  let from = start;
  return served.map((id) => {
    const place = id === undefined ? -1 : all.indexOf(id, from);
    if (place >= 0) from = place + 1;
    return place;
  });
}

/** Pages `list` on from `start` by `first` until hasNextPage is false: the ids served, and how it went. */
async function pageOn(list: List, start: number, first: number) {
  const served: (string | undefined)[] = [];
  const errors: unknown[] = [];
  let answer = await list.read({ offset: start, first });
  let requests = 1;
  for (;;) {
    served.push(...ids(answer.conn));
    errors.push(...(answer.errors ?? []));
    const info = answer.conn?.pageInfo;
    if (!info?.hasNextPage || requests >= MAX_REQUESTS) return { served, errors, ended: !info?.hasNextPage };
    answer = await list.read({ first, after: info.endCursor });
    requests += 1;
  }
}

/** Each list read whole once per file (no fault): the lists do not change between the cases. */
const wholes = new Map<string, Promise<{ ids: (string | undefined)[]; total: number }>>();
function wholeOnce(list: List) {
  let whole = wholes.get(list.name);
  if (whole === undefined) {
    whole = wholeList(t, list);
    wholes.set(list.name, whole);
  }
  return whole;
}

describe.each(SHAPES)('paging on by endCursor over $name', (shape) => {
  it.each(FIRSTS)(
    'first: %i serves every item Spotify served, each once, in order, and ends',
    async (first) => {
      const wrong: string[] = [];
      for (const list of shortPageLists(t, true)) {
        const { ids: all, total } = await wholeOnce(list);
        await t.emu.control('DELETE', '/faults');
        // Far enough from the end that the windows read several pages, past any embedded page.
        const start = Math.max(list.embedded, total - (first < 50 ? 20 : 130));
        await faultList(
          t,
          list,
          { paging: 'left-out', ...(shape.nextNull ? { set: { [list.next]: null } } : {}) },
          shape.every ? undefined : start,
        );
        await t.clearLog();
        const paged = await pageOn(list, start, first);
        const log = (await t.emu.control('GET', '/requests')).json as { entries: Asked[] };
        const got = placesOf(paged.served, all, start);
        const want = [...servedPlaces(log.entries, list, total, shape, start)].sort((a, b) => a - b);
        const missing = want.filter((place) => !got.includes(place));
        if (!paged.ended || paged.errors.length > 0 || got.includes(-1) || missing.length > 0) {
          wrong.push(
            `${list.name}: ${JSON.stringify({ ended: paged.ended, errors: paged.errors.length, got, missing })}`,
          );
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});

/**
 * The pages a reader of `first` items at a time from the start asks of a list of `total` items that
 * Spotify serves whole (pages of at most 50): each window's first page, then the pages the rest of it
 * needs within the total the first page gave, and the next window from the end of this one.
 */
function plainPages(first: number, total: number): string[] {
  const pages: string[] = [];
  for (let window = 0; window < total; window += first) {
    pages.push(`offset=${window}&limit=${Math.min(50, first)}`);
    for (let at = window + 50; at < Math.min(window + first, total); at += 50) {
      pages.push(`offset=${at}&limit=${Math.min(50, window + first - at, total - at)}`);
    }
  }
  return pages;
}

describe('a list Spotify serves whole (no fault)', () => {
  it('paging it through by endCursor asks only the pages each window needs: no settling read', async () => {
    const wrong: string[] = [];
    // The lists with no embedded page: every page of theirs is a call of its own.
    const lists = shortPageLists(t).filter((list) => list.embedded === 0);
    expect(lists.map((list) => list.name)).toEqual(['saved tracks', 'artist albums', 'search playlists']);
    for (const list of lists) {
      const { total } = await wholeOnce(list);
      for (const first of [7, 51, 100]) {
        await t.clearLog();
        const paged = await pageOn(list, 0, first);
        const log = (await t.emu.control('GET', '/requests')).json as { entries: Asked[] };
        const asked = log.entries.map((entry) => {
          const query = new URLSearchParams(entry.query);
          const page = `offset=${query.get('offset')}&limit=${query.get('limit')}`;
          return list.routes.includes(`${entry.method} ${entry.route}`) ? page : `${entry.route} ${page}`;
        });
        if (!paged.ended || paged.served.length !== total || paged.errors.length > 0)
          wrong.push(
            `${list.name}, first ${first}: ${JSON.stringify({ ...paged, served: paged.served.length })}`,
          );
        if (JSON.stringify(asked) !== JSON.stringify(plainPages(first, total)))
          wrong.push(`${list.name}, first ${first}: asked ${JSON.stringify(asked)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
