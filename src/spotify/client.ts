import { randomBytes } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { checkAnswerShape } from './answer-shapes.js';
import type { SpotifyCookie } from './cookie.js';
import { answersWithoutBody, isRepeatable } from './endpoints/effects.js';
import { createEndpointGroups, type EndpointGroups } from './endpoints/index.js';
import type { AppMode, EndpointSpec } from './endpoints/types.js';
import {
  ChangeMayHaveApplied,
  NotAvailableInDevelopmentMode,
  RequestTimeout,
  SpotifyAPIError,
  type SpotifyBaseError,
  SpotifyError,
  SpotifyNetworkError,
  TokenExpired,
} from './errors.js';
import { AuthorizationCodeFlow, ClientCredentialsFlow, type SpotifyFlow } from './flows.js';
import { type IterateOptions, iterateItems, nextPage, type PageLike, previousPage } from './paging.js';
import { buildRequest, findParam, toCamelCase } from './params.js';
import { accountsError, apiError, decodeSuccess, isExpiredTokenAnswer } from './responses.js';
import { missingScopes } from './scopes.js';
import { SpotifyAuthorisationToken } from './token.js';
import {
  neverSent,
  type RetryOptions,
  type SharedRateLimitPause,
  Transport,
  type TransportRequest,
  type TransportResponse,
} from './transport.js';

export const DEFAULT_API_URL = 'https://api.spotify.com/v1';
export const DEFAULT_ACCOUNTS_URL = 'https://accounts.spotify.com';

/** A renewal hook as an object: `call(client)` returns a fresh token (the expired one comes second). */
export interface TokenRenewHook {
  call(client: SpotifyApiClient, expired?: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken>;
}
export type TokenRenewFunction = (
  client: SpotifyApiClient,
  expired?: SpotifyAuthorisationToken,
) => Promise<SpotifyAuthorisationToken>;
export type TokenRenew = TokenRenewHook | TokenRenewFunction;

/**
 * The ready-made renewal hook: refreshes the expired token (or the held one) through the accounts
 * service; a client-credentials token, which has no refresh token, is replaced by a new one.
 */
export class TokenRenewClass implements TokenRenewHook {
  async call(
    client: SpotifyApiClient,
    expired?: SpotifyAuthorisationToken,
  ): Promise<SpotifyAuthorisationToken> {
    const token = expired ?? client.authToken;
    if (token?.refreshToken === undefined && client.flow instanceof ClientCredentialsFlow) {
      return client.getAuthTokenWithClientCredentials();
    }
    return client.refreshToken(token);
  }
}

/** Options of `createNewClient`, also accepted as defaults by the constructor. */
export interface ConnectionOptions {
  /** Most requests in flight at once; the rest queue (default 100). */
  requestLimit?: number;
  /** Timeout of each request attempt in SECONDS (default 30; fractions allowed). */
  requestTimeout?: number;
  retry?: RetryOptions;
  /** Longest Retry-After in SECONDS that is waited out (default 5); longer ones raise RateLimitExceeded. */
  maxRetryAfter?: number;
  /** An undici dispatcher to send through instead of the client's own keep-alive Agent (not closed by us). */
  dispatcher?: Dispatcher;
  /** A rate-limit pause shared with other processes of the same app (several server instances). */
  sharedPause?: SharedRateLimitPause;
}

export interface SpotifyApiClientOptions extends ConnectionOptions {
  /** Keep the tokens this client obtains or refreshes, and use them when a call passes none. */
  holdAuthentication?: boolean;
  /** A token to hold from the start. */
  authToken?: SpotifyAuthorisationToken;
  /** Called when a call meets an expired (or soon expiring) token; see TokenRenewClass. */
  tokenRenew?: TokenRenew;
  /** Renew this many SECONDS before expiry when a hook is set (default 60). */
  renewMargin?: number;
  /** Default: SPOTIFY_APP_MODE, else 'auto'. */
  appMode?: AppMode | 'auto';
  /** Default: SPOTIFY_API_URL, else https://api.spotify.com/v1. */
  apiUrl?: string;
  /** Default: SPOTIFY_ACCOUNTS_URL, else https://accounts.spotify.com. */
  accountsUrl?: string;
  /** Single-item calls in flight at once when many ids are fetched one by one (default 10). */
  manyConcurrency?: number;
  /** Where SPOTIFY_* defaults are read (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Options of one call: the endpoint's parameters in camelCase, plus the token to use. Undefined values
 * are allowed and left out, so callers can pass optional arguments straight through.
 */
export type RequestOptions = Record<string, unknown> & {
  authToken?: SpotifyAuthorisationToken | undefined;
  market?: string | undefined;
  /** Aborts the call: no further attempt is sent and the one on the wire is cut (SpotifyError ABORTED). */
  signal?: AbortSignal | undefined;
  /**
   * Told the fresh token when the client renewed `authToken` during this call, so a caller that polls
   * with its own token (the player pollers) keeps using the fresh one.
   */
  onTokenRenewed?: ((fresh: SpotifyAuthorisationToken) => void) | undefined;
};

export interface AuthorizationUrlOptions {
  /** Ask the user to approve again even when they did before (default true). */
  showDialog?: boolean;
  state?: string;
  /** Default: the flow's scopes. */
  scopes?: readonly string[];
  /** A PKCE S256 challenge (see createPkcePair). */
  codeChallenge?: string;
  /** Default: the flow's redirectUrl. */
  redirectUrl?: string;
}

const APP_MODES = new Set(['extended', 'development', 'auto']);

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

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
  private readonly tokenRenew: TokenRenew | undefined;
  private readonly renewMargin: number;
  private readonly manyConcurrency: number;
  private readonly defaults: ConnectionOptions;
  private held: SpotifyAuthorisationToken | undefined;
  private transport: Transport | undefined;
  /**
   * In auto mode, the app's mode once an answer showed it: 'extended' after an Extended-only endpoint
   * answered, 'development' after one was refused for a reason only Development Mode explains.
   */
  private learnedMode: AppMode | undefined;
  private readonly renewals = new Map<string, Promise<SpotifyAuthorisationToken>>();
  /** Client-credentials tokens this client obtained: the only ones renewed after a plain 401. */
  private readonly appTokens = new WeakSet<SpotifyAuthorisationToken>();
  private lastRenewal: { from: string; to: SpotifyAuthorisationToken } | undefined;

  constructor(flow: SpotifyFlow, options: SpotifyApiClientOptions = {}) {
    const env = options.env ?? process.env;
    this.flow = flow;
    this.holdAuthentication = options.holdAuthentication ?? false;
    this.held = options.authToken;
    this.tokenRenew = options.tokenRenew;
    this.renewMargin = options.renewMargin ?? 60;
    this.manyConcurrency = options.manyConcurrency ?? 10;
    this.apiUrl = trimSlash(options.apiUrl ?? (env.SPOTIFY_API_URL || DEFAULT_API_URL));
    this.accountsUrl = trimSlash(options.accountsUrl ?? (env.SPOTIFY_ACCOUNTS_URL || DEFAULT_ACCOUNTS_URL));
    const mode = options.appMode ?? (env.SPOTIFY_APP_MODE || 'auto');
    if (!APP_MODES.has(mode)) throw new SpotifyError('appMode must be extended, development or auto');
    this.appMode = mode as AppMode | 'auto';
    if (!Number.isInteger(this.manyConcurrency) || this.manyConcurrency < 1) {
      throw new SpotifyError('manyConcurrency must be a positive integer');
    }
    const defaults: ConnectionOptions = {};
    if (options.requestLimit !== undefined) defaults.requestLimit = options.requestLimit;
    if (options.requestTimeout !== undefined) defaults.requestTimeout = options.requestTimeout;
    if (options.retry !== undefined) defaults.retry = options.retry;
    if (options.maxRetryAfter !== undefined) defaults.maxRetryAfter = options.maxRetryAfter;
    if (options.dispatcher !== undefined) defaults.dispatcher = options.dispatcher;
    if (options.sharedPause !== undefined) defaults.sharedPause = options.sharedPause;
    this.defaults = defaults;
    Object.assign(this, createEndpointGroups(this));
  }

  /** The held token (follows every renewal), if any. */
  get authToken(): SpotifyAuthorisationToken | undefined {
    return this.held;
  }

  set authToken(token: SpotifyAuthorisationToken | undefined) {
    this.held = token;
  }

  /** Whether `createNewClient()` ran and `closeClient()` did not since. */
  get isOpen(): boolean {
    return this.transport !== undefined;
  }

  // ---- connection --------------------------------------------------------------------------------

  /** Opens the connection pool; options override the constructor's. Replaces an open one. */
  async createNewClient(options: ConnectionOptions = {}): Promise<void> {
    const previous = this.transport;
    this.transport = new Transport({ ...this.defaults, ...options });
    if (previous) await previous.close();
  }

  /** Closes the pool: pending calls fail with SpotifyError CLIENT_CLOSED; no socket or timer is left. */
  async closeClient(): Promise<void> {
    const transport = this.transport;
    this.transport = undefined;
    if (transport) await transport.close();
  }

  /**
   * Milliseconds left of the pause a 429's Retry-After put on every call of this client (Spotify's
   * limit is per app); 0 when calls may go out.
   */
  get rateLimitPauseMs(): number {
    return this.transport?.pauseRemainingMs ?? 0;
  }

  private open(): Transport {
    if (!this.transport) {
      throw new SpotifyError('The client is not open: call createNewClient() first', {
        code: 'CLIENT_CLOSED',
      });
    }
    return this.transport;
  }

  /** Accounts calls also work before createNewClient (as the sign-in comes first): a one-off pool then. */
  private async accounts<R>(req: TransportRequest, decode: (response: TransportResponse) => R): Promise<R> {
    if (this.transport) return this.transport.send(req, decode);
    const oneOff = new Transport({ ...this.defaults, requestLimit: 1 });
    try {
      return await oneOff.send(req, decode);
    } finally {
      await oneOff.close();
    }
  }

  // ---- authentication ----------------------------------------------------------------------------

  private codeFlow(options: { pkce?: boolean } = {}): AuthorizationCodeFlow {
    if (!(this.flow instanceof AuthorizationCodeFlow)) {
      throw new SpotifyError('This needs an AuthorizationCodeFlow');
    }
    this.flow.validate(options);
    return this.flow;
  }

  /** The URL to send the user to; Spotify redirects back with `code` and `state`. */
  buildAuthorizationUrl(options: AuthorizationUrlOptions = {}): string {
    const flow = this.codeFlow({ pkce: options.codeChallenge !== undefined });
    const params = new URLSearchParams({
      client_id: flow.applicationId ?? '',
      response_type: 'code',
      redirect_uri: options.redirectUrl ?? flow.redirectUrl ?? '',
    });
    const scopes = options.scopes ?? flow.scopes;
    if (scopes.length > 0) params.set('scope', scopes.join(' '));
    params.set('show_dialog', String(options.showDialog ?? true));
    if (options.state !== undefined) params.set('state', options.state);
    if (options.codeChallenge !== undefined) {
      params.set('code_challenge_method', 'S256');
      params.set('code_challenge', options.codeChallenge);
    }
    return `${this.accountsUrl}/authorize?${params.toString()}`;
  }

  /** Exchanges a code for tokens; with PKCE pass the `codeVerifier` (then no secret is needed). */
  async getAuthTokenWithCode(
    code: string,
    options: { codeVerifier?: string; redirectUrl?: string } = {},
  ): Promise<SpotifyAuthorisationToken> {
    if (!code) throw new SpotifyError('getAuthTokenWithCode needs a code');
    const flow = this.codeFlow({ pkce: options.codeVerifier !== undefined });
    const form: Record<string, string> = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: options.redirectUrl ?? flow.redirectUrl ?? '',
    };
    if (options.codeVerifier !== undefined) form.code_verifier = options.codeVerifier;
    const token = await this.tokenRequest(form, { idempotent: false });
    if (this.holdAuthentication) this.held = token;
    return token;
  }

  /** An app-only token (no user data); needs the app's id and secret. */
  async getAuthTokenWithClientCredentials(): Promise<SpotifyAuthorisationToken> {
    if (this.flow instanceof ClientCredentialsFlow) this.flow.validate();
    else this.flow.validate();
    if (!this.flow.applicationSecret) {
      throw new SpotifyError('The client credentials flow needs applicationSecret (SPOTIFY_CLIENT_SECRET)');
    }
    // A new app token changes nothing on Spotify's side, so retrying is safe.
    const token = await this.tokenRequest({ grant_type: 'client_credentials' }, { idempotent: true });
    this.appTokens.add(token);
    if (this.holdAuthentication) this.held = token;
    return token;
  }

  /**
   * A fresh access token for `token` (default: the held one). A rotated refresh token is kept, and the
   * old one when Spotify sends none. `invalid_grant` gives ReauthenticationRequired: sign in again.
   */
  async refreshToken(token?: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> {
    const current = token ?? this.held;
    if (!current) throw new SpotifyError('There is no token to refresh: pass one or hold authentication');
    if (!current.refreshToken) throw new SpotifyError('The token has no refresh token');
    if (!this.flow.applicationId)
      throw new SpotifyError('Refreshing needs applicationId (SPOTIFY_CLIENT_ID)');
    const fresh = await this.tokenRequest(
      { grant_type: 'refresh_token', refresh_token: current.refreshToken },
      { idempotent: false, previous: current },
    );
    if (this.holdAuthentication || this.held === current) this.held = fresh;
    return fresh;
  }

  private tokenRequest(
    form: Record<string, string>,
    options: { idempotent: boolean; previous?: SpotifyAuthorisationToken },
  ): Promise<SpotifyAuthorisationToken> {
    const { applicationId, applicationSecret } = this.flow;
    if (!applicationId) throw new SpotifyError('The flow is missing applicationId (SPOTIFY_CLIENT_ID)');
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    const body = new URLSearchParams(form);
    if (applicationSecret) {
      headers.authorization = `Basic ${Buffer.from(`${applicationId}:${applicationSecret}`).toString('base64')}`;
    } else {
      // A PKCE client has no secret and names itself in the form.
      body.set('client_id', applicationId);
    }
    return this.accounts(
      {
        method: 'POST',
        url: `${this.accountsUrl}/api/token`,
        headers,
        body: body.toString(),
        idempotent: options.idempotent,
      },
      (response) => {
        if (response.status !== 200) {
          throw accountsError(response, [...Object.values(form), applicationSecret ?? ''].filter(Boolean));
        }
        try {
          return SpotifyAuthorisationToken.fromTokenResponse(JSON.parse(response.text), options.previous);
        } catch {
          throw new SpotifyAPIError('The accounts service answered with an unreadable token', {
            status: response.status,
            code: 'BAD_RESPONSE',
          });
        }
      },
    );
  }

  /**
   * Gets a code without a browser, for a user who already approved the app: signs in at the accounts
   * service with the user's cookie and reads the code from the redirect (not followed). The user must
   * have consented before; otherwise a SpotifyError with code CONSENT_REQUIRED.
   */
  async getCodeWithCookie(
    cookie: SpotifyCookie,
    options: { state?: string; scopes?: readonly string[]; codeChallenge?: string } = {},
  ): Promise<string> {
    const header = cookie.toHeader();
    const state = options.state ?? randomBytes(16).toString('hex');
    const url = this.buildAuthorizationUrl({
      showDialog: false,
      state,
      ...(options.scopes === undefined ? {} : { scopes: options.scopes }),
      ...(options.codeChallenge === undefined ? {} : { codeChallenge: options.codeChallenge }),
    });
    const response = await this.accounts({ method: 'GET', url, headers: { cookie: header } }, (r) => r);
    if (response.status === 200) {
      throw new SpotifyError(
        'Consent missing: the user has not approved this app and these scopes (or the cookie does not sign in)',
        { code: 'CONSENT_REQUIRED' },
      );
    }
    const location = response.headers.location;
    const target = Array.isArray(location) ? location[0] : location;
    if (response.status < 300 || response.status >= 400 || !target) throw accountsError(response);
    const redirect = new URL(target, this.accountsUrl);
    const error = redirect.searchParams.get('error');
    if (error !== null) {
      throw new SpotifyAPIError(`The authorization was refused: ${error}`, {
        status: 0,
        reason: error,
        code: 'ACCOUNTS_ERROR',
      });
    }
    if (redirect.searchParams.get('state') !== state) {
      throw new SpotifyError('The authorization redirect carried a different state', {
        code: 'STATE_MISMATCH',
      });
    }
    const code = redirect.searchParams.get('code');
    if (!code) throw new SpotifyError('The authorization redirect carried no code');
    return code;
  }

  // ---- tokens for calls --------------------------------------------------------------------------

  private async tokenFor(
    explicit: SpotifyAuthorisationToken | undefined,
  ): Promise<SpotifyAuthorisationToken> {
    const token = explicit ?? this.held;
    if (!token) {
      throw new SpotifyError('No token: pass authToken or hold authentication (holdAuthentication: true)');
    }
    if (token.isExpired()) return this.renew(token);
    if (this.tokenRenew && token.expiresSoon(this.renewMargin)) {
      // Renewing ahead of expiry is a courtesy: if it fails, the current token still works for now.
      return this.renew(token).catch(() => token);
    }
    return token;
  }

  /** Renews an expired token once however many calls ask at the same time; the held token follows. */
  private renew(expired: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> {
    const last = this.lastRenewal;
    if (last && last.from === expired.accessToken && !last.to.isExpired()) return Promise.resolve(last.to);
    const pending = this.renewals.get(expired.accessToken);
    if (pending) return pending;
    const hook = this.tokenRenew;
    if (!hook) return Promise.reject(new TokenExpired());
    const renewal = (async () => {
      const fresh = typeof hook === 'function' ? await hook(this, expired) : await hook.call(this, expired);
      if (!(fresh instanceof SpotifyAuthorisationToken)) {
        throw new SpotifyError('The tokenRenew hook must return a SpotifyAuthorisationToken');
      }
      if (this.held === undefined || this.held.accessToken === expired.accessToken) this.held = fresh;
      this.lastRenewal = { from: expired.accessToken, to: fresh };
      return fresh;
    })().finally(() => this.renewals.delete(expired.accessToken));
    this.renewals.set(expired.accessToken, renewal);
    return renewal;
  }

  /**
   * Sends with a bearer token. A 401 renews once and repeats the call: "token expired" through the
   * renewal hook (TokenExpired without one); any other 401 for a client-credentials token this client
   * obtained (an app token refused before its local expiry) also once where a hook is set, and when
   * that renewal fails the 401 itself is thrown.
   * `bodiless`: the endpoint answers without a body, so any 2xx body is ignored.
   */
  private async authorized<T>(
    req: {
      method: string;
      url: string;
      body?: string | undefined;
      contentType?: string | undefined;
      signal?: AbortSignal | undefined;
      idempotent?: boolean;
      bodiless?: boolean;
      /** Checks the decoded 2xx answer's outline (throws a BAD_RESPONSE SpotifyAPIError). */
      check?: (value: unknown) => void;
    },
    explicit: SpotifyAuthorisationToken | undefined,
    onRenewed?: (fresh: SpotifyAuthorisationToken) => void,
  ): Promise<T> {
    const transport = this.open();
    let token = await this.tokenFor(explicit);
    if (explicit !== undefined && token !== explicit) onRenewed?.(token);
    for (let renewed = false; ; renewed = true) {
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
      const outcome = await transport.send(transportRequest, (response) => {
        if (response.status >= 200 && response.status < 300) {
          if (req.bodiless) return { value: undefined };
          const value = decodeSuccess(response);
          req.check?.(value);
          return { value };
        }
        const expired = isExpiredTokenAnswer(response);
        if (!renewed && expired) return { expired: true as const };
        if (expired) throw new TokenExpired();
        // Only a client-credentials token this client obtained: a user token
        // Spotify refused is a sign-in that ended, not one to refresh behind the user's back.
        if (!renewed && response.status === 401 && this.tokenRenew && this.appTokens.has(token)) {
          return { refused: apiError(response, this.secretsOf(token)) };
        }
        throw apiError(response, this.secretsOf(token));
      });
      if ('value' in outcome) return outcome.value as T;
      if ('refused' in outcome) {
        // Spotify refused a token it should still accept: renew once; if that fails, the 401 stands.
        token = await this.renew(token).catch(() => {
          throw outcome.refused;
        });
        continue;
      }
      token = await this.renew(token);
      onRenewed?.(token);
    }
  }

  /** What an error text must never show for a request sent with `token`: its credentials, the app's secret. */
  private secretsOf(token: SpotifyAuthorisationToken): string[] {
    return [token.accessToken, token.refreshToken ?? '', this.flow.applicationSecret ?? ''].filter(
      (secret) => secret !== '',
    );
  }

  // ---- the generic request path ------------------------------------------------------------------

  /**
   * Calls one endpoint of the table. Options are the endpoint's parameters in camelCase (Spotify's
   * snake_case names work too), routed to the path, the query string or the body as the table says;
   * undefined values are left out; `authToken` overrides the held token. Unknown, missing or
   * out-of-bounds options give a SpotifyError before any request.
   */
  async request<T>(endpoint: EndpointSpec, options: RequestOptions = {}): Promise<T> {
    const { authToken, signal, onTokenRenewed, ...params } = options;
    if (this.modeFor(endpoint) === 'development' && !endpoint.modes.includes('development')) {
      throw new NotAvailableInDevelopmentMode(endpoint.id);
    }
    const built = buildRequest(endpoint, params);
    const repeatable = isRepeatable(endpoint, built.body);
    const extendedOnly = !endpoint.modes.includes('development');
    try {
      const value = await this.authorized<T>(
        {
          method: built.method,
          url: this.apiUrl + built.pathAndQuery,
          body: built.body,
          contentType: built.contentType,
          signal,
          idempotent: repeatable,
          bodiless: answersWithoutBody(endpoint),
          check: (value) => checkAnswerShape(endpoint, value),
        },
        authToken,
        onTokenRenewed,
      );
      // Only an Extended Quota app gets an answer here: no batch call needs to go out alone any more.
      if (this.appMode === 'auto' && extendedOnly) this.learnedMode ??= 'extended';
      return value;
    } catch (error) {
      if (error instanceof SpotifyAPIError) {
        error.endpoint ??= endpoint.id;
        if (error.status === 403) {
          error.missingScopes = missingScopes(endpoint, (authToken ?? this.held)?.scopes);
        }
        if (this.appMode === 'auto' && extendedOnly && this.showsDevelopmentMode(error, endpoint)) {
          // Remembered for the app, so later calls go to the replacements at once.
          this.learnedMode = 'development';
          throw new NotAvailableInDevelopmentMode(endpoint.id, { status: 403, body: error.body });
        }
      }
      if (!repeatable && mayHaveReachedSpotify(error)) {
        throw new ChangeMayHaveApplied(endpoint.id, error as SpotifyBaseError);
      }
      throw error;
    }
  }

  /**
   * Whether a 403 from an Extended-only endpoint shows that the app is in Development Mode. Evidence:
   * Spotify's message names Development Mode or says the endpoint was removed; or, while the app has
   * not been seen to be Extended, a bare 403 (no reason, no explanation, or only "Forbidden") from an
   * endpoint whose scopes the token has. A 403 that explains itself otherwise (a missing scope, a user
   * not registered, Premium, a country or market restriction) says nothing about the app; and once an
   * Extended-only endpoint has answered, only Spotify's explicit word switches the app back.
   */
  private showsDevelopmentMode(error: SpotifyAPIError, endpoint: EndpointSpec): boolean {
    if (error.status !== 403) return false;
    if (error instanceof NotAvailableInDevelopmentMode) return true;
    const message = error.message.trim();
    if (/development mode/i.test(message)) return true;
    if (/\b(endpoint|api|operation)\b.*\b(removed|no longer available|deprecated)\b/i.test(message))
      return true;
    if (this.learnedMode === 'extended') return false;
    const bare = message === '' || /^(forbidden|spotify answered 403)\.?$/i.test(message);
    if (!bare || error.reason !== undefined) return false;
    const missing = error.missingScopes;
    return endpoint.scopes.length === 0 || (missing !== undefined && missing.length === 0);
  }

  /**
   * Fetches many items by id (as many ids as given), answers in the ids' order, null for an unknown id.
   * Where the batch endpoint is available it is called per `batch.max` ids; in Development Mode (or in
   * auto mode after the batch endpoint answered 403) each distinct id goes through `single`, at most
   * `manyConcurrency` at a time.
   */
  async requestMany<T>(
    batch: EndpointSpec,
    single: EndpointSpec,
    ids: readonly string[],
    options: RequestOptions = {},
  ): Promise<(T | null)[]> {
    if (!batch.batch) throw new SpotifyError(`${batch.id} is not a batch endpoint`);
    const distinct = [...new Set(ids)];
    if (distinct.length === 0) return [];
    const found = new Map<string, T | null>();
    const mode = this.modeFor(batch);
    if (mode === 'development' && !batch.modes.includes('development')) {
      await this.fetchSingles(single, batch, distinct, options, found);
    } else {
      const { max, param, key } = batch.batch;
      const chunks: string[][] = [];
      for (let at = 0; at < distinct.length; at += max) chunks.push(distinct.slice(at, at + max));
      const fetchChunk = async (chunk: string[]): Promise<void> => {
        const body = await this.request<Record<string, unknown>>(batch, {
          ...options,
          [toCamelCase(param)]: chunk,
        });
        const items = body?.[key];
        if (!Array.isArray(items)) {
          throw new SpotifyAPIError(`${batch.id}: the answer has no ${key} list`, {
            status: 200,
            code: 'BAD_RESPONSE',
          });
        }
        for (const [index, id] of chunk.entries()) found.set(id, (items[index] as T | undefined) ?? null);
      };
      // In auto mode a refused batch falls back to single calls for its ids: the request still gets
      // its items whether or not the refusal taught the app's mode.
      const fetchOrFallBack = async (chunk: string[]): Promise<void> => {
        try {
          await fetchChunk(chunk);
        } catch (error) {
          if (this.appMode !== 'auto' || !(error instanceof SpotifyAPIError && error.status === 403))
            throw error;
          await this.fetchSingles(single, batch, chunk, options, found);
        }
      };
      let rest = chunks;
      if (mode === 'auto' && !batch.modes.includes('development')) {
        // Try one batch alone: if this app lacks the endpoint, one 403 is enough to learn it.
        const [first, ...others] = chunks;
        rest = others;
        if (first) await fetchOrFallBack(first);
        if (this.learnedMode === 'development') {
          await this.fetchSingles(single, batch, others.flat(), options, found);
          rest = [];
        }
      }
      await Promise.all(rest.map(fetchOrFallBack));
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  private async fetchSingles<T>(
    single: EndpointSpec,
    batch: EndpointSpec,
    ids: readonly string[],
    options: RequestOptions,
    found: Map<string, T | null>,
  ): Promise<void> {
    const idParam = single.params.find((param) => param.in === 'path');
    if (!idParam) throw new SpotifyError(`${single.id} has no id parameter`);
    // Options the batch endpoint knows but the single one does not are dropped, not refused.
    const shared: RequestOptions = {};
    for (const [name, value] of Object.entries(options)) {
      if (name === 'authToken' || findParam(single, name) || !findParam(batch, name)) shared[name] = value;
    }
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < ids.length) {
        const id = ids[next++] as string;
        try {
          found.set(id, await this.request<T>(single, { ...shared, [toCamelCase(idParam.name)]: id }));
        } catch (error) {
          if (error instanceof SpotifyAPIError && error.status === 404) found.set(id, null);
          else throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.manyConcurrency, ids.length) }, worker));
  }

  // ---- app modes ---------------------------------------------------------------------------------

  /**
   * The mode to use for an endpoint: the configured one, or in auto mode the one learned for this app
   * (see `request`), else 'auto'. Endpoints every mode has are always called as they are.
   */
  modeFor(endpoint: EndpointSpec): AppMode | 'auto' {
    if (this.appMode !== 'auto') return this.appMode;
    if (endpoint.modes.includes('development')) return 'auto';
    return this.learnedMode ?? 'auto';
  }

  /**
   * Runs `primary` (which calls `endpoint`) where the app has the endpoint, and `fallback` (its
   * Development Mode replacement) where it does not: configured development mode goes straight to the
   * fallback, auto mode switches on the first 403 and remembers. Without a fallback, Development Mode
   * gives NotAvailableInDevelopmentMode without calling Spotify.
   */
  async withFallback<T>(
    endpoint: EndpointSpec,
    primary: () => Promise<T>,
    fallback?: () => Promise<T>,
  ): Promise<T> {
    if (endpoint.modes.includes('development')) return primary();
    const mode = this.modeFor(endpoint);
    if (mode === 'extended') return primary();
    if (mode === 'development') {
      if (!fallback) throw new NotAvailableInDevelopmentMode(endpoint.id);
      return fallback();
    }
    try {
      return await primary();
    } catch (error) {
      // request() turned a refusal that shows Development Mode into NotAvailableInDevelopmentMode.
      if (!(error instanceof NotAvailableInDevelopmentMode && error.status === 403)) throw error;
      this.learnedMode = 'development';
      if (!fallback) throw error;
      return fallback();
    }
  }

  // ---- paging ------------------------------------------------------------------------------------

  /** GETs a Web API URL (a page's `next`/`previous`); refuses URLs outside the API, to keep the token in. */
  private getUrl(url: string, authToken: SpotifyAuthorisationToken | undefined): Promise<unknown> {
    if (!url.startsWith(`${this.apiUrl}/`)) {
      throw new SpotifyError('A page link points outside the Web API; not following it');
    }
    return this.authorized({ method: 'GET', url }, authToken);
  }

  /** The page after `page` (same token as given or held), or null on the last page. */
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
   * `for await (const track of client.iterate(page)) { ... }`. Breaking out stops the fetching. It
   * stops by itself on a page without items (whatever `next` says), on a `next` it followed before,
   * and after `maxPages` pages (default 1000), so metadata that disagrees with the items cannot make
   * it fetch for ever.
   */
  iterate<T>(
    page: PageLike<T>,
    options: { authToken?: SpotifyAuthorisationToken } & IterateOptions = {},
  ): AsyncGenerator<T, void, undefined> {
    const { authToken, ...bounds } = options;
    return iterateItems(page, (url) => this.getUrl(url, authToken), bounds);
  }
}

/** Whether a failed call may have reached Spotify and been acted on (a 5xx, a lost or unreadable answer). */
function mayHaveReachedSpotify(error: unknown): boolean {
  if (error instanceof SpotifyAPIError) return error.status >= 500 || error.code === 'BAD_RESPONSE';
  if (error instanceof RequestTimeout) return true;
  return error instanceof SpotifyNetworkError && !neverSent(error);
}
