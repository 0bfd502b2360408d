import { inspect } from 'node:util';
import { SpotifyError } from './errors.js';

/** Everything a token store needs to save a token and restore it later (secrets included). */
export interface StoredToken {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds when Spotify issued the access token. */
  activationTime: number;
  /** Lifetime in seconds from `activationTime`. */
  expiresIn: number;
  scopes: string[];
  tokenType: string;
  /** The client id of the app the token was issued to, when known (see SpotifyAuthorisationToken.clientId). */
  clientId?: string;
}

export interface TokenInit {
  accessToken: string;
  refreshToken?: string | undefined;
  /** Epoch milliseconds when the access token was issued; defaults to now. */
  activationTime?: number;
  /** Lifetime in seconds; Spotify issues 3600. */
  expiresIn?: number;
  scopes?: readonly string[];
  tokenType?: string;
  /** The client id of the app Spotify issued the token to, when the code that obtained it knows. */
  clientId?: string | undefined;
}

/** Spotify's documented access-token lifetime (s): the accounts service answers `expires_in: 3600`. */
const SPOTIFY_LIFETIME_S = 3600;
/**
 * The lifetime (s) assumed of a token whose `expires_in` is no positive number (0, negative, not a
 * number): short, yet well above the renewal margins (60 s), so such a token is renewed about once per
 * 4 minutes, not before every request.
 */
const BAD_VALUE_LIFETIME_S = 300;
/** The shortest lifetime (s) believed: MIN_EARLY_RENEWAL_MS, the floor of one renewal a second. */
const MIN_LIFETIME_S = 1;
/** The longest lifetime (s) believed (an absurd `expires_in` is cut to one day; a 401 renews before). */
const MAX_LIFETIME_S = 86_400;

/**
 * The lifetime (s) to believe of an accounts-service answer's `expires_in`: Spotify documents 3600 (s;
 * "Request an access token" in the Web API reference), used when absent; a positive number or numeric
 * string is kept (at least MIN_LIFETIME_S, at most MAX_LIFETIME_S); anything else (0, negative, not a
 * number) is BAD_VALUE_LIFETIME_S, so a bad value cannot make every request ask for a new token. A
 * positive lifetime below MIN_LIFETIME_S (0.001, 1e-300) is believed to be MIN_LIFETIME_S: such a
 * token is used until that second has passed (or Spotify refuses it with 401, which renews it once),
 * so it is renewed at most once a second, as an early renewal is (renewsEarly). v13 re-attack, T1'.
 */
export function believedLifetime(expiresIn: unknown): number {
  if (expiresIn === undefined || expiresIn === null) return SPOTIFY_LIFETIME_S;
  const seconds =
    typeof expiresIn === 'number'
      ? expiresIn
      : typeof expiresIn === 'string' && expiresIn.trim() !== ''
        ? Number(expiresIn)
        : Number.NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return BAD_VALUE_LIFETIME_S;
  return Math.min(MAX_LIFETIME_S, Math.max(MIN_LIFETIME_S, seconds));
}

/**
 * How long (ms) a token is used at least before it is renewed ahead of its expiry (renewsEarly): a
 * lifetime Spotify gives shorter than the renewal margin costs at most one early renewal a second.
 */
export const MIN_EARLY_RENEWAL_MS = 1000;

/** An access token (and, for the code flow, its refresh token). Immutable: renewal makes a new one. */
export class SpotifyAuthorisationToken {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  readonly activationTime: number;
  readonly expiresIn: number;
  readonly scopes: readonly string[];
  readonly tokenType: string;
  /**
   * The client id of the app Spotify issued this token to, when known: the client sets it on every
   * token it obtains (and a stored token keeps it). Undefined for a token from elsewhere, such as a
   * bearer token a caller passed: what Spotify answers to it tells nothing certain about this app.
   */
  readonly clientId: string | undefined;

  constructor(init: TokenInit) {
    if (!init.accessToken) throw new SpotifyError('A token needs an accessToken');
    this.accessToken = init.accessToken;
    this.refreshToken = init.refreshToken || undefined;
    this.activationTime = init.activationTime ?? Date.now();
    this.expiresIn = init.expiresIn ?? 3600;
    this.scopes = Object.freeze([...(init.scopes ?? [])]);
    this.tokenType = init.tokenType ?? 'Bearer';
    this.clientId = init.clientId || undefined;
  }

  /** Epoch milliseconds when the access token stops working. */
  get expiresAt(): number {
    return this.activationTime + this.expiresIn * 1000;
  }

  isExpired(now: number = Date.now()): boolean {
    return now >= this.expiresAt;
  }

  /** True when the token expires within `marginSeconds` (or already has). */
  expiresSoon(marginSeconds = 60, now: number = Date.now()): boolean {
    return now + marginSeconds * 1000 >= this.expiresAt;
  }

  /**
   * True when a token that has not expired is due for a renewal ahead of its expiry: it expires within
   * `marginSeconds`, that margin cut to half the lifetime for a token living less than twice it (a
   * 30 s token is renewed after 15 s, not before every call), and it was issued at least `minAgeMs`
   * ago (default MIN_EARLY_RENEWAL_MS: at most one early renewal a second however short the lifetime).
   * False for an expired token (that one must be renewed, not early).
   */
  renewsEarly(marginSeconds = 60, now: number = Date.now(), minAgeMs = MIN_EARLY_RENEWAL_MS): boolean {
    if (this.isExpired(now)) return false;
    const marginMs = Math.min(marginSeconds * 1000, (this.expiresIn * 1000) / 2);
    return now + marginMs >= this.expiresAt && now - this.activationTime >= minAgeMs;
  }

  /**
   * A token built from the accounts service's answer; `previous` supplies what a refresh omits;
   * `clientId` is the app that asked for it. Its lifetime is believedLifetime(`expires_in`): Spotify's
   * 3600 s when absent, at least 1 s, at most a day, 300 s when 0, negative or not a number.
   */
  static fromTokenResponse(
    body: unknown,
    previous?: SpotifyAuthorisationToken,
    now: number = Date.now(),
    clientId: string | undefined = previous?.clientId,
  ): SpotifyAuthorisationToken {
    if (typeof body !== 'object' || body === null) {
      throw new SpotifyError('The accounts service answered without a token');
    }
    const record = body as Record<string, unknown>;
    const accessToken = record.access_token;
    if (typeof accessToken !== 'string' || accessToken === '') {
      throw new SpotifyError('The accounts service answered without an access token');
    }
    const refreshToken =
      typeof record.refresh_token === 'string' && record.refresh_token !== ''
        ? record.refresh_token
        : previous?.refreshToken;
    const scopes =
      typeof record.scope === 'string'
        ? record.scope.split(' ').filter((scope) => scope !== '')
        : [...(previous?.scopes ?? [])];
    return new SpotifyAuthorisationToken({
      accessToken,
      refreshToken,
      activationTime: now,
      expiresIn: believedLifetime(record.expires_in),
      scopes,
      tokenType: typeof record.token_type === 'string' ? record.token_type : 'Bearer',
      clientId,
    });
  }

  /** The full token, secrets included, for a token store. Deliberately not `toJSON`. */
  toStored(): StoredToken {
    return {
      accessToken: this.accessToken,
      ...(this.refreshToken === undefined ? {} : { refreshToken: this.refreshToken }),
      activationTime: this.activationTime,
      expiresIn: this.expiresIn,
      scopes: [...this.scopes],
      tokenType: this.tokenType,
      ...(this.clientId === undefined ? {} : { clientId: this.clientId }),
    };
  }

  static fromStored(stored: StoredToken): SpotifyAuthorisationToken {
    return new SpotifyAuthorisationToken(stored);
  }

  /** Redacted: a token that ends up in a log or a response must not leak its secrets. */
  toJSON(): Record<string, unknown> {
    return {
      accessToken: '[redacted]',
      refreshToken: this.refreshToken === undefined ? undefined : '[redacted]',
      activationTime: this.activationTime,
      expiresAt: this.expiresAt,
      scopes: [...this.scopes],
      tokenType: this.tokenType,
      ...(this.clientId === undefined ? {} : { clientId: this.clientId }),
    };
  }

  toString(): string {
    return `SpotifyAuthorisationToken(expiresAt=${new Date(this.expiresAt).toISOString()})`;
  }

  [inspect.custom](): string {
    return `SpotifyAuthorisationToken ${JSON.stringify(this.toJSON())}`;
  }
}
