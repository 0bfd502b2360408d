/** `spotify-graphql`: the GraphQL server over the Spotify Web API. The Spotify client is `spotify-graphql/client`. */

export { KeyRing, RecordRejected } from './auth/crypto.js';
export { MemoryTokenStore } from './auth/memory-store.js';
export {
  type OpenedStore,
  type OpenStoreOptions,
  openTokenStore,
  StoreConfigError,
} from './auth/open-store.js';
export { SessionEnded } from './auth/sessions.js';
export type { LoginAttemptRecord, SessionRecord, TokenStore } from './auth/store.js';
export { type CatalogCache, MemoryCatalogCache, noCatalogCache } from './resolvers/catalog-cache.js';
export type { GraphQLContext } from './resolvers/context.js';
export { type ErrorCode, toGraphQLError } from './resolvers/errors.js';
export { schema } from './schema/index.js';
export { type CreateServerOptions, createServer, type SpotifyGraphQLServer } from './server/app.js';
export { type AppModeSetting, configFromEnv, DEFAULT_SCOPES, type ServerConfig } from './server/config.js';
export { type RunningServer, type ServeOptions, serve } from './server/serve.js';
