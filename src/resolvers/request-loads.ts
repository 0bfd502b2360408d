import DataLoader from 'dataloader';
import type { RequestOptions } from '../spotify/client.js';
import { deadlineOf } from '../spotify/deadlines.js';
import type { EndpointSpec } from '../spotify/endpoints/types.js';
import { asError, NotAvailableInDevelopmentMode, SpotifyAPIError } from '../spotify/errors.js';
import type { CatalogCache } from './catalog-cache.js';
import { catalogLoadSignal } from './catalog-load.js';
import { type GraphQLContext, requestSignal, sharedCatalogCache, trackCall } from './context.js';
import { sharedEventLoad } from './event-loads.js';
import { joinPageInFlight, shareInFlight, sharePageInFlight, stopOfferingPage } from './in-flight.js';
import { type AskedPage, covers, cutAskedPage, type PageWindow, shortOfItsList } from './page-cuts.js';
import { type EarlierPage, judgeRepeats, keepVerdict } from './page-verdicts.js';
import { type KeptList, keepPage, keepRead, keptPage, keptRead } from './settled-reads.js';

/**
 * A page's part from `offset`, `limit` items of a page of its list asked as `asked` (its offset and
 * limit, see cutAskedPage: a page short of its list answers no part; for a cursor list, `asked.from`
 * is the Spotify cursor that page was asked after, see cursorCut in page-cuts.ts).
 */
export type PageCut<P> = (page: P, asked: AskedPage, offset: number, limit: number) => P | undefined;

/** One page of a paged list: which list (its key without offset and limit), and which items. */
interface PageLoad extends PageWindow {
  list: string;
  cut: PageCut<unknown>;
  /** For a cursor list: the Spotify cursor the page is asked after (undefined from the start). */
  from?: string | undefined;
  /** The most items one call of the list may ask (the connection's page size), when known: see joinWindows. */
  size?: number | undefined;
  join: WindowsJoin;
}

/** How a page joins other pages of its list into one call (see joinWindows). */
interface WindowsJoin {
  /**
   * The page of this list from `window` (its offset this page's, more parts or a larger limit), fetched
   * as one.
   */
  fetch: (window: PageWindow) => Promise<unknown>;
  /**
   * This page answered without a call of this request (kept in the catalog cache, or cut from a page a
   * concurrent request has in flight), or undefined, starting nothing.
   */
  elsewhere: () => Promise<unknown> | undefined;
  /**
   * Resolves true once the joined call `page` (fetched for `window`) has taken its share of the
   * request's time without answering (lateAfter), false once it settles first; no longer offered to
   * other requests' loads once late (stopOfferingPage), so that the windows' own calls are calls.
   */
  late: (page: Promise<unknown>, window: PageWindow) => Promise<boolean>;
}

/** One keyed load: what identifies it, and how to fetch it when nothing in the request has yet. */
interface KeyedLoad {
  key: string;
  fetch: () => Promise<unknown>;
  /** Set for a page: a page covered by another of its list in the request is answered from it. */
  page?: PageLoad;
}

type KeyedLoader = DataLoader<KeyedLoad, unknown, string>;

/**
 * A page of a list loaded or in flight in the request: the items it asked for (for a cursor list, from
 * which Spotify cursor), and its answer.
 */
interface KnownPage extends PageWindow {
  from?: string | undefined;
  page: Promise<unknown>;
  /** Set for the one call of sibling windows' union (joinWindows): none of them asked it as such. */
  joined?: JoinedCall;
}

/** The joined call of sibling windows (joinWindows). */
interface JoinedCall {
  /** True once the call is late (WindowsJoin.late): each window then asks its own page too (fromKnown). */
  late: Promise<boolean>;
}

/**
 * The request's loads: the keyed loader and its answers by key (the request's one map of reads: the
 * replayed reads of replayedRead are kept in it too), and per list the pages loaded or in flight.
 */
interface RequestLoads {
  loader: KeyedLoader;
  byKey: Map<string, Promise<unknown>>;
  pages: Map<string, KnownPage[]>;
  /** Other loaders of the request by name (see requestLoader), made on first use. */
  named: Map<string, DataLoader<never, unknown, unknown>>;
}

// Per request: the context is built elsewhere and immutable, so the loader hangs off it here.
const perRequest = new WeakMap<GraphQLContext, RequestLoads>();

/**
 * The page of `list` loaded or in flight in the request that covers `wanted` (`offset` to `offset +
 * limit`, and its parts), if any.
 */
function coveringPage(pages: RequestLoads['pages'], list: string, wanted: PageWindow): KnownPage | undefined {
  return pages.get(list)?.find((known) => covers(known, wanted.offset, wanted.limit, wanted.parts));
}

/**
 * `wanted`'s part of the page `known` (which covers it), cut by `wanted.cut`, or `own()`, the page
 * loaded for itself: when the answer turned out not to cover it (a short page that does not end the
 * list, shortOfItsList), or when `known` is the joined call of sibling windows (joinWindows) and failed
 * in a way a window alone may escape, so that each window answers as it does alone (a window that does
 * not reach the item Spotify fails on keeps its items; v14 re-attack, R2-1). A joined call Spotify
 * refused for the list itself (refusesTheList) gives each window its error, with no call of its own.
 * A joined call that is late (JoinedCall.late) also has each window ask its own page (orOwnWhenLate).
 * `own()` is asked once at most, whatever asks it.
 */
function fromKnown(
  known: KnownPage,
  wanted: PageWindow & { cut: PageCut<unknown> },
  loadOwn: () => Promise<unknown>,
): Promise<unknown> {
  // Asked once: by the joined call's lateness (orOwnWhenLate), its failure, or a page short of a cover.
  const own = once(loadOwn);
  const part = known.page.then(
    (page) => {
      if (shortOfItsList(page, known.offset, known.limit)) return own();
      const cut = wanted.cut(page, known, wanted.offset, wanted.limit);
      if (cut === undefined) return own();
      keepVerdict(page, cut);
      return cut;
    },
    (error: unknown) => {
      if (known.joined === undefined || refusesTheList(error, known, wanted)) return Promise.reject(error);
      // The failed joined call stays counted: each window's own call takes the allowance as any call
      // does, so MAX_QUERY_COST bounds the HTTP requests whatever fails (v17 re-attack A2).
      return own();
    },
  );
  return known.joined === undefined ? part : orOwnWhenLate(part, known.joined.late, own);
}

/** `make()` on the first call, the same promise after. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/** A joined call that did not settle in its share of the time (orOwnWhenLate): no answer. */
const NOT_LATE = Symbol('not late');

/**
 * A window's `part` of the joined call of sibling windows, or, once that call is `late` (JoinedCall),
 * its `own()` page too: whichever gives a page first; when both fail, `part`'s error (the joined
 * call's, or its own page's after it: fromKnown). A joined call that hangs does not fail windows that
 * each answer alone (v15 attack on issue 7, V6). The window's own call counts against the request's
 * call allowance like any call: nothing is given back for it, so a query admitted at its limit may
 * answer a late window CALL_LIMIT_EXCEEDED, and a hung Spotify is asked at most once more per window.
 */
function orOwnWhenLate(
  part: Promise<unknown>,
  late: Promise<boolean>,
  own: () => Promise<unknown>,
): Promise<unknown> {
  const ownPage = late.then((isLate) => (isLate ? own() : Promise.reject(NOT_LATE)));
  return Promise.any([part, ownPage]).catch((error: AggregateError) => Promise.reject(error.errors[0]));
}

/**
 * The share of the time left to the request's deadline (REQUEST_DEADLINE_MS, a subscription event's)
 * that the joined call of sibling windows has before each window asks its own page too: the other
 * half is left for those calls.
 */
export const JOINED_SHARE = 0.5;

/**
 * Resolves true once JOINED_SHARE of the time left to `ctx`'s deadline passes with `page` unsettled
 * (after `onLate()`), false once it settles first; with no deadline, false once it settles. The timer
 * does not hold the process open.
 */
function lateAfter(ctx: GraphQLContext, page: Promise<unknown>, onLate: () => void): Promise<boolean> {
  const deadline = deadlineOf(requestSignal(ctx));
  return new Promise<boolean>((resolve) => {
    const timer =
      deadline === undefined
        ? undefined
        : setTimeout(
            () => {
              onLate();
              resolve(true);
            },
            Math.max(1, (deadline - Date.now()) * JOINED_SHARE),
          );
    timer?.unref();
    const settled = () => {
      clearTimeout(timer);
      resolve(false);
    };
    page.then(settled, settled);
  });
}

/**
 * Whether `error`, the failure of the joined call `known` of sibling windows, is Spotify's refusal of
 * the list itself, which `wanted`'s own page would meet as well: a 400, 403 or 404 answer (an unknown
 * artist, another user's playlist in Development Mode, a missing scope), or the endpoint missing from
 * a Development Mode app, for a call that asked no part `wanted` does not (a search type another
 * window added may be what was refused). Not a 400 that names the `limit` or `offset` (the joined
 * window's, larger than `wanted`'s). Such a window takes the joined call's error, with no call of its
 * own: a client picking made-up ids must not buy one call per window for one call's refusal (v16
 * re-attack C, F7). Other failures (a 5xx after the retries, a 429, a body that is not a page, a page
 * repeating items) may spare a window that does not reach the item Spotify fails on: it asks its own.
 */
function refusesTheList(error: unknown, known: KnownPage, wanted: PageWindow): boolean {
  const refused =
    error instanceof NotAvailableInDevelopmentMode ||
    (error instanceof SpotifyAPIError &&
      !error.wrongShape &&
      (error.status === 403 ||
        error.status === 404 ||
        (error.status === 400 && !/\b(limit|offset)\b/i.test(error.message))));
  return refused && (known.parts ?? []).every((part) => wanted.parts?.includes(part) === true);
}

/**
 * The batch: a page covered by another page of its list in the same batch (the same list under two
 * aliases with different `first` or `offset`) is answered from it, so each list costs the fewest calls;
 * every other load is its own call. Each page fetched is known to the request from then on.
 */
function loadBatch(loads: readonly KeyedLoad[], pages: RequestLoads['pages']): Promise<unknown[]> {
  const answers = new Array<Promise<unknown> | undefined>(loads.length);
  joinWindows(loads, pages, answers);
  // Widest first at each offset (then most parts), earliest offset first: a page is covered, if at all,
  // by one before it.
  const order = loads
    .map((load, at) => ({ load, at }))
    .sort(
      (a, b) =>
        (a.load.page?.offset ?? 0) - (b.load.page?.offset ?? 0) ||
        (b.load.page?.limit ?? 0) - (a.load.page?.limit ?? 0) ||
        (b.load.page?.parts?.length ?? 0) - (a.load.page?.parts?.length ?? 0),
    );
  for (const { load, at } of order) {
    if (answers[at] !== undefined) continue;
    const wanted = load.page;
    const known = wanted && coveringPage(pages, wanted.list, wanted);
    if (wanted && known) {
      answers[at] = fromKnown(known, wanted, load.fetch).catch(asError);
      continue;
    }
    const fetched = load.fetch();
    if (wanted) {
      const { offset, limit, parts, from } = wanted;
      know(pages, wanted.list, { offset, limit, parts, from, page: fetched });
    }
    answers[at] = fetched.catch(asError);
  }
  return Promise.all(answers);
}

/** Notes `known` as a page of `list` loaded or in flight in the request. */
function know(pages: RequestLoads['pages'], list: string, known: KnownPage): void {
  const listed = pages.get(list) ?? [];
  listed.push(known);
  pages.set(list, listed);
}

type Joinable = { page: PageLoad; at: number };

/**
 * Pages of one list asked in one batch that no page the request knows covers, and that one call of the
 * list answers together (joinedWindow): those answered without a call (WindowsJoin.elsewhere) are
 * answered so; the others are one call for the union of their windows and parts, known to the request
 * from then on, so that loadBatch cuts each from it. So `a: search(q, [ALBUM])` beside `b: search(q,
 * [ARTIST])` is one call for `type=album,artist` (A8), and `a: albums(first: 3)` beside `b:
 * albums(offset: 3, first: 3)` one call of 6 (v13 attack on issue 11, B4); a cursor window after a
 * cursor inside a sibling's page is cut from it (B5). A joined call that fails is not given back: its
 * windows' own calls take the request's allowance too (v17 re-attack A2).
 */
function joinWindows(
  loads: readonly KeyedLoad[],
  pages: RequestLoads['pages'],
  answers: (Promise<unknown> | undefined)[],
): void {
  const groups = new Map<string, Joinable[]>();
  loads.forEach(({ page }, at) => {
    if (page === undefined || coveringPage(pages, page.list, page)) return;
    groups.set(page.list, [...(groups.get(page.list) ?? []), { page, at }]);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const left = group.filter(({ page, at }) => {
      const found = page.join.elsewhere();
      if (found !== undefined) answers[at] = found.catch(asError);
      return found === undefined;
    });
    left.sort((a, b) => a.page.offset - b.page.offset || b.page.limit - a.page.limit);
    for (const joined of joinedWindows(left)) {
      const [first] = joined;
      const window = unionOf(joined);
      if (
        first === undefined ||
        joined.some(({ page }) => covers(page, window.offset, window.limit, window.parts))
      )
        continue;
      const page = first.page.join.fetch(window);
      const late = first.page.join.late(page, window);
      know(pages, first.page.list, { ...window, from: first.page.from, page, joined: { late } });
    }
  }
}

/**
 * The runs of `loads` (one list's, by offset) that one call answers: consecutive ones whose union
 * spans at most the list's page size (PageLoad.size, the smallest of theirs), or, where a size is not
 * known, those at one offset (their parts joined). Only runs of two or more.
 */
function joinedWindows(loads: readonly Joinable[]): Joinable[][] {
  const runs: Joinable[][] = [];
  let run: Joinable[] = [];
  let size = Number.POSITIVE_INFINITY;
  for (const load of loads) {
    const [head] = run;
    const end = Math.max(
      ...run.map(({ page }) => page.offset + page.limit),
      load.page.offset + load.page.limit,
    );
    const within = Math.min(size, load.page.size ?? 0);
    const fits =
      head !== undefined && (head.page.offset === load.page.offset || end - head.page.offset <= within);
    if (fits) {
      run.push(load);
      size = within;
      continue;
    }
    if (run.length > 1) runs.push(run);
    run = [load];
    size = load.page.size ?? 0;
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** The one window that holds every page of `loads` (by offset): their items and parts. */
function unionOf(loads: readonly Joinable[]): PageWindow {
  const offset = Math.min(...loads.map(({ page }) => page.offset));
  const end = Math.max(...loads.map(({ page }) => page.offset + page.limit));
  const parts = loads.some(({ page }) => page.parts !== undefined)
    ? [...new Set(loads.flatMap(({ page }) => page.parts ?? []))].sort()
    : undefined;
  return { offset, limit: end - offset, parts };
}

function loadsOf(ctx: GraphQLContext): RequestLoads {
  let loads = perRequest.get(ctx);
  if (!loads) {
    const pages: RequestLoads['pages'] = new Map();
    const byKey: RequestLoads['byKey'] = new Map();
    loads = {
      pages,
      byKey,
      named: new Map(),
      loader: new DataLoader<KeyedLoad, unknown, string>((batch) => loadBatch(batch, pages), {
        cacheKeyFn: (load) => load.key,
        cacheMap: byKey,
      }),
    };
    perRequest.set(ctx, loads);
  }
  return loads;
}

/**
 * The key of a Spotify read: its route and its parameters (undefined ones left out, names sorted), so
 * that the same page asked by two fields is one key. The token is not part of it: it is the request's.
 */
export function loadKey(route: string, params: Readonly<Record<string, unknown>> = {}): string {
  return keyOf(
    route,
    Object.entries(params).filter(([, value]) => value !== undefined && value !== null),
  );
}

/** `name` and the parameters `given`, their names sorted: the same parameters in any order are one key. */
function keyOf(name: string, given: [string, unknown][]): string {
  given.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${name} ${JSON.stringify(given)}`;
}

export interface LoadOptions {
  /**
   * Catalog data (the same answer for every caller with the app token): concurrent anonymous requests
   * join one another's load in flight, and its settled answer is kept in the catalog cache for later
   * ones (see settled-reads.ts). Never set for user data.
   */
  catalog?: boolean;
  /**
   * With `catalog`: false to share only the load in flight, never keeping its answer for later
   * requests (nor letting the response cache keep a response that made it): for an answer that may
   * differ from one call to the next, such as recommendations. Default true.
   */
  keep?: boolean;
}

/**
 * A Spotify read: `fetch(signal)` makes it. `signal` is set for a load shared between requests (it
 * aborts only once every request that waits for it has gone): pass it to the call's options
 * (`ctx.opts({ ..., signal })`), where it stands for the request's own. Undefined otherwise.
 */
export type SharedFetch<T> = (signal: AbortSignal | undefined) => Promise<T>;

/**
 * A Spotify read that is not an object by id (a list page, a profile, a show with its episodes), made
 * once per request per key through the request's keyed DataLoader. With `catalog` and the app token,
 * requests running at the same time share the call (and, unless `keep` is false, later ones find its
 * answer in the catalog cache).
 */
export function loadOnce<T>(
  ctx: GraphQLContext,
  key: string,
  fetch: SharedFetch<T>,
  options: LoadOptions = {},
): Promise<T> {
  const cache = options.catalog ? sharedCatalogCache(ctx) : undefined;
  const keep = options.keep !== false;
  const run: () => Promise<T> = cache
    ? () => {
        const kept = keep ? keptRead(cache, key) : undefined;
        if (kept !== undefined) return Promise.resolve(kept as T);
        // Kept before the flight ends: a request arriving as it settles finds one or the other.
        const start = (signal: AbortSignal) =>
          keep
            ? fetch(catalogLoadSignal(signal)).then((value) => {
                keepRead(cache, key, value);
                return value;
              })
            : fetch(signal);
        return trackCall(ctx, shareInFlight(ctx.token, key, start, requestSignal(ctx)));
      }
    : () => fetch(undefined);
  // A subscription's execution joins the same load of another cohort's for the same event (event-loads.ts).
  return sharedEventLoad(ctx, key, () => loadsOf(ctx).loader.load({ key, fetch: run }) as Promise<T>);
}

/**
 * The read of `key` (see loadKey) already loaded or in flight in this request, if any, without starting
 * it: for a field that can do without it (a playlist's items from the full playlist another field loads).
 */
export function loadedOrInFlight(ctx: GraphQLContext, key: string): Promise<unknown> | undefined {
  return perRequest.get(ctx)?.byKey.get(key);
}

/**
 * A page of the list `route` with `params` (as keyedPages keys its pages: any `offset` and `limit`)
 * loaded or in flight through the request's keyed loads, if any: for what every page of a list says
 * alike, its `total`.
 */
export function pageOfListInFlight(
  ctx: GraphQLContext,
  route: string,
  params: Readonly<Record<string, unknown>>,
): Promise<unknown> | undefined {
  const list = loadKey(route, params);
  for (const [key, page] of perRequest.get(ctx)?.byKey ?? []) {
    if (!key.startsWith(`${route} [`)) continue;
    let given: unknown;
    try {
      given = JSON.parse(key.slice(route.length + 1));
    } catch {
      continue;
    }
    if (!Array.isArray(given) || !given.some((entry) => Array.isArray(entry) && entry[0] === 'offset'))
      continue;
    const rest = given.filter(
      (entry) => !Array.isArray(entry) || (entry[0] !== 'offset' && entry[0] !== 'limit'),
    );
    if (keyOf(route, rest as [string, unknown][]) === list) return page;
  }
  return undefined;
}

/**
 * A Spotify read of `ctx`'s query kept so that executing the same operation again in the same request
 * answers from it instead of calling Spotify again: `read()` the first time, the same promise after.
 * The server executes a query with graphql-jit and, when that answer has errors, once more with
 * graphql-js (src/server/jit.ts, which turns this on: see replayReads in context.ts): without it, a read
 * made outside the request's keyed loads (the catalog loaders' batches), or a load whose failure was
 * not kept, would go to Spotify twice, and the second answer could differ from
 * the first (a fault that hit once). Only GET reads are kept (a query makes no writes), each with its
 * outcome, failures included, in the request's keyed map beside its loads (under a key of its own,
 * see readKey); the request's call budget bounds their number.
 */
export function replayedRead<T>(
  ctx: GraphQLContext,
  endpoint: EndpointSpec,
  options: RequestOptions | undefined,
  read: () => Promise<T>,
): Promise<T> {
  if (endpoint.method !== 'GET') return read();
  const { byKey } = loadsOf(ctx);
  const key = readKey(endpoint, options);
  const known = byKey.get(key);
  if (known) return known as Promise<T>;
  const made = read();
  byKey.set(key, made);
  // Kept with its outcome; a rejection nobody awaits again is not an unhandled one.
  made.catch(() => {});
  return made;
}

/**
 * A replayed read's key: `read`, the endpoint and its parameters (not the token or the signal: both are
 * the request's). Its own namespace: a load's key (loadKey) may name the same endpoint, and the load's
 * own read must not answer from the load.
 */
function readKey(endpoint: EndpointSpec, options: RequestOptions | undefined): string {
  return keyOf(
    `read ${endpoint.id}`,
    Object.entries(options ?? {}).filter(
      ([name, value]) =>
        name !== 'authToken' && name !== 'signal' && value !== undefined && typeof value !== 'function',
    ),
  );
}

/**
 * The request's own DataLoader named `name`, made by `make` on first use: for reads that batch by
 * something of their own (the user's "contains" checks, per kind), with the same life as the request's
 * keyed loads (forgetLoads drops it: after a mutation the next read makes a new one). The token is the
 * request's, so each access token has its own.
 */
export function requestLoader<K, V>(
  ctx: GraphQLContext,
  name: string,
  make: () => DataLoader<K, V, string>,
): DataLoader<K, V, string> {
  const { named } = loadsOf(ctx);
  let loader = named.get(name) as DataLoader<K, V, string> | undefined;
  if (!loader) {
    loader = make();
    named.set(name, loader as unknown as DataLoader<never, unknown, unknown>);
  }
  return loader;
}

/** Something changed in this request (a mutation): reads after it must fetch again. */
export function forgetLoads(ctx: GraphQLContext): void {
  const loads = perRequest.get(ctx);
  loads?.loader.clearAll();
  loads?.pages.clear();
  loads?.named.clear();
  judgedPages.delete(ctx);
}

/**
 * Where a page of a cursor list (followed artists, recently played) starts: `after`, Spotify's cursor
 * it is asked after (undefined: from the start). Its pages are one list placed by position (the
 * offset keyedPages' pages are given: the position of their first entry, see cursorConnection), each
 * keyed by its cursor too, so that a window after a cursor inside a sibling's page is cut from that
 * page (cursorCut in page-cuts.ts) and sibling windows join into one call (joinWindows).
 */
export interface CursorFrom {
  after: string | undefined;
}

/**
 * A page of a list: `fetch(offset, limit, signal, parts)`, where `signal` is as for SharedFetch and
 * `parts` are the parts to fetch for a list with parts (keyedPages' `parts`, or more of them when pages
 * of its list are joined into one call: see joinWindows), undefined for other lists.
 */
export type PageFetch<P> = (
  offset: number,
  limit: number,
  signal: AbortSignal | undefined,
  parts: readonly string[] | undefined,
) => Promise<P>;

/**
 * A connection's page fetcher whose pages are loaded once per request, keyed by `route`, `params` and
 * the page's offset and limit: the same page under many parents (an artist's albums under each of their
 * tracks) is one call. A page that another page of the same list covers, loaded or in flight in the
 * request (`a: albums(first: 5)` beside `b: albums(first: 2, offset: 1)`), is cut from it without a
 * call (`cut`, default cutAskedPage for Spotify's paging objects). Pages of the list asked in one batch
 * that neither covers are one call for their union when it fits one page of `size` items (the third
 * argument: the connection's page size; unknown, only pages at one offset join), and with `parts` (a
 * search's types) for all their parts (see joinWindows). `cursor`: the list is a cursor list (see
 * CursorFrom). With `catalog` and the app token, a page
 * kept in the catalog cache by an earlier request answers it (or a larger kept page covering it, see
 * settled-reads.ts), and a page in flight in a concurrent anonymous request that covers it is joined
 * (see sharePageInFlight); a page this request loads is kept in turn.
 */
export function keyedPages<P>(
  ctx: GraphQLContext,
  route: string,
  params: Readonly<Record<string, unknown>>,
  fetch: PageFetch<P>,
  options: LoadOptions & {
    cut?: PageCut<P>;
    parts?: readonly string[];
    distinct?: (item: never) => string | undefined;
    cursor?: CursorFrom;
    /**
     * With `distinct`: the params that name the list whose pages judge each other (default `params`):
     * what Spotify ignores (a user library's `market`) or fills in (top items' default time range)
     * left out or filled in, so that every window of one list gets one verdict (v14 re-attack, R3).
     */
    judgedAs?: Readonly<Record<string, unknown>>;
  } = {},
): (offset: number, limit: number, size?: number) => Promise<P> {
  const list = loadKey(route, params);
  const judged = loadKey(route, options.judgedAs ?? params);
  const cut = (options.cut ?? cutAskedPage) as PageCut<unknown>;
  const parts = options.parts === undefined ? undefined : [...options.parts].sort();
  const cache = options.catalog === true ? sharedCatalogCache(ctx) : undefined;
  const from = options.cursor?.after;
  const kept: KeptList = {
    list,
    pageKey: (offset, limit, of) =>
      loadKey(route, { ...params, parts: of, offset, limit, ...(options.cursor ? { after: from } : {}) }),
  };
  const load = (window: PageWindow): Promise<P> =>
    cache
      ? sharedPage(ctx, cache, kept, window, fetch, cut)
      : fetch(window.offset, window.limit, undefined, window.parts);
  return (offset, limit, size) => {
    const { loader, pages } = loadsOf(ctx);
    const wanted = { offset, limit, parts, cut, from };
    const key = kept.pageKey(offset, limit, parts);
    const loaded = () => load({ offset, limit, parts });
    // A list that holds each item once: the page is judged once, as loaded (judgeRepeats).
    const distinct = options.distinct as ((item: unknown) => string | undefined) | undefined;
    const run = distinct ? () => judgedLoad(ctx, judged, offset, limit, loaded, distinct) : loaded;
    const elsewhere = () =>
      cache ? servedPage(ctx, cache, kept, { offset, limit, parts }, cut, run) : undefined;
    // The joined call of such a list's sibling windows is one Spotify page, judged once as it loads
    // like any page (judgedLoad), and each window cut from it gets its verdict (keepVerdict in
    // fromKnown), as a window cut from a sibling page that covers it does. Two windows of one call are
    // one snapshot of the list: no save or unsave between two calls can make them repeat each other.
    const joined = distinct
      ? (window: PageWindow) =>
          judgedLoad(ctx, judged, window.offset, window.limit, () => load(window), distinct)
      : load;
    // A late joined call's page is offered to no other load (its windows' own calls included).
    const late = (page: Promise<unknown>, window: PageWindow) =>
      lateAfter(ctx, page, () => {
        if (cache) stopOfferingPage(ctx.token, list, window);
        if (distinct) forgetJudged(ctx, judged, window);
      });
    const page: PageLoad = { list, ...wanted, size, join: { fetch: joined, elsewhere, late } };
    const own = (): Promise<P> =>
      sharedEventLoad(ctx, key, () => loader.load({ key, fetch: run, page }) as Promise<P>);
    const known = coveringPage(pages, list, wanted);
    return known ? (fromKnown(known, wanted, own) as Promise<P>) : own();
  };
}

/** Per request, per list as judged (keyedPages' `judgedAs`): its pages loaded or in flight. */
const judgedPages = new WeakMap<GraphQLContext, Map<string, EarlierPage[]>>();

/**
 * `loaded()` (the page of the judged list `judged` at `offset`), noted among that list's pages of the
 * request, and judged once loaded against all of them (judgeRepeats).
 */
function judgedLoad<P>(
  ctx: GraphQLContext,
  judged: string,
  offset: number,
  limit: number,
  loaded: () => Promise<P>,
  distinct: (item: unknown) => string | undefined,
): Promise<P> {
  const lists = judgedPages.get(ctx) ?? new Map<string, EarlierPage[]>();
  judgedPages.set(ctx, lists);
  const earlier = lists.get(judged) ?? [];
  lists.set(judged, earlier);
  const fetched = loaded();
  earlier.push({ offset, limit, page: fetched });
  return fetched.then((p) => judgeRepeats(p, offset, earlier, distinct));
}

/**
 * Forgets the page of the judged list `judged` asked for `window` (a late joined call, lateAfter): it
 * is judged no later page of the request against, so that a window's own page does not wait for it.
 */
function forgetJudged(ctx: GraphQLContext, judged: string, window: PageWindow): void {
  const earlier = judgedPages.get(ctx)?.get(judged);
  const at = earlier?.findIndex((page) => page.offset === window.offset && page.limit === window.limit);
  if (earlier !== undefined && at !== undefined && at >= 0) earlier.splice(at, 1);
}

/**
 * `window` of an app-token catalog list without a call of this request: kept in the catalog cache (or
 * cut from a kept page covering it), or joined from a concurrent request's page in flight that covers
 * it (`otherwise()` when that page turns out not to cover it); undefined when neither holds it.
 */
function servedPage<P>(
  ctx: GraphQLContext,
  cache: CatalogCache,
  where: KeptList,
  window: PageWindow,
  cut: PageCut<unknown>,
  otherwise: () => Promise<P>,
): Promise<P> | undefined {
  const { offset, limit } = window;
  const partOf = (page: P, asked: PageWindow) => cut(page, asked, offset, limit) as P | undefined;
  const found = keptPage<P>(cache, where, window, partOf);
  if (found !== undefined) return Promise.resolve(found);
  const joined = joinPageInFlight(ctx.token, where.list, window, partOf, requestSignal(ctx), otherwise);
  return joined && trackCall(ctx, joined);
}

/**
 * A page of an app-token catalog list: kept in the catalog cache (or cut from a kept page covering
 * it), else joined from a concurrent request's page in flight that covers it (servedPage), else loaded
 * (shared in turn) and kept once settled.
 */
function sharedPage<P>(
  ctx: GraphQLContext,
  cache: CatalogCache,
  where: KeptList,
  window: PageWindow,
  fetch: PageFetch<P>,
  cut: PageCut<unknown>,
): Promise<P> {
  const { offset, limit } = window;
  const partOf = (page: P, asked: PageWindow) => cut(page, asked, offset, limit) as P | undefined;
  // Kept before the flight ends: a request arriving as it settles finds one or the other.
  const start = (signal: AbortSignal) =>
    fetch(offset, limit, catalogLoadSignal(signal), window.parts).then((page) => {
      keepPage(cache, where, window, page);
      return page;
    });
  const open = () =>
    trackCall(ctx, sharePageInFlight(ctx.token, where.list, window, start, partOf, requestSignal(ctx)));
  return servedPage(ctx, cache, where, window, cut, open) ?? open();
}
