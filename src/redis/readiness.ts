import type { Redis } from 'ioredis';
import { pingRedis, redisAnswering, redisTimeoutMs } from './connection.js';

/**
 * Why `/ready` should answer 503 because of Redis, or undefined when Redis answers: the connection must
 * be up and a PING answered within the command timeout (REDIS_COMMAND_TIMEOUT_MS). A connection that is
 * up while Redis answers nothing (a stopped process, a black-holed network) is caught by the PING. While
 * the watchdog already knows Redis is silent, the answer comes at once, without another PING.
 */
export async function redisUnreadiness(redis: Redis): Promise<string | undefined> {
  if (redis.status !== 'ready') return 'Redis is unavailable';
  const timeoutMs = redisTimeoutMs(redis);
  const silent = `Redis did not answer PING within ${timeoutMs} ms`;
  if (!redisAnswering(redis)) return silent;
  return (await pingRedis(redis, timeoutMs)) ? undefined : silent;
}
