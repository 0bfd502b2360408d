/**
 * Why a browser's request from another page came without the session cookie, told in its
 * UNAUTHENTICATED errors: a frontend on another site (Vite's http://localhost:5173 against a server on
 * 127.0.0.1) signs in, comes back, and its fetches are anonymous with nothing in the browser's console
 * to say why (the SameSite=Lax cookie is simply not sent).
 */
import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { parseCookies } from '../auth/cookies.js';
import { isSameSite } from '../auth/same-site.js';
import { reissue } from '../resolvers/errors.js';
import { ownOriginOf } from './cors.js';

/** What the hint is worked out from; functions, as the public origin is known only once listening. */
export interface CookieHintParts {
  /** The origin the session cookie is set for: where sign-in comes back (SPOTIFY_REDIRECT_URI's). */
  cookieOrigin(): string;
  /** The session cookie's name (`sg_session`, `__Host-sg_session` behind https). */
  sessionCookie(): string;
  /** ALLOWED_ORIGINS. */
  readonly allowedOrigins: readonly string[];
}

/** The longest part of a request's Origin header a hint repeats. */
const MAX_ORIGIN_CHARS = 100;

/**
 * Why `request` (a browser's, from another page) carries no session cookie, and what to do; undefined
 * when it carries a credential (the session cookie or an Authorization header) or comes from no other
 * page: no Origin and no `Sec-Fetch-Site: cross-site | same-site` (curl, a script, a same-origin GET),
 * or the server's own origin. Never repeats a cookie or a token; the Origin is cut to 100 characters.
 */
export function missingCookieHint(request: Request, parts: CookieHintParts): string | undefined {
  const { headers } = request;
  if (headers.has('authorization') || parseCookies(headers.get('cookie')).has(parts.sessionCookie())) {
    return undefined;
  }
  const origin = headers.get('origin')?.slice(0, MAX_ORIGIN_CHARS);
  const fetchSite = (headers.get('sec-fetch-site') ?? '').toLowerCase();
  const cookieOrigin = parts.cookieOrigin();
  const requestOrigin = ownOriginOf(request.url) ?? cookieOrigin;
  const page = origin === undefined ? 'a page of another origin' : origin;
  const crossSite =
    fetchSite === 'cross-site' ||
    (fetchSite === '' && origin !== undefined && (origin === 'null' || !isSameSite(origin, cookieOrigin)));
  const otherOrigin =
    fetchSite === 'same-site' ||
    (origin !== undefined && origin !== requestOrigin && origin !== cookieOrigin);
  const otherHost =
    (origin !== undefined || fetchSite !== '') && hostOf(requestOrigin) !== hostOf(cookieOrigin);
  // The server's own page (GraphiQL) opened under another name than the one sign-in comes back to
  // (localhost:4000 after signing in at 127.0.0.1:4000): the fix is to open that host, not frontend advice.
  const ownPage =
    otherHost && (origin === undefined ? fetchSite === 'same-origin' : origin === requestOrigin);
  if (ownPage) {
    return (
      `This page is this server at ${requestOrigin}, but sign-in comes back to ${cookieOrigin} ` +
      '(SPOTIFY_REDIRECT_URI) and the session cookie belongs to that host: a browser sends a cookie only to ' +
      `the host that set it. Open ${cookieOrigin}/graphql instead (signed in there already if you signed in ` +
      'before); or send Authorization: Bearer <session token> (README: Calling from a frontend).'
    );
  }
  const allowed = origin !== undefined && parts.allowedOrigins.includes(origin);
  const why = crossSite
    ? `This request comes from ${page}, another site than the one this server's session cookie belongs to (${cookieOrigin}): ` +
      "browsers do not send the server's SameSite=Lax session cookie (a setting it does not change) with " +
      "another site's requests, so it is anonymous."
    : otherOrigin
      ? // The server cannot see a fetch's credentials mode: the common case (nobody signed in yet) first.
        `This request comes from ${page}, another origin of this server's site, without a session cookie. ` +
        `If this browser has not signed in yet, sign in first (extensions.loginUrl, with returnTo back to the page). ` +
        "Otherwise: browsers send the session cookie only when the page asks for it (fetch's credentials: " +
        "'include', XMLHttpRequest's withCredentials), and let the page read the answer only when its " +
        `origin is in ALLOWED_ORIGINS (${allowed ? 'it is' : 'it is not'}).`
      : undefined;
  const where = otherHost
    ? `The session cookie belongs to ${cookieOrigin} (where sign-in comes back, SPOTIFY_REDIRECT_URI) and ` +
      `this request went to ${requestOrigin}: a browser sends a cookie only to the host that set it.`
    : undefined;
  if (why === undefined && where === undefined) return undefined;
  const fix =
    crossSite || otherHost
      ? `Serve the page on the server's site and call ${cookieOrigin} (e.g. http://127.0.0.1:5173 rather ` +
        'than http://localhost:5173 for a server on 127.0.0.1; in production app.example.com beside ' +
        "api.example.com), with its origin in ALLOWED_ORIGINS and credentials: 'include'"
      : allowed
        ? "If signed in: check that the fetch has credentials: 'include'"
        : "If signed in: fetch with credentials: 'include' from an origin listed in ALLOWED_ORIGINS";
  return [
    why,
    where,
    `${fix}; or send Authorization: Bearer <session token> (README: Calling from a frontend).`,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** An UNAUTHENTICATED error with the hint: in `extensions.cookieHint`, and named by its message. */
function withHint(error: GraphQLError, hint: string): GraphQLError {
  if (error.extensions?.code !== 'UNAUTHENTICATED' || error.extensions.cookieHint !== undefined) return error;
  return reissue(error, {
    message: `${error.message} (no session cookie came with this request: see extensions.cookieHint)`,
    extensions: { ...error.extensions, cookieHint: hint },
  });
}

/** The errors of an answer, each UNAUTHENTICATED one with the hint. */
function hinted<R extends { errors?: readonly GraphQLError[] | undefined }>(result: R, hint: string): R {
  if (!result.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) return result;
  return { ...result, errors: result.errors.map((error) => withHint(error, hint)) };
}

/**
 * Every UNAUTHENTICATED error of an operation (HTTP, SSE or graphql-ws, whose upgrade request's
 * headers are the context's `request`) that came from another page without the session cookie says
 * why and what to do (missingCookieHint): `extensions.cookieHint`, and a short note in its message.
 */
export function useMissingCookieHint(parts: CookieHintParts): Plugin {
  const hintFor = (contextValue: unknown): string | undefined => {
    const request = (contextValue as { request?: Request }).request;
    return request === undefined ? undefined : missingCookieHint(request, parts);
  };
  const onNext =
    (hint: () => string | undefined) =>
    (payload: {
      result: { errors?: readonly GraphQLError[] | undefined };
      setResult: (result: never) => void;
    }): void => {
      const { errors } = payload.result;
      if (
        !errors?.some(
          (error) => error instanceof GraphQLError && error.extensions?.code === 'UNAUTHENTICATED',
        )
      ) {
        return;
      }
      const text = hint();
      if (text !== undefined) payload.setResult(hinted(payload.result, text) as never);
    };
  return {
    // Worked out only for an answer with an UNAUTHENTICATED error.
    onExecute: ({ args }) => ({
      onExecuteDone: (payload) =>
        handleStreamOrSingleExecutionResult(
          payload,
          onNext(() => hintFor(args.contextValue)),
        ),
    }),
    // Worked out at once, so that a subscription that could get no hint (one with a credential, or
    // curl's) keeps its event stream unwrapped: an idle subscription's memory is counted in KB.
    onSubscribe: ({ args }) => {
      const hint = hintFor(args.contextValue);
      if (hint === undefined) return;
      return {
        onSubscribeResult: (payload) =>
          handleStreamOrSingleExecutionResult(
            payload,
            onNext(() => hint),
          ),
      };
    },
  };
}
