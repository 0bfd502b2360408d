/**
 * The Spotify Web API client class: it composes the concerns that live in their own files (options,
 * connection, accounts calls and cookie sign-in, the held token and its renewal, app modes, batching)
 * into the public `SpotifyApiClient`, with the one generic request path and the endpoint groups.
 */
import { type AuthorizationUrlOptions, authorizationUrl, codeFlow, requestToken } from './accounts-calls.js';
import { checkPromisedShape, isFiltered, withoutBlankFields } from './answer-shapes.js';
import { AppModeTracker, isExtendedOnly, type OldRoute, type ProbeKind, probeKind } from './app-mode.js';
import { sendAuthorized } from './authorized-call.js';
import {
  type ConnectionOptions,
  resolveClientOptions,
  type SpotifyApiClientOptions,
} from './client-options.js';
import { Connection } from './connection.js';
import type { SpotifyCookie } from './cookie.js';
import { type CookieSignInOptions, codeWithCookie } from './cookie-sign-in.js';
import { deadlineOf } from './deadlines.js';
import { answersWithoutBody, isRepeatable } from './endpoints/effects.js';
import { createEndpointGroups, type EndpointGroups } from './endpoints/index.js';
import type { AppMode, EndpointSpec } from './endpoints/types.js';
import {
  ChangeMayHaveApplied,
  NotAvailableInDevelopmentMode,
  nameScopes,
  ReauthenticationRequired,
  RequestTimeout,
  SpotifyAPIError,
  SpotifyBaseError,
  SpotifyError,
  SpotifyNetworkError,
} from './errors.js';
import type { SpotifyFlow } from './flows.js';
import { isExtendedLimit, isLimitRefusal, joinPieces, modeLimits, piecesReach } from './page-limits.js';
import { pageLinkFault } from './page-link.js';
import { type IterateOptions, iterateItems, nextPage, type PageLike, previousPage } from './paging.js';
import { buildRequest } from './params.js';
import {
  type CallGate,
  type ManyEntry,
  type ManyRequester,
  requestMany,
  requestManySettled,
} from './request-many.js';
import type { RequestOptions } from './request-options.js';
import { missingScopes, requiredScopes } from './scopes.js';
import type { SpotifyAuthorisationToken } from './token.js';
import { checkedAuthToken, TokenHolder } from './token-renewal.js';
import { neverSent } from './transport.js';

export type { AuthorizationUrlOptions } from './accounts-calls.js';
export {
  type ConnectionOptions,
  DEFAULT_ACCOUNTS_URL,
  DEFAULT_API_URL,
  type SpotifyApiClientOptions,
} from './client-options.js';
export type { CallGate } from './request-many.js';
export type { RequestOptions } from './request-options.js';
export {
  type AppTokenObserver,
  type TokenRenew,
  TokenRenewClass,
  type TokenRenewFunction,
  type TokenRenewHook,
} from './token-renewal.js';

/**
 * Longest wait, in ms, of a call for the auto-mode probe in flight (AppModeTracker.probing) before it
 * sends its own page: about one slow Spotify answer. Past it the call pays the refused page itself
 * rather than waiting for a probe Spotify is slow to answer (v14 re-attack, R5).
 */
export const PROBE_WAIT_MAX_MS = 1_000;

/** The endpoint groups (`client.albums`, `client.player`, ...) are properties of every client. */
export interface SpotifyApiClient extends EndpointGroups {}

/**
 * The Spotify Web API client: authentication flows, token holding and renewal, app modes, the one
 * generic request path, and the endpoint groups on top of it (`client.albums.getOne(id)`,
 * `client.player.play({ contextUri, deviceId })`, ...). Call `createNewClient()` before Web API calls
 * and `closeClient()` when done.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above
export class SpotifyApiClient {
  readonly flow: SpotifyFlow;
  readonly apiUrl: string;
  readonly accountsUrl: string;
  readonly appMode: AppMode | 'auto';
  readonly holdAuthentication: boolean;
  private readonly manyConcurrency: number;
  private readonly connection: Connection;
  private readonly tokens: TokenHolder;
  private readonly modes: AppModeTracker;
  private secretList: readonly string[] | undefined;

  /** SpotifyError (USAGE_ERROR) when `options.authToken` is not a SpotifyAuthorisationToken (a bare string). */
  constructor(flow: SpotifyFlow, options: SpotifyApiClientOptions = {}) {
    const resolved = resolveClientOptions(options);
    this.flow = flow;
    this.holdAuthentication = options.holdAuthentication ?? false;
    this.apiUrl = resolved.apiUrl;
    this.accountsUrl = resolved.accountsUrl;
    this.appMode = resolved.appMode;
    this.manyConcurrency = resolved.manyConcurrency;
    this.connection = new Connection(resolved.connection);
    this.tokens = new TokenHolder(
      this,
      options.tokenRenew,
      options.renewMargin ?? 60,
      checkedAuthToken(options.authToken),
      options.appTokenObserver,
    );
    this.modes = new AppModeTracker(this.appMode, flow.applicationId, options.modeEvidence ?? 'any-token');
    Object.assign(this, createEndpointGroups(this));
  }

  /** The held token (follows every renewal), if any. */
  get authToken(): SpotifyAuthorisationToken | undefined {
    return this.tokens.held;
  }

  /** SpotifyError (USAGE_ERROR) for anything but a SpotifyAuthorisationToken or undefined. */
  set authToken(token: SpotifyAuthorisationToken | undefined) {
    this.tokens.held = checkedAuthToken(token);
  }

  /** Whether `createNewClient()` ran and `closeClient()` did not since. */
  get isOpen(): boolean {
    return this.connection.isOpen;
  }

  // ---- connection --------------------------------------------------------------------------------

  /** Opens the connection pool; options override the constructor's. Replaces an open one. */
  createNewClient(options: ConnectionOptions = {}): Promise<void> {
    return this.connection.open(options);
  }

  /** Closes the pool: pending calls fail with SpotifyError CLIENT_CLOSED; no socket or timer is left. */
  closeClient(): Promise<void> {
    return this.connection.close();
  }

  /** The app's secret as the list of credentials error texts must not show (one list while it stays). */
  private appSecrets(): readonly string[] | undefined {
    const secret = this.flow.applicationSecret;
    if (!secret) return undefined;
    if (this.secretList?.[0] !== secret) this.secretList = [secret];
    return this.secretList;
  }

  /**
   * Milliseconds left of the pause a 429's Retry-After put on every call of this client's own app
   * (Spotify's limit is per app); 0 when its calls may go out. A token of another app that met a 429
   * (a caller's, with `modeEvidence: 'own-tokens'`) is paused on its own and not counted here.
   */
  get rateLimitPauseMs(): number {
    return this.connection.pauseRemainingMs;
  }

  // ---- authentication ----------------------------------------------------------------------------

  /** The URL to send the user to; Spotify redirects back with `code` and `state`. */
  buildAuthorizationUrl(options: AuthorizationUrlOptions = {}): string {
    return authorizationUrl(this.flow, this.accountsUrl, options);
  }

  /** Exchanges a code for tokens; with PKCE pass the `codeVerifier` (then no secret is needed). */
  async getAuthTokenWithCode(
    code: string,
    options: { codeVerifier?: string; redirectUrl?: string } = {},
  ): Promise<SpotifyAuthorisationToken> {
    if (!code) throw new SpotifyError('getAuthTokenWithCode needs a code');
    const flow = codeFlow(this.flow, { pkce: options.codeVerifier !== undefined });
    const form: Record<string, string> = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: options.redirectUrl ?? flow.redirectUrl ?? '',
    };
    if (options.codeVerifier !== undefined) form.code_verifier = options.codeVerifier;
    const token = await this.tokenRequest(form, { idempotent: false });
    if (this.holdAuthentication) this.tokens.held = token;
    return token;
  }

  /**
   * An app-only token (no user data); needs the app's id and secret (IncompleteFlow, sent nothing,
   * without them). `signal` aborts the request to the
   * accounts service (SpotifyError ABORTED), also while it waits for a free slot.
   */
  async getAuthTokenWithClientCredentials(
    options: { signal?: AbortSignal } = {},
  ): Promise<SpotifyAuthorisationToken> {
    this.flow.validateCredentials();
    // A new app token changes nothing on Spotify's side, so retrying is safe.
    const token = await this.tokenRequest(
      { grant_type: 'client_credentials' },
      { idempotent: true, signal: options.signal },
    );
    this.tokens.addAppToken(token);
    if (this.holdAuthentication) this.tokens.held = token;
    return token;
  }

  /**
   * A fresh access token for `token` (default: the held one). A rotated refresh token is kept, and the
   * old one when Spotify sends none. `invalid_grant` gives ReauthenticationRequired: sign in again;
   * so does a user token without a refresh token (status 0, nothing sent): it cannot be renewed. An
   * app token this client obtained is a SpotifyError: ask for a new one instead.
   */
  async refreshToken(token?: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> {
    const current = token ?? this.tokens.held;
    if (!current) throw new SpotifyError('There is no token to refresh: pass one or hold authentication');
    if (!current.refreshToken && this.tokens.isAppToken(current)) {
      throw new SpotifyError(
        'An app token has no refresh token: get a new one (getAuthTokenWithClientCredentials)',
      );
    }
    if (!current.refreshToken) {
      // Nothing to renew with: only a new sign-in gives a working token (v18-attack7 LOW-1: a usage
      // error here reached a session's caller as BAD_USER_INPUT, not UNAUTHENTICATED).
      throw new ReauthenticationRequired({ status: 0, detail: 'the token has no refresh token' });
    }
    if (!this.flow.applicationId)
      throw new SpotifyError('Refreshing needs applicationId (SPOTIFY_CLIENT_ID)');
    const fresh = await this.tokenRequest(
      { grant_type: 'refresh_token', refresh_token: current.refreshToken },
      { idempotent: false, previous: current },
    );
    if (this.holdAuthentication || this.tokens.held === current) this.tokens.held = fresh;
    return fresh;
  }

  private tokenRequest(
    form: Record<string, string>,
    options: { idempotent: boolean; previous?: SpotifyAuthorisationToken; signal?: AbortSignal | undefined },
  ): Promise<SpotifyAuthorisationToken> {
    return requestToken(this.connection, this.flow, this.accountsUrl, form, options);
  }

  /**
   * Gets a code without a browser, for a user who already approved the app: signs in at the accounts
   * service with the user's cookie and reads the code from the redirect (not followed). The user must
   * have consented before; otherwise a SpotifyError with code CONSENT_REQUIRED.
   */
  getCodeWithCookie(cookie: SpotifyCookie, options: CookieSignInOptions = {}): Promise<string> {
    return codeWithCookie(this.connection, this.flow, this.accountsUrl, cookie, options);
  }

  // ---- the generic request path ------------------------------------------------------------------

  /**
   * Calls one endpoint of the table. Options are the endpoint's parameters in camelCase (Spotify's
   * snake_case names work too), routed to the path, the query string or the body as the table says;
   * undefined values are left out; `authToken` overrides the held token. Unknown, missing or
   * out-of-bounds options give a SpotifyError before any request. A 2xx answer that is not the
   * endpoint's documented outline (checkAnswerShape), or lacks what its method promises
   * (checkPromisedShape: a page's `items`, the devices, a profile's `id`; not checked with
   * `partialAnswers: true`), is SpotifyAPIError BAD_RESPONSE.
   */
  async request<T>(endpoint: EndpointSpec, options: RequestOptions = {}): Promise<T> {
    const {
      authToken,
      signal,
      deadline,
      onTokenRenewed,
      waitOutRateLimit,
      playlistPublic,
      partialAnswers,
      beforeRepeat,
      ...params
    } = options;
    // The app whose mode this call's answer tells (none for a token of an unknown app).
    const app = this.modes.appOf(authToken ?? this.tokens.held);
    if (this.modes.modeFor(endpoint, app) === 'development' && isExtendedOnly(endpoint)) {
      throw new NotAvailableInDevelopmentMode(endpoint.id);
    }
    const extendedLimit = isExtendedLimit(endpoint, params.limit);
    const tells = probeKind(endpoint, extendedLimit);
    // Looked up before any await: a call sent beside it in the same tick must find it (v13 I2).
    const probe = this.modes.probeInFlight(app, tells);
    const waited = probe ? await this.afterProbe(probe, app, tells, signal, deadline) : undefined;
    if (waited?.development) {
      if (extendedLimit) return this.requestInPieces<T>(endpoint, options);
      // The probe's refusal is this endpoint's refusal too: the caller falls back, nothing sent.
      throw new NotAvailableInDevelopmentMode(endpoint.id, { status: 403 });
    }
    let built: ReturnType<typeof buildRequest>;
    try {
      built = buildRequest(endpoint, withoutBlankFields(params), this.modes.modeOf(app));
    } catch (error) {
      waited?.release?.();
      throw error;
    }
    const repeatable = isRepeatable(endpoint, built.body);
    const write = endpoint.method !== 'GET';
    // Set when an attempt of a write may have reached Spotify and was repeated: that attempt may have
    // applied the change, whatever the last one answered.
    let uncertain = false;
    const sentAt = this.modes.sending();
    // This call is the probe now when it was elected after one that taught nothing (afterProbe).
    const release = waited?.release ?? this.modes.probing(app, tells);
    try {
      const value = await sendAuthorized<T>(
        this.connection,
        this.tokens,
        {
          method: built.method,
          url: this.apiUrl + built.pathAndQuery,
          body: built.body,
          contentType: built.contentType,
          signal,
          deadline: deadline ?? deadlineOf(signal),
          waitOutRateLimit,
          // Spotify's rate limit is per app: a token of another app is paused apart (otherApp).
          rateLimitApp: this.modes.otherApp(app),
          idempotent: repeatable,
          bodiless: answersWithoutBody(endpoint),
          // A fixed shape (no conditional spreads, no closure for the outline check): this object is
          // made for every call.
          shape: endpoint,
          filtered: isFiltered(params),
          onUncertainAttempt: write ? () => (uncertain = true) : undefined,
          beforeRepeat,
          secrets: this.appSecrets(),
        },
        authToken,
        onTokenRenewed,
      );
      // Only an Extended Quota app gets an answer here: no batch call needs to go out alone any more.
      this.modes.answered(endpoint, app, extendedLimit);
      if (partialAnswers !== true) checkPromisedShape(endpoint, value, params);
      return value;
    } catch (error) {
      return this.afterFailure<T>(error, { endpoint, options, params, app, sentAt, uncertain, repeatable });
    } finally {
      // What the answer taught is learned by now (answered, refusedLimit): the waiting calls go on.
      release?.();
    }
  }

  /**
   * What `error`, the failure of `call` (request's), means: it names its endpoint; a 403 notes the
   * scopes (noteScopes); a refusal that teaches Development Mode is NotAvailableInDevelopmentMode; an
   * Extended-only `limit` refused as too large is asked again in pieces (answered); a write that may
   * have reached Spotify is ChangeMayHaveApplied; anything else is thrown as it is.
   */
  private afterFailure<T>(error: unknown, call: FailedCall): Promise<T> {
    const { endpoint, options, params, app } = call;
    if (error instanceof SpotifyAPIError) {
      error.endpoint ??= endpoint.id;
      if (error.status === 403) {
        this.noteScopes(error, endpoint, options.authToken, params, options.playlistPublic);
      }
      if (this.modes.refused(endpoint, error, app, call.sentAt)) {
        throw new NotAvailableInDevelopmentMode(endpoint.id, { status: 403, body: error.body });
      }
      error.mayBeDevelopmentMode = this.modes.couldBeDevelopment(endpoint, error, app);
      if (isLimitRefusal(endpoint, error, params.limit) && this.modes.refusedLimit(app)) {
        return this.requestInPieces<T>(endpoint, options);
      }
      // Once the mode has been read from Spotify's own words: the message names the scopes.
      nameScopes(error, endpoint.id);
    }
    // A write that reached Spotify without a proof that it was not applied says so, whether it was
    // never repeated (not idempotent) or repeated until the retries ran out (idempotent).
    if (
      endpoint.method !== 'GET' &&
      error instanceof SpotifyBaseError &&
      !(error instanceof NotAvailableInDevelopmentMode) &&
      (mayHaveReachedSpotify(error) || call.uncertain)
    ) {
      throw new ChangeMayHaveApplied(endpoint.id, error, { repeated: call.repeatable });
    }
    throw error;
  }

  /** Notes on a 403 the scopes `endpoint` needs with these `params` and those the token lacks. */
  private noteScopes(
    error: SpotifyAPIError,
    endpoint: EndpointSpec,
    authToken: SpotifyAuthorisationToken | undefined,
    params: Record<string, unknown>,
    playlistPublic: boolean | undefined,
  ): void {
    const granted = (authToken ?? this.tokens.held)?.scopes;
    const missing = missingScopes(endpoint, granted, params, playlistPublic);
    error.missingScopes = missing?.groups.map((group) => [...group]);
    error.missingByVisibility = missing?.byVisibility;
    error.requiredScopes = requiredScopes(endpoint, params, playlistPublic);
  }

  /**
   * Waits for `probe` (the call of the same kind, AppModeTracker's ProbeKind `tells`, in flight that is
   * learning `app`'s mode: AppModeTracker.probing), no longer than PROBE_WAIT_MAX_MS in all and than
   * `signal` and `deadline` (epoch ms; default the one noted on `signal`) allow, so that a probe Spotify
   * is slow to answer holds the others back one short wait at most, never until their deadline.
   * Answers `development` when the probe taught Development Mode, so that this call asks its page in
   * pieces within the cap, or falls back, at once instead of being refused too (the app, or a caller's
   * token, pays one refusal of each kind). When the probe settled without teaching (a 5xx, a timeout,
   * another 400 or 403), the first waiter to wake is the next probe (`release`: this call, to settle
   * once answered) and the others wait for it in turn: one call of each kind in flight, never a herd
   * (v14 re-attack R6, at each re-check). Past that wait or on abort, the call goes on and fails as
   * any call then does.
   */
  private async afterProbe(
    probe: Promise<void>,
    app: string | undefined,
    tells: ProbeKind | undefined,
    signal: AbortSignal | undefined,
    deadline: number | undefined,
  ): Promise<{ development: boolean; release?: (() => void) | undefined }> {
    const due = Math.min(
      deadline ?? deadlineOf(signal) ?? Number.POSITIVE_INFINITY,
      Date.now() + PROBE_WAIT_MAX_MS,
    );
    let current: Promise<void> | undefined = probe;
    while (current !== undefined) {
      await probeSettled(current, signal, due);
      if (this.modes.modeOf(app) !== 'auto' || signal?.aborted || Date.now() >= due) break;
      // Read and claimed in one synchronous step: the first waiter to wake finds none and is the probe.
      const next = this.modes.probeInFlight(app, tells);
      if (next === undefined) return { development: false, release: this.modes.probing(app, tells) };
      if (next === current) break;
      current = next;
    }
    return { development: this.modes.modeOf(app) === 'development' };
  }

  /**
   * A page of `options.limit` items that Spotify refused as larger than Development Mode's cap, asked
   * again as consecutive pieces within the cap (the first alone, then as many as its totals say the
   * list still holds, together) and answered as the one page asked for (joinPieces).
   */
  private async requestInPieces<T>(endpoint: EndpointSpec, options: RequestOptions): Promise<T> {
    const cap = modeLimits(endpoint)!.max;
    const limit = options.limit as number;
    const offset = typeof options.offset === 'number' ? options.offset : 0;
    const piece = (at: number) =>
      this.request<unknown>(endpoint, { ...options, offset: offset + at, limit: Math.min(cap, limit - at) });
    const first = await piece(0);
    const reach = piecesReach(first, offset, limit);
    const rest: Promise<unknown>[] = [];
    for (let at = cap; at < reach; at += cap) rest.push(piece(at));
    return joinPieces<T>([first, ...(await Promise.all(rest))], limit);
  }

  /**
   * Fetches many items by id (as many ids as given), answers in the ids' order, null for an unknown id.
   * Where the batch endpoint is available it is called per `batch.max` ids; in Development Mode (or in
   * auto mode after the batch endpoint answered 403) each distinct id goes through `single`, at most
   * `manyConcurrency` at a time. `gate`, if given, runs each of those calls and is then the only bound:
   * the caller's own limit on its calls in flight governs (the GraphQL server's per-request
   * REQUEST_SPOTIFY_CONCURRENCY), with no second, smaller one under it.
   */
  requestMany<T>(
    batch: EndpointSpec,
    single: EndpointSpec,
    ids: readonly string[],
    options: RequestOptions = {},
    gate?: CallGate,
  ): Promise<(T | null)[]> {
    return requestMany<T>(this.manyVia(options, gate), batch, single, ids, options);
  }

  /**
   * `requestMany` with each id's own outcome: the object, null where Spotify's batch answer says
   * "not found" (a null entry), or a SpotifyAPIError: a single call's 404 as Spotify sent it, or
   * BAD_RESPONSE for an id the batch answer did not cover (wrong length or other ids); for the ids of a
   * call that failed while another call of the fetch was answered, that call's error (an Error). When
   * no call was answered, the first call's error is thrown.
   */
  requestManySettled<T>(
    batch: EndpointSpec,
    single: EndpointSpec,
    ids: readonly string[],
    options: RequestOptions = {},
    gate?: CallGate,
  ): Promise<ManyEntry<T>[]> {
    return requestManySettled<T>(this.manyVia(options, gate), batch, single, ids, options);
  }

  private manyVia(options: RequestOptions, gate: CallGate | undefined): ManyRequester {
    return {
      request: <R>(endpoint: EndpointSpec, callOptions: RequestOptions) =>
        gate
          ? gate(() => this.request<R>(endpoint, callOptions), endpoint)
          : this.request<R>(endpoint, callOptions),
      modes: this.modes,
      app: this.modes.appOf(options.authToken ?? this.tokens.held),
      // A caller's gate bounds its calls in flight itself: a smaller bound here would add waves under it.
      concurrency: gate ? Number.POSITIVE_INFINITY : this.manyConcurrency,
    };
  }

  // ---- app modes ---------------------------------------------------------------------------------

  /**
   * The mode to use for an endpoint with `authToken` (default: the held one): the configured one, or
   * in auto mode the one learned for the token's app (see `request`), else 'auto'. Endpoints every
   * mode has are always called as they are.
   */
  modeFor(
    endpoint: EndpointSpec,
    options: { authToken?: SpotifyAuthorisationToken | undefined } = {},
  ): AppMode | 'auto' {
    return this.modes.modeFor(endpoint, this.modes.appOf(options.authToken ?? this.tokens.held));
  }

  /**
   * Whether auto mode holds Development Mode for `authToken`'s app (default: the held token's) for at
   * least `forMs` more ms, confirmed against reasoned refusals (AppModeTracker.holdsDevelopment).
   */
  holdsDevelopment(
    forMs: number,
    options: { authToken?: SpotifyAuthorisationToken | undefined } = {},
  ): boolean {
    return this.modes.holdsDevelopment(this.modes.appOf(options.authToken ?? this.tokens.held), forMs);
  }

  /**
   * The most items one page of `endpoint` may ask for (its `limit` maximum) with `authToken`'s app
   * (default: the held token's): `max`, Development Mode's cap, where the app is known to be in
   * Development Mode (configured, or learned in auto mode), else `extendedMax`. Auto mode before it
   * learned the app's mode asks the larger page: an Extended app answers it (and so teaches its mode),
   * a Development Mode app refuses it as an invalid limit, which teaches Development Mode, and the call
   * is asked again in pieces within the cap (`request`): one extra call, once per app. Undefined for an
   * endpoint without a `limit`.
   */
  pageLimit(
    endpoint: EndpointSpec,
    options: { authToken?: SpotifyAuthorisationToken | undefined } = {},
  ): number | undefined {
    const param = endpoint.params.find((p) => p.name === 'limit');
    const mode = this.modes.modeOf(this.modes.appOf(options.authToken ?? this.tokens.held));
    return mode === 'development' ? param?.max : (param?.extendedMax ?? param?.max);
  }

  /**
   * Runs `primary` (which calls `endpoint`) where the app has the endpoint, and `fallback` (its
   * Development Mode replacement) where it does not: configured development mode goes straight to the
   * fallback, auto mode switches on the first 403 and remembers it for the app of `authToken` (default:
   * the held token). Without a fallback, Development Mode gives NotAvailableInDevelopmentMode without
   * calling Spotify.
   */
  withFallback<T>(
    endpoint: EndpointSpec,
    primary: () => Promise<T>,
    fallback?: () => Promise<T>,
    options: { authToken?: SpotifyAuthorisationToken | undefined } = {},
  ): Promise<T> {
    const app = this.modes.appOf(options.authToken ?? this.tokens.held);
    return this.modes.withFallback(endpoint, primary, fallback, app);
  }

  /**
   * Told that the Development Mode replacement of Extended-only `endpoint` refused a call made with
   * `authToken` (default: the held token) with a reason: how to send it to `endpoint` again, or
   * undefined when it is not (AppModeTracker.replacementRefused).
   */
  replacementRefused(
    endpoint: EndpointSpec,
    options: { authToken?: SpotifyAuthorisationToken | undefined } = {},
  ): OldRoute | undefined {
    return this.modes.replacementRefused(endpoint, this.modes.appOf(options.authToken ?? this.tokens.held));
  }

  // ---- paging ------------------------------------------------------------------------------------

  /**
   * GETs a Web API URL (a page's `next`/`previous`); refuses URLs outside the API, to keep the token
   * in. The link is normalised first (dot segments, also percent-encoded ones, resolved), then its
   * origin and path prefix are compared with the configured API's, and its query checked (pageLinkFault):
   * SpotifyAPIError BAD_RESPONSE otherwise (a link in Spotify's answer that it would not follow).
   */
  private getUrl(url: string, authToken: SpotifyAuthorisationToken | undefined): Promise<unknown> {
    const target = webApiLink(url, this.apiUrl);
    const fault = target === undefined ? 'points outside the Web API' : pageLinkFault(target);
    if (target === undefined || fault !== undefined) {
      throw new SpotifyAPIError(`Spotify's answer has a page link that ${fault}; not following it`, {
        status: 200,
        code: 'BAD_RESPONSE',
        wrongShape: true,
      });
    }
    const rateLimitApp = this.modes.otherApp(this.modes.appOf(authToken ?? this.tokens.held));
    return sendAuthorized(
      this.connection,
      this.tokens,
      { method: 'GET', url: target, rateLimitApp },
      authToken,
    );
  }

  /**
   * The page after `page` (same token as given or held), or null on the last page (`next: null`).
   * SpotifyAPIError BAD_RESPONSE when `page`'s `next` is neither a link nor null (nextPage).
   */
  next<P extends PageLike<unknown>>(
    page: P,
    options: { authToken?: SpotifyAuthorisationToken } = {},
  ): Promise<P | null> {
    return nextPage(page, (url) => this.getUrl(url, options.authToken));
  }

  /** The page before `page`, or null on the first one. */
  previous<P extends PageLike<unknown>>(
    page: P,
    options: { authToken?: SpotifyAuthorisationToken } = {},
  ): Promise<P | null> {
    return previousPage(page, (url) => this.getUrl(url, options.authToken));
  }

  /**
   * Every item of an offset- or cursor-paged list, from `page` on, fetching later pages lazily:
   * `for await (const track of client.iterate(page)) { ... }`. Breaking out stops the fetching. An
   * offset page with `next: null` whose `total` counts more is read on from its end (the total wins).
   * It never fetches for ever: after `maxPages` pages (default 1000) with the list going on it throws
   * SpotifyError PAGE_BOUND_REACHED (after the items read); recently played whose page ends with 50
   * plays in one millisecond, which Spotify's `before` cannot page past, ends with SpotifyError
   * PAGE_UNREACHABLE (after them); and it throws
   * SpotifyAPIError BAD_RESPONSE where metadata disagrees with the items (a page without items before
   * the end its `next` or `total` says, a `next` it followed before, a `next` that is neither a link nor
   * null, an `offset` or `total` that is no number): see iterateItems. SpotifyError USAGE_ERROR, before
   * any call, when `maxPages` is not a positive whole number.
   */
  iterate<T>(
    page: PageLike<T>,
    options: { authToken?: SpotifyAuthorisationToken } & IterateOptions = {},
  ): AsyncGenerator<T, void, undefined> {
    const { authToken, ...bounds } = options;
    return iterateItems(page, (url) => this.getUrl(url, authToken), bounds);
  }
}

/** A failed call of `SpotifyApiClient.request`, as its failure is read (afterFailure). */
interface FailedCall {
  readonly endpoint: EndpointSpec;
  /** The call's options, as given. */
  readonly options: RequestOptions;
  /** The endpoint's parameters among them. */
  readonly params: Record<string, unknown>;
  /** The app whose mode the call tells (AppModeTracker.appOf). */
  readonly app: string | undefined;
  /** When it was sent (AppModeTracker.sending). */
  readonly sentAt: number;
  /** Whether an attempt of a write that may have reached Spotify was repeated. */
  readonly uncertain: boolean;
  /** Whether the call may be repeated (isRepeatable). */
  readonly repeatable: boolean;
}

/**
 * Resolves when `probe` settles, `signal` aborts or the clock reaches `due` (epoch ms), whichever
 * comes first; never rejects.
 */
export async function probeSettled(
  probe: Promise<void>,
  signal: AbortSignal | undefined,
  due: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort = () => {};
  const ended = new Promise<void>((resolve) => {
    onAbort = () => resolve();
    timer = setTimeout(resolve, Math.max(0, due - Date.now()));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    if (!signal?.aborted) await Promise.race([probe, ended]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Whether a failed call may have reached Spotify and been acted on (a 5xx, a lost or unreadable answer). */
function mayHaveReachedSpotify(error: unknown): boolean {
  if (error instanceof SpotifyAPIError) return error.status >= 500 || error.code === 'BAD_RESPONSE';
  if (error instanceof RequestTimeout) return true;
  return error instanceof SpotifyNetworkError && !neverSent(error);
}

/**
 * `link` normalised, when it leads into the Web API at `apiUrl` (same origin, path under the API's
 * path); undefined otherwise. Percent-encoded dots (`%2e`) are decoded before the dot segments are
 * resolved, so `/v1/%2e%2e/x` leaves the API like `/v1/../x` does.
 */
export function webApiLink(link: string, apiUrl: string): string | undefined {
  let target: URL;
  let api: URL;
  try {
    api = new URL(apiUrl);
    const parsed = new URL(link);
    if (parsed.username !== '' || parsed.password !== '') return undefined;
    // Decode encoded dots in the path only (the query is left as sent), then resolve dot segments.
    const path = parsed.pathname.replace(/%2e/gi, '.');
    target = new URL(`${parsed.origin}${path}${parsed.search}`);
  } catch {
    return undefined;
  }
  if (target.origin !== api.origin) return undefined;
  const prefix = api.pathname.endsWith('/') ? api.pathname : `${api.pathname}/`;
  if (!target.pathname.startsWith(prefix)) return undefined;
  return target.href;
}
