import type { SpotifyApiClient } from '../spotify/client.js';
import { TokenExpired } from '../spotify/errors.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';

/**
 * The app's client-credentials token, shared by every request that comes without a user token.
 * Renewed a minute before expiry; concurrent requests share one renewal.
 */
export class AppTokenProvider {
  private token: SpotifyAuthorisationToken | undefined;
  /** The token before the current one: calls still in flight with it renew to the current one. */
  private previous: string | undefined;
  private pending: Promise<SpotifyAuthorisationToken> | undefined;

  constructor(
    private readonly client: SpotifyApiClient,
    private readonly marginSeconds = 60,
  ) {}

  async get(): Promise<SpotifyAuthorisationToken> {
    const current = this.token;
    if (current && !current.expiresSoon(this.marginSeconds)) return current;
    this.pending ??= this.client
      .getAuthTokenWithClientCredentials()
      .then((fresh) => {
        this.previous = this.token?.accessToken;
        this.token = fresh;
        return fresh;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /**
   * The client's renewal hook (`tokenRenew`): Spotify refused `refused` (a 401 before its local expiry,
   * e.g. clock skew or revocation) or it expires. For the app token, drops it and gets a new one (once
   * however many calls ask); for an older app token, the current one; a user token cannot be renewed
   * here (TokenExpired: the user signs in again).
   */
  renew(refused: SpotifyAuthorisationToken | undefined): Promise<SpotifyAuthorisationToken> {
    const access = refused?.accessToken;
    if (access !== undefined && access === this.token?.accessToken) {
      this.token = undefined;
      this.previous = access;
      return this.get();
    }
    if (access !== undefined && access === this.previous) return this.get();
    return Promise.reject(new TokenExpired());
  }

  /** Whether a token was obtained and is still valid (for readiness). */
  get ready(): boolean {
    return this.token !== undefined && !this.token.isExpired();
  }
}
