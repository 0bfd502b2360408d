import { GraphQLError } from 'graphql';
import type { SpotifyApiClient } from '../spotify/client.js';
import {
  createEndpointGroups,
  type EndpointGroups,
  type RequestExecutor,
} from '../spotify/endpoints/index.js';
import { SpotifyAuthorisationToken } from '../spotify/token.js';
import type { AppTokenProvider } from './app-token.js';
import { CallTracker } from './call-tracker.js';
import { type CatalogCache, catalogKey } from './catalog-cache.js';
import { type CatalogLoader, createCatalogLoaders, type LoadableType } from './loaders.js';
import { RequestBudget } from './request-budget.js';

/** What every resolver of one GraphQL operation gets. Built once per request; never shared. */
/** The client as resolvers see it: its generic request path, with this request's calls counted. */
export type RequestClient = RequestExecutor & Pick<SpotifyApiClient, 'appMode' | 'modeFor'>;

export interface GraphQLContext {
  readonly client: RequestClient;
  /** The client's endpoint groups (`api.playlists.get(...)`); pass `opts()` so calls carry this request's token. */
  readonly api: EndpointGroups;
  /** The Spotify token calls are made with: the user's, or the app's client-credentials token. */
  readonly token: SpotifyAuthorisationToken;
  /** True when a user token came with the request (user data is reachable). */
  readonly isUser: boolean;
  readonly loaders: Readonly<Record<LoadableType, CatalogLoader>>;
  /** The most Spotify calls this operation may cause (the complexity limit); the schema's default if unset. */
  readonly maxCost?: number;
  /** A catalog object shared by earlier requests, if this request may use the shared cache. */
  cached(type: LoadableType, id: string, market: string | undefined): unknown;
  /**
   * Call options for the client: the endpoint's parameters plus this request's token. Undefined values
   * (GraphQL arguments that were not given) are left out, so they never reach Spotify.
   */
  opts<T extends Record<string, unknown> = Record<string, never>>(
    extra?: T,
  ): Compact<T> & { authToken: SpotifyAuthorisationToken };
}

/** `T` without undefined or null values: keys that may hold them become optional. */
export type Compact<T> = {
  [K in keyof T as undefined extends T[K] ? never : null extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : null extends T[K] ? K : never]?: Exclude<
    T[K],
    undefined | null
  >;
};

export interface ContextDeps {
  client: SpotifyApiClient;
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

/**
 * The endpoint groups, built on first use. A plain getter on the context would not do: yoga copies the
 * context's properties (Object.assign), which would call it for every request.
 */
function lazyGroups(client: RequestClient): EndpointGroups {
  let groups: EndpointGroups | undefined;
  return new Proxy({} as EndpointGroups, {
    get(_target, key) {
      groups ??= createEndpointGroups(client);
      return groups[key as keyof EndpointGroups];
    },
  });
}

/** The client with this request's budget: its concurrency bound, and its abort signal on every call. */
function budgetedClient(
  client: SpotifyApiClient,
  budget: RequestBudget,
): Pick<SpotifyApiClient, 'request' | 'requestMany'> {
  const signal = budget.signal;
  if (signal === undefined) {
    return {
      request: (endpoint, options) => budget.run(() => client.request(endpoint, options)),
      requestMany: (batch, single, ids, options) =>
        budget.run(() => client.requestMany(batch, single, ids, options)),
    };
  }
  return {
    request: (endpoint, options) => budget.run(() => client.request(endpoint, { ...options, signal })),
    requestMany: (batch, single, ids, options) =>
      budget.run(() => client.requestMany(batch, single, ids, { ...options, signal })),
  };
}

function trackedClient(
  client: SpotifyApiClient,
  budgeted: Pick<SpotifyApiClient, 'request' | 'requestMany'>,
  tracker: CallTracker,
): RequestClient {
  return {
    get appMode() {
      return client.appMode;
    },
    modeFor: (endpoint) => client.modeFor(endpoint),
    request: (endpoint, options) => tracker.track(budgeted.request(endpoint, options)),
    requestMany: (batch, single, ids, options) =>
      tracker.track(budgeted.requestMany(batch, single, ids, options)),
    // The primary and fallback call through the tracked groups already.
    withFallback: (endpoint, primary, fallback) => client.withFallback(endpoint, primary, fallback),
  };
}

/** What bounds one request's Spotify calls (src/server/limits.ts reads them from the environment). */
export interface RequestBounds {
  /** Aborts the request's calls: the client went away or its deadline passed. */
  signal?: AbortSignal | undefined;
  /** Spotify calls of this request in flight at once (default 8). */
  concurrency?: number;
  /** The most Spotify calls the operation may cause (MAX_QUERY_COST). */
  maxCost?: number;
}

export async function createContext(
  deps: ContextDeps,
  bearer: string | undefined,
  bounds: RequestBounds = {},
): Promise<GraphQLContext> {
  const isUser = bearer !== undefined;
  const token = isUser ? new SpotifyAuthorisationToken({ accessToken: bearer }) : await deps.appToken.get();
  const tracker = new CallTracker();
  const budgeted = budgetedClient(deps.client, new RequestBudget(bounds.concurrency ?? 8, bounds.signal));
  const client = trackedClient(deps.client, budgeted, tracker);
  const loaders = createCatalogLoaders({
    client: budgeted,
    token,
    cache: deps.cache,
    share: !isUser,
    schedule: (dispatch) => setImmediate(() => tracker.whenIdle(dispatch)),
  });
  return {
    ...(bounds.maxCost === undefined ? {} : { maxCost: bounds.maxCost }),
    client,
    api: lazyGroups(client),
    token,
    isUser,
    loaders,
    cached: isUser ? () => undefined : (type, id, market) => deps.cache.get(catalogKey(type, id, market)),
    opts: <T extends Record<string, unknown>>(extra?: T) => {
      const options: Record<string, unknown> = { authToken: token };
      for (const [name, value] of Object.entries(extra ?? {}))
        if (value !== undefined && value !== null) options[name] = value;
      return options as Compact<T> & { authToken: SpotifyAuthorisationToken };
    },
  };
}
