import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ChannelKeySource } from './message-signing.js';

/**
 * The longest time-to-live a lease is given or honoured, in ms (10 minutes). A holder's claim is cut to
 * it (one waiting longer, behind a long Retry-After, lets the lease lapse: the next claimant meets the
 * same rate-limit pause). A lease found without a TTL, or with a longer one, is stale (a hand-written
 * key, a holder that set it without PX): it would block the user's playback for ever, so it is taken over.
 */
export const MAX_LEASE_TTL_MS = 10 * 60 * 1000;

/**
 * How far past the deadline its holder signed a lease may still be honoured, ms: room for clocks that
 * disagree a little (instances' clocks should agree through NTP).
 */
export const LEASE_CLOCK_SKEW_MS = 2000;

/** The HKDF `info` of the lease key (what it is for; a new format takes a new name). */
const LEASE_KEY_INFO = 'spotify-graphql redis poll leases v1';

/**
 * Why a lease held by another was taken over: `forged` (its value is not one a holder of this
 * deployment signed for this key: written by hand, by another deployment, or by an older version),
 * `expired` (signed, but its holder's deadline has passed: the holder stopped renewing it, or the value
 * was copied and written again with a longer TTL), `no-ttl` (no TTL, or one over MAX_LEASE_TTL_MS),
 * `wrong-type` (a key of another type).
 */
export type StaleLeaseReason = 'forged' | 'expired' | 'no-ttl' | 'wrong-type';

/**
 * Takes or extends the lease KEYS[1] for ARGV[1] (this holder's id and a space), writing ARGV[2] (its
 * signed value) for ARGV[3] ms, when nobody holds it, this holder does, or it is stale in a way Redis
 * can tell (another type: ARGV[4] over; no TTL or one over ARGV[4] ms). Answers `{1}` when taken or
 * extended, `{2, reason}` when taken over as stale, `{0, value}` when another holds it (the value, for
 * the caller to verify its signature and deadline).
 */
const CLAIM = `
local kind = redis.call('TYPE', KEYS[1]).ok
if kind ~= 'none' and kind ~= 'string' then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return {2, 'wrong-type'}
end
local holder = redis.call('GET', KEYS[1])
if not holder or string.sub(holder, 1, #ARGV[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return {1}
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 or ttl > tonumber(ARGV[4]) then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return {2, 'no-ttl'}
end
return {0, holder}
`;

/** Writes ARGV[2] for ARGV[3] ms only while KEYS[1] still holds ARGV[1] (the stale value just read). */
const TAKE_OVER = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
`;

/** Deletes KEYS[1] only while ARGV[1] (this holder's id and a space) holds it. */
const RELEASE = `
local holder = redis.call('GET', KEYS[1])
if holder and string.sub(holder, 1, #ARGV[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * A lease in Redis: at most one holder at a time for a key, for a time the holder keeps extending. A
 * holder that dies stops extending it, and the lease lapses after its last time-to-live (never more
 * than MAX_LEASE_TTL_MS); then the next instance to claim it holds it.
 *
 * Anyone who can reach Redis can write the key, so the value is signed: `<holder> <deadline> <mac>`,
 * the deadline (epoch ms) when the holder's claim ends, the MAC an HMAC-SHA256 over key, holder and
 * deadline with a key derived from the deployment's ENCRYPTION_KEY. A value that does not verify
 * (`forged`), or whose deadline passed (`expired`: a holder that stopped renewing, or a copy of an old
 * value written again with a long TTL), is stale: the next claimant takes it over with a
 * compare-and-set (only if the value is still the one it judged), so two claimants never both win.
 * The holder, checking the lease before each poll, stops at its next poll when another took it.
 */
export class PollLease {
  private readonly keys: readonly Buffer[];

  constructor(
    private readonly redis: Redis,
    /** The lease's key, e.g. `sg:player-lease:state:<user id>`. */
    readonly key: string,
    /** This instance's id (what the value names while it is the holder; no spaces). */
    private readonly holder: string,
    /** The deployment's KeyRing: the first derived key signs, every one verifies. */
    ring: ChannelKeySource,
    /** Told when a lease held by another was found stale and taken over (once per takeover). */
    private readonly onTakeover: (reason: StaleLeaseReason) => void = () => {},
  ) {
    this.keys = ring.derive(LEASE_KEY_INFO);
  }

  /**
   * Takes the lease if nobody holds it (or its holder left it stale: see StaleLeaseReason), or extends
   * it if this instance does, for `ttlMs` ms (at most MAX_LEASE_TTL_MS). Answers whether this instance
   * holds it. Throws what ioredis throws when Redis does not answer.
   */
  async claim(ttlMs: number): Promise<boolean> {
    const ttl = Math.min(MAX_LEASE_TTL_MS, Math.max(1, Math.ceil(ttlMs)));
    const value = this.value(Date.now() + ttl);
    const [outcome, detail] = (await this.redis.eval(
      CLAIM,
      1,
      this.key,
      `${this.holder} `,
      value,
      String(ttl),
      String(MAX_LEASE_TTL_MS),
    )) as [number, string?];
    if (outcome === 1) return true;
    if (outcome === 2) {
      this.onTakeover(detail as StaleLeaseReason);
      return true;
    }
    const stale = this.staleness(detail ?? '', Date.now());
    if (stale === undefined) return false;
    const taken = (await this.redis.eval(TAKE_OVER, 1, this.key, detail ?? '', value, String(ttl))) === 1;
    if (taken) this.onTakeover(stale);
    return taken;
  }

  /** Ends the lease if this instance holds it; answers whether it did. Throws when Redis does not answer. */
  async release(): Promise<boolean> {
    return (await this.redis.eval(RELEASE, 1, this.key, `${this.holder} `)) === 1;
  }

  /** This holder's signed value until `deadline` (epoch ms). */
  private value(deadline: number): string {
    return `${this.holder} ${deadline} ${this.mac(this.keys[0] as Buffer, this.holder, deadline)}`;
  }

  /** Why another holder's `value` is stale at `now`, or undefined when it is a live, signed lease. */
  private staleness(value: string, now: number): StaleLeaseReason | undefined {
    const [holder, deadlineText, mac, ...rest] = value.split(' ');
    const deadline = Number(deadlineText);
    if (holder === undefined || mac === undefined || rest.length > 0 || !Number.isSafeInteger(deadline))
      return 'forged';
    const given = Buffer.from(mac, 'base64url');
    const signed = this.keys.some((key) => {
      const expected = Buffer.from(this.mac(key, holder, deadline), 'base64url');
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
    if (!signed) return 'forged';
    return now > deadline + LEASE_CLOCK_SKEW_MS ? 'expired' : undefined;
  }

  private mac(key: Buffer, holder: string, deadline: number): string {
    return createHmac('sha256', key)
      .update(`${this.key}\n${holder}\n${deadline}`, 'utf8')
      .digest('base64url');
  }
}
