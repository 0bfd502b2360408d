import { getMaxListeners, setMaxListeners } from 'node:events';
import { GraphQLError } from 'graphql';
import { isUnrepeatedRefusal } from '../spotify/authorized-call.js';
import { deadlineOf, withDeadline } from '../spotify/deadlines.js';
import type { SharedCallSlots } from './client-call-share.js';
import { reissue } from './errors.js';
import type { SignalSource } from './request-client.js';

/**
 * Spotify calls one request keeps in flight at once, by default (REQUEST_SPOTIFY_CONCURRENCY): 50,
 * Spotify's largest page and batch of ids, so that a level fanned out from one page or batch goes out
 * in one round trip when the pool is free: Development Mode's one call per id of `albums(ids:)` with 20
 * ids, an artist's 20 related artists' albums pages, the 46 artists of an album's 50 tracks with their
 * albums pages (at the former 12 these took 2, 3 and 5 round trips at depths 1, 2 and 2: v15 attack11
 * V3; `npx tsx bench/run.ts waves`). Spotify's rate limit counts calls per app over a rolling 30 s
 * window, not calls at once, and MAX_QUERY_COST bounds a request's calls whatever this bound: a larger
 * one sends the same calls sooner. What keeps one client from taking the Spotify client's whole pool of
 * 100 with two such requests (v15 re-attack RB3, which made the first try at 50 be reverted) is the
 * per-client fair share within the pool (ClientCallShares, SPOTIFY_POOL_RESERVE), not this bound.
 */
export const DEFAULT_REQUEST_CONCURRENCY = 50;

/**
 * What one GraphQL request may take of the shared Spotify client: at most `concurrency` calls in
 * flight at once (the rest queue here, not in the client's shared pool), and nothing after `signal`
 * aborts (the client went away, or the request's deadline passed).
 */
export class RequestBudget {
  private active = 0;
  /** Calls asked of this budget since it was made or last renewed (see renew). */
  private asked = 0;
  private readonly waiting: (() => void)[] = [];

  private made: AbortSignal | undefined;
  /** The current subscription event's deadline (see renew), while one runs. */
  private event: { controller: AbortController; timer: NodeJS.Timeout } | undefined;
  /** `made` combined with the event's deadline, for the event it was made in, and its unhooking. */
  private combined: { signal: AbortSignal; unhook: () => void } | undefined;

  /**
   * @param concurrency Spotify calls of this request in flight at once (at least 1).
   * @param signalSource aborts the request's remaining calls: queued ones fail at once, ones in flight
   *   are cut by the transport. A function is called once, and a SignalSource's `signal` read once, at
   *   the first call (a request answered from the caches never makes its signal).
   * @param shared slots this request's calls also take, shared with other requests of its client (a
   *   subscription's: see ClientCallShares); each call holds its own slot and then a shared one.
   * @param maxCalls Spotify calls this request may make in all (MAX_QUERY_COST): the cost estimate
   *   bounds them before the query runs, this holds the bound whatever Spotify answers (a track
   *   crediting more artists than the estimate assumes). Each call beyond fails with CallLimitExceeded.
   */
  constructor(
    private readonly concurrency: number,
    private readonly signalSource: AbortSignal | (() => AbortSignal) | SignalSource | undefined,
    private readonly shared?: SharedCallSlots,
    private readonly maxCalls = Number.POSITIVE_INFINITY,
  ) {}

  /**
   * A new allowance of `maxCalls`: a subscription's next event is a new execution of its query. With
   * `deadlineMs` (SUBSCRIPTION_EVENT_DEADLINE_MS), the event's calls are also cut that long from now
   * (DeadlineExceeded, code DEADLINE_EXCEEDED), shared loads included (see run), until endEvent.
   */
  renew(deadlineMs?: number): void {
    this.asked = 0;
    this.endEvent();
    if (deadlineMs === undefined) return;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new EventDeadlineExceeded(deadlineMs)), deadlineMs);
    timer.unref();
    withDeadline(controller.signal, Date.now() + deadlineMs);
    this.listened({ signal: controller.signal, unhook: () => {} });
    this.event = { controller, timer };
  }

  /**
   * Whether one of this request's calls may be sent to Spotify again (a retry after a 5xx, an
   * unreadable answer or a lost connection; a 429 waited out; the repeat after a 401 renewed the
   * call's token: RequestOptions.beforeRepeat): each repeat
   * is an HTTP request Spotify counts, so it takes one call of the allowance as a call does; false once
   * the allowance is spent, and the call answers the failure it has (v16 re-attack C, F2: a call
   * failing with 503 made 4 requests at an allowance of 1).
   */
  repeat(): boolean {
    if (this.asked >= this.maxCalls) return false;
    this.asked += 1;
    return true;
  }

  /** The subscription event's execution ended: its deadline (see renew) no longer applies. */
  endEvent(): void {
    if (this.event === undefined) return;
    clearTimeout(this.event.timer);
    this.event = undefined;
    this.combined?.unhook();
    this.combined = undefined;
  }

  /**
   * The request's abort signal, made on first use, combined with the current subscription event's
   * deadline while one runs (see renew); undefined when the request has neither.
   */
  get signal(): AbortSignal | undefined {
    const own = this.ownSignal;
    const event = this.event?.controller.signal;
    if (event === undefined) return own;
    if (own === undefined) return event;
    this.combined ??= this.listened(eitherSignal(own, event));
    return this.combined.signal;
  }

  /** `combined`, its signal allowed a listener per call in flight (see ownSignal). */
  private listened<T extends { signal: AbortSignal }>(combined: T): T {
    setMaxListeners(this.concurrency + 10, combined.signal);
    return combined;
  }

  private get ownSignal(): AbortSignal | undefined {
    if (this.made === undefined && this.signalSource !== undefined) {
      this.made = signalOf(this.signalSource);
      // Each call in flight listens for the abort: above Node's default of 10 it would warn of a leak.
      // Only Node's own EventTargets take the setting: an SSE request's signal (@whatwg-node's own
      // AbortSignal) throws ERR_INVALID_ARG_TYPE, and has no such warning to silence.
      try {
        setMaxListeners(Math.max(getMaxListeners(this.made), this.concurrency + 10), this.made);
      } catch {
        // Not a Node EventTarget: nothing to raise.
      }
    }
    return this.made;
  }

  /**
   * Runs `call` when a slot is free; throws the abort error instead once the signal has aborted.
   * `signal` stands for the request's own for a call that has its own (a load shared between requests:
   * it goes on while another request waits for it, whatever becomes of this one); this request stops
   * waiting for it at the subscription event's deadline (see renew), with the deadline's error.
   */
  async run<T>(given: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const event = signal === undefined ? undefined : this.event?.controller.signal;
    const call = event === undefined ? given : () => untilAborted(given(), event);
    // A shared load's own signal (in-flight.ts) is listened to by each of its calls in flight, up to
    // `concurrency` (Development Mode's one call per id): raised as the request's own (see ownSignal).
    if (signal !== undefined && getMaxListeners(signal) < this.concurrency + 10)
      setMaxListeners(this.concurrency + 10, signal);
    this.check(signal);
    if (this.asked >= this.maxCalls) throw callLimitExceeded(this.maxCalls);
    this.asked += 1;
    if (this.active >= this.concurrency) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      this.check(signal);
    }
    this.active += 1;
    try {
      if (!this.shared) return await call();
      // Checked again once the shared slot is free: the request may have ended while it waited.
      return await this.shared.run(() => {
        this.check(signal);
        return call();
      });
    } catch (error) {
      // A call cut by the abort reports why the request stopped, not a network failure.
      this.check(signal);
      // A call not repeated after its token's renewal for want of calls (see repeat) was stopped by
      // the allowance, not by the sign-in: its field says so, as one refused before its first request.
      if (isUnrepeatedRefusal(error)) throw callLimitExceeded(this.maxCalls);
      throw error;
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }

  private check(own?: AbortSignal): void {
    const signal = own ?? this.signal;
    if (signal?.aborted) throw abortError(signal.reason);
    const event = this.event?.controller.signal;
    if (own !== undefined && event?.aborted) throw abortError(event.reason);
  }
}

/**
 * A signal that aborts when `own` or `event` does (with its reason), and a function that stops it
 * listening to `own` (which outlives the event). Not AbortSignal.any: an SSE request's signal is
 * @whatwg-node's own, which it refuses.
 */
function eitherSignal(own: AbortSignal, event: AbortSignal): { signal: AbortSignal; unhook: () => void } {
  const controller = new AbortController();
  const fromOwn = () => controller.abort(own.reason);
  const fromEvent = () => controller.abort(event.reason);
  if (own.aborted) fromOwn();
  else if (event.aborted) fromEvent();
  // The earlier of the two deadlines is the combined signal's (src/spotify/deadlines.ts).
  const due = [deadlineOf(own), deadlineOf(event)].filter((at) => at !== undefined);
  if (due.length > 0) withDeadline(controller.signal, Math.min(...due));
  own.addEventListener('abort', fromOwn, { once: true });
  event.addEventListener('abort', fromEvent, { once: true });
  return { signal: controller.signal, unhook: () => own.removeEventListener('abort', fromOwn) };
}

/** `answer`, or the abort error of `signal` once it aborts first (`answer` goes on unwatched). */
function untilAborted<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError(signal.reason));
  let stop = () => {};
  const aborted = new Promise<never>((_resolve, reject) => {
    stop = () => reject(abortError(signal.reason));
    signal.addEventListener('abort', stop, { once: true });
  });
  return Promise.race([answer, aborted]).finally(() => signal.removeEventListener('abort', stop));
}

/**
 * The error for work stopped by an aborted request: DEADLINE_EXCEEDED when the request's deadline
 * passed (its `http.status` 504 counts only in an answer without `data`; every root field is
 * nullable, so over HTTP it is a field error in a 200: src/server/partial-status.ts) (without a status for a subscription event's: EventDeadlineExceeded), REQUEST_ABORTED
 * when the client went away.
 */
export function abortError(reason: unknown): GraphQLError {
  // An event of a stream has no HTTP status of its own: the stream goes on.
  if (reason instanceof EventDeadlineExceeded)
    return new GraphQLError(reason.message, { extensions: { code: 'DEADLINE_EXCEEDED' } });
  if (reason instanceof DeadlineExceeded) {
    return new GraphQLError(reason.message, {
      extensions: { code: 'DEADLINE_EXCEEDED', http: { status: 504 } },
    });
  }
  return new GraphQLError('The request was aborted', { extensions: { code: 'REQUEST_ABORTED' } });
}

/**
 * The error for a Spotify call beyond the request's allowance (RequestBudget `maxCalls`): code
 * CALL_LIMIT_EXCEEDED with `maxCalls`, at the fields that needed the call; what was already fetched
 * is still answered.
 */
export function callLimitExceeded(maxCalls: number): GraphQLError {
  return new GraphQLError(
    `The query needed more than the ${maxCalls} Spotify calls one request may make: the rest were not made`,
    { extensions: { code: 'CALL_LIMIT_EXCEEDED', maxCalls } },
  );
}

/** The abort reason of a request whose overall deadline passed. */
export class DeadlineExceeded extends Error {
  constructor(readonly deadlineMs: number) {
    super(`The request took longer than its ${deadlineMs} ms deadline`);
    this.name = 'DeadlineExceeded';
  }
}

/**
 * The abort reason of a subscription event whose execution passed SUBSCRIPTION_EVENT_DEADLINE_MS: its
 * remaining Spotify calls are cut, the fields that needed them are DEADLINE_EXCEEDED errors, and the
 * subscription goes on with its next event.
 */
export class EventDeadlineExceeded extends DeadlineExceeded {
  constructor(deadlineMs: number) {
    super(deadlineMs);
    this.message = `The subscription event took longer than its ${deadlineMs} ms deadline (SUBSCRIPTION_EVENT_DEADLINE_MS): the fields still waiting for Spotify were cut`;
    this.name = 'EventDeadlineExceeded';
  }
}

/**
 * A write that the request's abort (deadline or a client gone away) cut after it was handed to the
 * Spotify client: it may have reached Spotify and been applied, so its abort error says so with
 * `mayHaveApplied: true`. Other errors pass as they are.
 */
export function cutWriteError(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const code = error.extensions?.code;
  if (code !== 'DEADLINE_EXCEEDED' && code !== 'REQUEST_ABORTED') return error;
  return reissue(error, {
    message: `${error.message}; the change may have been applied: check before repeating it`,
    extensions: { ...error.extensions, mayHaveApplied: true },
  });
}

/** The signal `source` makes: its call, its `signal`, or itself (an AbortSignal has no `signal`). */
function signalOf(source: AbortSignal | (() => AbortSignal) | SignalSource): AbortSignal {
  if (typeof source === 'function') return source();
  return 'signal' in source ? source.signal : source;
}
