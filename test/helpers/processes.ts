import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A `spotify-graphql serve` process of its own (its own memory, pollers, connections). */
export interface ServeProcess {
  /** Its GraphQL URL, e.g. `http://127.0.0.1:41234/graphql`. */
  readonly url: string;
  readonly pid: number;
  /** What it printed (stdout and stderr, the last 8 KB), for failure messages. */
  output(): string;
  /** Sends `signal` (SIGKILL: a crash) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** What startServeProcess runs after `node`: the CLI's `serve` on 127.0.0.1, any free port. */
export const SERVE_ARGS: readonly string[] = [
  '--import',
  'tsx',
  'src/cli.ts',
  'serve',
  '--port',
  '0',
  '--host',
  '127.0.0.1',
];

/**
 * Starts `node --import tsx src/cli.ts serve --port 0` (or `node <args>`: say `PORT=0` and `HOST` in
 * `env` then) with only `env` (and PATH) in its environment, in the repository's root, and waits
 * (deadline 60 s, generous under load) for the line naming the URL it listens on.
 */
export async function startServeProcess(
  env: Record<string, string>,
  args: readonly string[] = SERVE_ARGS,
): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-8192);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start within 60 s: ${output}`));
    }, 60_000);
    const look = (): void => {
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (!found?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', look);
      child.stderr?.off('data', look);
      resolve(found[1]);
    };
    // The start banner is on stderr (stdout carries JSON log lines only).
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before listening: ${output}`));
    });
  });
  return {
    url,
    pid: child.pid ?? -1,
    output: () => output,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/**
 * The environment of a `serve` process (see startServeProcess) against an emulator, for `app` in
 * Extended mode, sharing the Redis at `redisUrl` with sessions encrypted under a 32-byte key of
 * `keyByte`, logging warnings and worse, no response cache (as emulatorConfig); then `more` (e.g. poll
 * intervals, rate limits).
 */
export function serveEnv(
  emulator: { url: string },
  app: { clientId: string; clientSecret: string },
  redisUrl: string,
  keyByte: number,
  more: Record<string, string> = {},
): Record<string, string> {
  return {
    SPOTIFY_CLIENT_ID: app.clientId,
    SPOTIFY_CLIENT_SECRET: app.clientSecret,
    SPOTIFY_API_URL: `${emulator.url}/v1`,
    SPOTIFY_ACCOUNTS_URL: emulator.url,
    SPOTIFY_APP_MODE: 'extended',
    REDIS_URL: redisUrl,
    ENCRYPTION_KEY: Buffer.alloc(32, keyByte).toString('base64'),
    LOG_LEVEL: 'warn',
    RESPONSE_CACHE_BYTES: '0',
    ...more,
  };
}
