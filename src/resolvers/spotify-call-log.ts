/** How a request's Spotify calls are told to the server (logs, metrics, the response cache): one report per call. */
import { RateLimitExceeded, SpotifyError } from '../spotify/errors.js';

/** Reports one Spotify call of a request: the endpoint's id and its outcome (`ok`, an HTTP status, or a code). */
export type SpotifyCallObserver = (route: string, outcome: string) => void;

function outcomeOf(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status > 0) return String(status);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'error';
}

/**
 * Why a call failed without ever being sent to Spotify, or undefined when it was sent: `refused`, the
 * client refused its options (SpotifyError's USAGE_ERROR, e.g. a path value of the wrong kind);
 * `held`, the rate-limit pause held it back (RateLimitExceeded that Spotify did not answer). Either way
 * it is none of the request's Spotify calls.
 */
function unsentReason(error: unknown): UnsentReason | undefined {
  if (error instanceof SpotifyError && error.code === 'USAGE_ERROR') return 'refused';
  if (error instanceof RateLimitExceeded && !error.answered) return 'held';
  return undefined;
}

/**
 * Why a call was never sent: `refused`, the client refused its options (a usage error); `held`, the
 * rate-limit pause held it back (Spotify never saw it, so it is no Spotify call, nor a 429).
 */
export type UnsentReason = 'refused' | 'held';

/**
 * `call`, reported to `observe` (if any) with its route and outcome ('ok', or the error's code) once
 * settled; a call that was never sent is no Spotify call: `unsent` hears of it (and why) instead.
 */
export function observedCall<T>(
  call: Promise<T>,
  route: string,
  observe: SpotifyCallObserver | undefined,
  unsent?: (route: string, reason: UnsentReason) => void,
): Promise<T> {
  if (!observe) return call;
  return call.then(
    (value) => {
      observe(route, 'ok');
      return value;
    },
    (error: unknown) => {
      const reason = unsentReason(error);
      if (reason) unsent?.(route, reason);
      else observe(route, outcomeOf(error));
      throw error;
    },
  );
}

/**
 * Told of every Spotify call of a request: an object whose method is shared, rather than a closure per
 * request (an idle subscription keeps its request's bounds for as long as it lives).
 */
export interface SpotifyCallLog {
  /**
   * One call started: the request's count of Spotify calls includes it from now on (a request its
   * client abandons is logged with the calls it had started, settled or not). `shared` is true for a
   * call of a catalog load shared between app-token requests (marked where the load starts, see
   * catalog-load.ts), whose settled answer goes into the catalog cache; false for any other call (the
   * response cache keeps no answer that made one).
   */
  spotifyCallStarted?(route: string, shared: boolean): void;
  /**
   * A started call that was never sent: the client refused its options, or the rate-limit pause held
   * it back. It no longer counts as a Spotify call.
   */
  spotifyCallNotSent?(route: string, reason: UnsentReason): void;
  /** One call settled: the endpoint's id and its outcome (`ok`, an HTTP status, or an error code). */
  spotifyCall(route: string, outcome: string): void;
}
