import { type ExecutionArgs, type GraphQLError, getOperationAST, getVariableValues } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { reissue } from '../resolvers/errors.js';

/**
 * Variables that cannot be coerced (a required one missing, a value of the wrong type) are a request
 * error with `extensions.code` BAD_USER_INPUT and HTTP 400, for queries and mutations as for
 * subscriptions (src/server/subscribe-engine.ts): graphql-js and graphql-jit answer them with a bare
 * message, which a client cannot tell from any other failure. Checked before execution, so the
 * operation does not run; a document without variable definitions costs nothing here.
 */
export function useVariableInputErrors(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = variableErrorsOf(args);
      if (errors) setResultAndStopExecution({ errors });
    },
  };
}

/** The variables' coercion errors as BAD_USER_INPUT (HTTP 400), or undefined when they coerce. */
export function variableErrorsOf(args: ExecutionArgs): GraphQLError[] | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation?.variableDefinitions?.length) return undefined;
  const coerced = getVariableValues(args.schema, operation.variableDefinitions, args.variableValues ?? {});
  return coerced.errors?.map(badUserInput);
}

function badUserInput(error: GraphQLError): GraphQLError {
  return reissue(error, {
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}
