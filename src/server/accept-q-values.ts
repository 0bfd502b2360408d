import { isAsyncIterable, type Plugin, processRegularResult } from 'graphql-yoga';
import { preferredJsonType } from './accept-negotiation.js';

/**
 * A one-result answer (no stream) in the JSON type the client's Accept prefers by its q-values:
 * yoga's result processors take the first listed type and ignore q, so `Accept: application/json;q=1,
 * application/graphql-response+json;q=0.1` got application/graphql-response+json, and a request error
 * (a variable that cannot be coerced) a 400 where the client asked for JSON's 200. GraphQL over HTTP:
 * "encode the response in the highest priority media type listed that is supported by the server".
 * Plugins after this one that choose the answer's type for their own refusals (useSseRequestErrors,
 * the cookie stream refusal) still decide theirs; an Accept without q-values, or rating the two alike,
 * keeps yoga's choice.
 */
export function useAcceptQValues(): Plugin {
  return {
    onResultProcess({ request, result, setResultProcessor }) {
      if (isAsyncIterable(result)) return;
      const type = preferredJsonType(request);
      if (type === undefined) return;
      setResultProcessor((answer, fetchAPI) => processRegularResult(answer, fetchAPI, type), type);
    },
  };
}
