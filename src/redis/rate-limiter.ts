import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { redisReady } from './connection.js';

/**
 * `redis` as rate-limiter-flexible sees it: its `status` reads `ready` only while the connection is ready
 * and answering (redisReady), so while Redis hangs (connected, silent) the limiter goes to its insurance
 * limiter at once instead of waiting for each command's timeout. Everything else is the connection's.
 */
function withWatchdogStatus(redis: Redis): Redis {
  return new Proxy(redis, {
    get(target, property) {
      if (property === 'status') return redisReady(target) ? target.status : 'reconnecting';
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'constructor' || typeof value !== 'function') return value;
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
}

export interface SharedRateLimiterOptions {
  /** Points (requests) per window. */
  points: number;
  /** The window, in seconds. */
  durationSeconds: number;
  /** What this limiter counts, in its Redis keys: `<prefix>rate-limit:<name>:<client key>`. */
  name: string;
  /** Key prefix (default `sg:`; the server passes its deployment's, src/redis/scope.ts). */
  prefix?: string;
}

/**
 * A fixed-window limiter (rate-limiter-flexible) that counts across every instance when `redis` is
 * given: the counters live in Redis (one atomic INCR with its expiry per request). While Redis does not
 * answer, each instance falls back to its own in-memory counters (the library's insurance limiter),
 * so the limit still holds per instance (at most N times the limit over N instances) rather than
 * failing every request or letting everything through (a hung Redis counts as down: its commands
 * time out, and the connection's watchdog then sends every request to memory at once); once Redis answers again the shared counts
 * take over. Without `redis`, the in-memory limiter alone.
 */
export function sharedRateLimiter(options: SharedRateLimiterOptions, redis?: Redis): RateLimiterAbstract {
  const window = { points: options.points, duration: options.durationSeconds };
  const memory = new RateLimiterMemory(window);
  if (!redis) return memory;
  return new RateLimiterRedis({
    ...window,
    storeClient: withWatchdogStatus(redis),
    keyPrefix: `${options.prefix ?? 'sg:'}rate-limit:${options.name}`,
    // Not ready (reconnecting, or hung: see withWatchdogStatus): the insurance limiter answers at once
    // instead of waiting for Redis.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}
