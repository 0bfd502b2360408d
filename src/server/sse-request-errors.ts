import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Codes of errors that mean the request itself is wrong: nothing was, or will be, executed. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

/** An error as JSON without the server's own extensions (`http`, `unexpected`), as yoga writes them elsewhere. */
function publicError(error: GraphQLError): ReturnType<GraphQLError['toJSON']> {
  const json = error.toJSON();
  const { http: _http, unexpected: _unexpected, ...extensions } = json.extensions ?? {};
  return { ...json, ...(Object.keys(extensions).length > 0 ? { extensions } : {}) };
}

/**
 * An SSE request whose document does not parse or validate gets HTTP 400 with the errors as JSON
 * (as graphql-sse asks of the distinct-connections mode), instead of a 200 event stream that carries
 * only an error: clients and proxies see a bad request for what it is.
 */
export function useSseRequestErrors(): Plugin {
  return {
    onResultProcess({ request, result, setResultProcessor }) {
      // Only request errors matter: an answer with data (every warm query) reads no header.
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const errors = result.errors as readonly GraphQLError[] | undefined;
      if (result.data !== undefined || !errors || errors.length === 0) return;
      // The client's first choice decides (yoga's list of acceptable types always starts with SSE).
      const first = (request.headers.get('accept') ?? '').split(',')[0]?.split(';')[0]?.trim();
      if (first !== 'text/event-stream') return;
      if (!errors.every((error) => REQUEST_ERRORS.has(String(error.extensions?.code)))) return;
      setResultProcessor(
        (_result, fetchAPI) =>
          new fetchAPI.Response(JSON.stringify({ errors: errors.map(publicError) }), {
            status: 400,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        'application/json',
      );
    },
  };
}
