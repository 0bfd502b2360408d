/** One Web API call with a bearer token, renewed and repeated once when Spotify refuses it. */
import { checkAnswerShape } from './answer-shapes.js';
import type { Connection } from './connection.js';
import type { EndpointSpec } from './endpoints/types.js';
import { AccountsServiceError, AppTokenRefused, SpotifyAPIError, TokenExpired } from './errors.js';
import { recordFetchedBy } from './paging.js';
import { apiError, decodeSuccess, isExpiredTokenAnswer } from './responses.js';
import type { SpotifyAuthorisationToken } from './token.js';
import type { TokenHolder } from './token-renewal.js';
import type { TransportRequest } from './transport.js';

/** A Web API request before its token is added. */
export interface AuthorizedRequest {
  method: string;
  url: string;
  body?: string | undefined;
  contentType?: string | undefined;
  signal?: AbortSignal | undefined;
  /** See TransportRequest.deadline. */
  deadline?: number | undefined;
  /** See TransportRequest.waitOutRateLimit. */
  waitOutRateLimit?: boolean | undefined;
  /** See TransportRequest.rateLimitApp: the token's app when it is not the client's own. */
  rateLimitApp?: string | undefined;
  idempotent?: boolean;
  /** The endpoint answers without a body, so any 2xx body is ignored. */
  bodiless?: boolean;
  /**
   * The endpoint whose documented outline a decoded 2xx answer must have (checkAnswerShape: a
   * BAD_RESPONSE SpotifyAPIError with the answer's status, not retried); none: not checked.
   */
  shape?: EndpointSpec | undefined;
  /**
   * The call asked Spotify's `fields` filter (a playlist read): the answer holds the fields asked, so
   * an object read by id need not carry its `id` (checkAnswerShape's `filtered`).
   */
  filtered?: boolean | undefined;
  /** Credentials besides the token (the app's secret) that Spotify's error text must never show. */
  secrets?: readonly string[] | undefined;
  /** See TransportRequest.onUncertainAttempt. */
  onUncertainAttempt?: (() => void) | undefined;
  /** See TransportRequest.beforeRepeat. */
  beforeRepeat?: (() => boolean) | undefined;
}

/**
 * Sends `req` with a bearer token (`explicit`, else the held one). A 401 renews once and repeats the
 * call: "token expired" through the renewal hook (TokenExpired without one); any other 401 for a
 * client-credentials token this client obtained (an app token refused before its local expiry) also
 * once where a hook is set. For such an app token, a renewal the accounts service refuses throws that
 * refusal (e.g. `invalid_client`: the server's own credentials, not the caller's sign-in), an outage of
 * it is thrown as such, and a renewed token that is refused again throws AppTokenRefused instead of
 * renewing again. The client's AppTokenObserver hears how Spotify treated its app tokens. `onRenewed`
 * is told the fresh token whenever `explicit` was replaced. The repeat after a renewal is asked of
 * `req.beforeRepeat` as a retry is (see mayRepeat). Other failures throw SpotifyAPIError; a
 * closed connection SpotifyError CLIENT_CLOSED.
 */
export async function sendAuthorized<T>(
  connection: Connection,
  tokens: TokenHolder,
  req: AuthorizedRequest,
  explicit: SpotifyAuthorisationToken | undefined,
  onRenewed?: (fresh: SpotifyAuthorisationToken) => void,
): Promise<T> {
  const transport = connection.required();
  // A token that needs no renewal is taken as it is, without a turn of the event loop.
  let token = tokens.usable(explicit) ?? (await tokens.tokenFor(explicit));
  if (explicit !== undefined && token !== explicit) onRenewed?.(token);
  for (let renewed = false; ; renewed = true) {
    const sent = token;
    const outcome = await transport.send(
      withToken(req, sent),
      (response) => {
        if (provesToken(response.status)) observeAccepted(tokens, sent);
        if (response.status >= 200 && response.status < 300) {
          if (req.bodiless) return { value: undefined };
          return { value: decodeSuccess(response), status: response.status };
        }
        const expired = isExpiredTokenAnswer(response);
        // Spotify's own 401 stays with the TokenExpired that a failed renewal becomes.
        if (!renewed && expired) return { expired: apiError(response, secretsOf(sent, req)) };
        const appToken = response.status === 401 && tokens.renewsAfterRefusal(sent);
        // A renewed app token refused as expired is refused as any other 401 below: TokenExpired speaks
        // of the caller's own token (attack 7 F8: anonymous callers were told to sign in).
        if (expired && !appToken)
          throw new TokenExpired(undefined, { answer: apiError(response, secretsOf(sent, req)) });
        // Only a client-credentials token this client obtained: a user token
        // Spotify refused is a sign-in that ended, not one to refresh behind the user's back.
        if (appToken) {
          const refusal = apiError(response, secretsOf(sent, req));
          if (!renewed) return { refused: refusal };
          // Refused again right after renewing: another renewal would only go round in circles.
          tokens.observer?.refused(sent);
          throw new AppTokenRefused(refusal);
        }
        throw apiError(response, secretsOf(sent, req));
      },
      // A 429 the transport gives up on keeps Spotify's words, redacted as every other status's are.
      // An argument, not a named const: under tsx (esbuild's keepNames) a named closure made for every
      // call also costs a __name call, about 2 us (issue 11: the client's own cost per request).
      (response) => apiError(response, secretsOf(sent, req)),
    );
    if ('value' in outcome) {
      // The outline is checked once the answer is in, outside the transport's retries: a readable 2xx of
      // the wrong shape would come back the same (v10 re-attack on issue 7, R2), unlike a garbled body.
      if ('status' in outcome && req.shape !== undefined)
        checkAnswerShape(req.shape, outcome.value, outcome.status, req.filtered === true);
      // A page keeps the link it was read by: iterate checks its `next` against it (v13 attack on issue 7, C1).
      if (req.method === 'GET') recordFetchedBy(outcome.value, req.url);
      return outcome.value as T;
    }
    if ('refused' in outcome) {
      // Spotify refused a token it should still accept: renew once. If the accounts service refused
      // to issue the app a token (invalid_client: the app's own credentials), that refusal is the
      // error, as is an outage of it (5xx, timeout, network, rate limit): nobody's sign-in is at
      // fault. A hook that cannot renew this token (TokenExpired) leaves the 401 standing.
      token = await tokens.renew(token).catch((error: unknown) => {
        throw renewalRefused(error) && !(error instanceof AccountsServiceError) ? outcome.refused : error;
      });
      mayRepeat(req, outcome.refused);
      continue;
    }
    const answer = outcome.expired;
    token = await tokens.renew(token).catch((error: unknown) => {
      throw error instanceof TokenExpired && error.answer === undefined
        ? new TokenExpired(error.message, { answer })
        : error;
    });
    onRenewed?.(token);
    mayRepeat(req, answer);
  }
}

/** Spotify's refusals that a call answered because the repeat after its token's renewal was not allowed. */
const unrepeated = new WeakSet<object>();

/**
 * Whether `error` is the refusal a call answered because its repeat after the token's renewal was not
 * allowed (RequestOptions.beforeRepeat answered false: the request's call allowance was spent). The
 * token was renewed all the same; the caller's allowance, not the sign-in, stopped the call.
 */
export function isUnrepeatedRefusal(error: unknown): boolean {
  return typeof error === 'object' && error !== null && unrepeated.has(error);
}

/**
 * The repeat after a renewal is an HTTP request Spotify counts, as a retry is: `req.beforeRepeat` is
 * asked before it, and once it answers false the call answers Spotify's refusal, marked (see
 * isUnrepeatedRefusal).
 */
function mayRepeat(req: AuthorizedRequest, refusal: SpotifyAPIError): void {
  if (req.beforeRepeat?.() !== false) return;
  unrepeated.add(refusal);
  throw refusal;
}

/**
 * Whether an answer of `status` proves Spotify accepted the token: a 2xx, or a 4xx other than 401 (the
 * token refused) and 429 (the rate limiter, which says nothing of the token). A 5xx is an outage, not
 * an acceptance (s38, issue 7 item 1, LOW).
 */
function provesToken(status: number): boolean {
  return (
    (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 401 && status !== 429)
  );
}

/** Tells the client's observer, if any, that Spotify accepted `token` when it is an app token. */
function observeAccepted(tokens: TokenHolder, token: SpotifyAuthorisationToken): void {
  if (tokens.observer !== undefined && tokens.isAppToken(token)) tokens.observer.accepted(token);
}

/** What an error text must never show for a request sent with `token`: its credentials, the app's secret. */
function secretsOf(token: SpotifyAuthorisationToken, req: AuthorizedRequest): string[] {
  return [token.accessToken, token.refreshToken ?? '', ...(req.secrets ?? [])].filter(
    (secret) => secret !== '',
  );
}

function withToken(req: AuthorizedRequest, token: SpotifyAuthorisationToken): TransportRequest {
  const headers: Record<string, string> = { authorization: `Bearer ${token.accessToken}` };
  if (req.contentType !== undefined) headers['content-type'] = req.contentType;
  const transportRequest: TransportRequest = {
    method: req.method,
    url: req.url,
    headers,
    signal: req.signal,
  };
  if (req.body !== undefined) transportRequest.body = req.body;
  if (req.idempotent !== undefined) transportRequest.idempotent = req.idempotent;
  if (req.waitOutRateLimit !== undefined) transportRequest.waitOutRateLimit = req.waitOutRateLimit;
  if (req.rateLimitApp !== undefined) transportRequest.rateLimitApp = req.rateLimitApp;
  if (req.deadline !== undefined) transportRequest.deadline = req.deadline;
  if (req.onUncertainAttempt !== undefined) transportRequest.onUncertainAttempt = req.onUncertainAttempt;
  if (req.beforeRepeat !== undefined) transportRequest.beforeRepeat = req.beforeRepeat;
  return transportRequest;
}

/** Whether a failed renewal was a refusal by the accounts service (a 4xx answer), not an outage. */
function renewalRefused(error: unknown): boolean {
  return (
    error instanceof SpotifyAPIError && error.status >= 400 && error.status < 500 && error.status !== 429
  );
}
