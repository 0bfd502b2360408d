/**
 * A request's credentials and the user token they give: the Authorization header's bearer, the
 * session behind it (or behind the cookie), and the UNAUTHENTICATED errors when they cannot be used.
 */
import { GraphQLError } from 'graphql';
import { SpotifyAuthorisationToken } from '../spotify/token.js';
import type { ContextDeps } from './context.js';

/**
 * The credentials a request carries, wherever it came from: an HTTP request's headers, a WebSocket
 * upgrade request's headers, or graphql-ws `connectionParams.authorization`.
 */
export interface RequestCredentials {
  /** `Bearer <session token>` or `Bearer <Spotify access token>`. */
  authorization?: string | null | undefined;
  /** The Cookie header (the session cookie). */
  cookie?: string | null | undefined;
}

/**
 * The user a request acts for: the Spotify token its calls carry, and the user's Spotify id when the
 * server knows it without asking Spotify (a session's, learnt at sign-in); a bare Spotify access token
 * has none (only `GET /me` tells whose it is).
 */
export interface RequestUser {
  readonly token: SpotifyAuthorisationToken;
  readonly userId?: string | undefined;
}

/**
 * How the context turns a server session into the user's Spotify token (implemented by src/auth's
 * ServerAuth; declared here so that resolvers import nothing from the server side).
 */
export interface SessionResolver {
  /**
   * The user's Spotify token (renewed when it is about to expire) and Spotify id for the session the
   * request carries, undefined when it carries none. Throws SessionEnded-like errors (`name`
   * 'SessionEnded') or the client's ReauthenticationRequired when the session cannot be used.
   */
  sessionUser(credentials: RequestCredentials, bearer: string | undefined): Promise<RequestUser | undefined>;
  /**
   * A renewed token after Spotify refused `token` (401: expired, invalid or revoked), if it belongs to a
   * session. Rejects with ReauthenticationRequired after ending the session when renewal is refused.
   */
  renewRejected(token: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> | undefined;
  /** The id (SHA-256 hex, not the token) of the session the request carries, if any; no store read. */
  sessionIdOf?(credentials: RequestCredentials, bearer: string | undefined): string | undefined;
}

/** UNAUTHENTICATED (HTTP 401); the server adds `extensions.loginUrl` to every such error. */
export const unauthenticated = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * The refusal of `field`, which needs a signed-in user, for a request without one: UNAUTHENTICATED with
 * the session's own error when the request carried a session that could not be used, else a request
 * to sign in first (the scope-auth plugin's `unauthorizedError`, src/schema/builder.ts).
 */
export function signInRefusal(
  ctx: { readonly sessionError?: Error | undefined },
  field: string,
): GraphQLError {
  return ctx.sessionError !== undefined
    ? unauthenticated(`${field}: ${ctx.sessionError.message}`)
    : unauthenticated(`${field} needs a signed-in user: sign in first`);
}

/** UNAUTHENTICATED for a session the request carried that cannot be used (unknown, ended, refused). */
export class SessionUnusable extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    this.name = 'SessionUnusable';
  }
}

/** The longest Authorization value accepted (characters); Spotify's access tokens are a few hundred. */
export const MAX_AUTHORIZATION_CHARS = 2048;

/**
 * The bearer token of an Authorization header (or a graphql-ws connection param), if any. Throws
 * UNAUTHENTICATED for a malformed header, one over MAX_AUTHORIZATION_CHARS, and one that holds no
 * token (`Bearer` alone, `Bearer null`, `Bearer undefined`: a failed token step), before any call.
 */
export function bearerOf(header: string | null | undefined): string | undefined {
  if (header === null || header === undefined || header === '') return undefined;
  // Checked before any use: a huge credential is refused here, not forwarded to Spotify (431).
  if (header.length > MAX_AUTHORIZATION_CHARS) {
    throw unauthenticated(
      `The Authorization header is longer than ${MAX_AUTHORIZATION_CHARS} characters: no session or Spotify token is that long`,
    );
  }
  const trimmed = header.trim();
  if (/^Bearer$/i.test(trimmed)) throw noToken('nothing after "Bearer"');
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(trimmed);
  if (!match) {
    throw unauthenticated(
      'The Authorization header must be "Bearer <session token>" or "Bearer <Spotify access token>"',
    );
  }
  const bearer = match[1]!;
  if (NO_TOKEN_WORDS.has(bearer.toLowerCase())) throw noToken(`the literal "${bearer}"`);
  return bearer;
}

/**
 * What a missing value prints as where a token was meant to go: `jq -r .access_token` of an error
 * answer (`null`), JavaScript's `${undefined}`/`${null}`, Python's `None`, Go's and Ruby's `nil`. No
 * session token (`sgs_...`) or Spotify access token is one of these words.
 */
const NO_TOKEN_WORDS = new Set(['null', 'undefined', 'none', 'nil']);

/** UNAUTHENTICATED for an Authorization header holding no token at all (`what` says what it holds). */
function noToken(what: string): GraphQLError {
  return unauthenticated(
    `The Authorization header holds no token (${what}): the command or code that should have put a session token or Spotify access token there got none; sign in, or mint a token, and send "Bearer <token>"`,
  );
}

/**
 * The user a request acts for: its session's token and user id (cookie or `Bearer sgs_...`), a Spotify
 * access token from the Authorization header (as is, no user id), or undefined for none (the app token
 * then). A session that cannot be used is UNAUTHENTICATED; renewal failures other than invalid_grant
 * pass through.
 */
export async function requestUserOf(
  deps: ContextDeps,
  credentials: RequestCredentials,
): Promise<RequestUser | undefined> {
  const bearer = bearerOf(credentials.authorization);
  try {
    const fromSession = await deps.sessions?.sessionUser(credentials, bearer);
    if (fromSession) return fromSession;
  } catch (error) {
    if (
      error instanceof Error &&
      (error.name === 'SessionEnded' || error.name === 'ReauthenticationRequired')
    ) {
      throw new SessionUnusable(
        error.name === 'SessionEnded'
          ? error.message
          : 'The Spotify sign-in is no longer valid: sign in again',
      );
    }
    throw sessionStoreAnswer(error);
  }
  if (bearer === undefined || bearer.startsWith('sgs_')) {
    if (bearer !== undefined) throw new SessionUnusable('The session is unknown or has ended: sign in again');
    return undefined;
  }
  return { token: new SpotifyAuthorisationToken({ accessToken: bearer }) };
}

/**
 * The error a request with a session gets for `error`: the shared session store (Redis) not answering
 * (RedisUnavailable, during a look-up or anywhere in a renewal: lock, read, compare-and-set) becomes
 * SESSION_STORE_UNAVAILABLE (HTTP 503): the session is not ended, just unreadable now. Anything else
 * is answered as it is.
 */
export function sessionStoreAnswer(error: unknown): unknown {
  if (!(error instanceof Error && error.name === 'RedisUnavailable')) return error;
  return new GraphQLError('The session store is unavailable: try again shortly (you are still signed in)', {
    extensions: { code: 'SESSION_STORE_UNAVAILABLE', http: { status: 503 } },
  });
}
