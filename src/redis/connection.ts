import { Redis } from 'ioredis';

/** Redis did not answer (down, restarting, unreachable, hung): the operation was not done. */
export class RedisUnavailable extends Error {
  constructor(message = 'Redis is unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RedisUnavailable';
  }
}

/** The default REDIS_COMMAND_TIMEOUT_MS: how long any one Redis command may take, in ms. */
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 2000;

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
  /**
   * ms any one command may take before it fails with "Command timed out" (REDIS_COMMAND_TIMEOUT_MS,
   * default 2000). Also the bound of the watchdog's PING and of `/ready`'s.
   */
  commandTimeoutMs?: number;
}

/**
 * What the watchdog of a connection made by connectRedis knows: whether Redis answered its last PING.
 * A connection can be `ready` (TCP up) while Redis answers nothing (a stopped or wedged process, a
 * black-holed network): ioredis only learns of that through timeouts, so the watchdog says it.
 */
interface Watchdog {
  /** Redis answered the last PING (or no PING failed since it last answered). */
  answering: boolean;
  /** The bound of one PING, ms. */
  readonly timeoutMs: number;
}

const watchdogs = new WeakMap<Redis, Watchdog>();

/**
 * One ioredis connection for the instance (store, catalog cache, rate-limit pause share it), connected
 * before it is answered. Commands issued while Redis is down fail at once rather than queue (no offline
 * queue), and every command fails after `commandTimeoutMs` when Redis does not answer, so callers can
 * serve from memory or answer a clear error; ioredis reconnects by itself (backoff up to 2 s), so
 * recovery needs no restart. A watchdog PINGs Redis (each PING bounded by the same timeout, one at a
 * time, at most every half timeout): while Redis does not answer, `redisReady` is false, so callers
 * fail fast instead of each waiting for its own timeout, and it turns true again with the first answer
 * (a Redis resumed after SIGSTOP, a network healed). Throws RedisUnavailable when the first connection
 * fails (the message names the host, never a password).
 */
export async function connectRedis(url: string, options: RedisConnectOptions = {}): Promise<Redis> {
  const commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS;
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    commandTimeout: commandTimeoutMs,
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
  watch(redis, commandTimeoutMs);
  return redis;
}

/** Starts the watchdog of `redis` (see connectRedis); it ends with the connection ('end'). */
function watch(redis: Redis, timeoutMs: number): void {
  const watchdog: Watchdog = { answering: true, timeoutMs };
  watchdogs.set(redis, watchdog);
  let inFlight = false;
  const probe = (): void => {
    if (inFlight || redis.status !== 'ready') return;
    inFlight = true;
    pingRedis(redis, timeoutMs).then((answered) => {
      inFlight = false;
      watchdog.answering = answered;
    });
  };
  const timer = setInterval(probe, Math.max(50, Math.floor(timeoutMs / 2)));
  timer.unref();
  // A reconnection starts over: ioredis' ready check (INFO) has just been answered.
  redis.on('ready', () => {
    watchdog.answering = true;
  });
  redis.once('end', () => clearInterval(timer));
}

/**
 * Whether Redis answers PING within `timeoutMs` ms (never throws, never waits longer). A failed PING
 * on a watched connection marks it as not answering until the watchdog hears from Redis again.
 */
export async function pingRedis(redis: Redis, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = redis.ping().then(
    (reply) => reply === 'PONG',
    () => false,
  );
  const result = await Promise.race([answered, late]);
  clearTimeout(timer);
  const watchdog = watchdogs.get(redis);
  if (watchdog && !result) watchdog.answering = false;
  return result;
}

/** The bound of one command on `redis`, ms: its connectRedis timeout, else the default. */
export function redisTimeoutMs(redis: Redis): number {
  return watchdogs.get(redis)?.timeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS;
}

/**
 * Notes a failed command: one that timed out means Redis stopped answering, so the connection counts
 * as not ready (callers fail fast) until the watchdog hears from Redis again.
 */
export function noteRedisFailure(redis: Redis, error: unknown): void {
  const watchdog = watchdogs.get(redis);
  if (watchdog && error instanceof Error && error.message === 'Command timed out') watchdog.answering = false;
}

/**
 * False while the watchdog of a connection made by connectRedis has not heard from Redis since a PING or
 * a command timed out (Redis hung); true otherwise (other connections: no watchdog, no opinion).
 */
export const redisAnswering = (redis: Redis): boolean => watchdogs.get(redis)?.answering !== false;

/**
 * Whether the connection is up, ready for commands, and (for a connection made by connectRedis)
 * answering: false while Redis is down, reconnecting, or connected but silent (hung).
 */
export const redisReady = (redis: Redis): boolean => redis.status === 'ready' && redisAnswering(redis);
