import { GraphQLError } from 'graphql';
import type { RequestOptions, SpotifyApiClient } from '../spotify/client.js';
import {
  createEndpointGroups,
  type EndpointGroups,
  type RequestExecutor,
} from '../spotify/endpoints/index.js';
import type { EndpointSpec } from '../spotify/endpoints/types.js';
import {
  RateLimitExceeded,
  ReauthenticationRequired,
  SpotifyAPIError,
  SpotifyError,
  TokenExpired,
} from '../spotify/errors.js';
import type { CallGate, ManyEntry } from '../spotify/request-many.js';
import { SpotifyAuthorisationToken } from '../spotify/token.js';
import type { AppTokenProvider } from './app-token.js';
import { CallTracker } from './call-tracker.js';
import { type CatalogCache, catalogKey } from './catalog-cache.js';
import type { SharedCallSlots } from './client-call-share.js';
import { fromTokenRefusal } from './from-token-market.js';
import {
  type CatalogLoader,
  type CatalogLoaderSource,
  createCatalogLoaders,
  type LoadableType,
  type LoaderOptions,
} from './loaders.js';
import type { PlayerPollers } from './player-pollers.js';
import { cutWriteError, DEFAULT_REQUEST_CONCURRENCY, RequestBudget } from './request-budget.js';
import { forgetLoads, replayedRead } from './request-loads.js';
import { sessionTokenSource, type TokenSource } from './token-source.js';

/** What every resolver of one GraphQL operation gets. Built once per request; never shared. */
/** The client as resolvers see it: its generic request path, with this request's calls counted. */
export type RequestClient = RequestExecutor & Pick<SpotifyApiClient, 'appMode' | 'modeFor'>;

export interface GraphQLContext {
  readonly client: RequestClient;
  /** The client's endpoint groups (`api.playlists.get(...)`); pass `opts()` so calls carry this request's token. */
  readonly api: EndpointGroups;
  /** The Spotify token calls are made with: the user's, or the app's client-credentials token. */
  readonly token: SpotifyAuthorisationToken;
  /** True when a user token came with the request (user data is reachable). */
  readonly isUser: boolean;
  /**
   * Why the request is not a user's although it carried a session (ended, unknown, refused): user fields
   * answer this UNAUTHENTICATED error while catalog fields still work with the app token.
   */
  readonly sessionError?: GraphQLError | undefined;
  readonly loaders: Readonly<Record<LoadableType, CatalogLoader>>;
  /** The most Spotify calls this operation may cause (MAX_QUERY_COST); the server's default if unset. */
  readonly maxCost?: number;
  /** The server's player pollers: subscriptions read from them, playback commands nudge them. */
  readonly playerPollers: PlayerPollers;
  /**
   * Where a subscription gets the user's token for as long as it lives; when absent, the request's
   * `token` (renewed by the client's `tokenRenew` hook, if any). Sessions provide their own.
   */
  readonly tokenSource?: TokenSource;
  /**
   * Counts `call` among the request's Spotify calls in flight (catalog batches wait for them): for a
   * load this request joins rather than sends. Answers `call`.
   */
  track<T>(call: Promise<T>): Promise<T>;
  /**
   * The request's abort signal (the client went away, or its deadline passed), made on first use;
   * undefined when the request has none. A load this request shares with others lets go of it then.
   */
  signal(): AbortSignal | undefined;
  /** A catalog object shared by earlier requests, if this request may use the shared cache. */
  cached(type: LoadableType, id: string, market: string | undefined): unknown;
  /**
   * The catalog cache shared across requests, for a request that may share it (the app token's: the
   * same answers for every such caller); undefined for a user's request.
   */
  sharedCache(): CatalogCache | undefined;
  /**
   * Call options for the client: the endpoint's parameters plus this request's token. Undefined values
   * (GraphQL arguments that were not given) are left out, so they never reach Spotify.
   */
  opts<T extends Record<string, unknown> = Record<string, never>>(
    extra?: T,
  ): Compact<T> & { authToken: SpotifyAuthorisationToken };
}

/** `T` without undefined or null values: keys that may hold them become optional. */
export type Compact<T> = {
  [K in keyof T as undefined extends T[K] ? never : null extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : null extends T[K] ? K : never]?: Exclude<
    T[K],
    undefined | null
  >;
};

/**
 * The credentials a request carries, wherever it came from: an HTTP request's headers, a WebSocket
 * upgrade request's headers, or graphql-ws `connectionParams.authorization`.
 */
export interface RequestCredentials {
  /** `Bearer <session token>` or `Bearer <Spotify access token>`. */
  authorization?: string | null | undefined;
  /** The Cookie header (the session cookie). */
  cookie?: string | null | undefined;
}

/**
 * How the context turns a server session into the user's Spotify token (implemented by src/auth's
 * ServerAuth; declared here so that resolvers import nothing from the server side).
 */
export interface SessionResolver {
  /**
   * The user's Spotify token (renewed when it is about to expire) for the session the request carries,
   * undefined when it carries none. Throws SessionEnded-like errors (`name` 'SessionEnded') or the
   * client's ReauthenticationRequired when the session cannot be used.
   */
  userToken(
    credentials: RequestCredentials,
    bearer: string | undefined,
  ): Promise<SpotifyAuthorisationToken | undefined>;
  /**
   * A renewed token after Spotify refused `token` (401: expired, invalid or revoked), if it belongs to a
   * session. Rejects with ReauthenticationRequired after ending the session when renewal is refused.
   */
  renewRejected(token: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> | undefined;
  /** The id (SHA-256 hex, not the token) of the session the request carries, if any; no store read. */
  sessionIdOf?(credentials: RequestCredentials, bearer: string | undefined): string | undefined;
}

export interface ContextDeps {
  client: SpotifyApiClient;
  appToken: AppTokenProvider;
  cache: CatalogCache;
  playerPollers: PlayerPollers;
  /** Server sessions (cookie or Bearer session token); without it only Spotify access tokens work. */
  sessions?: SessionResolver | undefined;
}

/** UNAUTHENTICATED (HTTP 401); the server adds `extensions.loginUrl` to every such error. */
export const unauthenticated = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** UNAUTHENTICATED for a session the request carried that cannot be used (unknown, ended, refused). */
export class SessionUnusable extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    this.name = 'SessionUnusable';
  }
}

/** The longest Authorization value accepted (characters); Spotify's access tokens are a few hundred. */
export const MAX_AUTHORIZATION_CHARS = 2048;

/**
 * The bearer token of an Authorization header (or a graphql-ws connection param), if any. Throws
 * UNAUTHENTICATED for a malformed header or one over MAX_AUTHORIZATION_CHARS.
 */
export function bearerOf(header: string | null | undefined): string | undefined {
  if (header === null || header === undefined || header === '') return undefined;
  // Checked before any use: a huge credential is refused here, not forwarded to Spotify (431).
  if (header.length > MAX_AUTHORIZATION_CHARS) {
    throw unauthenticated(
      `The Authorization header is longer than ${MAX_AUTHORIZATION_CHARS} characters: no session or Spotify token is that long`,
    );
  }
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  if (!match) {
    throw unauthenticated(
      'The Authorization header must be "Bearer <session token>" or "Bearer <Spotify access token>"',
    );
  }
  return match[1];
}

/**
 * The Spotify token a request acts with: its session's (cookie or `Bearer sgs_...`), a Spotify access
 * token from the Authorization header (as is), or undefined for none (the app token then). A session
 * that cannot be used is UNAUTHENTICATED; renewal failures other than invalid_grant pass through.
 */
export async function userTokenOf(
  deps: ContextDeps,
  credentials: RequestCredentials,
): Promise<SpotifyAuthorisationToken | undefined> {
  const bearer = bearerOf(credentials.authorization);
  try {
    const fromSession = await deps.sessions?.userToken(credentials, bearer);
    if (fromSession) return fromSession;
  } catch (error) {
    if (
      error instanceof Error &&
      (error.name === 'SessionEnded' || error.name === 'ReauthenticationRequired')
    ) {
      throw new SessionUnusable(
        error.name === 'SessionEnded'
          ? error.message
          : 'The Spotify sign-in is no longer valid: sign in again',
      );
    }
    throw sessionStoreAnswer(error);
  }
  if (bearer === undefined || bearer.startsWith('sgs_')) {
    if (bearer !== undefined) throw new SessionUnusable('The session is unknown or has ended: sign in again');
    return undefined;
  }
  return new SpotifyAuthorisationToken({ accessToken: bearer });
}

/**
 * The error a request with a session gets for `error`: the shared session store (Redis) not answering
 * (RedisUnavailable, during a look-up or anywhere in a renewal: lock, read, compare-and-set) becomes
 * SESSION_STORE_UNAVAILABLE (HTTP 503): the session is not ended, just unreadable now. Anything else
 * is answered as it is.
 */
export function sessionStoreAnswer(error: unknown): unknown {
  if (!(error instanceof Error && error.name === 'RedisUnavailable')) return error;
  return new GraphQLError('The session store is unavailable: try again shortly (you are still signed in)', {
    extensions: { code: 'SESSION_STORE_UNAVAILABLE', http: { status: 503 } },
  });
}

/**
 * The endpoint groups of one request, built on first use. A plain getter on the context would not do:
 * yoga copies the context's properties (Object.assign), which would call it for every request. The
 * proxy's handler is shared; each request holds only the proxy and its target.
 */
const LAZY_GROUPS: ProxyHandler<{ client: RequestClient; groups?: EndpointGroups }> = {
  get(target, key) {
    target.groups ??= createEndpointGroups(target.client);
    return target.groups[key as keyof EndpointGroups];
  },
};

function lazyGroups(client: RequestClient): EndpointGroups {
  return new Proxy({ client }, LAZY_GROUPS) as unknown as EndpointGroups;
}

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
 * Whether Spotify refused the access token itself (401): expired (the client's TokenExpired), or
 * invalid or revoked ("Invalid access token", e.g. after Spotify dropped it).
 */
function isRefusedToken(error: unknown): boolean {
  return (
    error instanceof TokenExpired ||
    (error instanceof SpotifyAPIError && !(error instanceof ReauthenticationRequired) && error.status === 401)
  );
}

/**
 * Runs a call; when Spotify refuses a session's token (401, expired or invalid: it was renewed already
 * before the request if due, so it was revoked or dropped early), renews it through the session once
 * (single-flight per session) and repeats the call. A refused renewal (invalid_grant) ends the session
 * and reaches the caller as ReauthenticationRequired (UNAUTHENTICATED); `ended` is told so.
 */
async function withSessionRenewal<T, O extends { authToken?: SpotifyAuthorisationToken | undefined }>(
  sessions: SessionResolver | undefined,
  options: O | undefined,
  call: (options: O | undefined) => Promise<T>,
  ended: () => void,
): Promise<T> {
  try {
    return await call(options);
  } catch (error) {
    const token = options?.authToken;
    const renewal = isRefusedToken(error) && token ? sessions?.renewRejected(token) : undefined;
    if (!renewal) throw error;
    let renewed: SpotifyAuthorisationToken;
    try {
      renewed = await renewal;
    } catch (failure) {
      if (failure instanceof Error && failure.name === 'ReauthenticationRequired') ended();
      throw sessionStoreAnswer(failure);
    }
    return call({ ...(options as O), authToken: renewed });
  }
}

/** What bounds one request's Spotify calls (src/server/limits.ts reads them from the environment). */
export interface RequestBounds {
  /**
   * Aborts the request's calls: the client went away or its deadline passed. A function is called at
   * the request's first Spotify call, so a request answered from the caches makes no signal.
   */
  signal?: AbortSignal | (() => AbortSignal) | undefined;
  /** Spotify calls (HTTP calls, not batches) of this request in flight at once (default DEFAULT_REQUEST_CONCURRENCY). */
  concurrency?: number;
  /**
   * The most Spotify calls the operation may cause (MAX_QUERY_COST): estimated before it runs, and
   * held while it runs (each call beyond fails with CALL_LIMIT_EXCEEDED).
   */
  maxCost?: number;
  /** Told of every Spotify call the request makes. */
  calls?: SpotifyCallLog;
  /**
   * Slots shared with the other requests of its client, taken by each call besides its own
   * (a graphql-ws subscription's: its client's subscriptions share one bound, see ClientCallShares).
   */
  sharedCalls?: SharedCallSlots | undefined;
}

/**
 * Told of every Spotify call of a request: an object whose method is shared, rather than a closure per
 * request (an idle subscription keeps its request's bounds for as long as it lives).
 */
export interface SpotifyCallLog {
  /**
   * One call started: the request's count of Spotify calls includes it from now on (a request its
   * client abandons is logged with the calls it had started, settled or not). `shared` is true for a
   * call of a catalog load shared between app-token requests (its own signal, see in-flight.ts), whose
   * settled answer goes into the catalog cache; false for any other call (the response cache keeps no
   * answer that made one).
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

/**
 * What the server learns about the request's session while answering it: set when the session it
 * carried turned out ended (unknown, refused, or its renewal refused), so the answer can clear the
 * session cookie.
 */
export interface SessionOutcome {
  ended: boolean;
}

/**
 * The per-request context: the one place where a request's credentials (session cookie, Bearer
 * session token, or a plain Spotify access token) become the token its Spotify calls use. A session
 * that cannot be used makes the request anonymous: catalog fields work, user fields answer
 * UNAUTHENTICATED (`sessionError`), and `outcome.ended` is set. Throws GraphQLError UNAUTHENTICATED for
 * a malformed Authorization header.
 */
export async function createContext(
  deps: ContextDeps,
  credentials: RequestCredentials,
  outcome: SessionOutcome = { ended: false },
  bounds: RequestBounds = {},
): Promise<GraphQLContext> {
  let userToken: SpotifyAuthorisationToken | undefined;
  let sessionError: GraphQLError | undefined;
  try {
    userToken = await userTokenOf(deps, credentials);
  } catch (error) {
    if (!(error instanceof SessionUnusable)) throw error;
    sessionError = error;
    outcome.ended = true;
  }
  const isUser = userToken !== undefined;
  // A session's token is never the Authorization header's own bearer (a plain access token is).
  const fromSession =
    userToken !== undefined && userToken.accessToken !== bearerOf(credentials.authorization);
  // A failing app token fails the fields that call Spotify, not the request (see UnavailableAppToken).
  const token = userToken ?? (await deps.appToken.forRequest());
  const client = new RequestSpotifyClient(deps, bounds, token, isUser, outcome);
  // One literal of fixed shape, the optional parts assigned after: the same literal beginning with a
  // conditional spread took about 22 us of CPU per request (0.5 us this way; createContext alone, in a
  // loop under node --cpu-prof), a large share of a warm query's own work.
  const context: { -readonly [K in keyof GraphQLContext]: GraphQLContext[K] } = {
    client,
    api: lazyGroups(client),
    token,
    isUser,
    sessionError,
    loaders: createCatalogLoaders(client),
    playerPollers: deps.playerPollers,
    // Functions shared by every context (`this` is the context they are called on): an idle
    // subscription keeps its context alive, and per-request closures would add to every one.
    track: trackCall,
    signal: requestSignal,
    cached: cachedObject,
    sharedCache: catalogCacheOf,
    opts: callOptions,
  };
  if (bounds.maxCost !== undefined) context.maxCost = bounds.maxCost;
  if (fromSession) {
    context.tokenSource = sessionTokenSource(
      async () => {
        const token = await userTokenOf(deps, credentials);
        if (!token) throw unauthenticated('The session has ended: sign in again');
        return token;
      },
      (token) => deps.sessions?.renewRejected(token),
      deps.sessions?.sessionIdOf?.(credentials, bearerOf(credentials.authorization)),
    );
  }
  return context;
}

/**
 * One request's Spotify client: the request's concurrency bound and abort signal on every call, every
 * call reported to `bounds.calls`, a session's token renewed once when Spotify refuses it, and the
 * request's calls in flight counted (catalog batches wait for them). Its parts (budget, tracker, the
 * loaders' view) are made on the first call: most subscriptions never make one, and they keep their
 * context for as long as they live.
 */
class RequestSpotifyClient implements RequestClient, CatalogLoaderSource {
  private budgetOf: RequestBudget | undefined;
  private trackerOf: CallTracker | undefined;
  /** The request's context, set while its query may be executed again (see replayReads). */
  private replayIn: GraphQLContext | undefined;

  constructor(
    private readonly deps: ContextDeps,
    private readonly bounds: RequestBounds,
    private readonly token: SpotifyAuthorisationToken,
    readonly isUser: boolean,
    private readonly outcome: SessionOutcome,
  ) {}

  get appMode(): SpotifyApiClient['appMode'] {
    return this.deps.client.appMode;
  }

  // The mode for this request's token: a caller's bearer token is of no known app (see ModeEvidence).
  modeFor(endpoint: EndpointSpec): ReturnType<SpotifyApiClient['modeFor']> {
    return this.deps.client.modeFor(endpoint, { authToken: this.token });
  }

  /** A new allowance of Spotify calls (RequestBounds.maxCost), for a subscription's next event. */
  renewCallLimit(): void {
    this.budgetOf?.renew();
  }

  /** From now on, a read made again in `ctx` (this client's) answers as it did the first time (see replayedRead). */
  replayReads(ctx: GraphQLContext): void {
    this.replayIn ??= ctx;
  }

  request<T>(endpoint: EndpointSpec, options?: RequestOptions): Promise<T> {
    if (this.replayIn) {
      return replayedRead(this.replayIn, endpoint, options, () => this.sentRequest<T>(endpoint, options));
    }
    return this.sentRequest(endpoint, options);
  }

  private sentRequest<T>(endpoint: EndpointSpec, options?: RequestOptions): Promise<T> {
    return this.track(
      withSessionRenewal(
        this.sessions,
        options,
        (o) => this.budgetedRequest<T>(endpoint, o),
        () => this.sessionEnded(),
      ),
    );
  }

  requestMany<T>(
    batch: EndpointSpec,
    single: EndpointSpec,
    ids: readonly string[],
    options?: RequestOptions,
  ): Promise<(T | null)[]> {
    return this.track(
      withSessionRenewal(
        this.sessions,
        options,
        (o) => this.budgetedRequestMany<T>(batch, single, ids, o),
        () => this.sessionEnded(),
      ),
    );
  }

  // The primary and fallback call through the tracked groups already.
  withFallback<T>(endpoint: EndpointSpec, primary: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    return this.deps.client.withFallback(endpoint, primary, fallback, { authToken: this.token });
  }

  /** Counts `call` among the request's calls in flight; answers it. */
  track<T>(call: Promise<T>): Promise<T> {
    return this.tracker.track(call);
  }

  /** The request's abort signal (see GraphQLContext.signal). */
  get signal(): AbortSignal | undefined {
    return this.budget.signal;
  }

  /** The shared catalog cache, for requests that may share it (app-token ones). */
  get sharedCache(): CatalogCache | undefined {
    return this.isUser ? undefined : this.deps.cache;
  }

  /** A catalog object from the shared cache, for requests that may share it (app-token ones). */
  cached(type: LoadableType, id: string, market: string | undefined): unknown {
    return this.isUser ? undefined : this.deps.cache.get(catalogKey(type, id, market));
  }

  loaderOptions(): LoaderOptions {
    return {
      // The loaders' batches take the request's budget but are not tracked: they wait for the tracked.
      client: {
        requestManySettled: (batch, single, ids, options) =>
          this.budgetedRequestMany(batch, single, ids, options, 'settled'),
      },
      token: this.token,
      cache: this.deps.cache,
      share: !this.isUser,
      signal: () => this.signal,
      schedule: (dispatch) => {
        const before = this.tracker.mark();
        setImmediate(() => this.tracker.whenIdle(dispatch, before));
      },
    };
  }

  private get sessions(): SessionResolver | undefined {
    return this.isUser ? this.deps.sessions : undefined;
  }

  private get tracker(): CallTracker {
    this.trackerOf ??= new CallTracker();
    return this.trackerOf;
  }

  private get budget(): RequestBudget {
    this.budgetOf ??= new RequestBudget(
      this.bounds.concurrency ?? DEFAULT_REQUEST_CONCURRENCY,
      this.bounds.signal,
      this.bounds.sharedCalls,
      this.bounds.maxCost,
    );
    return this.budgetOf;
  }

  private sessionEnded(): void {
    this.outcome.ended = true;
  }

  private withSignal(options: RequestOptions | undefined): RequestOptions {
    // A load shared between requests comes with its own signal: it outlives this request's (in-flight.ts).
    if (options?.signal !== undefined) return { ...options };
    // The request's signal is read at each call: it is made on the first one (see RequestBudget).
    const signal = this.budget.signal;
    return signal === undefined ? { ...options } : { ...options, signal };
  }

  /** `call` told to the request's call log; `shared`: a call of a shared catalog load (its own signal). */
  private observed<T>(call: Promise<T>, route: string, shared: boolean): Promise<T> {
    const calls = this.bounds.calls;
    if (!calls) return call;
    calls.spotifyCallStarted?.(route, shared);
    return observedCall(
      call,
      route,
      (route, outcome) => calls.spotifyCall(route, outcome),
      (route, reason) => calls.spotifyCallNotSent?.(route, reason),
    );
  }

  /** `options` with the app token a request without one gets now (its calls fail alone without it). */
  private async sendable(options: RequestOptions | undefined): Promise<RequestOptions | undefined> {
    const token = options?.authToken;
    if (this.isUser || token === undefined) return options;
    const resolved = await this.deps.appToken.resolve(token);
    return resolved === token ? options : { ...options, authToken: resolved };
  }

  private async budgetedRequest<T>(endpoint: EndpointSpec, given?: RequestOptions): Promise<T> {
    const refusal = fromTokenRefusal(this.isUser, given);
    if (refusal) throw refusal;
    const options = await this.sendable(given);
    let sent = false;
    try {
      // A shared load (its own signal) takes a slot of this request but is cut only by its own signal.
      return await this.budget.run(() => {
        sent = true;
        const call = this.deps.client.request<T>(endpoint, this.withSignal(options));
        return this.observed(call, endpoint.id, options?.signal !== undefined);
      }, options?.signal);
    } catch (error) {
      throw sent && endpoint.method !== 'GET' ? cutWriteError(error) : error;
    }
  }

  private budgetedRequestMany<T>(
    batch: EndpointSpec,
    single: EndpointSpec,
    ids: readonly string[],
    options?: RequestOptions,
  ): Promise<(T | null)[]>;
  private budgetedRequestMany<T>(
    batch: EndpointSpec,
    single: EndpointSpec,
    ids: readonly string[],
    options: RequestOptions | undefined,
    settled: 'settled',
  ): Promise<ManyEntry<T>[]>;
  private budgetedRequestMany<T>(
    batch: EndpointSpec,
    single: EndpointSpec,
    ids: readonly string[],
    options?: RequestOptions,
    settled?: 'settled',
  ): Promise<ManyEntry<T>[]> {
    const refusal = fromTokenRefusal(this.isUser, options);
    if (refusal) return Promise.reject(refusal);
    return this.sendable(options).then((sendable) => {
      const client = this.deps.client;
      const signalled = this.withSignal(sendable);
      // Each HTTP call takes a slot, Development Mode's one call per id included: the bound counts calls
      // to Spotify, not batches (a batch of single calls would otherwise hold many in one slot). Each is
      // counted too (log line and spotify_calls_total) under its own endpoint: a batch call, or one
      // single-item call per id.
      // A batch shared between requests (its own signal) is cut only by that signal (see loaders.ts).
      const gate: CallGate = (call, endpoint) =>
        this.budget.run(
          () => this.observed(call(), endpoint.id, options?.signal !== undefined),
          options?.signal,
        );
      return settled
        ? client.requestManySettled<T>(batch, single, ids, signalled, gate)
        : client.requestMany<T>(batch, single, ids, signalled, gate);
    });
  }
}

/** The context's `track`: counts `call` among its request's Spotify calls in flight. */
function trackCall<T>(this: GraphQLContext, call: Promise<T>): Promise<T> {
  return this.client instanceof RequestSpotifyClient ? this.client.track(call) : call;
}

/** The context's `signal`: its request's abort signal, if any. */
function requestSignal(this: GraphQLContext): AbortSignal | undefined {
  return this.client instanceof RequestSpotifyClient ? this.client.signal : undefined;
}

/** The context's `cached`: a catalog object shared by earlier requests, if its request may use the cache. */
function cachedObject(
  this: GraphQLContext,
  type: LoadableType,
  id: string,
  market: string | undefined,
): unknown {
  return this.client instanceof RequestSpotifyClient ? this.client.cached(type, id, market) : undefined;
}

/** The context's `sharedCache`: the catalog cache, if its request may share it. */
function catalogCacheOf(this: GraphQLContext): CatalogCache | undefined {
  return this.client instanceof RequestSpotifyClient ? this.client.sharedCache : undefined;
}

/** The context's `opts`: call options with its token, undefined and null values left out. */
function callOptions<T extends Record<string, unknown>>(
  this: GraphQLContext,
  extra?: T,
): Compact<T> & { authToken: SpotifyAuthorisationToken } {
  const options: Record<string, unknown> = { authToken: this.token };
  for (const [name, value] of Object.entries(extra ?? {}))
    if (value !== undefined && value !== null) options[name] = value;
  return options as Compact<T> & { authToken: SpotifyAuthorisationToken };
}

/**
 * Keeps the Spotify reads `ctx`'s query makes from now on, so that executing it again in the same
 * request (graphql-jit's errored answer made again by graphql-js) repeats no call and sees the same
 * answers, failures included (see replayedRead). For queries only: a mutation's reads must see its writes.
 */
export function replayReads(ctx: GraphQLContext): void {
  if (ctx.client instanceof RequestSpotifyClient) ctx.client.replayReads(ctx);
}

/**
 * Gives `ctx`'s operation a new allowance of Spotify calls (RequestBounds.maxCost): each event of a
 * subscription executes its selection again, and is bounded as one query is. Its keyed reads are
 * forgotten too (forgetLoads): otherwise a read the last event was refused (CALL_LIMIT_EXCEEDED) stays
 * refused from DataLoader's cache without a call, and a subscription would keep every read it ever made.
 */
export function renewCallLimit(ctx: GraphQLContext): void {
  if (ctx.client instanceof RequestSpotifyClient) ctx.client.renewCallLimit();
  forgetLoads(ctx);
}
