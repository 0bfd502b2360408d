import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { redisKeyPrefix } from '../../src/redis/scope.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from './emulator.js';
import { startTestRedis, type TestRedis } from './redis.js';

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

/** What useServeProcesses sets up: one Redis, one emulator and two `serve` processes sharing them. */
export interface ServeProcesses {
  readonly redis: TestRedis;
  readonly emu: TestEmulator;
  /** The two processes (filled in beforeAll, in start order). */
  readonly instances: ServeProcess[];
  /** The deployment's Redis key and channel prefix (the Extended app's against this emulator). */
  readonly prefix: string;
  /** A Redis client of the test's own on the shared Redis, its errors ignored, disconnected after the block. */
  client(): Redis;
}

/** How useServeProcesses configures the processes. */
export interface ServeProcessesOptions {
  /** The byte the 32-byte ENCRYPTION_KEY is filled with (see serveEnv). */
  keyByte: number;
  /** PLAYER_POLL_INTERVAL_MS and PLAYER_POLL_IDLE_INTERVAL_MS, in ms; the defaults when absent. */
  pollIntervalMs?: number;
  /** More environment for both processes (see serveEnv). */
  env?: Record<string, string>;
  /** Runs once Redis and the emulator are up, before the processes start. */
  beforeStart?: (set: ServeProcesses) => Promise<void> | void;
  /** Called with every message published on the deployment's channels (`prefix*`) from before the start. */
  sniff?: (channel: string, text: string) => void;
}

/**
 * Two `serve` processes of the Extended app sharing one test Redis and one emulator, for the calling
 * describe block: started in beforeAll (Redis, emulator, `beforeStart`, then both processes at once),
 * and after the block a hung Redis resumed, both processes stopped, the test's clients disconnected,
 * the emulator closed and Redis stopped. Register the block's own teardown (streams) after calling
 * this: vitest runs later afterAll hooks first.
 */
export function useServeProcesses(options: ServeProcessesOptions): ServeProcesses {
  let redis: TestRedis | undefined;
  let emu: TestEmulator | undefined;
  const instances: ServeProcess[] = [];
  const clients: Redis[] = [];
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} starts in beforeAll: use it inside hooks and tests`);
    return value;
  };
  const set: ServeProcesses = {
    get redis() {
      return started(redis, 'Redis');
    },
    get emu() {
      return started(emu, 'the emulator');
    },
    instances,
    get prefix() {
      return redisKeyPrefix({
        clientId: EXTENDED_APP.clientId,
        apiUrl: `${started(emu, 'the emulator').url}/v1`,
      });
    },
    client() {
      const client = started(redis, 'Redis').client();
      client.on('error', () => {});
      clients.push(client);
      return client;
    },
  };
  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    const { sniff } = options;
    if (sniff) {
      const sniffer = set.client();
      sniffer.on('pmessage', (_pattern: string, channel: string, text: string) => sniff(channel, text));
      await sniffer.psubscribe(`${set.prefix}*`);
    }
    await options.beforeStart?.(set);
    const interval = options.pollIntervalMs;
    const env = serveEnv(emu, EXTENDED_APP, redis.url, options.keyByte, {
      ...(interval === undefined
        ? {}
        : { PLAYER_POLL_INTERVAL_MS: String(interval), PLAYER_POLL_IDLE_INTERVAL_MS: String(interval) }),
      ...options.env,
    });
    instances.push(...(await Promise.all([startServeProcess(env), startServeProcess(env)])));
  });
  afterAll(async () => {
    redis?.resume();
    await Promise.all(instances.map((instance) => instance.kill()));
    for (const client of clients) client.disconnect();
    await emu?.close();
    await redis?.stop();
  });
  return set;
}
