import { LRUCache } from 'lru-cache';
import { profileId } from '../spotify/answer-shapes.js';
import type { SpotifyApiClient } from '../spotify/client.js';
import type { PrivateUser } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { credentialDigest } from './player-coordination.js';
import type { TokenSource } from './token-source.js';

/**
 * What one server's player pollers know of their subscribers' credentials, across pollers and users:
 * which user an access token belongs to (`GET /me` once per token), which tokens Spotify accepted lately
 * at a poll here, and, with coordination, which credentials (by credentialDigest) another instance had
 * Spotify accept or refuse (401) lately. Every table is bounded; the recent ones last a few intervals.
 */

/** How many users' ids (by access token) are remembered; each entry is a token and an id. */
const USER_CACHE_ENTRIES = 10_000;
/** How many verified credentials are remembered (each a token or a digest). */
const VERIFIED_ENTRIES = 10_000;

/** Where a token's user is looked up, and the intervals its memories last by (ms). */
export interface CredentialLedgerOptions {
  /** What asks Spotify for a token's user (`GET /me`). */
  readonly client: Pick<SpotifyApiClient, 'request'>;
  /** Interval while playing, ms: tokens accepted here are remembered three of them. */
  readonly intervalMs: number;
  /** Interval while paused or idle, ms: other instances' checks are remembered at least two of them. */
  readonly idleIntervalMs: number;
}

/** What a user look-up needs of a subscriber's source: its token, its renewal, and its user if known. */
export type UserSource = Pick<TokenSource, 'token' | 'renewed'> & { userId?: string | undefined };

/** The pollers' memory of credentials: see the module's docstring. */
export class CredentialLedger {
  /** Access token -> the user's Spotify id (bounded; the oldest entries go first). */
  private readonly userIds = new Map<string, Promise<string>>();
  /** Access tokens Spotify accepted lately -> their user's id (a few intervals; bounded). */
  private readonly verifiedTokens: LRUCache<string, string>;
  /**
   * Credential digests (credentialDigest) Spotify accepted lately, here or at another instance's poll
   * (its readings say which): an instance that does not poll checks only the others itself. Bounded.
   */
  private readonly checked: LRUCache<string, true>;
  /** Credential digests another instance met Spotify's 401 for lately: their streams end here. Bounded. */
  private readonly refused: LRUCache<string, true>;

  constructor(private readonly options: CredentialLedgerOptions) {
    const ttl = 3 * options.intervalMs;
    this.verifiedTokens = new LRUCache({ max: VERIFIED_ENTRIES, ttl });
    // Long enough that the holder's polls at the idle pace keep a shared credential checked.
    const checkTtl = Math.max(ttl, 2 * options.idleIntervalMs);
    this.checked = new LRUCache({ max: VERIFIED_ENTRIES, ttl: checkTtl });
    this.refused = new LRUCache({ max: VERIFIED_ENTRIES, ttl: checkTtl });
  }

  /** Whether Spotify accepted `accessToken` within the last few intervals. */
  isVerified(accessToken: string): boolean {
    return this.verifiedTokens.has(accessToken);
  }

  /** Spotify just accepted `accessToken` for `userId`. */
  verified(accessToken: string, userId: string): void {
    this.verifiedTokens.set(accessToken, userId);
    const digest = credentialDigest(accessToken);
    this.checked.set(digest, true);
    this.refused.delete(digest);
  }

  /** Another instance's poll just had Spotify accept the credential of `digest`. */
  noteChecked(digest: string): void {
    this.checked.set(digest, true);
  }

  /** Whether Spotify accepted `accessToken` lately, at this instance's poll or another's. */
  recentlyChecked(accessToken: string): boolean {
    return this.isVerified(accessToken) || this.checked.has(credentialDigest(accessToken));
  }

  /** Another instance met Spotify's 401 for the credential of `digest`. */
  noteRefused(digest: string): void {
    this.refused.set(digest, true);
    this.checked.delete(digest);
  }

  /** Whether another instance met Spotify's 401 for `accessToken` lately. */
  isRefused(accessToken: string): boolean {
    return this.refused.size > 0 && this.refused.has(credentialDigest(accessToken));
  }

  /** Spotify refused `accessToken` (401): its user is forgotten, so it is asked again. */
  forgetToken(accessToken: string): void {
    this.verifiedTokens.delete(accessToken);
    this.userIds.delete(accessToken);
  }

  /** The user look-up of `accessToken` held here (in flight or answered), if any: no Spotify call. */
  knownUserOf(accessToken: string): Promise<string> | undefined {
    return this.userIds.get(accessToken);
  }

  /**
   * The Spotify id of the user behind `source`: known to a session, else `GET /me` once per token
   * (Spotify's "Get Current User's Profile"), cached. Rejects with the call's error (SpotifyAPIError,
   * RateLimitExceeded, ...); a failed look-up is not kept.
   */
  userIdOf(source: UserSource): Promise<string> {
    if (source.userId !== undefined) return Promise.resolve(source.userId);
    return source.token().then((token) => {
      const known = this.userIds.get(token.accessToken);
      if (known) return known;
      // A 429 is not waited out in the client (as a poll's is not): the subscriber hears of it at once
      // and asks again after the Retry-After (lookupFailed); the cohorts' look-up runs on without it.
      const lookup = this.options.client
        .request<PrivateUser>(endpoints.getCurrentUsersProfile, {
          authToken: token,
          onTokenRenewed: (fresh: SpotifyAuthorisationToken) => source.renewed(fresh),
          waitOutRateLimit: false,
        })
        .then((profile) => profileId(endpoints.getCurrentUsersProfile, profile));
      if (this.userIds.size >= USER_CACHE_ENTRIES) {
        const oldest = this.userIds.keys().next().value;
        if (oldest !== undefined) this.userIds.delete(oldest);
      }
      this.userIds.set(token.accessToken, lookup);
      lookup.catch(() => this.userIds.delete(token.accessToken));
      return lookup;
    });
  }
}
