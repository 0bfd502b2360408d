import { getMaxListeners, setMaxListeners } from 'node:events';
import { GraphQLError } from 'graphql';
import type { SharedCallSlots } from './client-call-share.js';
import { reissue } from './errors.js';

/**
 * Spotify calls one request keeps in flight at once, by default (REQUEST_SPOTIFY_CONCURRENCY). Measured
 * with `npx tsx bench/waves-concurrency.ts 8 10 12`: at 8 two of the bench's shapes took a round trip
 * more than their data needs (10 artists beside their 10 albums pages: 11 calls at once; 8 tracks'
 * albums and artists in Development Mode: 9), at 10 one did, at 12 none. 12 keeps issue 10's bound:
 * the client's pool holds 100 calls (Transport `requestLimit`), so one request takes at most 12% of it,
 * and even one client at its RATE_LIMIT_CONCURRENT default of 8 requests at most 96.
 */
export const DEFAULT_REQUEST_CONCURRENCY = 12;

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

  /**
   * @param concurrency Spotify calls of this request in flight at once (at least 1).
   * @param signalSource aborts the request's remaining calls: queued ones fail at once, ones in flight
   *   are cut by the transport. A function is called once, at the first call (a request answered from
   *   the caches never makes its signal).
   * @param shared slots this request's calls also take, shared with other requests of its client (a
   *   subscription's: see ClientCallShares); each call holds its own slot and then a shared one.
   * @param maxCalls Spotify calls this request may make in all (MAX_QUERY_COST): the cost estimate
   *   bounds them before the query runs, this holds the bound whatever Spotify answers (a track
   *   crediting more artists than the estimate assumes). Each call beyond fails with CallLimitExceeded.
   */
  constructor(
    private readonly concurrency: number,
    private readonly signalSource: AbortSignal | (() => AbortSignal) | undefined,
    private readonly shared?: SharedCallSlots,
    private readonly maxCalls = Number.POSITIVE_INFINITY,
  ) {}

  /** A new allowance of `maxCalls`: a subscription's next event is a new execution of its query. */
  renew(): void {
    this.asked = 0;
  }

  /** The request's abort signal, made on first use; undefined when the request has none. */
  get signal(): AbortSignal | undefined {
    if (this.made === undefined && this.signalSource !== undefined) {
      this.made = typeof this.signalSource === 'function' ? this.signalSource() : this.signalSource;
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
   * it goes on while another request waits for it, whatever becomes of this one).
   */
  async run<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    this.check(signal);
    this.asked += 1;
    if (this.asked > this.maxCalls) throw callLimitExceeded(this.maxCalls);
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
      throw error;
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }

  private check(own?: AbortSignal): void {
    const signal = own ?? this.signal;
    if (signal?.aborted) throw abortError(signal.reason);
  }
}

/**
 * The error for work stopped by an aborted request: DEADLINE_EXCEEDED (HTTP 504) when the request's
 * deadline passed, REQUEST_ABORTED when the client went away.
 */
export function abortError(reason: unknown): GraphQLError {
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
