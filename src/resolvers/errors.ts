import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import { isBareRefusal } from '../spotify/app-mode.js';
import { findEndpoint } from '../spotify/endpoints/table.js';
import {
  AccountsServiceError,
  AppTokenRefused,
  appliedWords,
  ChangeMayHaveApplied,
  NotAvailableInDevelopmentMode,
  PartiallyApplied,
  RateLimitExceeded,
  ReauthenticationRequired,
  RequestTimeout,
  SpotifyAPIError,
  SpotifyBaseError,
  SpotifyError,
  SpotifyNetworkError,
  TokenExpired,
} from '../spotify/errors.js';
import { refusalText } from '../spotify/quoted-input.js';
import { needsNothing, requiredScopes, type ScopeNeeds, scopesOf } from '../spotify/scopes.js';
import { isOnlyStatusPhrase } from '../spotify/status-words.js';

/** The `extensions.code` values clients can branch on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SPOTIFY_NOT_FOUND'
  | 'SPOTIFY_RATE_LIMITED'
  | 'SPOTIFY_BAD_REQUEST'
  | 'SPOTIFY_UNAVAILABLE'
  | 'SPOTIFY_ERROR'
  | 'PREMIUM_REQUIRED'
  | 'NO_ACTIVE_DEVICE'
  | 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE'
  | 'SPOTIFY_UNSUPPORTED_ITEM';

export interface SpotifyExtension {
  status: number;
  message: string;
  reason: string | null;
}

/** What `reissue` changes in an error; what is left out keeps the error's own. */
export interface ErrorChanges {
  message?: string;
  /** The whole new `extensions` (spread the error's own into it to keep them). */
  extensions?: GraphQLErrorExtensions;
  /**
   * The cause the copy carries (the request's log line reports it: src/server/logging.ts): the
   * error's own by default; null for none, where the copy is the server's own word on the error.
   */
  originalError?: Error | null;
}

/**
 * A copy of `error` at the same place (its nodes, source, positions and path: the answer's
 * `locations` and `path`) with a new message, extensions or cause (see ErrorChanges). The one way a
 * GraphQLError is re-issued, so that no copy forgets its place.
 */
export function reissue(error: GraphQLError, changes: ErrorChanges = {}): GraphQLError {
  return new GraphQLError(changes.message ?? error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError:
      changes.originalError === undefined ? (error.originalError ?? null) : changes.originalError,
    extensions: changes.extensions ?? error.extensions,
  });
}

/**
 * Input the server refuses before any Spotify call: a malformed id, an out-of-range limit, ... The
 * message is bounded and escaped here, whatever it was built with (refusalText: at most 300
 * characters of its own words, control characters and bidirectional marks escaped); `got`, the
 * refused value, is quoted after it at most 60 characters long with its length (`, got "abc…" (900000
 * characters)`). A call site never quotes a value itself (issue 7: a 900 KB deviceId was echoed whole).
 */
export function badInput(message: string, argument?: string, got?: { got: string }): GraphQLError {
  return new GraphQLError(refusalText(message, got?.got), {
    extensions: { code: 'BAD_USER_INPUT', ...(argument === undefined ? {} : { argument }) },
  });
}

/**
 * An item Spotify does not have: a null in a batch answer (no `extensions.spotify`: Spotify sent no
 * error status), or a single call's 404 (`spotify404`: its status, message and reason are kept).
 */
export function notFound(type: string, id: string, spotify404?: SpotifyAPIError): GraphQLError {
  return new GraphQLError(`No ${type} with id ${id}`, {
    extensions: {
      code: 'SPOTIFY_NOT_FOUND',
      ...(spotify404 === undefined ? {} : { spotify: spotifyExtension(spotify404) as SpotifyExtension }),
    },
  });
}

/**
 * A batch call's 404 (e.g. `GET /v1/tracks?ids=`) for each of its ids: SPOTIFY_UNAVAILABLE, with
 * Spotify's status, message and reason. Spotify answers an unknown id of a batch with a null entry in
 * a 200 (Web API reference, "Get Several Tracks"), so a 404 of the whole call says nothing of any one
 * id: no "No track with id X", which a client may take (and cache) as the item's deletion (v15
 * re-attack, RA5).
 */
export function batchCallFailed(error: SpotifyAPIError): GraphQLError {
  return new GraphQLError(`Spotify's batch call answered ${error.status}: try again later`, {
    extensions: { code: 'SPOTIFY_UNAVAILABLE', spotify: spotifyExtension(error) as SpotifyExtension },
  });
}

/**
 * What Spotify said of a failed call (`extensions.spotify`), from its own answer: its body's message
 * (the client's own text only when the body had none), status and reason. Undefined when Spotify said
 * nothing: status 0 (the client did not ask, or no answer came), or a TokenExpired without Spotify's 401
 * (the client knew the token expired, or its renewal failed before a call).
 */
function spotifyExtension(error: SpotifyBaseError): SpotifyExtension | undefined {
  if (error instanceof TokenExpired)
    return error.answer === undefined ? undefined : spotifyExtension(error.answer);
  // Spotify's own words on its 429, not the client's "Rate limit exceeded" (v16 attack on issue 7, D5).
  if (error instanceof RateLimitExceeded && error.answer !== undefined) return spotifyExtension(error.answer);
  if (error.status === 0) return undefined;
  const body = error instanceof SpotifyAPIError ? error.body : undefined;
  // A body message that only repeats the status (`Forbidden`) is no message, as a text body's is not.
  const said = body && typeof body.error === 'object' ? body.error.message.trim() : '';
  const message =
    body && typeof body.error === 'object'
      ? (said !== '' && !isOnlyStatusPhrase(said, error.status) ? said : '') || error.message
      : body && 'error_description' in body
        ? (body.error_description ?? body.error)
        : ownWords(error);
  const reason =
    error instanceof SpotifyAPIError || error instanceof RateLimitExceeded ? (error.reason ?? null) : null;
  return { status: error.status, message, reason };
}

/**
 * The error's message without the client's note on a 403's scopes (SpotifyAPIError.baseMessage): the
 * server names the scopes in its own words (forbidden).
 */
const ownWords = (error: SpotifyBaseError): string =>
  error instanceof SpotifyAPIError ? error.baseMessage : error.message;

/**
 * The message of a 403, and the scopes it is about. A missing scope is claimed only when Spotify's
 * message says so and the token's scopes are known (a session's) and do not cover what the call
 * needs: then the missing ones are named, and `missingScopes` lists them (scope names: every scope the
 * message names). A modify scope that follows a playlist's visibility the call does not know is named
 * with its visibility ("playlist-modify-public for a public playlist, playlist-modify-private for a
 * private one"), and a token holding one of the two lacks the other. When the token's scopes are not
 * known (a caller's Spotify token), the server cannot tell whether it lacks any: Spotify's own words,
 * then what the call needs ("this needs the scope a"), never that the token lacks it (v15 attack on
 * issue 7, V7: a token with every scope answered "Insufficient client scope" was told it lacked one).
 * Any other 403 keeps Spotify's own words, as a 403 has several causes; a bare one (isBareRefusal: no
 * reason, no message or only the status phrase such as "Forbidden", which Spotify also sends on a
 * passing glitch) adds BARE_NOTE (and DEVELOPMENT_HINT where Development Mode could explain it), and claims neither a missing scope nor Development Mode (which refusals that say so are).
 */
function forbidden(
  error: SpotifyAPIError,
  spotifyMessage: string,
): { message: string; missingScopes?: string[] } {
  const own = { message: `Spotify refused the request: ${spotifyMessage}` };
  if (isBareRefusal(error))
    return { message: `${own.message} ${BARE_NOTE}${error.mayBeDevelopmentMode ? DEVELOPMENT_HINT : ''}` };
  if (!/scope/i.test(spotifyMessage)) return own;
  if (error.missingScopes === undefined) {
    const endpoint = error.endpoint === undefined ? undefined : findEndpoint(error.endpoint);
    const needs = error.requiredScopes ?? (endpoint ? requiredScopes(endpoint) : undefined);
    if (needs === undefined || needsNothing(needs)) return own;
    return { message: `${own.message} (this needs the ${scopesOf(needs)})` };
  }
  const known: ScopeNeeds = { groups: error.missingScopes, byVisibility: error.missingByVisibility ?? [] };
  if (needsNothing(known)) return own;
  const named = [...known.groups.flat(), ...known.byVisibility.map((need) => need.scope)];
  return {
    message: `Spotify refused the request: a required scope is missing (the token lacks the ${scopesOf(known)})`,
    missingScopes: [...new Set(named)],
  };
}

/**
 * The note on a bare 403 (see forbidden): Spotify said no why, and it sends such a 403 on a passing
 * glitch of an endpoint too.
 */
export const BARE_NOTE =
  '(Spotify gave no reason; it sends such a refusal on a passing glitch too, so a retry may help)';

/**
 * What a bare 403 adds when Development Mode could explain it (SpotifyAPIError.mayBeDevelopmentMode: in
 * auto mode, before the app's mode is known, from an endpoint Development Mode apps lost). Auto mode
 * tells the mode only from a later refusal; configured, every such call says
 * NOT_AVAILABLE_IN_DEVELOPMENT_MODE at once (attack 38, new user, finding 8).
 */
export const DEVELOPMENT_HINT =
  ' The app may be in Development Mode, which lost this endpoint: SPOTIFY_APP_MODE=development says so at once (auto mode learns it from a later refusal).';

/** FORBIDDEN with `missingScopes` when they are known (see forbidden). */
function forbiddenError(
  { message, missingScopes }: { message: string; missingScopes?: string[] },
  make: (code: ErrorCode, message: string, extra?: Record<string, unknown>) => GraphQLError,
): GraphQLError {
  return make('FORBIDDEN', message, missingScopes === undefined ? {} : { missingScopes });
}

/** The message of an expired access token the caller sent itself (no session renews it). */
const TOKEN_EXPIRED_MESSAGE =
  'The Spotify access token expired: get a new one (or sign in through the server)';

/**
 * A GraphQL error for what the Spotify client threw, with `extensions.code` and
 * `extensions.spotify { status, message, reason }`; undefined for anything else (which stays masked).
 */
export function toGraphQLError(error: unknown): GraphQLError | undefined {
  if (error instanceof GraphQLError) return error;
  if (!(error instanceof SpotifyBaseError)) return undefined;
  const spotify = spotifyExtension(error);
  // No Spotify answer (status 0: the client knew better than to ask, or no answer came; a token known
  // to be expired), so there is none to show.
  const make = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError =>
    new GraphQLError(message, {
      extensions: { code, ...(spotify === undefined ? {} : { spotify }), ...extra },
    });
  // Never an empty reason after "Spotify refused the request:": the status says what is known.
  const spotifyMessage =
    spotify?.message?.trim() || ownWords(error).trim() || `Spotify answered ${error.status}`;

  if (error instanceof PartiallyApplied) return partiallyAppliedError(error, make);
  if (error instanceof ChangeMayHaveApplied) return mayHaveAppliedError(error);
  if (error instanceof RateLimitExceeded) {
    return error.answer instanceof AccountsServiceError
      ? tokenNotIssued(error.answer, make, `retry after ${error.retryAfter} s`, error.retryAfter)
      : rateLimitedError(error, make);
  }
  if (error instanceof NotAvailableInDevelopmentMode) {
    return make('NOT_AVAILABLE_IN_DEVELOPMENT_MODE', error.message);
  }
  if (error instanceof AppTokenRefused) {
    // The server's own app token, refused right after renewal: nothing a sign-in would change.
    return make('SPOTIFY_UNAVAILABLE', "Spotify refused the server's app token: try again later");
  }
  if (error instanceof ReauthenticationRequired) {
    return make('UNAUTHENTICATED', 'The Spotify session is no longer valid: sign in again');
  }
  const refusal = accountsRefusal(error);
  if (refusal) {
    // The session's renewal, refused for another reason than invalid_grant (a gateway's text 400, an
    // RFC 6749 error about the request): the caller's query was not at fault (attack 7 F7).
    const said = refusal.detail === undefined ? '' : `: ${refusal.detail}`;
    return make(
      'SPOTIFY_UNAVAILABLE',
      `Spotify's accounts service refused to renew the sign-in (HTTP ${refusal.status}${said}): try again`,
    );
  }
  // A token request (a session's renewal, the app token) met the accounts service's own failure.
  if (error instanceof AccountsServiceError && error.status >= 500)
    return tokenNotIssued(error, make, 'try again');
  if (error instanceof TokenExpired) {
    // A token the caller sent itself (a session's is renewed, or ends with ReauthenticationRequired).
    return make('UNAUTHENTICATED', TOKEN_EXPIRED_MESSAGE);
  }
  if (error instanceof RequestTimeout || error instanceof SpotifyNetworkError) {
    return make('SPOTIFY_UNAVAILABLE', `Spotify could not be reached: ${error.message}`);
  }
  if (error instanceof SpotifyError) {
    // The client refused the call before sending it: bad arguments reached it.
    return badInput(error.message);
  }
  if (error instanceof SpotifyAPIError) return apiError(error, make, spotifyMessage);
  return make('SPOTIFY_ERROR', error.message);
}

/**
 * `error` when it is the accounts service's 4xx refusal of a token request other than the ones with
 * their own codes: invalid_grant (ReauthenticationRequired: sign in again), the app's own credentials
 * (`invalid_client`/`unauthorized_client`: SERVER_MISCONFIGURED, see server/errors.ts
 * isConfigurationFault, which reads the error itself) and a 429 (RateLimitExceeded).
 */
function accountsRefusal(error: SpotifyBaseError): AccountsServiceError | undefined {
  if (!(error instanceof AccountsServiceError) || error instanceof ReauthenticationRequired) return undefined;
  if (error.status < 400 || error.status >= 500 || error.status === 429) return undefined;
  const reason = (error.body as { error?: unknown } | undefined)?.error;
  return reason === 'invalid_client' || reason === 'unauthorized_client' ? undefined : error;
}

/**
 * The error of a token request (a session's renewal, the server's app token) the accounts service did
 * not answer with a token for its own failure: a 5xx (SPOTIFY_UNAVAILABLE, "try again") or its 429
 * (SPOTIFY_RATE_LIMITED with `retryAfter`, in s), with its status and words (the client's `detail`:
 * bounded, redacted), as the app token's back-off says them (src/resolvers/app-token.ts, 0535ca3):
 * "did not issue", never "refused" nor a bare "Spotify answered with an error".
 */
function tokenNotIssued(
  failure: AccountsServiceError,
  make: MakeError,
  then: string,
  retryAfter?: number,
): GraphQLError {
  const said = failure.detail === undefined ? '' : `: ${failure.detail}`;
  const message = `Spotify's accounts service did not issue a token (HTTP ${failure.status}${said}): ${then}`;
  return retryAfter === undefined
    ? make('SPOTIFY_UNAVAILABLE', message)
    : make('SPOTIFY_RATE_LIMITED', message, { retryAfter });
}

/** How toGraphQLError makes an error: its code and message, Spotify's answer (if any) and `extra`. */
type MakeError = (code: ErrorCode, message: string, extra?: Record<string, unknown>) => GraphQLError;

/**
 * A change that went through in part: the failing call's own error (SPOTIFY_ERROR if it is not
 * Spotify's), saying so, with `partiallyApplied`, `appliedItems` (applied for certain), `totalItems`
 * and, when the failed call may have applied its items too, `uncertainItems` (their count).
 */
function partiallyAppliedError(error: PartiallyApplied, make: MakeError): GraphQLError {
  // The failing call's own error, saying that the earlier calls of the change went through.
  const cause = toGraphQLError(error.cause) ?? make('SPOTIFY_ERROR', 'Spotify failed');
  return reissue(cause, {
    message: `${cause.message}; the change was partly applied (${appliedWords(error.appliedItems, error.totalItems, error.uncertainItems)}): read the playlist before repeating it`,
    extensions: {
      ...cause.extensions,
      partiallyApplied: true,
      appliedItems: error.appliedItems,
      totalItems: error.totalItems,
      ...(error.uncertainItems > 0 ? { uncertainItems: error.uncertainItems } : {}),
    },
  });
}

/**
 * Whether `error` is a player command's refusal (a write under `/me/player`, whose route always
 * exists) with no Web API error body to read its reason from (an HTML or cut-short 404): Spotify's
 * 404s there are about the device (Web API reference, "Player" endpoints: 404 NO_ACTIVE_DEVICE), so
 * "no such resource" would mislead (attack 5, F4). A readable body keeps its own words.
 */
function unreadPlayerRefusal(error: SpotifyAPIError): boolean {
  if (error.reason !== undefined || error.body !== undefined || error.endpoint === undefined) return false;
  const endpoint = findEndpoint(error.endpoint);
  return endpoint !== undefined && endpoint.method !== 'GET' && endpoint.path.startsWith('/me/player');
}

/**
 * Spotify's error answer (or a body that could not be read) by its status and reason: SPOTIFY_UNAVAILABLE
 * (unreadable, wrong shape with `badValue`, 5xx), UNAUTHENTICATED (401), PREMIUM_REQUIRED or forbiddenError's
 * kinds (403), NO_ACTIVE_DEVICE or SPOTIFY_NOT_FOUND (404), SPOTIFY_BAD_REQUEST (400), else SPOTIFY_ERROR.
 * `spotifyMessage` is Spotify's text (redacted), or the error's.
 */
function apiError(error: SpotifyAPIError, make: MakeError, spotifyMessage: string): GraphQLError {
  const status = error.status;
  // A readable answer of the wrong shape is Spotify's bad value, flagged as a field of the wrong
  // type is (extensions.badValue); a body that could not be read at all is not (v10 re-attack on issue 7, R2).
  // The message names the member at fault (never its value), as a field of the wrong type's does, in
  // queries and in a subscription's error and stale events alike (s38 new-user pass, finding 6).
  if (error.code === 'BAD_RESPONSE' && status < 400 && error.wrongShape) {
    const fault = error.shapeFault === undefined ? '' : `: ${error.shapeFault}`;
    return make('SPOTIFY_UNAVAILABLE', `Spotify sent an answer of the wrong shape${fault}`, {
      badValue: true,
    });
  }
  if (error.code === 'BAD_RESPONSE' && status < 400)
    return make('SPOTIFY_UNAVAILABLE', 'Spotify sent an answer that could not be read');
  if (error.code === 'BAD_RESPONSE' || status >= 500)
    return make('SPOTIFY_UNAVAILABLE', 'Spotify answered with an error');
  if (status === 401) return make('UNAUTHENTICATED', 'Spotify did not accept the access token');
  if (status === 403 && error.reason === 'PREMIUM_REQUIRED') {
    return make('PREMIUM_REQUIRED', 'This player command needs a Spotify Premium account');
  }
  if (status === 403) return forbiddenError(forbidden(error, spotifyMessage), make);
  if (status === 404 && error.reason === 'NO_ACTIVE_DEVICE') {
    return make(
      'NO_ACTIVE_DEVICE',
      'No active Spotify device: start playback on a device or pass a deviceId',
    );
  }
  if (status === 404 && unreadPlayerRefusal(error)) {
    return make(
      'NO_ACTIVE_DEVICE',
      `No Spotify device took the command (Spotify answered 404 without its reason: ${spotifyMessage}): start playback on a device or pass the deviceId of an active one`,
    );
  }
  if (status === 404) return make('SPOTIFY_NOT_FOUND', `Spotify has no such resource: ${spotifyMessage}`);
  if (status === 400) return make('SPOTIFY_BAD_REQUEST', `Spotify refused the request: ${spotifyMessage}`);
  // A message that is only the status already says it (an answer with no readable body).
  const said = `Spotify answered ${status}`;
  return make('SPOTIFY_ERROR', spotifyMessage === said ? said : `${said}: ${spotifyMessage}`);
}

/**
 * SPOTIFY_RATE_LIMITED with `retryAfter` (s). `extensions.spotify` only when Spotify answered this
 * call with its 429; a call the pause held back (an earlier 429, another instance's) was never sent,
 * so it has none, and the pause's reason (QUOTA_EXCEEDED), if any, is named in the message instead.
 */
function rateLimitedError(
  error: RateLimitExceeded,
  make: (code: ErrorCode, message: string, extra?: Record<string, unknown>) => GraphQLError,
): GraphQLError {
  const message = `Spotify rate limit: retry after ${error.retryAfter} s`;
  if (error.answered) return make('SPOTIFY_RATE_LIMITED', message, { retryAfter: error.retryAfter });
  return new GraphQLError(error.reason === undefined ? message : `${message} (${error.reason})`, {
    extensions: { code: 'SPOTIFY_RATE_LIMITED', retryAfter: error.retryAfter },
  });
}

/**
 * A write that may have been applied: Spotify failed or gave no readable answer
 * (`SPOTIFY_UNAVAILABLE`), or, after an earlier attempt that may have applied it, refused the repeat
 * (that refusal's own code). Both carry `mayHaveApplied: true`.
 */
function mayHaveAppliedError(error: ChangeMayHaveApplied): GraphQLError {
  const cause = error.cause instanceof SpotifyBaseError ? toGraphQLError(error.cause) : undefined;
  const code = cause?.extensions.code;
  if (cause === undefined || code === 'SPOTIFY_UNAVAILABLE' || code === 'SPOTIFY_ERROR') {
    const spotify = cause?.extensions.spotify;
    // The cause's own words: no answer, an error answer, or an answer that could not be read.
    return new GraphQLError(
      `${cause?.message ?? 'Spotify failed'}, and the change may have been applied: check before repeating it`,
      {
        extensions: {
          code: 'SPOTIFY_UNAVAILABLE',
          ...(spotify === undefined ? {} : { spotify }),
          mayHaveApplied: true,
        },
      },
    );
  }
  return reissue(cause, {
    message: `${cause.message}; an earlier attempt may have applied the change: check before repeating it`,
    extensions: { ...cause.extensions, mayHaveApplied: true },
  });
}

/** A Spotify failure as its typed GraphQL error (toGraphQLError); anything else masked, and told to `report`. */
export function spotifyOrMaskedError(error: unknown, report?: (error: unknown) => void): GraphQLError {
  const mapped = toGraphQLError(error);
  if (mapped) return mapped;
  report?.(error);
  return new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** Whether `error` says the sign-in is lost (`extensions.code` UNAUTHENTICATED). */
export const isUnauthenticated = (error: GraphQLError): boolean =>
  error.extensions?.code === 'UNAUTHENTICATED';
