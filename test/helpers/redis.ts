import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { KeyRing } from '../../src/auth/crypto.js';
import { RedisTokenStore } from '../../src/auth/redis-store.js';
import { connectRedis } from '../../src/redis/connection.js';
import { type AuthTestServer, type AuthTestServerOptions, startAuthServer } from './auth.js';
import type { TestEmulator } from './emulator.js';

/** A real redis-server for one test file: on 127.0.0.1, a free port, no persistence. */
export interface TestRedis {
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /**
   * Stops the process and waits for it to exit: Redis is down. With `keepData` it saves a snapshot
   * first (SHUTDOWN SAVE), which the next start() loads, as a Redis with persistence would; without,
   * the next start is empty.
   */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /**
   * Stops the process with SIGSTOP: Redis hangs (the kernel still accepts connections, nothing answers),
   * a black hole. resume() (SIGCONT) wakes it; stop() resumes it first, so teardown never leaves it stopped.
   */
  hang(): void;
  /** Wakes a hung Redis (SIGCONT): it answers what waited, and everything after. */
  resume(): void;
  /** A fresh client on it (the caller quits it). */
  client(): Redis;
}

const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

/** What a machine without redis-server reads instead of a bare spawn ENOENT. */
function redisMissing(server: string, error: NodeJS.ErrnoException): Error {
  return new Error(
    `redis-server not found (${server}, ${error.code ?? error.message}): the Redis tests start one; ` +
      'install it (Debian: apt-get install redis-server) or set REDIS_SERVER to its path (README: Commands, npm test)',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until redis-server answers PING (deadline 20 s, generous under load). */
async function waitReady(
  port: number,
  child: ChildProcess,
  output: () => string,
  spawnFailure: () => Error | undefined,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const failure = spawnFailure();
    if (failure) throw failure;
    if (child.exitCode !== null) throw new Error(`redis-server exited: ${output()}`);
    const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
    probe.on('error', () => {});
    try {
      await probe.connect();
      if ((await probe.ping()) === 'PONG') {
        probe.disconnect();
        return;
      }
    } catch {
      // not yet
    }
    probe.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not answer within 20 s: ${output()}`);
}

/**
 * Starts redis-server (Debian's /usr/bin/redis-server, or REDIS_SERVER; `options.server` for a test of
 * this helper) with `--save '' --appendonly no`. Rejects with what to install when there is none.
 */
export async function startTestRedis(options: { server?: string } = {}): Promise<TestRedis> {
  const server = options.server ?? REDIS_SERVER;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'sg-redis-'));
  let child: ChildProcess | undefined;
  const launch = async (): Promise<void> => {
    let output = '';
    let spawnFailure: Error | undefined;
    const proc = spawn(
      server,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--protected-mode',
        'yes',
        '--dir',
        dir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    proc.stdout?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    proc.once('error', (error: NodeJS.ErrnoException) => {
      spawnFailure = redisMissing(server, error);
    });
    child = proc;
    await waitReady(
      port,
      proc,
      () => output,
      () => spawnFailure,
    );
  };
  const stop = async ({ keepData = false } = {}): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    // A stopped process would hold SIGTERM (and any command) until continued.
    proc.kill('SIGCONT');
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    if (keepData) {
      const admin = new Redis({
        port,
        host: '127.0.0.1',
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      admin.on('error', () => {});
      await admin.call('SHUTDOWN', 'SAVE').catch(() => {});
      admin.disconnect();
    } else {
      rmSync(join(dir, 'dump.rdb'), { force: true });
      proc.kill('SIGTERM');
    }
    await exited;
  };
  try {
    await launch();
  } catch (error) {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start: launch,
    hang: () => {
      child?.kill('SIGSTOP');
    },
    resume: () => {
      child?.kill('SIGCONT');
    },
    client: () => new Redis({ port, host: '127.0.0.1' }),
  };
}

/**
 * The ENCRYPTION_KEY of a test deployment: 32 bytes of `byte`. Instances sharing Redis need one key
 * (it seals their sessions and signs their channel messages); a different byte is another deployment.
 */
export function testKeys(byte = 1): KeyRing {
  return KeyRing.parse(Buffer.alloc(32, byte).toString('base64'));
}

/**
 * One instance of a deployment on `redis` for sign-in tests, as a process of its own would be: its own
 * connection (connectRedis, closed by `close()`), sessions in Redis (prefix `sg:`), sealed under `keys`
 * (the deployment's: default testKeys()), against `emu`. The rest of `options` as startAuthServer's.
 */
export async function startRedisAuthInstance(
  redis: TestRedis,
  emu: TestEmulator,
  options: Omit<AuthTestServerOptions, 'emu' | 'store' | 'redis'> = {},
): Promise<AuthTestServer> {
  const connection = await connectRedis(redis.url);
  let instance: AuthTestServer;
  try {
    instance = await startAuthServer({
      keys: testKeys(),
      ...options,
      emu,
      store: new RedisTokenStore(connection),
      redis: connection,
    });
  } catch (error) {
    connection.disconnect();
    throw error;
  }
  const close = instance.close;
  instance.close = async () => {
    await close();
    connection.disconnect();
  };
  return instance;
}
