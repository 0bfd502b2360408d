import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { WebSocketServer } from 'ws';
import type { KeyRing } from '../auth/crypto.js';
import { KeyRing as Keys } from '../auth/crypto.js';
import { MemoryTokenStore } from '../auth/memory-store.js';
import { handleAuthRoute } from '../auth/routes.js';
import { ServerAuth } from '../auth/server-auth.js';
import type { TokenStore } from '../auth/store.js';
import { RedisCatalogCache } from '../redis/catalog-cache.js';
import { redisReady } from '../redis/connection.js';
import { RedisPlayerCoordination } from '../redis/player-coordination.js';
import { RedisRateLimitPause } from '../redis/rate-limit-pause.js';
import { AppTokenProvider } from '../resolvers/app-token.js';
import { type CatalogCache, MemoryCatalogCache } from '../resolvers/catalog-cache.js';
import { type ContextDeps, createContext, type GraphQLContext } from '../resolvers/context.js';
import { PlayerPollers } from '../resolvers/player-pollers.js';
import { schema as defaultSchema } from '../schema/index.js';
import { SpotifyApiClient, type TokenRenew } from '../spotify/client.js';
import { TokenExpired } from '../spotify/errors.js';
import { AuthorizationCodeFlow } from '../spotify/flows.js';
import type { ServerConfig } from './config.js';
import { corsFor, useCookieCsrfPrevention, verifyWebSocketOrigin } from './cors.js';
import { EndedSessionCookie } from './ended-session-cookie.js';
import { createMaskError } from './errors.js';
import { GraphiQLPage } from './graphiql.js';
import { useNoIntrospection } from './introspection.js';
import { useParityJit } from './jit.js';
import { operationCaches, RequestDeadlines, useDocumentLimits } from './limits.js';
import { createLogger, errorSummary, requestRecordOf, useRequestLog, yogaLogger } from './logging.js';
import { countedCache, countedRenewal, ServerMetrics, useRequestMetrics } from './metrics.js';
import { useClientRateLimit } from './rate-limit.js';
import { readiness } from './readiness.js';
import { Drain, type ShutdownConfig } from './shutdown.js';
import { useSseRequestErrors } from './sse-request-errors.js';
import { SSE_SINGLE_CONNECTION_PATH, useSseSingleConnection } from './sse-single-connection.js';
import { attachGraphQLWebSocket } from './ws.js';

export interface CreateServerOptions {
  config: ServerConfig;
  /** A ready client (tests inject one); by default one is built from the config. */
  client?: SpotifyApiClient;
  cache?: CatalogCache;
  schema?: GraphQLSchema;
  /** Run operations through graphql-jit (default true). */
  jit?: boolean;
  /** Yoga's logging (default: through `logger`); false silences yoga. */
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
  /** The JSON logger (pino); by default one at the config's LOG_LEVEL on stdout. */
  logger?: Logger;
  /**
   * Where sessions and their Spotify tokens are kept (see openTokenStore for STORE_URL); default an
   * in-memory store. Closed by `stop()`.
   */
  store?: TokenStore;
  /** The keys that seal stored tokens (default: a random key, fine for the memory store only). */
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
export function createSpotifyClient(config: ServerConfig, tokenRenew?: TokenRenew): SpotifyApiClient {
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
    ...(tokenRenew === undefined ? {} : { tokenRenew }),
  });
}

/** The GraphQL server: yoga (HTTP, SSE, GraphiQL), graphql-ws, health and readiness on one node:http server. */
export async function createServer(options: CreateServerOptions): Promise<SpotifyGraphQLServer> {
  const { config } = options;
  // The app token's provider is the client's renewal hook: a refused app token is renewed once.
  let appToken: AppTokenProvider | undefined;
  const client =
    options.client ??
    createSpotifyClient(config, (_client, expired) =>
      appToken ? appToken.renew(expired) : Promise.reject(new TokenExpired()),
    );
  appToken = new AppTokenProvider(client);
  const ownsClient = options.client === undefined;
  // With Redis, a 429 seen by any instance pauses every instance (Spotify's limits are per app).
  const sharedPause = options.redis ? await RedisRateLimitPause.start(options.redis) : undefined;
  if (!client.isOpen) await client.createNewClient(sharedPause ? { sharedPause } : {});
  const schema = options.schema ?? defaultSchema;
  const logger = options.logger ?? createLogger(config.logLevel);
  const cache = options.cache ?? defaultCatalogCache(config, options.redis);
  const metrics = new ServerMetrics(
    () => client.rateLimitPauseMs / 1000,
    () => (cache instanceof MemoryCatalogCache ? cache.bytes : undefined),
  );
  // With Redis, one instance polls each user's player (a lease) and every instance delivers its readings.
  const coordination = options.redis ? new RedisPlayerCoordination(options.redis) : undefined;
  const deps: ContextDeps = {
    client,
    appToken,
    cache: countedCache(cache, metrics),
    playerPollers: new PlayerPollers({
      client,
      intervalMs: config.playerPollIntervalMs,
      idleIntervalMs: config.playerIdlePollIntervalMs,
      seekDriftMs: config.playerSeekDriftMs,
      ...(coordination === undefined ? {} : { coordination }),
    }),
  };
  const auth = new ServerAuth({
    client,
    store: options.store ?? new MemoryTokenStore(),
    keys: options.keys ?? Keys.ephemeral(),
    redirectUri: config.redirectUri,
    scopes: config.scopes,
    allowedOrigins: config.allowedOrigins,
    tokenRenew: countedRenewal(options.tokenRenew, metrics),
    ...(options.sessionTtlMs === undefined ? {} : { sessionTtlMs: options.sessionTtlMs }),
    ...(options.warn === undefined ? {} : { warn: options.warn }),
  });
  deps.sessions = auth;

  const endedSessions = new EndedSessionCookie(auth);
  const { documentCache, errorCache, compiledCache } = operationCaches(config.limits.operationCacheBytes);
  const deadlines = new RequestDeadlines(config.limits.requestDeadlineMs);
  let graphiqlPage: Promise<string> | undefined;
  const maskError = createMaskError((error) =>
    logger.error(
      { err: error },
      "Spotify refused the server's own credentials: check SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET",
    ),
  );
  const yoga = createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: options.logging ?? yogaLogger(logger),
    maskedErrors: {
      maskError: (error, message, isDev) => withLoginUrl(maskError(error, message, isDev), auth),
    },
    maxRequestBodySize: config.limits.maxRequestBytes,
    // Every document cache is bounded in bytes: distinct documents cannot fill the memory.
    parserAndValidationCache: { documentCache, errorCache },
    cors: corsFor(config.allowedOrigins),
    plugins: [
      useRequestLog(logger),
      useRequestMetrics(metrics),
      useClientRateLimit(config.limits.rateLimit, options.redis),
      deadlines.plugin(),
      useCookieCsrfPrevention(),
      useDocumentLimits(config.limits),
      ...(config.introspection ? [] : [useNoIntrospection()]),
      endedSessions.plugin(),
      // Compiles each operation once (cached per document) into plain JavaScript: the per-request work
      // of a warm catalog query falls to what the resolvers do.
      // Subscriptions stay with graphql-js `subscribe` (the jit plugin leaves them alone).
      ...useParityJit(() => options.jit ?? true, compiledCache),
      useSseRequestErrors(),
      useSseSingleConnection(),
    ],
    graphiql: config.graphiql && {
      title: 'spotify-graphql',
      defaultQuery: `# Welcome to spotify-graphql. Try:
query {
  search(query: "love", types: [TRACK], first: 5) {
    tracks { nodes { name artists { name } album { name } } }
  }
}
`,
    },
    // GraphiQL from the npm package, inlined, rather than from a CDN: it works offline and in the
    // sandbox. Loaded on first use (the bundle is large) and rendered once.
    renderGraphiQL: async (graphiqlOptions) => {
      graphiqlPage ??= import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) =>
        renderGraphiQL(graphiqlOptions),
      );
      return graphiqlPage;
    },
    context: async ({ request }) =>
      createContext(
        deps,
        {
          authorization: request.headers.get('authorization'),
          cookie: request.headers.get('cookie'),
        },
        endedSessions.outcomeOf(request),
        {
          signal: deadlines.signalFor(request),
          concurrency: config.limits.requestConcurrency,
          maxCost: config.limits.maxQueryCost,
          onSpotifyCall: (route, outcome) => {
            metrics.spotifyCalls.inc({ route, status: outcome });
            if (outcome === 'RATE_LIMITED' || outcome === '429') metrics.rateLimited.inc();
            const record = requestRecordOf(request);
            if (record) record.spotifyCalls += 1;
          },
        },
      ),
  });
  const graphiql = new GraphiQLPage(async () =>
    (await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })).text(),
  );

  let server: Server | undefined;
  let wsServer: WebSocketServer | undefined;
  let disposeWs: (() => void | Promise<void>) | undefined;

  const drain = new Drain();
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (drain.track(req, res, path === '/health' || path === '/ready')) return;
    if (path === '/health') {
      json(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/ready') {
      if (options.redis && !redisReady(options.redis)) {
        json(res, 503, { status: 'unavailable', reason: 'Redis is unavailable' });
        return;
      }
      readiness(drain, client, deps.appToken).then(({ status, body }) => json(res, status, body));
      return;
    }
    if (path === '/graphql' || path === SSE_SINGLE_CONNECTION_PATH) {
      if (path === '/graphql' && config.graphiql && GraphiQLPage.wanted(req)) {
        graphiql.serve(req, res).catch((error: unknown) => {
          logger.error({ err: errorSummary(error) }, 'GraphiQL page failed');
          if (!res.headersSent) json(res, 500, { error: 'GraphiQL failed' });
        });
        return;
      }
      void yoga(req, res);
      return;
    }
    if (path === '/metrics') {
      metrics.exposition().then(({ contentType, body }) => {
        res.writeHead(200, { 'content-type': contentType });
        res.end(body);
      });
      return;
    }
    if (path?.startsWith('/auth/') && handleAuthRoute(auth, req, res)) return;
    json(res, 404, { error: 'Not found', graphql: '/graphql' });
  };

  return {
    yoga,
    schema,
    client,
    config,
    playerPollers: deps.playerPollers,
    auth,
    metrics,
    async start(port = config.port, host = config.host) {
      const http = createHttpServer(handle);
      // graphql-ws is attached once listening: a listen failure (a port in use) is then one clear
      // error, not also a WebSocket server's "internal error" with a stack.
      await new Promise<void>((resolve, reject) => {
        const failed = (error: NodeJS.ErrnoException): void => reject(listenError(error, port, host));
        http.once('error', failed);
        http.listen(port, host, () => {
          http.off('error', failed);
          resolve();
        });
      });
      server = http;
      const ws = attachGraphQLWebSocket(http, yoga, {
        maxPayload: config.limits.maxRequestBytes,
        verifyClient: verifyWebSocketOrigin(config.allowedOrigins),
        maskError: (error) => withLoginUrl(maskError(error, 'Unexpected error.'), auth),
      });
      wsServer = ws.wsServer;
      disposeWs = () => ws.dispose();
      const address = http.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
      return `http://${shown}:${address.port}/graphql`;
    },
    get inFlight() {
      return drain.inFlight;
    },
    async stop(stopOptions = {}) {
      deps.playerPollers.close();
      const http = server;
      server = undefined;
      if (http) await drain.close(http, wsServer, { ...config.shutdown, ...stopOptions });
      const dispose = disposeWs;
      disposeWs = undefined;
      await dispose?.();
      if (ownsClient) await client.closeClient();
      await sharedPause?.close();
      await coordination?.close();
      await auth.close();
    },
  };
}

/** The byte-bounded in-memory LRU; with Redis, that LRU in front of the shared level. */
function defaultCatalogCache(config: ServerConfig, redis: Redis | undefined): CatalogCache {
  const memory = new MemoryCatalogCache({
    maxBytes: config.limits.catalogCacheBytes,
    ttlSeconds: config.limits.catalogCacheTtlSeconds,
  });
  if (!redis) return memory;
  return new RedisCatalogCache(memory, redis, { ttlSeconds: config.limits.catalogCacheTtlSeconds });
}

/** Every UNAUTHENTICATED error tells where to sign in: `extensions.loginUrl`. */
function withLoginUrl(error: Error, auth: ServerAuth): Error {
  if (!(error instanceof GraphQLError) || error.extensions.code !== 'UNAUTHENTICATED') return error;
  if (error.extensions.loginUrl !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...error.extensions, loginUrl: auth.loginUrl },
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A listen failure in words an operator can act on (EADDRINUSE, EACCES); others unchanged. */
function listenError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  if (error.code === 'EADDRINUSE')
    return new Error(`port ${port} on ${host} is already in use: stop what holds it, or set PORT or --port`);
  if (error.code === 'EACCES')
    return new Error(
      `not allowed to listen on ${host}:${port}: choose a port above 1023 with PORT or --port`,
    );
  return error;
}
