import type { Redis } from 'ioredis';
import type { SpotifyApiClient, TokenRenew } from '../spotify/client.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { type CookiePolicy, cookiePolicy, parseCookies } from './cookies.js';
import type { KeyRing } from './crypto.js';
import { LoginAttempts } from './login-attempts.js';
import { crossSiteReturnHint } from './same-site.js';
import { hashToken, isSessionToken } from './session-token.js';
import { SessionManager, type SessionManagerOptions } from './sessions.js';
import type { TokenStore } from './store.js';

/** Sign-in starts one client address may make per minute unless LOGIN_STARTS_PER_MINUTE says otherwise. */
export const DEFAULT_LOGIN_STARTS_PER_MINUTE = 30;

export interface ServerAuthOptions {
  client: SpotifyApiClient;
  store: TokenStore;
  keys: KeyRing;
  /** The callback URL registered with Spotify (exact match); its origin is the server's public URL. */
  redirectUri: string;
  /** Scopes asked at sign-in. */
  scopes: readonly string[];
  /** Origins (ALLOWED_ORIGINS) a `returnTo` may lead to besides this server's own. */
  allowedOrigins: readonly string[];
  /**
   * Whether the server serves GraphiQL (GRAPHIQL): a sign-in without `returnTo` returns there; with
   * GraphiQL off, to `/auth/session` (the signed-in user, as JSON) rather than to GRAPHIQL_DISABLED.
   * Default true.
   */
  graphiql?: boolean;
  /** createServer's `tokenRenew`: how a session's token is renewed (default: refresh_token grant). */
  tokenRenew?: TokenRenew | undefined;
  /** Session lifetime in ms (default 30 days). */
  sessionTtlMs?: number;
  warn?: (message: string) => void;
  /** Where sign-ins and sign-outs are told (SessionManagerOptions.info). */
  info?: SessionManagerOptions['info'];
  /** Sign-in starts one client address may make per minute (LOGIN_STARTS_PER_MINUTE; default DEFAULT_LOGIN_STARTS_PER_MINUTE). */
  loginStartsPerMinute?: number;
  /** The Redis several instances share: limits on sign-in starts count across them. */
  redis?: Redis | undefined;
  /** The prefix of this deployment's Redis keys (src/redis/scope.ts; default `sg:`). */
  redisPrefix?: string;
}

/** A session's user: the Spotify token its calls carry and the user's Spotify id from sign-in. */
export interface SessionUser {
  readonly token: SpotifyAuthorisationToken;
  readonly userId: string;
}

/** The credentials a request carries, as headers (HTTP request, WebSocket upgrade, connection params). */
export interface RequestCredentials {
  authorization?: string | null | undefined;
  cookie?: string | null | undefined;
}

/**
 * The server's sign-in: sessions, login attempts and the settings the /auth routes and the GraphQL
 * context share. `redirectUri` can change after start (the sandbox learns its port only then).
 */
export class ServerAuth {
  readonly sessions: SessionManager;
  readonly logins: LoginAttempts;
  readonly client: SpotifyApiClient;
  readonly scopes: readonly string[];
  readonly allowedOrigins: readonly string[];
  /** Where the callback sends the browser when the login named no `returnTo` (see `graphiql`). */
  readonly defaultReturnTo: string;
  /** The Redis several instances share, if any (per-address sign-in limits count there). */
  readonly redis: Redis | undefined;
  /** Sign-in starts one client address may make per minute (LOGIN_STARTS_PER_MINUTE). */
  readonly loginStartsPerMinute: number;
  /** The prefix of this deployment's Redis keys (src/redis/scope.ts). */
  readonly redisPrefix: string;
  /** Reports problems (refused records, unexpected failures); messages carry no secrets. */
  readonly warn: (message: string) => void;
  private redirect: string;
  private policy: CookiePolicy;
  /** Origins whose cross-site sign-in has been warned about (once each). */
  private readonly crossSiteWarned = new Set<string>();

  constructor(options: ServerAuthOptions) {
    this.client = options.client;
    this.scopes = options.scopes;
    this.allowedOrigins = options.allowedOrigins;
    this.defaultReturnTo = options.graphiql === false ? '/auth/session' : '/graphql';
    this.redis = options.redis;
    this.loginStartsPerMinute = options.loginStartsPerMinute ?? DEFAULT_LOGIN_STARTS_PER_MINUTE;
    this.redisPrefix = options.redisPrefix ?? 'sg:';
    this.warn = options.warn ?? ((message) => process.stderr.write(`spotify-graphql: ${message}\n`));
    this.sessions = new SessionManager({
      store: options.store,
      keys: options.keys,
      client: options.client,
      tokenRenew: options.tokenRenew,
      ...(options.sessionTtlMs === undefined ? {} : { sessionTtlMs: options.sessionTtlMs }),
      warn: this.warn,
      ...(options.info === undefined ? {} : { info: options.info }),
    });
    this.logins = new LoginAttempts(this.sessions);
    this.redirect = options.redirectUri;
    this.policy = cookiePolicy(this.secure);
  }

  /** The callback URL sent to /authorize and to the token exchange. */
  get redirectUri(): string {
    return this.redirect;
  }

  set redirectUri(value: string) {
    this.redirect = value;
    this.policy = cookiePolicy(this.secure);
  }

  /** The server's public origin (the callback URL's). */
  get origin(): string {
    return new URL(this.redirect).origin;
  }

  /** Whether the public URL is https: cookies are then Secure with the `__Host-` prefix. */
  get secure(): boolean {
    return new URL(this.redirect).protocol === 'https:';
  }

  get cookies(): CookiePolicy {
    return this.policy;
  }

  /**
   * Warns once per origin when a sign-in's `returnTo` is on another site than the server (e.g. a Vite
   * page on http://localhost:5173 with the server on 127.0.0.1): its session cookie will not reach that
   * page's requests. Nothing for a path or a same-site URL.
   */
  hintCrossSiteReturn(returnTo: string): void {
    const hint = crossSiteReturnHint(returnTo, this.origin);
    if (hint === undefined) return;
    const origin = new URL(returnTo).origin;
    if (this.crossSiteWarned.has(origin)) return;
    this.crossSiteWarned.add(origin);
    this.warn(hint);
  }

  /** Where a user signs in (UNAUTHENTICATED errors carry it as `extensions.loginUrl`). */
  get loginUrl(): string {
    return `${this.origin}/auth/login`;
  }

  /**
   * The session token a request carries: `Authorization: Bearer sgs_...`, else the session cookie.
   * Undefined when there is none (a plain Spotify access token in the header is not a session).
   */
  sessionTokenOf(credentials: RequestCredentials, bearer: string | undefined): string | undefined {
    if (bearer !== undefined) return isSessionToken(bearer) ? bearer : undefined;
    const value = parseCookies(credentials.cookie).get(this.policy.session);
    return value !== undefined && isSessionToken(value) ? value : undefined;
  }

  /**
   * The user's Spotify token (renewed when about to expire) and Spotify id (from sign-in) for the
   * session a request carries, or undefined when it carries no session. Throws SessionEnded or
   * ReauthenticationRequired.
   */
  async sessionUser(
    credentials: RequestCredentials,
    bearer: string | undefined,
  ): Promise<SessionUser | undefined> {
    const sessionToken = this.sessionTokenOf(credentials, bearer);
    if (sessionToken === undefined) return undefined;
    const session = await this.sessions.lookup(sessionToken);
    return { token: await this.sessions.accessToken(session), userId: session.userId };
  }

  /**
   * The Spotify user id of the live session a request carries, or undefined when it carries none, or
   * one that is unknown, ended or unreadable now. For fair use: only a session the store knows earns a
   * rate-limit bucket of its own, and every session of one user shares that user's bucket.
   */
  async liveSessionUserIdOf(
    credentials: RequestCredentials,
    bearer: string | undefined,
  ): Promise<string | undefined> {
    const sessionToken = this.sessionTokenOf(credentials, bearer);
    if (sessionToken === undefined) return undefined;
    try {
      return (await this.sessions.lookup(sessionToken)).userId;
    } catch {
      return undefined;
    }
  }

  /** The id (SHA-256 hex, never the token) of the session a request carries, if any; no store read. */
  sessionIdOf(credentials: RequestCredentials, bearer: string | undefined): string | undefined {
    const sessionToken = this.sessionTokenOf(credentials, bearer);
    return sessionToken === undefined ? undefined : hashToken(sessionToken);
  }

  /** A renewed token after Spotify refused a session's token as expired (undefined if not a session's). */
  renewRejected(token: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> | undefined {
    return this.sessions.renewRejected(token);
  }

  async close(): Promise<void> {
    await this.sessions.store.close();
  }
}
