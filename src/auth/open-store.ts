import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Redis } from 'ioredis';
import { connectRedis, describeRedisUrl } from '../redis/connection.js';
import { quoteUrlSetting } from '../spotify/quoted-input.js';
import { redisUrlRefusal } from '../spotify/setting-values.js';
import { KeyRing } from './crypto.js';
import { MemoryTokenStore } from './memory-store.js';
import type { TokenStore } from './store.js';

/** STORE_URL or ENCRYPTION_KEY cannot be used; the message says what to set. */
export class StoreConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConfigError';
  }
}

export interface OpenStoreOptions {
  /** `memory:`, `sqlite:<path>` (relative paths from the working directory) or `redis://...`. */
  storeUrl: string;
  /** ENCRYPTION_KEY: base64 keys of 32 bytes, comma-separated, the writing key first. */
  encryptionKey: string | undefined;
  /** Sandbox mode: a persistent store without a key gets one generated beside it (0600). */
  sandbox: boolean;
  /** A `redis://` store's command timeout, ms (REDIS_COMMAND_TIMEOUT_MS; default connectRedis'). */
  redisCommandTimeoutMs?: number;
  /** A `redis://` store's key prefix: the deployment's (src/redis/scope.ts; default `sg:`). */
  redisPrefix?: string;
}

export interface OpenedStore {
  store: TokenStore;
  keys: KeyRing;
  /** For the startup line, e.g. `sqlite:.data/spotify-graphql.db` (no secrets). */
  description: string;
  /** The key file made or read in sandbox mode. */
  keyFile?: string;
  /** The Redis connection of a `redis://` store (the server shares it; closing the store does not quit it). */
  redis?: Redis;
}

/**
 * Opens the store STORE_URL names, with the keys that seal its tokens. A `redis://` store needs
 * ENCRYPTION_KEY always (instances share records) and a Redis that answers at start. A memory store without
 * ENCRYPTION_KEY uses a random key of its own (nothing outlives the process); a persistent store needs
 * ENCRYPTION_KEY, except in sandbox mode where a key is generated once into `<database>.key`
 * (permissions 0600) and reused. Throws StoreConfigError naming what to set.
 */
export async function openTokenStore(options: OpenStoreOptions): Promise<OpenedStore> {
  checkStoreSettings(options);
  const { storeUrl } = options;
  const keysFromEnv = options.encryptionKey?.trim() ? parseKeys(options.encryptionKey) : undefined;
  if (storeUrl === 'memory:' || storeUrl === 'memory') {
    return {
      store: new MemoryTokenStore(),
      keys: keysFromEnv ?? KeyRing.ephemeral(),
      description: 'memory:',
    };
  }
  if (storeUrl.startsWith('sqlite:')) {
    const path = storeUrl.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    let keys = keysFromEnv;
    let keyFile: string | undefined;
    const { SqliteTokenStore } = await import('./sqlite-store.js');
    let store: TokenStore;
    try {
      // Without ENCRYPTION_KEY this is the sandbox (checkStoreSettings refused it otherwise).
      if (!keys) {
        keyFile = `${resolve(path)}.key`;
        keys = sandboxKey(keyFile);
      }
      store = new SqliteTokenStore(path);
    } catch (error) {
      throw storeFileError(error, path);
    }
    const opened: OpenedStore = { store, keys, description: `sqlite:${path}` };
    if (keyFile !== undefined) opened.keyFile = keyFile;
    return opened;
  }
  if (storeUrl.startsWith('redis:') || storeUrl.startsWith('rediss:')) {
    const where = describeRedisUrl(storeUrl);
    if (!keysFromEnv) throw new StoreConfigError('ENCRYPTION_KEY is required'); // checkStoreSettings said so
    let redis: Redis;
    try {
      redis = await connectRedis(
        storeUrl,
        options.redisCommandTimeoutMs === undefined
          ? {}
          : { commandTimeoutMs: options.redisCommandTimeoutMs },
      );
    } catch (error) {
      throw new StoreConfigError(error instanceof Error ? error.message : `Redis at ${where} did not answer`);
    }
    const { RedisTokenStore } = await import('./redis-store.js');
    return {
      store: new RedisTokenStore(
        redis,
        options.redisPrefix === undefined ? {} : { prefix: options.redisPrefix },
      ),
      keys: keysFromEnv,
      description: where,
      redis,
    };
  }
  throw new StoreConfigError(
    `STORE_URL must be memory:, sqlite:<path> or redis://host:port, not ${quoteUrlSetting(storeUrl)}`,
  );
}

/**
 * Checks STORE_URL and ENCRYPTION_KEY without opening anything (no file, no connection): the scheme,
 * a sqlite path, the keys' form, and that a persistent store has keys (a sqlite one outside the
 * sandbox, a Redis one always). Throws StoreConfigError naming what to set; openTokenStore would throw
 * the same. `serve` calls it before anything starts, so bad settings never leave a half-started process.
 */
export function checkStoreSettings(
  options: Pick<OpenStoreOptions, 'storeUrl' | 'encryptionKey' | 'sandbox'>,
): void {
  const { storeUrl } = options;
  const keys = options.encryptionKey?.trim() ? parseKeys(options.encryptionKey) : undefined;
  if (storeUrl === 'memory:' || storeUrl === 'memory') return;
  if (storeUrl.startsWith('sqlite:')) {
    const path = storeUrl.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '')
      throw new StoreConfigError('STORE_URL sqlite: needs a path, e.g. sqlite:.data/spotify-graphql.db');
    if (!keys && !options.sandbox) {
      throw new StoreConfigError(
        `STORE_URL=${storeUrl} keeps Spotify tokens on disk, so it needs ENCRYPTION_KEY: set it to 32 random bytes in base64 (openssl rand -base64 32), or use STORE_URL=memory:`,
      );
    }
    return;
  }
  if (storeUrl.startsWith('redis:') || storeUrl.startsWith('rediss:')) {
    // A URL Redis' client cannot read failed at the connection as a bare `Invalid URL` (exit 1).
    const refusal = redisUrlRefusal('STORE_URL', storeUrl);
    if (refusal !== undefined) throw new StoreConfigError(refusal);
    // Every instance must open every other's records: the key cannot be made up per process.
    if (!keys) {
      throw new StoreConfigError(
        `STORE_URL=${describeRedisUrl(storeUrl)} keeps Spotify tokens in Redis, shared by every instance, so it needs ENCRYPTION_KEY (the same on every instance): set it to 32 random bytes in base64 (openssl rand -base64 32)`,
      );
    }
    return;
  }
  throw new StoreConfigError(
    `STORE_URL must be memory:, sqlite:<path> or redis://host:port, not ${quoteUrlSetting(storeUrl)}`,
  );
}

/** What the errno codes a store path meets say, in words. */
const ERRNO_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOSPC: 'no space left on the device',
};

/**
 * A sqlite store's file, folder or key file that cannot be made or opened (a folder the server's user
 * may not write, as in a container whose working directory root owns; a read-only file system; a path
 * through a file) as StoreConfigError: one line naming STORE_URL, what failed and what to do, instead
 * of the bare errno (`EACCES: permission denied, mkdir '.data'`). Other errors pass unchanged.
 */
function storeFileError(error: unknown, path: string): unknown {
  const { code, syscall, path: failed } = error as { code?: unknown; syscall?: unknown; path?: unknown };
  const errno = typeof code === 'string' && /^E[A-Z]+$/.test(code);
  // better-sqlite3 says SQLITE_CANTOPEN ("unable to open database file") or SQLITE_READONLY*.
  const sqlite = typeof code === 'string' && /^SQLITE_(CANTOPEN|READONLY|IOERR)/.test(code);
  if (!errno && !sqlite) return error;
  const why = ERRNO_WORDS[code as string] ?? (error as Error).message;
  const where = typeof failed === 'string' ? ` ${JSON.stringify(failed)}` : '';
  const what =
    errno && typeof syscall === 'string' ? `${syscall}${where}: ${why} (${code})` : `${why} (${code})`;
  const user = typeof process.getuid === 'function' ? ` (uid ${process.getuid()})` : '';
  return new StoreConfigError(
    `STORE_URL=sqlite:${path} cannot be created or opened: ${what}. Set STORE_URL to a sqlite:<path> ` +
      `in a folder this process${user} may write (a mounted volume in a container), or STORE_URL=memory: or redis://...`,
  );
}

function parseKeys(raw: string): KeyRing {
  try {
    return KeyRing.parse(raw);
  } catch (error) {
    throw new StoreConfigError(error instanceof Error ? error.message : 'ENCRYPTION_KEY is invalid');
  }
}

/** The sandbox's key: read from `file`, or made there once with permissions 0600. */
function sandboxKey(file: string): KeyRing {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const fresh = randomBytes(32).toString('base64');
    try {
      writeFileSync(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process made it first: read theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(file, 0o600);
  return parseKeys(readFileSync(file, 'utf8'));
}
