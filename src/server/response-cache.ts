/**
 * Whole answers to anonymous queries, kept for a while: graphql-yoga's response cache
 * (@graphql-yoga/plugin-response-cache), restricted to what every caller may see alike. A repeated
 * catalog query is then answered before parsing, validation, the context, the cost estimate and
 * execution (its `onParams` hook), so it costs little more than the HTTP exchange.
 *
 * What is kept, and for how long:
 * - Only requests without credentials: no `Authorization` header, no session cookie, no SSE token, over
 *   HTTP (graphql-ws operations and SSE streams never). Such a request reads only app-token catalog
 *   data; user data needs credentials, so no answer about a user is ever kept, let alone served to
 *   another caller. Mutations are never kept (the plugin's own rule).
 * - Only answers without errors (the plugin's default rule): a refusal, a deadline, a Spotify failure
 *   or a partial answer is made again next time.
 * - For RESPONSE_CACHE_TTL_S at most, and never past the freshness of the catalog entries the answer
 *   was made from (CatalogFreshness): an answer holds no data older than the catalog cache's TTL allows.
 *   An answer that read a stale or shared-level (Redis) entry, whose age is unknown, is not kept.
 * - In an LRU bounded in bytes (RESPONSE_CACHE_BYTES, each entry counted as its JSON's length plus its
 *   key); 0 turns the cache off.
 *
 * A document's first request is neither looked up nor kept (only the document text is remembered, in a
 * byte-bounded LRU): a stream of distinct documents, an abuser's or a client's, pays nothing for the
 * cache (the plugin's bookkeeping on a kept answer walks the document and the result). The document's
 * second request is executed and kept, later ones are answered from it.
 *
 * A hit makes no Spotify call: its request log line and metrics say so (`spotifyCalls: 0`), and the
 * per-client rate limit counts it as any request (it admits in `onRequest`, before the cache).
 */
import { createHash } from 'node:crypto';
import { type Cache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { CatalogCache } from '../resolvers/catalog-cache.js';

/** RESPONSE_CACHE_BYTES and RESPONSE_CACHE_TTL_S, as the server reads them. */
export interface ResponseCacheConfig {
  /** Bytes the kept answers may take (their JSON's length plus their keys); 0: no response cache. */
  maxBytes: number;
  /** Seconds an answer is kept at most (never more than the catalog cache's TTL). */
  ttlSeconds: number;
}

/** The default: 16 MiB of answers, each kept at most 60 s. */
export const DEFAULT_RESPONSE_CACHE: ResponseCacheConfig = { maxBytes: 16 * 1024 * 1024, ttlSeconds: 60 };

/** Bytes an entry holds beyond its JSON and key: the LRU's bookkeeping and the object itself. */
const ENTRY_OVERHEAD_BYTES = 200;

/**
 * The plugin's store: an LRU bounded in bytes, each answer expiring after the TTL it was set with (ms).
 * `invalidate` empties it: only a mutation asks, and no mutation of an anonymous caller succeeds.
 */
export class ResponseStore implements Cache {
  private readonly lru: LRUCache<string, ExecutionResult>;

  /** @param maxBytes the bound, in bytes (at least 1). */
  constructor(maxBytes: number) {
    this.lru = new LRUCache<string, ExecutionResult>({
      maxSize: Math.max(1, maxBytes),
      maxEntrySize: Math.max(1, maxBytes),
      sizeCalculation: (value, key) => jsonLength(value) + key.length + ENTRY_OVERHEAD_BYTES,
      // Every entry is set with its own TTL; an expired one is never answered.
      ttl: 1,
      allowStale: false,
      ttlAutopurge: false,
    });
  }

  get(key: string): ExecutionResult | undefined {
    return this.lru.get(key);
  }

  set(key: string, value: ExecutionResult, _entities: unknown, ttlMs: number): void {
    if (!(ttlMs > 0) || !Number.isFinite(ttlMs)) return;
    this.lru.set(key, value, { ttl: Math.ceil(ttlMs) });
  }

  invalidate(): void {
    this.lru.clear();
  }

  /** Answers kept now. */
  get size(): number {
    return this.lru.size;
  }

  /** Bytes kept now, as counted for the bound. */
  get bytes(): number {
    return this.lru.calculatedSize;
  }
}

function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 1;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}

/**
 * How long the catalog entries one request read stay fresh: the least of their remaining TTLs, in ms
 * (Infinity while none was read). A read whose freshness cannot be known (a stale entry served during
 * a rate-limit pause, an entry from the shared level, a cache that cannot tell) makes it 0.
 */
export class CatalogFreshness {
  remainingMs = Number.POSITIVE_INFINITY;

  /** `cache` for one request, noting the freshness of each entry it answers. */
  track(cache: CatalogCache): CatalogCache {
    const tracked: CatalogCache = {
      get: (key) => {
        const value = cache.get(key);
        if (value !== undefined) this.note(cache.freshForMs?.(key) ?? 0);
        return value;
      },
      set: (key, value) => cache.set(key, value),
      clear: () => cache.clear(),
    };
    if (cache.getStale)
      tracked.getStale = (key) => {
        const value = cache.getStale?.(key);
        if (value !== undefined) this.note(0);
        return value;
      };
    if (cache.getShared)
      tracked.getShared = async (keys) => {
        const values = (await cache.getShared?.(keys)) ?? [];
        if (values.some((value) => value !== undefined)) this.note(0);
        return values;
      };
    return tracked;
  }

  private note(ms: number): void {
    if (ms < this.remainingMs) this.remainingMs = ms;
  }
}

/**
 * The response cache of one server (see the module's comment): its plugins, and for the context
 * factory, which requests may share answers and the catalog view that notes their freshness.
 */
export class ResponseCache {
  /** The yoga plugins: none when the cache is off (`maxBytes` 0). */
  readonly plugins: Plugin[];
  private readonly freshness = new WeakMap<Request, CatalogFreshness>();
  private readonly cacheable = new WeakSet<Request>();
  /** Document texts seen once (a quarter of the cache's bytes, each counted twice its length). */
  private readonly seen: LRUCache<string, true>;

  /**
   * @param config RESPONSE_CACHE_BYTES and RESPONSE_CACHE_TTL_S
   * @param catalogTtlSeconds the catalog cache's TTL: no answer is kept longer
   * @param anonymous tells a request without credentials (anonymousRequest)
   */
  constructor(
    config: ResponseCacheConfig,
    catalogTtlSeconds: number,
    private readonly anonymous: (request: Request) => boolean,
    readonly store = new ResponseStore(config.maxBytes),
  ) {
    const seenBytes = Math.max(1, Math.floor(config.maxBytes / 4));
    this.seen = new LRUCache<string, true>({
      maxSize: seenBytes,
      maxEntrySize: seenBytes,
      sizeCalculation: (_value, key) => key.length * 2 + ENTRY_OVERHEAD_BYTES,
    });
    this.plugins = config.maxBytes > 0 ? this.pluginsFor(Math.min(config.ttlSeconds, catalogTtlSeconds)) : [];
  }

  /**
   * The catalog cache as `request`'s context should read it: for a request whose answer may be kept,
   * a view that notes the freshness of what it reads; else `cache` itself.
   */
  catalogFor(request: Request, cache: CatalogCache): CatalogCache {
    if (!this.cacheable.has(request)) return cache;
    const freshness = new CatalogFreshness();
    this.freshness.set(request, freshness);
    return freshness.track(cache);
  }

  private pluginsFor(ttlSeconds: number): Plugin[] {
    const mark: Plugin = {
      onRequest: ({ request }) => {
        if (this.anonymous(request)) this.cacheable.add(request);
      },
      // Before the cache's own onParams: a document's first request is not cacheable.
      onParams: ({ params, request }) => {
        if (!this.cacheable.has(request)) return;
        const text = params.query;
        if (typeof text !== 'string' || !this.seen.has(text)) {
          this.cacheable.delete(request);
          if (typeof text === 'string') this.seen.set(text, true);
        }
      },
    };
    return [
      mark,
      useResponseCache({
        cache: this.store,
        session: () => null,
        enabled: (request) => this.cacheable.has(request),
        // A digest (it is also the ETag), computed only where the cache is asked.
        buildResponseCacheKey: ({ request, documentString, variableValues, operationName }) =>
          this.cacheable.has(request) ? keyOf(documentString, variableValues, operationName) : '',
        ttl: ttlSeconds * 1000,
        // Never past the freshness of the catalog entries the answer was made from.
        onTtl: ({ ttl, context }) => {
          const request = (context as { request?: Request }).request;
          const freshness = request ? this.freshness.get(request) : undefined;
          return Math.min(ttl, freshness?.remainingMs ?? 0);
        },
      }),
    ];
  }
}

/** The cache key of a request: SHA-256 of its document, variables and operation name, in hex. */
function keyOf(document: string, variables: unknown, operationName: string | null | undefined): string {
  return createHash('sha256')
    .update(document)
    .update('\0')
    .update(JSON.stringify(variables ?? {}))
    .update('\0')
    .update(operationName ?? '')
    .digest('hex');
}

/**
 * True for a request that may share answers: an HTTP GET or POST with no `Authorization` header, no
 * SSE token, not a stream, and no session cookie (`sessionTokenOf` reads one from a Cookie header).
 */
export function anonymousRequest(
  sessionTokenOf: (cookie: string) => string | undefined,
): (request: Request) => boolean {
  return (request) => {
    const { headers } = request;
    if (request.method !== 'GET' && request.method !== 'POST') return false;
    if (headers.get('authorization') !== null) return false;
    if (headers.get('x-graphql-event-stream-token') !== null) return false;
    if ((headers.get('accept') ?? '').includes('text/event-stream')) return false;
    if (headers.get('upgrade') !== null) return false;
    const cookie = headers.get('cookie');
    return cookie === null || sessionTokenOf(cookie) === undefined;
  };
}
