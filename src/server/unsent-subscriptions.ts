import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/**
 * Ends a subscription that no response will carry. yoga chooses how to answer a result only after
 * executing it: a subscription sent over HTTP whose Accept names no streaming type (e.g. only
 * `application/json`) is answered 406 Not Acceptable, but its source stream has already started and
 * yoga drops it without closing it, so its subscriber (a cohort member, a player poller's subscriber,
 * a place among the client's distinct subscriptions) would live on with nobody to send to. When no
 * result processor was chosen for a stream, this closes it (`return()`), which ends everything it
 * holds; the 406 is answered as before. Put after every plugin that chooses a result processor.
 */
export function useUnsentSubscriptionsEnded(): Plugin {
  return {
    onResultProcess({ result, resultProcessor }) {
      if (resultProcessor !== undefined || !isAsyncIterable(result)) return;
      void result[Symbol.asyncIterator]().return?.();
    },
  };
}
