import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { subscribeToChanges } from './subscription-results.js';
import { variableErrorsOf } from './variable-errors.js';

/**
 * Subscription operations run through graphql-js `subscribe`. Yoga's default engine (graphql-tools'
 * executor) also handles @defer/@stream and abort signals, which this schema's subscriptions do not
 * use, and an idle subscription holds its engine's wrappers for as long as it lives: graphql-js keeps
 * the operation's arguments and one mapping iterator, about 1 KB less per subscription than
 * graphql-tools' execution context with its flattening and mapping iterators. Queries and mutations
 * keep yoga's engine (or graphql-jit). Each subscription sends only the events whose executed result
 * changed for it (src/server/subscription-results.ts).
 */
export function useGraphQLJsSubscribe(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribeWithInputErrors);
    },
  };
}

/**
 * graphql-js `subscribe` (sending only changed results), with variables that cannot be coerced
 * answered as a query's are (src/server/variable-errors.ts): `extensions.code` BAD_USER_INPUT and HTTP 400.
 */
function subscribeWithInputErrors(
  args: ExecutionArgs,
): Promise<AsyncGenerator<ExecutionResult, void, void> | ExecutionResult> | ExecutionResult {
  const errors = variableErrorsOf(args);
  if (errors) return { errors };
  return subscribeToChanges(args);
}
