import type { ExecutionResult } from 'graphql';
import { type Plugin, processRegularResult } from 'graphql-yoga';

/**
 * An SSE request refused before anything ran gets the answer a client accepting
 * `application/graphql-response+json` gets (GraphQL over HTTP's status for that refusal: 400 for a
 * document that does not parse, validate or name one operation, and for a limit; 401 for
 * UNAUTHENTICATED; the errors' own headers such as Retry-After), with the errors as a JSON body
 * (`application/json`, as graphql-sse's distinct-connections mode answers a bad request), instead of a
 * 200 (or 4xx) event stream that carries only an error: an EventSource-style client and a proxy see a
 * refusal for what it is, whatever the refusal.
 *
 * A refusal is an answer that is one result (no stream) without `data`: execution never began. A
 * query answered over SSE with `data` (even `null`, or with field errors) stays an event.
 */
export function useSseRequestErrors(): Plugin {
  return {
    onResultProcess({ request, result, setResultProcessor }) {
      // The client's first choice decides (yoga's list of acceptable types always starts with SSE).
      const first = (request.headers.get('accept') ?? '').split(',')[0]?.split(';')[0]?.trim();
      if (first !== 'text/event-stream') return;
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const single = result as ExecutionResult;
      if ('data' in single && single.data !== undefined) return;
      if (!single.errors || single.errors.length === 0) return;
      setResultProcessor((refused, fetchAPI) => {
        const response = processRegularResult(refused, fetchAPI, 'application/graphql-response+json');
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          if (name.toLowerCase() !== 'content-type') headers[name] = value;
        });
        headers['content-type'] = 'application/json; charset=utf-8';
        // A request error is a 4xx under GraphQL over HTTP, whichever error carried no status of its own.
        const status = Math.max(response.status, 400);
        return new fetchAPI.Response(response.body, { status, headers });
      }, 'application/json');
    },
  };
}
