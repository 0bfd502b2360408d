import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import type { Plugin } from 'graphql-yoga';

/** Where graphql-sse's single-connection mode is served (the graphql-sse client's `url`). */
export const SSE_SINGLE_CONNECTION_PATH = '/graphql/stream';

/**
 * graphql-sse's single-connection ("reservation") mode on `/graphql/stream`, through yoga's own
 * plugin: a client reserves a stream with `PUT`, opens it with `GET ?token=`, then starts each
 * operation with its own `POST` (whose headers, the Authorization among them, build that operation's
 * context, as on `/graphql`) and stops it with `DELETE`. Operations go through the same envelop
 * plugins, limits and context as HTTP. The distinct-connections mode stays on `/graphql`.
 */
export function useSseSingleConnection(): Plugin {
  return useGraphQLSSE({ endpoint: SSE_SINGLE_CONNECTION_PATH });
}
