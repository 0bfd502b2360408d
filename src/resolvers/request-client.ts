import { isExtendedOnly } from '../spotify/app-mode.js';
import type { RequestOptions, SpotifyApiClient } from '../spotify/client.js';
import { deadlineOf } from '../spotify/deadlines.js';
import type { RequestExecutor } from '../spotify/endpoints/index.js';
import type { EndpointSpec } from '../spotify/endpoints/types.js';
import { NotAvailableInDevelopmentMode } from '../spotify/errors.js';
import type { CallGate, ManyEntry } from '../spotify/request-many.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { DEFAULT_MARKET, withAppMarket } from './app-market.js';
import { CallTracker } from './call-tracker.js';
import { type CatalogCache, catalogKey, NotedCatalogReads } from './catalog-cache.js';
import { isCatalogLoad } from './catalog-load.js';
import type { SharedCallSlots } from './client-call-share.js';
import type { ContextDeps, GraphQLContext, SessionOutcome } from './context.js';
import type { CursorKeys } from './cursor-state.js';
import { fromTokenRefusal } from './from-token-market.js';
import {
  type CatalogLoaderSource,
  type LoadableType,
  type LoaderOptions,
  nextEventLoads,
} from './loaders.js';
import { readIn } from './parent-markets.js';
import { RequestReplacements } from './replacement-follow.js';
import { cutWriteError, DEFAULT_REQUEST_CONCURRENCY, RequestBudget } from './request-budget.js';
import type { SessionResolver } from './request-credentials.js';
import { forgetLoads, replayedRead } from './request-loads.js';
import { withSessionRenewal, withSettledSessionRenewal } from './session-renewal.js';
import { observedCall, type SpotifyCallLog } from './spotify-call-log.js';

/** The client as resolvers see it: its generic request path, with this request's calls counted. */
export type RequestClient = RequestExecutor &
  Pick<SpotifyApiClient, 'appMode' | 'modeFor' | 'pageLimit'> & {
    /**
     * Whether a call of this request went to its Development Mode replacement (see withFallback): in
     * auto mode after Spotify's bare 403, which teaches the mode only when corroborated (and never for
     * a caller's token, whose scopes are unknown), the request's later library calls go to `/me/library`
     * at once (every app has it) instead of each paying its own refusal.
     */
    readonly replaced?: boolean;
    /**
     * Whether auto mode holds Development Mode for this request's token's app for at least `forMs`
     * more ms (SpotifyApiClient.holdsDevelopment): its calls then cost what a configured one's do.
     */
    holdsDevelopment?(forMs: number): boolean;
  };

/**
 * An object whose `signal` (a getter, say) makes the request's abort signal: a graphql-ws operation's
 * context is one. Kept as it is rather than wrapped in an arrow function: every idle subscription
 * would keep the closure and its scope.
 */
export interface SignalSource {
  readonly signal: AbortSignal;
}

/** What bounds one request's Spotify calls (src/server/limits.ts reads them from the environment). */
export interface RequestBounds {
  /**
   * Aborts the request's calls: the client went away or its deadline passed. A function is called, and
   * a SignalSource's `signal` read, at the request's first Spotify call, so a request answered from the
   * caches makes no signal.
   */
  signal?: AbortSignal | (() => AbortSignal) | SignalSource | undefined;
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
 * One request's Spotify client: the request's concurrency bound and abort signal on every call, every
 * call reported to `bounds.calls`, a session's token renewed once when Spotify refuses it, and the
 * request's calls in flight counted (catalog batches wait for them). Its parts (budget, tracker, the
 * loaders' view) are made on the first call: most subscriptions never make one, and they keep their
 * context for as long as they live.
 */
export class RequestSpotifyClient implements RequestClient, CatalogLoaderSource {
  private budgetOf: RequestBudget | undefined;
  private trackerOf: CallTracker | undefined;
  /** The request's context, set while its query may be executed again (see replayReads). */
  private replayIn: GraphQLContext | undefined;
  /** The request's view of the shared catalog cache, made on first use (see forgetSharedReads). */
  private notedOf: NotedCatalogReads | undefined;

  constructor(
    private readonly deps: ContextDeps,
    private readonly bounds: RequestBounds,
    private readonly token: SpotifyAuthorisationToken,
    readonly isUser: boolean,
    private readonly outcome: SessionOutcome,
  ) {}

  /**
   * SPOTIFY_DEFAULT_MARKET for a request without a user (the app's token has no user country: see
   * withAppMarket); undefined for a user's request.
   */
  get appMarket(): string | undefined {
    return this.isUser ? undefined : (this.deps.defaultMarket ?? DEFAULT_MARKET);
  }

  get appMode(): SpotifyApiClient['appMode'] {
    return this.deps.client.appMode;
  }

  /** The keys the request's connection cursors are signed with (ContextDeps.cursorKeys), if its server gave them. */
  get cursorKeys(): CursorKeys | undefined {
    return this.deps.cursorKeys;
  }

  // The mode for this request's token: a caller's bearer token is of no known app (see ModeEvidence).
  modeFor(endpoint: EndpointSpec): ReturnType<SpotifyApiClient['modeFor']> {
    return this.deps.client.modeFor(endpoint, { authToken: this.token });
  }

  /**
   * Whether the client refuses `endpoint` without sending it: an Extended-only route while this
   * request's app is known to be in Development Mode (SpotifyApiClient.request throws
   * NotAvailableInDevelopmentMode first). Such a call takes no slot of the request's bound and no unit
   * of its call limit: the call estimate counts it as none (call-rules.ts developmentRule), and a
   * query the estimate lets through must not lose data to the limit for it (s44 attack 2, F3).
   */
  private refusedWithoutCall(endpoint: EndpointSpec): boolean {
    return isExtendedOnly(endpoint) && this.modeFor(endpoint) === 'development';
  }

  // Development Mode held for this request's token's app (see SpotifyApiClient.holdsDevelopment).
  holdsDevelopment(forMs: number): boolean {
    return this.deps.client.holdsDevelopment(forMs, { authToken: this.token });
  }

  // The page size for this request's token's app (see SpotifyApiClient.pageLimit).
  pageLimit(endpoint: EndpointSpec): number | undefined {
    return this.deps.client.pageLimit(endpoint, { authToken: this.token });
  }

  /**
   * A new allowance of Spotify calls (RequestBounds.maxCost), for a subscription's next event, and
   * with `deadlineMs` that event's deadline (RequestBudget.renew) until endEvent.
   */
  renewCallLimit(deadlineMs?: number): void {
    if (deadlineMs === undefined) this.budgetOf?.renew();
    else this.budget.renew(deadlineMs);
  }

  /** The subscription event's execution ended: its deadline is cleared (RequestBudget.endEvent). */
  endEvent(): void {
    this.budgetOf?.endEvent();
  }

  /** From now on, a read made again in `ctx` (this client's) answers as it did the first time (see replayedRead). */
  replayReads(ctx: GraphQLContext): void {
    this.replayIn ??= ctx;
  }

  request<T>(endpoint: EndpointSpec, options?: RequestOptions): Promise<T> {
    const answer = this.replayIn
      ? replayedRead(this.replayIn, endpoint, options, () => this.sentRequest<T>(endpoint, options))
      : this.sentRequest<T>(endpoint, options);
    // An answer asked in a market is that market's, down to its nested objects (parent-markets.ts).
    const market = options?.market;
    return market === undefined ? answer : answer.then((value) => readIn(value, market));
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
    const answer = this.track(
      withSessionRenewal(
        this.sessions,
        options,
        (o) => this.budgetedRequestMany<T>(batch, single, ids, o),
        () => this.sessionEnded(),
      ),
    );
    const market = options?.market;
    return market === undefined ? answer : answer.then((values) => readIn(values, market));
  }

  /** See RequestClient.replaced. */
  replaced = false;

  /** The request's first calls of endpoints with a replacement while the mode is unknown (see RequestReplacements). */
  private replacementsOf: RequestReplacements | undefined;

  // The primary and fallback call through the tracked groups already. While auto mode does not know the
  // mode, the request's calls of one endpoint follow its first one to the replacement (RequestReplacements).
  withFallback<T>(endpoint: EndpointSpec, primary: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    const replacement = () => {
      this.replaced = true;
      return fallback();
    };
    this.replacementsOf ??= new RequestReplacements(
      (e) => this.modeFor(e),
      () => this.signal,
      (e) => this.deps.client.replacementRefused(e, { authToken: this.token }),
      this.appMode === 'auto',
    );
    return this.replacementsOf.run(endpoint, primary, replacement, (sent, replaced) =>
      this.deps.client.withFallback(endpoint, sent, replaced, { authToken: this.token }),
    );
  }

  /** Counts `call` among the request's calls in flight; answers it. */
  track<T>(call: Promise<T>): Promise<T> {
    return this.tracker.track(call);
  }

  /** The request's abort signal (see requestSignal in context.ts). */
  get signal(): AbortSignal | undefined {
    return this.budget.signal;
  }

  /** The shared catalog cache, for requests that may share it (app-token ones). */
  get sharedCache(): CatalogCache | undefined {
    return this.isUser ? undefined : this.noted;
  }

  /** A catalog object from the shared cache, for requests that may share it (app-token ones). */
  cached(type: LoadableType, id: string, market: string | undefined): unknown {
    return this.isUser ? undefined : this.noted.get(catalogKey(type, id, market));
  }

  /**
   * Deletes from the shared catalog cache every entry this request asked for or kept: its answer
   * carries a value Spotify sent wrong, which must not be served again to later requests (see
   * NotedCatalogReads). Nothing for a user's request (it shares no cache).
   */
  forgetSharedReads(): void {
    this.notedOf?.forget();
  }

  loaderOptions(): LoaderOptions {
    return {
      // The loaders' batches take the request's budget but are not tracked: they wait for the tracked.
      client: {
        // Marked in their market by `load` (catalog.ts), which every use of the loaders goes through.
        // A session's token Spotify refuses is renewed and the refused calls repeated, as for every
        // other call of the request (F1 of the v17 new-user pass: catalog objects by id did not).
        requestManySettled: <T>(
          batch: EndpointSpec,
          single: EndpointSpec,
          ids: readonly string[],
          options?: RequestOptions,
        ) =>
          withSettledSessionRenewal<T, RequestOptions>(
            this.sessions,
            options,
            ids,
            (asked, o) => this.budgetedRequestMany<T>(batch, single, asked, o, 'settled'),
            () => this.sessionEnded(),
          ),
      },
      token: this.token,
      cache: this.isUser ? this.deps.cache : this.noted,
      share: !this.isUser,
      signal: () => this.signal,
      schedule: (dispatch) => {
        const before = this.tracker.mark();
        setImmediate(() => this.tracker.whenIdle(dispatch, before));
      },
    };
  }

  private get noted(): NotedCatalogReads {
    this.notedOf ??= new NotedCatalogReads(this.deps.cache);
    return this.notedOf;
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

  /**
   * The options a call of this request goes to the client with: its abort signal and deadline, and
   * `partialAnswers`: resolvers read each part of an answer where a field needs it, so an answer
   * lacking a part its client method promises (a page's items, the devices) is that field's error
   * while the others answer, never the whole answer's BAD_RESPONSE (RequestOptions.partialAnswers).
   */
  private clientOptions(options: RequestOptions | undefined): RequestOptions {
    // Each repeat of a call (a retry) takes a call of the allowance (RequestBudget.repeat).
    const beforeRepeat = this.repeatCall;
    // A load shared between requests comes with its own signal: it outlives this request's (in-flight.ts).
    // Its waits (a rate-limit pause) are still bounded by this request's deadline, the one it started for.
    if (options?.signal !== undefined)
      return {
        ...options,
        deadline: options.deadline ?? deadlineOf(this.budget.signal),
        partialAnswers: true,
        beforeRepeat,
      };
    // The request's signal is read at each call: it is made on the first one (see RequestBudget).
    const signal = this.budget.signal;
    return signal === undefined
      ? { ...options, partialAnswers: true, beforeRepeat }
      : { ...options, signal, partialAnswers: true, beforeRepeat };
  }

  /** RequestOptions.beforeRepeat of the request's calls: the allowance's (RequestBudget.repeat). */
  private readonly repeatCall = (): boolean => this.budget.repeat();

  /** `call` told to the request's call log; `shared`: a call of a catalog load (catalog-load.ts's mark). */
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

  /**
   * `options` with the app token a request without one gets now (its calls fail alone without it),
   * and, as the app token has no user country, SPOTIFY_DEFAULT_MARKET on reads of podcasts and
   * audiobooks that name no market (Spotify answers those "non existing id": see withAppMarket).
   */
  private async sendable(
    endpoint: EndpointSpec,
    options: RequestOptions | undefined,
  ): Promise<RequestOptions | undefined> {
    if (this.isUser) return options;
    const marketed = withAppMarket(endpoint, options, this.deps.defaultMarket ?? DEFAULT_MARKET);
    const token = marketed?.authToken;
    if (token === undefined) return marketed;
    const resolved = await this.deps.appToken.resolve(token);
    return resolved === token ? marketed : { ...marketed, authToken: resolved };
  }

  private async budgetedRequest<T>(endpoint: EndpointSpec, given?: RequestOptions): Promise<T> {
    const refusal = fromTokenRefusal(this.isUser, given);
    if (refusal) throw refusal;
    const options = await this.sendable(endpoint, given);
    // Refused by the client without a call: no slot taken, no unit of the call limit spent.
    if (this.refusedWithoutCall(endpoint)) throw new NotAvailableInDevelopmentMode(endpoint.id);
    let sent = false;
    try {
      // A shared load (its own signal) takes a slot of this request but is cut only by its own signal.
      return await this.budget.run(() => {
        sent = true;
        const call = this.deps.client.request<T>(endpoint, this.clientOptions(options));
        return this.observed(call, endpoint.id, isCatalogLoad(options?.signal));
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
    return this.sendable(batch, options).then((sendable) => {
      const client = this.deps.client;
      const signalled = this.clientOptions(sendable);
      // Each HTTP call takes a slot, Development Mode's one call per id included: the bound counts calls
      // to Spotify, not batches (a batch of single calls would otherwise hold many in one slot). Each is
      // counted too (log line and spotify_calls_total) under its own endpoint: a batch call, or one
      // single-item call per id.
      // A batch shared between requests (its own signal) is cut only by that signal (see loaders.ts).
      const gate: CallGate = (call, endpoint) =>
        // A call the client refuses without sending it (refusedWithoutCall) spends no unit of the limit.
        this.refusedWithoutCall(endpoint)
          ? call()
          : this.budget.run(
              () => this.observed(call(), endpoint.id, isCatalogLoad(options?.signal)),
              options?.signal,
            );
      return settled
        ? client.requestManySettled<T>(batch, single, ids, signalled, gate)
        : client.requestMany<T>(batch, single, ids, signalled, gate);
    });
  }
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
 * Deletes from the shared catalog cache the entries `ctx`'s request read or kept, after its answer
 * showed a value Spotify sent wrong (`badValue`): see RequestSpotifyClient.forgetSharedReads.
 */
export function forgetSharedReads(ctx: GraphQLContext): void {
  if (ctx.client instanceof RequestSpotifyClient) ctx.client.forgetSharedReads();
}

/**
 * Gives `ctx`'s operation a new allowance of Spotify calls (RequestBounds.maxCost): each event of a
 * subscription executes its selection again, and is bounded as one query is. Its keyed reads are
 * forgotten too (forgetLoads): otherwise a read the last event was refused (CALL_LIMIT_EXCEEDED) stays
 * refused from DataLoader's cache without a call, and a subscription would keep every read it ever made.
 * Its catalog objects by id are kept only from the last event, and only those that loaded (nextEventLoads).
 * With `eventDeadlineMs` (SUBSCRIPTION_EVENT_DEADLINE_MS), the event's Spotify calls are cut that long
 * from now (DEADLINE_EXCEEDED at the fields that needed them) until endEventDeadline.
 */
export function renewCallLimit(ctx: GraphQLContext, eventDeadlineMs?: number): void {
  if (ctx.client instanceof RequestSpotifyClient) ctx.client.renewCallLimit(eventDeadlineMs);
  forgetLoads(ctx);
  nextEventLoads(ctx.loaders);
}

/** The subscription event `ctx` executed ended: its deadline (see renewCallLimit) is cleared. */
export function endEventDeadline(ctx: GraphQLContext): void {
  if (ctx.client instanceof RequestSpotifyClient) ctx.client.endEvent();
}
