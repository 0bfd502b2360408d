import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { profileId } from '../spotify/answer-shapes.js';
import type { SpotifyApiClient } from '../spotify/client.js';
import type { Device, PlaybackState, PrivateUser } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { RateLimitExceeded, TokenExpired } from '../spotify/errors.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { toGraphQLError } from './errors.js';
import { ChangeDetector } from './player-changes.js';
import {
  credentialDigest,
  type PlayerChannel,
  type PlayerCoordination,
  type PlayerMessage,
  type PlayerResource,
} from './player-coordination.js';
import {
  type PlayerView,
  type PlayerViewValues,
  project,
  RESOURCE_OF,
  readResource,
} from './player-resources.js';
import { type PlayerEvent, PlayerSubscriber } from './player-subscriber.js';
import { isSessionStoreOutage, type TokenSource } from './token-source.js';

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
 *   another token. A stopped poller's last reading is kept a few intervals for a quick resubscribe. A session store that does not answer (Redis down or hung) is
 *   not a change of playback: a session's source keeps its last token meanwhile, and a subscriber
 *   without one is skipped; nothing is sent for the outage (see pollOnce).
 * - Several instances (a PlayerCoordination, e.g. Redis): a poller polls only while its instance holds
 *   the user's poll lease for the resource, and then shares each reading; the pollers of the other
 *   instances claim the lease on each interval (so one takes over when the holder dies) and meanwhile
 *   deliver the holder's readings to their own subscribers, diffed per view as their own would be.
 *   They still check their own subscribers' credentials every interval (sessions in the store; a token
 *   no instance had Spotify accept lately with one call), and a 401 or an ended session met anywhere is
 *   published (a token's SHA-256 digest, a session's id), so a lost sign-in ends its streams everywhere.
 */

export type { PlayerView, PlayerViewValues } from './player-resources.js';

type Resource = PlayerResource;

/** How long after an item's expected end the next poll goes out (ms): Spotify needs a moment to move on. */
const END_MARGIN_MS = 300;
/** The shortest wait between two polls of one poller (ms), whatever the schedule says. */
const MIN_DELAY_MS = 50;
/**
 * The shortest time between two polls asked for at once (a playback command, a `poll` request from
 * another instance, a new subscriber), ms, or the playing interval if shorter: however many ask, a
 * user's resource costs at most one such poll per this time on top of its schedule.
 */
const IMMEDIATE_POLL_FLOOR_MS = 250;
/** How many users' ids (by access token) are remembered; each entry is a token and an id. */
const USER_CACHE_ENTRIES = 10_000;

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

const isUnauthenticated = (error: GraphQLError): boolean => error.extensions?.code === 'UNAUTHENTICATED';

type AnySubscriber = PlayerSubscriber<unknown>;

interface ViewState {
  readonly detector: ChangeDetector;
  readonly subscribers: Set<AnySubscriber>;
  /** Whether the detector has seen a value since it was made or reset. */
  primed: boolean;
  /** The reading this view's last value came from: what its stale repeats name (see stale()). */
  sent?: Reading;
}

/** A poller's last value and when Spotify gave it (ms since the epoch). */
interface Reading {
  readonly value: unknown;
  readonly at: number;
}

/** One subscriber of a poller: its view, and whether its credential was verified so it gets shared values. */
interface Member {
  readonly view: PlayerView;
  active: boolean;
}

/** The subscribers that share one credential (an access token) at this poll. */
interface CredentialGroup {
  readonly token: SpotifyAuthorisationToken;
  readonly source: TokenSource;
  readonly members: AnySubscriber[];
}

/** How many verified credentials and recent readings are remembered (each a token or a reading). */
const VERIFIED_ENTRIES = 10_000;
const RECENT_READINGS = 1_000;

/** What one user's pollers share: the last playback state seen, which sets every poller's pace. */
interface UserPlayer {
  readonly userId: string;
  readonly pollers: Map<Resource, ResourcePoller>;
  lastState: PlaybackState | null | undefined;
}

class ResourcePoller {
  private readonly views = new Map<PlayerView, ViewState>();
  /** Subscribers in arrival order, each with its view and whether it gets shared values yet. */
  private readonly subscribers = new Map<AnySubscriber, Member>();
  /** Which credential the next poll starts with (rotates among the subscribers' credentials). */
  private turn = 0;
  /** Credentials Spotify answered 403 for, and when (ms): retried in turn, not at once. */
  private readonly forbidden = new Map<string, number>();
  private last: Reading | undefined;
  /** While polls fail after a reading: what `extensions.stale` says about the last value (see stale()). */
  private staleNote: Readonly<Record<string, unknown>> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** When the timer fires (ms since the epoch), and when the last poll started. */
  private timerAt = Number.POSITIVE_INFINITY;
  private lastRunAt = Number.NEGATIVE_INFINITY;
  private inFlight = false;
  private again = false;
  private failures = 0;
  private stopped = false;
  /** With coordination: the shared channel, whether this instance held the lease at its last claim, and
   * whether the holder was heard from (until then, each tick asks it for a reading). */
  private readonly channel: PlayerChannel | undefined;
  private holding = false;
  private heard = false;
  /** What the poller's log lines name it by (see PlayerPollersOptions.detached). */
  private readonly identity: PollerIdentity;

  constructor(
    private readonly pollers: PlayerPollers,
    private readonly user: UserPlayer,
    private readonly resource: Resource,
  ) {
    this.identity = {
      user: createHash('sha256').update(user.userId).digest('hex').slice(0, 16),
      resource,
    };
    this.channel = pollers.options.coordination?.join(user.userId, resource, (message) =>
      this.detached(() => this.receive(message)),
    );
    // A poller that just stopped left its last reading: served to verified credentials without a call.
    const recent = pollers.recentReading(user.userId, resource);
    if (recent !== undefined) this.last = recent;
  }

  get size(): number {
    return this.subscribers.size;
  }

  /**
   * Whether this poller polls Spotify: always on its own, and with coordination while this instance
   * held the user's poll lease at its last claim (or coordination was unavailable, so it polled itself).
   */
  get polling(): boolean {
    return !this.stopped && (this.channel === undefined || this.holding);
  }

  add(view: PlayerView, subscriber: AnySubscriber): void {
    let state = this.views.get(view);
    if (!state) {
      state = {
        detector: new ChangeDetector(this.pollers.options.seekDriftMs),
        subscribers: new Set(),
        primed: false,
      };
      this.views.set(view, state);
    }
    state.subscribers.add(subscriber);
    this.subscribers.set(subscriber, { view, active: false });
    const first = this.subscribers.size === 1;
    // A credential gets shared values only once Spotify accepted it recently; a new one is polled with.
    subscriber.source.token().then(
      (token) => {
        if (subscriber.isDone || this.stopped) return;
        if (this.last !== undefined && this.pollers.isVerified(token.accessToken)) {
          this.activate(subscriber);
          if (first && this.timer === undefined && !this.inFlight)
            this.schedule(this.pollers.options.intervalMs);
        } else this.runSoon();
      },
      () => this.runSoon(),
    );
  }

  /** The subscriber's credential was verified: it gets the current value now, and the changes after. */
  private activate(subscriber: AnySubscriber): void {
    const member = this.subscribers.get(subscriber);
    if (member === undefined || member.active || this.last === undefined) return;
    member.active = true;
    const value = project(member.view, this.last.value);
    const state = this.views.get(member.view);
    if (state && !state.primed) {
      state.detector.changed(value, Date.now());
      state.primed = true;
    }
    const reading = this.last;
    if (state) state.sent ??= reading;
    subscriber.push(
      this.staleNote === undefined
        ? { value, reading }
        : { value, reading, extensions: { stale: this.staleNote } },
    );
  }

  /**
   * The waiting subscribers whose credential Spotify accepted lately (at any of this instance's pollers,
   * e.g. the user's devices poller) get the current value now. Called when a reading arrives from the
   * lease holder: such a credential is not polled with here again (see pollOrder), so without this a
   * subscriber waiting on a non-polling instance would wait until its credential's entry lapsed. Asks
   * each waiting subscriber's source for its token; no Spotify call.
   */
  private activateAccepted(): void {
    for (const [subscriber, member] of this.subscribers) {
      if (member.active || subscriber.isDone) continue;
      subscriber.source.token().then(
        (token) => {
          if (!subscriber.isDone && !this.stopped && this.accepted(token.accessToken))
            this.activate(subscriber);
        },
        // A lost sign-in or a store outage is the next poll's business.
        () => {},
      );
    }
  }

  /** Whether Spotify accepted `key` (an access token) lately and did not refuse it here with 403 since. */
  private accepted(key: string): boolean {
    const refusedAt = this.forbidden.get(key);
    const retryForbiddenMs = 10 * this.pollers.options.intervalMs;
    return (
      this.pollers.isVerified(key) && (refusedAt === undefined || Date.now() - refusedAt >= retryForbiddenMs)
    );
  }

  /** Ends the streams of session `sessionId` with `error` (the session just ended). */
  endSession(sessionId: string, error: GraphQLError): void {
    for (const subscriber of [...this.subscribers.keys()])
      if (subscriber.source.sessionId === sessionId) subscriber.finish({ error });
  }

  remove(subscriber: AnySubscriber): void {
    if (!this.subscribers.delete(subscriber)) return;
    for (const [view, state] of this.views) {
      if (state.subscribers.delete(subscriber) && state.subscribers.size === 0) this.views.delete(view);
    }
    if (this.subscribers.size === 0) this.stop();
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timerAt = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      void this.run();
    }, delay);
    // A poller never holds the process open on its own.
    this.timer.unref();
  }

  /**
   * Polls at once (a playback command just ran); a poll already on the way is followed by another. An
   * instance that does not hold the lease leaves it to the holder (PlayerCoordination.pollSoon asks it).
   */
  pollNow(): void {
    if (this.channel && !this.holding) return;
    this.runSoon();
  }

  /**
   * Polls as soon as the floor allows (IMMEDIATE_POLL_FLOOR_MS after the last poll started); a poll on
   * its way is followed by another. Many asks before then make one poll.
   */
  private runSoon(): void {
    if (this.stopped) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const wait = this.floorWait();
    if (wait > 0) {
      if (this.timerAt > Date.now() + wait) this.schedule(wait);
      return;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    void this.run();
  }

  /** How long until an immediate poll may go out (ms; 0: now). */
  private floorWait(): number {
    const floor = Math.min(IMMEDIATE_POLL_FLOOR_MS, this.pollers.options.intervalMs);
    return Math.max(0, this.lastRunAt + floor - Date.now());
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pollers.dropPoller(this.user, this.resource);
    if (this.last !== undefined) this.pollers.keepReading(this.user.userId, this.resource, this.last);
    this.channel?.close();
    for (const subscriber of [...this.subscribers.keys()]) subscriber.finish();
  }

  /** `run` in the poller's own scope (PlayerPollersOptions.detached), whoever called. */
  private detached<T>(run: () => T): T {
    const { detached } = this.pollers.options;
    return detached === undefined ? run() : detached(this.identity, run);
  }

  /** One poll, in the poller's own scope: it serves every subscriber, not the request that nudged it. */
  private run(): Promise<void> {
    return this.detached(() => this.runPoll());
  }

  private async runPoll(): Promise<void> {
    this.inFlight = true;
    this.lastRunAt = Date.now();
    let delay: number;
    try {
      const holder = await this.mayPoll();
      // Not polling (another instance holds the lease): this instance still checks its subscribers'
      // credentials at its own pace (sessions in the store; new tokens, and those no instance had
      // Spotify accept lately, with one call), so a sign-in lost here ends its streams here.
      delay = await this.pollOnce(!holder);
    } catch (error) {
      // pollOnce handles what it expects; this is a bug: never let it reach the process.
      this.pollers.options.onUnexpectedError?.(error);
      delay = this.backoff();
    }
    this.inFlight = false;
    if (this.stopped || this.subscribers.size === 0) return;
    if (this.again) {
      this.again = false;
      delay = Math.min(delay, this.floorWait());
    }
    // The holder keeps the lease until its next poll and a grace after it; if it dies, it lapses.
    if (this.holding) void this.channel?.claim(delay + this.leaseGraceMs());
    this.schedule(delay);
  }

  /** Without coordination, always; with it, whether this instance holds (or now takes) the lease. */
  private async mayPoll(): Promise<boolean> {
    if (!this.channel) return true;
    this.holding = await this.channel.claim(this.pollers.options.intervalMs + this.leaseGraceMs());
    // A new listener asks the holder for a reading rather than wait for its next poll.
    if (!this.holding && !this.heard) this.channel.publish({ kind: 'poll' });
    return this.holding && !this.stopped;
  }

  /** How long a lease outlives its holder's next poll: three playing intervals (ms). */
  private leaseGraceMs(): number {
    return 3 * this.pollers.options.intervalMs;
  }

  /** A message from another instance polling (or wanting) this user's resource. */
  private receive(message: PlayerMessage): void {
    if (this.stopped) return;
    switch (message.kind) {
      case 'value':
        if (this.holding) return;
        this.heard = true;
        if (message.verified !== undefined) this.pollers.noteChecked(message.verified);
        this.deliver(message.value);
        this.activateAccepted();
        return;
      case 'refused':
        // Another instance met Spotify's 401 for this credential: its streams here end at this check.
        this.pollers.noteRefused(message.credential);
        this.runSoon();
        return;
      case 'error':
        if (this.holding) return;
        this.heard = true;
        this.failedPoll(new GraphQLError(message.error.message, { extensions: message.error.extensions }));
        return;
      case 'poll':
        this.pollNow();
        return;
      case 'released':
        // The holder left: claim now rather than at the next tick.
        if (!this.holding) this.runSoon();
        return;
    }
  }

  /**
   * One poll. The subscribers are grouped by credential (access token; a session's is asked of the
   * session store at every poll, so an ended session ends its subscribers here). The poll goes out with
   * a credential that still needs verifying (a new subscriber's) if any, else with the next one in turn,
   * so every credential is exercised regularly at one call per poll. A refusal belongs to its credential:
   * 401 ends that credential's subscribers with UNAUTHENTICATED (and the server forgets the token), 403
   * sends them the error (they get no shared value), and the poll goes on with another credential. A
   * success verifies the credential and gives its waiting subscribers the current value. A subscriber
   * whose session store does not answer (Redis down or hung) and who holds no unexpired token is
   * skipped, not failed: nothing is sent for the outage. `verifyOnly` (another instance polls): only
   * credentials not yet verified are polled with, and the reading is not published.
   */
  private async pollOnce(verifyOnly = false): Promise<number> {
    const grouping = await this.credentialGroups();
    if (grouping.failure) return this.failed(grouping.failure.graphQLError, grouping.failure.error);
    this.endRefused(grouping.groups);
    // Credentials accepted lately (by any poller here) are not polled with for their waiting subscribers:
    // those get the last reading now, if there is one.
    if (this.last !== undefined)
      for (const [key, group] of grouping.groups)
        if (this.accepted(key)) for (const subscriber of group.members) this.activate(subscriber);
    const order = this.pollOrder(grouping.groups, verifyOnly ? 'check' : 'all');
    let forbiddenOnly = false;
    for (const [key, group] of order) {
      if (this.stopped) return 0;
      let value: unknown;
      try {
        value = await this.fetchRenewing(group.token, group.source);
      } catch (error) {
        if (isSessionStoreOutage(error)) {
          grouping.storeOutage = true;
          continue;
        }
        const graphQLError = asGraphQLError(error, this.pollers.options.onUnexpectedError);
        if (isUnauthenticated(graphQLError)) {
          // This credential's sign-in is lost (on every instance: they hear it); another may still work.
          this.pollers.forgetToken(key);
          this.channel?.publish({ kind: 'refused', credential: credentialDigest(key) });
          for (const subscriber of group.members) subscriber.finish({ error: graphQLError });
          continue;
        }
        if (graphQLError.extensions?.code === 'FORBIDDEN') {
          this.forbidden.set(key, Date.now());
          for (const subscriber of group.members) {
            const member = this.subscribers.get(subscriber);
            if (member) member.active = false;
            subscriber.push({ error: graphQLError });
          }
          forbiddenOnly = true;
          continue;
        }
        // Its subscribers get the error even while waiting for their first value: the call was theirs.
        return this.failed(graphQLError, error, group.members);
      }
      if (this.stopped) return 0;
      this.forbidden.delete(key);
      this.pollers.verified(key, this.user.userId);
      this.deliver(value);
      for (const [other, otherGroup] of grouping.groups)
        if (this.pollers.isVerified(other))
          for (const subscriber of otherGroup.members) this.activate(subscriber);
      if (!verifyOnly) this.channel?.publish({ kind: 'value', value, verified: credentialDigest(key) });
      this.failures = 0;
      // Another new credential waits for its own verification: poll with it at once.
      if (this.pollOrder(grouping.groups, 'waiting').length > 0) return MIN_DELAY_MS;
      return verifyOnly ? this.pollers.options.intervalMs : this.nextDelay(value);
    }
    if (grouping.storeOutage || forbiddenOnly) {
      this.failures += 1;
      return Math.min(this.backoff(), this.pollers.options.idleIntervalMs);
    }
    return verifyOnly ? this.pollers.options.intervalMs : this.pollers.options.idleIntervalMs;
  }

  /**
   * Ends here the streams of credentials another instance met Spotify's 401 for (a plain access token
   * revoked or expired: nothing renews it); a session's credential is only forgotten, so that it is
   * checked again (its session renews it, or ends). Their groups leave `groups`.
   */
  private endRefused(groups: Map<string, CredentialGroup>): void {
    for (const [key, group] of groups) {
      if (!this.pollers.isRefused(key)) continue;
      this.pollers.forgetToken(key);
      if (group.source.sessionId !== undefined) continue;
      groups.delete(key);
      const error = new GraphQLError('Spotify refused the access token: sign in again', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
      for (const subscriber of group.members) subscriber.finish({ error });
    }
  }

  /** Each live subscriber's current credential, grouped; a lost sign-in ends its subscriber here. */
  private async credentialGroups(): Promise<{
    groups: Map<string, CredentialGroup>;
    storeOutage: boolean;
    failure?: { graphQLError: GraphQLError; error: unknown };
  }> {
    const groups = new Map<string, CredentialGroup>();
    let storeOutage = false;
    // A session that several streams share is read once for all of them at this poll.
    const reads = new Map<string, Promise<SpotifyAuthorisationToken>>();
    const tokens = await Promise.all(
      [...this.subscribers.keys()].map((subscriber) =>
        subscriber.isDone
          ? Promise.resolve(undefined)
          : tokenOnce(subscriber.source, reads).then(
              (token) => ({ subscriber, token }),
              (error: unknown) => ({ subscriber, error }),
            ),
      ),
    );
    for (const entry of tokens) {
      if (entry === undefined || entry.subscriber.isDone) continue;
      if ('error' in entry) {
        if (isSessionStoreOutage(entry.error)) {
          storeOutage = true;
          continue;
        }
        const graphQLError = asGraphQLError(entry.error, this.pollers.options.onUnexpectedError);
        // A session that ended ends its subscriber; a network failure is this poll's failure.
        if (!isUnauthenticated(graphQLError))
          return { groups, storeOutage, failure: { graphQLError, error: entry.error } };
        entry.subscriber.finish({ error: graphQLError });
        // Ended by its TTL or deleted from the store: its streams end on every instance now.
        const { sessionId } = entry.subscriber.source;
        if (sessionId !== undefined) this.pollers.endSession(sessionId);
        continue;
      }
      const key = entry.token.accessToken;
      const group = groups.get(key);
      if (group) group.members.push(entry.subscriber);
      else
        groups.set(key, { token: entry.token, source: entry.subscriber.source, members: [entry.subscriber] });
    }
    return { groups, storeOutage };
  }

  /**
   * The credentials to poll with, in order: first those with subscribers waiting for verification (not
   * refused with 403 lately); then for `all` (the lease holder) every one in turn, starting one further
   * each poll; for `check` (an instance that does not poll) the next one in turn that no instance had
   * Spotify accept lately (see PlayerPollers.recentlyChecked), so each credential is exercised every
   * few intervals somewhere; for `waiting` none.
   */
  private pollOrder(
    groups: Map<string, CredentialGroup>,
    mode: 'all' | 'check' | 'waiting',
  ): [string, CredentialGroup][] {
    const now = Date.now();
    const retryForbiddenMs = 10 * this.pollers.options.intervalMs;
    const waiting: [string, CredentialGroup][] = [];
    for (const entry of groups) {
      const [key, group] = entry;
      if (this.pollers.isVerified(key)) continue;
      if (now - (this.forbidden.get(key) ?? -Infinity) < retryForbiddenMs) continue;
      if (group.members.some((subscriber) => this.subscribers.get(subscriber)?.active === false))
        waiting.push(entry);
    }
    if (mode === 'waiting') return waiting;
    const all = [...groups];
    const start = all.length === 0 ? 0 : this.turn++ % all.length;
    const rotated = [...all.slice(start), ...all.slice(0, start)].filter((entry) => !waiting.includes(entry));
    if (mode === 'all') return [...waiting, ...rotated];
    if (waiting.length > 0) return waiting;
    const due = rotated.find(
      ([key]) =>
        !this.pollers.recentlyChecked(key) &&
        now - (this.forbidden.get(key) ?? -Infinity) >= retryForbiddenMs,
    );
    return due === undefined ? [] : [due];
  }

  /** Fetches; when Spotify refuses the token as expired and the source can renew it (a session), once more. */
  private async fetchRenewing(token: SpotifyAuthorisationToken, source: TokenSource): Promise<unknown> {
    try {
      return await this.fetch(token, source);
    } catch (error) {
      const renewal = error instanceof TokenExpired ? source.renewRejected?.(token) : undefined;
      if (renewal === undefined) throw error;
      return this.fetch(await renewal, source);
    }
  }

  private fetch(token: SpotifyAuthorisationToken, source: TokenSource): Promise<unknown> {
    return readResource(this.pollers.options.client, this.resource, {
      authToken: token,
      onTokenRenewed: (fresh: SpotifyAuthorisationToken) => source.renewed(fresh),
    });
  }

  private deliver(value: unknown): void {
    const reading = { value, at: Date.now() };
    this.last = reading;
    if (this.resource === 'state') this.user.lastState = value as PlaybackState | null;
    const now = Date.now();
    // After stale values, the fresh one goes out even if unchanged: the subscribers learn it is fresh.
    const recovered = this.staleNote !== undefined;
    this.staleNote = undefined;
    for (const [view, state] of this.views) {
      const projected = project(view, value);
      const primed = state.primed;
      state.primed = true;
      if (!state.detector.changed(projected, now) && primed && !recovered) continue;
      const event = { value: projected, progressJump: state.detector.jumped, reading };
      state.sent = reading;
      for (const subscriber of [...state.subscribers])
        if (this.subscribers.get(subscriber)?.active) subscriber.push(event);
    }
  }

  /**
   * A failed poll: told to the subscribers (see failedPoll) and to the other instances; answers the
   * wait before the next poll (backoff, at least Spotify's Retry-After). `own`: the subscribers whose
   * credential the failed call was made with.
   */
  private failed(graphQLError: GraphQLError, error: unknown, own: readonly AnySubscriber[] = []): number {
    this.failures += 1;
    this.failedPoll(graphQLError, own);
    this.channel?.publish({
      kind: 'error',
      error: { message: graphQLError.message, extensions: { ...graphQLError.extensions } },
    });
    const backoff = this.backoff();
    return error instanceof RateLimitExceeded ? Math.max(backoff, error.retryAfter * 1000) : backoff;
  }

  /**
   * A poll failed for every credential (Spotify's 429, a 5xx, a network failure): the subscribers keep
   * the last value, marked stale, or get the error when there is no value to keep. `own` (the
   * subscribers whose credential the failed call was made with) get the error too while they wait for
   * their first value (their credential not yet verified, they get no shared value): a new subscriber
   * whose first polls fail is told why, not left waiting in silence.
   */
  private failedPoll(graphQLError: GraphQLError, own: readonly AnySubscriber[] = []): void {
    if (this.last === undefined) {
      this.broadcastError(graphQLError, own);
      return;
    }
    this.stale(graphQLError, this.last);
    for (const subscriber of own)
      if (this.subscribers.get(subscriber)?.active === false) subscriber.push({ error: graphQLError });
  }

  /**
   * The last value again, with `extensions.stale`: `{ code, message, retryAfter?, readAt }` (the error's
   * code and message, Spotify's Retry-After in s when it sent one, and when the value was read, ISO
   * 8601). A failed poll is no news about the player: GraphQL would null the field of a failed
   * resolver, and a frontend would take that null for "nothing plays". Sent once per failure (each
   * subscription drops a result equal to its last), and the next reading is sent even if unchanged.
   */
  private stale(graphQLError: GraphQLError, last: Reading): void {
    const { code, retryAfter, badValue } = graphQLError.extensions ?? {};
    this.staleNote = {
      code,
      ...(badValue === true ? { badValue } : {}),
      message: graphQLError.message,
      ...(typeof retryAfter === 'number' ? { retryAfter } : {}),
      readAt: new Date(last.at).toISOString(),
    };
    for (const [view, state] of this.views) {
      const event = {
        value: project(view, last.value),
        // The reading the view's value was sent from (an unchanged later one was not sent): a cohort
        // that executed it repeats its result rather than executing again (subscription-cohorts.ts).
        reading: state.sent ?? last,
        extensions: { stale: this.staleNote },
      };
      for (const subscriber of [...state.subscribers])
        if (this.subscribers.get(subscriber)?.active) subscriber.push(event);
    }
  }

  /** An error event for every subscriber here that gets shared values, and for `own` (see failedPoll). */
  private broadcastError(graphQLError: GraphQLError, own: readonly AnySubscriber[]): void {
    // After an error event the next value is sent even if it did not change: the stream recovered.
    this.last = undefined;
    this.staleNote = undefined;
    for (const state of this.views.values()) {
      state.detector.reset();
      state.primed = false;
    }
    const event = { error: graphQLError };
    for (const [subscriber, member] of [...this.subscribers])
      if (member.active || own.includes(subscriber)) subscriber.push(event);
  }

  private backoff(): number {
    const { intervalMs, maxBackoffMs = 60_000 } = this.pollers.options;
    return Math.min(maxBackoffMs, intervalMs * 2 ** Math.max(1, this.failures));
  }

  /** Playing: the interval, or right after the item's expected end if that comes first; else the idle one. */
  private nextDelay(value: unknown): number {
    const { intervalMs, idleIntervalMs } = this.pollers.options;
    if (this.resource === 'devices') {
      const devices = value as Device[];
      const active = devices.some((device) => device.is_active);
      return active && this.user.lastState !== null ? intervalMs : idleIntervalMs;
    }
    const state = this.user.lastState;
    // A queue poller alone knows no playback state: it keeps the playing pace.
    if (state === undefined) return intervalMs;
    if (state === null || !state.is_playing) return idleIntervalMs;
    const duration = state.item?.duration_ms;
    const progress = state.progress_ms;
    if (typeof duration === 'number' && typeof progress === 'number') {
      const untilEnd = duration - progress + END_MARGIN_MS;
      if (untilEnd < intervalMs) return Math.max(MIN_DELAY_MS, untilEnd);
    }
    return intervalMs;
  }
}

/**
 * The source's token for this poll: a session source whose session another source already read at this
 * poll (`reads`, by session id) takes that reading rather than reading the store again.
 */
function tokenOnce(
  source: TokenSource,
  reads: Map<string, Promise<SpotifyAuthorisationToken>>,
): Promise<SpotifyAuthorisationToken> {
  const { sessionId } = source;
  if (sessionId === undefined || source.read === undefined) return source.token();
  let read = reads.get(sessionId);
  if (read === undefined) {
    read = source.read();
    // Each source handles the rejection in token(); this one only keeps it from being unhandled.
    read.catch(() => {});
    reads.set(sessionId, read);
  }
  return source.token(read);
}

/** A Spotify failure as its typed GraphQL error; anything else masked (and reported). */
function asGraphQLError(error: unknown, report?: (error: unknown) => void): GraphQLError {
  const mapped = toGraphQLError(error);
  if (mapped) return mapped;
  report?.(error);
  return new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * The registry of one server's player pollers, keyed by user and resource. `subscribe` answers the
 * stream one subscription field reads; `pollSoon` is what playback mutations call.
 */
export class PlayerPollers {
  private readonly users = new Map<string, UserPlayer>();
  /** Access token -> the user's Spotify id (bounded; the oldest entries go first). */
  private readonly userIds = new Map<string, Promise<string>>();
  /** Access tokens Spotify accepted lately -> their user's id (a few intervals; bounded). */
  private readonly verifiedTokens: LRUCache<string, string>;
  /** The last reading of pollers that just stopped, by user and resource (a few intervals; bounded). */
  private readonly recent: LRUCache<string, Reading>;
  /**
   * Credential digests (credentialDigest) Spotify accepted lately, here or at another instance's poll
   * (its readings say which): an instance that does not poll checks only the others itself. Bounded.
   */
  private readonly checked: LRUCache<string, true>;
  /** Credential digests another instance met Spotify's 401 for lately: their streams end here. Bounded. */
  private readonly refused: LRUCache<string, true>;
  private subscriberCount = 0;
  private closed = false;
  /** Subscribers waiting to ask for their user's id again (the last lookup failed; see lookupFailed). */
  private readonly lookingUp = new Set<AnySubscriber>();

  constructor(readonly options: PlayerPollersOptions) {
    const ttl = 3 * options.intervalMs;
    this.verifiedTokens = new LRUCache({ max: VERIFIED_ENTRIES, ttl });
    this.recent = new LRUCache({ max: RECENT_READINGS, ttl });
    // Long enough that the holder's polls at the idle pace keep a shared credential checked.
    const checkTtl = Math.max(ttl, 2 * options.idleIntervalMs);
    this.checked = new LRUCache({ max: VERIFIED_ENTRIES, ttl: checkTtl });
    this.refused = new LRUCache({ max: VERIFIED_ENTRIES, ttl: checkTtl });
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

  /** @internal whether Spotify accepted `accessToken` within the last few intervals. */
  isVerified(accessToken: string): boolean {
    return this.verifiedTokens.has(accessToken);
  }

  /** @internal Spotify just accepted `accessToken` for `userId`. */
  verified(accessToken: string, userId: string): void {
    this.verifiedTokens.set(accessToken, userId);
    const digest = credentialDigest(accessToken);
    this.checked.set(digest, true);
    this.refused.delete(digest);
  }

  /** @internal another instance's poll just had Spotify accept the credential of `digest`. */
  noteChecked(digest: string): void {
    this.checked.set(digest, true);
  }

  /** @internal whether Spotify accepted `accessToken` lately, at this instance's poll or another's. */
  recentlyChecked(accessToken: string): boolean {
    return this.isVerified(accessToken) || this.checked.has(credentialDigest(accessToken));
  }

  /** @internal another instance met Spotify's 401 for the credential of `digest`. */
  noteRefused(digest: string): void {
    this.refused.set(digest, true);
    this.checked.delete(digest);
  }

  /** @internal whether another instance met Spotify's 401 for `accessToken` lately. */
  isRefused(accessToken: string): boolean {
    return this.refused.size > 0 && this.refused.has(credentialDigest(accessToken));
  }

  /** @internal Spotify refused `accessToken` (401): its user is forgotten, so it is asked again. */
  forgetToken(accessToken: string): void {
    this.verifiedTokens.delete(accessToken);
    this.userIds.delete(accessToken);
  }

  /** @internal a stopped poller's last reading, kept a few intervals for a resubscribe. */
  keepReading(userId: string, resource: Resource, reading: Reading): void {
    // Kept a few intervals from when Spotify gave it, however often pollers come and go meanwhile.
    const ttl = 3 * this.options.intervalMs - (Date.now() - reading.at);
    if (ttl > 0) this.recent.set(`${resource}:${userId}`, reading, { ttl });
  }

  /** @internal the reading a poller of `userId` and `resource` left lately, if any. */
  recentReading(userId: string, resource: Resource): Reading | undefined {
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
      this.userIdOf(source).then(
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
    const graphQLError = asGraphQLError(error, this.options.onUnexpectedError);
    if (isUnauthenticated(graphQLError)) {
      subscriber.finish({ error: graphQLError });
      return undefined;
    }
    subscriber.push({ error: graphQLError });
    this.lookingUp.add(subscriber);
    const { intervalMs, maxBackoffMs = 60_000 } = this.options;
    const backoff = Math.min(maxBackoffMs, intervalMs * 2 ** failures);
    return error instanceof RateLimitExceeded ? Math.max(backoff, error.retryAfter * 1000) : backoff;
  }

  /**
   * Polls the user of `token` at once, if anyone subscribes to their player: a playback command just
   * ran and its effect should show without waiting for the interval. With coordination, the instance
   * polling the user is asked too, when the user's id is known here without a Spotify call (`userId`,
   * a session's, or a token a subscription here used). Never throws.
   */
  pollSoon(token: SpotifyAuthorisationToken, userId?: string): void {
    const { coordination } = this.options;
    const known = userId === undefined ? this.userIds.get(token.accessToken) : Promise.resolve(userId);
    if (this.users.size === 0 && (coordination === undefined || known === undefined)) return;
    const id = known ?? this.userIdOf({ token: () => Promise.resolve(token), renewed: () => {} });
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
    return this.userIdOf({ token: () => Promise.resolve(token), renewed: () => {} });
  }

  /**
   * The user look-up of `accessToken` this registry holds (in flight or answered), if any: makes no
   * Spotify call. A failed look-up is not held.
   */
  knownUserOf(accessToken: string): Promise<string> | undefined {
    return this.userIds.get(accessToken);
  }

  /** Ends every stream and stops every poller (server shutdown). */
  close(): void {
    this.closed = true;
    for (const subscriber of [...this.lookingUp]) subscriber.finish();
    for (const user of [...this.users.values()])
      for (const poller of [...user.pollers.values()]) poller.stop();
  }

  /** @internal a poller without subscribers leaves the registry. */
  dropPoller(user: UserPlayer, resource: Resource): void {
    user.pollers.delete(resource);
    if (user.pollers.size === 0 && this.users.get(user.userId) === user) this.users.delete(user.userId);
  }

  private pollerFor(userId: string, resource: Resource): ResourcePoller {
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

  /** The Spotify id of the user behind `source`: known to a session, else `GET /me` once per token. */
  private userIdOf(
    source: Pick<TokenSource, 'token' | 'renewed'> & { userId?: string | undefined },
  ): Promise<string> {
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
