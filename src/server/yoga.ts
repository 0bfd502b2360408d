/**
 * The yoga instance of the server: its plugins in order (logs, metrics, limits, CSRF, introspection,
 * ended sessions, query cost, graphql-jit, SSE), error masking, GraphiQL and the per-request context.
 */
import { GraphQLError, type GraphQLSchema } from 'graphql';
import {
  createYoga,
  type YogaInitialContext,
  type Plugin as YogaPlugin,
  type YogaServerInstance,
  type YogaServerOptions,
} from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { clientAddressOfContext } from '../auth/client-address.js';
import type { ServerAuth } from '../auth/server-auth.js';
import { redisKeyPrefix } from '../redis/scope.js';
import { ClientCallShares, type SharedCallSlots } from '../resolvers/client-call-share.js';
import { type ContextDeps, createContext, type GraphQLContext } from '../resolvers/context.js';
import { reissue } from '../resolvers/errors.js';
import type { SpotifyCallLog, UnsentReason } from '../resolvers/spotify-call-log.js';
import { describeScopes, scopeCovered } from '../spotify/scopes.js';
import { DEFAULT_REQUEST_LIMIT } from '../spotify/transport.js';
import { useAcceptQValues } from './accept-q-values.js';
import { useApplicableRules } from './applicable-rules.js';
import { useForgetBadValueReads } from './bad-value-reads.js';
import { useRequestBodyLimit } from './body-limit.js';
import type { ServerConfig } from './config.js';
import { useMissingCookieHint } from './cookie-hint.js';
import {
  corsFor,
  RefusedOriginLog,
  useCookieCsrfPrevention,
  useCookieSseOriginCheck,
  useVaryOriginAndAccept,
} from './cors.js';
import { EndedSessionCookie } from './ended-session-cookie.js';
import { useOrderedErrors } from './error-order.js';
import { createMaskError, useBoundedErrors } from './errors.js';
import { graphiqlWanted } from './graphiql.js';
import { FIRST_QUERY, SIGNED_OUT_WELCOME, withSessionWelcome } from './graphiql-welcome.js';
import { useNoIntrospection } from './introspection.js';
import { useParityJit } from './jit.js';
import { useLibraryRefusals } from './library-refusals.js';
import { operationCaches, RequestDeadlines, useDocumentLimits } from './limits.js';
import { requestRecordOf, useRequestLog, yogaLogger } from './logging.js';
import { operationLabeller, type ServerMetrics, useRequestMetrics } from './metrics.js';
import { usePartialResultStatus } from './partial-status.js';
import { useQueryCost } from './query-cost.js';
import { useQuerylessGetAnswer } from './queryless-get.js';
import { ClientRateLimit, credentialsOf } from './rate-limit.js';
import { isRepeatedError, useRepeatedErrorsOnce } from './repeated-errors.js';
import { type RequestRecord, writeRequestLine } from './request-record.js';
import { anonymousRequest, ResponseCache } from './response-cache.js';
import { useSseRequestErrors } from './sse-request-errors.js';
import {
  SSE_SINGLE_CONNECTION_PATH,
  type SseSingleConnection,
  useSseSingleConnection,
} from './sse-single-connection.js';
import { useGraphQLJsSubscribe } from './subscribe-engine.js';
import { SubscriptionCohorts } from './subscription-cohorts.js';
import { useSubscriptionRootDirectives } from './subscription-root-directives.js';
import { useUnsentSubscriptionsEnded } from './unsent-subscriptions.js';
import { useVariableInputErrors, useVariableNameHints } from './variable-errors.js';
import { type WebSocketOperationEnd, webSocketOperationOf } from './ws-operations.js';

/** What the yoga instance is built from. */
export interface GraphQLYogaParts {
  config: ServerConfig;
  schema: GraphQLSchema;
  deps: ContextDeps;
  auth: ServerAuth;
  metrics: ServerMetrics;
  logger: Logger;
  /** Yoga's logging (default: through `logger`); false silences yoga. */
  logging: boolean | 'debug' | 'info' | 'warn' | 'error' | undefined;
  /** Run operations through graphql-jit (default: the config's GRAPHQL_JIT, false unless set). */
  jit: boolean | undefined;
  /** Executions of a document before graphql-jit compiles it (default JIT_AFTER_USES; 1 = at once). */
  jitAfterUses: number | undefined;
  /** With Redis, the per-client rate limits count across every instance. */
  redis: Redis | undefined;
}

/** The yoga instance, and the masking graphql-ws shares (same codes, `loginUrl` on UNAUTHENTICATED). */
export interface GraphQLYoga {
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>;
  maskError: (error: unknown, message: string) => Error;
  /** graphql-sse's single-connection mode: its pending reservations (a gauge) and its close at stop. */
  sseSingleConnection: SseSingleConnection;
  /** Per-client fair use, shared by HTTP requests and graphql-ws operations. */
  rateLimit: ClientRateLimit;
  /**
   * Each client's share of Spotify calls in flight (RATE_LIMIT_CONCURRENT x REQUEST_SPOTIFY_CONCURRENCY,
   * and its fair share of the pool: SPOTIFY_POOL_RESERVE), taken by its HTTP requests, SSE subscriptions
   * (both modes) and graphql-ws operations alike.
   */
  callShares: ClientCallShares;
  /** A graphql-ws operation's end: its request log line and its count in the request metrics. */
  webSocketOperationEnd: WebSocketOperationEnd;
  /** The running subscriptions, grouped into cohorts that share one execution per event. */
  subscriptionCohorts: SubscriptionCohorts;
  /** Where refused origins are logged once each: CORS here, the WebSocket upgrade's check too. */
  refusedOrigins: RefusedOriginLog;
}

/**
 * A graphql-ws operation's end, as an HTTP request's: one request log line (`transport: "ws"`, its
 * `operationType` and `outcome`: ok, error or cancelled) and its count in graphql_requests_total and
 * graphql_request_duration_seconds with `transport="ws"` and the outcome as `status`.
 */
function webSocketRequestEnd(
  logger: Logger,
  metrics: ServerMetrics,
  operationNames: readonly string[],
): WebSocketOperationEnd {
  const label = operationLabeller(operationNames);
  return (record, outcome, operationType) => {
    writeRequestLine(logger, record, { operationType: operationType ?? null, outcome });
    const seconds = (performance.now() - record.start) / 1000;
    metrics.countRequest(label(record.operationName), outcome, 'ws', seconds);
  };
}

/** The error masking of src/server/errors.ts, logging when Spotify refuses the server's own credentials. */
const credentialsMaskError = (logger: Logger) =>
  createMaskError((error) =>
    logger.error(
      { err: error },
      "Spotify refused the server's own credentials: check SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET",
    ),
  );

/**
 * What the operator is told of through `logger`: the error masking that reports a configuration fault
 * once (credentialsMaskError), and the origins refused CORS or a WebSocket (once each).
 */
function operatorReports(logger: Logger) {
  return {
    maskError: credentialsMaskError(logger),
    refusedOrigins: new RefusedOriginLog((fields, message) => logger.warn(fields, message)),
  };
}

/**
 * The checks of a request's document before it is validated or run: a GET without a query answered with
 * one error that says how to send one (and that GraphiQL is off, if so), the document limits (tokens,
 * depth, aliases, directives, breadth), and introspection refused when INTROSPECTION is off.
 */
function documentChecks(config: ServerConfig): YogaPlugin[] {
  return [
    useQuerylessGetAnswer(config.graphiql, config.graphiqlSet),
    useDocumentLimits(config.limits),
    ...(config.introspection ? [] : [useNoIntrospection(config.introspectionOffBy)]),
  ];
}

/**
 * The cohorts of the server's subscriptions with its limits: MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT,
 * MAX_SUBSCRIPTIONS_PER_CLIENT and SUBSCRIPTION_EVENT_DEADLINE_MS.
 */
function subscriptionCohortsOf(limits: GraphQLYogaParts['config']['limits']): SubscriptionCohorts {
  const { maxDistinctSubscriptions: maxDistinct, maxSubscriptions: maxOpen } = limits;
  const eventDeadlineMs = limits.subscriptionEventDeadlineMs;
  return new SubscriptionCohorts({ maxDistinct, maxOpen, eventDeadlineMs });
}

/**
 * Builds the yoga instance that answers /graphql over HTTP and SSE. A request's context gets its
 * bounds: a graphql-ws operation its own record and signal, an HTTP request its record and deadline;
 * both their client's shared call slots (see ClientCallShares).
 */
export function createGraphQLYoga(parts: GraphQLYogaParts): GraphQLYoga {
  const { config, schema, auth, metrics, logger } = parts;
  const endedSessions = new EndedSessionCookie(auth);
  const { documentCache, errorCache, compiledCache, queryCosts } = operationCaches(
    config.limits.operationCacheBytes,
  );
  const { rateLimit, callShares, deadlines, responses, sseSingleConnection } = requestBounds(parts);
  const subscriptionCohorts = subscriptionCohortsOf(config.limits);
  const { maskError, refusedOrigins } = operatorReports(logger);
  // An error as answered; one standing for repeated ones (src/server/repeated-errors.ts) already is.
  const answeredForm = (error: unknown, message = 'Unexpected error.', isDev?: boolean): Error =>
    isRepeatedError(error) ? (error as Error) : withLoginUrl(maskError(error, message, isDev), auth);
  const yoga = createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: parts.logging ?? yogaLogger(logger),
    maskedErrors: { maskError: answeredForm },
    // MAX_REQUEST_BYTES is useRequestBodyLimit's (the last plugin): yoga's would count every body again.
    maxRequestBodySize: false,
    // Every document cache is bounded in bytes: distinct documents cannot fill the memory.
    parserAndValidationCache: { documentCache, errorCache },
    cors: corsFor(config.allowedOrigins, refusedOrigins),
    plugins: yogaPlugins(parts, {
      rateLimit,
      deadlines,
      responses,
      sseSingleConnection,
      endedSessions,
      subscriptionCohorts,
      queryCosts,
      compiledCache,
      answeredForm,
    }),
    ...graphiqlOptions(config.graphiql),
    context: requestContext({ ...parts, endedSessions, deadlines, responses, callShares, rateLimit }),
  });
  return {
    yoga,
    maskError: (error, message) => withLoginUrl(maskError(error, message), auth),
    sseSingleConnection,
    rateLimit,
    callShares,
    webSocketOperationEnd: webSocketRequestEnd(logger, metrics, config.metricsOperationNames),
    subscriptionCohorts,
    refusedOrigins,
  };
}

/** What the plugins of the yoga instance share with the rest of it (see createGraphQLYoga). */
interface YogaPluginParts {
  rateLimit: ClientRateLimit;
  deadlines: RequestDeadlines;
  responses: ResponseCache;
  sseSingleConnection: SseSingleConnection;
  endedSessions: EndedSessionCookie;
  subscriptionCohorts: SubscriptionCohorts;
  queryCosts: ReturnType<typeof operationCaches>['queryCosts'];
  compiledCache: ReturnType<typeof operationCaches>['compiledCache'];
  /** The server's error masking: an error as the answer carries it. */
  answeredForm: (error: GraphQLError) => Error;
}

/**
 * The plugins of the yoga instance, in order: refusals and bounded errors, logs and metrics, fair use
 * and deadlines, CSRF and origin checks, the document checks, ended sessions, variables and query
 * cost, graphql-jit, the response cache, subscriptions, SSE, the body limit.
 */
function yogaPlugins(
  parts: GraphQLYogaParts,
  shared: YogaPluginParts,
): NonNullable<YogaServerOptions<Record<string, never>, GraphQLContext>['plugins']> {
  const { config, auth, metrics, logger } = parts;
  const { rateLimit, deadlines, responses, sseSingleConnection, endedSessions } = shared;
  const { subscriptionCohorts, queryCosts, compiledCache } = shared;
  return [
    // First of the result processors' choosers: the JSON type by the Accept's q-values; later plugins'
    // own refusals (cookie stream refusal, SSE request errors) still choose theirs.
    useAcceptQValues(),
    useLibraryRefusals(),
    // Every error an answer carries is bounded here, whichever transport sends it.
    useBoundedErrors(),
    useRequestLog(logger),
    useRequestMetrics(metrics, config.metricsOperationNames),
    useVaryOriginAndAccept(),
    rateLimit.plugin(),
    deadlines.plugin(),
    useCookieCsrfPrevention(),
    useCookieSseOriginCheck(config.allowedOrigins, SSE_SINGLE_CONNECTION_PATH),
    // An UNAUTHENTICATED answer to another page's request without the cookie says why it came without.
    useMissingCookieHint({
      cookieOrigin: () => auth.origin,
      sessionCookie: () => auth.cookies.session,
      allowedOrigins: config.allowedOrigins,
    }),
    ...documentChecks(config),
    endedSessions.plugin(),
    // Each operation's cost is counted once per document and variables, not once per request.
    // Variables that cannot be coerced: BAD_USER_INPUT before anything runs (or is costed).
    useVariableInputErrors(),
    // A variable misspelled in the document: validation's error says the near name declared.
    useVariableNameHints(),
    useQueryCost(queryCosts, logger, config.limits.maxAnswerValues),
    // Compiles each operation the server runs often (cached per document) into plain JavaScript;
    // first-seen documents run on graphql-js (compiling costs several executions: see jit.ts).
    // Subscriptions stay with graphql-js `subscribe` (the jit plugin leaves them alone).
    ...useParityJit(() => parts.jit ?? config.jit, compiledCache, parts.jitAfterUses),
    // An answer with a value Spotify sent wrong: the catalog entries it read are not served again.
    useForgetBadValueReads(),
    useOrderedErrors(),
    // After the order is set: a failure repeated down a list is one error, on its first path.
    useRepeatedErrorsOnce(shared.answeredForm),
    // Anonymous answers kept whole (src/server/response-cache.ts): a hit skips parsing, validation,
    // the context and execution; after jit, whose executor its own wraps.
    ...responses.plugins,
    useGraphQLJsSubscribe(subscriptionCohorts),
    // Before useSubscriptionRootDirectives, whose rules it narrows: only rules that can report run.
    useApplicableRules(),
    useSubscriptionRootDirectives(),
    useSseRequestErrors(),
    usePartialResultStatus(),
    sseSingleConnection.plugin,
    useRequestBodyLimit(config.limits.maxRequestBytes),
    // Last of the result processors' choosers: a stream no response carries is ended.
    useUnsentSubscriptionsEnded(),
  ];
}

/**
 * The bounds every request of the yoga instance shares: fair use per client (rate and concurrency), the
 * per-client share of Spotify calls in flight, request deadlines, the anonymous response cache and the
 * SSE single-connection reservations (per client, by fair use's key).
 */
function requestBounds(parts: GraphQLYogaParts) {
  const { config, auth } = parts;
  const rateLimit = new ClientRateLimit(
    config.limits.rateLimit,
    parts.redis,
    (credentials, bearer) => auth.liveSessionUserIdOf(credentials, bearer),
    redisKeyPrefix(config),
    (message) => parts.logger.warn(message),
  );
  // One bound per client whatever carries its operations: many SSE subscriptions, or HTTP requests
  // beside graphql-ws subscriptions, have no more Spotify calls in flight than one client may.
  // Together within the Spotify client's pool (the server's client has the default), handed out to the
  // waiting client with the fewest calls in flight: abusers' queued calls never sit ahead of a victim's.
  // A client under its fair share of the pool also takes its last SPOTIFY_POOL_RESERVE places, which
  // a client at or above its share leaves free: one that comes beside a flood finds a place at once.
  const callShares = new ClientCallShares(
    config.limits.rateLimit.concurrent * config.limits.requestConcurrency,
    DEFAULT_REQUEST_LIMIT,
    config.limits.poolReserve,
  );
  const deadlines = new RequestDeadlines(config.limits.requestDeadlineMs);
  const responses = new ResponseCache(
    config.limits.responseCache,
    config.limits.catalogCacheTtlSeconds,
    anonymousRequest((cookie) => auth.sessionTokenOf({ cookie }, undefined)),
    parts.metrics,
  );
  const sseSingleConnection = useSseSingleConnection(config.limits.sseReservations, (request, server) =>
    Promise.resolve(rateLimit.keyOf(credentialsOf(request.headers), clientAddressOfContext(server))),
  );
  return { rateLimit, callShares, deadlines, responses, sseSingleConnection };
}

/**
 * The context factory: a graphql-ws operation's record, signal and shared call slots, an HTTP request's
 * record, deadline and its client's call share; a request whose answer may be kept reads the catalog through a view that notes
 * its freshness (ResponseCache.catalogFor).
 */
function requestContext(parts: {
  config: ServerConfig;
  deps: ContextDeps;
  metrics: ServerMetrics;
  endedSessions: EndedSessionCookie;
  deadlines: RequestDeadlines;
  responses: ResponseCache;
  callShares: ClientCallShares;
  rateLimit: ClientRateLimit;
}) {
  const { config, deps, metrics, endedSessions, deadlines, responses, callShares, rateLimit } = parts;
  return (initial: YogaInitialContext): Promise<GraphQLContext> => {
    const { request } = initial;
    const operation = webSocketOperationOf(initial);
    const cache = responses.catalogFor(request, deps.cache);
    const requestDeps = cache === deps.cache ? deps : { ...deps, cache };
    return createContext(requestDeps, credentialsOf(request.headers), endedSessions.outcomeOf(request), {
      // A graphql-ws operation's signal is made at its first Spotify call (see OperationContext), read
      // from the operation itself: an arrow function would be one more closure per idle subscription.
      signal: operation ?? deadlines.signalFor(request),
      concurrency: config.limits.requestConcurrency,
      maxCost: config.limits.maxQueryCost,
      calls: responses.callLogFor(
        request,
        new RequestCallLog(metrics, operation?.record ?? requestRecordOf(request)),
      ),
      sharedCalls: operation ? operation.sharedCalls : httpCallShare(callShares, rateLimit, request),
    });
  };
}

/**
 * The call share of an HTTP request's client (an SSE subscription's too, in either mode: its operation
 * comes in its own request), by the key fair use admitted it under; none for a request fair use did not
 * see (yoga.fetch in-process without a socket still is admitted, by address "unknown").
 */
function httpCallShare(
  callShares: ClientCallShares,
  rateLimit: ClientRateLimit,
  request: Request,
): SharedCallSlots | undefined {
  const key = rateLimit.keyOfRequest(request);
  return key === undefined ? undefined : callShares.slotsOf(key);
}

/**
 * Where one request's Spotify calls are counted: spotify_calls_total by route and outcome,
 * spotify_rate_limited_total for 429s, and the request's log record. An object, not a closure: a
 * subscription keeps its context (and this) for as long as it lives.
 */
class RequestCallLog implements SpotifyCallLog {
  constructor(
    private readonly metrics: ServerMetrics,
    private readonly record: RequestRecord | undefined,
  ) {}

  /** Counted in the request's log line when it starts, so a 499 line has the calls in flight too. */
  spotifyCallStarted(): void {
    if (this.record) this.record.spotifyCalls += 1;
  }

  spotifyCallNotSent(route: string, reason: UnsentReason): void {
    if (this.record) this.record.spotifyCalls -= 1;
    if (reason === 'held') this.metrics.spotifyCallsHeld.inc({ route });
  }

  spotifyCall(route: string, outcome: string): void {
    this.metrics.spotifyCalls.inc({ route, status: outcome });
    if (outcome === 'RATE_LIMITED' || outcome === '429') this.metrics.rateLimited.inc();
  }
}

/**
 * GraphiQL on GET from a browser (when enabled), with a first query to try after a welcome: how to
 * sign in, which the page itself turns into who is signed in (graphiql-welcome.ts).
 */
function graphiqlOptions(enabled: boolean) {
  let graphiqlPage: Promise<string> | undefined;
  return {
    // Only for a GET whose Accept prefers HTML (graphiqlWanted): yoga's own test (Accept merely
    // names text/html) rendered the page for `text/html;q=0.1, application/json`.
    graphiql:
      enabled &&
      ((request: Request) =>
        graphiqlWanted(request.headers.get('accept')) && {
          title: 'spotify-graphql',
          // Its cookie subscriptions (GET) pass the Origin check in browsers without Sec-Fetch-Site too
          // (src/server/cors.ts cookieStreamRefusal); the page is same-origin, so this costs no preflight.
          additionalHeaders: { 'x-graphql-yoga-csrf': 'graphiql' },
          // A new user learns here how to sign in (README: Sign-in): a query of `me` needs it.
          defaultQuery: SIGNED_OUT_WELCOME + FIRST_QUERY,
        }),
    // GraphiQL from the npm package, inlined, rather than from a CDN: it works offline and in the
    // sandbox. Loaded on first use (the bundle is large) and rendered once, for every visitor.
    renderGraphiQL: async (graphiqlOptions) => {
      graphiqlPage ??= import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) =>
        withSessionWelcome(renderGraphiQL(graphiqlOptions)),
      );
      return graphiqlPage;
    },
  } satisfies Pick<YogaServerOptions<Record<string, never>, GraphQLContext>, 'graphiql' | 'renderGraphiQL'>;
}

/**
 * Every UNAUTHENTICATED error tells where to sign in: `extensions.loginUrl`. A FORBIDDEN error with
 * `missingScopes` says what helps: signing in again (with `loginUrl`) when the server asks users for
 * those scopes (SPOTIFY_SCOPES), else that its operator must add them, as a new sign-in would grant the
 * same scopes again.
 */
function withLoginUrl(error: Error, auth: ServerAuth): Error {
  if (!(error instanceof GraphQLError)) return error;
  if (error.extensions?.code === 'FORBIDDEN') return withScopeAdvice(error, auth);
  if (error.extensions?.code !== 'UNAUTHENTICATED') return error;
  if (error.extensions?.loginUrl !== undefined) return error;
  return reissue(error, { extensions: { ...error.extensions, loginUrl: auth.loginUrl } });
}

/** See withLoginUrl. */
function withScopeAdvice(error: GraphQLError, auth: ServerAuth): GraphQLError {
  const missing = error.extensions?.missingScopes;
  if (!Array.isArray(missing) || error.extensions?.loginUrl !== undefined) return error;
  const notAsked = (missing as string[]).filter((scope) => !scopeCovered(scope, auth.scopes, missing));
  if (notAsked.length === 0)
    return reissue(error, {
      message: `${error.message}: sign in again granting it`,
      extensions: { ...error.extensions, loginUrl: auth.loginUrl },
    });
  const them = notAsked.length > 1 ? 'them' : 'it';
  return reissue(error, {
    message: `${error.message}: this server does not ask users for ${describeScopes(notAsked.map((scope) => [scope]))}, so signing in again cannot grant ${them}: its operator must add ${them} to SPOTIFY_SCOPES`,
  });
}
