import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyRing } from '../../src/auth/crypto.js';
import { openTokenStore } from '../../src/auth/open-store.js';
import { hashToken } from '../../src/auth/session-token.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, type CookieJar, startAuthServer } from '../helpers/auth.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';

const KEY_A = Buffer.alloc(32, 7).toString('base64');
const KEY_B = Buffer.alloc(32, 9).toString('base64');
const ME = graphql(`query SqliteSessionsMe { me { spotifyId } }`);

const dir = mkdtempSync(join(tmpdir(), 'sg-sqlite-sessions-'));
let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A server over the SQLite file `name` with ENCRYPTION_KEY `key` (the emulator outlives it). */
async function serverOn(name: string, key: string): Promise<AuthTestServer> {
  const opened = await openTokenStore({
    storeUrl: `sqlite:${join(dir, name)}`,
    encryptionKey: key,
    sandbox: false,
  });
  return startAuthServer({ emu, store: opened.store, keys: opened.keys });
}

function sealedTokenOf(name: string, sessionToken: string): string {
  const db = new Database(join(dir, name), { readonly: true });
  const row = db.prepare('SELECT sealed_token FROM sessions WHERE id = ?').get(hashToken(sessionToken)) as
    | { sealed_token: string }
    | undefined;
  db.close();
  if (!row) throw new Error('no such session row');
  return row.sealed_token;
}

/** The session cookie of `jar` presented to another server (its origin differs: another port). */
const bearer = (t: AuthTestServer, jar: CookieJar): string => t.sessionToken(jar);

describe('sessions in the SQLite store', () => {
  it('survive a restart of the server', async () => {
    const first = await serverOn('restart.db', KEY_A);
    const token = bearer(first, await first.signIn('alice'));
    await first.close();
    const second = await serverOn('restart.db', KEY_A);
    try {
      const answer = await second.graphql(ME, { bearer: token });
      expect(answer.body.data?.me).toEqual({ spotifyId: 'alice' });
      expect(
        (await second.fetch('/auth/session', { headers: { authorization: `Bearer ${token}` } })).status,
      ).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('store only the hash of the session token and no token in clear', async () => {
    const t = await serverOn('hashed.db', KEY_A);
    try {
      const token = bearer(t, await t.signIn('bob'));
      const db = new Database(join(dir, 'hashed.db'), { readonly: true });
      const dump = JSON.stringify(db.prepare('SELECT * FROM sessions').all());
      db.close();
      expect(dump).toContain(hashToken(token));
      expect(dump).not.toContain(token);
      const spotifyTokens = [...emu.state.accessTokens.keys(), ...emu.state.refreshTokens.keys()];
      expect(spotifyTokens.length).toBeGreaterThan(1);
      for (const secret of spotifyTokens) expect(dump.includes(secret)).toBe(false);
    } finally {
      await t.close();
    }
  });

  it('refuse a tampered record loudly and never use it', async () => {
    const t = await serverOn('tamper.db', KEY_A);
    try {
      const token = bearer(t, await t.signIn('alice'));
      const parts = sealedTokenOf('tamper.db', token).split('.');
      const data = Buffer.from(parts[3] as string, 'base64url');
      data[5] = (data[5] as number) ^ 0x20;
      parts[3] = data.toString('base64url');
      const db = new Database(join(dir, 'tamper.db'));
      db.prepare('UPDATE sessions SET sealed_token = ? WHERE id = ?').run(parts.join('.'), hashToken(token));
      db.close();
      const answer = await t.graphql(ME, { bearer: token });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(t.warnings.some((line) => /refused a stored record: .*failed authentication/.test(line))).toBe(
        true,
      );
      expect((await t.fetch('/auth/session', { headers: { authorization: `Bearer ${token}` } })).status).toBe(
        401,
      );
    } finally {
      await t.close();
    }
  });

  it('re-encrypt under the new key when ENCRYPTION_KEY lists it first, and drop the old key after', async () => {
    const first = await serverOn('rotate.db', KEY_A);
    const token = bearer(first, await first.signIn('carol'));
    await first.close();
    const idA = KeyRing.parse(KEY_A).writingKeyId;
    const idB = KeyRing.parse(KEY_B).writingKeyId;
    expect(sealedTokenOf('rotate.db', token).split('.')[1]).toBe(idA);

    const rotated = await serverOn('rotate.db', `${KEY_B},${KEY_A}`);
    expect((await rotated.graphql(ME, { bearer: token })).body.data?.me).toEqual({ spotifyId: 'carol' });
    await rotated.close();
    expect(sealedTokenOf('rotate.db', token).split('.')[1]).toBe(idB);

    const onlyNew = await serverOn('rotate.db', KEY_B);
    expect((await onlyNew.graphql(ME, { bearer: token })).body.data?.me).toEqual({ spotifyId: 'carol' });
    await onlyNew.close();

    const onlyOld = await serverOn('rotate.db', KEY_A);
    try {
      expect((await onlyOld.graphql(ME, { bearer: token })).body.errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    } finally {
      await onlyOld.close();
    }
  });
});
