import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyRing, RecordRejected } from '../../src/auth/crypto.js';
import { MemoryTokenStore } from '../../src/auth/memory-store.js';
import { checkStoreSettings, openTokenStore, StoreConfigError } from '../../src/auth/open-store.js';
import { RedisTokenStore } from '../../src/auth/redis-store.js';
import { SqliteTokenStore } from '../../src/auth/sqlite-store.js';
import type { SessionRecord, TokenStore } from '../../src/auth/store.js';
import { RedisUnavailable } from '../../src/redis/connection.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';

const dir = mkdtempSync(join(tmpdir(), 'sg-stores-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(() => redis?.stop());
/** A Redis store on its own key prefix, so the contract's ids do not meet across tests. */
const redisStore = (): TokenStore =>
  new RedisTokenStore(redis.client(), { prefix: `t${Math.random()}:`, ownsConnection: true, now });

let clock = 1_000_000;
const now = (): number => clock;
const session = (id: string, expiresAt = clock + 60_000): SessionRecord => ({
  id,
  userId: 'alice',
  displayName: 'Alice',
  sealedToken: `sealed-${id}`,
  version: 1,
  createdAt: clock,
  expiresAt,
});

describe.each([
  ['memory', () => new MemoryTokenStore(now)],
  ['sqlite', () => new SqliteTokenStore(join(dir, `contract-${Math.random()}.db`), now)],
  ['redis', redisStore],
] as const)('the %s TokenStore', (_kind, make: () => TokenStore) => {
  it('keeps a session until its expiry', async () => {
    const store = make();
    await store.createSession(session('a', clock + 1000));
    expect(await store.getSession('a')).toMatchObject({
      userId: 'alice',
      version: 1,
      sealedToken: 'sealed-a',
    });
    clock += 1000;
    expect(await store.getSession('a')).toBeUndefined();
    await store.close();
  });

  it('replaces a token only when the version still matches (compare-and-set)', async () => {
    const store = make();
    await store.createSession(session('b'));
    const first = await store.replaceToken('b', 1, 'sealed-b2');
    expect(first).toMatchObject({ version: 2, sealedToken: 'sealed-b2' });
    expect(await store.replaceToken('b', 1, 'sealed-b3')).toBeUndefined();
    expect(await store.getSession('b')).toMatchObject({ version: 2, sealedToken: 'sealed-b2' });
    expect(await store.replaceToken('missing', 1, 'x')).toBeUndefined();
    await store.close();
  });

  it('deletes a session', async () => {
    const store = make();
    await store.createSession(session('c'));
    expect(await store.deleteSession('c')).toBe(true);
    expect(await store.getSession('c')).toBeUndefined();
    expect(await store.deleteSession('c')).toBe(false);
    await store.close();
  });

  it('hands out a login attempt once, and not after it expired', async () => {
    const store = make();
    await store.saveLoginAttempt({ id: 'l1', sealed: 's1', expiresAt: clock + 1000 });
    expect(await store.takeLoginAttempt('l1')).toEqual({ id: 'l1', sealed: 's1', expiresAt: clock + 1000 });
    expect(await store.takeLoginAttempt('l1')).toBeUndefined();
    await store.saveLoginAttempt({ id: 'l2', sealed: 's2', expiresAt: clock + 1000 });
    clock += 1000;
    expect(await store.takeLoginAttempt('l2')).toBeUndefined();
    await store.close();
  });
});

describe('the SQLite store file', () => {
  it('is in WAL mode with its migrations applied', async () => {
    const path = join(dir, 'wal.db');
    const store = new SqliteTokenStore(path);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});

describe('AES-256-GCM key ring', () => {
  const keyA = Buffer.alloc(32, 1).toString('base64');
  const keyB = Buffer.alloc(32, 2).toString('base64');

  it('seals so that only the same record opens it', () => {
    const ring = KeyRing.parse(keyA);
    const sealed = ring.seal('secret', 'record-1');
    expect(sealed).not.toContain('secret');
    expect(ring.open(sealed, 'record-1')).toEqual({ plain: 'secret', stale: false });
    expect(() => ring.open(sealed, 'record-2')).toThrow(RecordRejected);
  });

  it('refuses a tampered value', () => {
    const ring = KeyRing.parse(keyA);
    const parts = ring.seal('secret', 'r').split('.');
    const data = Buffer.from(parts[3] as string, 'base64url');
    data[0] = (data[0] as number) ^ 1;
    parts[3] = data.toString('base64url');
    expect(() => ring.open(parts.join('.'), 'r')).toThrow(RecordRejected);
  });

  it('opens with an older listed key and says the value is stale; an unlisted key is refused', () => {
    const old = KeyRing.parse(keyA).seal('secret', 'r');
    expect(KeyRing.parse(`${keyB},${keyA}`).open(old, 'r')).toEqual({ plain: 'secret', stale: true });
    expect(() => KeyRing.parse(keyB).open(old, 'r')).toThrow(RecordRejected);
  });

  it('names a bad key by position, never by value', () => {
    expect(() => KeyRing.parse(`${keyA},c2hvcnQ=`)).toThrow(/key 2 is not 32 bytes/);
  });
});

describe('openTokenStore (STORE_URL)', () => {
  it('refuses a persistent store without ENCRYPTION_KEY outside sandbox mode, saying what to set', async () => {
    await expect(
      openTokenStore({
        storeUrl: `sqlite:${join(dir, 'nokey.db')}`,
        encryptionKey: undefined,
        sandbox: false,
      }),
    ).rejects.toThrow(StoreConfigError);
    await expect(
      openTokenStore({
        storeUrl: `sqlite:${join(dir, 'nokey.db')}`,
        encryptionKey: undefined,
        sandbox: false,
      }),
    ).rejects.toThrow(/ENCRYPTION_KEY/);
  });

  it('in sandbox mode generates a key beside the database once, with 0600 permissions', async () => {
    const path = join(dir, 'sandbox', 'db.sqlite');
    const first = await openTokenStore({
      storeUrl: `sqlite:${path}`,
      encryptionKey: undefined,
      sandbox: true,
    });
    expect(first.keyFile).toBe(`${path}.key`);
    expect(statSync(`${path}.key`).mode & 0o777).toBe(0o600);
    const sealed = first.keys.seal('kept', 'r');
    await first.store.close();
    const second = await openTokenStore({
      storeUrl: `sqlite:${path}`,
      encryptionKey: undefined,
      sandbox: true,
    });
    expect(second.keys.open(sealed, 'r').plain).toBe('kept');
    await second.store.close();
  });

  it('knows memory: and redis:// (which needs ENCRYPTION_KEY), refuses anything else', async () => {
    const memory = await openTokenStore({ storeUrl: 'memory:', encryptionKey: undefined, sandbox: false });
    expect(memory.store.kind).toBe('memory');
    await expect(
      openTokenStore({ storeUrl: redis.url, encryptionKey: undefined, sandbox: true }),
    ).rejects.toThrow(/ENCRYPTION_KEY/);
    const key = Buffer.alloc(32, 3).toString('base64');
    const shared = await openTokenStore({ storeUrl: redis.url, encryptionKey: key, sandbox: false });
    expect(shared.store.kind).toBe('redis');
    expect(shared.description).toBe(redis.url);
    await shared.store.close();
    shared.redis?.disconnect();
    await expect(
      openTokenStore({ storeUrl: 'postgres://x', encryptionKey: undefined, sandbox: false }),
    ).rejects.toThrow(/STORE_URL must be/);
  });

  // s43 attack F5: the refusal quoted STORE_URL whole, password included.
  it('never quotes the password of a STORE_URL it refuses', async () => {
    const storeUrl = 'postgres://user:hunter2pass@db.example:5432/tokens';
    for (const check of [
      () => openTokenStore({ storeUrl, encryptionKey: undefined, sandbox: false }),
      async () => checkStoreSettings({ storeUrl, encryptionKey: undefined, sandbox: false }),
    ]) {
      const message = await check().then(
        () => 'accepted',
        (error: Error) => error.message,
      );
      expect(message).toBe(
        'STORE_URL must be memory:, sqlite:<path> or redis://host:port, not "postgres://db.example:5432/tokens" (its user name and password not shown)',
      );
    }
  });
});

describe('the Redis TokenStore', () => {
  it('sets the session key to expire with the session (TTL), and a login attempt too', async () => {
    const client = redis.client();
    const store = new RedisTokenStore(client, { prefix: 'ttl:', now });
    await store.createSession(session('t1', clock + 90_000));
    const ttl = await client.pttl('ttl:session:t1');
    expect(ttl).toBeGreaterThan(80_000);
    expect(ttl).toBeLessThanOrEqual(90_000);
    await store.replaceToken('t1', 1, 'sealed-t1b');
    expect(await client.pttl('ttl:session:t1')).toBeGreaterThan(0);
    await store.saveLoginAttempt({ id: 'l9', sealed: 's', expiresAt: clock + 10_000 });
    expect(await client.pttl('ttl:login:l9')).toBeGreaterThan(0);
    client.disconnect();
  });

  it('lets exactly one of many concurrent compare-and-sets win', async () => {
    // One connection and one prefix for all five: they share the records.
    const client = redis.client();
    const shared = Array.from({ length: 5 }, () => new RedisTokenStore(client, { prefix: 'cas:', now }));
    await shared[0]?.createSession(session('race'));
    const results = await Promise.all(shared.map((store, i) => store.replaceToken('race', 1, `w${i}`)));
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    expect(await shared[1]?.getSession('race')).toMatchObject({ version: 2 });
    client.disconnect();
  });

  it('refuses a record written over (RecordRejected, not RedisUnavailable, not "no session")', async () => {
    const client = redis.client();
    const store = new RedisTokenStore(client, { prefix: 'over:', now });
    await client.set('over:session:wrong-type', 'junk');
    await expect(store.getSession('wrong-type')).rejects.toBeInstanceOf(RecordRejected);
    await expect(store.replaceToken('wrong-type', 1, 'x')).rejects.toBeInstanceOf(RecordRejected);
    await store.createSession(session('not-json'));
    await client.hset('over:session:not-json', 'displayName', '{not json');
    await expect(store.getSession('not-json')).rejects.toBeInstanceOf(RecordRejected);
    await store.createSession(session('bad-version'));
    await client.hset('over:session:bad-version', 'version', 'one');
    await expect(store.getSession('bad-version')).rejects.toBeInstanceOf(RecordRejected);
    await client.set('over:login:l-junk', 'junk', 'PX', 60_000);
    await expect(store.takeLoginAttempt('l-junk')).rejects.toBeInstanceOf(RecordRejected);
    await client.hset('over:login:l-hash', 'sealed', 'x');
    await expect(store.takeLoginAttempt('l-hash')).rejects.toBeInstanceOf(RecordRejected);
    // A session written over can still be ended.
    expect(await store.deleteSession('wrong-type')).toBe(true);
    client.disconnect();
  });

  it('fails with RedisUnavailable (not "no session") when Redis does not answer', async () => {
    const { connectRedis } = await import('../../src/redis/connection.js');
    const client = await connectRedis(redis.url);
    const store = new RedisTokenStore(client, { prefix: 'down:', now });
    await store.createSession(session('d1'));
    await redis.stop();
    try {
      await expect(store.getSession('d1')).rejects.toBeInstanceOf(RedisUnavailable);
      await expect(store.takeLoginAttempt('x')).rejects.toBeInstanceOf(RedisUnavailable);
    } finally {
      await redis.start();
    }
    client.disconnect();
  });
});
