/** Spotify's two paging shapes, and walking them by their `next`/`previous` URLs. */
import { pageFieldFault } from './answer-shapes.js';
import { endpoints } from './endpoints/table.js';
import type { EndpointSpec } from './endpoints/types.js';
import { SpotifyAPIError, SpotifyError } from './errors.js';
import { readPageLink } from './page-link.js';

/** An offset-paged list (almost every list). */
export interface Page<T> {
  href: string;
  items: T[];
  limit: number;
  next: string | null;
  offset: number;
  previous: string | null;
  total: number;
}

/**
 * Spotify's search reaches results 0 to 999 of each type, no further: `offset + limit` at most 1000
 * (the search endpoint's `window` in the endpoint table; Spotify's Search reference).
 */
export const SEARCH_WINDOW = endpoints.search.window ?? 1000;

/** A cursor-paged list (followed artists, recently played). */
export interface CursorPage<T> {
  href: string;
  items: T[];
  limit: number;
  next: string | null;
  cursors: { after?: string | null; before?: string | null } | null;
  total?: number;
}

/** What `next`, `previous` and `iterate` accept: a page-like object with items and links. */
export interface PageLike<T> {
  items: T[];
  next: string | null;
  previous?: string | null;
}

/** Fetches the JSON at a page URL with the caller's authentication. */
export type PageFetcher = (url: string) => Promise<unknown>;

function isPageLike(value: unknown): value is PageLike<unknown> {
  return typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items);
}

/**
 * The page inside an answer. Search and followed artists wrap their page (`{ tracks: {...} }`,
 * `{ artists: {...} }`), also when fetched through a `next` URL. Throws SpotifyAPIError BAD_RESPONSE
 * (wrongShape) when the body holds no page, or its page has a link or count of the wrong type
 * (checkPageFields).
 */
export function unwrapPage<P>(body: unknown): P {
  const what = "Spotify's answer to a page link";
  if (isPageLike(body)) {
    checkPageFields(body, what);
    return body as P;
  }
  if (typeof body === 'object' && body !== null) {
    const pages = Object.values(body).filter(isPageLike);
    if (pages.length === 1) {
      checkPageFields(pages[0] as object, what);
      return pages[0] as P;
    }
  }
  // A 2xx body that is no page is a bad answer, typed like every other body of the wrong shape.
  throw notAPage("Spotify's answer to a page link");
}

/** The error of `what` (a page given to iterate, next or previous; an answer to a page link) that is no page. */
const notAPage = (what: string): SpotifyAPIError =>
  new SpotifyAPIError(`${what} is not a page (no items list)`, {
    status: 200,
    code: 'BAD_RESPONSE',
    wrongShape: true,
  });

/**
 * `page` when it is a page (an object with an `items` list); throws notAPage otherwise: a page read
 * with `partialAnswers`, or made by hand, that lacks its items is Spotify's bad answer, never a
 * TypeError deep in the paging (v14 attack on issue 7, F11).
 */
function givenPage<P>(page: P, what: string): P {
  if (!isPageLike(page)) throw notAPage(`The page given to ${what}`);
  checkPageFields(page, `The page given to ${what}`);
  return page;
}

/**
 * Throws SpotifyAPIError BAD_RESPONSE (wrongShape, its `shapeFault` naming the field) when the page
 * `page` (`what`: where it came from) has a link or field of the wrong type (pageFieldFault,
 * src/spotify/answer-shapes.ts): `next` or `previous` that is neither a link (a non-empty string) nor
 * null, `offset` or `limit` that is neither a number nor null, `cursors` that is neither an object nor
 * null. Spotify's paging object has `next`/`previous` string or null and `offset`/`limit`/`total`
 * integers (Web API reference, PagingObject); a field left out is not checked. One rule for every list,
 * search included, for the page given to iterate, next and previous and every page iterate fetches:
 * such a page is refused, never read as the end of its list (issue 7 item 7: a `next` of 5, "", false
 * or {}; a search page whose `offset` is the string "0"). A `total` that is no count (a string "64", an
 * object, a boolean, a huge, negative or fractional number: countOf) is not refused: iterating follows
 * `next` and needs no total, so such a total is read as none (issue 7 item 7, as the server's totalCount).
 */
function checkPageFields(page: object, what: string): void {
  const fault = pageFieldFault(page as Record<string, unknown>);
  if (fault === undefined) return;
  throw new SpotifyAPIError(`${what} is a page whose ${fault}`, {
    status: 200,
    code: 'BAD_RESPONSE',
    wrongShape: true,
    shapeFault: fault,
  });
}

/**
 * The error of a page without items whose `next` points further, or whose `total` counts items past it
 * (readOnLink): Spotify's metadata and items disagree.
 */
const emptyPageBeforeEnd = (): SpotifyAPIError =>
  new SpotifyAPIError(
    "Spotify's answer is a page without items whose next or total points further: the rest of the list is unknown",
    { status: 200, code: 'BAD_RESPONSE', wrongShape: true },
  );

/**
 * The key `iterateItems` compares page links by: the URL normalised (dot segments resolved,
 * percent-encoded unreserved characters decoded by the URL parser), without its fragment, with its
 * query parameters sorted, so the same page reached by a link spelled differently counts as followed.
 */
export function pageLinkKey(link: string): string {
  try {
    const url = new URL(link);
    url.hash = '';
    url.searchParams.sort();
    return url.href;
  } catch {
    return link;
  }
}

/**
 * The page Spotify's `next` link names, or null where `next` is null (iterateItems also reads on by
 * `total`). Throws BAD_RESPONSE, before any request, when `next` is neither a link nor null
 * (checkPageFields: 5 or "" is no end of the list), or names another list than the page's
 * `href` or the link the client fetched it by (checkNextList, as iterateItems does: v16 attack on
 * issue 7, D6).
 */
export async function nextPage<P extends PageLike<unknown>>(page: P, fetch: PageFetcher): Promise<P | null> {
  const link = givenPage(page, 'next').next;
  if (!link) return null;
  const href = (page as { href?: unknown }).href;
  checkNextList([typeof href === 'string' && href !== '' ? href : undefined], link, fetchedLinkOf(page));
  return unwrapPage<P>(await fetch(link));
}

/**
 * The previous page, or null on the first one (cursor pages have no previous link). Throws
 * BAD_RESPONSE, before any request, when `previous` names another list than the page's `href` or the
 * link the client fetched it by (checkNextList, as nextPage: v17 attack, G2).
 */
export async function previousPage<P extends PageLike<unknown>>(
  page: P,
  fetch: PageFetcher,
): Promise<P | null> {
  const link = givenPage(page, 'previous').previous;
  if (!link) return null;
  const href = (page as { href?: unknown }).href;
  const own = typeof href === 'string' && href !== '' ? href : undefined;
  checkNextList([own], link, fetchedLinkOf(page), 'previous');
  return unwrapPage<P>(await fetch(link));
}

/** Bounds of `iterateItems`. */
export interface IterateOptions {
  /**
   * Most pages fetched after the first: a positive whole number (default 1000: 50,000 items at
   * Spotify's usual 50 a page). Anything else is SpotifyError USAGE_ERROR (checkMaxPages).
   */
  maxPages?: number;
}

/**
 * `maxPages` as given, or DEFAULT_MAX_PAGES when undefined. Throws SpotifyError USAGE_ERROR, before any
 * call, for anything but a positive safe integer: NaN would switch the bound off, and 0, -1, 1.5 or
 * the string '2' are no page count (issue 7 item 7).
 */
function checkMaxPages(maxPages: unknown): number {
  if (maxPages === undefined) return DEFAULT_MAX_PAGES;
  if (typeof maxPages === 'number' && Number.isSafeInteger(maxPages) && maxPages > 0) return maxPages;
  throw new SpotifyError(`iterate's maxPages must be a positive whole number, not ${String(maxPages)}`, {
    code: 'USAGE_ERROR',
  });
}

/** Pages `iterateItems` fetches at most by default. */
export const DEFAULT_MAX_PAGES = 1000;

/** The error of a page whose `next` (or `previous`) cannot be followed without skipping or repeating items. */
const unfollowableNext = (why: string, rel: 'next' | 'previous' = 'next'): SpotifyAPIError =>
  new SpotifyAPIError(`Spotify's answer is a page whose ${rel} ${why}: the rest of the list is unknown`, {
    status: 200,
    code: 'BAD_RESPONSE',
    wrongShape: true,
  });

/** The `offset` query parameter of a page link, when it has a whole number there. */
function linkOffset(link: string): number | undefined {
  try {
    const value = new URL(link).searchParams.get('offset');
    return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Throws when the offset page `page` (one with a numeric `offset`) points its `next` elsewhere than
 * right after its items (`offset + items.length`): behind them (a loop, or items yielded twice) or
 * past them (a short page whose `next` skips the items it left out). A link without an offset (a
 * cursor page) is not checked here. v11 attack on issue 7, P4 and P5.
 */
function checkNextOffset(page: PageLike<unknown>, next: string): void {
  const offset = (page as { offset?: unknown }).offset;
  const to = linkOffset(next);
  if (typeof offset !== 'number' || to === undefined) return;
  const end = offset + page.items.length;
  if (to < end) throw unfollowableNext(`points back to offset ${to}, before the end of its items (${end})`);
}

/**
 * The most empty pages in a row a list is read past on (the client's iterateItems and the server's
 * offset connections, src/resolvers/paging.ts), each one call: an empty offset page whose `next` is the
 * page right after it, its `total` counting items there, holds only items Spotify leaves out (unlistable
 * tracks it still counts: the emulator's `leaveOut` fault). The pages read past are of the list's
 * largest page size (largestPage), so a run of left-out items that this many pages get past is read
 * past whatever the window or `limit` asked (a run of 60 behind a page of 1: two pages of 50); a longer
 * run, and a list whose pages all come back empty with a `next` further (the emulator's `endless-empty`
 * fault), still end with the error (BAD_RESPONSE; a connection's cut) after at most this many calls
 * more, never a loop. Bounded in pages, not items: a window of 2 over 5 left-out items is 3 pages.
 */
export const MAX_LEFT_OUT_PAGES = 4;

/** The GET endpoints of the table with a `limit`: a regex their links' paths end with, and that `limit`'s `max`. */
const GET_LIMITS: readonly { path: RegExp; max: number }[] = Object.values(
  endpoints as Record<string, EndpointSpec>,
)
  .filter((endpoint) => endpoint.method === 'GET')
  .flatMap((endpoint) => {
    const max = endpoint.params.find((param) => param.name === 'limit')?.max;
    if (max === undefined) return [];
    // Templates hold letters, `-`, `_`, `/` and `{name}` parameters: no other regex character.
    return [{ path: new RegExp(`${endpoint.path.replace(/\{[^}]*\}/g, '[^/]+')}/?$`), max }];
  });

/**
 * The largest `limit` Spotify takes for the list a page link names in every app mode: the endpoint
 * table's `max` (Development Mode's, 10 for search and an artist's albums; 50 or 100 elsewhere), the
 * smallest where several endpoints' paths fit the link; undefined for a link no endpoint's path fits.
 */
export function largestPage(link: string): number | undefined {
  let path: string;
  try {
    path = new URL(link).pathname;
  } catch {
    return undefined;
  }
  const fits = GET_LIMITS.filter((entry) => entry.path.test(path)).map((entry) => entry.max);
  return fits.length === 0 ? undefined : Math.min(...fits);
}

/**
 * `link` (the `next` of an empty page read past: skipsEmpty) with its `limit` raised to the list's
 * largest page (largestPage), never lowered: a run of left-out items is read past in few pages,
 * whatever `limit` the iteration started with. `link` itself when no endpoint's path fits it or it
 * has no numeric `limit`.
 */
function widened(link: string): string {
  const largest = largestPage(link);
  try {
    const url = new URL(link);
    const limit = Number(url.searchParams.get('limit'));
    if (largest === undefined || !Number.isInteger(limit) || limit <= 0 || limit >= largest) return link;
    url.searchParams.set('limit', String(largest));
    return url.href;
  } catch {
    return link;
  }
}

/**
 * Whether `iterateItems` reads past the empty offset page `page`: its `next` is the page right after
 * it (offset plus its numeric `limit`) and its `total`, a count, counts items there. Spotify leaves
 * items it will not list (unavailable tracks) out of a page while `total` and `next` still count them,
 * so a page made only of such items is empty with a genuine `next` (the emulator's `leaveOut` fault).
 */
function skipsEmpty(page: PageLike<unknown>, next: string): boolean {
  const { offset, limit, total } = page as { offset?: unknown; limit?: unknown; total?: unknown };
  if (typeof offset !== 'number' || typeof limit !== 'number' || limit <= 0) return false;
  const to = linkOffset(next);
  const count = countOf(total);
  return to === offset + limit && count !== undefined && count > to;
}

/**
 * A page's `total` when it is a count (a whole number, 0 or more, that JSON numbers hold exactly);
 * undefined for anything else (null, a string "64", an object, a boolean, 1e20, Infinity from `1e999`,
 * -1, 1.5), which iterate reads as no total, and a page asked in pieces as none (piecesReach). The
 * client's side of the server's usableTotal.
 */
export function countOf(total: unknown): number | undefined {
  return typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : undefined;
}

/**
 * The link `iterateItems` reads on by after the short offset page `page` whose `next` skips past the end
 * of its items (`offset + items.length`): that `next` with its offset set to the end, so no item is
 * skipped (a page cut short keeps the rest for the next read). Items Spotify left out (it counts them:
 * the items after the gap keep their offsets) come back at the start of that page, and dropResent
 * drops them. `next` itself when it is no offset link or starts right after the items. Issue 7 item 7.
 */
function shortPageLink(page: PageLike<unknown>, next: string): string {
  const offset = (page as { offset?: unknown }).offset;
  const to = linkOffset(next);
  if (typeof offset !== 'number' || to === undefined || to <= offset + page.items.length) return next;
  const url = new URL(next);
  url.searchParams.set('offset', String(offset + page.items.length));
  return url.href;
}

/**
 * Whether the last item of the short offset page `page` stands right before `link` (the link iterate
 * reads on by after it: shortPageLink's, at the end of its items): one-item pages are read at the
 * places before that link, and only Spotify's items there decide (the same entry, by its whole JSON).
 * True: the items the page left out come after it (a page cut short), and nothing read from `link` was
 * yielded before. False (another item there, none, or an answer at another offset): the last item stands
 * further (Spotify left out items before it), and the items read from `link` that start with it are
 * sent again (dropResent). Made only when the page read from `link` starts with the page's last items:
 * the page after alone cannot tell, as a playlist may hold the same entry twice (one add call gives its
 * items one `added_at`), adjacent across the seam, and the repeat would be dropped as sent again (issue
 * 7 item 7, outside attack finding 1).
 * When the page ends with a run of `r` identical entries, the place right before `link` holding that
 * entry may be the last item's identical neighbour: so the `r` places before `link` are read, one item
 * each (r calls, the first at the place right before it; one for a page whose last two items differ),
 * and the last item stands right before `link` only when every one holds the entry. Were it further,
 * those `r` places would hold fewer than `r` of the run's items (a left-out gap, or the item before the
 * run): never a repeat yielded past the entries Spotify lists (a playlist of 20 identical entries with
 * one left out yields 19; issue 7 item 7, attack 2 finding 3). Throws what the fetch throws.
 */
async function standsBefore(page: PageLike<unknown>, link: string, fetch: PageFetcher): Promise<boolean> {
  const at = linkOffset(link);
  if (at === undefined || at === 0 || page.items.length === 0) return false;
  const last = JSON.stringify(page.items.at(-1));
  let run = 1;
  while (run < page.items.length && JSON.stringify(page.items.at(-1 - run)) === last) run++;
  for (let place = at - 1; place >= Math.max(0, at - run); place--) {
    if ((await entryAt(link, place, fetch)) !== last) return false;
  }
  return true;
}

/**
 * The whole JSON of the entry at offset `place` of the list `link` names (one one-item page read), or
 * undefined when the page is empty (an item Spotify leaves out) or answers another offset.
 */
async function entryAt(link: string, place: number, fetch: PageFetcher): Promise<string | undefined> {
  const url = new URL(link);
  url.searchParams.set('offset', String(place));
  url.searchParams.set('limit', '1');
  const check = unwrapPage<PageLike<unknown>>(await fetch(url.href));
  const offset = (check as { offset?: unknown }).offset;
  if (typeof offset === 'number' && offset !== place) return undefined;
  const there = check.items[0];
  return there === undefined ? undefined : JSON.stringify(there);
}

/**
 * `items` (a page read on from the end of the page before, `before`) without the items at its start that
 * repeat the end of `before` (at most `most`): the items Spotify left out of the page before and sent
 * again here. Compared by their whole JSON, so a playlist's repeated track (another `added_at`, another
 * place) is kept unless it is the same entry in the same order; and then only when the page before's
 * last item does not stand right before the page (standsBefore, one-item reads), so a genuine repeat
 * is kept too.
 */
function dropResent<T>(items: readonly T[], before: readonly T[], most: number): readonly T[] {
  for (let count = Math.min(most, items.length, before.length); count > 0; count--) {
    const tail = before.slice(before.length - count);
    if (tail.every((item, i) => JSON.stringify(item) === JSON.stringify(items[i]))) return items.slice(count);
  }
  return items;
}

/**
 * The links GET answers were fetched by, keyed by the answer and by each page inside it (a search
 * answer's `tracks` page): what a page that lost or never had its `href` was read from (v13 attack
 * on issue 7, C1). Weak: an answer dropped by the caller drops its entry.
 */
const fetchedLinks = new WeakMap<object, string>();

/**
 * Records that `body` (a decoded GET answer) was fetched by `url` when it is a page, or that the pages
 * inside it were when it holds nothing but pages (a search answer's `tracks`, `albums`; followed
 * artists' `artists`). Any other answer records nothing, and costs one look at its first field: an
 * object that embeds a page (a show's `episodes`, a playlist's `items`, an album's `tracks`) was not
 * fetched by the page's link, and its page has its own `href` (recording the object's link made
 * `iterate` refuse the embedded page's `next` as another list).
 */
export function recordFetchedBy(body: unknown, url: string): void {
  if (typeof body !== 'object' || body === null) return;
  if (isPageLike(body)) {
    fetchedLinks.set(body, url);
    return;
  }
  const pages: object[] = [];
  // for...in, not Object.values: no array of every field of a large answer just to look at the first.
  for (const key in body) {
    const value: unknown = (body as Record<string, unknown>)[key];
    if (!isPageLike(value)) return;
    pages.push(value);
  }
  for (const page of pages) fetchedLinks.set(page, url);
}

/** The link `page` was fetched by (recordFetchedBy), when the client fetched it. */
export function fetchedLinkOf(page: object): string | undefined {
  return fetchedLinks.get(page);
}

/**
 * The list a page link names, by its path: a playlist's older `/tracks` path is its `/items` (the same
 * list; Spotify still sends it), and a trailing slash is dropped.
 */
function listPath(link: string): string | undefined {
  const path = readPageLink(link)?.path.replace(/\/+$/, '');
  return path?.replace(/(\/playlists\/[^/]+)\/tracks$/, '$1/items');
}

/** A link's origin (scheme, host and port), or undefined for no URL. */
function originOf(link: string): string | undefined {
  return readPageLink(link)?.origin;
}

/**
 * `page` (fetched by `link`) cut to the `limit` the link asked for: the items past it belong to the
 * next page, which is read on its own (as the server's withinLimit); a page within it as it is.
 */
function withinAsked<T>(page: PageLike<T>, link: string): PageLike<T> {
  const asked = readPageLink(link);
  if (asked === undefined) return page;
  const limit = Number(asked.get('limit'));
  if (!Number.isInteger(limit) || limit <= 0 || page.items.length <= limit) return page;
  return { ...page, items: page.items.slice(0, limit) };
}

/** A page link's query parameters but the paging ones. */
function listParams(link: string): Map<string, string> {
  const params = readPageLink(link)?.params ?? [];
  return new Map(params.filter(([name]) => !PAGING_PARAMS.has(name)));
}

/** The query parameters that move along a list (the rest name the list). */
const PAGING_PARAMS = new Set(['offset', 'limit', 'after', 'before']);

/** The path of recently played (listPath), which pages by a time cursor, `before` or `after`. */
const PLAYS_PATH = /\/me\/player\/recently-played$/;

/**
 * Throws when `next` (or the `previous` link, `rel`) names another list than the page's links `from` (its own `href`, the `next`
 * it was reached by) or than `fetchedBy` (the link the client fetched a first page by: path only): another path (endpoint and ids; a playlist's
 * `/tracks` is its `/items`), or a query parameter both links carry with another value (another
 * search `q`, another `type`). A parameter only one link carries (`locale`, `market`,
 * `additional_types` that Spotify adds to its own links) does not make another list (v13 re-attack,
 * C5). A link to another host than theirs is refused too. Nothing is checked against a `from` that is no link. v12 attack on issue 7, N12; v13, C1.
 */
function checkNextList(
  from: readonly (string | undefined)[],
  next: string,
  fetchedBy?: string,
  rel: 'next' | 'previous' = 'next',
): void {
  const host = originOf(next);
  if ([...from, fetchedBy].some((link) => link !== undefined && originOf(link) !== host)) {
    throw unfollowableNext('points to another host than the page it came from', rel);
  }
  const path = listPath(next);
  // The link a first page was fetched by names its list by path only: one search request for several
  // types (`type=track,album`) answers pages whose own links name one type each.
  const fetchedPath = fetchedBy === undefined ? undefined : listPath(fetchedBy);
  if (fetchedPath !== undefined && fetchedPath !== path) {
    throw unfollowableNext('points to another list than the page it came from', rel);
  }
  if (rel === 'next') checkPlaysDirection([...from, fetchedBy], next);
  const params = listParams(next);
  for (const link of from) {
    if (link === undefined) continue;
    const list = listPath(link);
    if (list === undefined) continue;
    const other =
      list !== path ||
      [...listParams(link)].some(([name, value]) => params.has(name) && params.get(name) !== value);
    if (other) throw unfollowableNext('points to another list than the page it came from', rel);
  }
}

/** Whether `link` pages recently played forward in time (an `after` cursor) rather than back. */
function pagesForward(link: string): boolean {
  try {
    return new URL(link).searchParams.has('after');
  } catch {
    return false;
  }
}

/**
 * Throws when `next`, a recently-played link, turns the direction of the links of its page (`from`:
 * those that are recently played's): an `after` cursor (forward in time, to plays newer than a time)
 * from a page read back in time (`before`, or no cursor: the newest plays), or a `before` from a page
 * read forward. Either names plays already yielded (attack 44, F2 (b): page 3's next `after=1`
 * yielded 22 plays twice). Spotify's own next keeps the direction of the request it answers.
 */
function checkPlaysDirection(from: readonly (string | undefined)[], next: string): void {
  if (!PLAYS_PATH.test(listPath(next) ?? '')) return;
  const forward = pagesForward(next);
  for (const link of from) {
    if (link === undefined || !PLAYS_PATH.test(listPath(link) ?? '')) continue;
    if (pagesForward(link) !== forward) {
      throw unfollowableNext(
        forward
          ? 'pages forward in time (an after cursor) from plays read back in time'
          : 'pages back in time (a before cursor) from plays read forward',
      );
    }
  }
}

/**
 * The link `iterateItems` reads on by when an offset page says `next: null` (or has none) while its
 * `total` (a whole number, 0 or more) counts items past its end (`offset + items.length`): the total
 * wins, as in the server's connections (src/resolvers/paging.ts hasNextPage; v11 attack on issue 7, P2). It is the
 * page's `href` with `offset` set to that end (and `limit` kept, cut to what Spotify's search window
 * leaves: a search page is never read on at or past SEARCH_WINDOW). Undefined when the page has a
 * `next` that is not null, is no offset page, has no usable `href` or total, or its total is reached.
 */
function readOnLink(page: PageLike<unknown>): string | undefined {
  const { offset, total, href, limit } = page as {
    offset?: unknown;
    total?: unknown;
    href?: unknown;
    limit?: unknown;
  };
  if (
    (page.next !== null && page.next !== undefined) ||
    typeof offset !== 'number' ||
    typeof href !== 'string'
  )
    return undefined;
  const count = countOf(total);
  if (count === undefined) return undefined;
  const end = offset + page.items.length;
  if (end >= count) return undefined;
  try {
    const url = new URL(href);
    let size = typeof limit === 'number' && limit > 0 ? limit : Number(url.searchParams.get('limit')) || 20;
    if (url.pathname.endsWith('/search')) {
      if (end >= SEARCH_WINDOW) return undefined;
      size = Math.min(size, SEARCH_WINDOW - end);
    }
    url.searchParams.set('offset', String(end));
    url.searchParams.set('limit', String(size));
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * The link `iterateItems` reads on by when a cursor page (followed artists: no numeric `offset`) says
 * `next: null` (or has none) while its `total` counts more than the `read` items yielded from the
 * list's start (v15 attack on issue 7, V5): the total wins, as in the server's followed-artists
 * connection, which reads on after the last artist served. It is the page's link (`href`, else `link`,
 * the one it was fetched by) with `after` set to the last item's id. Throws BAD_RESPONSE when the total
 * counts more and no such link can be made (no usable link or last id, an empty page, or a list other
 * than followed artists): returned, for iterateItems to throw after the page's items, never a silent end. Undefined when the page has a `next`, is an offset page, has no usable
 * total, its total is reached, or the position of its items is unknown (`fromStart` false: the
 * iteration began at a page fetched with an `after` or `before`, so the items before it are not
 * counted, and Spotify's own `next` decides as before).
 */
function cursorReadOnLink(
  page: PageLike<unknown>,
  link: string | undefined,
  read: number,
  fromStart: boolean,
): string | SpotifyAPIError | undefined {
  const { offset, total, href } = page as { offset?: unknown; total?: unknown; href?: unknown };
  if ((page.next !== null && page.next !== undefined) || typeof offset === 'number' || !fromStart)
    return undefined;
  // Recently played has no total counting from the list's start (the server's rule too): next: null ends it.
  const own = typeof href === 'string' && href !== '' ? href : link;
  if (own !== undefined && /\/me\/player\/recently-played$/.test(listPath(own) ?? '')) return undefined;
  // A search (offset-paged, its pages here without an offset) ends at its window whatever its total says.
  if (own !== undefined && /\/search$/.test(listPath(own) ?? '') && read >= SEARCH_WINDOW) return undefined;
  if (countOf(total) === undefined || read >= (total as number)) return undefined;
  const last: unknown = page.items.at(-1);
  const id = typeof last === 'object' && last !== null ? (last as { id?: unknown }).id : undefined;
  const base = typeof href === 'string' && href !== '' ? href : link;
  try {
    if (typeof id !== 'string' || id === '' || base === undefined) throw new Error('no link');
    const url = new URL(base);
    if (!/\/me\/following$/.test(url.pathname.replace(/\/+$/, ''))) throw new Error('not followed artists');
    url.searchParams.set('after', id);
    return url.href;
  } catch {
    return unfollowableNext(`is null while its total (${total}) counts more than the ${read} items read`);
  }
}

/** Whether a page link starts its list: no `after` or `before` cursor (a cursor page's position is then known). */
function startsList(link: string | undefined): boolean {
  if (link === undefined) return true;
  try {
    const params = new URL(link).searchParams;
    return !params.has('after') && !params.has('before');
  } catch {
    return false;
  }
}

/**
 * Whether `link` is a search page at or past SEARCH_WINDOW: Spotify serves search results up to that
 * offset only and refuses the page (400 "Invalid offset"), so an iteration ends there quietly, whatever
 * `next` Spotify sent (v13 attack on issue 7, C4).
 */
function pastSearchWindow(link: string): boolean {
  try {
    const url = new URL(link);
    return url.pathname.endsWith('/search') && Number(url.searchParams.get('offset') ?? 0) >= SEARCH_WINDOW;
  } catch {
    return false;
  }
}

/**
 * `link` with its `limit` cut so that a search page ends within Spotify's window (`offset + limit` at
 * most SEARCH_WINDOW: offset 990 asks 10 results, never 20, which Spotify refuses with a 400). Any other
 * link, one without a numeric `offset` and `limit`, or one already within the window, is returned as is.
 */
function inSearchWindow(link: string): string {
  try {
    const url = new URL(link);
    if (!url.pathname.endsWith('/search')) return link;
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit'));
    if (!Number.isInteger(offset) || !Number.isInteger(limit) || offset >= SEARCH_WINDOW) return link;
    if (offset + limit <= SEARCH_WINDOW) return link;
    url.searchParams.set('limit', String(SEARCH_WINDOW - offset));
    return url.href;
  } catch {
    return link;
  }
}

/**
 * The error `iterateItems` ends with when it fetched `maxPages` pages and the list goes on at `next`:
 * SpotifyError PAGE_BOUND_REACHED, after the items read (never a silent end: v13 attack on issue 7,
 * C3). The message names the bound, not the link (which a caller can read from the last page).
 */
function pageBoundReached(maxPages: number): SpotifyError {
  return new SpotifyError(
    `iterate stopped after maxPages (${maxPages}) further pages with items remaining: pass a larger maxPages`,
    { code: 'PAGE_BOUND_REACHED' },
  );
}

/** A page link's `before` query parameter (recently played's cursor: a time in epoch ms), when it is a whole number. */
function linkBefore(link: string): number | undefined {
  try {
    const value = new URL(link).searchParams.get('before');
    return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `value` is a page size recently played takes (a whole number from 1 to 50). */
const isPageSize = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MOST_PLAYS_PER_PAGE;

/** Spotify's most items per page of recently played (its `limit` maximum). */
const MOST_PLAYS_PER_PAGE = 50;

/** Whether `link` (a link to page on by) is recently played's, paging back in time by a `before` cursor. */
function pagesPlaysBack(link: string): boolean {
  return linkBefore(link) !== undefined && PLAYS_PATH.test(listPath(link) ?? '');
}

/** A play's `played_at` in epoch ms, or undefined when it has none that reads as a time. */
function playTime(play: unknown): number | undefined {
  const when =
    typeof play === 'object' && play !== null ? (play as { played_at?: unknown }).played_at : undefined;
  const at = typeof when === 'string' ? Date.parse(when) : Number.NaN;
  return Number.isFinite(at) ? at : undefined;
}

/**
 * The link iterateItems reads recently played on by after `page`, whose `next` (`link`) asks for the
 * plays `before` a time: whatever time Spotify's cursor names (its own, the oldest play's, or a foreign
 * one, older or later: plays skipped or sent again), the page after is asked from the page's own oldest
 * play (its last) on. Spotify's `before` is exclusive ("before, but not including") and two plays may
 * share a millisecond, so it is asked inclusively (`before` one millisecond later, its `limit` raised by
 * the page's last plays at that time, at most 50), and its first `resent` plays, those sent again, are
 * dropped (dropResent compares them whole). So no play is lost or yielded twice. The limit raised is
 * that of `start` (the page iterate began at, the caller's), else the link's. Undefined for any
 * other link, or when the page's last play has no readable time (its `next` is then followed as it is).
 */
function playedFrom(
  page: PageLike<unknown>,
  link: string,
  start?: PageLike<unknown>,
): { link: string; resent: number } | undefined {
  const at = pagesPlaysBack(link) ? playTime(page.items.at(-1)) : undefined;
  if (at === undefined) return undefined;
  let resent = 0;
  while (resent < page.items.length && playTime(page.items.at(-1 - resent)) === at) resent++;
  const url = new URL(link);
  // The caller's page size (the starting page's `limit`), not the link's: Spotify's next repeats the
  // limit of the request it answers, already raised by the plays sent again (attack 44, F5).
  const asked = (start as { limit?: unknown } | undefined)?.limit;
  const limit = isPageSize(asked) ? asked : Number(url.searchParams.get('limit')) || 20;
  url.searchParams.set('before', String(at + 1));
  url.searchParams.set('limit', String(Math.min(MOST_PLAYS_PER_PAGE, limit + resent)));
  return { link: url.href, resent };
}

/**
 * The error iterateItems ends recently played with (after the items read) when a page's last 50 plays
 * (Spotify's most per page) share one millisecond and Spotify's `next` says the list goes on: its
 * `before` cursor is a time in milliseconds and exclusive, so asked from that time on (`from`, the link
 * playedFrom made) Spotify sends the same 50 plays again, and asked before it, it leaves out the plays
 * of that millisecond past the 50th, if any: no request can tell. SpotifyError PAGE_UNREACHABLE, whose
 * message names the time (epoch ms, the `before` that reads on from the older plays; no link is quoted).
 */
function playsPastOneMillisecond(from: string): SpotifyError {
  const at = (linkBefore(from) ?? 1) - 1;
  return new SpotifyError(
    `iterate stopped at ${MOST_PLAYS_PER_PAGE} plays in one millisecond (${new Date(at).toISOString()}): Spotify's before cursor (exclusive, in milliseconds) cannot page past them, so more plays at that time, if any, cannot be read; recentlyPlayed({ before: ${at} }) reads the older plays`,
    { code: 'PAGE_UNREACHABLE' },
  );
}

/**
 * Throws, before a fetched page's items are yielded, when its `next` shows that the page goes back
 * over items already yielded: `next` is the link it was fetched by (the same page again), or, on a
 * cursor page (one without a numeric `offset`, which places an offset page's items), a link already
 * followed (`followed`, by pageLinkKey: a cursor cycle, page 2 or 3 pointing back to page 1,
 * whose items end where a page before ended), or, paging back in time by `before` (a `next` iterate
 * does not read on from the page's plays: playedFrom), a `before` that is not older than the one of
 * the link the page was fetched by (`fetchedBy`). v11 attack on issue 7, P3; v12 attack on issue 7, N6.
 */
function checkFetchedNext(
  page: PageLike<unknown>,
  fetchedBy: string,
  next: string,
  followed: ReadonlySet<string>,
): void {
  const key = pageLinkKey(next);
  if (key === pageLinkKey(fetchedBy)) {
    throw unfollowableNext('is the link it was fetched by (the same page again)');
  }
  // An offset page's own offset places its items (checked against its link): its next is checkNextOffset's.
  if (typeof (page as { offset?: unknown }).offset === 'number') return;
  if (followed.has(key)) throw unfollowableNext('points back to a page already followed (a cursor cycle)');
  // Recently played reads on from the page's oldest play (playedFrom), not from Spotify's cursor: its
  // plays are checked against the cursor instead (checkPlaysBefore).
  if (playedFrom(page, next) !== undefined) return;
  const [was, to] = [linkBefore(fetchedBy), linkBefore(next)];
  if (was !== undefined && to !== undefined && to >= was) {
    throw unfollowableNext(`goes back in time (before ${to}, not older than the ${was} it was fetched by)`);
  }
}

/**
 * Throws, before a recently-played page fetched by `fetchedBy` (asking for the plays `before` a time)
 * is yielded, when one of its plays is not older than that time: plays Spotify sent already (a page
 * going back in time), which would be yielded twice. Plays without a readable time are not judged.
 */
function checkPlaysBefore(page: PageLike<unknown>, fetchedBy: string): void {
  const was = pagesPlaysBack(fetchedBy) ? linkBefore(fetchedBy) : undefined;
  if (was === undefined) return;
  if (page.items.some((play) => (playTime(play) ?? Number.NEGATIVE_INFINITY) >= was)) {
    throw new SpotifyAPIError(
      `Spotify's answer is a recently-played page holding plays not older than the before (${was}) it was asked for (plays sent already): the rest of the list is unknown`,
      { status: 200, code: 'BAD_RESPONSE', wrongShape: true },
    );
  }
}

/**
 * Whether the list at `link` holds each item once (a library: saved tracks, albums, shows, episodes,
 * audiobooks; followed artists; top items), so that a later page repeating an item is Spotify's bad
 * value; playlists and search results may repeat an item. The server's rule (src/resolvers/paging.ts
 * `distinct`, v12 attack on issue 7, N5); the client's, v13 attack on issue 7, C2.
 */
function holdsItemsOnce(link: string | undefined): boolean {
  const path = link === undefined ? undefined : listPath(link);
  return (
    path !== undefined &&
    /\/me\/(tracks|albums|shows|episodes|audiobooks|following|top\/(artists|tracks))$/.test(path)
  );
}

/** The catalog id of a list item: its own `id`, or a saved item's object's (`{ added_at, track }`). */
function itemKey(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { id } = item as { id?: unknown };
  if (typeof id === 'string') return id;
  for (const kind of ['track', 'album', 'show', 'episode', 'audiobook']) {
    const inner = (item as Record<string, unknown>)[kind];
    const innerId = typeof inner === 'object' && inner !== null ? (inner as { id?: unknown }).id : undefined;
    if (typeof innerId === 'string') return `${kind}:${innerId}`;
  }
  return undefined;
}

/**
 * Throws, before a page's items are yielded, when one of them has the key of an item yielded before
 * (`seen`, which it extends): like the server's repeatedItems, the whole page is refused.
 */
function checkRepeats(items: readonly unknown[], seen: Set<string> | undefined): void {
  if (!seen) return;
  const keys = items.map(itemKey);
  if (keys.some((key) => key !== undefined && seen.has(key))) {
    throw unfollowableNext('led to a page repeating an item this list holds once');
  }
  for (const key of keys) if (key !== undefined) seen.add(key);
}

/**
 * The empty pages read past in a row once `current` is read past too, or undefined when it is not: only
 * an empty page whose `next` is the page right after it (items Spotify leaves out, counted by its
 * `next` and `total`: skipsEmpty), up to MAX_LEFT_OUT_PAGES pages in a row (`emptyRun` before it).
 */
function leftOutRun(current: PageLike<unknown>, next: string | null, emptyRun: number): number | undefined {
  if (current.items.length !== 0 || next === null) return undefined;
  const run = emptyRun + 1;
  return run <= MAX_LEFT_OUT_PAGES && skipsEmpty(current, next) ? run : undefined;
}

/**
 * How many items at the start of the page read from `link` (after the page `page`, whose onward link
 * is `next`) may be items `page` left out, sent again (dropResent): those between `link` and Spotify's
 * `next` (shortPageLink moved it back), or, read on by the total (`page` says `next: null`), those
 * `page` is short of its limit.
 */
function resentCount(page: PageLike<unknown>, next: string, link: string): number {
  if (page.next) return (linkOffset(next) ?? 0) - (linkOffset(link) ?? 0);
  const limit = (page as { limit?: unknown }).limit;
  return typeof limit === 'number' ? Math.max(0, limit - page.items.length) : 0;
}

/** Throws BAD_RESPONSE (unfollowableNext) when a fetched page's `offset` is not the one `link` asked for. */
function checkAnsweredOffset(current: PageLike<unknown> | null, link: string): void {
  const asked = linkOffset(link);
  const got = (current as { offset?: unknown } | null)?.offset;
  if (asked !== undefined && typeof got === 'number' && got !== asked) {
    throw unfollowableNext(`was answered by the page at offset ${got}, not ${asked}`);
  }
}

/**
 * Every item from `page` on, fetching the following pages one at a time as the loop asks for them,
 * with the rules the server's connections follow (src/resolvers/paging.ts). It ends quietly on
 * `next: null` when the page's `total` is reached or is no count, and after `maxPages` fetched pages.
 * An offset page with `next: null` below a total that counts more is read on from its end
 * (readOnLink, built from its `href`); so is a followed-artists page in that state, after its last
 * artist (cursorReadOnLink); recently played ends there (it has no such total). A fetched page (by a
 * `next` or read on so) that comes back empty with `next: null` ends the list quietly, with no call more
 * (its total counts items Spotify leaves out). An empty offset page whose `next` is the page right after it (a run of
 * items Spotify leaves out: skipsEmpty) is read past, by pages of the list's largest size (widened),
 * up to MAX_LEFT_OUT_PAGES empty pages in a row. A search page is never asked past SEARCH_WINDOW: its
 * link's `limit` is cut to the window (inSearchWindow).
 * A short offset page (fewer items than its limit) whose `next` skips past its items is read on from
 * their end (shortPageLink), and the items Spotify sends again there are dropped (dropResent), as
 * short pages with a `next` are Spotify's normal answer (issue 7 item 7); when that page starts with
 * the short page's last items, one-item reads at the places before it tell whether they are sent
 * again or the playlist's genuine repeats (standsBefore: extra calls only then, one per entry of the
 * page's closing run of identical entries). Spotify's metadata can disagree with its items, and where the
 * rest of the list is then unknown it throws SpotifyAPIError BAD_RESPONSE after the items before it,
 * never ending silently nor yielding an item twice: a page without items whose `next` points further,
 * or, with `next: null`, whose total counts items past it (v10 re-attack on issue 7, N1); a `next`
 * already followed (compared by `pageLinkKey`: a fragment or a reordered query is the same page; the
 * starting page counts); a fetched page whose `next` is the link it was fetched by, a link already
 * followed (a cursor cycle), or a `before` not older than its own (checkFetchedNext: its items, a
 * repeat, are not yielded); a recently-played page holding a play not older than the `before` it was
 * fetched by (checkPlaysBefore); recently played is read on from each page's oldest play, whatever
 * time Spotify's `before` cursor names (playedFrom), and ends with SpotifyError PAGE_UNREACHABLE (after
 * the items read) at a page whose last 50 plays share one millisecond (playsPastOneMillisecond); an offset page whose `next` points back before the end of its items
 * (checkNextOffset); a fetched page whose `offset` is not the one
 * its link asked for; a `next` that names another list than the page's (checkNextList, against the link the client fetched
 * the page by as well as its `href`); a page repeating an item of a list that holds each item once
 * (checkRepeats: saved items, followed artists, top items; not playlists); a page whose `next` is
 * neither a link nor null, or whose `offset` or `limit` is no number (checkPageFields, the
 * starting page before any item, a fetched page before its items); a `total` that is no count is read
 * as none (countOf): the items follow by `next`. A search ends quietly at
 * SEARCH_WINDOW, judged on the link it would fetch (a short page's moved back). Also throws BAD_RESPONSE when `page` or a fetched body is not a page; a failed fetch throws
 * its own error, after the items of the pages before it were yielded. Throws SpotifyError USAGE_ERROR,
 * before any call, when `options.maxPages` is not a positive whole number (checkMaxPages).
 */
export async function* iterateItems<T>(
  page: PageLike<T>,
  fetch: PageFetcher,
  options: IterateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const maxPages = checkMaxPages(options.maxPages);
  givenPage(page, 'iterate');
  const followed = new Set<string>();
  // The page we start from counts as followed too: a `next` pointing back to it is a loop.
  const href = (page as { href?: unknown }).href;
  if (typeof href === 'string' && href !== '') followed.add(pageLinkKey(href));
  let current: PageLike<T> | null = page;
  // The link the current page was fetched by (undefined for the starting page).
  let fetchedBy: string | undefined;
  // The links naming the current page's list: its own `href`, then the `next` it was reached by.
  let from: (string | undefined)[] = [typeof href === 'string' && href !== '' ? href : undefined];
  // The link the client fetched the starting page by (recordFetchedBy; compared by path only).
  let firstLink = fetchedLinkOf(page);
  const seen = [...from, firstLink].some(holdsItemsOnce) ? new Set<string>() : undefined;
  // Items yielded from the list's start, when the starting page is at its start (cursorReadOnLink).
  const fromStart = startsList(from[0]) && startsList(firstLink);
  let read = 0;
  // The items of the page before, and how many of them the current page may send again (dropResent).
  let before: readonly T[] = [];
  let resent = 0;
  // Empty pages read past in a row (skipsEmpty).
  let emptyRun = 0;
  for (let fetched = 0; current; fetched++) {
    // A fetched page (by Spotify's `next` or read on by the total) that is empty and says the list ends:
    // the total counts items Spotify does not list (left out of their pages), for every kind of list
    // alike. The end, quietly, with no call more.
    if (current.items.length === 0 && fetched > 0 && !current.next) return;
    const items = dropResent(current.items, before, resent);
    read += items.length;
    const onward: string | SpotifyAPIError | undefined =
      current.next ??
      readOnLink(current) ??
      cursorReadOnLink(current, fetchedBy ?? firstLink, read, fromStart);
    const next: string | null = typeof onward === 'string' ? onward : null;
    if (fetchedBy !== undefined) checkPlaysBefore(current, fetchedBy);
    if (next && fetchedBy !== undefined) checkFetchedNext(current, fetchedBy, next, followed);
    checkRepeats(items, seen);
    yield* items;
    if (onward instanceof SpotifyAPIError) throw onward;
    // An empty page whose `next` is the page right after it (items Spotify leaves out, counted by its
    // `next` and `total`) is read past, up to MAX_LEFT_OUT_PAGES pages in a row (skipsEmpty), by pages
    // of the list's largest size (widened); any other empty page with a `next` further is the error.
    const run = leftOutRun(current, next, emptyRun);
    const skipping = run !== undefined;
    emptyRun = run ?? 0;
    if (current.items.length === 0 && next && !skipping) throw emptyPageBeforeEnd();
    if ((current.items.length === 0 && !skipping) || !next) return;
    // The link fetched: a short offset page's `next` moved back to the end of its items (an empty page
    // read past keeps its `next`, widened: moved back, it would name the page itself). The search window is
    // judged on it, not on Spotify's `next`: a short page at 990 whose `next` says 1000 reads on at 995.
    const moved: string = skipping ? widened(next) : shortPageLink(current, next);
    if (pastSearchWindow(moved)) return;
    if (fetched >= maxPages) throw pageBoundReached(maxPages);
    checkNextOffset(current, next);
    checkNextList(from, next, firstLink);
    const played = playedFrom(current, moved, page);
    if (played && played.resent >= MOST_PLAYS_PER_PAGE) throw playsPastOneMillisecond(played.link);
    const link: string = played?.link ?? inSearchWindow(moved);
    const key = pageLinkKey(link);
    if (followed.has(key)) throw unfollowableNext('points to a page already followed');
    followed.add(key);
    resent = played?.resent ?? resentCount(current, next, link);
    before = current.items;
    const short = current;
    current = withinAsked(unwrapPage<PageLike<T>>(await fetch(link)), link);
    checkAnsweredOffset(current, link);
    // The page starts with the short page's last items: sent again, or genuine repeats? One-item reads
    // tell where its last item stands (only then: a page that starts otherwise costs no call).
    const again = resent > 0 && dropResent(current.items, before, resent).length < current.items.length;
    if (again && (await standsBefore(short, link, fetch))) resent = 0;
    fetchedBy = link;
    from = [link];
    firstLink = undefined;
  }
}
