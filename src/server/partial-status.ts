import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { reissue } from '../resolvers/errors.js';

/** An error as the answer carries it: `extensions.http.status` dropped, its headers (Retry-After) kept. */
function withoutHttpStatus(error: GraphQLError): GraphQLError {
  const http = error.extensions?.http as { status?: number; headers?: Record<string, string> } | undefined;
  if (http?.status === undefined) return error;
  const { status: _status, ...rest } = http;
  return reissue(error, { extensions: { ...error.extensions, http: rest } });
}

/**
 * An answer that carries `data` answers HTTP 200, whatever its field errors say. GraphQL over HTTP
 * (application/graphql-response+json, "status codes") requires a 2xx when `data` is present and not
 * null; yoga otherwise takes the highest `extensions.http.status` of any error, so an anonymous
 * `{ markets me { displayName } }` answered 401 with its markets inside, and clients that treat a
 * non-2xx as a network failure (Apollo Client) lost the data. Request errors (no `data`: a refused
 * limit, a document that does not validate, an UNAUTHENTICATED non-null root) keep their status.
 */
export function usePartialResultStatus(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Array.isArray(result) || Symbol.asyncIterator in result) return;
      if (result.data === null || result.data === undefined || !result.errors?.length) return;
      if (
        !result.errors.some((error) => (error.extensions?.http as { status?: unknown })?.status !== undefined)
      )
        return;
      setResult({ ...result, errors: result.errors.map(withoutHttpStatus) });
    },
  };
}
