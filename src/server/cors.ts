import type { IncomingMessage } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { type CORSOptions, createGraphQLError, type Plugin } from 'graphql-yoga';

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
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'x-graphql-yoga-csrf', 'x-request-id'],
      maxAge: 600,
    };
  };
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
