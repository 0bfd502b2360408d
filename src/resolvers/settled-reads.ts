/**
 * Settled catalog reads shared across requests (issue 11): a list page (an artist's albums, an album's
 * tracks, a show's episodes, a search page, a category's playlists ...) or another read that is not an
 * object by id (top tracks, a profile, a category) answers every request of the app token alike, so once
 * it has settled it is kept in the catalog cache beside the objects: the same TTL, the same byte bound.
 * A later request (or one that queued behind RATE_LIMIT_CONCURRENT while the first ran) reads it there
 * instead of calling Spotify again, and a page that a kept larger page of the same list covers is cut
 * from it. Only the app token's reads are kept or read (a user's answers are the user's own: the
 * context gives a user's request no shared cache). The cache's shared level (Redis) receives what is
 * kept, but pages are read from the memory level only.
 */
import type { CatalogCache } from './catalog-cache.js';
import { covers, type PageWindow } from './page-cuts.js';

/** The cache key of a kept read: the load's key (route and arguments, see loadKey), market included. */
const readKey = (key: string): string => `read:${key}`;

/** The cache key of the windows of one list kept in the cache (to find a larger page that covers one). */
const windowsKey = (list: string): string => `pages:${list}`;

/** Most windows remembered per list: an index of a few entries, not a second bound. */
const MAX_WINDOWS = 8;

/** Whether a settled answer may be kept: an object (a page, a profile ...), not an error or a bare value. */
const keepable = (value: unknown): boolean => typeof value === 'object' && value !== null;

/** A read of `key` kept by an earlier request, if fresh. */
export function keptRead(cache: CatalogCache, key: string): unknown {
  return cache.get(readKey(key));
}

/** Keeps the settled answer `value` of the read `key` for later requests (errors and non-objects are not kept). */
export function keepRead(cache: CatalogCache, key: string, value: unknown): void {
  if (keepable(value)) cache.set(readKey(key), value);
}

/** One list's pages: its key without offset and limit, and each page's own key. */
export interface KeptList {
  list: string;
  pageKey: (offset: number, limit: number, parts?: readonly string[]) => string;
}

/**
 * The page of `where.list` from `offset`, `limit` items, from the cache: the page itself, else its part
 * of a kept page of the same list that covers it (`cut(page, asked)`, `asked` that page's window; undefined when its
 * answer turned out not to hold it, see cutAskedPage). Undefined when nothing kept answers it.
 */
export function keptPage<P>(
  cache: CatalogCache,
  where: KeptList,
  window: PageWindow,
  cut: (page: P, asked: PageWindow) => P | undefined,
): P | undefined {
  const exact = cache.get(readKey(where.pageKey(window.offset, window.limit, window.parts)));
  if (exact !== undefined) return exact as P;
  const windows = cache.get(windowsKey(where.list));
  if (!Array.isArray(windows)) return undefined;
  for (const kept of windows as PageWindow[]) {
    if (!covers(kept, window.offset, window.limit, window.parts)) continue;
    const page = cache.get(readKey(where.pageKey(kept.offset, kept.limit, kept.parts)));
    const part = page === undefined ? undefined : cut(page as P, kept);
    if (part !== undefined) return part;
  }
  return undefined;
}

/** Keeps the settled page `page` of `where.list` (from `window`) for later requests, and its window in the list's index. */
export function keepPage(cache: CatalogCache, where: KeptList, window: PageWindow, page: unknown): void {
  if (!keepable(page)) return;
  cache.set(readKey(where.pageKey(window.offset, window.limit, window.parts)), page);
  const known = cache.get(windowsKey(where.list));
  const same = (kept: PageWindow) =>
    kept.offset === window.offset &&
    kept.limit === window.limit &&
    String(kept.parts ?? '') === String(window.parts ?? '');
  const windows = (Array.isArray(known) ? (known as PageWindow[]) : []).filter((kept) => !same(kept));
  windows.unshift({
    offset: window.offset,
    limit: window.limit,
    ...(window.parts === undefined ? {} : { parts: window.parts }),
  });
  cache.set(windowsKey(where.list), windows.slice(0, MAX_WINDOWS));
}
