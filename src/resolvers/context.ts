import type { GraphQLError } from 'graphql';
import type { SpotifyApiClient } from '../spotify/client.js';
import { createEndpointGroups, type EndpointGroups } from '../spotify/endpoints/index.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import type { AppTokenProvider } from './app-token.js';
import type { CatalogCache } from './catalog-cache.js';
import { type CursorKeys, cursorViewer, PROCESS_CURSOR_KEYS } from './cursor-state.js';
import { type CatalogLoader, createCatalogLoaders, type LoadableType } from './loaders.js';
import type { PlayerPollers } from './player-pollers.js';
import { type RequestBounds, type RequestClient, RequestSpotifyClient } from './request-client.js';
import {
  bearerOf,
  type RequestCredentials,
  type RequestUser,
  requestUserOf,
  type SessionResolver,
  SessionUnusable,
  unauthenticated,
} from './request-credentials.js';
import { sessionTokenSource, type TokenSource } from './token-source.js';

/**
 * What every resolver of one GraphQL operation gets. Built once per request; never shared.
 *
 * Its own properties are few on purpose, and what can be worked out from them is a function of the
 * context (trackCall, requestSignal, cachedObject, sharedCatalogCache, appMarketOf), not a property:
 * yoga copies the context's properties (Object.assign) onto its initial context (a graphql-ws
 * operation's has six), and V8 keeps an object given up to 13 properties that way in fast mode, one
 * hidden class shared by every such context; beyond, it is a dictionary (about 1.6 KB). 741568b's
 * `appMarket` made it 15, and an idle subscription keeps its context for as long as it lives
 * (test/subscriptions/context-shape.test.ts). With maxCost and tokenSource it has 11 now.
 */
export interface GraphQLContext {
  readonly client: RequestClient;
  /** The client's endpoint groups (`api.playlists.get(...)`); pass `opts()` so calls carry this request's token. */
  readonly api: EndpointGroups;
  /** The Spotify token calls are made with: the user's, or the app's client-credentials token. */
  readonly token: SpotifyAuthorisationToken;
  /** True when a user token came with the request (user data is reachable). */
  readonly isUser: boolean;
  /**
   * The signed-in user's Spotify id when the server knows it without a Spotify call: a session's (learnt
   * at sign-in). Undefined for a bare Spotify access token (only `GET /me` tells whose it is) and for
   * anonymous requests.
   */
  readonly userId: string | undefined;
  /**
   * Why the request is not a user's although it carried a session (ended, unknown, refused): user fields
   * answer this UNAUTHENTICATED error while catalog fields still work with the app token.
   */
  readonly sessionError?: GraphQLError | undefined;
  readonly loaders: Readonly<Record<LoadableType, CatalogLoader>>;
  /** The most Spotify calls this operation may cause (MAX_QUERY_COST); the server's default if unset. */
  readonly maxCost?: number;
  /** The server's player pollers: subscriptions read from them, playback commands nudge them. */
  readonly playerPollers: PlayerPollers;
  /**
   * Where a subscription gets the user's token for as long as it lives; when absent, the request's
   * `token` (renewed by the client's `tokenRenew` hook, if any). Sessions provide their own.
   */
  readonly tokenSource?: TokenSource;
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
  playerPollers: PlayerPollers;
  /** Server sessions (cookie or Bearer session token); without it only Spotify access tokens work. */
  sessions?: SessionResolver | undefined;
  /**
   * SPOTIFY_DEFAULT_MARKET (default DEFAULT_MARKET, `US`): the market of app-token reads of shows,
   * episodes, audiobooks and chapters that name none (see withAppMarket).
   */
  defaultMarket?: string | undefined;
  /**
   * The keys connection cursors are signed with (derived from ENCRYPTION_KEY, src/server/app.ts);
   * default this process's own random key (cursorKeysOf).
   */
  cursorKeys?: CursorKeys | undefined;
}

/**
 * The endpoint groups of one request, built on first use. A plain getter on the context would not do:
 * yoga copies the context's properties (Object.assign), which would call it for every request. The
 * proxy's handler is shared; each request holds only the proxy and its target.
 */
const LAZY_GROUPS: ProxyHandler<{ client: RequestClient; groups?: EndpointGroups }> = {
  get(target, key) {
    target.groups ??= createEndpointGroups(target.client);
    return target.groups[key as keyof EndpointGroups];
  },
};

function lazyGroups(client: RequestClient): EndpointGroups {
  return new Proxy({ client }, LAZY_GROUPS) as unknown as EndpointGroups;
}

/**
 * What the server learns about the request's session while answering it: set when the session it
 * carried turned out ended (unknown, refused, or its renewal refused), so the answer can clear the
 * session cookie.
 */
export interface SessionOutcome {
  ended: boolean;
}

/**
 * The per-request context: the one place where a request's credentials (session cookie, Bearer
 * session token, or a plain Spotify access token) become the token its Spotify calls use. A session
 * that cannot be used makes the request anonymous: catalog fields work, user fields answer
 * UNAUTHENTICATED (`sessionError`), and `outcome.ended` is set. Throws GraphQLError UNAUTHENTICATED for
 * a malformed Authorization header.
 */
export async function createContext(
  deps: ContextDeps,
  credentials: RequestCredentials,
  outcome: SessionOutcome = { ended: false },
  bounds: RequestBounds = {},
): Promise<GraphQLContext> {
  let user: RequestUser | undefined;
  let sessionError: GraphQLError | undefined;
  try {
    user = await requestUserOf(deps, credentials);
  } catch (error) {
    if (!(error instanceof SessionUnusable)) throw error;
    sessionError = error;
    outcome.ended = true;
  }
  const userToken = user?.token;
  const isUser = userToken !== undefined;
  // A session's token is never the Authorization header's own bearer (a plain access token is).
  const fromSession =
    userToken !== undefined && userToken.accessToken !== bearerOf(credentials.authorization);
  // A failing app token fails the fields that call Spotify, not the request (see UnavailableAppToken).
  const token = userToken ?? (await deps.appToken.forRequest());
  const client = new RequestSpotifyClient(deps, bounds, token, isUser, outcome);
  // One literal of fixed shape, the optional parts assigned after: the same literal beginning with a
  // conditional spread took about 22 us of CPU per request (0.5 us this way; createContext alone, in a
  // loop under node --cpu-prof), a large share of a warm query's own work.
  const context: { -readonly [K in keyof GraphQLContext]: GraphQLContext[K] } = {
    client,
    api: lazyGroups(client),
    token,
    isUser,
    userId: user?.userId,
    sessionError,
    loaders: createCatalogLoaders(client),
    playerPollers: deps.playerPollers,
    // A function shared by every context (`this` is the context it is called on): an idle
    // subscription keeps its context alive, and a per-request closure would add to every one.
    opts: callOptions,
  };
  if (bounds.maxCost !== undefined) context.maxCost = bounds.maxCost;
  if (fromSession) {
    context.tokenSource = sessionTokenSource(
      async () => {
        const token = (await requestUserOf(deps, credentials))?.token;
        if (!token) throw unauthenticated('The session has ended: sign in again');
        return token;
      },
      (token) => deps.sessions?.renewRejected(token),
      deps.sessions?.sessionIdOf?.(credentials, bearerOf(credentials.authorization)),
    );
  }
  return context;
}

/**
 * Counts `call` among `ctx`'s request's Spotify calls in flight (catalog batches wait for them): for a
 * load the request joins rather than sends. Answers `call`.
 */
export function trackCall<T>(ctx: GraphQLContext, call: Promise<T>): Promise<T> {
  return ctx.client instanceof RequestSpotifyClient ? ctx.client.track(call) : call;
}

/**
 * `ctx`'s request's abort signal (the client went away, or its deadline passed), made on first use;
 * undefined when the request has none. A load the request shares with others lets go of it then.
 */
export function requestSignal(ctx: GraphQLContext): AbortSignal | undefined {
  return ctx.client instanceof RequestSpotifyClient ? ctx.client.signal : undefined;
}

/** A catalog object shared by earlier requests, if `ctx`'s request may use the shared cache. */
export function cachedObject(
  ctx: GraphQLContext,
  type: LoadableType,
  id: string,
  market: string | undefined,
): unknown {
  return ctx.client instanceof RequestSpotifyClient ? ctx.client.cached(type, id, market) : undefined;
}

/**
 * The catalog cache shared across requests, if `ctx`'s request may share it (the app token's: the same
 * answers for every such caller); undefined for a user's request.
 */
export function sharedCatalogCache(ctx: GraphQLContext): CatalogCache | undefined {
  return ctx.client instanceof RequestSpotifyClient ? ctx.client.sharedCache : undefined;
}

/**
 * For a request without a user (the app's token, no user country): SPOTIFY_DEFAULT_MARKET, the market
 * its reads and searches of shows, episodes and audiobooks are asked in when it names none (see
 * withAppMarket). Undefined for a user's request: the user's country applies.
 */
export function appMarketOf(ctx: GraphQLContext): string | undefined {
  return ctx.client instanceof RequestSpotifyClient ? ctx.client.appMarket : undefined;
}

/**
 * The keys the connection cursors of `ctx`'s request are signed with: its server's
 * (ContextDeps.cursorKeys), else this process's own. Read through the client, so that no context
 * holds one more field (an idle subscription keeps its context).
 */
export function cursorKeysOf(ctx: GraphQLContext): CursorKeys {
  return (
    (ctx.client instanceof RequestSpotifyClient ? ctx.client.cursorKeys : undefined) ?? PROCESS_CURSOR_KEYS
  );
}

/**
 * Whose list a connection cursor of `ctx`'s request pages (cursorViewer): the session's user, else any
 * caller with a bare user token, else anonymous.
 */
export function cursorViewerOf(ctx: GraphQLContext): string {
  return cursorViewer(ctx.userId, ctx.isUser);
}

/** The context's `opts`: call options with its token, undefined and null values left out. */
function callOptions<T extends Record<string, unknown>>(
  this: GraphQLContext,
  extra?: T,
): Compact<T> & { authToken: SpotifyAuthorisationToken } {
  const options: Record<string, unknown> = { authToken: this.token };
  for (const [name, value] of Object.entries(extra ?? {}))
    if (value !== undefined && value !== null) options[name] = value;
  return options as Compact<T> & { authToken: SpotifyAuthorisationToken };
}
