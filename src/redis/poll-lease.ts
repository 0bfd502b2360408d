import type { Redis } from 'ioredis';

/**
 * The longest time-to-live a lease is given or honoured, in ms (10 minutes). A holder's claim is cut to
 * it (one waiting longer, behind a long Retry-After, lets the lease lapse: the next claimant meets the
 * same rate-limit pause). A lease found without a TTL, or with a longer one, is stale (a hand-written
 * key, a holder that set it without PX): it would block the user's playback for ever, so it is taken over.
 */
export const MAX_LEASE_TTL_MS = 10 * 60 * 1000;

/**
 * Takes the lease KEYS[1] for ARGV[1] (the instance) for ARGV[2] ms, or extends it if ARGV[1] already
 * holds it. A lease held by another with no TTL or one over ARGV[3] ms, or a key of another type, is
 * stale and taken over. Answers 1 when ARGV[1] holds it afterwards, 0 when another instance does.
 */
const CLAIM = `
local kind = redis.call('TYPE', KEYS[1]).ok
if kind ~= 'none' and kind ~= 'string' then redis.call('DEL', KEYS[1]) end
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if holder then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl >= 0 and ttl <= tonumber(ARGV[3]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`;

/** Deletes KEYS[1] only while ARGV[1] holds it (a lapsed holder cannot free another's lease). */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * A lease in Redis: at most one holder at a time for a key, for a time the holder keeps extending. A
 * holder that dies stops extending it, and the lease lapses after its last time-to-live (never more
 * than MAX_LEASE_TTL_MS); then the next instance to claim it holds it. Both operations are one Lua script each (atomic in Redis).
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
   * Takes the lease if nobody holds it (or its holder left it stale: no TTL, or one over
   * MAX_LEASE_TTL_MS), or extends it if this instance does, for `ttlMs` ms (at most MAX_LEASE_TTL_MS).
   * Answers whether this instance holds it. Throws what ioredis throws when Redis does not answer.
   */
  async claim(ttlMs: number): Promise<boolean> {
    const ttl = Math.min(MAX_LEASE_TTL_MS, Math.max(1, Math.ceil(ttlMs)));
    const max = String(MAX_LEASE_TTL_MS);
    return (await this.redis.eval(CLAIM, 1, this.key, this.holder, String(ttl), max)) === 1;
  }

  /** Ends the lease if this instance holds it; answers whether it did. Throws when Redis does not answer. */
  async release(): Promise<boolean> {
    return (await this.redis.eval(RELEASE, 1, this.key, this.holder)) === 1;
  }
}
