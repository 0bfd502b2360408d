import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { SpotifyApiClient } from '../spotify/client.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { isUnauthenticated, spotifyOrMaskedError } from './errors.js';
import type { PlayerCoordination, PlayerResource } from './player-coordination.js';
import { CredentialLedger } from './player-credentials.js';
import type { AnySubscriber, Reading } from './player-fanout.js';
import { atLeastRetryAfter, backoffMs } from './player-poll-schedule.js';
import { ResourcePoller, type UserPlayer } from './player-poller.js';
import { type PlayerView, type PlayerViewValues, RESOURCE_OF } from './player-resources.js';
import { type PlayerEvent, PlayerSubscriber } from './player-subscriber.js';
import type { TokenSource } from './token-source.js';

/**
 * The pollers behind the player subscriptions. Spotify's player endpoints only answer when asked, so
 * one poller per user and player resource asks on behalf of all of that user's subscribers, whatever
 * their selection sets, and hands each view's value on only when it really changed.
 *
 * - Resources: `state` (`GET /me/player`, which serves both `playbackState` and `currentlyPlaying`:
 *   the playback state carries the item, context and progress), `devices` (`GET /me/player/devices`)
 *   and `queue` (`GET /me/player/queue`).
 * - A poller starts with its first subscriber and stops with its last; one timer per poller, none per
 *   subscriber.
 * - Interval: `intervalMs` while playing, `idleIntervalMs` when paused or idle, and right after the
 *   current item's expected end; after an error it backs off exponentially, and after a 429 it waits
 *   at least Spotify's Retry-After.
 * - Credentials: each subscriber brings a TokenSource, asked at every poll (a session's asks the session
 *   store, so a logout ends its subscribers within a poll). Subscribers are grouped by access token; a
 *   subscriber gets shared values only once Spotify accepted its token lately (a new token is polled
 *   with at once; accepted tokens are remembered a few intervals). The poll rotates among the tokens, so
 *   each is exercised at one call per poll. A 401 ends only that token's subscribers (UNAUTHENTICATED;
 *   its token-to-user entry is forgotten), a 403 sends only them FORBIDDEN, and the poll goes on with
 *   another token. A stopped poller's last reading is kept a few intervals for a quick resubscribe. A
 *   session store that does not answer (Redis down or hung) is not a change of playback: a session's
 *   source keeps its last token meanwhile, and a subscriber without one is skipped; nothing is sent for
 *   the outage (see ResourcePoller.pollOnce).
 * - Several instances (a PlayerCoordination, e.g. Redis): a poller polls only while its instance holds
 *   the user's poll lease for the resource, and then shares each reading; the pollers of the other
 *   instances claim the lease on each interval (so one takes over when the holder dies) and meanwhile
 *   deliver the holder's readings to their own subscribers, diffed per view as their own would be.
 *   They still check their own subscribers' credentials every interval (sessions in the store; a token
 *   no instance had Spotify accept lately with one call), and a 401 or an ended session met anywhere is
 *   published (a token's SHA-256 digest, a session's id), so a lost sign-in ends its streams everywhere.
 *
 * This module is the registry (the pollers by user and resource, a subscription's user look-up, the
 * counts); the parts of a poller are player-poller.ts (the poll and the lease), player-poll-schedule.ts
 * (timer, pace, back-off), player-credential-groups.ts (which credential a poll uses),
 * player-credentials.ts (what the server knows of credentials) and player-fanout.ts (the subscribers and
 * what reaches them).
 */

export type { PlayerView, PlayerViewValues } from './player-resources.js';

/** How many recent readings of stopped pollers are remembered (each a reading). */
const RECENT_READINGS = 1_000;

export interface PlayerPollersOptions {
  /** What polls Spotify (the server's client, observed for its metrics). */
  client: Pick<SpotifyApiClient, 'request'>;
  /** Interval while playing, ms (PLAYER_POLL_INTERVAL_MS, default 1000). */
  intervalMs: number;
  /** Interval while paused or idle, ms (PLAYER_POLL_IDLE_INTERVAL_MS, default 5000). */
  idleIntervalMs: number;
  /** How far progress may stray from the clock before it counts as a seek, ms (PLAYER_SEEK_DRIFT_MS). */
  seekDriftMs: number;
  /** Longest wait after repeated errors, ms (default 60 000). */
  maxBackoffMs?: number;
  /** Told of errors that are not Spotify's (bugs): they reach subscribers masked. */
  onUnexpectedError?: (error: unknown) => void;
  /** Several instances acting as one (poll leases, shared readings); default none: this instance polls. */
  coordination?: PlayerCoordination;
  /**
   * Runs a poller's work (each poll, and what it starts) in a scope of its own rather than in the
   * request that happened to start or nudge it: the server's names the poller (`identity`: a digest of
   * the user's id, and the resource) in log lines instead of that request's id. Default: runs it as is.
   */
  detached?: <T>(identity: PollerIdentity, run: () => T) => T;
}

/** How a poller is named in logs: the first 16 hex digits of SHA-256 of the user's id, and the resource. */
export interface PollerIdentity {
  readonly user: string;
  readonly resource: PlayerResource;
}

/**
 * The registry of one server's player pollers, keyed by user and resource. `subscribe` answers the
 * stream one subscription field reads; `pollSoon` is what playback mutations call.
 */
export class PlayerPollers {
  private readonly users = new Map<string, UserPlayer>();
  /** @internal what this server knows of its subscribers' credentials (for its pollers). */
  readonly credentials: CredentialLedger;
  /** The last reading of pollers that just stopped, by user and resource (a few intervals; bounded). */
  private readonly recent: LRUCache<string, Reading>;
  private subscriberCount = 0;
  private closed = false;
  /** Subscribers waiting to ask for their user's id again (the last lookup failed; see lookupFailed). */
  private readonly lookingUp = new Set<AnySubscriber>();

  constructor(readonly options: PlayerPollersOptions) {
    this.credentials = new CredentialLedger(options);
    this.recent = new LRUCache({ max: RECENT_READINGS, ttl: 3 * options.intervalMs });
    options.coordination?.onSessionEnded?.((sessionId) => this.endSessionHere(sessionId));
  }

  /**
   * A session ended (a logout, a refresh token Spotify refused): its streams end now with
   * UNAUTHENTICATED, on this instance and (with coordination) on the others, rather than at their next
   * poll. `sessionId` is the session's id (SHA-256 hex of its token). Never throws.
   */
  endSession(sessionId: string): void {
    this.endSessionHere(sessionId);
    this.options.coordination?.sessionEnded?.(sessionId);
  }

  private endSessionHere(sessionId: string): void {
    const error = new GraphQLError('The session has ended: sign in again', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
    for (const user of [...this.users.values()])
      for (const poller of [...user.pollers.values()]) poller.endSession(sessionId, error);
  }

  /** @internal a stopped poller's last reading, kept a few intervals for a resubscribe. */
  keepReading(userId: string, resource: PlayerResource, reading: Reading): void {
    // Kept a few intervals from when Spotify gave it, however often pollers come and go meanwhile.
    const ttl = 3 * this.options.intervalMs - (Date.now() - reading.at);
    if (ttl > 0) this.recent.set(`${resource}:${userId}`, reading, { ttl });
  }

  /** @internal the reading a poller of `userId` and `resource` left lately, if any. */
  recentReading(userId: string, resource: PlayerResource): Reading | undefined {
    return this.recent.get(`${resource}:${userId}`);
  }

  /**
   * Pollers polling Spotify from this instance now (at most three per user): every poller on its own;
   * with coordination (several instances) only those whose instance holds the user's poll lease, so the
   * sum over all instances is what Spotify sees.
   */
  get pollerCount(): number {
    let count = 0;
    for (const user of this.users.values())
      for (const poller of user.pollers.values()) if (poller.polling) count += 1;
    return count;
  }

  /** Users with at least one player subscription on this instance now (polled here or by another). */
  get subscribedUsers(): number {
    return this.users.size;
  }

  /** Subscribers attached now. */
  get subscribers(): number {
    return this.subscriberCount;
  }

  /**
   * A stream of `view` for the user behind `source`: the current value first, then each real change;
   * Spotify errors as error events; UNAUTHENTICATED ends it. A bearer token's user-id lookup (GET /me)
   * that fails otherwise (the 429 pause, a 5xx) is an error event too, and is asked again after the
   * wait (see lookupFailed). Never throws.
   */
  subscribe<V extends PlayerView>(
    view: V,
    source: TokenSource,
  ): AsyncIterableIterator<PlayerEvent<PlayerViewValues[V]>> {
    let poller: ResourcePoller | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    this.subscriberCount += 1;
    const subscriber = new PlayerSubscriber<PlayerViewValues[V]>(source, (left) => {
      this.subscriberCount -= 1;
      clearTimeout(retry);
      this.lookingUp.delete(left as AnySubscriber);
      poller?.remove(left as AnySubscriber);
    });
    if (this.closed) {
      subscriber.finish();
      return subscriber;
    }
    const join = (failures: number): void => {
      this.credentials.userIdOf(source).then(
        (userId) => {
          if (subscriber.isDone || this.closed) return;
          poller = this.pollerFor(userId, RESOURCE_OF[view]);
          poller.add(view, subscriber as AnySubscriber);
        },
        (error: unknown) => {
          if (subscriber.isDone || this.closed) return;
          const wait = this.lookupFailed(subscriber as AnySubscriber, error, failures + 1);
          if (wait === undefined) return;
          retry = setTimeout(() => {
            this.lookingUp.delete(subscriber as AnySubscriber);
            join(failures + 1);
          }, wait);
        },
      );
    };
    join(0);
    return subscriber;
  }

  /**
   * The user-id lookup of a new subscriber failed (its `failures`th time in a row): UNAUTHENTICATED ends
   * the stream (answers undefined); anything else (Spotify's 429 or the app-wide pause, a 5xx, a network
   * failure) is told to the subscriber as an error event, and the answer is how long to wait before
   * asking again, ms: the pollers' back-off (twice the playing interval, doubling, at most
   * maxBackoffMs), at least Spotify's Retry-After. The subscriber counts as waiting until then (close()
   * ends it).
   */
  private lookupFailed(subscriber: AnySubscriber, error: unknown, failures: number): number | undefined {
    const graphQLError = spotifyOrMaskedError(error, this.options.onUnexpectedError);
    if (isUnauthenticated(graphQLError)) {
      subscriber.finish({ error: graphQLError });
      return undefined;
    }
    subscriber.push({ error: graphQLError });
    this.lookingUp.add(subscriber);
    return atLeastRetryAfter(backoffMs(this.options, failures), error);
  }

  /**
   * Polls the user of `token` at once, if anyone subscribes to their player: a playback command just
   * ran and its effect should show without waiting for the interval. With coordination, the instance
   * polling the user is asked too, when the user's id is known here without a Spotify call (`userId`,
   * a session's, or a token a subscription here used). Never throws.
   */
  pollSoon(token: SpotifyAuthorisationToken, userId?: string): void {
    const { coordination } = this.options;
    const known =
      userId === undefined ? this.credentials.knownUserOf(token.accessToken) : Promise.resolve(userId);
    if (this.users.size === 0 && (coordination === undefined || known === undefined)) return;
    const id = known ?? this.userOfToken(token);
    id.then(
      (user) => {
        for (const poller of this.users.get(user)?.pollers.values() ?? []) poller.pollNow();
        coordination?.pollSoon(user);
      },
      () => {},
    );
  }

  /**
   * The Spotify id of the user whose access token `token` is: `GET /me` once per token (Spotify's
   * "Get Current User's Profile"), cached and shared with the pollers' own look-up, so a subscription
   * that asks here before it subscribes costs no second call. Rejects with the call's error
   * (SpotifyAPIError, RateLimitExceeded, ...); a failed look-up is not kept.
   */
  userOfToken(token: SpotifyAuthorisationToken): Promise<string> {
    return this.credentials.userIdOf({ token: () => Promise.resolve(token), renewed: () => {} });
  }

  /**
   * The user look-up of `accessToken` this registry holds (in flight or answered), if any: makes no
   * Spotify call. A failed look-up is not held.
   */
  knownUserOf(accessToken: string): Promise<string> | undefined {
    return this.credentials.knownUserOf(accessToken);
  }

  /** Ends every stream and stops every poller (server shutdown). */
  close(): void {
    this.closed = true;
    for (const subscriber of [...this.lookingUp]) subscriber.finish();
    for (const user of [...this.users.values()])
      for (const poller of [...user.pollers.values()]) poller.stop();
  }

  /** @internal a poller without subscribers leaves the registry. */
  dropPoller(user: UserPlayer, resource: PlayerResource): void {
    user.pollers.delete(resource);
    if (user.pollers.size === 0 && this.users.get(user.userId) === user) this.users.delete(user.userId);
  }

  private pollerFor(userId: string, resource: PlayerResource): ResourcePoller {
    let user = this.users.get(userId);
    if (!user) {
      user = { userId, pollers: new Map(), lastState: undefined };
      this.users.set(userId, user);
    }
    let poller = user.pollers.get(resource);
    if (!poller) {
      poller = new ResourcePoller(this, user, resource);
      user.pollers.set(resource, poller);
    }
    return poller;
  }
}
