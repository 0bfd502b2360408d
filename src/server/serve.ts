import { openTokenStore, StoreConfigError } from '../auth/open-store.js';
import type { RunningEmulator } from '../emulator/index.js';
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

/**
 * `spotify-graphql serve`: the server configured from the environment. Without SPOTIFY_CLIENT_ID it is
 * the sandbox: the emulator starts in-process and the server uses its Extended app.
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const overrides: Partial<Pick<ServerConfig, 'port' | 'host'>> = {};
  if (options.port !== undefined) overrides.port = options.port;
  if (options.host !== undefined) overrides.host = options.host;
  let config: ServerConfig;
  try {
    config = configFromEnv(options.env, overrides);
  } catch (error) {
    if (error instanceof ConfigError) throw new Error(`configuration: ${error.message}`);
    throw error;
  }
  let emulator: RunningEmulator | undefined;
  if (config.clientId === undefined) {
    const { startEmulator } = await import('../emulator/index.js');
    emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
    const info = emulator.state.apps.values().next().value;
    if (!info) throw new Error('the emulator has no app');
    config = {
      ...config,
      clientId: info.clientId,
      clientSecret: info.clientSecret,
      apiUrl: `${emulator.url}/v1`,
      accountsUrl: emulator.url,
      appMode: info.mode,
    };
    log(
      `Sandbox mode: SPOTIFY_CLIENT_ID is not set, so the built-in Spotify emulator runs at ${emulator.url}`,
    );
    log(`  (its apps, users and control API: ${emulator.url}/__emulator/info)`);
  } else if (config.clientSecret === undefined) {
    log('Warning: SPOTIFY_CLIENT_SECRET is not set; catalog queries without a user token will fail');
  }
  const sandbox = emulator !== undefined;
  let opened: Awaited<ReturnType<typeof openTokenStore>>;
  try {
    opened = await openTokenStore({
      storeUrl: config.storeUrl,
      encryptionKey: config.encryptionKey,
      sandbox,
    });
  } catch (error) {
    await emulator?.close();
    if (error instanceof StoreConfigError) throw new Error(`configuration: ${error.message}`);
    throw error;
  }
  if (opened.keyFile !== undefined) log(`  (sandbox encryption key for the token store: ${opened.keyFile})`);
  const server = await createServer({ config, store: opened.store, keys: opened.keys });
  const url = await server.start(config.port, config.host);
  if (emulator) {
    // The sandbox's callback is wherever this server really listens (--port 0 included), unless
    // SPOTIFY_REDIRECT_URI says otherwise; the emulator's app gets it registered, as Spotify's dashboard would.
    if (!options.env.SPOTIFY_REDIRECT_URI) server.auth.redirectUri = `${new URL(url).origin}/auth/callback`;
    const registered = await fetch(`${emulator.url}/__emulator/redirect-uris`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ redirectUri: server.auth.redirectUri }),
    });
    await registered.body?.cancel();
    if (registered.status !== 204) throw new Error('the emulator refused the callback URL');
  }
  log(`spotify-graphql listening on ${url}`);
  log(`Sign in: ${server.auth.loginUrl} (store: ${opened.description})`);
  return {
    url,
    server,
    emulator,
    async close() {
      await server.stop();
      await emulator?.close();
    },
  };
}
