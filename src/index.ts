/** `spotify-graphql`: the GraphQL server over the Spotify Web API. The Spotify client is `spotify-graphql/client`. */
export { type CatalogCache, MemoryCatalogCache, noCatalogCache } from './resolvers/catalog-cache.js';
export type { GraphQLContext } from './resolvers/context.js';
export { type ErrorCode, toGraphQLError } from './resolvers/errors.js';
export { schema } from './schema/index.js';
export { type CreateServerOptions, createServer, type SpotifyGraphQLServer } from './server/app.js';
export { type AppModeSetting, configFromEnv, DEFAULT_SCOPES, type ServerConfig } from './server/config.js';
export { type RunningServer, type ServeOptions, serve } from './server/serve.js';
