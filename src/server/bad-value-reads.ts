/**
 * A value Spotify sent that does not fit the schema (a `badValue` error: a missing name, a count that is
 * no number, an entry that is no object) is Spotify's glitch of the moment, and the shared catalog cache
 * must not serve it again to every later request for CATALOG_CACHE_TTL_S (v10 attack on issue 7, F16):
 * when an answer carries such an error, the catalog entries its request read or kept are deleted (memory
 * and Redis; see NotedCatalogReads), and the next request asks Spotify again.
 */
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../resolvers/context.js';
import { forgetSharedReads } from '../resolvers/request-client.js';
import { badValueError } from './bad-values.js';

/** Whether `error` says Spotify sent a value that does not fit (a resolver's `badValue`, or the executor's refusal of one). */
export function isBadValue(error: GraphQLError): boolean {
  return error.extensions?.badValue === true || badValueError(error) !== undefined;
}

/**
 * Deletes the shared catalog entries of a request whose answer carries a `badValue` error. Put after
 * graphql-jit's plugin: it sees the answer graphql-js made again.
 */
export function useForgetBadValueReads(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          const errors = (result as ExecutionResult).errors;
          if (!errors?.some(isBadValue)) return;
          forgetSharedReads(args.contextValue as unknown as GraphQLContext);
        },
      };
    },
  };
}
