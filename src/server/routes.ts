/** The HTTP routes of the server's one node:http listener: health, readiness, GraphQL, metrics, sign-in. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { handleAuthRoute, isAuthRoute } from '../auth/routes.js';
import type { ServerAuth } from '../auth/server-auth.js';
import { redisUnreadiness } from '../redis/readiness.js';
import type { AppTokenProvider } from '../resolvers/app-token.js';
import type { GraphQLContext } from '../resolvers/context.js';
import type { SpotifyApiClient } from '../spotify/client.js';
import type { ServerConfig } from './config.js';
import { applyCors, csrfHeaderMissing } from './cors.js';
import { GraphiQLPage } from './graphiql.js';
import { errorSummary } from './logging.js';
import type { ServerMetrics } from './metrics.js';
import { type ReadinessAnswer, readiness } from './readiness.js';
import { inRequestScope, newRequestRecord } from './request-record.js';
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
}

/**
 * The request listener: `/health`, `/ready` (503 while draining, paused, or Redis is down or does not answer PING), `/graphql`
 * (GraphiQL for a browser, else yoga; SSE's single-connection path too), `/metrics`, `/auth/*`, else 404.
 */
export function createRequestHandler(parts: RouteParts): (req: IncomingMessage, res: ServerResponse) => void {
  const { config, yoga, drain, client, auth, metrics, logger } = parts;
  const options = { redis: parts.redis };
  const deps = { appToken: parts.appToken };
  const graphiql = new GraphiQLPage(async () =>
    (await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })).text(),
  );

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (drain.track(req, res, path === '/health' || path === '/ready')) return;
    if (path === '/health') {
      json(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/ready') {
      const redis = options.redis;
      (redis ? redisUnreadiness(redis) : Promise.resolve(undefined))
        .then((reason): Promise<ReadinessAnswer> | ReadinessAnswer =>
          reason === undefined
            ? readiness(drain, client, deps.appToken)
            : { status: 503, body: { status: 'unavailable', reason } },
        )
        // A pause's 503 says when to ask again the standard way too (load balancers read no bodies).
        .then(({ status, body }) =>
          json(
            res,
            status,
            body,
            body.status === 'rate-limited' ? { 'retry-after': `${body.retryAfter}` } : {},
          ),
        );
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
      // The request's scope: its log lines carry its id, yoga's error reports join its one line.
      inRequestScope(() => void yoga(req, res));
      return;
    }
    if (path === '/metrics') {
      metrics.exposition().then(({ contentType, body }) => {
        res.writeHead(200, { 'content-type': contentType });
        res.end(body);
      });
      return;
    }
    if (path !== undefined && isAuthRoute(path)) {
      // One cross-origin policy with /graphql's, and its CSRF rule for cookie-carrying POSTs.
      if (applyCors(req, res, config.allowedOrigins)) return;
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
      return;
    }
    json(res, 404, { error: 'Not found', graphql: '/graphql' });
  };

  return handle;
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
