import type { GraphQLError } from 'graphql';
import type { TokenSource } from './token-source.js';

/**
 * One event of a player subscription: a new value, or an error that reaches the stream as a GraphQL
 * error. A value may say that its progress jumped (a seek: src/resolvers/player-changes.ts) and carry
 * `extensions` for its result (`stale`: the last value, kept while polls fail); see
 * src/server/subscription-results.ts, which reads both. Its `reading` names the poll it comes from.
 */
export type PlayerEvent<T> =
  | {
      readonly value: T;
      readonly progressJump?: boolean;
      readonly extensions?: Readonly<Record<string, unknown>>;
      /**
       * The poller's reading this value comes from: the same object in the events of one poll (every
       * view, every subscriber, and the stale repeats of that reading), so that executions for it share
       * their Spotify loads (src/resolvers/event-loads.ts).
       */
      readonly reading?: object;
    }
  | { readonly error: GraphQLError };

/**
 * One subscriber's end of a player stream, as the async iterator graphql-js `subscribe` reads. It holds
 * at most the latest undelivered event (a slow reader skips to the newest state rather than piling up
 * old ones) and a final event before completion; no timer, no queue: a few hundred bytes when idle.
 */
export class PlayerSubscriber<T> implements AsyncIterableIterator<PlayerEvent<T>> {
  private pending: PlayerEvent<T> | undefined;
  private final: PlayerEvent<T> | undefined;
  private waiting: ((result: IteratorResult<PlayerEvent<T>>) => void) | undefined;
  private ended = false;
  private closed = false;

  /**
   * @param source where this subscriber's token comes from
   * @param onClose called once when the subscriber leaves (unsubscribes, or its stream was ended)
   */
  constructor(
    readonly source: TokenSource,
    private readonly onClose: (subscriber: PlayerSubscriber<T>) => void,
  ) {}

  /** True once the stream has ended or the reader has left. */
  get isDone(): boolean {
    return this.ended;
  }

  /** Hands `event` to the reader, replacing an undelivered older one. */
  push(event: PlayerEvent<T>): void {
    if (this.ended) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting({ value: event, done: false });
    } else {
      this.pending = event;
    }
  }

  /** Ends the stream: `last` (e.g. an UNAUTHENTICATED error) is delivered after any pending event. */
  finish(last?: PlayerEvent<T>): void {
    if (this.ended) return;
    this.ended = true;
    this.close();
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting(last === undefined ? { value: undefined, done: true } : { value: last, done: false });
    } else {
      this.final = last;
    }
  }

  next(): Promise<IteratorResult<PlayerEvent<T>>> {
    const pending = this.pending ?? this.final;
    if (pending !== undefined) {
      if (this.pending !== undefined) this.pending = undefined;
      else this.final = undefined;
      return Promise.resolve({ value: pending, done: false });
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  /** The reader left (graphql-ws `complete`, a closed socket, an SSE client gone). */
  return(): Promise<IteratorResult<PlayerEvent<T>>> {
    this.ended = true;
    this.pending = undefined;
    this.final = undefined;
    this.close();
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(): Promise<IteratorResult<PlayerEvent<T>>> {
    return this.return();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose(this);
  }
}
