import { createGraphQLError, type Plugin } from 'graphql-yoga';
import Negotiator from 'negotiator';

/** The code of the answer to a GET of `/graphql` without a query while GraphiQL is off. */
export const GRAPHIQL_DISABLED = 'GRAPHIQL_DISABLED';

/**
 * How to send a query, said in every answer to a GET without one. The GET example is percent-encoded:
 * pasted into curl, `{__typename}` would be taken for a URL glob (curl drops the braces).
 */
const HOW_TO_QUERY =
  'send a query as POST /graphql with a JSON body {"query": "{ __typename }"}, or as GET /graphql?query=%7B__typename%7D';

/**
 * A GET of `/graphql` without a `query` parameter (a browser's, or `curl` of the bare URL) is answered
 * with one GraphQL error that says what to do, instead of graphql-yoga's "Must provide query string."
 * With GraphiQL off (GRAPHIQL=false, the default with NODE_ENV=production outside the sandbox) its code
 * is `GRAPHIQL_DISABLED` and its message names what turned it off (`graphiqlSet`: GRAPHIQL's value as
 * set, such as `GRAPHIQL=no`; absent: the NODE_ENV=production default); with GraphiQL on (only a client that does not ask for HTML gets here) it stays
 * `BAD_REQUEST` and names GraphiQL. Its status is 400 for every client (`application/json` ones too: a
 * request without a query is no well-formed GraphQL request, GraphQL over HTTP), in yoga's content type. A
 * client that accepts HTML alone (`Accept: text/html`), which yoga would answer with an empty 406, gets
 * the same message and code as a short HTML page, status 400, while GraphiQL is off.
 */
export function useQuerylessGetAnswer(graphiql: boolean, graphiqlSet?: string): Plugin {
  const why =
    graphiqlSet !== undefined
      ? `GRAPHIQL=${graphiqlSet.slice(0, 16)}`
      : 'NODE_ENV=production turns it off; set GRAPHIQL=true to turn it on';
  const message = graphiql
    ? `No query: ${HOW_TO_QUERY}, or open this URL in a browser for GraphiQL`
    : `GraphiQL is turned off on this server (${why}): ${HOW_TO_QUERY}`;
  const code = graphiql ? 'BAD_REQUEST' : GRAPHIQL_DISABLED;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (graphiql || request.method !== 'GET' || !url.pathname.endsWith('/graphql')) return;
      if (url.searchParams.has('query')) return;
      if (!asksForHtmlOnly(request.headers.get('accept'))) return;
      endResponse(
        new fetchAPI.Response(htmlPage(message, code), {
          status: 400,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
      );
    },
    onRequestParse({ request }) {
      if (request.method !== 'GET') return undefined;
      return {
        onRequestParseDone({ requestParserResult }) {
          const params = Array.isArray(requestParserResult) ? undefined : requestParserResult;
          if (params === undefined || (params.query !== undefined && params.query !== null)) return;
          // Not a well-formed GraphQL request (GraphQL over HTTP): 400 for every client, JSON ones too.
          throw createGraphQLError(message, { extensions: { code, http: { status: 400 } } });
        },
      };
    },
  };
}

/** The media types of HTML pages. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Whether an Accept header accepts only HTML types (text/html, application/xhtml+xml): every range it
 * accepts (q above 0, RFC 9110 section 12.5.1, read by negotiator) is one, and there is one; no JSON,
 * no wildcard. `text/html, application/json;q=0` is HTML only; `text/html;q=0, application/json` is not.
 */
function asksForHtmlOnly(accept: string | null): boolean {
  if (accept === null) return false;
  const accepted = new Negotiator({ headers: { accept } }).mediaTypes();
  return accepted.length > 0 && accepted.every((type) => HTML_TYPES.has(type.toLowerCase()));
}

/** The refusal as a page for people: the message and the code, HTML-escaped. */
function htmlPage(message: string, code: string): string {
  const escaped = (text: string): string => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>GraphiQL is turned off</title></head>\n<body><p>${escaped(message)}</p><p><code>${escaped(code)}</code></p></body></html>\n`;
}
