import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyRing } from '../../src/auth/crypto.js';
import { RedisTokenStore } from '../../src/auth/redis-store.js';
import { hashToken } from '../../src/auth/session-token.js';
import { connectRedis } from '../../src/redis/connection.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, CookieJar, startAuthServer } from '../helpers/auth.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { memoryLogger } from '../helpers/memory-log.js';
import { startRedisAuthInstance, startTestRedis, type TestRedis } from '../helpers/redis.js';

const CorruptSessionMe = graphql(`
  query CorruptSessionMe {
    me {
      spotifyId
    }
  }
`);

/**
 * Session and login records in Redis written over by hand (or by an attacker with Redis access) are
 * refused the way a tampered sealed token is: the session is treated as invalid (UNAUTHENTICATED with a
 * loginUrl, /auth/session 401), one warning without secrets, never a 500, never a 503 while /ready is 200.
 */
describe('corrupt session records in Redis', () => {
  let redis: TestRedis;
  let admin: Redis;
  let emu: TestEmulator;
  let connection: Redis;
  let t: AuthTestServer;
  const prefix = 'sg:corrupt:';

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    emu = await startTestEmulator();
    connection = await connectRedis(redis.url);
    t = await startAuthServer({
      emu,
      keys: KeyRing.parse(Buffer.alloc(32, 5).toString('base64')),
      store: new RedisTokenStore(connection, { prefix }),
      redis: connection,
    });
  });
  afterAll(async () => {
    await t?.close();
    connection?.disconnect();
    admin?.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  /** Signs `user` in, lets `corrupt` rewrite the session's key, and checks the session is refused. */
  const refusedAfter = async (
    user: string,
    corrupt: (key: string) => Promise<unknown>,
    warning: RegExp,
  ): Promise<void> => {
    const jar = await t.signIn(user);
    const token = t.sessionToken(jar);
    expect((await t.graphql(CorruptSessionMe, { jar })).body.data?.me).toEqual({ spotifyId: user });
    await corrupt(`${prefix}session:${hashToken(token)}`);
    const before = t.warnings.length;
    const answer = await t.graphql(CorruptSessionMe, { jar });
    expect(answer.body.data?.me ?? null).toBeNull();
    const error = answer.body.errors?.[0];
    expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error?.extensions?.loginUrl).toEqual(expect.any(String));
    expect((await t.fetch('/auth/session', { jar })).status).toBe(401);
    expect((await t.fetch('/ready')).status).toBe(200);
    const added = t.warnings.slice(before);
    expect(added.some((line) => warning.test(line))).toBe(true);
    for (const line of added) expect(line).not.toContain(token);
  };

  it('a session key of another type (a string written over the hash)', async () => {
    await refusedAfter('alice', (key) => admin.set(key, 'junk'), /refused a stored record: .*malformed/);
  });

  it('a field that is not JSON (displayName)', async () => {
    await refusedAfter(
      'bob',
      (key) => admin.hset(key, 'displayName', '{not json'),
      /refused a stored record: .*malformed/,
    );
  });

  it('a userId rewritten beside its sealed token: the seal covers it', async () => {
    await refusedAfter(
      'carol',
      (key) => admin.hset(key, 'userId', 'mallory'),
      /refused a stored record: .*failed authentication/,
    );
  });

  it('a login attempt written over: the callback answers LOGIN_EXPIRED, as for a tampered one', async () => {
    for (const overwrite of [
      (key: string) => admin.set(key, 'not json', 'KEEPTTL'),
      (key: string) => admin.set(key, JSON.stringify({ sealed: 42 }), 'KEEPTTL'),
      async (key: string) => {
        await admin.del(key);
        await admin.hset(key, 'sealed', 'x');
      },
    ]) {
      const jar = new CookieJar();
      const callback = await t.approve(await t.startLogin(jar), { user: 'alice' });
      const state = new URL(callback).searchParams.get('state') ?? '';
      await overwrite(`${prefix}login:${hashToken(state)}`);
      const before = t.warnings.length;
      const response = await t.finishLogin(jar, callback);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain('LOGIN_EXPIRED');
      expect(t.warnings.slice(before).some((line) => /refused a stored record/.test(line))).toBe(true);
    }
  });
});

/**
 * A client retrying with a damaged session in a loop must not flood the log: each refused record is
 * reported once (one JSON line through the server's logger, with the requestId of the request that met
 * it), and no line echoes what was written into the record.
 */
describe('a refused session record in the server log', () => {
  let redis: TestRedis;
  let admin: Redis;
  let emu: TestEmulator;
  let t: AuthTestServer;
  const log = memoryLogger();
  const MARKER = 'ZZmarker';

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    emu = await startTestEmulator();
    t = await startRedisAuthInstance(redis, emu, { logger: log.logger });
  });
  afterAll(async () => {
    await t?.close();
    admin?.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  const refusals = () => log.lines().filter((line) => /refused a stored record/.test(line.msg ?? ''));

  it('is one warning per record however often it is asked, and another for a record written over again', async () => {
    const jar = await t.signIn('alice');
    // startRedisAuthInstance's store keeps sessions under the prefix `sg:`.
    const key = `sg:session:${hashToken(t.sessionToken(jar))}`;
    expect(await admin.exists(key)).toBe(1);
    await admin.hset(key, 'sealedToken', `v1.${MARKER}.garbage.${MARKER}.x`);
    for (let i = 0; i < 4; i += 1) {
      expect((await t.fetch('/auth/session', { jar })).status).toBe(401);
      const answer = await t.graphql(CorruptSessionMe, { jar });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(refusals()).toHaveLength(1);
    const [line] = refusals();
    expect(line?.level).toBe(40);
    expect(line?.requestId).toEqual(expect.any(String));
    expect(line?.msg).toMatch(/refused a stored record: A stored record was sealed under a key/);

    // Written over once more, differently: a new record, one more line.
    await admin.hset(key, 'sealedToken', `${MARKER}-again`);
    for (let i = 0; i < 3; i += 1) expect((await t.fetch('/auth/session', { jar })).status).toBe(401);
    expect(refusals()).toHaveLength(2);
    expect(refusals()[1]?.msg).toMatch(/malformed/);
    expect(log.text()).not.toContain(MARKER);
    expect(log.text()).not.toContain(t.sessionToken(jar));
  });
});
