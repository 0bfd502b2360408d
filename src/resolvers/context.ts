import { GraphQLError } from 'graphql';
import type { RequestOptions, SpotifyApiClient } from '../spotify/client.js';
import type { EndpointGroups } from '../spotify/endpoints/index.js';
import { SpotifyAuthorisationToken } from '../spotify/token.js';
import type { AppTokenProvider } from './app-token.js';
import type { CatalogCache } from './catalog-cache.js';
import { type CatalogLoader, createCatalogLoaders, type LoadableType } from './loaders.js';

/** What every resolver of one GraphQL operation gets. Built once per request; never shared. */
export interface GraphQLContext {
  readonly client: SpotifyApiClient;
  /** The client's endpoint groups (`api.playlists.get(...)`); pass `opts()` so calls carry this request's token. */
  readonly api: EndpointGroups;
  /** The Spotify token calls are made with: the user's, or the app's client-credentials token. */
  readonly token: SpotifyAuthorisationToken;
  /** True when a user token came with the request (user data is reachable). */
  readonly isUser: boolean;
  readonly loaders: Readonly<Record<LoadableType, CatalogLoader>>;
  /** Call options for the client: the endpoint's parameters plus this request's token. */
  opts(extra?: RequestOptions): RequestOptions;
}

export interface ContextDeps {
  client: SpotifyApiClient;
  api: EndpointGroups;
  appToken: AppTokenProvider;
  cache: CatalogCache;
}

export const unauthenticated = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** The bearer token of an Authorization header (or a graphql-ws connection param), if any. */
export function bearerOf(header: string | null | undefined): string | undefined {
  if (header === null || header === undefined || header === '') return undefined;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <Spotify access token>"');
  return match[1];
}

export async function createContext(deps: ContextDeps, bearer: string | undefined): Promise<GraphQLContext> {
  const isUser = bearer !== undefined;
  const token = isUser ? new SpotifyAuthorisationToken({ accessToken: bearer }) : await deps.appToken.get();
  const loaders = createCatalogLoaders({ client: deps.client, token, cache: deps.cache, share: !isUser });
  return {
    client: deps.client,
    api: deps.api,
    token,
    isUser,
    loaders,
    opts: (extra = {}) => ({ ...extra, authToken: token }),
  };
}
