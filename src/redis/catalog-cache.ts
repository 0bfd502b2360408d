import type { Redis } from 'ioredis';
import type { CatalogCache, MemoryCatalogCache } from '../resolvers/catalog-cache.js';
import { isCatalogEntryFor } from './catalog-entry.js';
import { noteRedisFailure, redisReady, redisTimeoutMs } from './connection.js';
import { REDIS_BOUND_MS, RedisCircuit, withinBound } from './redis-circuit.js';

/** The default bound on one entry read from Redis, in bytes (a full album with 50 tracks is ~100 KB). */
export const DEFAULT_MAX_SHARED_ENTRY_BYTES = 1024 * 1024;

/**
 * MGET that leaves out (false) any value longer than ARGV[1] bytes, so an oversized entry never crosses
 * the wire, let alone reaches memory. A key holding another type reads as absent too. An entry without
 * a TTL, or with one above ARGV[2] ms (the cache's TTL: no instance writes a longer one), was not
 * written by an instance: it is deleted and reads as absent. Answers { values, number deleted }.
 */
const BOUNDED_MGET = `local out = {}
local deleted = 0
for i, key in ipairs(KEYS) do
  out[i] = false
  local ok, length = pcall(redis.call, 'STRLEN', key)
  if ok and length > 0 then
    local ttl = redis.call('PTTL', key)
    if ttl == -1 or ttl > tonumber(ARGV[2]) then
      redis.call('DEL', key)
      deleted = deleted + 1
    elseif length <= tonumber(ARGV[1]) then
      out[i] = redis.call('GET', key)
    end
  end
end
return {out, deleted}`;

export interface RedisCatalogCacheOptions {
  /** Seconds an entry stays in Redis (PX), as in memory (default 300). */
  ttlSeconds?: number;
  /** Key prefix (default `sg:`; the server passes its deployment's, src/redis/scope.ts): entries are `<prefix>catalog:<type>:<id>:<market>`. */
  prefix?: string;
  /**
   * Largest entry read from Redis, in bytes (default 1 MiB): a longer one is a miss, neither
   * transferred nor kept in memory.
   */
  maxEntryBytes?: number;
  /**
   * Told once (per cache) that entries without a TTL or with one above the cache's were found and
   * deleted (written by hand: no instance writes them so); the entries' content is never passed. Told
   * too when reads start skipping Redis after one went past its bound (RedisCircuit), and when they ask
   * it again.
   */
  warn?: (message: string) => void;
}

/**
 * The catalog cache in two levels: each instance's byte-bounded in-memory LRU first, then Redis, shared
 * by every instance, so an object one instance fetched spares Spotify's limit (per app) for all. Reads
 * of the memory level stay synchronous; the loaders ask Redis (`getShared`, one bounded MGET) only for what
 * memory misses, and copy what they find into memory. Writes go to both (Redis: SET PX, not awaited).
 * While Redis is down or hung (see redisReady) both operations skip it: the instance serves from memory
 * and Spotify; a read that Redis does not answer within REDIS_BOUND_MS counts as a miss, and reads
 * then skip Redis for a while (RedisCircuit: `warn` tells when, and when they ask it again). An entry read from
 * Redis counts only if it is an object of the type and id asked (isCatalogEntryFor) and at most
 * `maxEntryBytes` long; anything else is a miss, and is not copied into memory.
 */
export class RedisCatalogCache implements CatalogCache {
  private readonly ttlMs: number;
  private readonly prefix: string;
  private readonly maxEntryBytes: number;
  private readonly warn: ((message: string) => void) | undefined;
  private warned = false;
  /** Reads' bound on Redis, ms (REDIS_BOUND_MS, or the connection's command timeout if shorter). */
  private readonly boundMs: number;
  private readonly circuit: RedisCircuit;

  constructor(
    /** The first level. */
    readonly memory: MemoryCatalogCache,
    private readonly redis: Redis,
    options: RedisCatalogCacheOptions = {},
  ) {
    this.ttlMs = Math.max(1, Math.round((options.ttlSeconds ?? 300) * 1000));
    this.prefix = `${options.prefix ?? 'sg:'}catalog:`;
    this.maxEntryBytes = Math.max(1, options.maxEntryBytes ?? DEFAULT_MAX_SHARED_ENTRY_BYTES);
    this.warn = options.warn;
    this.boundMs = Math.min(REDIS_BOUND_MS, redisTimeoutMs(redis));
    this.circuit = new RedisCircuit(options.warn, {
      open: `catalog cache reads skip Redis (memory and Spotify answer): Redis did not answer a read within ${this.boundMs} ms`,
      closed: 'catalog cache reads ask Redis again',
    });
  }

  /** Bytes held by the in-memory first level (Redis's share is Redis's to report). */
  get bytes(): number {
    return this.memory.bytes;
  }

  get(key: string): unknown {
    return this.memory.get(key);
  }

  getStale(key: string): unknown {
    return this.memory.getStale(key);
  }

  /** The memory level's freshness (an entry copied from Redis counts from its copy). */
  freshForMs(key: string): number {
    return this.memory.freshForMs(key);
  }

  set(key: string, value: unknown): void {
    this.memory.set(key, value);
    if (!redisReady(this.redis)) return;
    let text: string | undefined;
    try {
      text = JSON.stringify(value);
    } catch {
      return;
    }
    if (text === undefined) return;
    this.redis
      .set(this.prefix + key, text, 'PX', this.ttlMs)
      .catch((error: unknown) => noteRedisFailure(this.redis, error));
  }

  /** Deletes `key` from memory and from Redis (DEL, not awaited; skipped while Redis is down). */
  delete(key: string): void {
    this.memory.delete(key);
    if (!redisReady(this.redis)) return;
    this.redis.del(this.prefix + key).catch((error: unknown) => noteRedisFailure(this.redis, error));
  }

  /**
   * The entries of `keys` in Redis (undefined where absent, unreadable, or Redis is down), each found
   * one copied into memory. Never throws.
   */
  async getShared(keys: readonly string[]): Promise<unknown[]> {
    const found = new Array<unknown>(keys.length);
    if (keys.length === 0 || !redisReady(this.redis)) return found;
    let answer: unknown;
    try {
      // Within its own bound (REDIS_BOUND_MS): a Redis that has just hung costs a read that much, then
      // reads skip it for a while (RedisCircuit), not the command timeout on every request.
      answer = await withinBound(
        this.circuit,
        this.boundMs,
        () =>
          this.redis.eval(
            BOUNDED_MGET,
            keys.length,
            ...keys.map((key) => this.prefix + key),
            this.maxEntryBytes,
            // A TTL within a second of the cache's: an entry written an instant ago.
            this.ttlMs + 1000,
          ),
        () => undefined,
      );
    } catch (error) {
      // A timeout (Redis hung) makes the next reads skip Redis until it answers again.
      noteRedisFailure(this.redis, error);
      return found;
    }
    if (!Array.isArray(answer)) return found;
    const [values, deleted] = answer as [unknown, unknown];
    if (typeof deleted === 'number' && deleted > 0 && !this.warned) {
      this.warned = true;
      this.warn?.(
        'deleted catalog entries in Redis without a TTL or with one above CATALOG_CACHE_TTL_S (not written by an instance): read as misses',
      );
    }
    if (!Array.isArray(values)) return found;
    values.forEach((text: unknown, i) => {
      if (typeof text !== 'string' || text.length > this.maxEntryBytes) return;
      try {
        const value: unknown = JSON.parse(text);
        if (!isCatalogEntryFor(keys[i] as string, value)) return;
        found[i] = value;
        this.memory.set(keys[i] as string, value);
      } catch {
        // Unreadable: treated as absent (Spotify is asked).
      }
    });
    return found;
  }

  /** Clears the memory level (the shared level is other instances' too; its entries expire). */
  clear(): void {
    this.memory.clear();
  }
}
