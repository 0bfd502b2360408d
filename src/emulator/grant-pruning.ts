/**
 * Tokens and codes are pruned once they can no longer change an answer, so a long-running sandbox
 * does not grow without bound. An expired access token is kept for a day after its expiry (Spotify
 * still answers it "The access token expired", which tells a client to renew), a refresh token and a
 * revoked token likewise; codes go at their expiry (an expired or unknown code get the same
 * invalid_grant). Beyond MAX_GRANTS entries the oldest go first.
 */
import type { EmulatorState } from './state.js';

/** How long after expiry a token is still told apart from an unknown one, in ms (default of `grantRetentionMs`). */
export const EXPIRED_GRACE_MS = 24 * 3600 * 1000;
/** Most entries kept per map (access tokens, refresh tokens, codes). */
export const MAX_GRANTS = 100_000;
/** Sweeps run at most this often (emulator time, ms) unless a map is over its bound. */
const SWEEP_EVERY_MS = 60_000;

const lastSweep = new WeakMap<EmulatorState, number>();

function sweep<V extends { expiresAt: number }>(map: Map<string, V>, before: number): void {
  for (const [key, value] of map) if (value.expiresAt < before) map.delete(key);
  while (map.size > MAX_GRANTS) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}

/** Drops what can no longer change an answer; cheap when called often (it sweeps once a minute). */
export function pruneGrants(state: EmulatorState): void {
  const now = state.now();
  const over =
    state.accessTokens.size > MAX_GRANTS ||
    state.refreshTokens.size > MAX_GRANTS ||
    state.codes.size > MAX_GRANTS;
  if (!over && now - (lastSweep.get(state) ?? Number.NEGATIVE_INFINITY) < SWEEP_EVERY_MS) return;
  lastSweep.set(state, now);
  const grace = state.options.grantRetentionMs ?? EXPIRED_GRACE_MS;
  sweep(state.accessTokens, now - grace);
  sweep(state.refreshTokens, now - grace);
  sweep(state.codes, now);
}
