import type { ExecutionResult } from 'graphql';
import { type Plugin, processRegularResult } from 'graphql-yoga';
import { preferredJsonType } from './accept-negotiation.js';

type RefusalType = 'application/graphql-response+json' | 'application/json';

/**
 * The JSON type a refusal of an SSE request is answered in, when the Accept's q-values rate the two
 * GraphQL over HTTP types alike: the first of them the client's Accept lists after `text/event-stream`, else `application/graphql-response+json`
 * (the spec's default when the client accepts neither).
 */
function refusalTypeOf(accept: string): RefusalType {
  for (const entry of accept.split(',')) {
    const type = entry.split(';')[0]?.trim().toLowerCase();
    if (type === 'application/graphql-response+json' || type === 'application/json') return type;
  }
  return 'application/graphql-response+json';
}

/**
 * An SSE request refused before anything ran is answered as the same refusal is to a client that
 * accepts only the JSON type it negotiates (refusalTypeOf), instead of a 200 (or 4xx) event stream
 * that carries only an error: with `application/graphql-response+json` (the client also lists it, or
 * lists neither JSON type) GraphQL over HTTP's 4xx (400 for a document that does not parse, validate
 * or name one operation, and for a limit; 401 for UNAUTHENTICATED); with `application/json` (the
 * client lists it first) the status a JSON client gets (200 for a well-formed request's errors). The
 * errors' own headers (Retry-After) are kept. An EventSource-style client and a proxy see a refusal
 * for what it is, and the content type always matches the status rules it follows.
 *
 * A refusal is an answer that is one result (no stream) without `data`: execution never began. A
 * query answered over SSE with `data` (even `null`, or with field errors) stays an event.
 */
export function useSseRequestErrors(): Plugin {
  return {
    onResultProcess({ request, result, setResultProcessor }) {
      // The client's first choice decides (yoga's list of acceptable types always starts with SSE).
      const accept = request.headers.get('accept') ?? '';
      // Most requests name no stream at all: nothing to split.
      if (!accept.includes('text/event-stream')) return;
      const first = accept.split(',')[0]?.split(';')[0]?.trim();
      if (first !== 'text/event-stream') return;
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const single = result as ExecutionResult;
      if ('data' in single && single.data !== undefined) return;
      if (!single.errors || single.errors.length === 0) return;
      // The q-values decide when they rate the two JSON types differently (accept-q-values.ts).
      const type = preferredJsonType(request) ?? refusalTypeOf(accept);
      setResultProcessor((refused, fetchAPI) => {
        const response = processRegularResult(refused, fetchAPI, type);
        if (type === 'application/json') return response;
        // A request error is a 4xx under GraphQL over HTTP, whichever error carried no status of its own.
        const status = Math.max(response.status, 400);
        return new fetchAPI.Response(response.body, { status, headers: response.headers });
      }, type);
    },
  };
}
