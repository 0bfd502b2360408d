import type { GraphQLError } from 'graphql';
import { ChangeDetector } from './player-changes.js';
import { type PlayerView, project } from './player-resources.js';
import type { PlayerSubscriber } from './player-subscriber.js';

/**
 * The subscribers of one player poller and what reaches them: each subscriber's view, whether its
 * credential was verified (only then does it get shared values), the poller's last reading, and the
 * events of a reading, of a failed poll (the last value marked stale, or the error) and of a newly
 * verified subscriber. Each view has its own ChangeDetector, so a value goes out only when its view's
 * part of the reading really changed; every event of one reading carries that reading (`reading`).
 */

/** A subscriber of any view. */
export type AnySubscriber = PlayerSubscriber<unknown>;

/** A poller's last value and when Spotify gave it (ms since the epoch). */
export interface Reading {
  readonly value: unknown;
  readonly at: number;
}

interface ViewState {
  readonly detector: ChangeDetector;
  readonly subscribers: Set<AnySubscriber>;
  /** Whether the detector has seen a value since it was made or reset. */
  primed: boolean;
  /** The reading this view's last value came from: what its stale repeats name (see stale()). */
  sent?: Reading;
}

/** One subscriber of a poller: its view, and whether its credential was verified so it gets shared values. */
interface Member {
  readonly view: PlayerView;
  active: boolean;
}

/** One poller's subscribers by view, and the fan-out of its readings and failures to them. */
export class PlayerFanout {
  private readonly views = new Map<PlayerView, ViewState>();
  /** Subscribers in arrival order, each with its view and whether it gets shared values yet. */
  private readonly members = new Map<AnySubscriber, Member>();
  private lastReading: Reading | undefined;
  /** While polls fail after a reading: what `extensions.stale` says about the last value (see stale()). */
  private staleNote: Readonly<Record<string, unknown>> | undefined;

  /** @param seekDriftMs how far progress may stray from the clock before it counts as a seek (ms) */
  constructor(
    private readonly seekDriftMs: number,
    last?: Reading,
  ) {
    if (last !== undefined) this.lastReading = last;
  }

  /** The subscribers here now. */
  get size(): number {
    return this.members.size;
  }

  /** The subscribers, in arrival order. */
  get subscribers(): ReadonlyMap<AnySubscriber, { readonly active: boolean }> {
    return this.members;
  }

  /** The last reading (undefined before the first, or after an error event). */
  get last(): Reading | undefined {
    return this.lastReading;
  }

  /** `subscriber` of `view` joins, waiting for its credential's verification. */
  add(view: PlayerView, subscriber: AnySubscriber): void {
    let state = this.views.get(view);
    if (!state) {
      state = { detector: new ChangeDetector(this.seekDriftMs), subscribers: new Set(), primed: false };
      this.views.set(view, state);
    }
    state.subscribers.add(subscriber);
    this.members.set(subscriber, { view, active: false });
  }

  /** `subscriber` leaves; answers whether it was here. */
  remove(subscriber: AnySubscriber): boolean {
    if (!this.members.delete(subscriber)) return false;
    for (const [view, state] of this.views) {
      if (state.subscribers.delete(subscriber) && state.subscribers.size === 0) this.views.delete(view);
    }
    return true;
  }

  /** Whether `subscriber` is here and waits for its credential's verification (gets no shared value). */
  isWaiting(subscriber: AnySubscriber): boolean {
    return this.members.get(subscriber)?.active === false;
  }

  /** The subscriber's credential was verified: it gets the current value now, and the changes after. */
  activate(subscriber: AnySubscriber): void {
    const member = this.members.get(subscriber);
    if (member === undefined || member.active || this.lastReading === undefined) return;
    member.active = true;
    const value = project(member.view, this.lastReading.value);
    const state = this.views.get(member.view);
    if (state && !state.primed) {
      state.detector.changed(value, Date.now());
      state.primed = true;
    }
    const reading = this.lastReading;
    if (state) state.sent ??= reading;
    subscriber.push(
      this.staleNote === undefined
        ? { value, reading }
        : { value, reading, extensions: { stale: this.staleNote } },
    );
  }

  /** Spotify refused the subscriber's credential (403): it gets no shared value until verified again. */
  deactivate(subscriber: AnySubscriber): void {
    const member = this.members.get(subscriber);
    if (member) member.active = false;
  }

  /** A new reading: each view's value goes to its verified subscribers when it changed (or was stale). */
  deliver(value: unknown): void {
    const reading = { value, at: Date.now() };
    this.lastReading = reading;
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
      this.pushActive(state, event);
    }
  }

  /**
   * A poll failed for every credential (Spotify's 429, a 5xx, a network failure): the subscribers keep
   * the last value, marked stale, or get the error when there is no value to keep. `own` (the
   * subscribers whose credential the failed call was made with) get the error too while they wait for
   * their first value (their credential not yet verified, they get no shared value): a new subscriber
   * whose first polls fail is told why, not left waiting in silence.
   */
  failedPoll(graphQLError: GraphQLError, own: readonly AnySubscriber[] = []): void {
    if (this.lastReading === undefined) {
      this.broadcastError(graphQLError, own);
      return;
    }
    this.stale(graphQLError, this.lastReading);
    for (const subscriber of own) if (this.isWaiting(subscriber)) subscriber.push({ error: graphQLError });
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
      this.pushActive(state, event);
    }
  }

  /** An error event for every subscriber here that gets shared values, and for `own` (see failedPoll). */
  private broadcastError(graphQLError: GraphQLError, own: readonly AnySubscriber[]): void {
    // After an error event the next value is sent even if it did not change: the stream recovered.
    this.lastReading = undefined;
    this.staleNote = undefined;
    for (const state of this.views.values()) {
      state.detector.reset();
      state.primed = false;
    }
    const event = { error: graphQLError };
    for (const [subscriber, member] of [...this.members])
      if (member.active || own.includes(subscriber)) subscriber.push(event);
  }

  /** `event` for the subscribers of `state`'s view that get shared values. */
  private pushActive(state: ViewState, event: Parameters<AnySubscriber['push']>[0]): void {
    for (const subscriber of [...state.subscribers])
      if (this.members.get(subscriber)?.active) subscriber.push(event);
  }
}
