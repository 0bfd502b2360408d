import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { SubscriptionCohorts } from './subscription-cohorts.js';
import { variableErrorsOf } from './variable-errors.js';

/**
 * Subscription operations run through graphql-js `createSourceEventStream` and `execute`. Yoga's default
 * engine (graphql-tools' executor) also handles @defer/@stream and abort signals, which this schema's
 * subscriptions do not use, and an idle subscription holds its engine's wrappers for as long as it
 * lives. Queries and mutations keep yoga's engine (or graphql-jit). Identical subscriptions of one user
 * share one execution per event, and each sends only the events whose result changed for it
 * (src/server/subscription-cohorts.ts).
 */
export function useGraphQLJsSubscribe(cohorts: SubscriptionCohorts): Plugin {
  const subscribe = (
    args: ExecutionArgs,
  ): Promise<AsyncGenerator<ExecutionResult, void, void> | ExecutionResult> | ExecutionResult => {
    // Variables that cannot be coerced are answered as a query's are (src/server/variable-errors.ts):
    // `extensions.code` BAD_USER_INPUT, a request error (HTTP 400; 200 to an application/json client).
    const errors = variableErrorsOf(args);
    if (errors) return { errors };
    return cohorts.subscribe(args);
  };
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribe);
    },
  };
}
