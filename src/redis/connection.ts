import { Redis } from 'ioredis';

/** Redis did not answer (down, restarting, unreachable): the operation was not done. */
export class RedisUnavailable extends Error {
  constructor(message = 'Redis is unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RedisUnavailable';
  }
}

/** A Redis URL without its credentials, for logs and errors: `redis://host:port/db`. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'redis://(unparsable URL)';
  }
}

export interface RedisConnectOptions {
  /** ms to wait for the first connection (default 5000). */
  connectTimeoutMs?: number;
}

/**
 * One ioredis connection for the instance (store, catalog cache, rate-limit pause share it), connected
 * before it is answered. Commands issued while Redis is down fail at once rather than queue (no offline
 * queue), so callers can serve from memory or answer a clear error; ioredis reconnects by itself
 * (backoff up to 2 s), so recovery needs no restart. Throws RedisUnavailable when the first connection
 * fails (the message names the host, never a password).
 */
export async function connectRedis(url: string, options: RedisConnectOptions = {}): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  });
  // Connection errors are reported through command failures and isReady(); an unhandled 'error'
  // event would otherwise be printed by ioredis on every reconnect attempt.
  redis.on('error', () => {});
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new RedisUnavailable(`Redis at ${describeRedisUrl(url)} did not answer`, { cause: error });
  }
  return redis;
}

/** Whether the connection is up and ready for commands. */
export const redisReady = (redis: Redis): boolean => redis.status === 'ready';
