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
 *   An answer that read a stale or shared-level (Redis) entry, whose age is unknown, is not kept, nor
 *   one that called Spotify outside a shared catalog load (a playlist, its items: whatever the catalog
 *   cache does not keep is read anew by every request, and so shows an owner's change at once).
 * - Keyed by document, operation name and the variables the operation declares, sorted by name (input
 *   objects' fields too): unused variables or another order make no new entry.
 * - In an LRU bounded in bytes (RESPONSE_CACHE_BYTES, each entry counted as twice its JSON's length,
 *   for the answer and the body text its hits are written from, plus its key; the answers are held as
 *   objects, about 3x their JSON in heap); 0 turns the cache off.
 *
 * A document's first request is neither looked up nor kept (only the document text is remembered, in a
 * byte-bounded LRU): a stream of distinct documents, an abuser's or a client's, pays nothing for the
 * cache (the plugin's bookkeeping on a kept answer walks the document and the result). The document's
 * second request is executed and kept, later ones are answered from it.
 *
 * A hit makes no Spotify call: its request log line and metrics say so (`spotifyCalls: 0`), and the
 * per-client rate limit counts it as any request (it admits in `onRequest`, before the cache).
 */
import { hash } from 'node:crypto';
import { type Cache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { type DocumentNode, type ExecutionResult, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { Counter, Gauge } from 'prom-client';
import type { CatalogCache } from '../resolvers/catalog-cache.js';
import type { SpotifyCallLog } from '../resolvers/spotify-call-log.js';
import type { ServerMetrics } from './metrics.js';
import { variablesKey } from './variables-key.js';

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

/** A kept answer and, once it was first answered from the store, its hit form (see hitOf). */
interface KeptEntry {
  result: ExecutionResult;
  hit?: ExecutionResult;
}

/**
 * The plugin's store: an LRU bounded in bytes, each answer expiring after the TTL it was set with (ms).
 * Each entry is counted as twice its JSON's length plus its key: the answer, and the body text its
 * hits are written from (made at the first hit, kept in the entry: see hit), which is at most that
 * long. Nothing about a kept answer lives outside the entry, so the bound is the bound.
 * `invalidate` empties it: only a mutation asks, and no mutation of an anonymous caller succeeds.
 */
export class ResponseStore implements Cache {
  private readonly lru: LRUCache<string, KeptEntry>;

  /** @param maxBytes the bound, in bytes (at least 1). */
  constructor(maxBytes: number) {
    this.lru = new LRUCache<string, KeptEntry>({
      maxSize: Math.max(1, maxBytes),
      maxEntrySize: Math.max(1, maxBytes),
      sizeCalculation: (entry, key) => 2 * jsonLength(entry.result) + key.length + ENTRY_OVERHEAD_BYTES,
      // Every entry is set with its own TTL; an expired one is never answered.
      ttl: 1,
      allowStale: false,
      ttlAutopurge: false,
    });
  }

  get(key: string): ExecutionResult | undefined {
    return this.lru.get(key)?.result;
  }

  /**
   * The answer kept under `key` as a hit is answered (hitOf: with the `stringify` that writes its body
   * once), made at its first hit and kept in the entry; undefined when none is kept.
   */
  hit(key: string): ExecutionResult | undefined {
    const entry = this.lru.get(key);
    if (entry === undefined) return undefined;
    entry.hit ??= hitOf(entry.result);
    return entry.hit;
  }

  set(key: string, value: ExecutionResult, _entities: unknown, ttlMs: number): void {
    if (!(ttlMs > 0) || !Number.isFinite(ttlMs)) return;
    this.lru.set(key, { result: value }, { ttl: Math.ceil(ttlMs) });
  }

  invalidate(): void {
    this.lru.clear();
  }

  /** Whether an answer is kept under `key` and not expired (without touching its place in the LRU). */
  has(key: string): boolean {
    return this.lru.has(key);
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
 * a rate-limit pause, an entry from the shared level, a cache that cannot tell) makes it 0, and so does
 * any Spotify call that is not part of a shared catalog load (`uncachedCall`): its answer (a playlist,
 * its items, anything the catalog cache does not keep) is read from Spotify anew by every request, so
 * an answer holding it is not kept either. A shared catalog load's answer goes into the catalog cache,
 * fresh for its whole TTL, which bounds every kept answer already.
 */
export class CatalogFreshness {
  remainingMs = Number.POSITIVE_INFINITY;

  /** A Spotify call outside the catalog cache: the answer may not be kept. */
  uncachedCall(): void {
    this.note(0);
  }

  /** `calls`, also telling this freshness of each call that is not a shared catalog load's. */
  trackCalls(calls: SpotifyCallLog): SpotifyCallLog {
    return {
      spotifyCallStarted: (route, shared) => {
        if (!shared) this.uncachedCall();
        calls.spotifyCallStarted?.(route, shared);
      },
      spotifyCallNotSent: (route, reason) => calls.spotifyCallNotSent?.(route, reason),
      spotifyCall: (route, outcome) => calls.spotifyCall(route, outcome),
    };
  }

  /** `cache` for one request, noting the freshness of each entry it answers. */
  track(cache: CatalogCache): CatalogCache {
    const tracked: CatalogCache = {
      get: (key) => {
        const value = cache.get(key);
        if (value !== undefined) this.note(cache.freshForMs?.(key) ?? 0);
        return value;
      },
      set: (key, value) => cache.set(key, value),
      delete: (key) => cache.delete(key),
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
  /**
   * Document texts seen (a quarter of the cache's bytes, each counted twice its length): `true` once
   * seen, then the variables each of its operations declares, read from the document yoga parsed when
   * an anonymous request of it is executed (onExecute): the text is never parsed a second time here.
   */
  private readonly seen: LRUCache<string, true | DeclaredVariables>;
  /** response_cache_lookups_total, when the server counts metrics. */
  private readonly lookups: Counter<'result'> | undefined;

  /**
   * @param config RESPONSE_CACHE_BYTES and RESPONSE_CACHE_TTL_S
   * @param catalogTtlSeconds the catalog cache's TTL: no answer is kept longer
   * @param anonymous tells a request without credentials (anonymousRequest)
   * @param metrics where its lookups and bytes are counted (`/metrics`), if anywhere
   */
  constructor(
    config: ResponseCacheConfig,
    catalogTtlSeconds: number,
    private readonly anonymous: (request: Request) => boolean,
    metrics?: ServerMetrics,
    readonly store = new ResponseStore(config.maxBytes),
  ) {
    const seenBytes = Math.max(1, Math.floor(config.maxBytes / 4));
    this.seen = new LRUCache<string, true | DeclaredVariables>({
      maxSize: seenBytes,
      maxEntrySize: seenBytes,
      sizeCalculation: (value, key) => (key.length + namesLength(value)) * 2 + ENTRY_OVERHEAD_BYTES,
    });
    if (metrics) this.lookups = countResponseCache(this.store, metrics);
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

  /**
   * The Spotify call log as `request`'s context should tell it (after `catalogFor`): for a request
   * whose answer may be kept, one that also notes each call outside the catalog cache; else `calls`.
   */
  callLogFor(request: Request, calls: SpotifyCallLog): SpotifyCallLog {
    return this.freshness.get(request)?.trackCalls(calls) ?? calls;
  }

  /**
   * The key of a request that may be kept (its document seen and executed before, its declared
   * variables remembered beside the text). A document never executed (it did not parse or validate, or
   * its first request is still running), an operation not found or variables that cannot be written:
   * '' and the request is not kept.
   */
  private keyFor(
    request: Request,
    document: string,
    variables: unknown,
    operationName: string | null | undefined,
  ): string {
    const declared = this.seen.get(document);
    const canonical =
      declared === undefined || declared === true
        ? undefined
        : canonicalVariables(declared, operationName, variables);
    if (canonical === undefined) {
      this.cacheable.delete(request);
      return '';
    }
    const key = keyOf(document, canonical, operationName);
    // The plugin looks the key up next (and on a miss once more before executing): counted once here.
    this.lookups?.inc({ result: this.store.has(key) ? 'hit' : 'miss' });
    return key;
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
      // The declared variables of a seen text, from the document yoga parsed (once per text).
      onExecute: ({ args }) => {
        const text = (args.contextValue as { params?: { query?: unknown } }).params?.query;
        if (typeof text === 'string' && this.seen.peek(text) === true)
          this.seen.set(text, declaredVariables(args.document));
      },
    };
    return [
      mark,
      useResponseCache({
        // Hits are answered in their hit form (ResponseStore.hit): their body written once.
        cache: {
          get: (key) => this.store.hit(key),
          set: (key, value, entities, ttlMs) => this.store.set(key, value, entities, ttlMs),
          invalidate: () => this.store.invalidate(),
        },
        session: () => null,
        enabled: (request) => this.cacheable.has(request),
        // A digest (it is also the ETag), computed only where the cache is asked.
        buildResponseCacheKey: ({ request, documentString, variableValues, operationName }) =>
          this.cacheable.has(request)
            ? this.keyFor(request, documentString, variableValues, operationName)
            : '',
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

/** A result as yoga writes its body: with `result.stringify` when it has one (graphql-jit's). */
type KeptResult = ExecutionResult & { stringify?: (result: ExecutionResult) => string };

/**
 * A kept answer as the plugin is handed it on a hit (it answers a shallow copy): the answer with the
 * `stringify` yoga writes its body with (keptText). Made once per kept answer and kept in its store
 * entry (ResponseStore.hit), inside the store's byte count. On the copy the plugin makes (it adds a
 * symbol key), adding the property per hit would cost more than writing the JSON.
 */
function hitOf(kept: ExecutionResult): ExecutionResult {
  const own = (kept as KeptResult).stringify;
  const keys = Object.keys(kept).length + (Object.hasOwn(kept, 'stringify') ? 0 : 1);
  return { ...kept, stringify: keptText(kept.data, keys, own ?? JSON.stringify) } as ExecutionResult;
}

/**
 * The `stringify` of a kept answer's hits (`keys`: the hit's own keys, this one's included): yoga
 * writes a result's body with `result.stringify` (graphql-jit's, else JSON.stringify), handing it the
 * result as sent (`extensions.http` dropped). While that is the kept answer unchanged (its `data`, no
 * `errors`, no `extensions` left, no key added) the body is the text written at the first hit; an
 * answer a plugin changed is written anew.
 */
function keptText(data: unknown, keys: number, write: (result: ExecutionResult) => string) {
  let text: string | undefined;
  return (result: ExecutionResult): string => {
    const changed =
      result.data !== data ||
      result.errors !== undefined ||
      result.extensions !== undefined ||
      Object.keys(result).length !== keys;
    if (changed) return write(result);
    text ??= write(result);
    return text;
  };
}

/** The variables each operation of a document declares, by operation name ('' for an unnamed one). */
type DeclaredVariables = ReadonlyMap<string, readonly string[]>;

function namesLength(value: true | DeclaredVariables): number {
  if (value === true) return 0;
  let length = 0;
  for (const [operation, names] of value) length += operation.length + names.join().length + 16;
  return length;
}

/** The variables `document`'s operations declare. */
function declaredVariables(document: DocumentNode): DeclaredVariables {
  const declared = new Map<string, readonly string[]>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION)
      declared.set(
        definition.name?.value ?? '',
        (definition.variableDefinitions ?? []).map((v) => v.variable.name.value),
      );
  return declared;
}

/**
 * The variables of a request as its key holds them (variablesKey): only those its operation declares.
 * Undefined when the operation is not found or the values cannot be written (the request is then not
 * kept).
 */
function canonicalVariables(
  declared: DeclaredVariables,
  operationName: string | null | undefined,
  variables: unknown,
): string | undefined {
  const names =
    operationName || declared.size !== 1 ? declared.get(operationName ?? '') : [...declared.values()][0];
  return names === undefined ? undefined : variablesKey(names, variables);
}

/**
 * The cache key of a request: SHA-256 of its document, canonical variables and operation name joined by
 * NUL, in hex. One-shot `hash` (no Hash object, one call into the binding): a third of createHash's CPU.
 */
function keyOf(document: string, variables: string, operationName: string | null | undefined): string {
  return hash('sha256', `${document}\0${variables}\0${operationName ?? ''}`, 'hex');
}

/**
 * The response cache's metrics on `/metrics`: response_cache_lookups_total by result (hit, miss),
 * response_cache_bytes (as counted for RESPONSE_CACHE_BYTES) and response_cache_entries.
 */
function countResponseCache(store: ResponseStore, metrics: ServerMetrics): Counter<'result'> {
  const lookups = new Counter({
    name: 'response_cache_lookups_total',
    help: 'Anonymous response cache lookups by result (hit, miss)',
    labelNames: ['result'],
    registers: [],
  });
  metrics.register(lookups);
  metrics.register(
    new Gauge({
      name: 'response_cache_bytes',
      help: 'Bytes the anonymous response cache holds, as counted for RESPONSE_CACHE_BYTES',
      registers: [],
      collect() {
        this.set(store.bytes);
      },
    }),
  );
  metrics.register(
    new Gauge({
      name: 'response_cache_entries',
      help: 'Answers the anonymous response cache holds',
      registers: [],
      collect() {
        this.set(store.size);
      },
    }),
  );
  return lookups;
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
