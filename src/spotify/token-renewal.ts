/**
 * The held token and its renewal: the hook types, the ready-made hook, and the single-flight renewal
 * that every call of a client shares.
 */
import type { SpotifyApiClient } from './client.js';
import { SpotifyError, TokenExpired } from './errors.js';
import { ClientCredentialsFlow } from './flows.js';
import { SpotifyAuthorisationToken } from './token.js';

/**
 * `authToken` as given when it is a SpotifyAuthorisationToken (or undefined). SpotifyError (USAGE_ERROR)
 * for anything else, such as the bare access-token string plain JavaScript can pass, which would
 * otherwise fail deep inside as a TypeError.
 */
export function checkedAuthToken(value: unknown): SpotifyAuthorisationToken | undefined {
  if (value === undefined || value instanceof SpotifyAuthorisationToken) return value;
  throw new SpotifyError(
    `authToken must be a SpotifyAuthorisationToken, not a ${typeof value === 'string' ? 'string' : typeof value}: ` +
      'wrap an access token as new SpotifyAuthorisationToken({ accessToken }), or a stored one with SpotifyAuthorisationToken.fromStored(stored)',
  );
}

/** A renewal hook as an object: `call(client)` returns a fresh token (the expired one comes second). */
export interface TokenRenewHook {
  call(client: SpotifyApiClient, expired?: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken>;
}
export type TokenRenewFunction = (
  client: SpotifyApiClient,
  expired?: SpotifyAuthorisationToken,
) => Promise<SpotifyAuthorisationToken>;
export type TokenRenew = TokenRenewHook | TokenRenewFunction;

/**
 * Told how Spotify's Web API treats the client-credentials tokens a client obtained (its app tokens):
 * `accepted` for every 2xx and every 4xx but 401 and 429 (a 5xx or a 429 says nothing of the token), `refused` when it refused one again right after the
 * client renewed it (the call then throws AppTokenRefused). A server uses it to tell whether its app
 * token works (readiness, back-off); both are called on the request path, so they must be cheap.
 */
export interface AppTokenObserver {
  accepted(token: SpotifyAuthorisationToken): void;
  refused(token: SpotifyAuthorisationToken): void;
}

/**
 * The ready-made renewal hook: refreshes the expired token (or the held one) through the accounts
 * service; a client-credentials token, which has no refresh token, is replaced by a new one.
 */
export class TokenRenewClass implements TokenRenewHook {
  async call(
    client: SpotifyApiClient,
    expired?: SpotifyAuthorisationToken,
  ): Promise<SpotifyAuthorisationToken> {
    const token = expired ?? client.authToken;
    if (token?.refreshToken === undefined && client.flow instanceof ClientCredentialsFlow) {
      return client.getAuthTokenWithClientCredentials();
    }
    return client.refreshToken(token);
  }
}

/**
 * The token a client holds, the client-credentials tokens it obtained, and their renewal: one renewal
 * per expired token however many calls ask at once, remembered so that late callers get the fresh one.
 */
export class TokenHolder {
  /** The held token (follows every renewal), if any. */
  held: SpotifyAuthorisationToken | undefined;
  private readonly renewals = new Map<string, Promise<SpotifyAuthorisationToken>>();
  /** Client-credentials tokens this client obtained: the only ones renewed after a plain 401. */
  private readonly appTokens = new WeakSet<SpotifyAuthorisationToken>();
  private lastRenewal: { from: string; to: SpotifyAuthorisationToken } | undefined;

  /** `renewMargin`: renew this many SECONDS before expiry when a hook is set. */
  constructor(
    private readonly client: SpotifyApiClient,
    readonly hook: TokenRenew | undefined,
    private readonly renewMargin: number,
    held: SpotifyAuthorisationToken | undefined,
    readonly observer?: AppTokenObserver,
  ) {
    this.held = held;
  }

  /** Whether `token` is a client-credentials token this client obtained. */
  isAppToken(token: SpotifyAuthorisationToken): boolean {
    return this.appTokens.has(token);
  }

  /** Marks `token` as a client-credentials token this client obtained. */
  addAppToken(token: SpotifyAuthorisationToken): void {
    this.appTokens.add(token);
  }

  /** Whether a plain 401 for `token` is worth one renewal (an app token of ours, and a hook to renew). */
  renewsAfterRefusal(token: SpotifyAuthorisationToken): boolean {
    return this.hook !== undefined && this.appTokens.has(token);
  }

  /**
   * The token to call with when it needs no renewal: `explicit`, else the held one, when it is not
   * expired and (with a hook) does not expire within the margin; undefined otherwise (then `tokenFor`).
   */
  usable(explicit: SpotifyAuthorisationToken | undefined): SpotifyAuthorisationToken | undefined {
    const token = checkedAuthToken(explicit) ?? this.held;
    if (token === undefined) return undefined;
    const now = Date.now();
    if (token.isExpired(now) || (this.hook !== undefined && token.renewsEarly(this.renewMargin, now)))
      return undefined;
    return token;
  }

  /**
   * The token to call with: `explicit`, else the held one; renewed first when expired (TokenExpired
   * without a hook), or when it expires within the margin (then a failed renewal keeps the current
   * one). SpotifyError when there is no token at all.
   */
  async tokenFor(explicit: SpotifyAuthorisationToken | undefined): Promise<SpotifyAuthorisationToken> {
    const token = checkedAuthToken(explicit) ?? this.held;
    if (!token) {
      throw new SpotifyError('No token: pass authToken or hold authentication (holdAuthentication: true)');
    }
    if (token.isExpired()) return this.renew(token);
    if (this.hook && token.renewsEarly(this.renewMargin)) {
      // Renewing ahead of expiry is a courtesy: if it fails, the current token still works for now.
      return this.renew(token).catch(() => token);
    }
    return token;
  }

  /** Renews an expired token once however many calls ask at the same time; the held token follows. */
  renew(expired: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> {
    const last = this.lastRenewal;
    if (last && last.from === expired.accessToken && !last.to.isExpired()) return Promise.resolve(last.to);
    const pending = this.renewals.get(expired.accessToken);
    if (pending) return pending;
    const hook = this.hook;
    if (!hook) return Promise.reject(new TokenExpired());
    const renewal = (async () => {
      const fresh =
        typeof hook === 'function' ? await hook(this.client, expired) : await hook.call(this.client, expired);
      if (!(fresh instanceof SpotifyAuthorisationToken)) {
        throw new SpotifyError('The tokenRenew hook must return a SpotifyAuthorisationToken');
      }
      if (this.held === undefined || this.held.accessToken === expired.accessToken) this.held = fresh;
      this.lastRenewal = { from: expired.accessToken, to: fresh };
      return fresh;
    })().finally(() => this.renewals.delete(expired.accessToken));
    this.renewals.set(expired.accessToken, renewal);
    return renewal;
  }
}
