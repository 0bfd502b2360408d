import { subscribe } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Subscription operations run through graphql-js `subscribe` (yoga's default engine, graphql-tools'
 * executor, also handles @defer/@stream and abort signals, which this schema's subscriptions do not
 * use). An idle subscription holds its engine's wrappers for as long as it lives: graphql-js keeps the
 * operation's arguments and one mapping iterator, about 1 KB less per subscription than graphql-tools'
 * execution context, its flattening iterator and its mapping iterator. Queries and mutations keep
 * yoga's engine (or graphql-jit).
 */
export function useGraphQLJsSubscribe(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribe);
    },
  };
}
