/**
 * A value Spotify sent that does not fit the schema (a `badValue` error: a missing name, a count that is
 * no number, an entry that is no object) is Spotify's glitch of the moment, and the shared catalog cache
 * must not serve it again to every later request for CATALOG_CACHE_TTL_S (v10 attack on issue 7, F16):
 * when an answer carries such an error, the catalog entries its request read or kept are deleted (memory
 * and Redis; see NotedCatalogReads), and the next request asks Spotify again. The same holds for an
 * item Spotify sent of another type or without a usable id (SPOTIFY_UNSUPPORTED_ITEM; R1).
 */
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../resolvers/context.js';
import { forgetSharedReads } from '../resolvers/request-client.js';
import { UNSUPPORTED_ITEM } from '../resolvers/unmodelled.js';
import { badValueError } from './bad-values.js';

/** Whether `error` says Spotify sent a value that does not fit (a resolver's `badValue`, or the executor's refusal of one). */
export function isBadValue(error: GraphQLError): boolean {
  return error.extensions?.badValue === true || badValueError(error) !== undefined;
}

/**
 * Whether `error` says Spotify's answer could not be used as sent: a `badValue` (isBadValue), or a
 * SPOTIFY_UNSUPPORTED_ITEM (an object of another type, or without a usable id, where an item belongs:
 * how a wrong id or type shows; v10 re-attack on issue 7, R1). Honest errors (not found, forbidden,
 * unavailable) are not: their catalog entries stay. An unsupported item Spotify sends every time (an ad)
 * only costs the request its caching.
 */
export function isUnusableAnswer(error: GraphQLError): boolean {
  return isBadValue(error) || error.extensions?.code === UNSUPPORTED_ITEM;
}

/**
 * Deletes the shared catalog entries of a request whose answer carries an error of Spotify's answer
 * that could not be used as sent (isUnusableAnswer). Put after
 * graphql-jit's plugin: it sees the answer graphql-js made again.
 */
export function useForgetBadValueReads(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          const errors = (result as ExecutionResult).errors;
          if (!errors?.some(isUnusableAnswer)) return;
          forgetSharedReads(args.contextValue as unknown as GraphQLContext);
        },
      };
    },
  };
}
