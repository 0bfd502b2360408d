import type { Redis } from 'ioredis';

/**
 * Takes the lease KEYS[1] for ARGV[1] (the instance) for ARGV[2] ms, or extends it if ARGV[1] already
 * holds it. Answers 1 when ARGV[1] holds it afterwards, 0 when another instance does.
 */
const CLAIM = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if not holder then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
`;

/** Deletes KEYS[1] only while ARGV[1] holds it (a lapsed holder cannot free another's lease). */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * A lease in Redis: at most one holder at a time for a key, for a time the holder keeps extending. A
 * holder that dies stops extending it, and the lease lapses after its last time-to-live; then the next
 * instance to claim it holds it. Both operations are one Lua script each (atomic in Redis).
 */
export class PollLease {
  constructor(
    private readonly redis: Redis,
    /** The lease's key, e.g. `sg:player-lease:state:<user id>`. */
    readonly key: string,
    /** This instance's id (what the key holds while it is the holder). */
    private readonly holder: string,
  ) {}

  /**
   * Takes the lease if nobody holds it, or extends it if this instance does, for `ttlMs` ms. Answers
   * whether this instance holds it. Throws what ioredis throws when Redis does not answer.
   */
  async claim(ttlMs: number): Promise<boolean> {
    const ttl = Math.max(1, Math.ceil(ttlMs));
    return (await this.redis.eval(CLAIM, 1, this.key, this.holder, String(ttl))) === 1;
  }

  /** Ends the lease if this instance holds it; answers whether it did. Throws when Redis does not answer. */
  async release(): Promise<boolean> {
    return (await this.redis.eval(RELEASE, 1, this.key, this.holder)) === 1;
  }
}
