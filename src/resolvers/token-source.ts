import type { SpotifyAuthorisationToken } from '../spotify/token.js';

/**
 * Where one subscriber's Spotify token comes from, for as long as its subscription lives. A query uses
 * its request's token once; a subscription may outlive that token, so the player pollers ask the source
 * before every poll and tell it when the client renewed the token during a call.
 *
 * Today's source is the bearer access token of the request (`bearerTokenSource`); a session-backed
 * source (sign-in through the server) answers the session's current token and renews it itself.
 */
export interface TokenSource {
  /** The user's Spotify id, when the source knows it without asking Spotify (a session does). */
  readonly userId?: string | undefined;
  /**
   * The server session behind the source (its id: the SHA-256 hex of the session token, never the
   * token), when there is one: the pollers end its streams at once when the session ends, and read a
   * session shared by several streams once per poll.
   */
  readonly sessionId?: string | undefined;
  /**
   * The token for the next call. Throws (e.g. an UNAUTHENTICATED GraphQLError) when the sign-in is lost.
   * `read`: a reading of the same session another source of it made for this poll (see `read`), used in
   * place of a reading of its own.
   */
  token(read?: Promise<SpotifyAuthorisationToken>): Promise<SpotifyAuthorisationToken>;
  /** A session source's reading of its session (a store read), for `token(read)` of its session's sources. */
  read?(): Promise<SpotifyAuthorisationToken>;
  /** The client renewed the token during a call (its `tokenRenew` hook): later calls use `fresh`. */
  renewed(fresh: SpotifyAuthorisationToken): void;
  /**
   * Spotify refused `token` as expired: a renewed one, when the source can renew (a session), else
   * undefined (the sign-in is lost).
   */
  renewRejected?(token: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> | undefined;
}

/** A source over one access token, following the renewals the client makes with its `tokenRenew` hook. */
export function bearerTokenSource(initial: SpotifyAuthorisationToken): TokenSource {
  return new BearerTokenSource(initial);
}

/** A class rather than closures: every idle subscription holds one. */
class BearerTokenSource implements TokenSource {
  constructor(private current: SpotifyAuthorisationToken) {}

  token(): Promise<SpotifyAuthorisationToken> {
    return Promise.resolve(this.current);
  }

  renewed(fresh: SpotifyAuthorisationToken): void {
    this.current = fresh;
  }
}

/**
 * Whether `error` says the session store (Redis) did not answer, rather than that the sign-in is lost:
 * the store's RedisUnavailable, or the SESSION_STORE_UNAVAILABLE error the context makes of it.
 */
export function isSessionStoreOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'RedisUnavailable') return true;
  return (error as { extensions?: { code?: unknown } }).extensions?.code === 'SESSION_STORE_UNAVAILABLE';
}

/**
 * A source over a server session: every poll asks the session for its current token (renewed before it
 * expires, shared with the session's other requests), and a token Spotify refused as expired is
 * renewed through the session. `current` throws UNAUTHENTICATED once the session has ended.
 *
 * While the session store does not answer (Redis down or hung), the source answers the last token the
 * session gave it, held in memory, as long as that token has not expired: a running subscription goes
 * on through a store outage instead of failing (a logout meanwhile takes effect once the store answers
 * again). With no such token the store's error passes through (isSessionStoreOutage tells it apart).
 */
export function sessionTokenSource(
  current: () => Promise<SpotifyAuthorisationToken>,
  renewRejected: (token: SpotifyAuthorisationToken) => Promise<SpotifyAuthorisationToken> | undefined,
  sessionId?: string,
): TokenSource {
  return new SessionTokenSource(current, renewRejected, sessionId);
}

/**
 * A class rather than closures (every idle subscription holds one). It holds the last token the session
 * gave, and keeps using it while the session store does not answer, until it expires.
 */
class SessionTokenSource implements TokenSource {
  private held: SpotifyAuthorisationToken | undefined;

  constructor(
    private readonly current: () => Promise<SpotifyAuthorisationToken>,
    readonly renewRejected: (
      token: SpotifyAuthorisationToken,
    ) => Promise<SpotifyAuthorisationToken> | undefined,
    readonly sessionId?: string,
  ) {}

  read(): Promise<SpotifyAuthorisationToken> {
    return this.current();
  }

  async token(read?: Promise<SpotifyAuthorisationToken>): Promise<SpotifyAuthorisationToken> {
    try {
      this.held = await (read ?? this.current());
      return this.held;
    } catch (error) {
      if (this.held !== undefined && !this.held.isExpired() && isSessionStoreOutage(error)) return this.held;
      this.held = undefined;
      throw error;
    }
  }

  // The session keeps its own renewals; the renewed token is the one to hold meanwhile.
  renewed(fresh: SpotifyAuthorisationToken): void {
    this.held = fresh;
  }
}
