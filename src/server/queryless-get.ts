import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** The code of the answer to a GET of `/graphql` without a query while GraphiQL is off. */
export const GRAPHIQL_DISABLED = 'GRAPHIQL_DISABLED';

/** How to send a query, said in every answer to a GET without one. */
const HOW_TO_QUERY =
  'send a query as POST /graphql with a JSON body {"query": "{ __typename }"}, or as GET /graphql?query={__typename}';

/**
 * A GET of `/graphql` without a `query` parameter (a browser's, or `curl` of the bare URL) is answered
 * with one GraphQL error that says what to do, instead of graphql-yoga's "Must provide query string."
 * With GraphiQL off (GRAPHIQL=false, the default with NODE_ENV=production outside the sandbox) its code
 * is `GRAPHIQL_DISABLED`; with GraphiQL on (only a client that does not ask for HTML gets here) it stays
 * `BAD_REQUEST` and names GraphiQL. Status and content type are yoga's, as for any request error (200
 * for `application/json`, 400 for `application/graphql-response+json` and for a browser's Accept).
 */
export function useQuerylessGetAnswer(graphiql: boolean): Plugin {
  const message = graphiql
    ? `No query: ${HOW_TO_QUERY}, or open this URL in a browser for GraphiQL`
    : `GraphiQL is turned off on this server (GRAPHIQL=false; NODE_ENV=production turns it off by default): ${HOW_TO_QUERY}`;
  const code = graphiql ? 'BAD_REQUEST' : GRAPHIQL_DISABLED;
  return {
    onRequestParse({ request }) {
      if (request.method !== 'GET') return undefined;
      return {
        onRequestParseDone({ requestParserResult }) {
          const params = Array.isArray(requestParserResult) ? undefined : requestParserResult;
          if (params === undefined || (params.query !== undefined && params.query !== null)) return;
          throw createGraphQLError(message, { extensions: { code } });
        },
      };
    },
  };
}
