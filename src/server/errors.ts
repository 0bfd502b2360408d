import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { toGraphQLError } from '../resolvers/errors.js';

/**
 * Spotify client errors become typed GraphQL errors (code, Spotify status, message, reason); GraphQL
 * errors we raised ourselves pass; anything else is masked as an unexpected error.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  if (error instanceof GraphQLError) {
    const original = error.originalError;
    if (original === undefined || original instanceof GraphQLError) return error;
    const mapped = toGraphQLError(original);
    if (mapped) {
      return new GraphQLError(mapped.message, {
        nodes: error.nodes ?? null,
        source: error.source ?? null,
        positions: error.positions ?? null,
        path: error.path ?? null,
        extensions: mapped.extensions,
      });
    }
  } else {
    const mapped = toGraphQLError(error);
    if (mapped) return mapped;
  }
  return yogaMaskError(error, message, isDev);
}
