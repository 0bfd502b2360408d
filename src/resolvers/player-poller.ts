import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { PlaybackState } from '../spotify/endpoints/objects.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { isUnauthenticated, spotifyOrMaskedError } from './errors.js';
import {
  credentialDigest,
  type PlayerChannel,
  type PlayerMessage,
  type PlayerResource,
} from './player-coordination.js';
import {
  type CredentialGroup,
  CredentialTurns,
  credentialGroups,
  endRefused,
} from './player-credential-groups.js';
import type { CredentialLedger } from './player-credentials.js';
import { type AnySubscriber, PlayerFanout, type Reading } from './player-fanout.js';
import { atLeastRetryAfter, MIN_DELAY_MS, nextDelay, PollSchedule } from './player-poll-schedule.js';
import type { PlayerPollersOptions, PollerIdentity } from './player-pollers.js';
import { type PlayerView, readResource } from './player-resources.js';
import { isRefusedToken } from './session-renewal.js';
import { isSessionStoreOutage, type TokenSource } from './token-source.js';

/**
 * One user's poller of one player resource (src/resolvers/player-pollers.ts keeps them): the poll
 * itself, and the poll lease with the other instances. Each poll asks Spotify with one of its
 * subscribers' credentials (player-credential-groups.ts), hands the reading to its subscribers
 * (player-fanout.ts) and to the other instances, and sets the next poll (player-poll-schedule.ts). With
 * coordination it polls only while its instance holds the user's poll lease for the resource; else it
 * delivers the holder's readings and still checks its own subscribers' credentials.
 */

/** What one user's pollers share: the last playback state seen, which sets every poller's pace. */
export interface UserPlayer {
  readonly userId: string;
  readonly pollers: Map<PlayerResource, ResourcePoller>;
  lastState: PlaybackState | null | undefined;
}

/** What a poller needs of the registry that keeps it (PlayerPollers). */
export interface PollerHost {
  readonly options: PlayerPollersOptions;
  /** The server's memory of its subscribers' credentials. */
  readonly credentials: CredentialLedger;
  /** Ends the streams of session `sessionId` here and on the other instances. */
  endSession(sessionId: string): void;
  /** A poller without subscribers leaves the registry. */
  dropPoller(user: UserPlayer, resource: PlayerResource): void;
  /** A stopped poller's last reading, kept a few intervals for a resubscribe. */
  keepReading(userId: string, resource: PlayerResource, reading: Reading): void;
  /** The reading a poller of `userId` and `resource` left lately, if any. */
  recentReading(userId: string, resource: PlayerResource): Reading | undefined;
}

/** The poller of one user's resource: see the module's docstring. */
export class ResourcePoller {
  private readonly fanout: PlayerFanout;
  private readonly schedule: PollSchedule;
  private readonly turns: CredentialTurns;
  private stopped = false;
  /** With coordination: the shared channel, whether this instance held the lease at its last claim, and
   * whether the holder was heard from (until then, each tick asks it for a reading). */
  private readonly channel: PlayerChannel | undefined;
  private holding = false;
  private heard = false;
  /** What the poller's log lines name it by (see PlayerPollersOptions.detached). */
  private readonly identity: PollerIdentity;

  constructor(
    private readonly host: PollerHost,
    private readonly user: UserPlayer,
    private readonly resource: PlayerResource,
  ) {
    const { options } = host;
    this.identity = {
      user: createHash('sha256').update(user.userId).digest('hex').slice(0, 16),
      resource,
    };
    this.schedule = new PollSchedule(options, () => void this.run());
    this.turns = new CredentialTurns(host.credentials, options.intervalMs);
    // A poller that just stopped left its last reading: served to verified credentials without a call.
    this.fanout = new PlayerFanout(options.seekDriftMs, host.recentReading(user.userId, resource));
    this.channel = options.coordination?.join(user.userId, resource, (message) =>
      this.detached(() => this.receive(message)),
    );
  }

  get size(): number {
    return this.fanout.size;
  }

  /**
   * Whether this poller polls Spotify: always on its own, and with coordination while this instance
   * held the user's poll lease at its last claim (or coordination was unavailable, so it polled itself).
   */
  get polling(): boolean {
    return !this.stopped && (this.channel === undefined || this.holding);
  }

  add(view: PlayerView, subscriber: AnySubscriber): void {
    this.fanout.add(view, subscriber);
    const first = this.fanout.size === 1;
    // A credential gets shared values only once Spotify accepted it recently; a new one is polled with.
    subscriber.source.token().then(
      (token) => {
        if (subscriber.isDone || this.stopped) return;
        if (this.fanout.last !== undefined && this.host.credentials.isVerified(token.accessToken)) {
          this.fanout.activate(subscriber);
          if (first && this.schedule.idle) this.schedule.at(this.host.options.intervalMs);
        } else this.runSoon();
      },
      () => this.runSoon(),
    );
  }

  /**
   * The waiting subscribers whose credential Spotify accepted lately (at any of this instance's pollers,
   * e.g. the user's devices poller) get the current value now. Called when a reading arrives from the
   * lease holder: such a credential is not polled with here again (see CredentialTurns.order), so
   * without this a subscriber waiting on a non-polling instance would wait until its credential's entry
   * lapsed. Asks each waiting subscriber's source for its token; no Spotify call.
   */
  private activateAccepted(): void {
    for (const [subscriber, member] of this.fanout.subscribers) {
      if (member.active || subscriber.isDone) continue;
      subscriber.source.token().then(
        (token) => {
          if (!subscriber.isDone && !this.stopped && this.turns.accepted(token.accessToken))
            this.fanout.activate(subscriber);
        },
        // A lost sign-in or a store outage is the next poll's business.
        () => {},
      );
    }
  }

  /** Ends the streams of session `sessionId` with `error` (the session just ended). */
  endSession(sessionId: string, error: GraphQLError): void {
    for (const subscriber of [...this.fanout.subscribers.keys()])
      if (subscriber.source.sessionId === sessionId) subscriber.finish({ error });
  }

  remove(subscriber: AnySubscriber): void {
    if (!this.fanout.remove(subscriber)) return;
    if (this.fanout.size === 0) this.stop();
  }

  /**
   * Polls at once (a playback command just ran); a poll already on the way is followed by another. An
   * instance that does not hold the lease leaves it to the holder (PlayerCoordination.pollSoon asks it).
   */
  pollNow(): void {
    if (this.channel && !this.holding) return;
    this.runSoon();
  }

  /** Polls as soon as the schedule allows (PollSchedule.soon). */
  private runSoon(): void {
    if (this.stopped) return;
    this.schedule.soon();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.schedule.cancel();
    this.host.dropPoller(this.user, this.resource);
    const { last } = this.fanout;
    if (last !== undefined) this.host.keepReading(this.user.userId, this.resource, last);
    this.channel?.close();
    for (const subscriber of [...this.fanout.subscribers.keys()]) subscriber.finish();
  }

  /** `run` in the poller's own scope (PlayerPollersOptions.detached), whoever called. */
  private detached<T>(run: () => T): T {
    const { detached } = this.host.options;
    return detached === undefined ? run() : detached(this.identity, run);
  }

  /** One poll, in the poller's own scope: it serves every subscriber, not the request that nudged it. */
  private run(): Promise<void> {
    return this.detached(() => this.runPoll());
  }

  private async runPoll(): Promise<void> {
    this.schedule.started();
    let delay: number;
    try {
      const holder = await this.mayPoll();
      // Not polling (another instance holds the lease): this instance still checks its subscribers'
      // credentials at its own pace (sessions in the store; new tokens, and those no instance had
      // Spotify accept lately, with one call), so a sign-in lost here ends its streams here.
      delay = await this.pollOnce(!holder);
    } catch (error) {
      // pollOnce handles what it expects; this is a bug: never let it reach the process.
      this.host.options.onUnexpectedError?.(error);
      delay = this.schedule.backoff();
    }
    this.schedule.ended();
    if (this.stopped || this.fanout.size === 0) return;
    delay = this.schedule.nextAfter(delay);
    // The holder keeps the lease until its next poll and a grace after it; if it dies, it lapses.
    if (this.holding) void this.channel?.claim(delay + this.leaseGraceMs());
    this.schedule.at(delay);
  }

  /** Without coordination, always; with it, whether this instance holds (or now takes) the lease. */
  private async mayPoll(): Promise<boolean> {
    if (!this.channel) return true;
    this.holding = await this.channel.claim(this.host.options.intervalMs + this.leaseGraceMs());
    // A new listener asks the holder for a reading rather than wait for its next poll.
    if (!this.holding && !this.heard) this.channel.publish({ kind: 'poll' });
    return this.holding && !this.stopped;
  }

  /** How long a lease outlives its holder's next poll: three playing intervals (ms). */
  private leaseGraceMs(): number {
    return 3 * this.host.options.intervalMs;
  }

  /** A message from another instance polling (or wanting) this user's resource. */
  private receive(message: PlayerMessage): void {
    if (this.stopped) return;
    switch (message.kind) {
      case 'value':
        if (this.holding) return;
        this.heard = true;
        if (message.verified !== undefined) this.host.credentials.noteChecked(message.verified);
        this.deliver(message.value);
        this.activateAccepted();
        return;
      case 'refused':
        // Another instance met Spotify's 401 for this credential: its streams here end at this check.
        this.host.credentials.noteRefused(message.credential);
        this.runSoon();
        return;
      case 'error':
        if (this.holding) return;
        this.heard = true;
        this.fanout.failedPoll(
          new GraphQLError(message.error.message, { extensions: message.error.extensions }),
        );
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
   * 401 (after one renewal, for a session's token: fetchRenewing) ends that credential's subscribers with UNAUTHENTICATED (and the server forgets the token), 403
   * sends them the error (they get no shared value), and the poll goes on with another credential. A
   * success verifies the credential and gives its waiting subscribers the current value. A subscriber
   * whose session store does not answer (Redis down or hung) and who holds no unexpired token is
   * skipped, not failed: nothing is sent for the outage. `verifyOnly` (another instance polls): only
   * credentials not yet verified are polled with, and the reading is not published. Answers the wait
   * before the next poll (ms).
   */
  private async pollOnce(verifyOnly = false): Promise<number> {
    const { options, credentials } = this.host;
    const grouping = await credentialGroups(this.fanout.subscribers.keys(), options.onUnexpectedError, (id) =>
      this.host.endSession(id),
    );
    if (grouping.failure) return this.failed(grouping.failure.graphQLError, grouping.failure.error);
    endRefused(grouping.groups, credentials);
    // Credentials accepted lately (by any poller here) are not polled with for their waiting subscribers:
    // those get the last reading now, if there is one.
    if (this.fanout.last !== undefined)
      for (const [key, group] of grouping.groups)
        if (this.turns.accepted(key))
          for (const subscriber of group.members) this.fanout.activate(subscriber);
    const isWaiting = (subscriber: AnySubscriber): boolean => this.fanout.isWaiting(subscriber);
    const order = this.turns.order(grouping.groups, verifyOnly ? 'check' : 'all', isWaiting);
    let forbiddenOnly = false;
    for (const [key, group] of order) {
      if (this.stopped) return 0;
      let value: unknown;
      try {
        value = await this.fetchRenewing(group.token, group.source);
      } catch (error) {
        const refusal = this.refusal(key, group, error);
        if (refusal === 'outage') grouping.storeOutage = true;
        else if (refusal === 'forbidden') forbiddenOnly = true;
        else if (refusal !== 'ended')
          // Its subscribers get the error even while waiting for their first value: the call was theirs.
          return this.failed(refusal, error, group.members);
        continue;
      }
      if (this.stopped) return 0;
      this.turns.accept(key);
      credentials.verified(key, this.user.userId);
      this.deliver(value);
      for (const [other, otherGroup] of grouping.groups)
        if (credentials.isVerified(other))
          for (const subscriber of otherGroup.members) this.fanout.activate(subscriber);
      if (!verifyOnly) this.channel?.publish({ kind: 'value', value, verified: credentialDigest(key) });
      this.schedule.succeeded();
      // Another new credential waits for its own verification: poll with it at once.
      if (this.turns.order(grouping.groups, 'waiting', isWaiting).length > 0) return MIN_DELAY_MS;
      return verifyOnly ? options.intervalMs : nextDelay(options, this.resource, value, this.user.lastState);
    }
    if (grouping.storeOutage || forbiddenOnly)
      return Math.min(this.schedule.failed(), options.idleIntervalMs);
    return verifyOnly ? options.intervalMs : options.idleIntervalMs;
  }

  /**
   * What the call with credential `key` failing with `error` means for the poll: `outage` (its session
   * store did not answer: skipped), `ended` (Spotify's 401: the credential's sign-in is lost, its
   * subscribers' streams end here and, told, on every instance), `forbidden` (Spotify's 403: its
   * subscribers get the error and no shared value until it is accepted again), else the error the
   * whole poll fails with.
   */
  private refusal(
    key: string,
    group: CredentialGroup,
    error: unknown,
  ): 'outage' | 'ended' | 'forbidden' | GraphQLError {
    if (isSessionStoreOutage(error)) return 'outage';
    const graphQLError = spotifyOrMaskedError(error, this.host.options.onUnexpectedError);
    if (isUnauthenticated(graphQLError)) {
      // This credential's sign-in is lost (on every instance: they hear it); another may still work.
      this.host.credentials.forgetToken(key);
      this.channel?.publish({ kind: 'refused', credential: credentialDigest(key) });
      for (const subscriber of group.members) subscriber.finish({ error: graphQLError });
      return 'ended';
    }
    if (graphQLError.extensions?.code !== 'FORBIDDEN') return graphQLError;
    this.turns.refuse(key);
    for (const subscriber of group.members) {
      this.fanout.deactivate(subscriber);
      subscriber.push({ error: graphQLError });
    }
    return 'forbidden';
  }

  /**
   * Fetches; when Spotify refuses the token (401: expired, or any other refusal of the token, as a query
   * renews: isRefusedToken) and the source can renew it (a session), once more with the renewed token.
   * The renewal is the session's single flight, shared with its queries; a refusal after it ends the
   * credential's subscribers as before (refusal). v17 attack G7.
   */
  private async fetchRenewing(token: SpotifyAuthorisationToken, source: TokenSource): Promise<unknown> {
    try {
      return await this.fetch(token, source);
    } catch (error) {
      const renewal = isRefusedToken(error) ? source.renewRejected?.(token) : undefined;
      if (renewal === undefined) throw error;
      return this.fetch(await renewal, source);
    }
  }

  private fetch(token: SpotifyAuthorisationToken, source: TokenSource): Promise<unknown> {
    return readResource(this.host.options.client, this.resource, {
      authToken: token,
      onTokenRenewed: (fresh: SpotifyAuthorisationToken) => source.renewed(fresh),
    });
  }

  /** A reading (this poll's, or the lease holder's): the user's playback state, then the subscribers. */
  private deliver(value: unknown): void {
    if (this.resource === 'state') this.user.lastState = value as PlaybackState | null;
    this.fanout.deliver(value);
  }

  /**
   * A failed poll: told to the subscribers (PlayerFanout.failedPoll) and to the other instances;
   * answers the wait before the next poll (the back-off, at least Spotify's Retry-After, ms). `own`:
   * the subscribers whose credential the failed call was made with.
   */
  private failed(graphQLError: GraphQLError, error: unknown, own: readonly AnySubscriber[] = []): number {
    const backoff = this.schedule.failed();
    this.fanout.failedPoll(graphQLError, own);
    this.channel?.publish({
      kind: 'error',
      error: { message: graphQLError.message, extensions: { ...graphQLError.extensions } },
    });
    return atLeastRetryAfter(backoff, error);
  }
}
