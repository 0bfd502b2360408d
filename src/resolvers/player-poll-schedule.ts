import type { Device, PlaybackState } from '../spotify/endpoints/objects.js';
import { RateLimitExceeded } from '../spotify/errors.js';
import type { PlayerResource } from './player-coordination.js';

/**
 * When a player poller (src/resolvers/player-poller.ts) polls next: it owns the poller's one timer, the
 * floor between polls asked for at once, the count of failed polls and the back-off after them, and the
 * pace a reading sets. It never polls itself: it calls the `run` it was given.
 *
 * - Pace: `intervalMs` while playing, `idleIntervalMs` when paused or idle, and right after the current
 *   item's expected end (nextDelay).
 * - Back-off: after an error, exponentially from twice the playing interval to `maxBackoffMs`, and
 *   after a 429 at least Spotify's Retry-After (backoffMs, atLeastRetryAfter).
 * - Immediate polls (a playback command, another instance's `poll`, a new subscriber): at most one per
 *   IMMEDIATE_POLL_FLOOR_MS on top of the schedule; one asked for during a poll follows it.
 */

/** How long after an item's expected end the next poll goes out (ms): Spotify needs a moment to move on. */
const END_MARGIN_MS = 300;
/** The shortest wait between two polls of one poller (ms), whatever the schedule says. */
export const MIN_DELAY_MS = 50;
/**
 * The shortest time between two polls asked for at once (a playback command, a `poll` request from
 * another instance, a new subscriber), ms, or the playing interval if shorter: however many ask, a
 * user's resource costs at most one such poll per this time on top of its schedule.
 */
const IMMEDIATE_POLL_FLOOR_MS = 250;

/** The intervals a poller keeps (ms); see PlayerPollersOptions. */
export interface PollPace {
  /** Interval while playing, ms. */
  readonly intervalMs: number;
  /** Interval while paused or idle, ms. */
  readonly idleIntervalMs: number;
  /** Longest wait after repeated errors, ms (default 60 000). */
  readonly maxBackoffMs?: number | undefined;
}

/**
 * The wait after `failures` failed polls (or look-ups) in a row, ms: twice the playing interval,
 * doubling with each further failure, at most `maxBackoffMs` (default 60 000).
 */
export function backoffMs(pace: PollPace, failures: number): number {
  const { intervalMs, maxBackoffMs = 60_000 } = pace;
  return Math.min(maxBackoffMs, intervalMs * 2 ** Math.max(1, failures));
}

/** `delay` (ms), or Spotify's Retry-After when `error` is a 429 that asks for longer. */
export function atLeastRetryAfter(delay: number, error: unknown): number {
  return error instanceof RateLimitExceeded ? Math.max(delay, error.retryAfter * 1000) : delay;
}

/**
 * The wait after a reading `value` of `resource` (ms), given the user's last playback state
 * (`undefined`: none read yet). Playing: the interval, or right after the item's expected end if that
 * comes first; else the idle one. Devices keep the playing pace while one is active and something plays.
 */
export function nextDelay(
  pace: PollPace,
  resource: PlayerResource,
  value: unknown,
  lastState: PlaybackState | null | undefined,
): number {
  const { intervalMs, idleIntervalMs } = pace;
  if (resource === 'devices') {
    const devices = value as Device[];
    const active = devices.some((device) => device.is_active);
    return active && lastState !== null ? intervalMs : idleIntervalMs;
  }
  // A queue poller alone knows no playback state: it keeps the playing pace.
  if (lastState === undefined) return intervalMs;
  if (lastState === null || !lastState.is_playing) return idleIntervalMs;
  const duration = lastState.item?.duration_ms;
  const progress = lastState.progress_ms;
  if (typeof duration === 'number' && typeof progress === 'number') {
    const untilEnd = duration - progress + END_MARGIN_MS;
    if (untilEnd < intervalMs) return Math.max(MIN_DELAY_MS, untilEnd);
  }
  return intervalMs;
}

/** One poller's timer: when its next poll runs, whether one is on its way, and how many failed in a row. */
export class PollSchedule {
  private timer: NodeJS.Timeout | undefined;
  /** When the timer fires (ms since the epoch), and when the last poll started. */
  private timerAt = Number.POSITIVE_INFINITY;
  private lastRunAt = Number.NEGATIVE_INFINITY;
  private inFlight = false;
  private again = false;
  private failures = 0;

  /** @param run starts one poll (called by the timer, or at once by soon()) */
  constructor(
    private readonly pace: PollPace,
    private readonly run: () => void,
  ) {}

  /** Whether nothing is planned: no timer set and no poll on its way. */
  get idle(): boolean {
    return this.timer === undefined && !this.inFlight;
  }

  /** Sets the one timer to run a poll in `delay` ms (replacing any set before). */
  at(delay: number): void {
    clearTimeout(this.timer);
    this.timerAt = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.run();
    }, delay);
    // A poller never holds the process open on its own.
    this.timer.unref();
  }

  /**
   * Polls as soon as the floor allows (IMMEDIATE_POLL_FLOOR_MS after the last poll started); a poll on
   * its way is followed by another. Many asks before then make one poll.
   */
  soon(): void {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const wait = this.floorWait();
    if (wait > 0) {
      if (this.timerAt > Date.now() + wait) this.at(wait);
      return;
    }
    this.cancel();
    this.run();
  }

  /** Clears the timer (the poller stopped, or polls now). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  /** A poll starts now. */
  started(): void {
    this.inFlight = true;
    this.lastRunAt = Date.now();
  }

  /** The poll on its way ended. */
  ended(): void {
    this.inFlight = false;
  }

  /** `delay` (ms), or sooner when a poll was asked for during the last one (as soon as the floor allows). */
  nextAfter(delay: number): number {
    if (!this.again) return delay;
    this.again = false;
    return Math.min(delay, this.floorWait());
  }

  /** A poll failed: counts it; answers the back-off (ms). */
  failed(): number {
    this.failures += 1;
    return this.backoff();
  }

  /** A poll succeeded: the back-off starts over. */
  succeeded(): void {
    this.failures = 0;
  }

  /** The wait after the failures counted so far (ms; see backoffMs). */
  backoff(): number {
    return backoffMs(this.pace, this.failures);
  }

  /** How long until an immediate poll may go out (ms; 0: now). */
  private floorWait(): number {
    const floor = Math.min(IMMEDIATE_POLL_FLOOR_MS, this.pace.intervalMs);
    return Math.max(0, this.lastRunAt + floor - Date.now());
  }
}
