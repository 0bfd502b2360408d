import { GraphQLError } from 'graphql';
import type { AppTokenObserver, SpotifyApiClient } from '../spotify/client.js';
import { endpoints } from '../spotify/endpoints/table.js';
import {
  AccountsServiceError,
  IncompleteFlow,
  RateLimitExceeded,
  SpotifyAPIError,
  TokenExpired,
} from '../spotify/errors.js';
import { MIN_EARLY_RENEWAL_MS, SpotifyAuthorisationToken } from '../spotify/token.js';

/**
 * Why the app token failed: the server's own configuration lacks what a token request needs
 * (`configuration`: SPOTIFY_CLIENT_ID or SPOTIFY_CLIENT_SECRET unset; nothing was sent), the accounts
 * service refused the app's credentials (`credentials`: RFC 6749 section 5.2 `invalid_client`, client
 * authentication failed), refused the token request for another reason (`request`: any other 4xx but a
 * rate limit, such as `invalid_request`, `unsupported_grant_type` or a gateway's text or HTML page),
 * could not answer (`outage`: 5xx, network), did not answer in time (`timeout`), or the Web API
 * refused a token the accounts service had just issued (`refused`).
 */
export type AppTokenFailure = 'configuration' | 'credentials' | 'request' | 'outage' | 'timeout' | 'refused';

/** What the provider tells the server (logs, metrics) about its failures. */
export interface AppTokenEvents {
  /**
   * Every failure, with its kind, the error behind it (a Spotify client error; never a token) and
   * whether it starts a streak (the first failure, or a failure of another kind than the last): the
   * operator's log line is written for those only.
   */
  failed(kind: AppTokenFailure, error: unknown, startsStreak: boolean): void;
  /** The app token works again after `failures` failures in a row. */
  recovered(failures: number, kind: AppTokenFailure): void;
}

export interface AppTokenOptions {
  /** Renew this many SECONDS before expiry (default 60). */
  marginSeconds?: number;
  /** How long one token request to the accounts service may take, in ms (APP_TOKEN_TIMEOUT_MS, default 5000). */
  fetchTimeoutMs?: number;
  /** The first back-off after a failure, in ms (default 1000); it doubles with each failure in a row. */
  backoffInitialMs?: number;
  /** The longest back-off, in ms (default 60000). */
  backoffMaxMs?: number;
  /**
   * How soon after it was issued (ms) a still valid token may be renewed before its expiry (default
   * MIN_EARLY_RENEWAL_MS, 1000): a lifetime shorter than the margin costs at most one renewal per interval.
   */
  minEarlyRenewalMs?: number;
  /**
   * How long (ms) a held token may go without a call Spotify accepted before `/ready` checks it with
   * one call of its own (default DEFAULT_VERIFY_IDLE_MS, 60000): an app Spotify stopped accepting is
   * seen within this long even when no query comes.
   */
  verifyIdleMs?: number;
  events?: AppTokenEvents;
}

/** How long (ms) the held app token may go unused before `/ready` checks that Spotify still accepts it. */
export const DEFAULT_VERIFY_IDLE_MS = 60_000;

export const DEFAULT_APP_TOKEN_TIMEOUT_MS = 5000;
/** How soon after it was issued (ms) a still valid app token may be renewed before its expiry, by default. */
export { MIN_EARLY_RENEWAL_MS } from '../spotify/token.js';

/**
 * Stands in for the app token in a request that began while the provider could not give one (a
 * back-off, a refused or stalled token request): never sent to Spotify. Each Spotify call of that
 * request asks the provider again (see AppTokenProvider.resolve), so the failure is the error of the
 * fields that needed Spotify, with their `path`, and every other field answers (a local file, the
 * shared catalog cache, `__typename`). It carries the app's client id, so app-mode decisions are the
 * app's.
 */
export class UnavailableAppToken extends SpotifyAuthorisationToken {
  constructor(clientId: string | undefined) {
    super({ accessToken: 'app-token-unavailable', expiresIn: 3600, ...(clientId ? { clientId } : {}) });
  }
}

/** The failure streak the provider is in: how many in a row, the last kind and when to try again. */
interface Streak {
  failures: number;
  kind: AppTokenFailure;
  /**
   * For a `request` refusal, or an `outage` the accounts service answered (a 5xx, a 429): what it said (its status, RFC 6749 `error` and
   * `error_description`, or its text; bounded and redacted by the client), for `/ready` and the error.
   */
  said?: string;
  /** Epoch ms before which no token is requested (requests fail fast). */
  retryAt: number;
}

/** The provider's own timeout of a token request (the transport's may be far longer). */
class AppTokenTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The accounts service did not issue the app token within ${timeoutMs} ms`);
    this.name = 'AppTokenTimeout';
  }
}

/** The pause Spotify's 429 put on `/ready`'s own check of the app token: `retryAfter` in seconds. */
export interface AppTokenCheckPause {
  retryAfter: number;
}

/**
 * The app's client-credentials token, shared by every request that comes without a user token.
 * Renewed a minute before expiry; concurrent requests share one renewal, which has its own timeout
 * (`fetchTimeoutMs`), so a stalled accounts service holds no request longer than that.
 *
 * Failures (the accounts service refusing the app's credentials or failing, or the Web API refusing a
 * token just issued) start a back-off, exponential from `backoffInitialMs` to `backoffMaxMs`: during
 * it requests fail at once without calling Spotify (SERVER_MISCONFIGURED for refused credentials or
 * a configuration without them,
 * SPOTIFY_UNAVAILABLE with `retryAfter` otherwise) and `/ready` answers 503 with the reason. The
 * first request after the back-off tries again; a token Spotify accepts ends the streak.
 *
 * It is also the client's AppTokenObserver: Spotify accepting the app token ends a `refused` streak,
 * and refusing a freshly renewed one starts or extends it.
 */
export class AppTokenProvider implements AppTokenObserver {
  private token: SpotifyAuthorisationToken | undefined;
  /** The token before the current one: calls still in flight with it renew to the current one. */
  private previous: string | undefined;
  private pending: Promise<SpotifyAuthorisationToken> | undefined;
  private streak: Streak | undefined;
  private readonly marginSeconds: number;
  private readonly fetchTimeoutMs: number;
  private readonly backoffInitialMs: number;
  private readonly backoffMaxMs: number;
  private readonly minEarlyRenewalMs: number;
  private readonly verifyIdleMs: number;
  /** When (epoch ms) Spotify last accepted the held token, or the accounts service issued it. */
  private acceptedAt = 0;
  /** The `/ready` check in flight (one call however many probes ask). */
  private verifying: Promise<string | AppTokenCheckPause | undefined> | undefined;
  /** Told of failures and recoveries (the server sets it: logs and metrics). */
  events: AppTokenEvents | undefined;

  constructor(
    private readonly client: SpotifyApiClient,
    options: AppTokenOptions = {},
  ) {
    this.marginSeconds = options.marginSeconds ?? 60;
    this.fetchTimeoutMs = options.fetchTimeoutMs ?? DEFAULT_APP_TOKEN_TIMEOUT_MS;
    this.backoffInitialMs = options.backoffInitialMs ?? 1000;
    this.backoffMaxMs = options.backoffMaxMs ?? 60_000;
    this.minEarlyRenewalMs = options.minEarlyRenewalMs ?? MIN_EARLY_RENEWAL_MS;
    this.verifyIdleMs = options.verifyIdleMs ?? DEFAULT_VERIFY_IDLE_MS;
    this.events = options.events;
  }

  /**
   * The app token: the held one while it is good for `marginSeconds` more (or, while it has not
   * expired, for `minEarlyRenewalMs` after it was issued: at most one renewal a second however short
   * the lifetime Spotify gave), else a new one (one request however many callers ask). During a back-off a still valid token is used, and without one a
   * GraphQLError (SERVER_MISCONFIGURED or SPOTIFY_UNAVAILABLE, HTTP 503) is thrown at once.
   */
  async get(): Promise<SpotifyAuthorisationToken> {
    const current = this.token;
    // A token shorter-lived than the margin is renewed early at most once per minEarlyRenewalMs, and
    // not before half its lifetime (the client's pre-call check asks the same: token.renewsEarly).
    if (
      current &&
      !current.isExpired() &&
      !current.renewsEarly(this.marginSeconds, Date.now(), this.minEarlyRenewalMs)
    )
      return current;
    if (this.backingOff) {
      if (current && !current.isExpired()) return current;
      throw this.failFast();
    }
    this.pending ??= this.fetch().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /**
   * The app token for a request that is starting: as `get()`, but a failure is no reason to fail the
   * whole request: an UnavailableAppToken stands in for the token, and each call made with it asks
   * again through `resolve`, failing that call alone.
   */
  async forRequest(): Promise<SpotifyAuthorisationToken> {
    try {
      return await this.get();
    } catch {
      return new UnavailableAppToken(this.client.flow.applicationId);
    }
  }

  /** The token to send for `token`: itself, or for an UnavailableAppToken the app token now (`get()`). */
  resolve(token: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> {
    return token instanceof UnavailableAppToken ? this.get() : Promise.resolve(token);
  }

  /**
   * The client's renewal hook (`tokenRenew`): Spotify refused `refused` (a 401 before its local expiry,
   * e.g. clock skew or revocation) or it expires. For the app token, drops it and gets a new one (once
   * however many calls ask), unless it was the first token after a `refused` streak: then the streak
   * goes on (no renewal loop). For an older app token, the current one; a user token cannot be renewed
   * here (TokenExpired: the user signs in again).
   */
  renew(refused: SpotifyAuthorisationToken | undefined): Promise<SpotifyAuthorisationToken> {
    const access = refused?.accessToken;
    if (access !== undefined && access === this.token?.accessToken) {
      this.token = undefined;
      this.previous = access;
      if (this.streak?.kind === 'refused') {
        this.fail('refused', new Error('Spotify refused the app token issued after a back-off'));
        return Promise.reject(this.failFast());
      }
      return this.get();
    }
    if (access !== undefined && access === this.previous) return this.get();
    return Promise.reject(new TokenExpired());
  }

  /** AppTokenObserver: Spotify answered a call made with `token` (not a 401). */
  accepted(token: SpotifyAuthorisationToken): void {
    if (token !== this.token) return;
    this.acceptedAt = Date.now();
    if (this.streak !== undefined) this.recover();
  }

  /** AppTokenObserver: Spotify refused `token` again right after it was renewed. */
  refused(token: SpotifyAuthorisationToken): void {
    if (token !== this.token) return;
    this.token = undefined;
    this.previous = token.accessToken;
    this.fail('refused', new Error('Spotify refused the app token right after renewing it'));
  }

  /**
   * Why this process cannot answer anonymous queries now, or undefined when it can (for `/ready`): a
   * back-off after failures, a token the accounts service will not issue, or a token Spotify no longer
   * accepts. Nothing but a call tells the last: one is made (one search, however many probes ask) after
   * a `refused` streak, and when Spotify has accepted no call with the held token for `verifyIdleMs`
   * (revoked, or the app refused since: a 401 renews once, and a new token refused too is a `refused`
   * streak). Traffic keeps the token verified, so a busy server's probes cost no call.
   */
  async unreadiness(): Promise<string | AppTokenCheckPause | undefined> {
    if (this.backingOff) return this.reason();
    let token: SpotifyAuthorisationToken;
    try {
      token = await this.get();
    } catch {
      return this.reason() ?? 'Spotify did not issue an app token';
    }
    if (this.streak?.kind !== 'refused' && Date.now() - this.acceptedAt < this.verifyIdleMs) return undefined;
    this.verifying ??= this.verify(token).finally(() => {
      this.verifying = undefined;
    });
    const unproven = await this.verifying;
    if (this.streak !== undefined) return this.reason();
    return unproven;
  }

  /**
   * One call with `token`. Only an answer that proves the token (a 2xx, or a 4xx other than 401 and
   * 429: accepted() hears of it) leaves it ready; a 401 starts a `refused` streak (see refused). A 429
   * is the pause Spotify asked for (`retryAfter` in seconds), and a 5xx, a timeout or a network failure
   * says Spotify is unavailable: neither says whether the token works (s38, issue 7 item 1, LOW: both
   * read as ready). Never throws.
   */
  private async verify(token: SpotifyAuthorisationToken): Promise<string | AppTokenCheckPause | undefined> {
    try {
      await this.client.request(endpoints.search, { q: 'a', type: ['track'], limit: 1, authToken: token });
      return undefined;
    } catch (error) {
      if (error instanceof RateLimitExceeded) return { retryAfter: error.retryAfter };
      if (error instanceof SpotifyAPIError && error.status >= 400 && error.status < 500) return undefined;
      const status = error instanceof SpotifyAPIError ? ` (it answered ${error.status})` : '';
      return `Spotify is unavailable: the app token check failed${status}`;
    }
  }

  /** Whether a token was obtained and is still valid. */
  get ready(): boolean {
    return this.token !== undefined && !this.token.isExpired();
  }

  private get backingOff(): boolean {
    return this.streak !== undefined && Date.now() < this.streak.retryAt;
  }

  /** One token request, bounded by `fetchTimeoutMs`: a late answer is dropped, the request cut. */
  private fetch(): Promise<SpotifyAuthorisationToken> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new AppTokenTimeout(this.fetchTimeoutMs));
        controller.abort();
      }, this.fetchTimeoutMs);
    });
    const request = this.client.getAuthTokenWithClientCredentials({ signal: controller.signal });
    // The loser of the race below must not become an unhandled rejection.
    request.catch(() => undefined);
    return Promise.race([request, timeout]).then(
      (fresh) => {
        clearTimeout(timer);
        this.previous = this.token?.accessToken ?? this.previous;
        this.token = fresh;
        // Just issued: as good as accepted until verifyIdleMs has passed without a call (see unreadiness).
        this.acceptedAt = Date.now();
        // A new token ends a streak of the accounts service's failures; after a `refused` streak only
        // Spotify accepting it does (see accepted).
        if (this.streak !== undefined && this.streak.kind !== 'refused') this.recover();
        return fresh;
      },
      (error: unknown) => {
        clearTimeout(timer);
        // A rate limit is the client's pause (a 429 here or on the Web API, or another instance's
        // through Redis): it already holds or refuses every call with RATE_LIMITED and retryAfter, and
        // /ready reports it. It is no failure of the app token: no back-off, no streak, no log line.
        if (error instanceof RateLimitExceeded) throw error;
        const kind = failureKind(error);
        this.fail(kind, error);
        throw kind === 'outage' ? error : this.failFast();
      },
    );
  }

  /** Counts a failure: the streak grows, its back-off doubles (capped), the events hear of it. */
  private fail(kind: AppTokenFailure, error: unknown): void {
    const before = this.streak;
    const failures = (before?.failures ?? 0) + 1;
    const backoff = Math.min(this.backoffMaxMs, this.backoffInitialMs * 2 ** Math.min(failures - 1, 30));
    this.streak = {
      failures,
      kind,
      retryAt: Date.now() + backoff,
      // What the accounts service said is kept for a refusal and for its own 5xx (or 429) text.
      ...(kind === 'request' || (kind === 'outage' && error instanceof AccountsServiceError)
        ? { said: accountsWords(error) }
        : {}),
    };
    this.events?.failed(kind, error, before === undefined || before.kind !== kind);
  }

  private recover(): void {
    const streak = this.streak;
    this.streak = undefined;
    if (streak) this.events?.recovered(streak.failures, streak.kind);
  }

  private reason(): string | undefined {
    const streak = this.streak;
    if (!streak) return undefined;
    const words: Record<AppTokenFailure, string> = {
      configuration:
        'The server cannot request an app token: SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET must both be set',
      credentials: "Spotify refused the app's credentials (SPOTIFY_CLIENT_ID, SPOTIFY_CLIENT_SECRET)",
      request: `Spotify's accounts service refused the app-token request (${streak.said ?? 'no reason given'})`,
      outage: `Spotify's accounts service did not issue an app token${streak.said ? ` (${streak.said})` : ''}`,
      timeout: `Spotify's accounts service did not answer within ${this.fetchTimeoutMs} ms`,
      refused: "Spotify refused the app's new token",
    };
    return `${words[streak.kind]}; ${streak.failures} failure${streak.failures === 1 ? '' : 's'} in a row`;
  }

  /** The error a request gets while the streak lasts, without calling Spotify. */
  private failFast(): GraphQLError {
    const streak = this.streak;
    const retryAfter = Math.max(1, Math.ceil(((streak?.retryAt ?? 0) - Date.now()) / 1000));
    if (streak?.kind === 'credentials' || streak?.kind === 'configuration') {
      return new GraphQLError('The server cannot sign in to Spotify: its operator has been told', {
        extensions: { code: 'SERVER_MISCONFIGURED', http: { status: 503 } },
      });
    }
    const what =
      streak?.kind === 'refused'
        ? "Spotify refused the server's app token"
        : streak?.kind === 'request'
          ? `Spotify's accounts service refused the server's app-token request (${streak.said ?? 'no reason given'})`
          : `Spotify's accounts service did not issue the server's app token${streak?.said ? ` (${streak.said})` : ''}`;
    return new GraphQLError(`${what}: try again in ${retryAfter} s`, {
      extensions: {
        code: 'SPOTIFY_UNAVAILABLE',
        retryAfter,
        http: { status: 503, headers: { 'retry-after': String(retryAfter) } },
      },
    });
  }
}

/**
 * The kind of a failed token request: a gap in the server's configuration (the client refused to send
 * it), a refusal of the app's credentials (`invalid_client`, whatever the status: RFC 6749 section 5.2
 * "Client authentication failed"), another 4xx refusal but a rate limit (`request`: a malformed
 * request, a grant type refused, a gateway's page; the credentials may well be right), the provider's
 * timeout, or an outage.
 */
function failureKind(error: unknown): AppTokenFailure {
  if (error instanceof IncompleteFlow) return 'configuration';
  if (error instanceof AppTokenTimeout) return 'timeout';
  if (!(error instanceof AccountsServiceError)) return 'outage';
  if (error.reason === 'invalid_client') return 'credentials';
  if (error.status >= 400 && error.status < 500 && error.status !== 429) return 'request';
  return 'outage';
}

/**
 * What the accounts service said in a refusal, for `/ready` and the error: its status and its words
 * (RFC 6749 `error: error_description`, or its text), already bounded and redacted by the client.
 */
function accountsWords(error: unknown): string {
  if (!(error instanceof AccountsServiceError)) return 'no reason given';
  return `HTTP ${error.status}${error.detail ? `: ${error.detail}` : ''}`;
}
