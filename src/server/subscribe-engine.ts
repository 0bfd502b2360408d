import {
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  getOperationAST,
  getVariableValues,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { subscribeToChanges } from './subscription-results.js';

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
 * answered as yoga's engine answers them: `extensions.code` BAD_USER_INPUT and HTTP 400.
 */
function subscribeWithInputErrors(
  args: ExecutionArgs,
): Promise<AsyncGenerator<ExecutionResult, void, void> | ExecutionResult> | ExecutionResult {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation) {
    const coerced = getVariableValues(
      args.schema,
      operation.variableDefinitions ?? [],
      args.variableValues ?? {},
    );
    if (coerced.errors) return { errors: coerced.errors.map(badUserInput) };
  }
  return subscribeToChanges(args);
}

function badUserInput(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}
