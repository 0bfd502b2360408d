/** The HTTP routes of the server's one node:http listener: health, readiness, GraphQL, metrics, sign-in. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { clientAddressOf, resolveClientAddress, TRUST_NO_PROXY } from '../auth/client-address.js';
import { handleAuthRoute, isAuthRoute } from '../auth/routes.js';
import type { ServerAuth } from '../auth/server-auth.js';
import { redisUnreadiness } from '../redis/readiness.js';
import type { AppTokenProvider } from '../resolvers/app-token.js';
import type { GraphQLContext } from '../resolvers/context.js';
import type { SpotifyApiClient } from '../spotify/client.js';
import type { ServerConfig } from './config.js';
import { applyCors, csrfHeaderMissing, type RefusedOriginLog } from './cors.js';
import { GraphiQLPage } from './graphiql.js';
import { isFaviconRequest, isHomeRequest, serveFavicon, serveHome } from './home-page.js';
import { errorSummary } from './logging.js';
import type { ServerMetrics } from './metrics.js';
import type { ClientRateLimit, RateLimitRefusal } from './rate-limit.js';
import { type ReadinessAnswer, readiness } from './readiness.js';
import { dropRefusedMediaRanges } from './refused-media-ranges.js';
import { inRequestScope, newRequestRecord } from './request-record.js';
import { visitorOf } from './session-user.js';
import type { Drain } from './shutdown.js';
import { SSE_SINGLE_CONNECTION_PATH } from './sse-single-connection.js';

/** What the routes answer from. */
export interface RouteParts {
  config: ServerConfig;
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>;
  drain: Drain;
  client: SpotifyApiClient;
  appToken: AppTokenProvider;
  auth: ServerAuth;
  metrics: ServerMetrics;
  logger: Logger;
  redis: Redis | undefined;
  /** The per-client fair use GraphQL requests are admitted by: the GraphiQL page and /metrics are too. */
  rateLimit: ClientRateLimit;
  /** Where refused cross-origin requests are logged (once per origin): /graphql's, shared by /auth/*. */
  refusedOrigins: RefusedOriginLog;
}

/**
 * The request listener: `/health`, `/ready` (503 while draining, paused, or Redis is down or does not answer PING), `/graphql`
 * (GraphiQL for a browser, else yoga; SSE's single-connection path too), `/metrics`, `/auth/*`, `GET /`
 * (a page naming these: home-page.ts), `/favicon.ico` (204), else 404.
 */
export function createRequestHandler(parts: RouteParts): (req: IncomingMessage, res: ServerResponse) => void {
  const { yoga, drain, client } = parts;
  const options = { redis: parts.redis };
  const deps = { appToken: parts.appToken };
  const graphiql = new GraphiQLPage(async () =>
    (await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })).text(),
  );

  const trust = parts.config.trustProxy ?? TRUST_NO_PROXY;
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    resolveClientAddress(req, trust);
    const path = (req.url ?? '/').split('?')[0];
    if (drain.track(req, res, path === '/health' || path === '/ready')) return;
    if (path === '/health') {
      json(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/ready') {
      void answerReadiness(res, options.redis, () => readiness(drain, client, deps.appToken));
      return;
    }
    if (path === '/graphql' || path === SSE_SINGLE_CONNECTION_PATH) {
      serveGraphQLPath(parts, graphiql, path, req, res);
      return;
    }
    if (path === '/metrics') {
      serveMetrics(parts, req, res);
      return;
    }
    if (path !== undefined && isAuthRoute(path)) {
      serveAuthRoute(parts, req, res);
      return;
    }
    if (isHomeRequest(req, path)) {
      // A store that cannot answer (visitorOf, bounded) is said on the page, never a failed page.
      void visitorOf(parts.auth, req.headers.cookie)
        .catch(() => 'store-unavailable' as const)
        .then((visitor) => serveHome(req, res, parts.config.graphiql, visitor));
      return;
    }
    if (isFaviconRequest(req, path)) {
      serveFavicon(res);
      return;
    }
    // The /auth routes' error shape, with a code: the client handles every refusal one way.
    json(res, 404, {
      error: { code: 'NOT_FOUND', message: 'Nothing is served at this path: GraphQL is at /graphql' },
    });
  };

  return handle;
}

/**
 * `/graphql` and SSE's single-connection path: GraphiQL's page for a browser that asks for it (when
 * GRAPHIQL is on; admitted by fair use like a GraphQL request), else yoga.
 */
function serveGraphQLPath(
  parts: RouteParts,
  graphiql: GraphiQLPage,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const { config, yoga, logger } = parts;
  if (path === '/graphql' && config.graphiql && GraphiQLPage.wanted(req)) {
    admitted(parts.rateLimit, req, res, () =>
      graphiql.serve(req, res).catch((error: unknown) => {
        logger.error({ err: errorSummary(error) }, 'GraphiQL page failed');
        if (!res.headersSent) json(res, 500, { error: 'GraphiQL failed' });
      }),
    );
    return;
  }
  serveYoga(yoga, req, res);
}

/** `/metrics`: the Prometheus exposition, once fair use admits the request. */
function serveMetrics(parts: RouteParts, req: IncomingMessage, res: ServerResponse): void {
  admitted(parts.rateLimit, req, res, () =>
    parts.metrics.exposition().then(({ contentType, body }) => {
      res.writeHead(200, { 'content-type': contentType });
      res.end(body);
    }),
  );
}

/**
 * A sign-in route (`/auth/*`): /graphql's cross-origin policy, then its CSRF rule for cookie-carrying
 * POSTs (403 CSRF_HEADER_REQUIRED), then the route in a request scope of its own.
 */
function serveAuthRoute(parts: RouteParts, req: IncomingMessage, res: ServerResponse): void {
  const { config, auth } = parts;
  // One cross-origin policy with /graphql's, and its CSRF rule for cookie-carrying POSTs.
  if (applyCors(req, res, config.allowedOrigins, parts.refusedOrigins)) return;
  if (csrfHeaderMissing(req)) {
    json(res, 403, {
      error: {
        code: 'CSRF_HEADER_REQUIRED',
        message: 'Cookie-authenticated requests need the x-graphql-yoga-csrf header (or a JSON body)',
      },
    });
    return;
  }
  // A sign-in route's warnings (a refused session record) carry a requestId as GraphQL's lines do.
  inRequestScope(() => handleAuthRoute(auth, req, res), newRequestRecord('http'));
}

/**
 * Answers `/ready`: 503 `unavailable` while Redis is configured and unreachable, else what `ready`
 * decides (draining, the rate-limit pause, the app token). A pause's 503 carries `Retry-After` (in s)
 * as well as its body, since load balancers read no bodies. Never rejects.
 */
async function answerReadiness(
  res: ServerResponse,
  redis: RouteParts['redis'],
  ready: () => Promise<ReadinessAnswer> | ReadinessAnswer,
): Promise<void> {
  const reason = redis ? await redisUnreadiness(redis) : undefined;
  const { status, body } =
    reason === undefined ? await ready() : { status: 503, body: { status: 'unavailable', reason } };
  json(res, status, body, body.status === 'rate-limited' ? { 'retry-after': `${body.retryAfter}` } : {});
}

/**
 * Runs `serve` once the per-client fair use admits the request, as it admits a GraphQL request (one of
 * the client's RATE_LIMIT_CONCURRENT turns, held until the response is done, and one of its
 * RATE_LIMIT_REQUESTS in the window); else answers 429 RATE_LIMITED with Retry-After, as /graphql
 * does. For the routes that cost the server without being GraphQL: the GraphiQL page (megabytes) and
 * /metrics (a whole exposition), which one address could otherwise ask for without end.
 */
function admitted(
  rateLimit: ClientRateLimit,
  req: IncomingMessage,
  res: ServerResponse,
  serve: () => Promise<void>,
): void {
  const credentials = { authorization: req.headers.authorization, cookie: req.headers.cookie };
  rateLimit.admitOperation('request', credentials, clientAddressOf(req)).then(
    (admission) => {
      if (!('release' in admission)) {
        refuse(res, admission);
        return;
      }
      res.once('close', admission.release);
      void serve();
    },
    () => json(res, 503, { errors: [{ message: 'Try again later', extensions: { code: 'RATE_LIMITED' } }] }),
  );
}

/** A fair-use refusal, worded and coded as /graphql's (rate-limit.ts). */
function refuse(res: ServerResponse, { retryAfter, message }: RateLimitRefusal): void {
  json(
    res,
    429,
    { errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfter } }] },
    {
      'retry-after': String(retryAfter),
    },
  );
}

/**
 * A GraphQL request to yoga, in its request scope (its log lines carry its id, yoga's error reports
 * join its one line), once the Accept ranges it refuses (q=0) are dropped; 406 BAD_REQUEST when it
 * refuses every type.
 */
function serveYoga(yoga: RouteParts['yoga'], req: IncomingMessage, res: ServerResponse): void {
  const refused = dropRefusedMediaRanges(req);
  if (refused) json(res, 406, { errors: [{ message: refused, extensions: { code: 'BAD_REQUEST' } }] });
  else inRequestScope(() => void yoga(req, res));
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
