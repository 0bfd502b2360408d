import { LRUCache } from 'lru-cache';

/**
 * Catalog objects are the same for every caller in a market, so they are shared across requests for a
 * while. This is the cache behind the per-request DataLoaders.
 */
export interface CatalogCache {
  /** A fresh entry, or undefined. */
  get(key: string): unknown;
  /**
   * An entry whose time is up but that is still held (undefined if none): served while Spotify's rate
   * limit pauses every call, rather than an error.
   */
  getStale?(key: string): unknown;
  /**
   * Milliseconds the entry under `key` stays fresh (0 when absent or stale): the response cache keeps
   * no answer longer than the entries it was made from (src/server/response-cache.ts).
   */
  freshForMs?(key: string): number;
  set(key: string, value: unknown): void;
  /** Removes the entry under `key`, fresh or stale (from every level: Redis too). */
  delete(key: string): void;
  clear(): void;
  /**
   * A second, shared level (Redis, several instances) asked for the keys the first level missed before
   * Spotify is: undefined where absent. Never throws.
   */
  getShared?(keys: readonly string[]): Promise<unknown[]>;
  /** Bytes this instance holds in memory, as counted for its bound (for `catalog_cache_bytes`); absent if none. */
  readonly bytes?: number;
}

export interface MemoryCacheOptions {
  /** Seconds an entry stays fresh (default 300). */
  ttlSeconds?: number;
  /** Bytes the entries may take, counted as the length of their JSON (default 64 MiB). */
  maxBytes?: number;
  now?: () => number;
}

/** A value's size in bytes for the bound: its JSON's length (UTF-16 code units, close enough for ASCII). */
function jsonSize(value: unknown): number {
  try {
    return Math.max(1, JSON.stringify(value)?.length ?? 1);
  } catch {
    return 1024;
  }
}

/**
 * The in-memory catalog cache: an LRU bounded in bytes (lru-cache's `maxSize`), entries fresh for
 * `ttlSeconds`. An entry past its time is not deleted when read, so it stays available to `getStale`
 * until the byte bound pushes it out.
 */
export class MemoryCatalogCache implements CatalogCache {
  private readonly lru: LRUCache<string, { value: unknown }>;

  constructor(options: MemoryCacheOptions = {}) {
    const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    const now = options.now;
    this.lru = new LRUCache<string, { value: unknown }>({
      maxSize: maxBytes,
      maxEntrySize: maxBytes,
      sizeCalculation: (entry, key) => jsonSize(entry.value) + key.length,
      ttl: (options.ttlSeconds ?? 300) * 1000,
      // Stale entries are kept for getStale; the byte bound still evicts them.
      noDeleteOnStaleGet: true,
      ttlAutopurge: false,
      ...(now ? { perf: { now } } : {}),
    });
  }

  get(key: string): unknown {
    return this.lru.get(key)?.value;
  }

  getStale(key: string): unknown {
    return this.lru.get(key, { allowStale: true })?.value;
  }

  freshForMs(key: string): number {
    return Math.max(0, this.lru.getRemainingTTL(key));
  }

  set(key: string, value: unknown): void {
    this.lru.set(key, { value });
  }

  delete(key: string): void {
    this.lru.delete(key);
  }

  clear(): void {
    this.lru.clear();
  }

  /** Entries held (fresh or stale). */
  get size(): number {
    return this.lru.size;
  }

  /** Bytes held, as counted for the bound. */
  get bytes(): number {
    return this.lru.calculatedSize;
  }
}

/** Caching nothing: for tests that count every upstream call. */
export const noCatalogCache: CatalogCache = {
  get: () => undefined,
  set: () => {},
  delete: () => {},
  clear: () => {},
};

/**
 * One request's view of the shared catalog cache that notes the key of every entry the request asks
 * for or keeps, hit or miss (a miss may be answered by a load of another request that keeps its answer
 * under that key). When the request's answer shows that Spotify sent a value that does not fit the
 * schema (a `badValue` error), `forget()` deletes all of them, in every level: the next request asks
 * Spotify again instead of being served the same bad value until the entry's time is up. Coarse on
 * purpose (an error's path does not tell which entry held the value): the cost is a few calls more
 * after an answer Spotify got wrong. Everything else passes through to `shared`.
 */
export class NotedCatalogReads implements CatalogCache {
  private readonly keys = new Set<string>();

  constructor(private readonly shared: CatalogCache) {
    if (shared.getStale) this.getStale = (key) => this.noted(key, shared.getStale?.(key));
    if (shared.freshForMs) this.freshForMs = (key) => shared.freshForMs?.(key) ?? 0;
    if (shared.getShared)
      this.getShared = (keys) => {
        for (const key of keys) this.keys.add(key);
        return shared.getShared?.(keys) ?? Promise.resolve([]);
      };
  }

  getStale?: (key: string) => unknown;
  freshForMs?: (key: string) => number;
  getShared?: (keys: readonly string[]) => Promise<unknown[]>;

  get(key: string): unknown {
    return this.noted(key, this.shared.get(key));
  }

  set(key: string, value: unknown): void {
    this.keys.add(key);
    this.shared.set(key, value);
  }

  delete(key: string): void {
    this.shared.delete(key);
  }

  clear(): void {
    this.shared.clear();
  }

  /** Deletes every entry this request asked for or kept (see the class's comment); its notes start over. */
  forget(): void {
    for (const key of this.keys) this.shared.delete(key);
    this.keys.clear();
  }

  private noted(key: string, value: unknown): unknown {
    this.keys.add(key);
    return value;
  }
}

export const catalogKey = (type: string, id: string, market: string | undefined): string =>
  `${type}:${id}:${market ?? ''}`;
