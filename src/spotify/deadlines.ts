/**
 * The time an abort signal is due to abort at the latest: a request's deadline (REQUEST_DEADLINE_MS,
 * a subscription event's) noted on the signal that enforces it, so that the client, handed only the
 * signal, can tell a wait that would end after it (a rate-limit pause, a 429's Retry-After, a retry's
 * back-off) and fail at once instead of sleeping towards an abort (see Transport.send).
 */

const deadlines = new WeakMap<AbortSignal, number>();

/** Notes that `signal` aborts at `atMs` (epoch ms) at the latest; answers `signal`. */
export function withDeadline(signal: AbortSignal, atMs: number): AbortSignal {
  deadlines.set(signal, atMs);
  return signal;
}

/** The deadline noted on `signal` (withDeadline), epoch ms; undefined when none was. */
export function deadlineOf(signal: AbortSignal | undefined): number | undefined {
  return signal === undefined ? undefined : deadlines.get(signal);
}
