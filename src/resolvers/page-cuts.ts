/**
 * One page of a list answering a smaller one it covers: `a: albums(first: 5)` holds the items that
 * `b: albums(first: 2, offset: 1)` asks for, so `b` needs no call of its own. Pages are Spotify's
 * offset paging objects (items, total, next, href ...), read here only as far as cutting needs.
 */
import { pageFieldFault } from '../spotify/answer-shapes.js';

/**
 * The items a page asked for: from `offset`, `limit` of them; for a list whose one call answers several
 * parts (a search's types), the parts it asked for.
 */
export interface PageWindow {
  offset: number;
  limit: number;
  parts?: readonly string[] | undefined;
}

/** The window a page was asked for, and for a cursor list the Spotify cursor it was asked after. */
export interface AskedPage extends PageWindow {
  from?: string | undefined;
}

/**
 * Whether the page asked as `page` covers the items `offset` to `offset + limit` (by what it asked for)
 * of every one of `parts` (a search for albums and artists covers one for artists).
 */
export function covers(page: PageWindow, offset: number, limit: number, parts?: readonly string[]): boolean {
  return (
    page.offset <= offset &&
    offset + limit <= page.offset + page.limit &&
    (parts ?? []).every((part) => page.parts?.includes(part) === true)
  );
}

/** Spotify's `next` for the items after a cut: its `href` with the cut's end as offset, if it is a URL. */
function nextAfter(href: unknown, offset: number, limit: number): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href);
    url.searchParams.set('offset', String(offset + limit));
    url.searchParams.set('limit', String(limit));
    return url.toString();
  } catch {
    return undefined;
  }
}

/**
 * Spotify's `total` of an offset page when it is a count (a whole number, 0 or more); undefined for
 * null, a word (`"many"`) or anything else, which no paging decision may rest on.
 */
export function usableTotal(total: unknown): number | undefined {
  return typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : undefined;
}

/**
 * Whether `page` (Spotify's answer for the items from `pageOffset`, ending at `pageEnd`) ends its
 * list: its `total` is a count (usableTotal) that its items reach, or, when its `total` is no count,
 * Spotify's `next` is null. A `next` URL (any `next` but null) means more follow however short the
 * page is, and a `next: null` below a total that counts more does not end the list: the total wins
 * (v11 attack on issue 7, P2). The rule of hasNextPage (src/resolvers/paging.ts).
 */
function endsList(page: { next?: unknown; total?: unknown }, pageEnd: number): boolean {
  if (page.next !== undefined && page.next !== null) return false;
  const total = usableTotal(page.total);
  if (total !== undefined) return pageEnd >= total;
  return page.next === null;
}

/**
 * Whether `page`, Spotify's answer for `limit` items from `offset`, holds fewer items than asked while
 * it does not end its list (endsList): Spotify left items out, so no position in it says which item of
 * the list it is. Such a page answers no other window by position (fromKnown in request-loads.ts) and
 * places no item for the repeat check (judgeRepeats); the window that asked it reads it as it does
 * alone (v16 re-attack, F5). False for a page that is no object or whose items are no list.
 */
export function shortOfItsList(page: unknown, offset: number, limit: number): boolean {
  if (typeof page !== 'object' || page === null) return false;
  const items = (page as { items?: unknown }).items;
  if (!Array.isArray(items) || items.length >= limit) return false;
  return !endsList(page as { next?: unknown; total?: unknown }, offset + items.length);
}

/**
 * The items from `offset`, `limit` of them, served from `page` (Spotify's offset paging object for the
 * items from `pageOffset`: a page embedded in its parent, or a larger page of the same list loaded or in
 * flight) as Spotify would answer them: the one cut every list page goes through.
 * - Undefined (fetch them instead) when `page` does not hold them: `offset` is before `pageOffset`, or
 *   they reach past its items while it does not end the list (see endsList: a `next` URL means more,
 *   a `total` that is a count ends it once reached, also beside `next: null`, and `next: null` ends
 *   it when `total` is no count).
 * - The part: its items, `offset` (shifted as Spotify's own `offset` when it is not `pageOffset`, kept as it is when it is no number), `limit`. When `page` holds items past the part, `held: true` (more
 *   follow, whatever Spotify's `next` and `total` say) and `next` points at them (`href` with the part's
 *   end as offset, else Spotify's `next` URL, else left out). Otherwise Spotify's `next` as it sent it.
 * - A page that is no object, or whose items are not a list, is answered as it is: the connection that
 *   reads it fails on it (readablePage), as on the page itself.
 */
export function cutPage(page: unknown, pageOffset: number, offset: number, limit: number): unknown {
  if (typeof page !== 'object' || page === null) return page;
  const full = page as { items?: unknown; next?: unknown; total?: unknown; href?: unknown };
  const items = full.items;
  if (!Array.isArray(items)) return page;
  // Also a pageOffset that is no number (Spotify's bad value): the page then answers nothing.
  if (!(offset >= pageOffset)) return undefined;
  const start = offset - pageOffset;
  const end = start + limit;
  if (end > items.length && !endsList(full, pageOffset + items.length)) return undefined;
  // The part's offset as Spotify's page says it: a page that said another offset than it was asked at,
  // or one that is no number (null, "0"), keeps saying so, and every connection reading a part of it
  // refuses it as the page itself is refused (atOffset; v11 P1, v12 N13).
  const said = (full as { offset?: unknown }).offset;
  const at =
    said === undefined || said === pageOffset ? offset : typeof said === 'number' ? said + start : said;
  // A page whose links or fields are of the wrong type (pageFieldFault: `limit: "x"`, `next: 5`) keeps
  // them in every part cut from it, so every connection reading a part refuses it as the page itself
  // is refused (wellFormedPage), never given a `limit` or `next` of this server's making.
  if (pageFieldFault(full as Record<string, unknown>) !== undefined) {
    return { ...full, items: items.slice(start, end), offset: at };
  }
  if (end >= items.length) return { ...full, items: items.slice(start, end), offset: at, limit };
  const next = nextAfter(full.href, offset, limit) ?? (typeof full.next === 'string' ? full.next : undefined);
  return { ...full, items: items.slice(start, end), offset: at, limit, next, held: true };
}

/**
 * The items from `offset`, `limit` of them, cut from `page`, Spotify's answer for the window `asked`
 * (its offset and the limit it was asked with), as cutPage cuts them; undefined (fetch them instead)
 * also when `page` is short of its list (shortOfItsList): no position in it says which item of the list
 * it is, so it answers no window by position, whichever path holds it (a sibling's page or the joined
 * call of sibling windows in the request, a page kept in the catalog cache or in flight in another
 * request, a parent's embedded first page). v16 re-attack on issue 7, F5.
 */
export function cutAskedPage(page: unknown, asked: AskedPage, offset: number, limit: number): unknown {
  if (shortOfItsList(page, asked.offset, asked.limit)) return undefined;
  return cutPage(page, asked.offset, offset, limit);
}

/**
 * The first `limit` items of a cursor list from one cursor (`after` or `before`), served from a larger
 * page of the same list asked at the same cursor (a sibling window: `a: followedArtists(first: 3)` beside
 * `b: followedArtists(first: 5)`), as cutPage does for offset lists. Cursor windows all start at their
 * cursor (offset 0), so a page covers another only from the same offset. The part keeps Spotify's page
 * but its items; when the page holds items past the part, its `next` says more follow (Spotify's `next`,
 * else its `href`, else ''), whatever Spotify's `next` said. A page shorter than `limit` answers it
 * only when it ends the list (`next: null`). Undefined (fetch instead) otherwise; a page that is no
 * object, or whose items are no list, is answered as it is (the connection fails on it).
 */
export function cutCursorPage<P>(page: P, pageOffset: number, offset: number, limit: number): P | undefined {
  if (offset !== pageOffset) return undefined;
  if (typeof page !== 'object' || page === null) return page;
  const full = page as { items?: unknown; next?: unknown; href?: unknown };
  const items = full.items;
  if (!Array.isArray(items) || limit === items.length) return page;
  if (limit > items.length) return full.next === null ? page : undefined;
  // Links or fields of the wrong type are kept for the connection to refuse (pageFieldFault), as cutPage's.
  if (pageFieldFault(full as Record<string, unknown>) !== undefined) {
    return { ...full, items: items.slice(0, limit) } as P;
  }
  const next = typeof full.next === 'string' ? full.next : typeof full.href === 'string' ? full.href : '';
  return { ...full, items: items.slice(0, limit), limit, next } as P;
}

/**
 * The cut of a cursor list's window asked after Spotify's cursor `after` (undefined: from the start),
 * `limit` entries, from a page of the same list asked after `asked.from` (`pageFrom`): from the same cursor as
 * cutCursorPage cuts it; else, when `after` is the own cursor (`cursorOf`) of an entry of the page (a
 * sibling window from the start, `a: followedArtists(first: 5)` beside `b: followedArtists(first: 2,
 * after: <the second's cursor>)`), the entries after the last such entry, as Spotify answers a page
 * asked after it (v13 attack on issue 11, B5). Only entries that each have their own cursor are cut so
 * (a part whose end has none would read on from a cursor the page does not say); a part that reaches
 * past the page's entries only when the page ends the list (`next: null`). When the page holds entries
 * past the part, its `next` says more follow (Spotify's `next`, else its `href`, else ''); every part
 * carries `partFrom`: the page's entries before it (for a total that counts from the page on:
 * playedLastPage in me.ts, CursorListOptions.totalFromPage in paging.ts). `shared`: entries may
 * share a cursor, and a window after one starts at the first entry at it, as the page asked from it
 * inclusively does (CursorListOptions.sharedCursors). Undefined (fetch instead) otherwise.
 */
export function cursorCut<P>(
  after: string | undefined,
  cursorOf: (item: never) => string | null,
  shared = false,
): (page: P, asked: AskedPage, offset: number, limit: number) => P | undefined {
  const own = cursorOf as (item: unknown) => string | null;
  return (page, asked, _offset, limit) => {
    const pageFrom = asked.from;
    if (pageFrom === after) return cutCursorPage(page, 0, 0, limit);
    if (after === undefined || typeof page !== 'object' || page === null) return undefined;
    const full = page as { items?: unknown; next?: unknown; href?: unknown };
    const items = full.items;
    if (!Array.isArray(items)) return undefined;
    const cursors = items.map((item) => (item === null || item === undefined ? null : own(item)));
    // A list whose entries share cursors reads on from `after` inclusively (its first entry there).
    const found = shared ? cursors.indexOf(after) : cursors.lastIndexOf(after);
    if (found < 0) return undefined;
    const start = shared ? found : found + 1;
    const end = start + limit;
    if (cursors.slice(start, end).includes(null)) return undefined;
    if (end > items.length && full.next !== null) return undefined;
    // A part reaching the page's end says how many of the page's entries came before it (`partFrom`),
    // so a list whose page ends itself by its total (recently played: CursorListOptions.lastPage)
    // reads that total from the part on, as the page alone would (v15 re-attack RA2, sibling windows).
    if (end >= items.length) return { ...full, items: items.slice(start, end), limit, partFrom: start } as P;
    const next = typeof full.next === 'string' ? full.next : typeof full.href === 'string' ? full.href : '';
    // Every part says it (`partFrom`): a total that counts from the page on counts those entries too
    // (CursorListOptions.totalFromPage in paging.ts).
    return { ...full, items: items.slice(start, end), limit, next, partFrom: start } as P;
  };
}
