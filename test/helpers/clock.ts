/**
 * Time that a test moves on without waiting, and Development Mode's refusals as Spotify words them.
 */
import { afterAll, vi } from 'vitest';

/** A clock moved on by hand (see useMovedClock). */
export interface MovedClock {
  /** Moves `Date.now()` on by `ms` milliseconds, at once and for the rest of the file. */
  advance(ms: number): void;
}

/**
 * `Date.now()` for the calling test file, from the call on, moved on by what `advance` adds (restored
 * after the file): every clock in this process that reads it moves with it, the client's auto-mode
 * tracker (AppModeTracker, which keeps the `Date.now` it was made with: call this before the clients and
 * servers are made, at the top of the file) and the in-process emulator's. Timers are not touched.
 * For rules timed in seconds (auto mode's BARE_SPACING_MS between two bare 403s), never for waiting.
 */
export function useMovedClock(): MovedClock {
  const real = Date.now.bind(Date);
  let offset = 0;
  const spy = vi.spyOn(Date, 'now').mockImplementation(() => real() + offset);
  afterAll(() => spy.mockRestore());
  return {
    advance(ms: number) {
      offset += ms;
    },
  };
}

/**
 * How long after a counted bare 403 a call is sent for its bare 403 to count as a second hint, plus
 * a margin (ms): src/spotify/app-mode.ts BARE_SPACING_MS is 5 s.
 */
export const PAST_BARE_SPACING_MS = 6_000;

/**
 * A fault rule's answer that names Development Mode, as the emulator's refusal of a removed endpoint
 * did before it answered as Spotify does (a bare `403 {"error":{"status":403,"message":"Forbidden"}}`):
 * for the case of a Spotify message that says why (src/spotify/app-mode.ts developmentEvidence 'named').
 */
export const NAMED_DEVELOPMENT_REFUSAL = {
  status: 403,
  contentType: 'application/json',
  text: JSON.stringify({
    error: { status: 403, message: 'This endpoint is not available to apps in Development Mode' },
  }),
} as const;
