/**
 * One request's calls of an Extended-only endpoint that has a Development Mode replacement
 * (`/playlists/{id}/tracks` and its `/items`, the per-type library routes and `/me/library`), while
 * auto mode does not know the mode of the request's app: the first is sent, the others of the same
 * endpoint wait for its answer, and when Spotify refused it with a bare 403 (Development Mode's live
 * refusal, or a hiccup) they go to the replacement without being sent: the request pays one refused
 * call per endpoint, not one per playlist (v16 re-attack C, F5: 20 playlists' items cost 20 refused
 * `/tracks` calls against an estimate that counts one). Only the same request follows: one user's
 * refusal never sends another request's calls to the replacement, and nothing is learned of the
 * app's mode here (AppModeTracker weighs the refusal as it always does).
 */
import { isBareRefusal, isExtendedOnly } from '../spotify/app-mode.js';
import { PROBE_WAIT_MAX_MS, probeSettled } from '../spotify/client.js';
import type { EndpointSpec } from '../spotify/endpoints/types.js';
import { NotAvailableInDevelopmentMode, SpotifyAPIError } from '../spotify/errors.js';

/**
 * Bare refusals, each to a call of another item sent after the previous one was answered, that send
 * the request's other calls of the endpoint to the replacement: one could be about its item (a
 * playlist Spotify will not give out) or a hiccup, and on an Extended app `/items` refuses the
 * playlists a user does not own, which `/tracks` reads.
 */
const FOLLOW_AFTER = 2;

/** What the request's calls of one endpoint showed: bare refusals in a row, and the call in flight. */
interface EndpointCalls {
  refusals: number;
  /** The call in flight whose answer the others wait for; settles when Spotify answered it. */
  inFlight?: Promise<void> | undefined;
}

/** Whether `error` (a primary call's failure) sends its call to the replacement (see AppModeTracker.withFallback). */
function isReplacedBy(error: unknown): boolean {
  if (error instanceof NotAvailableInDevelopmentMode) return true;
  return error instanceof SpotifyAPIError && isBareRefusal(error);
}

/** The request's calls per endpoint with a replacement (see the module's comment). */
export class RequestReplacements {
  private readonly byEndpoint = new Map<string, EndpointCalls>();

  constructor(
    /** The mode auto mode knows for an endpoint with the request's token (RequestClient.modeFor). */
    private readonly modeFor: (endpoint: EndpointSpec) => string,
    /** The request's abort signal, read when a call waits. */
    private readonly signal: () => AbortSignal | undefined,
  ) {}

  /**
   * Runs a call of `endpoint` through `send` (the client's withFallback) with `primary`, or the
   * `replacement` at once: in auto mode with the mode unknown, once FOLLOW_AFTER of this request's
   * calls of the endpoint were refused bare in a row. Only one such call is in flight at a time: a call
   * made meanwhile waits for its answer, no longer than PROBE_WAIT_MAX_MS (a call Spotify is slow to
   * answer holds the others back one short wait at most, as the client's own probe does); the first
   * waiter to wake is the next one sent.
   */
  async run<T>(
    endpoint: EndpointSpec,
    primary: () => Promise<T>,
    replacement: () => Promise<T>,
    send: (primary: () => Promise<T>) => Promise<T>,
  ): Promise<T> {
    const due = Date.now() + PROBE_WAIT_MAX_MS;
    for (;;) {
      if (!isExtendedOnly(endpoint) || this.modeFor(endpoint) !== 'auto') return send(primary);
      const calls = this.byEndpoint.get(endpoint.id) ?? { refusals: 0 };
      if (calls.refusals >= FOLLOW_AFTER) return replacement();
      if (calls.inFlight === undefined) return this.sendAlone(endpoint.id, calls, primary, send);
      const signal = this.signal();
      if (Date.now() >= due || signal?.aborted) return send(primary);
      await probeSettled(calls.inFlight, signal, due);
    }
  }

  /**
   * Sends `primary` through `send` as the request's one call of endpoint `id` in flight: what Spotify
   * answered is noted for the others as soon as it did (before any replacement call): a bare refusal
   * adds one to the row, an answer ends it, any other failure (a 404 for its playlist, a 5xx) leaves it.
   */
  private async sendAlone<T>(
    id: string,
    calls: EndpointCalls,
    primary: () => Promise<T>,
    send: (primary: () => Promise<T>) => Promise<T>,
  ): Promise<T> {
    let settle = () => {};
    const inFlight = new Promise<void>((resolve) => (settle = resolve));
    const settled = (refusals: number) => {
      if (calls.inFlight !== inFlight) return;
      calls.refusals = refusals;
      calls.inFlight = undefined;
      settle();
    };
    calls.inFlight = inFlight;
    this.byEndpoint.set(id, calls);
    try {
      return await send(async () => {
        try {
          const value = await primary();
          settled(0);
          return value;
        } catch (error) {
          settled(isReplacedBy(error) ? calls.refusals + 1 : calls.refusals);
          throw error;
        }
      });
    } finally {
      // Never sent (the mode became known meanwhile): the row is as it was.
      settled(calls.refusals);
    }
  }
}
