import type { Redis } from 'ioredis';
import type { CatalogCache, MemoryCatalogCache } from '../resolvers/catalog-cache.js';
import { noteRedisFailure, redisReady } from './connection.js';

export interface RedisCatalogCacheOptions {
  /** Seconds an entry stays in Redis (PX), as in memory (default 300). */
  ttlSeconds?: number;
  /** Key prefix (default `sg:`): entries are `<prefix>catalog:<type>:<id>:<market>`. */
  prefix?: string;
}

/**
 * The catalog cache in two levels: each instance's byte-bounded in-memory LRU first, then Redis, shared
 * by every instance, so an object one instance fetched spares Spotify's limit (per app) for all. Reads
 * of the memory level stay synchronous; the loaders ask Redis (`getShared`, one MGET) only for what
 * memory misses, and copy what they find into memory. Writes go to both (Redis: SET PX, not awaited).
 * While Redis is down or hung (see redisReady) both operations skip it: the instance serves from memory
 * and Spotify; a read that times out (REDIS_COMMAND_TIMEOUT_MS) counts as a miss.
 */
export class RedisCatalogCache implements CatalogCache {
  private readonly ttlMs: number;
  private readonly prefix: string;

  constructor(
    /** The first level. */
    readonly memory: MemoryCatalogCache,
    private readonly redis: Redis,
    options: RedisCatalogCacheOptions = {},
  ) {
    this.ttlMs = Math.max(1, Math.round((options.ttlSeconds ?? 300) * 1000));
    this.prefix = `${options.prefix ?? 'sg:'}catalog:`;
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

  /**
   * The entries of `keys` in Redis (undefined where absent, unreadable, or Redis is down), each found
   * one copied into memory. Never throws.
   */
  async getShared(keys: readonly string[]): Promise<unknown[]> {
    const found = new Array<unknown>(keys.length);
    if (keys.length === 0 || !redisReady(this.redis)) return found;
    let values: (string | null)[];
    try {
      values = await this.redis.mget(keys.map((key) => this.prefix + key));
    } catch (error) {
      // A timeout (Redis hung) makes the next reads skip Redis until it answers again.
      noteRedisFailure(this.redis, error);
      return found;
    }
    values.forEach((text, i) => {
      if (text === null) return;
      try {
        const value: unknown = JSON.parse(text);
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
