import type { SpotifyApiClient } from '../spotify/client.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';

/**
 * The app's client-credentials token, shared by every request that comes without a user token.
 * Renewed a minute before expiry; concurrent requests share one renewal.
 */
export class AppTokenProvider {
  private token: SpotifyAuthorisationToken | undefined;
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
        this.token = fresh;
        return fresh;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** Whether a token was obtained and is still valid (for readiness). */
  get ready(): boolean {
    return this.token !== undefined && !this.token.isExpired();
  }
}
