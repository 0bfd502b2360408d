import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { KeyRing } from '../../src/auth/crypto.js';
import type { EmulatorOptions } from '../../src/emulator/index.js';
import { type CatalogCache, noCatalogCache } from '../../src/resolvers/catalog-cache.js';
import type { SpotifyGraphQLServer } from '../../src/server/app.js';
import { createServer } from '../../src/server/app.js';
import type { AppModeSetting, ServerConfig } from '../../src/server/config.js';
import type { LimitsConfig } from '../../src/server/limits.js';
import type { SpotifyApiClient } from '../../src/spotify/client.js';
import { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import { documentText, type GraphQLDocument } from './documents.js';
import { DEVELOPMENT_APP, EXTENDED_APP, startTestEmulator, type TestEmulator } from './emulator.js';
import { testExecutor } from './executor.js';
import { testLogLevel } from './log-level.js';
import { emulatorConfig } from './server-config.js';

export { emulatorConfig };

export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
}

export interface TestServer {
  emu: TestEmulator;
  server: SpotifyGraphQLServer;
  config: ServerConfig;
  /** The GraphQL URL on a real loopback port, when the server was started with `listen`. */
  url: string;
  /**
   * Runs an operation through `yoga.fetch` (in-process HTTP), with a user token when given. A typed
   * document (`graphql(...)`) types the variables and the answer; a string is for a document sent
   * malformed or hostile on purpose.
   */
  query<R = Record<string, unknown>, V = Record<string, unknown>>(
    document: GraphQLDocument<R, V>,
    variables?: NoInfer<V>,
    options?: { token?: string },
  ): Promise<GraphQLAnswer<R>>;
  /** Upstream calls by route since the last `clearLog()`, e.g. `{"GET /v1/albums": 1}`. */
  calls(): Promise<Record<string, number>>;
  clearLog(): Promise<void>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  mode?: 'extended' | 'development';
  appMode?: AppModeSetting;
  emulator?: EmulatorOptions;
  cache?: CatalogCache;
  /** Limits in place of the defaults (src/server/limits.ts). */
  limits?: Partial<LimitsConfig>;
  /** Configuration on top of the test defaults (e.g. a short player poll interval). */
  config?: Partial<ServerConfig>;
  /** Builds the server's Spotify client (e.g. one with a token renewal hook). */
  client?: (config: ServerConfig) => SpotifyApiClient;
  /** Listen on 127.0.0.1, port 0, for transports that need a socket (graphql-ws, SSE, a browser). */
  listen?: boolean;
  /** The server's JSON logger (e.g. one writing to a test's stream), in place of a silent one. */
  logger?: Logger;
}

/** The ENCRYPTION_KEY startServerOn gives instances on Redis (as testKeys() of test/helpers/redis.ts). */
const SHARED_TEST_KEYS = KeyRing.parse(Buffer.alloc(32, 1).toString('base64'));

/** Options of a server started against an emulator the caller owns (see startServerOn). */
export interface ServerOnOptions {
  /** Which seeded app's credentials the server uses (default Extended). */
  app?: 'extended' | 'development';
  /** Configuration on top of the test defaults (emulatorConfig). */
  config?: Partial<ServerConfig>;
  /** Limits in place of the defaults (src/server/limits.ts). */
  limits?: Partial<LimitsConfig>;
  /** The catalog cache; by default the server's own (shared through `redis` when given). */
  cache?: CatalogCache;
  /** A Redis connection of this instance (as a separate process would have its own); not closed here. */
  redis?: Redis;
  /** ENCRYPTION_KEY's ring (default: the shared test key with `redis`, else the server's own random key). */
  keys?: KeyRing;
  /** Builds the server's Spotify client (e.g. one with a token renewal hook); closed by `close()`. */
  client?: (config: ServerConfig) => SpotifyApiClient;
  /** The JSON logger; by default a silent one at the tests' log level. */
  logger?: Logger;
  /**
   * Run operations through graphql-jit, compiled from the first run (default: the test run's executor,
   * testExecutor(), unless `config.jit` chooses).
   */
  jit?: boolean;
  /** Listen on 127.0.0.1, port 0, for transports that need a socket (graphql-ws, SSE, a browser). */
  listen?: boolean;
}

/** The executor options of startServerOn: the caller's, `config.jit`'s, else the test run's. */
function executorOf(options: ServerOnOptions): { jit?: boolean; jitAfterUses?: number } {
  if (options.jit !== undefined) return { jit: options.jit, jitAfterUses: 1 };
  return options.config?.jit === undefined ? testExecutor() : {};
}

/**
 * A GraphQL server against `emu`, an emulator the caller started and closes: several instances of one
 * deployment (processes sharing Redis) each get their own. `close()` stops this server only.
 */
export async function startServerOn(emu: TestEmulator, options: ServerOnOptions = {}): Promise<TestServer> {
  const app = options.app === 'development' ? DEVELOPMENT_APP : EXTENDED_APP;
  const config = emulatorConfig(emu, app, options.config);
  config.limits = { ...config.limits, ...options.limits };
  config.logLevel = testLogLevel();
  const server = await createServer({
    config,
    ...(options.client === undefined ? {} : { client: options.client(config) }),
    ...(options.cache === undefined ? {} : { cache: options.cache }),
    // Instances on one Redis share a key (ENCRYPTION_KEY): it signs their channel messages.
    ...(options.redis === undefined ? {} : { redis: options.redis, keys: SHARED_TEST_KEYS }),
    ...(options.keys === undefined ? {} : { keys: options.keys }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    logging: process.env.DEBUG_GRAPHQL ? 'debug' : false,
    // Compiled from the first run, so that the `all` project compares jit's answers with graphql-js's.
    ...executorOf(options),
  });
  const url = options.listen ? await server.start(0, '127.0.0.1') : '';
  return {
    emu,
    server,
    config,
    url,
    async query(document, variables, { token } = {}) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
      };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await server.yoga.fetch('http://server.test/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: documentText(document), variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: GraphQLAnswer['errors'] };
      return { status: response.status, data: body.data as never, errors: body.errors };
    },
    async calls() {
      const log = await emu.control('GET', '/requests');
      const byRoute = (log.json as { byRoute: Record<string, number> }).byRoute;
      // The token endpoint is the server's own business, not the query's.
      const { 'POST /api/token': _token, ...rest } = byRoute;
      return rest;
    },
    async clearLog() {
      await emu.control('DELETE', '/requests');
    },
    async close() {
      await server.stop();
      if (options.client !== undefined) await server.client.closeClient();
    },
  };
}

/** An emulator plus a GraphQL server configured against it (no catalog cache unless one is given). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const emu = await startTestEmulator(options.emulator ?? {});
  const started = await startServerOn(emu, {
    app: options.mode ?? 'extended',
    config: { appMode: options.appMode ?? options.mode ?? 'extended', ...options.config },
    cache: options.cache ?? noCatalogCache,
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    ...(options.client === undefined ? {} : { client: options.client }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.listen === undefined ? {} : { listen: options.listen }),
  });
  return {
    ...started,
    async close() {
      await started.close();
      await emu.close();
    },
  };
}

/**
 * A live server session for the emulator's seeded `user` (its session token, sent as `Bearer sgs_...`),
 * with a token of the app `app` (default Extended): fair use and the Spotify call shares give a live
 * session's user a key of its own, whereas an unverified Spotify token counts by address (and every
 * caller of a test shares 127.0.0.1).
 */
export async function sessionTokenOf(
  t: TestServer,
  user: string,
  app?: 'extended' | 'development',
): Promise<string> {
  const accessToken = await t.emu.token(app === undefined ? { user } : { user, app });
  const created = await t.server.auth.sessions.create(new SpotifyAuthorisationToken({ accessToken }), {
    id: user,
    displayName: user,
  });
  return created.sessionToken;
}

/** A live server session whose token can be renewed (see renewableSessionOf). */
export interface RenewableSession {
  /** The session token, sent as `Bearer sgs_...`. */
  sessionToken: string;
  /** The session's current Spotify access token (until its first renewal). */
  accessToken: string;
  /** The session's refresh token (until its first renewal). */
  refreshToken: string;
}

/**
 * A live server session for the emulator's seeded `user` holding a refresh token too (sessionTokenOf's
 * has none), issued to the server's app (Extended): Spotify's 401 for it can be renewed through the session.
 */
export async function renewableSessionOf(t: TestServer, user: string): Promise<RenewableSession> {
  const minted = await t.emu.control('POST', '/tokens', { clientId: EXTENDED_APP.clientId, userId: user });
  const issued = minted.json as { access_token: string; refresh_token: string; scope: string };
  const token = new SpotifyAuthorisationToken({
    accessToken: issued.access_token,
    refreshToken: issued.refresh_token,
    scopes: issued.scope.split(' '),
  });
  const created = await t.server.auth.sessions.create(token, { id: user, displayName: user });
  return {
    sessionToken: created.sessionToken,
    accessToken: issued.access_token,
    refreshToken: issued.refresh_token,
  };
}

/** A value as a GraphQL literal: JSON reads the same for the strings, numbers and lists the tests pass. */
export const q = (value: unknown): string => JSON.stringify(value);

/** Runs `document` with `token` (none when undefined) and `variables`, expects no errors, answers the data. */
export async function dataOf<R, V = Record<string, unknown>>(
  t: TestServer,
  document: GraphQLDocument<R, V>,
  token: string | undefined,
  variables?: NoInfer<V>,
): Promise<R> {
  const answer = await t.query<R, V>(document, variables, token === undefined ? {} : { token });
  expect(answer.errors).toBeUndefined();
  return answer.data as R;
}

/**
 * One test server for the calling file or describe block: started before its tests, closed after
 * them. The handle answers for it from inside hooks and tests.
 */
export function useTestServer(options: TestServerOptions = {}): TestServer {
  let started: TestServer | undefined;
  const t = (): TestServer => {
    if (!started) throw new Error('the test server starts in beforeAll: use it inside hooks and tests');
    return started;
  };
  beforeAll(async () => {
    started = await startTestServer(options);
  });
  afterAll(() => started?.close());
  return {
    get emu() {
      return t().emu;
    },
    get server() {
      return t().server;
    },
    get config() {
      return t().config;
    },
    get url() {
      return t().url;
    },
    query: (document, variables, opts) => t().query(document, variables, opts),
    calls: () => t().calls(),
    clearLog: () => t().clearLog(),
    close: () => t().close(),
  };
}

/** A seeded user's access token, issued before the tests that use it (see useUserToken). */
export interface UserToken {
  /** The access token; throws when read before the hooks ran (at the top level of a describe block). */
  readonly token: string;
}

/**
 * A user access token for `user` (a seeded emulator user, e.g. 'alice', with every scope), issued by
 * `t`'s emulator before the tests of the calling file or describe block, and the emulator's fault rules
 * cleared before each of them (its request log too with `clearLog`), so that no fault rule of one test
 * answers the next; `app` is the seeded app the token is issued to (default Extended). Call it after
 * `useTestServer`, whose server its hooks use.
 */
export function useUserToken(
  t: TestServer,
  user: string,
  options: { clearLog?: boolean; app?: 'extended' | 'development' } = {},
): UserToken {
  let token: string | undefined;
  beforeAll(async () => {
    token = await t.emu.token({ user, ...(options.app === undefined ? {} : { app: options.app }) });
  });
  beforeEach(async () => {
    await t.emu.control('DELETE', '/faults');
    if (options.clearLog) await t.clearLog();
  });
  return {
    get token() {
      if (token === undefined)
        throw new Error('the user token is issued in beforeAll: use it inside hooks and tests');
      return token;
    },
  };
}
