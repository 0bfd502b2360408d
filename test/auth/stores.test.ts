import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyRing, RecordRejected } from '../../src/auth/crypto.js';
import { MemoryTokenStore } from '../../src/auth/memory-store.js';
import { openTokenStore, StoreConfigError } from '../../src/auth/open-store.js';
import { SqliteTokenStore } from '../../src/auth/sqlite-store.js';
import type { SessionRecord, TokenStore } from '../../src/auth/store.js';

const dir = mkdtempSync(join(tmpdir(), 'sg-stores-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

  it('knows memory:, refuses redis:// (not yet) and anything else', async () => {
    const memory = await openTokenStore({ storeUrl: 'memory:', encryptionKey: undefined, sandbox: false });
    expect(memory.store.kind).toBe('memory');
    await expect(
      openTokenStore({ storeUrl: 'redis://127.0.0.1:6379', encryptionKey: undefined, sandbox: false }),
    ).rejects.toThrow(/not supported yet/);
    await expect(
      openTokenStore({ storeUrl: 'postgres://x', encryptionKey: undefined, sandbox: false }),
    ).rejects.toThrow(/STORE_URL must be/);
  });
});
