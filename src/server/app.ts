import {
  createServer as createHttpServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { WebSocketServer } from 'ws';
import { resolveClientAddress, TRUST_NO_PROXY } from '../auth/client-address.js';
import type { KeyRing } from '../auth/crypto.js';
import { KeyRing as Keys } from '../auth/crypto.js';
import { MemoryTokenStore } from '../auth/memory-store.js';
import { ServerAuth } from '../auth/server-auth.js';
import type { TokenStore } from '../auth/store.js';
import { logRedisAvailability } from '../redis/availability-log.js';
import { DEFAULT_MAX_SHARED_ENTRY_BYTES, RedisCatalogCache } from '../redis/catalog-cache.js';
import { RedisPlayerCoordination } from '../redis/player-coordination.js';
import { RedisRateLimitPause } from '../redis/rate-limit-pause.js';
import { redisKeyPrefix } from '../redis/scope.js';
import { AppTokenProvider } from '../resolvers/app-token.js';
import { type CatalogCache, MemoryCatalogCache } from '../resolvers/catalog-cache.js';
import type { ContextDeps, GraphQLContext } from '../resolvers/context.js';
import { CURSOR_KEY_INFO, CursorKeys } from '../resolvers/cursor-state.js';
import { PlayerPollers } from '../resolvers/player-pollers.js';
import { observedCall } from '../resolvers/spotify-call-log.js';
import { schema as defaultSchema } from '../schema/index.js';
import {
  type AppTokenObserver,
  type RequestOptions,
  SpotifyApiClient,
  type TokenRenew,
} from '../spotify/client.js';
import type { EndpointSpec } from '../spotify/endpoints/types.js';
import { TokenExpired } from '../spotify/errors.js';
import { AuthorizationCodeFlow } from '../spotify/flows.js';
import { watchAppToken } from './app-token-health.js';
import { answerClientErrors, answeredMalformed } from './client-errors.js';
import type { ServerConfig } from './config.js';
import { verifyWebSocketOrigin } from './cors.js';
import { createLogger } from './logging.js';
import { countedCache, countedRenewal, ServerMetrics } from './metrics.js';
import { inPollerScope } from './request-record.js';
import { createRequestHandler } from './routes.js';
import { Drain, type ShutdownConfig } from './shutdown.js';
import { registerSubscriptionGauges } from './subscription-metrics.js';
import { attachGraphQLWebSocket, type GraphQLWebSocket } from './ws.js';
import { createGraphQLYoga, type GraphQLYoga } from './yoga.js';

export interface CreateServerOptions {
  config: ServerConfig;
  /** A ready client (tests inject one); by default one is built from the config. */
  client?: SpotifyApiClient;
  cache?: CatalogCache;
  schema?: GraphQLSchema;
  /** Run operations through graphql-jit (default: the config's GRAPHQL_JIT, false unless set). */
  jit?: boolean;
  /** Executions of a document before graphql-jit compiles it (default JIT_AFTER_USES; 1 = at once). */
  jitAfterUses?: number;
  /** Yoga's logging (default: through `logger`); false silences yoga. */
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
  /** The JSON logger (pino); by default one at the config's LOG_LEVEL on stdout. */
  logger?: Logger;
  /**
   * Where sessions and their Spotify tokens are kept (see openTokenStore for STORE_URL); default an
   * in-memory store. Closed by `stop()`.
   */
  store?: TokenStore;
  /**
   * The keys that seal stored tokens (default: a random key, fine for the memory store only). With
   * `redis` they are required: channel messages between instances are signed with a key derived from them.
   * Connection cursors are signed with another key derived from them (CURSOR_KEY_INFO), so cursors
   * outlive a restart only with the same keys.
   */
  keys?: KeyRing;
  /**
   * Called when a signed-in user's Spotify token needs renewal (before expiry, or after Spotify's 401),
   * with the client and the token to renew; the token it answers is stored, then used. Default: the
   * refresh_token grant. Throwing the client's ReauthenticationRequired ends the session.
   */
  tokenRenew?: TokenRenew;
  /** Session lifetime in ms (default 30 days). */
  sessionTtlMs?: number;
  /** Where sign-in problems are reported (refused records, ended sessions); default stderr. */
  warn?: (message: string) => void;
  /**
   * The Redis several instances share (REDIS_URL; see src/redis): /ready answers 503 while it is down.
   * The caller owns the connection (`stop()` does not quit it).
   */
  redis?: Redis;
  /**
   * Milliseconds a client has to send a whole request, its headers and body (Node's `requestTimeout`,
   * default 300 000; its headers alone get the smaller of this and 60 000): a request not sent whole
   * by then (a body shorter than its Content-Length) is answered 408 REQUEST_TIMEOUT (client-errors.ts)
   * and its connection closed. Node checks every tenth of it, at most every 30 s.
   */
  requestTimeoutMs?: number;
}

export interface SpotifyGraphQLServer {
  readonly yoga: YogaServerInstance<Record<string, never>, GraphQLContext>;
  readonly schema: GraphQLSchema;
  readonly client: SpotifyApiClient;
  readonly config: ServerConfig;
  /** The player pollers behind the subscriptions (counts for metrics and tests). */
  readonly playerPollers: PlayerPollers;
  /** Sign-in: sessions, the token store, the callback URL (which the sandbox sets after start). */
  readonly auth: ServerAuth;
  /** The Prometheus metrics served at /metrics; `metrics.register(metric)` adds one. */
  readonly metrics: ServerMetrics;
  /** Starts listening; resolves to the URL (`--port 0` picks a free port). */
  start(port?: number, host?: string): Promise<string>;
  /** HTTP requests being answered now. */
  readonly inFlight: number;
  /**
   * Stops gracefully: `/ready` answers 503 at once; after `delayMs` the listener closes, WebSockets
   * close with 1001, requests in flight get `graceMs` to finish; then the Spotify client's
   * connections close. Defaults from the config (SHUTDOWN_DELAY_MS, SHUTDOWN_GRACE_MS).
   */
  stop(options?: Partial<ShutdownConfig>): Promise<void>;
}

/**
 * The server's Spotify client for `config`. `tokenRenew` is its renewal hook: the server passes its
 * app-token provider's, so a 401 for the app token before its local expiry renews it once.
 */
export function createSpotifyClient(
  config: ServerConfig,
  tokenRenew?: TokenRenew,
  appTokenObserver?: AppTokenObserver,
): SpotifyApiClient {
  const flow = new AuthorizationCodeFlow({
    applicationId: config.clientId,
    applicationSecret: config.clientSecret,
    scopes: config.scopes,
    redirectUrl: config.redirectUri,
  });
  return new SpotifyApiClient(flow, {
    apiUrl: config.apiUrl,
    accountsUrl: config.accountsUrl,
    appMode: config.appMode,
    env: {},
    // Auto mode learns only from tokens issued to this app (its app token, its sessions'), never from
    // a bearer token a caller passed, which may belong to another app in another mode.
    modeEvidence: 'own-tokens',
    ...(tokenRenew === undefined ? {} : { tokenRenew }),
    ...(appTokenObserver === undefined ? {} : { appTokenObserver }),
  });
}

/** The GraphQL server: yoga (HTTP, SSE, GraphiQL), graphql-ws, health and readiness on one node:http server. */
export async function createServer(options: CreateServerOptions): Promise<SpotifyGraphQLServer> {
  const { config } = options;
  const parts = await openServerParts(options);
  const { client, ownsClient, sharedPause, logger, unwatchRedis, metrics, coordination, deps, auth } = parts;
  const schema = options.schema ?? defaultSchema;

  const { logging, jit, jitAfterUses, redis } = options;
  const yogaParts = { config, schema, deps, auth, metrics, logger, logging, jit, jitAfterUses, redis };
  const graphql = createGraphQLYoga(yogaParts);
  const { yoga, sseSingleConnection } = graphql;

  let listening: Listening | undefined;
  registerSubscriptionGauges(metrics, {
    playerPollers: deps.playerPollers,
    cohorts: graphql.subscriptionCohorts,
    webSocketConnections: () => listening?.wsServer.clients.size ?? 0,
    pendingSseReservations: () => sseSingleConnection.pendingReservations,
    openSseStreams: () => sseSingleConnection.openStreams,
  });
  const drain = new Drain();
  const handle = serverRequestHandler(options, parts, graphql, drain);

  return {
    yoga,
    schema,
    client,
    config,
    playerPollers: deps.playerPollers,
    auth,
    metrics,
    async start(port = config.port, host = config.host) {
      const { requestTimeoutMs } = options;
      listening = await listenWithWebSocket(
        handle,
        graphql,
        { config, logger, requestTimeoutMs },
        port,
        host,
      );
      return listening.url;
    },
    get inFlight() {
      return drain.inFlight;
    },
    async stop(stopOptions = {}) {
      deps.playerPollers.close();
      sseSingleConnection.close();
      const open = listening;
      listening = undefined;
      if (open) {
        await drain.close(open.http, open.ws, { ...config.shutdown, ...stopOptions });
        await open.disposeWs();
      }
      if (ownsClient) await client.closeClient();
      unwatchRedis?.();
      await Promise.all([sharedPause?.close(), coordination?.close()]);
      await auth.close();
    },
  };
}

/**
 * What the server is built from before yoga: the opened Spotify client (and whether the server owns it)
 * with its app token and, with Redis, the shared rate-limit pause; the logger and the Redis availability
 * log's stop; the metrics; the player coordination across instances (Redis); the resolvers' context
 * dependencies; sign-in, attached to them. Throws when `redis` comes without `keys` (channelKeys).
 */
async function openServerParts(options: CreateServerOptions) {
  const { config } = options;
  if (options.redis) channelKeys(options);
  const { client, appToken, ownsClient, sharedPause } = await openClient(options);
  const logger = options.logger ?? createLogger(config.logLevel);
  const unwatchRedis = options.redis ? logRedisAvailability(options.redis, logger) : undefined;
  const cache = options.cache ?? defaultCatalogCache(config, options.redis, logger);
  const metrics = createServerMetrics(client, cache, appToken, logger);
  const coordination = playerCoordination(options, logger);
  // One ring for the server: it seals stored tokens and signs connection cursors (a derived key).
  const keys = options.keys ?? Keys.ephemeral();
  const cursorKeys = new CursorKeys(keys.derive(CURSOR_KEY_INFO));
  const deps = contextDeps(config, { client, appToken, cache, coordination, metrics, logger, cursorKeys });
  const auth = createServerAuth({ ...options, keys }, client, metrics, logger);
  attachSessions(deps, auth);
  return { client, ownsClient, sharedPause, logger, unwatchRedis, metrics, coordination, deps, auth };
}

/** The request listener of the server (routes.ts) over its parts and its yoga instance. */
function serverRequestHandler(
  options: CreateServerOptions,
  parts: Awaited<ReturnType<typeof openServerParts>>,
  graphql: GraphQLYoga,
  drain: Drain,
): RequestListener {
  const { client, deps, auth, metrics, logger } = parts;
  return createRequestHandler({
    config: options.config,
    yoga: graphql.yoga,
    drain,
    client,
    appToken: deps.appToken,
    auth,
    metrics,
    logger,
    redis: options.redis,
    rateLimit: graphql.rateLimit,
    refusedOrigins: graphql.refusedOrigins,
  });
}

/**
 * With Redis, one instance polls each user's player (a lease) and every instance delivers its readings,
 * signed with a key derived from `keys` (so several instances need the same ENCRYPTION_KEY; without
 * `keys` createServer throws); none without Redis.
 */
function playerCoordination(
  options: CreateServerOptions,
  logger: Logger,
): RedisPlayerCoordination | undefined {
  if (!options.redis) return undefined;
  return new RedisPlayerCoordination(options.redis, channelKeys(options), {
    prefix: redisKeyPrefix(options.config),
    warn: (fields, message) => logger.warn(fields, message),
  });
}

/** The keys a Redis deployment signs its channel messages with; throws when `redis` comes without them. */
function channelKeys(options: CreateServerOptions): KeyRing {
  if (options.keys) return options.keys;
  throw new Error(
    'createServer: `redis` needs `keys` (ENCRYPTION_KEY, the same on every instance): instances sign what they publish to each other with it',
  );
}

/** The server's metrics, reading the client's rate-limit pause and the catalog cache's bytes in memory. */
function createServerMetrics(
  client: SpotifyApiClient,
  cache: CatalogCache,
  appToken: AppTokenProvider,
  logger: Logger,
): ServerMetrics {
  const metrics = new ServerMetrics(
    () => client.rateLimitPauseMs / 1000,
    () => cache.bytes,
  );
  // The app token's failures: counted, and logged once per streak.
  watchAppToken(appToken, logger, metrics);
  return metrics;
}

/** A listening node:http server with graphql-ws attached, and the GraphQL URL it answers on. */
interface Listening {
  http: Server;
  wsServer: WebSocketServer;
  ws: GraphQLWebSocket;
  disposeWs: () => void | Promise<void>;
  url: string;
}

/** Listens on `host:port` (0 = any free port), then attaches graphql-ws to the same server. */
async function listenWithWebSocket(
  handle: RequestListener,
  {
    yoga,
    maskError,
    rateLimit,
    callShares,
    webSocketOperationEnd,
    refusedOrigins,
  }: Pick<
    GraphQLYoga,
    'yoga' | 'maskError' | 'rateLimit' | 'callShares' | 'webSocketOperationEnd' | 'refusedOrigins'
  >,
  {
    config,
    logger,
    requestTimeoutMs,
  }: { config: ServerConfig; logger: Logger; requestTimeoutMs?: number | undefined },
  port: number,
  host: string,
): Promise<Listening> {
  const http = createHttpServer(
    {
      // Node's own check answers an empty 400: answeredMalformed answers it in JSON.
      requireHostHeader: false,
      ...(requestTimeoutMs === undefined
        ? {}
        : {
            requestTimeout: requestTimeoutMs,
            connectionsCheckingInterval: Math.min(30_000, Math.max(1, Math.ceil(requestTimeoutMs / 10))),
          }),
    },
    (req, res) => answeredMalformed(req, res) || handle(req, res),
  );
  // A request Node's parser refuses (malformed, or URL and headers over its limit) gets a JSON error,
  // not Node's empty one; behind pipelined requests it waits for their answers, up to twice the deadline.
  answerClientErrors(http, { answerWaitMs: 2 * config.limits.requestDeadlineMs });
  // Before graphql-ws's own listener: the connection limits and logs see the client's address.
  const trust = config.trustProxy ?? TRUST_NO_PROXY;
  http.prependListener('upgrade', (req: IncomingMessage) => resolveClientAddress(req, trust));
  // graphql-ws is attached once listening: a listen failure (a port in use) is then one clear
  // error, not also a WebSocket server's "internal error" with a stack.
  await listen(http, port, host);
  const ws = attachGraphQLWebSocket(http, yoga, {
    maxPayload: config.limits.maxRequestBytes,
    verifyClient: verifyWebSocketOrigin(config.allowedOrigins, refusedOrigins),
    maskError: (error) => maskError(error, 'Unexpected error.'),
    rateLimit,
    maxConnectionsPerAddress: config.limits.wsConnectionsPerAddress,
    operationEnd: webSocketOperationEnd,
    requestDeadlineMs: config.limits.requestDeadlineMs,
    // One share of Spotify calls in flight per client, whatever carries its operations.
    callShares,
    log: logger,
  });
  const address = http.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    http,
    wsServer: ws.wsServer,
    ws,
    disposeWs: () => ws.dispose(),
    url: `http://${shown}:${address.port}/graphql`,
  };
}

/**
 * The Spotify client (the given one, or one built from the config and owned by the server), opened,
 * with its app-token provider; with Redis, a 429 seen by any instance pauses every instance
 * (Spotify's limits are per app).
 */
async function openClient(options: CreateServerOptions) {
  // The app token's provider is the client's renewal hook: a refused app token is renewed once.
  let appToken: AppTokenProvider | undefined;
  const client =
    options.client ??
    createSpotifyClient(
      options.config,
      (_client, expired) => (appToken ? appToken.renew(expired) : Promise.reject(new TokenExpired())),
      // Tells the provider whether Spotify accepts its tokens (readiness, back-off).
      { accepted: (token) => appToken?.accepted(token), refused: (token) => appToken?.refused(token) },
    );
  const bounds = options.config.appToken;
  appToken = new AppTokenProvider(client, {
    fetchTimeoutMs: bounds.timeoutMs,
    backoffInitialMs: bounds.backoffMs,
    backoffMaxMs: bounds.backoffMaxMs,
    ...(bounds.verifyIdleMs === undefined ? {} : { verifyIdleMs: bounds.verifyIdleMs }),
  });
  const ownsClient = options.client === undefined;
  // With Redis, a 429 seen by any instance pauses every instance (Spotify's limits are per app).
  const sharedPause = options.redis
    ? await RedisRateLimitPause.start(options.redis, { prefix: redisKeyPrefix(options.config) })
    : undefined;
  if (!client.isOpen) await client.createNewClient(sharedPause ? { sharedPause } : {});
  return { client, appToken, ownsClient, sharedPause };
}

/**
 * Sessions join every request's context, and a session's end (a logout, a refused refresh token) ends
 * its live streams at once, on every instance.
 */
function attachSessions(deps: ContextDeps, auth: ServerAuth): void {
  deps.sessions = auth;
  auth.sessions.onEnded((sessionId) => deps.playerPollers.endSession(sessionId));
}

/** What every request's context is built from (sessions are added once sign-in exists). */
function contextDeps(
  config: ServerConfig,
  parts: {
    client: SpotifyApiClient;
    appToken: AppTokenProvider;
    coordination: RedisPlayerCoordination | undefined;
    cache: CatalogCache;
    metrics: ServerMetrics;
    logger: Logger;
    cursorKeys: CursorKeys;
  },
): ContextDeps {
  const { client, appToken, coordination, metrics, logger, cursorKeys } = parts;
  // Catalog cache lookups count in the metrics.
  const cache = countedCache(parts.cache, metrics);
  // The pollers' calls count in spotify_calls_total as the requests' calls do.
  const polling: Pick<SpotifyApiClient, 'request'> = {
    request: <T>(endpoint: EndpointSpec, options?: RequestOptions) =>
      observedCall(
        client.request<T>(endpoint, options),
        endpoint.id,
        (route, outcome) => metrics.spotifyCalls.inc({ route, status: outcome }),
        (route, reason) => reason === 'held' && metrics.spotifyCallsHeld.inc({ route }),
      ),
  };
  return {
    client,
    appToken,
    cache,
    defaultMarket: config.defaultMarket,
    cursorKeys,
    playerPollers: new PlayerPollers({
      client: polling,
      intervalMs: config.playerPollIntervalMs,
      idleIntervalMs: config.playerIdlePollIntervalMs,
      seekDriftMs: config.playerSeekDriftMs,
      ...(coordination === undefined ? {} : { coordination }),
      // A poller serves many subscriptions: its lines name it, not the request that started it.
      detached: (identity, run) => inPollerScope({ ...identity }, run),
      onUnexpectedError: (error) => logger.error({ err: error }, 'a player poll failed unexpectedly'),
    }),
  };
}

/** Sign-in for `client`: the store and keys given (default in memory), renewals counted in the metrics. */
function createServerAuth(
  options: CreateServerOptions,
  client: SpotifyApiClient,
  metrics: ServerMetrics,
  logger: Logger,
): ServerAuth {
  const { config } = options;
  return new ServerAuth({
    client,
    store: options.store ?? new MemoryTokenStore(),
    keys: options.keys ?? Keys.ephemeral(),
    redirectUri: config.redirectUri,
    scopes: config.scopes,
    allowedOrigins: config.allowedOrigins,
    graphiql: config.graphiql,
    loginStartsPerMinute: config.limits.loginStartsPerMinute,
    tokenRenew: countedRenewal(options.tokenRenew, metrics),
    ...(options.sessionTtlMs === undefined ? {} : { sessionTtlMs: options.sessionTtlMs }),
    // The server's JSON log (with the requestId of the request it concerns), unless a test listens.
    warn: options.warn ?? ((message) => logger.warn(message)),
    info: (fields, message) => logger.info(fields, message),
    redis: options.redis,
    redisPrefix: redisKeyPrefix(config),
  });
}

/** Listens on `port` and `host`; a failure to listen rejects with listenError's words. */
function listen(http: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException): void => reject(listenError(error, port, host));
    http.once('error', failed);
    http.listen(port, host, () => {
      http.off('error', failed);
      resolve();
    });
  });
}

/** The byte-bounded in-memory LRU; with Redis, that LRU in front of the shared level. */
function defaultCatalogCache(config: ServerConfig, redis: Redis | undefined, logger: Logger): CatalogCache {
  const memory = new MemoryCatalogCache({
    maxBytes: config.limits.catalogCacheBytes,
    ttlSeconds: config.limits.catalogCacheTtlSeconds,
  });
  if (!redis) return memory;
  return new RedisCatalogCache(memory, redis, {
    ttlSeconds: config.limits.catalogCacheTtlSeconds,
    prefix: redisKeyPrefix(config),
    // Never more than the memory level could hold.
    maxEntryBytes: Math.min(DEFAULT_MAX_SHARED_ENTRY_BYTES, config.limits.catalogCacheBytes),
    warn: (message) => logger.warn(message),
  });
}

/** A listen failure in words an operator can act on (EADDRINUSE, EADDRNOTAVAIL, EACCES); others unchanged. */
function listenError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  if (error.code === 'EADDRINUSE')
    return new Error(`port ${port} on ${host} is already in use: stop what holds it, or set PORT or --port`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
    return new Error(
      `cannot listen on host ${host} (--host or HOST): not an address of this machine (default 127.0.0.1)`,
    );
  if (error.code === 'EACCES')
    return new Error(
      `not allowed to listen on ${host}:${port}: choose a port above 1023 with PORT or --port`,
    );
  return error;
}
