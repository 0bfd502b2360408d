import DataLoader from 'dataloader';
import type { GraphQLContext } from './context.js';
import { shareInFlight } from './in-flight.js';

/** One keyed load: what identifies it, and how to fetch it when nothing in the request has yet. */
interface KeyedLoad {
  key: string;
  fetch: () => Promise<unknown>;
}

type KeyedLoader = DataLoader<KeyedLoad, unknown, string>;

// Per request: the context is built elsewhere and immutable, so the loader hangs off it here.
const perRequest = new WeakMap<GraphQLContext, KeyedLoader>();

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

function loaderOf(ctx: GraphQLContext): KeyedLoader {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader<KeyedLoad, unknown, string>(
      (loads) => Promise.all(loads.map((load) => load.fetch().catch(asError))),
      // Nothing to batch (each key is its own call): the loader de-duplicates.
      { batch: false, cacheKeyFn: (load) => load.key },
    );
    perRequest.set(ctx, loader);
  }
  return loader;
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
  { catalog = false }: LoadOptions = {},
): Promise<T> {
  const shared = catalog && !ctx.isUser;
  // A joined load is not this request's call: track it, so its catalog loads still wait for the page.
  const run = shared ? () => ctx.track(shareInFlight(ctx.token, key, fetch)) : fetch;
  return loaderOf(ctx).load({ key, fetch: run }) as Promise<T>;
}

/** Something changed in this request (a mutation): reads after it must fetch again. */
export function forgetLoads(ctx: GraphQLContext): void {
  perRequest.get(ctx)?.clearAll();
}

/**
 * A connection's page fetcher whose pages are loaded once per request, keyed by `route`, `params` and
 * the page's offset and limit: the same page under many parents (an artist's albums under each of their
 * tracks) is one call.
 */
export function keyedPages<P>(
  ctx: GraphQLContext,
  route: string,
  params: Readonly<Record<string, unknown>>,
  fetch: (offset: number, limit: number) => Promise<P>,
  options: LoadOptions = {},
): (offset: number, limit: number) => Promise<P> {
  return (offset, limit) =>
    loadOnce(ctx, loadKey(route, { ...params, offset, limit }), () => fetch(offset, limit), options);
}
