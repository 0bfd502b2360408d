/**
 * What counts as a change of the player, so that subscribers hear of real changes only. Spotify's
 * progress (`progress_ms`) grows with the clock and `timestamp` may move on every read; neither is a
 * change by itself. A progress that departs from the clock by more than the allowed drift is a seek.
 */

/** A value with Spotify's playback fields: the playback state or what plays now (or null: nothing). */
interface WithProgress {
  is_playing?: boolean;
  progress_ms?: number | null;
  timestamp?: number;
}

/** Spotify's fields that move with time: left out when values are compared. */
const MOVING = new Set(['progress_ms', 'timestamp']);

/** A stable string for a value, without the fields that move with time (top level only). */
export function signatureOf(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  return JSON.stringify(value, (key, inner: unknown) =>
    key !== '' && MOVING.has(key) && inner !== undefined ? undefined : inner,
  );
}

/**
 * Remembers the last value sent for one view of one poller and tells whether a new reading differs.
 * One per view, not per subscriber: the diff is computed once per poll.
 */
export class ChangeDetector {
  private signature: string | undefined;
  private progressMs: number | null = null;
  private playing = false;
  /** When (ms, local clock) the last reading was taken. */
  private readAt = 0;

  /** @param seekDriftMs how far (ms) progress may stray from the clock before it counts as a seek. */
  constructor(private readonly seekDriftMs: number) {}

  /**
   * Whether the progress of the last reading given to `changed` did not follow the clock: a seek, a play
   * or pause, progress appearing or going, or the first reading. Subscribers that select the progress
   * need those events; the others may skip them (src/server/subscription-results.ts).
   */
  jumped = false;

  /** True when `value`, read at `now` (ms), is a change from the last reading (or the first reading). */
  changed(value: unknown, now: number): boolean {
    const signature = signatureOf(value);
    const progress = progressOf(value);
    const playing = isPlaying(value);
    let jumped = this.signature === undefined || playing !== this.playing;
    if (progress !== null && this.progressMs !== null) {
      const expected = this.progressMs + (this.playing ? now - this.readAt : 0);
      jumped ||= Math.abs(progress - expected) > this.seekDriftMs;
    } else if ((progress === null) !== (this.progressMs === null)) jumped = true;
    this.jumped = jumped;
    const changed = jumped || signature !== this.signature;
    this.signature = signature;
    this.progressMs = progress;
    this.playing = playing;
    this.readAt = now;
    return changed;
  }

  /** Forgets the last reading: the next one counts as a change (after an error was sent, for instance). */
  reset(): void {
    this.signature = undefined;
    this.progressMs = null;
  }
}

function progressOf(value: unknown): number | null {
  if (value === null || typeof value !== 'object') return null;
  const progress = (value as WithProgress).progress_ms;
  return typeof progress === 'number' ? progress : null;
}

function isPlaying(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as WithProgress).is_playing === true;
}
