import type { Logger } from 'pino';
import { checkStoreSettings, openTokenStore, StoreConfigError } from '../auth/open-store.js';
import type { RunningEmulator } from '../emulator/index.js';
import { ConfigurationRefused } from '../exit-codes.js';
import { connectRedis } from '../redis/connection.js';
import { redisKeyPrefix } from '../redis/scope.js';
import { createServer, type SpotifyGraphQLServer } from './app.js';
import { ConfigError, configFromEnv, type ServerConfig } from './config.js';
import { createLogger } from './logging.js';
import { emulatorPortRefusal, everyInterfaceLine, parsePort } from './port.js';
import { misspelledVariables } from './variable-names.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Where the start banner for people goes (where it listens, where to sign in, the sandbox's emulator):
   * default stderr, so that stdout carries JSON log lines only (`node dist/cli.js serve | pino-pretty`).
   */
  log?: (line: string) => void;
  /** The JSON logger (default: pino at LOG_LEVEL on stdout); it gets the start as one structured line. */
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  server: SpotifyGraphQLServer;
  emulator: RunningEmulator | undefined;
  close(): Promise<void>;
}

type OpenedStore = Awaited<ReturnType<typeof openTokenStore>>;

/**
 * The configuration from the environment and the port and host options, all of it checked before
 * anything starts (the sandbox's emulator, a store, a connection): the values, ENCRYPTION_KEY beside
 * REDIS_URL, and STORE_URL with its key. A ConfigError or StoreConfigError becomes ConfigurationRefused
 * `configuration: ...` (the CLI's exit code 78).
 */
function serveConfig(options: ServeOptions): ServerConfig {
  const overrides: Partial<Pick<ServerConfig, 'port' | 'host'>> = {};
  if (options.port !== undefined) overrides.port = options.port;
  if (options.host !== undefined) overrides.host = options.host;
  try {
    sandboxEmulatorPort(options.env);
    const config = configFromEnv(options.env, overrides);
    requireSharedKey(config);
    checkStoreSettings({
      storeUrl: config.storeUrl,
      encryptionKey: config.encryptionKey,
      sandbox: config.clientId === undefined,
    });
    return config;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StoreConfigError)
      throw new ConfigurationRefused(`configuration: ${error.message}`);
    throw error;
  }
}

/**
 * Instances sharing REDIS_URL sign what they publish to each other with a key derived from
 * ENCRYPTION_KEY, so it must be set (the same everywhere) even when sessions live elsewhere. The
 * sandbox is exempt: its key space is its own emulator's, shared with no other instance.
 */
function requireSharedKey(config: ServerConfig): void {
  // REDIS_URL itself is configFromEnv's (a redis:// or rediss:// URL that parses).
  if (config.redisUrl === undefined || config.encryptionKey !== undefined || config.clientId === undefined)
    return;
  throw new ConfigError(
    'REDIS_URL needs ENCRYPTION_KEY (the same on every instance): instances sign what they publish to each other on Redis with a key derived from it. Set it to 32 random bytes in base64 (openssl rand -base64 32)',
  );
}

/**
 * The sandbox emulator's port: EMULATOR_PORT, default 0 (any free port, a new one at every start).
 * Throws ConfigError for a value that is no port, and for a bad port (BAD_PORTS): the emulator would
 * bind it, and then the server's own fetch to it and the browser's sign-in there would fail.
 */
function sandboxEmulatorPort(env: ServeOptions['env']): number {
  const refusal = emulatorPortRefusal(env.EMULATOR_PORT);
  if (refusal !== undefined) throw new ConfigError(refusal);
  return parsePort(env.EMULATOR_PORT, 0) ?? 0;
}

/**
 * The sandbox: the emulator in-process on 127.0.0.1 (EMULATOR_PORT, else any free port), and `config`
 * pointed at its Extended app.
 */
async function startSandbox(
  config: ServerConfig,
  env: ServeOptions['env'],
): Promise<{ config: ServerConfig; emulator: RunningEmulator }> {
  const { startEmulator } = await import('../emulator/index.js');
  const port = sandboxEmulatorPort(env);
  const emulator = await startEmulator({ port, host: '127.0.0.1' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES')
      throw new Error(`the sandbox emulator could not start on 127.0.0.1:${port}: ${error.message}`);
    const why = error.code === 'EADDRINUSE' ? 'is already in use' : 'may not be listened on';
    throw new Error(
      `the sandbox emulator's port ${port} (EMULATOR_PORT) ${why} on 127.0.0.1: choose another, or unset EMULATOR_PORT for any free port`,
    );
  });
  const info = emulator.state.apps.values().next().value;
  if (!info) {
    await emulator.close();
    throw new Error('the emulator has no app');
  }
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
 * was opened is closed (the emulator too): a store that cannot be opened (StoreConfigError) is
 * ConfigurationRefused `configuration: ...`, a REDIS_URL that does not answer a plain Error.
 */
async function openStores(
  config: ServerConfig,
  emulator: RunningEmulator | undefined,
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
    if (error instanceof StoreConfigError) throw new ConfigurationRefused(`configuration: ${error.message}`);
    throw error;
  }
  if (opened.redis !== undefined || config.redisUrl === undefined) return { opened, redis: opened.redis };
  try {
    return {
      opened,
      redis: await connectRedis(config.redisUrl, { commandTimeoutMs: config.redisCommandTimeoutMs }),
    };
  } catch (error) {
    await opened.store.close();
    await emulator?.close();
    // Not a configuration refusal (exit 1, not 78): a Redis that does not answer yet may at a restart.
    throw new Error(error instanceof Error ? error.message : 'REDIS_URL did not answer');
  }
}

/**
 * The sandbox's callback is wherever this server really listens (--port 0 included), unless
 * SPOTIFY_REDIRECT_URI says otherwise; the emulator's app gets it registered, as Spotify's dashboard would.
 * The emulator also learns the server's URL, to name it in its 404 for a path that is not Spotify's.
 * Throws an Error naming the step, the emulator's URL and the cause (never fetch's bare "fetch failed").
 */
async function registerSandboxCallback(
  emulator: RunningEmulator,
  server: SpotifyGraphQLServer,
  url: string,
  env: ServeOptions['env'],
): Promise<void> {
  // A request for /graphql sent to the emulator's port (the banner prints both URLs) is told this URL.
  emulator.emulator.serverUrl = url;
  if (!env.SPOTIFY_REDIRECT_URI) server.auth.redirectUri = `${new URL(url).origin}/auth/callback`;
  const registering = `the sandbox could not register its callback URL with its emulator at ${emulator.url}`;
  const registered = await fetch(`${emulator.url}/__emulator/redirect-uris`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ redirectUri: server.auth.redirectUri }),
  }).catch((error: unknown) => {
    // fetch says only "fetch failed"; its cause says why (a refused connection, a blocked port).
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Error(`${registering}: ${cause}`);
  });
  await registered.body?.cancel();
  if (registered.status !== 200) throw new Error(`${registering}: it answered HTTP ${registered.status}`);
}

/**
 * The default callback URL moved to the port actually bound (`--port 0` / `PORT=0`): otherwise the
 * sign-in URL, `loginUrl` and Spotify's `redirect_uri` would name port 4000, where this server is not.
 */
function onBoundPort(redirectUri: string, listening: string): string {
  const callback = new URL(redirectUri);
  callback.port = new URL(listening).port;
  return callback.toString();
}

/**
 * Said (through `log` and as a `warn` log line) when the sandbox starts under NODE_ENV=production: a
 * production deploy whose SPOTIFY_CLIENT_ID did not load would otherwise serve the emulator's made-up
 * catalog, answer /ready and pass for Spotify with nothing in its logs but the start banner.
 */
export const SANDBOX_IN_PRODUCTION =
  'Warning: NODE_ENV=production but SPOTIFY_CLIENT_ID is not set: this is the sandbox, serving the built-in emulator, not Spotify. Set SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET for production.';

/**
 * `spotify-graphql serve`: the server configured from the environment. Without SPOTIFY_CLIENT_ID it is
 * the sandbox: the emulator starts in-process and the server uses its Extended app. All configuration
 * is checked first (serveConfig); whatever started before a later failure (a port in use, Redis not
 * answering) is closed again before the error is thrown. Once listening, the start is told twice: as
 * lines for people through `log` (stderr by default) and as one JSON line (`spotify-graphql listening`,
 * with `url`, `loginUrl`, `store` and in the sandbox `emulatorUrl`) through the logger.
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let config = serveConfig(options);
  // Once the configuration holds: a misspelled name would otherwise leave its default in force unsaid.
  for (const line of misspelledVariables(options.env)) log(line);
  const logger = options.logger ?? createLogger(config.logLevel);
  let emulator: RunningEmulator | undefined;
  if (config.clientId === undefined) ({ config, emulator } = await startSandbox(config, options.env));
  const { opened, redis } = await openStores(config, emulator);
  const close = async (server?: SpotifyGraphQLServer): Promise<void> => {
    if (server) await server.stop();
    else await opened.store.close();
    // QUIT waits for Redis (at most REDIS_COMMAND_TIMEOUT_MS): a hung one is cut instead.
    await redis?.quit().catch(() => redis.disconnect());
    await emulator?.close();
  };
  let server: SpotifyGraphQLServer | undefined;
  let url: string;
  try {
    server = await createServer({
      config,
      logger,
      store: opened.store,
      keys: opened.keys,
      ...(redis === undefined ? {} : { redis }),
    });
    url = await server.start(config.port, config.host);
    if (emulator) await registerSandboxCallback(emulator, server, url, options.env);
    else if (config.port === 0 && !options.env.SPOTIFY_REDIRECT_URI) {
      server.auth.redirectUri = onBoundPort(server.auth.redirectUri, url);
    }
  } catch (error) {
    await close(server);
    throw error;
  }
  const started = server;
  for (const line of banner(config, emulator, opened, url, started.auth.loginUrl)) log(line);
  if (emulator && options.env.NODE_ENV === 'production') {
    log(SANDBOX_IN_PRODUCTION);
    logger.warn(SANDBOX_IN_PRODUCTION);
  }
  logger.info(
    {
      url,
      loginUrl: started.auth.loginUrl,
      store: opened.description,
      ...(emulator ? { emulatorUrl: emulator.url } : {}),
    },
    'spotify-graphql listening',
  );
  return { url, server: started, emulator, close: () => close(started) };
}

/** The start as people read it: the sandbox's emulator, a missing secret, the URL, where to sign in. */
function banner(
  config: ServerConfig,
  emulator: RunningEmulator | undefined,
  opened: OpenedStore,
  url: string,
  loginUrl: string,
): string[] {
  const lines: string[] = [];
  if (emulator) {
    lines.push(
      `Sandbox mode: SPOTIFY_CLIENT_ID is not set, so the built-in Spotify emulator runs at ${emulator.url}`,
      `  (its apps, users and control API: ${emulator.url}/__emulator/info)`,
    );
    if (opened.keyFile !== undefined)
      lines.push(`  (sandbox encryption key for the token store: ${opened.keyFile})`);
  } else if (config.clientSecret === undefined) {
    lines.push('Warning: SPOTIFY_CLIENT_SECRET is not set; catalog queries without a user token will fail');
  }
  lines.push(`spotify-graphql listening on ${url}`);
  // The URL names the loopback to open here; say that the server answers on every interface too.
  const bound = everyInterfaceLine(
    config.host,
    emulator ? "the sandbox's emulator, and so its sign-in, only on 127.0.0.1" : undefined,
  );
  if (bound !== undefined) lines.push(bound);
  lines.push(`Sign in: ${loginUrl} (store: ${opened.description})`);
  return lines;
}
