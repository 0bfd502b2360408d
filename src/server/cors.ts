import type { IncomingMessage, ServerResponse } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { ExecutionResult, GraphQLError } from 'graphql';
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

/**
 * What a granted origin may do: the methods and request headers of /graphql, /graphql/stream and
 * /auth/*, and the response headers its scripts may read. graphql-sse's single-connection client
 * reserves a stream with PUT, stops an operation with DELETE and sends every operation with the
 * `x-graphql-event-stream-token` header (all preflighted); yoga's GraphiQL and CSRF prevention use
 * `x-graphql-yoga-csrf`; a client may send its own `x-request-id` and read the server's, and read
 * `retry-after` on a 429/503.
 */
const GRANT = {
  methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
  allowedHeaders: [
    'content-type',
    'authorization',
    'x-graphql-yoga-csrf',
    'x-request-id',
    'x-graphql-event-stream-token',
  ],
  exposedHeaders: ['x-request-id', 'retry-after'],
  maxAgeSeconds: 600,
} as const;

/** How many distinct refused origins are logged (one `warn` line each) per REFUSED_ORIGINS_WINDOW_MS. */
export const REFUSED_ORIGINS_LOGGED = 100;
/** The window (ms, one hour) after which the refused-origin log starts again. */
export const REFUSED_ORIGINS_WINDOW_MS = 3_600_000;

/**
 * One `warn` line per refused origin and transport, at most REFUSED_ORIGINS_LOGGED an hour: the
 * operator's hint that a real frontend is missing from ALLOWED_ORIGINS. The bound is per window, not
 * per process, so that a client sending made-up origins cannot use it up for good; the lines a window
 * held back are counted in one line when the next begins. `now` (ms) is for tests.
 */
export class RefusedOriginLog {
  private seen = new Set<string>();
  private windowStart: number;
  private suppressed = 0;

  constructor(
    private readonly warn: (fields: Record<string, unknown>, message: string) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.windowStart = now();
  }

  /** Logs `origin`'s refusal over `transport` ('CORS' or 'WebSocket') unless it was logged this window. */
  refused(origin: string, transport: 'CORS' | 'WebSocket'): void {
    this.turnWindow();
    const shown = origin.slice(0, 100);
    const key = `${transport} ${shown}`;
    if (this.seen.has(key)) return;
    if (this.seen.size >= REFUSED_ORIGINS_LOGGED) {
      this.suppressed += 1;
      return;
    }
    this.seen.add(key);
    this.warn(
      { origin: shown, transport },
      `a browser page on ${shown} was refused ${transport === 'CORS' ? 'CORS' : 'a WebSocket'}: add it to ALLOWED_ORIGINS if it is your frontend`,
    );
  }

  /** Starts a new window once the last is over, saying how many refusals it did not log. */
  private turnWindow(): void {
    const now = this.now();
    if (now - this.windowStart < REFUSED_ORIGINS_WINDOW_MS) return;
    if (this.suppressed > 0)
      this.warn(
        { suppressed: this.suppressed },
        `${this.suppressed} refusals of further origins were not logged in the last hour (at most ${REFUSED_ORIGINS_LOGGED} an hour)`,
      );
    this.seen = new Set();
    this.suppressed = 0;
    this.windowStart = now;
  }
}

/**
 * yoga's `cors` setting: the request's own Origin is granted, with credentials, when it is allowed;
 * otherwise no CORS headers at all (and `log`, when given, hears of the refused origin).
 */
export function corsFor(
  allowed: readonly string[],
  log?: RefusedOriginLog,
): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin') ?? undefined;
    if (origin === undefined) return false;
    if (!originAllowed(origin, ownOriginOf(request.url), allowed)) {
      log?.refused(origin, 'CORS');
      return false;
    }
    return {
      origin: [origin],
      credentials: true,
      methods: [...GRANT.methods],
      allowedHeaders: [...GRANT.allowedHeaders],
      exposedHeaders: [...GRANT.exposedHeaders],
      maxAge: GRANT.maxAgeSeconds,
    };
  };
}

/**
 * The same policy for the routes yoga does not answer (`/auth/*`), on a node:http response: `Vary:
 * Origin` always, and for an allowed Origin (the server's own, by its Host header, or one of
 * ALLOWED_ORIGINS) the grant yoga gives on /graphql (that origin, credentials, methods, request
 * headers, max age). A preflight (`OPTIONS`) is answered here, 204 with or without the grant; answers
 * true when it was (the caller then writes nothing more). A refused Origin is told to `log` (the same
 * RefusedOriginLog as /graphql's, so one bound of logged origins for both).
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: readonly string[],
  log?: RefusedOriginLog,
): boolean {
  res.setHeader('vary', 'Origin');
  const origin = req.headers.origin;
  const host = req.headers.host;
  const own = host === undefined ? undefined : `http://${host}`;
  if (origin !== undefined && !originAllowed(origin, own, allowed)) log?.refused(origin, 'CORS');
  if (origin !== undefined && originAllowed(origin, own, allowed)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
    res.setHeader('access-control-allow-methods', GRANT.methods.join(', '));
    res.setHeader('access-control-allow-headers', GRANT.allowedHeaders.join(', '));
    res.setHeader('access-control-expose-headers', GRANT.exposedHeaders.join(', '));
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
 * mode (`singleConnectionPath`), that carries a Cookie header is refused before it subscribes when it
 * comes from a foreign page or does not show that it does not (see cookieStreamRefusal). A subscription
 * polls Spotify and runs its selection for as long as it is open, on the visitor's account and the
 * app's rate limit, so a foreign page must not start one with the visitor's cookie even though it
 * cannot read the events. Queries and mutations, requests without cookies, and graphql-ws operations
 * (checked at the upgrade) are left alone.
 */
export function useCookieSseOriginCheck(allowed: readonly string[], singleConnectionPath: string): Plugin {
  const lastSegment = singleConnectionPath.slice(singleConnectionPath.lastIndexOf('/') + 1);
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (!pathEndsWith(request.url, singleConnectionPath, lastSegment)) return;
      const refusal = cookieStreamRefusal(request, allowed);
      if (refusal === undefined) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [{ message: refusal.message, extensions: { code: refusal.extensions?.code } }],
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
      const refusal = cookieStreamRefusal(context.request, allowed);
      if (refusal !== undefined) setResultAndStopExecution({ errors: [refusal] });
    },
    // The refusal is a JSON answer whatever the Accept admits (a wildcard would make it a 403 stream).
    onResultProcess({ result, setResultProcessor }) {
      if (Array.isArray(result) || isAsyncIterable(result)) return;
      const errors = (result as ExecutionResult).errors ?? [];
      if (!errors.some((error) => STREAM_REFUSALS.includes(error.extensions?.code as string))) return;
      const type = 'application/graphql-response+json';
      setResultProcessor((refused, fetchAPI) => processRegularResult(refused, fetchAPI, type), type);
    },
  };
}

/**
 * Whether the path of `url` (as the URL parser reads it) ends with `path`, whose last segment is
 * `lastSegment` (plain letters). The URL is parsed only when its text could: the parser removes tabs
 * and newlines and whole dot segments and percent-encodes, none of which makes a segment's letters
 * appear, so a URL whose text holds neither `lastSegment` nor a tab or newline cannot (most requests:
 * no URL parsed for them).
 */
function pathEndsWith(url: string, path: string, lastSegment: string): boolean {
  if (!url.includes(lastSegment) && !/[\t\n\r]/.test(url)) return false;
  return new URL(url).pathname.endsWith(path);
}

/** The codes of cookieStreamRefusal's refusals. */
const STREAM_REFUSALS: readonly string[] = ['ORIGIN_NOT_ALLOWED', 'CSRF_HEADER_REQUIRED'];

/**
 * Why a cookie-carrying subscription request must not start (403), or undefined when it may:
 * - ORIGIN_NOT_ALLOWED for a foreign page: an Origin outside the allowed ones (the server's own,
 *   ALLOWED_ORIGINS; `null` never), or no Origin with `Sec-Fetch-Site: cross-site` or `same-site` (a
 *   browser's no-cors request, such as an `<img>` or `fetch(..., {mode: 'no-cors'})`, sends no Origin);
 * - CSRF_HEADER_REQUIRED for a request that names no page at all (neither Origin nor Sec-Fetch-Site:
 *   a browser without Sec-Fetch-Site, Safari before 16.4, sends neither on a no-cors GET) and that a page
 *   could have sent without a CORS preflight: a GET, HEAD or simple POST without a non-simple header.
 *   Such a request shows it is not a foreign page's by a header a page can only send after a
 *   preflight (`x-graphql-yoga-csrf`, as yoga's CSRF prevention asks of every GET, `authorization`,
 *   graphql-sse's `x-graphql-event-stream-token`), or by a JSON POST; `Sec-Fetch-Site: same-origin`
 *   or `none` (the address bar) says it is the server's own page. curl and scripts with a cookie add
 *   the header; with a bearer token and no cookie nothing is asked.
 */
function cookieStreamRefusal(request: Request, allowed: readonly string[]): GraphQLError | undefined {
  if (!request.headers.has('cookie')) return undefined;
  const origin = request.headers.get('origin');
  if (origin !== null) {
    return originAllowed(origin, ownOriginOf(request.url), allowed) ? undefined : originRefusal(origin);
  }
  const site = (request.headers.get('sec-fetch-site') ?? '').toLowerCase();
  if (site === 'cross-site' || site === 'same-site') return originRefusal(`Sec-Fetch-Site: ${site}`);
  if (site !== '' || preflightedOrMarked(request)) return undefined;
  return createGraphQLError(
    'A cookie-authenticated subscription sent with neither Origin nor Sec-Fetch-Site needs the ' +
      'x-graphql-yoga-csrf header (any value) or a JSON POST; or send Authorization: Bearer <token> ' +
      'instead of the cookie',
    { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
  );
}

/** Headers a browser page can only send after a CORS preflight, which names its Origin. */
const PREFLIGHTED_HEADERS = ['x-graphql-yoga-csrf', 'authorization', 'x-graphql-event-stream-token'];

/**
 * Whether a browser would have sent `request` only after a CORS preflight (a method other than GET,
 * HEAD and POST, a POST body of a non-form type such as JSON, or one of PREFLIGHTED_HEADERS).
 */
function preflightedOrMarked(request: Request): boolean {
  if (PREFLIGHTED_HEADERS.some((name) => request.headers.has(name))) return true;
  if (!['GET', 'HEAD', 'POST'].includes(request.method)) return true;
  if (request.method !== 'POST') return false;
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  return type !== '' && !NON_PREFLIGHTED_TYPES.some((simple) => type.startsWith(simple));
}

/** The body types a form (or a no-cors fetch) sends without a preflight. */
const NON_PREFLIGHTED_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/** The ORIGIN_NOT_ALLOWED refusal (403) of a cookie-authenticated subscription from a foreign page. */
function originRefusal(origin: string) {
  return createGraphQLError(
    `Cookie-authenticated event streams are not accepted from the origin ${JSON.stringify(origin.slice(0, 100))}`,
    { extensions: { code: 'ORIGIN_NOT_ALLOWED', http: { status: 403 } } },
  );
}

/**
 * ws's `verifyClient`: a WebSocket upgrade is accepted from the same origins as HTTP requests. A
 * refused one is 403 with the server's error shape as its body (`ORIGIN_NOT_ALLOWED`, JSON), and
 * `log`, when given, hears of the origin.
 */
export function verifyWebSocketOrigin(
  allowed: readonly string[],
  log?: RefusedOriginLog,
): WebSocketOriginCheck {
  return ({ origin, secure, req }, done) => {
    const host = req.headers.host;
    const own = host === undefined ? undefined : `${secure ? 'https' : 'http'}://${host}`;
    if (originAllowed(origin === '' ? undefined : origin, own, allowed)) return done(true);
    log?.refused(origin, 'WebSocket');
    // A refused origin is 403 Forbidden (who asks is known, and not allowed), not 401.
    const body = JSON.stringify({
      errors: [
        {
          message: `WebSocket connections are not accepted from the origin ${JSON.stringify(origin.slice(0, 100))}: serve the page from this server's origin or one in ALLOWED_ORIGINS`,
          extensions: { code: 'ORIGIN_NOT_ALLOWED' },
        },
      ],
    });
    done(false, 403, body, { 'Content-Type': 'application/json; charset=utf-8' });
  };
}

/**
 * ws's `verifyClient` in its callback form: `done(true)` accepts, `done(false, status, body, headers)`
 * refuses with that answer.
 */
export type WebSocketOriginCheck = (
  info: { origin: string; secure: boolean; req: IncomingMessage },
  done: (accept: boolean, status?: number, body?: string, headers?: Record<string, string>) => void,
) => void;
