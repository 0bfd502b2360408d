/**
 * The client's errors: classes with stable codes, so callers branch on `instanceof` or `code`, never on
 * message text. Messages never carry tokens, codes, cookies or secrets.
 */ import { redactNamedCredentials } from './named-credentials.js';
import { neededCount, needsNothing, type ScopeNeeds, scopesOf, type VisibilityScope } from './scopes.js';

/**
 * What was thrown or rejected, as an Error: an Error itself, anything else as an Error of its text.
 * The one home of this check, for the client's transport and for src/resolvers (settling values).
 */
export const asError = (reason: unknown): Error =>
  reason instanceof Error ? reason : new Error(String(reason));

/** The JSON every error gives: `status` is the HTTP status, or 0 where none applies. */
export interface SpotifyErrorJson {
  error: { status: number; message: string };
}

export type SpotifyErrorCode =
  | 'SPOTIFY_ERROR'
  | 'USAGE_ERROR'
  | 'CONSENT_REQUIRED'
  | 'STATE_MISMATCH'
  | 'CLIENT_CLOSED'
  | 'TOKEN_EXPIRED'
  | 'RATE_LIMITED'
  | 'SPOTIFY_API_ERROR'
  | 'ACCOUNTS_ERROR'
  | 'REAUTHENTICATION_REQUIRED'
  | 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE'
  | 'BAD_RESPONSE'
  | 'NETWORK_ERROR'
  | 'REQUEST_TIMEOUT'
  | 'ABORTED'
  | 'OUTCOME_UNKNOWN'
  | 'PARTIALLY_APPLIED'
  | 'PAGE_BOUND_REACHED'
  | 'PAGE_UNREACHABLE'
  | 'APP_TOKEN_REFUSED';

/** The base of every error the client throws. */
export class SpotifyBaseError extends Error {
  readonly code: SpotifyErrorCode;
  /** HTTP status, or 0 where none applies. */
  readonly status: number;

  constructor(message: string, options: { status?: number; code?: SpotifyErrorCode; cause?: unknown } = {}) {
    // Spotify's text reaches messages: a credential it names is never passed on, however short.
    super(
      redactNamedCredentials(message),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = new.target.name;
    this.status = options.status ?? 0;
    this.code = options.code ?? 'SPOTIFY_ERROR';
  }

  getJson(): SpotifyErrorJson {
    return { error: { status: this.status, message: this.message } };
  }

  toJSON(): SpotifyErrorJson {
    return this.getJson();
  }
}

/** A usage error: bad options, a missing token, a closed client, an incomplete flow. */
export class SpotifyError extends SpotifyBaseError {
  constructor(message: string, options: { code?: SpotifyErrorCode; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'USAGE_ERROR', cause: options.cause });
  }
}

/**
 * The client's own configuration lacks what a request needs (the app's id, its secret, a redirect
 * URL): a usage error (code USAGE_ERROR) raised before anything is sent, which no retry can mend.
 * `missing` names what is missing, each with its environment variable, e.g.
 * `applicationSecret (SPOTIFY_CLIENT_SECRET)`.
 */
export class IncompleteFlow extends SpotifyError {
  readonly missing: readonly string[];

  constructor(message: string, missing: readonly string[]) {
    super(message);
    this.missing = [...missing];
  }
}

/**
 * The access token is expired and no renewal hook could replace it. `answer` is Spotify's own 401
 * ("The access token expired") when Spotify said so; undefined when the client knew the token expired
 * without asking Spotify, or when a renewal hook refused to renew it before any call.
 */
export class TokenExpired extends SpotifyBaseError {
  readonly answer: SpotifyAPIError | undefined;

  constructor(
    message = 'The access token expired and no token renewal is configured',
    options: { answer?: SpotifyAPIError | undefined } = {},
  ) {
    super(message, { status: 401, code: 'TOKEN_EXPIRED', cause: options.answer });
    this.answer = options.answer;
  }
}

/** Spotify rate-limited the app for longer than the client is willing to wait. */
export class RateLimitExceeded extends SpotifyBaseError {
  /** Seconds until Spotify accepts requests again. */
  readonly retryAfter: number;
  /** Spotify's reason when it gives one, e.g. `QUOTA_EXCEEDED` for a Development Mode quota. */
  readonly reason: string | undefined;
  /**
   * Whether Spotify itself answered this call with the 429 (true), or the client did not send it
   * because a pause already held every call (false: an earlier 429, or another instance's).
   */
  readonly answered: boolean;
  /**
   * Spotify's 429 answer to this call as an error (its message, reason and body, redacted and bounded
   * as every Spotify error text is), when the client read it; undefined for a call a pause held back
   * (`answered: false`). For the accounts service's 429, its answer as an AccountsServiceError.
   */
  readonly answer: SpotifyAPIError | undefined;

  /** `retryAfter` in SECONDS; `reason`: Spotify's (e.g. QUOTA_EXCEEDED); see `answered` and `answer`. */
  constructor(
    retryAfter: number,
    reason?: string,
    options: { answered?: boolean; answer?: SpotifyAPIError | undefined } = {},
  ) {
    super(`Rate limit exceeded: retry after ${retryAfter} s${reason === undefined ? '' : ` (${reason})`}`, {
      status: 429,
      code: 'RATE_LIMITED',
      cause: options.answer,
    });
    this.retryAfter = retryAfter;
    this.reason = reason;
    this.answered = options.answered ?? true;
    this.answer = options.answer;
  }
}

/** Spotify's Web API error body, or the accounts service's RFC 6749 body. */
export type SpotifyErrorBody =
  | { error: { status: number; message: string; reason?: string } }
  | { error: string; error_description?: string };

export interface SpotifyAPIErrorOptions {
  status: number;
  endpoint?: string | undefined;
  reason?: string | undefined;
  body?: SpotifyErrorBody | undefined;
  code?: SpotifyErrorCode;
  cause?: unknown;
  /** A readable 2xx answer that is not the documented shape (see SpotifyAPIError.wrongShape). */
  wrongShape?: boolean | undefined;
  /** For a wrong shape: what is wrong, naming the member (see SpotifyAPIError.shapeFault). */
  shapeFault?: string | undefined;
}

/** Spotify answered with an error: an unknown id, a missing scope, no active device, ... */
export class SpotifyAPIError extends SpotifyBaseError {
  /** Spotify's reason (player errors such as `NO_ACTIVE_DEVICE`) or the RFC 6749 error code. */
  readonly reason: string | undefined;
  /**
   * The endpoint table id of the call that failed (e.g. `get-users-saved-tracks`), set by the client's
   * request path: it tells which scopes a missing-scope 403 is about.
   */
  endpoint: string | undefined;
  /** The error body as Spotify sent it; undefined when it was missing or malformed. */
  readonly body: SpotifyErrorBody | undefined;
  /**
   * For a 403: the scope requirements of the endpoint that the call's token meets none of (each as
   * its alternatives, e.g. `[["user-library-read"]]`), when the token's scopes are known (set by the
   * client's request path); undefined when they are not. An empty list means the token has them all,
   * so the refusal has another cause.
   */
  missingScopes: readonly (readonly string[])[] | undefined;
  /**
   * For a 403 with `missingScopes`: the modify scopes the token lacks that go with the playlist's
   * visibility, which the call did not know (a token holding neither playlist-modify-public nor
   * playlist-modify-private, changing a playlist): each with the visibility it is needed for.
   */
  missingByVisibility: readonly VisibilityScope[] | undefined;
  /**
   * For a 403: the endpoint's scope requirements for this call's arguments (e.g. only
   * playlist-modify-private for a private playlist's creation), set by the client's request path;
   * undefined when not set (then the endpoint's listed requirements apply).
   */
  requiredScopes: ScopeNeeds | undefined;
  /**
   * For a bare 403 in auto mode before the app's mode is known: true when Development Mode could explain
   * it (an endpoint such apps lost, refused without a reason to a token with its scopes:
   * AppModeTracker.couldBeDevelopment), set by the client's request path. Configuring the mode
   * (`appMode: 'development'`, SPOTIFY_APP_MODE=development) makes such calls fail at once with
   * NotAvailableInDevelopmentMode instead; auto mode learns it only from a later refusal.
   */
  mayBeDevelopmentMode: boolean;
  /**
   * A `BAD_RESPONSE` for an answer that was read (JSON) but is not the shape Spotify's reference
   * documents (an object where a page belongs, `items` that is no list): Spotify's bad value, as a
   * field of the wrong type is. False for an error answer and for a body that could not be read at
   * all (not JSON, cut short).
   */
  readonly wrongShape: boolean;
  /**
   * For a `wrongShape` answer whose outline was checked (src/spotify/answer-shapes.ts): what is wrong,
   * naming the member and the kind of value found, never the value (Spotify's, not ours to echo), e.g.
   * `devices is a string, not a list`; undefined otherwise.
   */
  readonly shapeFault: string | undefined;
  /**
   * The message as the error was made (Spotify's words, redacted, for an answer): `message` without
   * what the client's request path added to a missing-scope 403 (see nameScopes); the same otherwise.
   */
  readonly baseMessage: string;

  constructor(message: string, options: SpotifyAPIErrorOptions) {
    super(message, {
      status: options.status,
      code: options.code ?? 'SPOTIFY_API_ERROR',
      cause: options.cause,
    });
    this.reason = options.reason;
    this.body = cleanBody(options.body);
    this.endpoint = options.endpoint;
    this.missingScopes = undefined;
    this.missingByVisibility = undefined;
    this.requiredScopes = undefined;
    this.mayBeDevelopmentMode = false;
    this.wrongShape = options.wrongShape === true;
    this.shapeFault = options.shapeFault;
    this.baseMessage = this.message;
  }
}

/**
 * Names in the message of a 403 whose words say a scope is missing (Spotify's "Insufficient client
 * scope") the scopes it is about, from what the client's request path noted (`missingScopes`,
 * `requiredScopes`): those the token lacks when its scopes are known ("the token lacks the scope a,
 * which get-users-saved-tracks needs"); else, as a possible cause, what the call needs ("... needs the
 * scopes a and b: the token may lack one of them"). Nothing is added when the token holds them all
 * (the refusal has another cause). The stack's first line follows; `baseMessage` keeps the words.
 */
export function nameScopes(error: SpotifyAPIError, endpointId: string): void {
  const needs = error.requiredScopes;
  if (error.status !== 403 || needs === undefined || !/scope/i.test(error.baseMessage)) return;
  let note: string | undefined;
  if (error.missingScopes !== undefined) {
    const lacking: ScopeNeeds = {
      groups: error.missingScopes,
      byVisibility: error.missingByVisibility ?? [],
    };
    if (!needsNothing(lacking)) note = `the token lacks the ${scopesOf(lacking)}, which ${endpointId} needs`;
  } else if (!needsNothing(needs)) {
    const them = neededCount(needs) > 1 ? 'one of them' : 'it';
    note = `${endpointId} needs the ${scopesOf(needs)}: the token may lack ${them}`;
  }
  // Read before the message changes: V8 writes the stack's first line when it is first read.
  const { stack, message: before } = error;
  error.message = note === undefined ? error.baseMessage : `${error.baseMessage} (${note})`;
  if (stack?.includes(before)) error.stack = stack.replace(before, error.message);
}

/** The accounts service refused a request (RFC 6749 error), e.g. `invalid_client`. */
export class AccountsServiceError extends SpotifyAPIError {
  /**
   * What the accounts service said, as one line: `error: error_description` of an RFC 6749 body, or
   * the words of any other body (a gateway's text or HTML page); bounded and redacted. Undefined when
   * it said nothing readable.
   */
  readonly detail: string | undefined;

  constructor(message: string, options: SpotifyAPIErrorOptions & { detail?: string | undefined }) {
    super(message, { ...options, code: options.code ?? 'ACCOUNTS_ERROR' });
    this.detail = options.detail === undefined ? undefined : redactNamedCredentials(options.detail);
  }
}

/**
 * Spotify refused (401) the app's client-credentials token again right after the client renewed it:
 * the accounts service issues tokens that the Web API does not accept. Nobody's sign-in is at fault and
 * renewing once more would not help; the caller may try again later.
 */
export class AppTokenRefused extends SpotifyAPIError {
  constructor(refusal: SpotifyAPIError) {
    super('Spotify refused the app token again right after renewing it', {
      status: refusal.status,
      code: 'APP_TOKEN_REFUSED',
      body: refusal.body,
      reason: refusal.reason,
      cause: refusal,
    });
  }
}

/** `invalid_grant`: the code or refresh token is no longer valid, so the user must sign in again. */
export class ReauthenticationRequired extends AccountsServiceError {
  constructor(options: Omit<SpotifyAPIErrorOptions, 'code'> & { detail?: string | undefined }) {
    super('The grant is no longer valid: the user must sign in again', {
      ...options,
      code: 'REAUTHENTICATION_REQUIRED',
    });
  }
}

/**
 * Apps in Development Mode lack this endpoint. Status 403 when Spotify said so, 0 when the client knew
 * beforehand (configured or detected mode) and did not call Spotify.
 */
export class NotAvailableInDevelopmentMode extends SpotifyAPIError {
  constructor(endpoint: string, options: { status?: number; body?: SpotifyErrorBody | undefined } = {}) {
    super(`The endpoint ${endpoint} is not available to apps in Development Mode`, {
      status: options.status ?? 0,
      body: options.body,
      endpoint,
      code: 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
    });
  }
}

/** The connection failed or dropped, after any retries. */
export class SpotifyNetworkError extends SpotifyBaseError {
  constructor(message: string, cause?: unknown) {
    super(message, { code: 'NETWORK_ERROR', cause });
  }
}

/** A request took longer than `requestTimeout`, after any retries. */
export class RequestTimeout extends SpotifyBaseError {
  constructor(timeoutSeconds: number, cause?: unknown) {
    super(`The request timed out after ${timeoutSeconds} s`, { code: 'REQUEST_TIMEOUT', cause });
  }
}

/**
 * A write failed after it may have reached Spotify without any proof that it was not applied: a 5xx,
 * a dropped connection, a timeout or an unreadable answer (or any failure after such an attempt was
 * repeated). A write that must not be sent twice (adding items, reordering, skipping, queueing,
 * creating, play, pause) was not repeated (`repeated: false`); an idempotent one (seek, volume,
 * library saves, ...) was repeated until the retries ran out (`repeated: true`). Either way the change
 * may have been applied: check before repeating it. `status` is the failed answer's status (0 without
 * one); `cause` is the last failure.
 */
export class ChangeMayHaveApplied extends SpotifyBaseError {
  /** The endpoint table id of the write. */
  readonly endpoint: string;
  /** Whether the write was sent again after a failed attempt (idempotent writes only). */
  readonly repeated: boolean;

  constructor(endpoint: string, cause: SpotifyBaseError, options: { repeated?: boolean } = {}) {
    const repeated = options.repeated ?? false;
    super(
      `${endpoint} failed after it may have reached Spotify, so the change may have been applied (${repeated ? 'retried' : 'not retried'}): ${cause.message}`,
      { status: cause.status, code: 'OUTCOME_UNKNOWN', cause },
    );
    this.endpoint = endpoint;
    this.repeated = repeated;
  }
}

/** An error body with the credentials its texts name redacted (see redactNamedCredentials). */
function cleanBody(body: SpotifyErrorBody | undefined): SpotifyErrorBody | undefined {
  if (body === undefined) return undefined;
  if (typeof body.error === 'object') {
    return { error: { ...body.error, message: redactNamedCredentials(body.error.message) } };
  }
  const description = (body as { error_description?: string }).error_description;
  return description === undefined
    ? body
    : { error: body.error, error_description: redactNamedCredentials(description) };
}

/**
 * A change Spotify takes in several calls (adding, removing or replacing more than 100 playlist items)
 * failed after some calls were applied: the playlist holds part of the change. `appliedItems` of
 * `totalItems` went through for certain (calls run in order); `uncertainItems` more, the items of the
 * call that failed, may have gone through too when that call may have reached Spotify
 * (ChangeMayHaveApplied: a 502 after Spotify applied it looks the same as one before), else 0.
 * `cause` is the failure of the call that stopped it.
 */
export class PartiallyApplied extends SpotifyBaseError {
  constructor(
    readonly appliedItems: number,
    readonly totalItems: number,
    cause: SpotifyBaseError,
    readonly uncertainItems = 0,
  ) {
    super(
      `The change was partly applied (${appliedWords(appliedItems, totalItems, uncertainItems)}) before a call failed: ${cause.message}`,
      {
        status: cause.status,
        code: 'PARTIALLY_APPLIED',
        cause,
      },
    );
  }
}

/**
 * How much of a change made in several calls went through, for a message: `100 of 250 items`, or,
 * when the failed call's `uncertain` items may have gone through too, `at least 100 of 150 items;
 * the 50 after them may have been too` (s38 attack 2, F2: "100 of 150" read as a fact when all 150
 * had been applied).
 */
export function appliedWords(applied: number, total: number, uncertain: number): string {
  if (uncertain === 0) return `${applied} of ${total} items`;
  const after = uncertain === 1 ? 'the 1 after them' : `the ${uncertain} after them`;
  return `at least ${applied} of ${total} items; ${after} may have been too`;
}
