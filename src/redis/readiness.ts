import type { Redis } from 'ioredis';
import { pingRedis, redisReady, redisTimeoutMs } from './connection.js';

/**
 * Why `/ready` should answer 503 because of Redis, or undefined when Redis answers: the connection must
 * be up and a PING answered within the command timeout (REDIS_COMMAND_TIMEOUT_MS). A connection that is
 * up while Redis answers nothing (a stopped process, a black-holed network) is caught by the PING. While
 * the watchdog already knows Redis is silent, the answer comes at once, without another PING.
 */
export async function redisUnreadiness(redis: Redis): Promise<string | undefined> {
  if (!redisReady(redis)) return 'Redis is unavailable';
  const timeoutMs = redisTimeoutMs(redis);
  if (await pingRedis(redis, timeoutMs)) return undefined;
  return `Redis did not answer PING within ${timeoutMs} ms`;
}
