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
 *
 * A read the replacement refuses with a reason (on an Extended Quota app `/items` refuses the playlists
 * a user does not own, which `/tracks` reads) goes back to the old route, once: the call is sent there
 * (a Development Mode learned for the app is unlearned for it, AppModeTracker.replacementRefused), and
 * its answer teaches Extended, so the request's later calls go there at once; when the old route
 * refuses it bare too, the replacement's refusal is the answer. The bare refusals that sent the
 * request's reads to the replacement never take the way back from them, nor does one way back refused
 * bare (v18 re-attack A, MEDIUM-1: three glitches, the third on a way back, left every other playlist
 * of the request FORBIDDEN, even ones `/tracks` was never asked for): each read `/items` refuses with a
 * reason goes back once, one at a time, until FOLLOW_AFTER ways back in a row were refused bare (as
 * two bare refusals in a row send the reads to the replacement: a Development Mode app pays one more
 * refused call on its first request, not one per playlist) or the app's Development Mode is held
 * against such refusals (AppModeTracker.replacementRefused answers undefined).
 *
 * Once auto mode learned Extended, a read the old route refuses bare is sent there once more (a
 * hiccup costs one call, as on the app's first request, not a FORBIDDEN: v18 re-attack A, MEDIUM-2).
 */
import { isBareRefusal, isExtendedOnly, type OldRoute } from '../spotify/app-mode.js';
import { PROBE_WAIT_MAX_MS, probeSettled } from '../spotify/client.js';
import type { EndpointSpec } from '../spotify/endpoints/types.js';
import { NotAvailableInDevelopmentMode, SpotifyAPIError } from '../spotify/errors.js';

/**
 * Bare refusals, each to a call of another item sent after the previous one was answered, that send
 * the request's other calls of the endpoint to the replacement: one could be about its item (a
 * playlist Spotify will not give out) or a hiccup, and on an Extended app `/items` refuses the
 * playlists a user does not own, which `/tracks` reads.
 */
export const FOLLOW_AFTER = 2;

/** What the request's calls of one endpoint showed: bare refusals in a row, and the call in flight. */
interface EndpointCalls {
  refusals: number;
  /** The call in flight whose answer the others wait for; settles when Spotify answered it. */
  inFlight?: Promise<void> | undefined;
  /**
   * The call sent back to the old route after its replacement refused it with a reason, while in
   * flight: the request's other such calls wait for its answer.
   */
  back?: Promise<void> | undefined;
  /**
   * How many calls sent back to the old route after such a refusal were refused bare too, in a row:
   * from one on, the calls that follow the refusals no longer wait for a replacement to answer; from
   * FOLLOW_AFTER on, no more are sent back (see backToOldRoute).
   */
  backRefusals: number;
  /**
   * The latest replacement call in flight (with its way back to the old route): the calls that follow
   * the refusals wait for it until a replacement answered (`served`) or a way back was refused.
   */
  replacing?: Promise<void> | undefined;
  /** A replacement call of the request answered: the calls that follow it go at once. */
  served?: boolean;
}

/**
 * Runs `primary` (a read of the old route, auto mode having learned Extended) and, when Spotify refused
 * it bare (a hiccup: an Extended Quota app has the route), once more: the answer does not depend on
 * whether the app's mode was learned yet (its first request sends such a read to the replacement and
 * back). A second bare refusal, or any other failure, is the answer.
 */
async function onceMore<T>(primary: () => Promise<T>): Promise<T> {
  try {
    return await primary();
  } catch (error) {
    if (!(error instanceof SpotifyAPIError && isBareRefusal(error))) throw error;
    return primary();
  }
}

/** Whether `error` (a primary call's failure) sends its call to the replacement (see AppModeTracker.withFallback). */
function isReplacedBy(error: unknown): boolean {
  if (error instanceof NotAvailableInDevelopmentMode) return true;
  return error instanceof SpotifyAPIError && isBareRefusal(error);
}

/**
 * Whether `error` (a replacement's failure) is a 403 that says why, other than a missing scope (which
 * the old route needs too): a refusal of what the old route may serve (see the module's comment).
 */
function isReasonedRefusal(error: unknown): boolean {
  if (!(error instanceof SpotifyAPIError) || error.status !== 403) return false;
  if (error instanceof NotAvailableInDevelopmentMode || isBareRefusal(error)) return false;
  return !/scope/i.test(error.message) && !error.missingScopes?.length;
}

/** The request's calls per endpoint with a replacement (see the module's comment). */
export class RequestReplacements {
  private readonly byEndpoint = new Map<string, EndpointCalls>();

  constructor(
    /** The mode auto mode knows for an endpoint with the request's token (RequestClient.modeFor). */
    private readonly modeFor: (endpoint: EndpointSpec) => string,
    /** The request's abort signal, read when a call waits. */
    private readonly signal: () => AbortSignal | undefined,
    /** How to send a call its replacement refused with a reason to the old route (SpotifyApiClient.replacementRefused). */
    private readonly oldRoute: (endpoint: EndpointSpec) => OldRoute | undefined = () => undefined,
    /** Whether the app's mode is learned (auto mode), not configured: see onceMore. */
    private readonly learns = false,
  ) {}

  /**
   * Runs a call of `endpoint` through `send` (the client's withFallback) with `primary`, or the
   * `replacement` at once: in auto mode with the mode unknown, once FOLLOW_AFTER of this request's
   * calls of the endpoint were refused bare in a row. Only one such call is in flight at a time: a call
   * made meanwhile waits for its answer, no longer than PROBE_WAIT_MAX_MS (a call Spotify is slow to
   * answer holds the others back one short wait at most, as the client's own probe does); the first
   * waiter to wake is the next one sent. A read the replacement refuses with a reason goes back to the
   * old route (see backToOldRoute). Auto mode having learned Extended, a read is sent once more when
   * refused bare (onceMore). `send` runs a primary call with its replacement.
   */
  async run<T>(
    endpoint: EndpointSpec,
    primary: () => Promise<T>,
    replacement: () => Promise<T>,
    send: (primary: () => Promise<T>, replacement: () => Promise<T>) => Promise<T>,
  ): Promise<T> {
    const replaced =
      endpoint.method === 'GET' ? () => this.orOldRoute(endpoint, primary, replacement) : replacement;
    const due = Date.now() + PROBE_WAIT_MAX_MS;
    for (;;) {
      const mode = isExtendedOnly(endpoint) ? this.modeFor(endpoint) : undefined;
      if (mode === 'extended' && this.learns && endpoint.method === 'GET') {
        return send(() => onceMore(primary), replaced);
      }
      if (mode !== 'auto') return send(primary, replaced);
      const calls = this.callsOf(endpoint.id);
      const follows = calls.refusals >= FOLLOW_AFTER;
      // Following, a call waits for the replacement in flight until one answered (or a way back was refused).
      const goes = calls.served || calls.backRefusals > 0;
      const ahead = follows ? (goes ? undefined : calls.replacing) : calls.inFlight;
      if (ahead === undefined) {
        return follows ? replaced() : this.sendAlone(calls, primary, (p) => send(p, replaced));
      }
      const signal = this.signal();
      if (Date.now() >= due || signal?.aborted) return follows ? replaced() : send(primary, replaced);
      await probeSettled(ahead, signal, due);
    }
  }

  /** The request's calls of endpoint `id` (kept from the first one on). */
  private callsOf(id: string): EndpointCalls {
    let calls = this.byEndpoint.get(id);
    if (calls === undefined) {
      calls = { refusals: 0, backRefusals: 0 };
      this.byEndpoint.set(id, calls);
    }
    return calls;
  }

  /**
   * Runs `replacement` (noted as the one in flight, see EndpointCalls.replacing); when it refuses with
   * a reason (isReasonedRefusal), backToOldRoute.
   */
  private async orOldRoute<T>(
    endpoint: EndpointSpec,
    primary: () => Promise<T>,
    replacement: () => Promise<T>,
  ): Promise<T> {
    const calls = this.callsOf(endpoint.id);
    let settle = () => {};
    const replacing = new Promise<void>((resolve) => (settle = resolve));
    calls.replacing = replacing;
    try {
      const value = await replacement();
      calls.served = true;
      return value;
    } catch (error) {
      if (!isReasonedRefusal(error)) throw error;
      return await this.backToOldRoute(endpoint, primary, error);
    } finally {
      if (calls.replacing === replacing) calls.replacing = undefined;
      settle();
    }
  }

  /**
   * Sends `primary`, whose replacement gave `refusal` (a reasoned 403), to the old route: one such call
   * of the endpoint at a time (the others wait for its answer, no longer than PROBE_WAIT_MAX_MS). Its
   * answer is the call's (and taught Extended: the request's later calls are sent there at once); a
   * bare refusal of it makes `refusal` the answer for this call; after FOLLOW_AFTER such refusals in a
   * row (or with Development Mode held: SpotifyApiClient.replacementRefused answers undefined) for the
   * request's later calls of the endpoint too, unsent.
   */
  private async backToOldRoute<T>(
    endpoint: EndpointSpec,
    primary: () => Promise<T>,
    refusal: unknown,
  ): Promise<T> {
    const calls = this.callsOf(endpoint.id);
    const due = Date.now() + PROBE_WAIT_MAX_MS;
    while (calls.back !== undefined) {
      const signal = this.signal();
      if (Date.now() >= due || signal?.aborted) break;
      await probeSettled(calls.back, signal, due);
    }
    const oldRoute = calls.backRefusals >= FOLLOW_AFTER ? undefined : this.oldRoute(endpoint);
    if (oldRoute === undefined) throw refusal;
    let settle = () => {};
    const back = new Promise<void>((resolve) => (settle = resolve));
    calls.back ??= back;
    try {
      const value = await primary();
      calls.refusals = 0;
      calls.backRefusals = 0;
      return value;
    } catch (again) {
      if (!isReplacedBy(again)) throw again;
      calls.backRefusals += 1;
      oldRoute.refusedAgain();
      throw refusal;
    } finally {
      if (calls.back === back) calls.back = undefined;
      settle();
    }
  }

  /**
   * Sends `primary` through `send` as the request's one call of endpoint `id` in flight: what Spotify
   * answered is noted for the others as soon as it did (before any replacement call): a bare refusal
   * adds one to the row, an answer ends it, any other failure (a 404 for its playlist, a 5xx) leaves it.
   */
  private async sendAlone<T>(
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
