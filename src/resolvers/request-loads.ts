import DataLoader from 'dataloader';
import type { GraphQLContext } from './context.js';
import { shareInFlight } from './in-flight.js';

/** One page of a paged list: which list and offset it is (`group`), and at what limit. */
interface PageLoad {
  group: string;
  limit: number;
}

/** One keyed load: what identifies it, and how to fetch it when nothing in the request has yet. */
interface KeyedLoad {
  key: string;
  fetch: () => Promise<unknown>;
  /** Set for a page: pages of one list and offset asked in one batch share one call at the largest limit. */
  page?: PageLoad;
}

type KeyedLoader = DataLoader<KeyedLoad, unknown, string>;

/** The request's loads: the keyed loader, and the largest page fetched so far of each list and offset. */
interface RequestLoads {
  loader: KeyedLoader;
  largest: Map<string, { limit: number; page: Promise<unknown> }>;
}

// Per request: the context is built elsewhere and immutable, so the loader hangs off it here.
const perRequest = new WeakMap<GraphQLContext, RequestLoads>();

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** An offset page cut to its first `limit` items (the rest of Spotify's paging object as it came). */
function slicePage(page: unknown, limit: number): unknown {
  const full = page as { items?: unknown[]; limit?: number; next?: string | null; href?: string };
  if (!Array.isArray(full.items) || full.items.length <= limit) return { ...full, limit };
  let next = full.next ?? null;
  const offset = (page as { offset?: number }).offset;
  if (typeof full.href === 'string' && typeof offset === 'number') {
    try {
      const url = new URL(full.href);
      url.searchParams.set('offset', String(offset + limit));
      url.searchParams.set('limit', String(limit));
      next = url.toString();
    } catch {
      // An href that is no URL: keep Spotify's own next.
    }
  }
  return { ...full, items: full.items.slice(0, limit), limit, next };
}

/**
 * The batch: pages of one list and offset (the same list under two aliases with different `first`)
 * become one call at the largest limit, each answered its slice; every other load is its own call.
 */
function loadBatch(loads: readonly KeyedLoad[], largest: RequestLoads['largest']): Promise<unknown[]> {
  // Per list and offset, the load with the largest limit: the one call made for all of them.
  const widest = new Map<string, KeyedLoad>();
  for (const load of loads) {
    const group = load.page?.group;
    if (group !== undefined && (widest.get(group)?.page?.limit ?? 0) < (load.page?.limit ?? 0))
      widest.set(group, load);
  }
  const pages = new Map<string, { limit: number; page: Promise<unknown> }>();
  for (const [group, load] of widest) {
    const fetched = { limit: load.page?.limit ?? 0, page: load.fetch() };
    pages.set(group, fetched);
    largest.set(group, fetched);
  }
  return Promise.all(
    loads.map((load) => {
      const fetched = load.page && pages.get(load.page.group);
      if (!load.page || !fetched) return load.fetch().catch(asError);
      const wanted = load.page.limit;
      return fetched.page
        .then((value) => (wanted === fetched.limit ? value : slicePage(value, wanted)))
        .catch(asError);
    }),
  );
}

function loadsOf(ctx: GraphQLContext): RequestLoads {
  let loads = perRequest.get(ctx);
  if (!loads) {
    const largest: RequestLoads['largest'] = new Map();
    loads = {
      largest,
      loader: new DataLoader<KeyedLoad, unknown, string>((batch) => loadBatch(batch, largest), {
        cacheKeyFn: (load) => load.key,
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
  const given = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${route} ${JSON.stringify(given)}`;
}

export interface LoadOptions {
  /**
   * Catalog data (the same answer for every caller with the app token): concurrent anonymous requests
   * join one another's load in flight. Never set for user data.
   */
  catalog?: boolean;
}

/**
 * A Spotify read that is not an object by id (a list page, a profile, a show with its episodes), made
 * once per request per key through the request's keyed DataLoader. With `catalog` and the app token,
 * requests running at the same time share the call.
 */
export function loadOnce<T>(
  ctx: GraphQLContext,
  key: string,
  fetch: () => Promise<T>,
  options: LoadOptions = {},
): Promise<T> {
  return loadsOf(ctx).loader.load({ key, fetch: runner(ctx, key, fetch, options) }) as Promise<T>;
}

/** `fetch` as the request runs it: joining a concurrent anonymous request's load of `key` for catalog data. */
function runner<T>(
  ctx: GraphQLContext,
  key: string,
  fetch: () => Promise<T>,
  { catalog = false }: LoadOptions,
): () => Promise<T> {
  // A joined load is not this request's call: track it, so its catalog loads still wait for the page.
  return catalog && !ctx.isUser ? () => ctx.track(shareInFlight(ctx.token, key, fetch)) : fetch;
}

/** Something changed in this request (a mutation): reads after it must fetch again. */
export function forgetLoads(ctx: GraphQLContext): void {
  const loads = perRequest.get(ctx);
  loads?.loader.clearAll();
  loads?.largest.clear();
}

/**
 * A connection's page fetcher whose pages are loaded once per request, keyed by `route`, `params` and
 * the page's offset and limit: the same page under many parents (an artist's albums under each of their
 * tracks) is one call. Pages of one list and offset at different limits (`a: albums(first: 3)` beside
 * `b: albums(first: 5)`) are one call at the largest limit, sliced: asked in one batch, or after a
 * larger one.
 */
export function keyedPages<P>(
  ctx: GraphQLContext,
  route: string,
  params: Readonly<Record<string, unknown>>,
  fetch: (offset: number, limit: number) => Promise<P>,
  options: LoadOptions = {},
): (offset: number, limit: number) => Promise<P> {
  return (offset, limit) => {
    const group = loadKey(route, { ...params, offset });
    const { loader, largest } = loadsOf(ctx);
    const known = largest.get(group);
    if (known && known.limit > limit) return known.page.then((page) => slicePage(page, limit) as P);
    const key = loadKey(route, { ...params, offset, limit });
    const run = runner(ctx, key, () => fetch(offset, limit), options);
    return loader.load({ key, fetch: run, page: { group, limit } }) as Promise<P>;
  };
}
