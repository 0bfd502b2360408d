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
  const server = await createServer({ config });
  const url = await server.start(config.port, config.host);
  log(`spotify-graphql listening on ${url}`);
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
