import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { redisReady } from './connection.js';

/** How often, in ms, the availability of Redis is looked at besides its connection events. */
const CHECK_MS = 250;

/**
 * Logs the availability of Redis as it changes: one warning when it stops answering (the connection
 * lost, or connected but silent as the watchdog of connectRedis says) and one line at info when it
 * answers again, not one per failed command. Answers a function that stops watching. The lines name
 * the host and port only (never a password).
 */
export function logRedisAvailability(redis: Redis, logger: Pick<Logger, 'warn' | 'info'>): () => void {
  const redisAddress = `${redis.options.host ?? '127.0.0.1'}:${redis.options.port ?? 6379}`;
  let answering = redisReady(redis);
  const check = (): void => {
    const now = redisReady(redis);
    if (now === answering) return;
    answering = now;
    if (now) logger.info({ redis: redisAddress }, 'Redis answers again');
    else
      logger.warn(
        { redis: redisAddress },
        'Redis stopped answering: /ready answers 503 and requests with a session SESSION_STORE_UNAVAILABLE until it is back',
      );
  };
  redis.on('ready', check);
  redis.on('close', check);
  const timer = setInterval(check, CHECK_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    redis.off('ready', check);
    redis.off('close', check);
  };
}
