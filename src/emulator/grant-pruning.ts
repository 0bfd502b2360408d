/**
 * Tokens and codes are pruned once they can no longer change an answer, so a long-running sandbox
 * does not grow without bound. An expired access token is kept for a day after its expiry (Spotify
 * still answers it "The access token expired", which tells a client to renew), a refresh token and a
 * revoked token likewise; codes go at their expiry (an expired or unknown code get the same
 * invalid_grant). Beyond `maxGrants` entries per map (default MAX_GRANTS) the oldest go first.
 */
import type { EmulatorState } from './state.js';

/** How long after expiry a token is still told apart from an unknown one, in ms (default of `grantRetentionMs`). */
export const EXPIRED_GRACE_MS = 24 * 3600 * 1000;
/** Most entries kept per map (access tokens, refresh tokens, codes): the default of `maxGrants`. */
export const MAX_GRANTS = 100_000;
/** Sweeps of expired entries run at most this often (emulator time, ms). */
const SWEEP_EVERY_MS = 60_000;

const lastSweep = new WeakMap<EmulatorState, number>();

function sweepExpired<V extends { expiresAt: number }>(map: Map<string, V>, before: number): void {
  for (const [key, value] of map) if (value.expiresAt < before) map.delete(key);
}

/** Drops the oldest entries (the first inserted) until at most `cap` are left; cheap when under it. */
function trimOldest(map: Map<string, unknown>, cap: number): void {
  while (map.size > cap) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}

/**
 * Drops what can no longer change an answer, and the oldest entries of a map holding more than the
 * cap (`maxGrants`, default MAX_GRANTS). Called right after a grant is recorded, so that at most the
 * cap is kept and the newest grant is never the one dropped. Cheap when called often: expired entries
 * are swept once a minute, the cap costs only the entries over it.
 */
export function pruneGrants(state: EmulatorState): void {
  const now = state.now();
  if (now - (lastSweep.get(state) ?? Number.NEGATIVE_INFINITY) >= SWEEP_EVERY_MS) {
    lastSweep.set(state, now);
    const grace = state.options.grantRetentionMs ?? EXPIRED_GRACE_MS;
    sweepExpired(state.accessTokens, now - grace);
    sweepExpired(state.refreshTokens, now - grace);
    sweepExpired(state.codes, now);
  }
  const cap = state.options.maxGrants ?? MAX_GRANTS;
  trimOldest(state.accessTokens, cap);
  trimOldest(state.refreshTokens, cap);
  trimOldest(state.codes, cap);
}
