import { Writable } from 'node:stream';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KeyRing } from '../../src/auth/crypto.js';
import { RedisTokenStore } from '../../src/auth/redis-store.js';
import { connectRedis } from '../../src/redis/connection.js';
import { noCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logging.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testExecutor } from '../helpers/executor.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';
import { emulatorConfig } from '../helpers/server.js';
import { waitFor } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/**
 * An operator reads one line when Redis stops answering and one when it answers again, however many
 * commands failed in between.
 */
describe('the log of Redis availability', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let connection: Redis;
  let server: SpotifyGraphQLServer;
  let origin: string;
  let text = '';
  const lines = (): { level: number; msg: string; redis?: string }[] =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { level: number; msg: string });
  const stopped = (): number => lines().filter((line) => /^Redis stopped answering/.test(line.msg)).length;
  const back = (): number => lines().filter((line) => line.msg === 'Redis answers again').length;

  /** Requests whose Redis commands fail while Redis is away: /ready's PING, /auth/login's count and write. */
  const poke = async (): Promise<void> => {
    for (let i = 0; i < 5; i += 1) {
      await (await fetch(`${origin}/ready`)).text();
      await (await fetch(`${origin}/auth/login`, { redirect: 'manual' })).text();
    }
  };

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    connection = await connectRedis(redis.url, { commandTimeoutMs: 500 });
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    server = await createServer({
      ...testExecutor(),
      config: emulatorConfig(emu, EXTENDED_APP),
      redis: connection,
      store: new RedisTokenStore(connection),
      keys: KeyRing.parse(Buffer.alloc(32, 4).toString('base64')),
      cache: noCatalogCache,
      logger: createLogger('info', stream),
      logging: false,
    });
    origin = new URL(await server.start(0, '127.0.0.1')).origin;
  });
  afterAll(async () => {
    await server?.stop();
    connection?.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  it('Redis stopped and started: one warning, then one line when it is back', async () => {
    expect(stopped()).toBe(0);
    await redis.stop({ keepData: true });
    await poke();
    await waitFor(
      () => stopped() >= 1,
      () => `no warning: ${text}`,
    );
    await poke();
    expect(stopped()).toBe(1);
    expect(lines().find((line) => /^Redis stopped answering/.test(line.msg))?.level).toBe(40);
    await redis.start();
    await waitFor(
      () => back() >= 1,
      () => `no line on recovery: ${text}`,
    );
    await waitFor(
      async () => (await fetch(`${origin}/ready`)).status === 200,
      () => '/ready back to 200',
    );
    expect(stopped()).toBe(1);
    expect(back()).toBe(1);
    expect(text).not.toMatch(/password/i);
  });

  it('Redis hung (SIGSTOP) and resumed: one warning, then one line when it answers', async () => {
    const [before, beforeBack] = [stopped(), back()];
    redis.hang();
    try {
      await poke();
      await waitFor(
        () => stopped() > before,
        () => `no warning: ${text}`,
      );
      await poke();
      expect(stopped()).toBe(before + 1);
    } finally {
      redis.resume();
    }
    await waitFor(
      () => back() > beforeBack,
      () => `no line on recovery: ${text}`,
    );
    expect(back()).toBe(beforeBack + 1);
    expect(stopped()).toBe(before + 1);
  });
});
