import type { IncomingMessage, ServerResponse } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { ExecutionResult } from 'graphql';
import {
  type CORSOptions,
  createGraphQLError,
  isAsyncIterable,
  type Plugin,
  processRegularResult,
} from 'graphql-yoga';
import { webSocketOperationOf } from './ws-operations.js';

/**
 * Cross-origin policy: a browser page may call the server from its own origin or from one listed in
 * ALLOWED_ORIGINS; every other origin gets no CORS grant (the browser then withholds the answer), and
 * `null` (sandboxed frames, file pages) is never granted.
 */
export function originAllowed(
  origin: string | undefined,
  ownOrigin: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) return true; // not a browser's cross-origin request
  if (origin === 'null') return false;
  return origin === ownOrigin || allowed.includes(origin);
}

/** The origin a request was addressed to (`http://host:port`), from its Host header. */
export function ownOriginOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** What a granted origin may do: the methods and request headers of /graphql and /auth/*. */
const GRANT = {
  methods: ['GET', 'POST', 'OPTIONS'],
  allowedHeaders: ['content-type', 'authorization', 'x-graphql-yoga-csrf', 'x-request-id'],
  maxAgeSeconds: 600,
} as const;

/**
 * yoga's `cors` setting: the request's own Origin is granted, with credentials, when it is allowed;
 * otherwise no CORS headers at all.
 */
export function corsFor(allowed: readonly string[]): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin') ?? undefined;
    if (origin === undefined || !originAllowed(origin, ownOriginOf(request.url), allowed)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: [...GRANT.methods],
      allowedHeaders: [...GRANT.allowedHeaders],
      maxAge: GRANT.maxAgeSeconds,
    };
  };
}

/**
 * The same policy for the routes yoga does not answer (`/auth/*`), on a node:http response: `Vary:
 * Origin` always, and for an allowed Origin (the server's own, by its Host header, or one of
 * ALLOWED_ORIGINS) the grant yoga gives on /graphql (that origin, credentials, methods, request
 * headers, max age). A preflight (`OPTIONS`) is answered here, 204 with or without the grant; answers
 * true when it was (the caller then writes nothing more).
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  res.setHeader('vary', 'Origin');
  const origin = req.headers.origin;
  const host = req.headers.host;
  const own = host === undefined ? undefined : `http://${host}`;
  if (origin !== undefined && originAllowed(origin, own, allowed)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
    res.setHeader('access-control-allow-methods', GRANT.methods.join(', '));
    res.setHeader('access-control-allow-headers', GRANT.allowedHeaders.join(', '));
    res.setHeader('access-control-max-age', String(GRANT.maxAgeSeconds));
  }
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, { 'content-length': '0' });
  res.end();
  return true;
}

/**
 * Whether a POST is one a cross-site page could send with the browser's cookies and without a CORS
 * preflight, and so must carry the `x-graphql-yoga-csrf` header: it carries cookies, and its body is
 * absent or of a type a form can send (yoga's CSRF prevention rule, for the routes yoga does not
 * answer).
 */
export function csrfHeaderMissing(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false;
  if (req.headers.cookie === undefined || req.headers['x-graphql-yoga-csrf'] !== undefined) return false;
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  return (
    type === '' ||
    ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'].some((simple) =>
      type.startsWith(simple),
    )
  );
}

/**
 * `Vary: Origin, Accept` on every GraphQL response, merged with any Vary already set. Whether it
 * carries CORS headers, and which origin they grant, depends on the request's Origin (none, its own, a
 * listed one, a refused one); and one URL answers GraphiQL's page, JSON or an event stream by the
 * request's Accept. A shared cache must serve neither one origin's nor one format's answer to another.
 */
export function useVaryOriginAndAccept(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      const names = vary ? vary.split(',').map((name) => name.trim().toLowerCase()) : [];
      if (names.includes('*')) return;
      const missing = ['Origin', 'Accept'].filter((name) => !names.includes(name.toLowerCase()));
      if (missing.length === 0) return;
      response.headers.set('vary', [...(vary ? [vary] : []), ...missing].join(', '));
    },
  };
}

/**
 * yoga's CSRF prevention for cookie-authenticated requests: a POST that carries cookies and that a
 * browser would send without a CORS preflight (form, multipart and text/plain bodies) must carry the
 * `x-graphql-yoga-csrf` header, which a cross-site form cannot set. Requests without cookies act only
 * with what they carry themselves (a bearer token or nothing) and are left alone. Refused with 403
 * and `extensions.code` CSRF_HEADER_REQUIRED.
 */
export function useCookieCsrfPrevention(): Plugin {
  const inner = useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] });
  return {
    onRequestParse(payload) {
      if (!payload.request.headers.has('cookie')) return;
      // A GET runs queries only (yoga refuses mutations over GET) and CORS keeps its answer from a
      // foreign page: signed-in GET queries (issue 8's transports) stay as they are.
      if (payload.request.method === 'GET' || payload.request.method === 'HEAD') return;
      try {
        inner.onRequestParse?.(payload);
      } catch {
        throw createGraphQLError(
          'Cookie-authenticated requests need the x-graphql-yoga-csrf header (or a JSON body)',
          { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
        );
      }
    },
  };
}

/**
 * The WebSocket upgrade's Origin check for subscriptions over HTTP that carry cookies, decided by the
 * operation, not by the request's Accept (yoga streams a subscription for a wildcard Accept, `text/*` or none
 * as well): a subscription operation on /graphql, or any request of graphql-sse's single-connection
 * mode (`singleConnectionPath`), that carries a Cookie header and comes from a foreign page is refused
 * with 403 and `extensions.code` ORIGIN_NOT_ALLOWED before it subscribes. A foreign page is an Origin
 * outside the allowed ones (the server's own, ALLOWED_ORIGINS; `null` never), or, for a browser's
 * no-cors request (an `<img>`, `<script>` or `fetch(..., {mode: 'no-cors'})` sends no Origin), no
 * Origin with `Sec-Fetch-Site: cross-site` or `same-site`. A subscription polls Spotify and runs its
 * selection for as long as it is open, on the visitor's account and the app's rate limit, so a foreign
 * page must not start one with the visitor's cookie even though it cannot read the events. Queries and
 * mutations, requests without cookies, and graphql-ws operations (checked at the upgrade) are left alone.
 */
export function useCookieSseOriginCheck(allowed: readonly string[], singleConnectionPath: string): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (!new URL(request.url).pathname.endsWith(singleConnectionPath)) return;
      const origin = foreignCookieOrigin(request, allowed);
      if (origin === undefined) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [{ message: originRefusal(origin).message, extensions: { code: 'ORIGIN_NOT_ALLOWED' } }],
          }),
          {
            status: 403,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          },
        ),
      );
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const context = args.contextValue as { request?: Request };
      if (context.request === undefined || webSocketOperationOf(context)) return;
      const origin = foreignCookieOrigin(context.request, allowed);
      if (origin !== undefined) setResultAndStopExecution({ errors: [originRefusal(origin)] });
    },
    // The refusal is a JSON answer whatever the Accept admits (a wildcard would make it a 403 stream).
    onResultProcess({ result, setResultProcessor }) {
      if (Array.isArray(result) || isAsyncIterable(result)) return;
      const errors = (result as ExecutionResult).errors ?? [];
      if (!errors.some((error) => error.extensions?.code === 'ORIGIN_NOT_ALLOWED')) return;
      const type = 'application/graphql-response+json';
      setResultProcessor((refused, fetchAPI) => processRegularResult(refused, fetchAPI, type), type);
    },
  };
}

/**
 * The foreign page a cookie-carrying request comes from (its Origin, or its `Sec-Fetch-Site` value when
 * a no-cors request sent no Origin), or undefined when it carries no cookie or comes from an allowed page.
 */
function foreignCookieOrigin(request: Request, allowed: readonly string[]): string | undefined {
  if (!request.headers.has('cookie')) return undefined;
  const origin = request.headers.get('origin');
  if (origin === null) {
    const site = (request.headers.get('sec-fetch-site') ?? '').toLowerCase();
    return site === 'cross-site' || site === 'same-site' ? `Sec-Fetch-Site: ${site}` : undefined;
  }
  return originAllowed(origin, ownOriginOf(request.url), allowed) ? undefined : origin;
}

/** The ORIGIN_NOT_ALLOWED refusal (403) of a cookie-authenticated subscription from a foreign page. */
function originRefusal(origin: string) {
  return createGraphQLError(
    `Cookie-authenticated event streams are not accepted from the origin ${JSON.stringify(origin.slice(0, 100))}`,
    { extensions: { code: 'ORIGIN_NOT_ALLOWED', http: { status: 403 } } },
  );
}

/** ws's `verifyClient`: a WebSocket upgrade is accepted from the same origins as HTTP requests. */
export function verifyWebSocketOrigin(allowed: readonly string[]): WebSocketOriginCheck {
  return ({ origin, secure, req }, done) => {
    const host = req.headers.host;
    const own = host === undefined ? undefined : `${secure ? 'https' : 'http'}://${host}`;
    // A refused origin is 403 Forbidden (who asks is known, and not allowed), not 401.
    if (originAllowed(origin === '' ? undefined : origin, own, allowed)) done(true);
    else done(false, 403, 'Forbidden');
  };
}

/** ws's `verifyClient` in its callback form: `done(true)` accepts, `done(false, status, reason)` refuses. */
export type WebSocketOriginCheck = (
  info: { origin: string; secure: boolean; req: IncomingMessage },
  done: (accept: boolean, status?: number, reason?: string) => void,
) => void;
