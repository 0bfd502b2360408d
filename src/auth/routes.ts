import type { IncomingMessage, ServerResponse } from 'node:http';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { RedisUnavailable } from '../redis/connection.js';
import { sharedRateLimiter } from '../redis/rate-limiter.js';
import { bearerOf } from '../resolvers/request-credentials.js';
import { profileId } from '../spotify/answer-shapes.js';
import { endpoints } from '../spotify/endpoints/table.js';
import {
  AccountsServiceError,
  RateLimitExceeded,
  ReauthenticationRequired,
  SpotifyAPIError,
  SpotifyBaseError,
} from '../spotify/errors.js';
import { addressKeyOf, clientAddressOf } from './client-address.js';
import { parseCookies } from './cookies.js';
import { LOGIN_TTL_MS } from './login-attempts.js';
import { boundStates, withFinished, withStarted } from './login-cookie.js';
import { prefersHtml } from './prefers-html.js';
import { booleanParam, checkQueryNames, QueryParameterError } from './query-params.js';
import { checkReturnTo, isSafeLocalPath } from './return-to.js';
import type { ServerAuth } from './server-auth.js';
import { lookupWithin } from './session-read.js';
import { isSessionToken } from './session-token.js';
import { SessionEnded } from './sessions.js';

/** The codes of the sign-in errors (`error.code` in JSON, shown on the HTML page). */
export type SignInErrorCode =
  | 'ACCESS_DENIED'
  | 'RETURN_TO_REFUSED'
  | 'STATE_MISSING'
  | 'STATE_MISMATCH'
  | 'LOGIN_EXPIRED'
  | 'CODE_REJECTED'
  | 'SPOTIFY_UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'METHOD_NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'SESSION_STORE_UNAVAILABLE'
  | 'BAD_REQUEST'
  | 'RATE_LIMITED'
  | 'SPOTIFY_RATE_LIMITED'
  | 'FORBIDDEN';

class SignInError extends Error {
  /**
   * @param retryAfter seconds until trying again can succeed, when known: sent as `Retry-After` and
   *   `error.retryAfter`.
   */
  constructor(
    readonly status: number,
    readonly code: SignInErrorCode,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/**
 * A refused sign-out: answered as a SignInError is, but without a sign-in link (no `loginUrl`, no
 * "Sign in again"): the user asked to leave, and may still be signed in.
 */
class SignOutError extends SignInError {}

/**
 * A session read refused because the session store (Redis) is down or silent: 503
 * SESSION_STORE_UNAVAILABLE without a sign-in link, since the session is intact (signing in again
 * would not help and needs the store too): the user is still signed in once the store answers.
 */
class StoreOutageError extends SignInError {
  constructor() {
    super(
      503,
      'SESSION_STORE_UNAVAILABLE',
      'The session store is unavailable: try again shortly (you are still signed in)',
    );
  }
}

/**
 * Spotify's words for a user not on a Development Mode app's user list (its plain-text 403 on the
 * profile read: "Check settings on developer.spotify.com/dashboard, the user may not be registered.").
 * Only these words blame the user list: a 403 has other causes (a token without a scope, another
 * refusal), and those keep Spotify's words without the claim (attack finding F9).
 */
const NOT_REGISTERED = /\bmay not be registered\b/i;

/**
 * The sign-in's profile read (`GET /v1/me`, after the code exchange) refused with a 403: not an outage
 * but a refusal of this user, answered 403 FORBIDDEN keeping Spotify's words (bounded and redacted by
 * the client), never "try again". The user list of a Development Mode app is named only when Spotify's
 * words say so (NOT_REGISTERED); undefined for any other failure.
 */
function profileReadRefusal(error: SpotifyBaseError): SignInError | undefined {
  if (!(error instanceof SpotifyAPIError) || error instanceof AccountsServiceError) return undefined;
  if (error.status !== 403) return undefined;
  const said = `Spotify refused to read this user's profile (HTTP 403: ${error.baseMessage})`;
  if (!NOT_REGISTERED.test(error.baseMessage)) return new SignInError(403, 'FORBIDDEN', said);
  return new SignInError(
    403,
    'FORBIDDEN',
    `${said}: a Development Mode app lets in only the users added to it in Spotify's developer dashboard`,
  );
}

/**
 * A sign-in that Spotify's side failed, as its answer: its rate limit (the accounts service's 429, or
 * the Web API pause holding the profile read that follows the code exchange) is 503
 * SPOTIFY_RATE_LIMITED with Retry-After; anything else 502 SPOTIFY_UNAVAILABLE, keeping what the
 * accounts service said when it refused the code exchange (its `error: error_description` or text,
 * bounded and redacted by the client: never the code, verifier or secret). The operator gets a line
 * either way (the error's type, code, status and those words: never the code or a token).
 */
function spotifySignInFailure(auth: ServerAuth, error: SpotifyBaseError): SignInError {
  const limited = error instanceof RateLimitExceeded;
  const said = error instanceof AccountsServiceError ? error.detail : undefined;
  auth.warn(
    `a sign-in failed at Spotify: ${error.name} ${error.code}${error.status ? ` (HTTP ${error.status})` : ''}${
      limited
        ? `, retry after ${error.retryAfter} s${error.answered ? '' : ' (held by the rate-limit pause)'}`
        : ''
    }${said ? `: ${said}` : ''}`,
  );
  const refused = profileReadRefusal(error);
  if (refused) return refused;
  if (!limited) {
    const message = said
      ? `Spotify's accounts service refused the sign-in (HTTP ${error.status}: ${said}): try again`
      : 'Spotify could not complete the sign-in: try again';
    return new SignInError(502, 'SPOTIFY_UNAVAILABLE', message);
  }
  return new SignInError(503, 'SPOTIFY_RATE_LIMITED', rateLimitedSignIn(error.retryAfter), error.retryAfter);
}

/**
 * What a user stopped by Spotify's rate limit reads: that sign-in is rate limited, and when to start it
 * again (in `retryAfter` seconds, and the UTC time that makes). Nothing of the sign-in itself (no code,
 * no token) is in it.
 */
export function rateLimitedSignIn(retryAfter: number, now = Date.now()): string {
  const at = new Date(now + retryAfter * 1000).toISOString().slice(11, 19);
  const wait = retryAfter < 120 ? `${retryAfter} s` : `${Math.ceil(retryAfter / 60)} min`;
  return `Sign-in is rate limited by Spotify right now: start the sign-in again in ${wait} (after ${at} UTC)`;
}

/**
 * The /auth routes: `GET /auth/login`, `GET /auth/callback`, `GET /auth/session`, `POST /auth/logout`.
 * Answers false for any other path (the caller routes it elsewhere). Errors end on an HTML page or
 * JSON (by `Accept`) with a code, never a stack trace; no token, code or cookie is ever echoed.
 */
export function handleAuthRoute(auth: ServerAuth, req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', auth.origin);
  const route = ROUTES[url.pathname];
  if (!route) return false;
  const [method] = route;
  varyOnAccept(res);
  const answer =
    req.method === method || (method === 'GET' && req.method === 'HEAD')
      ? runChecked(route, auth, req, res, url)
      : Promise.reject(new SignInError(405, 'METHOD_NOT_ALLOWED', `Use ${method} for ${url.pathname}`));
  answer.catch((error: unknown) => {
    const failure =
      error instanceof SignInError
        ? error
        : error instanceof SpotifyBaseError
          ? spotifySignInFailure(auth, error)
          : error instanceof RedisUnavailable
            ? // Login attempts and new sessions live in the store too (Redis down or hung).
              new SignInError(
                503,
                'SESSION_STORE_UNAVAILABLE',
                'The session store is unavailable: try again shortly',
              )
            : new SignInError(500, 'SPOTIFY_UNAVAILABLE', 'The sign-in failed unexpectedly: try again');
    if (
      !(error instanceof SignInError) &&
      !(error instanceof SpotifyBaseError) &&
      !(error instanceof RedisUnavailable)
    ) {
      auth.warn(`a sign-in route failed unexpectedly (${error instanceof Error ? error.name : 'unknown'})`);
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    fail(auth, req, res, failure);
  });
  return true;
}

type Route = (auth: ServerAuth, req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/** Each route: its method, its handler, the query parameters it reads, and which of them are booleans. */
const ROUTES: Record<string, [string, Route, readonly string[], readonly string[]]> = {
  '/auth/login': ['GET', login, ['returnTo', 'showDialog'], ['showDialog']],
  // Spotify's redirect back: `code` and `state`, or `error` and `state` (its Authorization Code guide).
  '/auth/callback': ['GET', callback, ['code', 'state', 'error'], []],
  '/auth/session': ['GET', session, ['optional'], ['optional']],
  '/auth/logout': ['POST', logout, [], []],
};

/**
 * Runs `route` once its query's parameter names pass checkQueryNames (query-params.ts: a near miss of
 * a name it reads, or a name given twice with values that disagree, is 400 BAD_REQUEST).
 */
async function runChecked(
  [, run, names, booleans]: (typeof ROUTES)[string],
  auth: ServerAuth,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  try {
    checkQueryNames(url, names, booleans);
    await run(auth, req, res, url);
  } catch (error) {
    throw error instanceof QueryParameterError ? new SignInError(400, 'BAD_REQUEST', error.message) : error;
  }
}

/**
 * Adds `Accept` to the answer's Vary (beside cors.ts's `Origin`): every /auth answer may be an HTML
 * page or JSON by the request's Accept (a refusal, the "Not signed in" page), so a cache must not give
 * one client's form to another.
 */
function varyOnAccept(res: ServerResponse): void {
  const vary = res.getHeader('vary');
  const said = Array.isArray(vary) ? vary.join(', ') : vary === undefined ? '' : String(vary);
  const names = said.split(',').map((name) => name.trim().toLowerCase());
  if (names.includes('accept') || names.includes('*')) return;
  res.setHeader('vary', said.trim() === '' ? 'Accept' : `${said}, Accept`);
}

/** Whether `pathname` is one of the /auth routes (whatever the method). */
export function isAuthRoute(pathname: string): boolean {
  return Object.hasOwn(ROUTES, pathname);
}

const loginLimiters = new WeakMap<ServerAuth, RateLimiterAbstract>();

/**
 * Refuses a client address (clientAddressOf; IPv6: one /64, addressKeyOf) past the auth's
 * loginStartsPerMinute (LOGIN_STARTS_PER_MINUTE) with 429 RATE_LIMITED (and Retry-After); with
 * Redis, the starts count across every instance (in memory per instance while Redis is down).
 */
async function limitLoginStarts(auth: ServerAuth, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let limiter = loginLimiters.get(auth);
  if (!limiter) {
    limiter = sharedRateLimiter(
      { points: auth.loginStartsPerMinute, durationSeconds: 60, name: 'login', prefix: auth.redisPrefix },
      auth.redis,
    );
    loginLimiters.set(auth, limiter);
  }
  try {
    await limiter.consume(addressKeyOf(clientAddressOf(req)));
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    res.setHeader('retry-after', String(seconds));
    throw new SignInError(429, 'RATE_LIMITED', `Too many sign-in attempts: try again in ${seconds} s`);
  }
}

/** Host names of this machine's loopback interface, as a browser's address bar writes them. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The same URL on the server's public origin when the request reached this server under another loopback
 * name than that origin's (`localhost:4000` for `127.0.0.1:4000`): a browser keeps cookies per host
 * name, so a login started there would set its state cookie where the callback cannot read it.
 * Undefined otherwise (the same host, or a public origin: behind a proxy the Host header is not the
 * browser's, and redirecting on it could loop).
 */
function loopbackAlias(auth: ServerAuth, req: IncomingMessage, url: URL): string | undefined {
  const origin = new URL(auth.origin);
  if (!LOOPBACK_NAMES.has(origin.hostname) || req.headers.host === undefined) return undefined;
  let reached: URL;
  try {
    reached = new URL(`${origin.protocol}//${req.headers.host}`);
  } catch {
    return undefined;
  }
  if (!LOOPBACK_NAMES.has(reached.hostname) || reached.hostname === origin.hostname) return undefined;
  if (reached.port !== origin.port) return undefined;
  return `${auth.origin}${url.pathname}${url.search}`;
}

async function login(auth: ServerAuth, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const alias = loopbackAlias(auth, req, url);
  if (alias !== undefined) {
    // Start where the callback will be: the state cookie must be on the redirect URI's host.
    res.writeHead(302, { location: alias, 'cache-control': 'no-store' });
    res.end();
    return;
  }
  const asked = url.searchParams.get('returnTo');
  const returnTo =
    asked === null || asked === ''
      ? auth.defaultReturnTo
      : checkReturnTo(asked, auth.origin, auth.allowedOrigins);
  if (returnTo === undefined) {
    throw new SignInError(
      400,
      'RETURN_TO_REFUSED',
      'returnTo must be a path on this server or a URL whose origin is listed in ALLOWED_ORIGINS',
    );
  }
  auth.hintCrossSiteReturn(returnTo);
  // Counted once the attempt is one that would be stored.
  await limitLoginStarts(auth, req, res);
  const started = await auth.logins.start(returnTo);
  const location = auth.client.buildAuthorizationUrl({
    state: started.state,
    codeChallenge: started.codeChallenge,
    scopes: auth.scopes,
    redirectUrl: auth.redirectUri,
    showDialog: booleanParam(url, 'showDialog'),
  });
  const inProgress = boundStates(parseCookies(req.headers.cookie).get(auth.cookies.login));
  res.writeHead(302, {
    location,
    'set-cookie': auth.cookies.serialize(
      auth.cookies.login,
      withStarted(inProgress, started.state),
      LOGIN_TTL_MS / 1000,
    ),
    'cache-control': 'no-store',
  });
  res.end();
}

/**
 * The callback's `state`, once it is one of the login attempts bound to this browser (`bound`, from
 * the login cookie); else SignInError 400 STATE_MISSING (none) or STATE_MISMATCH (another browser's,
 * or one started at another address of this server).
 */
function boundState(auth: ServerAuth, state: string | null, bound: readonly string[]): string {
  if (state === null || state === '') {
    throw new SignInError(400, 'STATE_MISSING', 'The sign-in answer carried no state: start again');
  }
  if (!bound.includes(state)) {
    throw new SignInError(
      400,
      'STATE_MISMATCH',
      bound.length === 0
        ? // No login cookie at all came back: often a sign-in started under another address of this server.
          `The sign-in answer does not belong to a login started in this browser at ${auth.origin}` +
            ` (a sign-in started at another address, such as localhost instead of 127.0.0.1, cannot finish here):` +
            ` start again at ${auth.origin}/auth/login`
        : 'The sign-in answer does not belong to a login started in this browser: start again',
    );
  }
  return state;
}

/**
 * The authorization code of Spotify's answer to the callback; SignInError 403 ACCESS_DENIED when the
 * user cancelled at Spotify, 400 CODE_REJECTED for another `error` or no code. `invalid_scope` (the
 * server asked for a scope Spotify does not know: no user can sign in until SPOTIFY_SCOPES is fixed)
 * says so to the user and writes a `warn` line for the operator.
 */
function codeOf(auth: ServerAuth, url: URL): string {
  const error = url.searchParams.get('error');
  if (error !== null) {
    if (error === 'access_denied') {
      throw new SignInError(403, 'ACCESS_DENIED', 'The sign-in was cancelled at Spotify: nothing was shared');
    }
    if (error === 'invalid_scope') {
      auth.warn(
        'a sign-in failed at Spotify: invalid_scope, Spotify does not know a scope the server asks for: check SPOTIFY_SCOPES',
      );
      throw new SignInError(
        400,
        'CODE_REJECTED',
        'Spotify refused the sign-in (invalid_scope): this server asks for a scope Spotify does not know, so signing in again fails the same way until its operator fixes SPOTIFY_SCOPES',
      );
    }
    throw new SignInError(400, 'CODE_REJECTED', `Spotify refused the sign-in (${error.slice(0, 64)})`);
  }
  const code = url.searchParams.get('code');
  if (!code) throw new SignInError(400, 'CODE_REJECTED', 'The sign-in answer carried no code: start again');
  return code;
}

/**
 * Spotify's token for the authorization `code` (PKCE: the attempt's `codeVerifier`); SignInError 400
 * CODE_REJECTED when Spotify refuses the code, any other failure as thrown.
 */
async function exchangeCode(auth: ServerAuth, code: string, codeVerifier: string) {
  try {
    return await auth.client.getAuthTokenWithCode(code, { codeVerifier, redirectUrl: auth.redirectUri });
  } catch (failure) {
    if (failure instanceof ReauthenticationRequired) {
      throw new SignInError(
        400,
        'CODE_REJECTED',
        'Spotify refused the sign-in code (expired, already used, or the PKCE verifier did not match): start again',
      );
    }
    throw failure;
  }
}

async function callback(
  auth: ServerAuth,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const state = url.searchParams.get('state');
  const bound = boundStates(parseCookies(req.headers.cookie).get(auth.cookies.login));
  // Only the attempt this answer finishes is over: a stray or forged callback (a link to
  // /auth/callback?state=x) leaves the browser's own attempts in progress, and so does finishing one
  // of two sign-ins started in two tabs.
  const rest = state ? withFinished(bound, state) : '';
  const loginCookie = auth.cookies.serialize(auth.cookies.login, rest, rest === '' ? 0 : LOGIN_TTL_MS / 1000);
  if (state !== null && state !== '' && bound.includes(state)) res.setHeader('set-cookie', loginCookie);
  if (state !== null && state !== '' && !bound.includes(state) && (await alreadySignedIn(auth, req, res)))
    return;
  const attempt = await auth.logins.finish(boundState(auth, state, bound));
  if (!attempt) {
    throw new SignInError(
      400,
      'LOGIN_EXPIRED',
      'This sign-in was already completed or has expired (10 minutes): start again',
    );
  }
  const token = await exchangeCode(auth, codeOf(auth, url), attempt.codeVerifier);
  const profile = await auth.client.users.me({ authToken: token });
  const created = await auth.sessions.create(token, {
    id: profileId(endpoints.getCurrentUsersProfile, profile),
    displayName: profile.display_name ?? null,
  });
  const maxAge = Math.floor((created.session.expiresAt - Date.now()) / 1000);
  // Checked again on the way out: a path that is not plainly local goes to the default instead.
  const location =
    attempt.returnTo.startsWith('/') && !isSafeLocalPath(attempt.returnTo)
      ? auth.defaultReturnTo
      : attempt.returnTo;
  res.writeHead(302, {
    location,
    'set-cookie': [loginCookie, auth.cookies.serialize(auth.cookies.session, created.sessionToken, maxAge)],
    'cache-control': 'no-store',
  });
  res.end();
}

/**
 * A callback this browser did not start (or no longer has: Back after signing in, then Agree again
 * replays a finished sign-in, whose state the login cookie no longer holds) from a browser whose
 * session cookie is live: the user is signed in, so it is sent on to the default page (GraphiQL, or
 * /auth/session) with 302 and true is answered. Nothing of the callback is used: its code is not
 * exchanged, no state is finished (a state stays single-use). False (nothing answered) without a live
 * session; the caller then refuses the callback as before.
 */
async function alreadySignedIn(
  auth: ServerAuth,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const token = auth.sessionTokenOf({ cookie: req.headers.cookie }, undefined);
  if (token === undefined) return false;
  try {
    await auth.sessions.lookup(token);
  } catch {
    return false;
  }
  res.writeHead(302, { location: auth.defaultReturnTo, 'cache-control': 'no-store' });
  res.end();
  return true;
}

/**
 * The session token of an /auth request: a Bearer session token, else the session cookie. Throws a
 * 401 UNAUTHENTICATED SignInError, with /graphql's message, for an Authorization header that holds no
 * token (`Bearer`, `Bearer null`, `Bearer undefined`: a failed token step) or is malformed.
 */
function sessionTokenOf(auth: ServerAuth, req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (header !== undefined && header !== '') {
    let bearer: string | undefined;
    try {
      bearer = bearerOf(header);
    } catch (error) {
      throw new SignInError(401, 'UNAUTHENTICATED', (error as Error).message);
    }
    return bearer !== undefined && isSessionToken(bearer) ? bearer : undefined;
  }
  return auth.sessionTokenOf({ cookie: req.headers.cookie }, undefined);
}

/**
 * `GET /auth/session`: the signed-in user, scopes and end of the session the request names; 401
 * UNAUTHENTICATED without one (an ended one's cookie cleared). With `?optional=true` (or a bare
 * `?optional`, `1`, `yes`, `on`; booleanParam, whose refusal is 400 BAD_REQUEST), a request
 * without a live session is answered 200 `{"user": null}` instead: a page that only shows who is
 * signed in (GraphiQL's welcome, src/server/graphiql-welcome.ts) asks on every load, and a browser
 * writes each 401 in its console as an error. A malformed Authorization header is 401 either way. A
 * session store that fails is 503 SESSION_STORE_UNAVAILABLE either way (never `{"user": null}`: the
 * user may still be signed in); with `optional`, also one that does not answer within
 * PAGE_SESSION_READ_MS (session-read.ts), so the page is told soon.
 */
async function session(auth: ServerAuth, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const optional = booleanParam(url, 'optional');
  const token = sessionTokenOf(auth, req);
  if (token === undefined) {
    if (!wantsJson(req)) return notSignedInPage(auth, res, optional ? 200 : 401, 'No session was sent.');
    if (optional) return json(res, 200, { user: null });
    throw new SignInError(401, 'UNAUTHENTICATED', 'Not signed in');
  }
  try {
    // A page asking who is signed in must hear of a hung store soon (session-read.ts).
    const active = await (optional ? lookupWithin(auth.sessions, token) : auth.sessions.lookup(token));
    json(res, 200, {
      user: { id: active.userId, displayName: active.displayName },
      scopes: [...active.token.scopes],
      expiresAt: new Date(active.expiresAt).toISOString(),
    });
  } catch (error) {
    if (error instanceof SessionEnded) {
      // A dead session cookie is cleared so the browser stops sending it.
      if (req.headers.authorization === undefined) {
        res.setHeader('set-cookie', auth.cookies.serialize(auth.cookies.session, '', 0));
      }
      if (!wantsJson(req)) return notSignedInPage(auth, res, optional ? 200 : 401, error.message);
      if (optional) return json(res, 200, { user: null });
      throw new SignInError(401, 'UNAUTHENTICATED', error.message);
    }
    if (error instanceof RedisUnavailable) throw new StoreOutageError();
    throw error;
  }
}

/**
 * Ends every session the request names: the Bearer session token and the session cookie (a request
 * may carry both, e.g. a stale header beside a live cookie). The cookie is cleared only when its own
 * session was ended or is unknown, so a logout never leaves a live session behind a cleared cookie.
 * Answers 204 when a session ended, else 401 with `{"error": {"code": "UNAUTHENTICATED", ...}}` as the
 * other /auth refusals.
 */
async function logout(auth: ServerAuth, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const bearer = sessionTokenOf(auth, req);
  const cookie = auth.sessionTokenOf({ cookie: req.headers.cookie }, undefined);
  let ended = bearer === undefined ? false : await endSession(auth, bearer);
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (cookie !== undefined) {
    if (cookie !== bearer) ended = (await endSession(auth, cookie)) || ended;
    headers['set-cookie'] = auth.cookies.serialize(auth.cookies.session, '', 0);
  }
  if (ended) {
    res.writeHead(204, headers);
    res.end();
    return;
  }
  // Refused as every other /auth route refuses: a JSON error a frontend handles one way.
  const text = JSON.stringify({
    error: { code: 'UNAUTHENTICATED', message: 'No session to end: not signed in, or already signed out' },
  });
  res.writeHead(401, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/**
 * Ends the session of `token` (true when there was one). The store down or silent is a 503
 * SESSION_STORE_UNAVAILABLE SignOutError saying the session was not ended: the user is still signed
 * in (the cookie is kept, so that no live session hides behind a cleared cookie) and should sign out
 * again once the store answers.
 */
async function endSession(auth: ServerAuth, token: string): Promise<boolean> {
  try {
    return await auth.sessions.end(token);
  } catch (error) {
    if (!(error instanceof RedisUnavailable)) throw error;
    throw new SignOutError(
      503,
      'SESSION_STORE_UNAVAILABLE',
      'The session store is unavailable, so the session was not ended (you are still signed in): sign out again shortly',
    );
  }
}

/**
 * Whether the client prefers JSON to an HTML page: JSON unless its Accept prefers HTML (prefersHtml:
 * q values, then its order; JSON when it names neither, or both equally through a wildcard (`*\/*`,
 * no header)), so a browser (text/html first) gets a page and an API client JSON.
 */
function wantsJson(req: IncomingMessage): boolean {
  return !prefersHtml(req.headers.accept, ['application/json']);
}

/**
 * `/auth/session` for a browser without a live session (its Accept prefers HTML; JSON clients keep
 * `{"user": null}` or the 401 JSON): a small page saying "Not signed in", why (`reason`), and a link to
 * sign in, with `status` (200 for `?optional`, else 401).
 */
function notSignedInPage(auth: ServerAuth, res: ServerResponse, status: number, reason: string): void {
  htmlPage(
    res,
    status,
    'Not signed in',
    `<h1>Not signed in</h1><p>${escapeHtml(reason)}</p>
<p><a href="${escapeHtml(auth.loginUrl)}">Sign in</a> to ask for your own data (me, your library, playlists, player).</p>`,
  );
}

/** Answers a short HTML page: no script, nothing loaded, not stored, not framed. */
function htmlPage(res: ServerResponse, status: number, title: string, body: string): void {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}</style></head>
<body>${body}</body></html>`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(page),
    'cache-control': 'no-store',
    // The page runs no script and loads nothing; no other site may frame it.
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(page);
}

/**
 * Answers a refused /auth request: JSON `{"error": {code, message, retryAfter?, loginUrl}}` or a short
 * HTML page with a "Sign in again" link; a SignOutError or StoreOutageError has neither the `loginUrl`
 * nor the link (the user is still signed in).
 */
function fail(auth: ServerAuth, req: IncomingMessage, res: ServerResponse, error: SignInError): void {
  const signOut = error instanceof SignOutError;
  // A bad request is fixed by the request, not by signing in.
  const loginUrl =
    signOut || error instanceof StoreOutageError || error.code === 'BAD_REQUEST' ? undefined : auth.loginUrl;
  const retryAfter = error.retryAfter;
  if (retryAfter !== undefined) res.setHeader('retry-after', String(retryAfter));
  if (wantsJson(req)) {
    const { code, message } = error;
    json(res, error.status, {
      error: {
        code,
        message,
        ...(retryAfter === undefined ? {} : { retryAfter }),
        ...(loginUrl ? { loginUrl } : {}),
      },
    });
    return;
  }
  const what = signOut ? 'Sign-out' : 'Sign-in';
  htmlPage(
    res,
    error.status,
    `${what}: ${error.code}`,
    `<h1>${what} did not complete</h1><p>${escapeHtml(error.message)}</p><p><code>${escapeHtml(error.code)}</code></p>
${loginUrl === undefined ? '' : `<p><a href="${escapeHtml(loginUrl)}">Sign in again</a></p>`}`,
  );
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}
