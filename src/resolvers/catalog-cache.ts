/**
 * Catalog objects are the same for every caller in a market, so they are shared across requests for a
 * while. This is the cache behind the per-request DataLoaders: a TTL map with a size bound that evicts
 * the oldest entries first (Map iteration order is insertion order).
 */
export interface CatalogCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  clear(): void;
}

export interface MemoryCacheOptions {
  /** Seconds an entry lives (default 300). */
  ttlSeconds?: number;
  /** Most entries kept (default 50 000). */
  maxEntries?: number;
  now?: () => number;
}

export class MemoryCatalogCache implements CatalogCache {
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: MemoryCacheOptions = {}) {
    this.ttlMs = (options.ttlSeconds ?? 300) * 1000;
    this.maxEntries = options.maxEntries ?? 50_000;
    this.now = options.now ?? Date.now;
  }

  get(key: string): unknown {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Caching nothing: for tests that count every upstream call. */
export const noCatalogCache: CatalogCache = { get: () => undefined, set: () => {}, clear: () => {} };

export const catalogKey = (type: string, id: string, market: string | undefined): string =>
  `${type}:${id}:${market ?? ''}`;
