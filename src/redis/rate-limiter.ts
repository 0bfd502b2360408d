import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { redisReady, redisTimeoutMs } from './connection.js';
import { REDIS_BOUND_MS, RedisCircuit, withinBound } from './redis-circuit.js';

/** A check Redis answered: its result, and whether it is a refusal. */
interface Checked {
  result: RateLimiterRes;
  refused: boolean;
}

/**
 * `redis` as rate-limiter-flexible sees it: its `status` reads `ready` only while the connection is ready
 * and answering (redisReady), so once the watchdog knows Redis hangs (connected, silent) a check fails at
 * once and counts in memory (RepairingRateLimiterRedis.consume) instead of waiting for Redis. Everything else is the connection's.
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
  /**
   * Told once (per limiter) that a counter key in Redis was not a counter an instance writes and was
   * reset (see REPAIRING_INCR); never the key's content. Told too when checks start counting in memory
   * because Redis did not answer within its bound (RedisCircuit), and when Redis counts them again.
   */
  warn?: (message: string) => void;
}

/**
 * The library's increment script (SET NX with the window's expiry, INCRBY, PTTL), preceded by a repair:
 * a key that is not what an instance writes (another type, a value that is not a non-negative integer
 * below 10^15, no TTL, or a TTL longer than the window ARGV[2] s) is deleted first, so it counts again
 * from zero with the window's expiry instead of failing every INCRBY (the library would then answer
 * from each instance's memory, N instances giving N times the limit) or counting from a negative
 * number. Answers {consumed, PTTL ms, 1 when it repaired}.
 */
const REPAIRING_INCR = `local repaired = 0
local kind = redis.call('TYPE', KEYS[1]).ok
if kind ~= 'none' then
  local ttl = redis.call('PTTL', KEYS[1])
  local value = kind == 'string' and redis.call('GET', KEYS[1]) or ''
  if kind ~= 'string' or not string.match(value, '^%d+$') or string.len(value) > 15
    or ttl == -1 or ttl > 1000 * tonumber(ARGV[2]) then
    redis.call('DEL', KEYS[1])
    repaired = 1
  end
end
redis.call('SET', KEYS[1], 0, 'EX', ARGV[2], 'NX')
local consumed = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
return {consumed, ttl, repaired}`;

/** The library's reading of a script answer, which the repairing limiter looks at first. */
type ResultReader = (rlKey: string, changedPoints: number, result: unknown[]) => unknown;

/**
 * RateLimiterRedis with REPAIRING_INCR, warning once when it repaired a key, whose checks (`consume`)
 * wait for Redis at most `boundMs`: past it, or when Redis fails or is not ready, the
 * check counts in `memory`.
 */
class RepairingRateLimiterRedis extends RateLimiterRedis {
  private warned = false;
  private readonly circuit: RedisCircuit;

  constructor(
    options: ConstructorParameters<typeof RateLimiterRedis>[0],
    private readonly memory: RateLimiterMemory,
    private readonly boundMs: number,
    private readonly warn: ((message: string) => void) | undefined,
    name: string,
  ) {
    super({ ...options, customIncrTtlLuaScript: REPAIRING_INCR });
    this.circuit = new RedisCircuit(warn, {
      open: `fair use (${name}) counts in this instance's memory: Redis did not answer a check within ${boundMs} ms`,
      closed: `fair use (${name}) counts in Redis again`,
    });
  }

  /**
   * A check of `points` for `key`: answered by Redis (a refusal is RateLimiterRes, as the library's)
   * when it answers within `boundMs`; else counted in memory, the late answer of Redis dropped (the
   * shared count still takes it), and the circuit tripped (RedisCircuit). While the circuit is open, in
   * memory at once; when Redis fails or is not ready (the watchdog's word), in memory too.
   */
  override async consume(
    key: string | number,
    points = 1,
    options: { [key: string]: unknown } = {},
  ): Promise<RateLimiterRes> {
    const inMemory = (): Promise<RateLimiterRes> => this.memory.consume(key, points, options);
    // A refusal is an answer of Redis (it closes the circuit): carried as a value, thrown below.
    const shared = (): Promise<Checked> =>
      super.consume(key, points, options).then(
        (result): Checked => ({ result, refused: false }),
        (error: unknown): Checked => {
          if (error instanceof RateLimiterRes) return { result: error, refused: true };
          throw error;
        },
      );
    let checked: Checked | undefined;
    try {
      checked = await withinBound(this.circuit, this.boundMs, shared, () => undefined);
    } catch {
      checked = undefined;
    }
    if (checked === undefined) return inMemory();
    if (checked.refused) throw checked.result;
    return checked.result;
  }

  _getRateLimiterRes(rlKey: string, changedPoints: number, result: unknown[]): unknown {
    if (result[2] === 1 && !this.warned) {
      this.warned = true;
      this.warn?.(
        'reset a rate-limit counter in Redis that no instance wrote (not a counter, or no TTL or one beyond the window)',
      );
    }
    const read = (RateLimiterRedis.prototype as unknown as { _getRateLimiterRes: ResultReader })
      ._getRateLimiterRes;
    return read.call(this, rlKey, changedPoints, result);
  }
}

/**
 * A fixed-window limiter (rate-limiter-flexible) that counts across every instance when `redis` is
 * given: the counters live in Redis (one atomic INCR with its expiry per request). While Redis does not
 * answer, each instance falls back to its own in-memory counters, so the limit still holds per instance
 * (at most N times the limit over N instances) rather than failing every request or letting everything
 * through. A hung Redis holds no request: a check waits for Redis at most REDIS_BOUND_MS (not the
 * command timeout), after which checks count in memory at once, Redis asked again every
 * REDIS_RETRY_MS (RedisCircuit; `warn` tells both changes); a Redis down, or hung as the connection's
 * watchdog says, sends checks to memory at once. Once Redis answers again the shared counts take over.
 * Without `redis`, the in-memory limiter alone.
 */
export function sharedRateLimiter(options: SharedRateLimiterOptions, redis?: Redis): RateLimiterAbstract {
  const window = { points: options.points, duration: options.durationSeconds };
  const memory = new RateLimiterMemory(window);
  if (!redis) return memory;
  return new RepairingRateLimiterRedis(
    {
      ...window,
      storeClient: withWatchdogStatus(redis),
      keyPrefix: `${options.prefix ?? 'sg:'}rate-limit:${options.name}`,
      // Not ready (reconnecting, or hung: see withWatchdogStatus): the check fails at once, and counts
      // in memory (RepairingRateLimiterRedis.consume) instead of waiting for Redis.
      rejectIfRedisNotReady: true,
    },
    memory,
    Math.min(REDIS_BOUND_MS, redisTimeoutMs(redis)),
    options.warn,
    options.name,
  );
}
