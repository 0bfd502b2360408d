import { openTokenStore, StoreConfigError } from '../auth/open-store.js';
import type { RunningEmulator } from '../emulator/index.js';
import { connectRedis } from '../redis/connection.js';
import { redisKeyPrefix } from '../redis/scope.js';
import { createServer, type SpotifyGraphQLServer } from './app.js';
import { ConfigError, configFromEnv, type ServerConfig } from './config.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Where to say what happens (default stdout). */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  server: SpotifyGraphQLServer;
  emulator: RunningEmulator | undefined;
  close(): Promise<void>;
}

type OpenedStore = Awaited<ReturnType<typeof openTokenStore>>;

/** The configuration from the environment and the port and host options; ConfigError as `configuration: ...`. */
function serveConfig(options: ServeOptions): ServerConfig {
  const overrides: Partial<Pick<ServerConfig, 'port' | 'host'>> = {};
  if (options.port !== undefined) overrides.port = options.port;
  if (options.host !== undefined) overrides.host = options.host;
  try {
    return configFromEnv(options.env, overrides);
  } catch (error) {
    if (error instanceof ConfigError) throw new Error(`configuration: ${error.message}`);
    throw error;
  }
}

/**
 * Instances sharing REDIS_URL sign what they publish to each other with a key derived from
 * ENCRYPTION_KEY, so it must be set (the same everywhere) even when sessions live elsewhere. The
 * sandbox is exempt: its key space is its own emulator's, shared with no other instance.
 */
function requireSharedKey(config: ServerConfig): void {
  if (config.redisUrl === undefined || config.encryptionKey !== undefined || config.clientId === undefined)
    return;
  throw new Error(
    'configuration: REDIS_URL needs ENCRYPTION_KEY (the same on every instance): instances sign what they publish to each other on Redis with a key derived from it. Set it to 32 random bytes in base64 (openssl rand -base64 32)',
  );
}

/** The sandbox: the emulator in-process, and `config` pointed at its Extended app. */
async function startSandbox(
  config: ServerConfig,
  log: (line: string) => void,
): Promise<{ config: ServerConfig; emulator: RunningEmulator }> {
  const { startEmulator } = await import('../emulator/index.js');
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
  const info = emulator.state.apps.values().next().value;
  if (!info) throw new Error('the emulator has no app');
  log(`Sandbox mode: SPOTIFY_CLIENT_ID is not set, so the built-in Spotify emulator runs at ${emulator.url}`);
  log(`  (its apps, users and control API: ${emulator.url}/__emulator/info)`);
  return {
    emulator,
    config: {
      ...config,
      clientId: info.clientId,
      clientSecret: info.clientSecret,
      apiUrl: `${emulator.url}/v1`,
      accountsUrl: emulator.url,
      appMode: info.mode,
    },
  };
}

/**
 * The token store STORE_URL names, and Redis: the store's own connection, or REDIS_URL's when the
 * store lives elsewhere (STORE_URL=sqlite:... still shares the rest through Redis). On failure what
 * was opened is closed (the emulator too) and the error says `configuration: ...`.
 */
async function openStores(
  config: ServerConfig,
  emulator: RunningEmulator | undefined,
  log: (line: string) => void,
): Promise<{ opened: OpenedStore; redis: OpenedStore['redis'] }> {
  let opened: OpenedStore;
  try {
    opened = await openTokenStore({
      storeUrl: config.storeUrl,
      encryptionKey: config.encryptionKey,
      sandbox: emulator !== undefined,
      redisCommandTimeoutMs: config.redisCommandTimeoutMs,
      redisPrefix: redisKeyPrefix(config),
    });
  } catch (error) {
    await emulator?.close();
    if (error instanceof StoreConfigError) throw new Error(`configuration: ${error.message}`);
    throw error;
  }
  if (opened.keyFile !== undefined) log(`  (sandbox encryption key for the token store: ${opened.keyFile})`);
  if (opened.redis !== undefined || config.redisUrl === undefined) return { opened, redis: opened.redis };
  try {
    return {
      opened,
      redis: await connectRedis(config.redisUrl, { commandTimeoutMs: config.redisCommandTimeoutMs }),
    };
  } catch (error) {
    await opened.store.close();
    await emulator?.close();
    throw new Error(`configuration: ${error instanceof Error ? error.message : 'REDIS_URL did not answer'}`);
  }
}

/**
 * The sandbox's callback is wherever this server really listens (--port 0 included), unless
 * SPOTIFY_REDIRECT_URI says otherwise; the emulator's app gets it registered, as Spotify's dashboard would.
 */
async function registerSandboxCallback(
  emulator: RunningEmulator,
  server: SpotifyGraphQLServer,
  url: string,
  env: ServeOptions['env'],
): Promise<void> {
  if (!env.SPOTIFY_REDIRECT_URI) server.auth.redirectUri = `${new URL(url).origin}/auth/callback`;
  const registered = await fetch(`${emulator.url}/__emulator/redirect-uris`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ redirectUri: server.auth.redirectUri }),
  });
  await registered.body?.cancel();
  if (registered.status !== 204) throw new Error('the emulator refused the callback URL');
}

/**
 * `spotify-graphql serve`: the server configured from the environment. Without SPOTIFY_CLIENT_ID it is
 * the sandbox: the emulator starts in-process and the server uses its Extended app.
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  let config = serveConfig(options);
  requireSharedKey(config);
  let emulator: RunningEmulator | undefined;
  if (config.clientId === undefined) {
    ({ config, emulator } = await startSandbox(config, log));
  } else if (config.clientSecret === undefined) {
    log('Warning: SPOTIFY_CLIENT_SECRET is not set; catalog queries without a user token will fail');
  }
  const { opened, redis } = await openStores(config, emulator, log);
  const server = await createServer({
    config,
    store: opened.store,
    keys: opened.keys,
    ...(redis === undefined ? {} : { redis }),
  });
  const url = await server.start(config.port, config.host);
  if (emulator) await registerSandboxCallback(emulator, server, url, options.env);
  log(`spotify-graphql listening on ${url}`);
  log(`Sign in: ${server.auth.loginUrl} (store: ${opened.description})`);
  return {
    url,
    server,
    emulator,
    async close() {
      await server.stop();
      // QUIT waits for Redis (at most REDIS_COMMAND_TIMEOUT_MS): a hung one is cut instead.
      await redis?.quit().catch(() => redis.disconnect());
      await emulator?.close();
    },
  };
}
