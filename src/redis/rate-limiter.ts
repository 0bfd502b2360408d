import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

export interface SharedRateLimiterOptions {
  /** Points (requests) per window. */
  points: number;
  /** The window, in seconds. */
  durationSeconds: number;
  /** What this limiter counts, in its Redis keys: `<prefix>rate-limit:<name>:<client key>`. */
  name: string;
  /** Key prefix (default `sg:`). */
  prefix?: string;
}

/**
 * A fixed-window limiter (rate-limiter-flexible) that counts across every instance when `redis` is
 * given: the counters live in Redis (one atomic INCR with its expiry per request). While Redis does not
 * answer, each instance falls back to its own in-memory counters (the library's insurance limiter),
 * so the limit still holds per instance (at most N times the limit over N instances) rather than
 * failing every request or letting everything through; once Redis answers again the shared counts
 * take over. Without `redis`, the in-memory limiter alone.
 */
export function sharedRateLimiter(options: SharedRateLimiterOptions, redis?: Redis): RateLimiterAbstract {
  const window = { points: options.points, duration: options.durationSeconds };
  const memory = new RateLimiterMemory(window);
  if (!redis) return memory;
  return new RateLimiterRedis({
    ...window,
    storeClient: redis,
    keyPrefix: `${options.prefix ?? 'sg:'}rate-limit:${options.name}`,
    // Not ready (reconnecting): the insurance limiter answers at once instead of waiting for Redis.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}
