import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Redis } from 'ioredis';
import { connectRedis, describeRedisUrl } from '../redis/connection.js';
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
    // Without ENCRYPTION_KEY this is the sandbox (checkStoreSettings refused it otherwise).
    if (!keys) {
      keyFile = `${resolve(path)}.key`;
      keys = sandboxKey(keyFile);
    }
    const { SqliteTokenStore } = await import('./sqlite-store.js');
    const opened: OpenedStore = { store: new SqliteTokenStore(path), keys, description: `sqlite:${path}` };
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
    `STORE_URL must be memory:, sqlite:<path> or redis://host:port, not ${storeUrl}`,
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
    // Every instance must open every other's records: the key cannot be made up per process.
    if (!keys) {
      throw new StoreConfigError(
        `STORE_URL=${describeRedisUrl(storeUrl)} keeps Spotify tokens in Redis, shared by every instance, so it needs ENCRYPTION_KEY (the same on every instance): set it to 32 random bytes in base64 (openssl rand -base64 32)`,
      );
    }
    return;
  }
  throw new StoreConfigError(
    `STORE_URL must be memory:, sqlite:<path> or redis://host:port, not ${storeUrl}`,
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
