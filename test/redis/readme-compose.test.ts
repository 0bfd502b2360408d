import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { KeyRing } from '../../src/auth/crypto.js';
import { configFromEnv } from '../../src/server/config.js';
import { buildIfStale } from '../helpers/build.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { type ServeProcess, startServeProcess } from '../helpers/processes.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';

// A real `serve` process starts: generous deadlines under load.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * The README's compose example cannot run here (no Docker), so its parts are checked against what
 * they name: the variables the server reads (and the values it accepts), the Dockerfile's command and
 * environment, Redis' options (set on a real redis-server), nginx's upstreams, and then the command
 * itself, run with the example's environment against the emulator and a real Redis.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface ComposeService {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] };
  ports?: string[];
  configs?: { source: string; target: string }[];
}

interface Compose {
  services: Record<string, ComposeService>;
  configs?: Record<string, { content?: string }>;
}

/** The README's "Several instances" section. */
function severalInstances(): string {
  const start = README.indexOf('\n## Several instances');
  const end = README.indexOf('\n## ', start + 1);
  if (start < 0) throw new Error('the README has no "Several instances" section');
  return README.slice(start, end < 0 ? undefined : end);
}

/** The compose file of that section (its ```yaml block), parsed (anchors and aliases resolved). */
function composeOfReadme(): Compose {
  const block = /```yaml\n([\s\S]*?)```/.exec(severalInstances())?.[1];
  if (block === undefined) throw new Error('the "Several instances" section has no yaml block');
  return parse(block) as Compose;
}

/** The names of the README's configuration table (its first column). */
function configurationTable(): Set<string> {
  return new Set([...README.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((match) => match[1] as string));
}

/** Every file under src/, concatenated: what the code could read a variable by. */
function sourceText(dir = join(ROOT, 'src')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory()
        ? sourceText(join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? readFileSync(join(dir, entry.name), 'utf8')
          : '',
    )
    .join('\n');
}

/** The Dockerfile's CMD (exec form) and ENV (`NAME=value` pairs). */
function dockerfile(): { cmd: string[]; env: Record<string, string> } {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const cmd = /^CMD (\[.*\])$/m.exec(text)?.[1];
  if (cmd === undefined) throw new Error('the Dockerfile has no CMD in exec form');
  const env: Record<string, string> = {};
  for (const line of text.matchAll(/^ENV (.+)$/gm))
    for (const pair of (line[1] as string).split(/\s+/)) {
      const [name, value] = pair.split('=');
      if (name && value !== undefined) env[name] = value;
    }
  return { cmd: JSON.parse(cmd) as string[], env };
}

/** The placeholders the example asks the reader to replace, and what this test puts there. */
const PLACEHOLDERS: Record<string, string> = {
  'your-client-id': EXTENDED_APP.clientId,
  'your-client-secret': EXTENDED_APP.clientSecret,
  'base64-of-32-random-bytes': Buffer.alloc(32, 12).toString('base64'),
};

const compose = composeOfReadme();
const apiNames = Object.keys(compose.services).filter((name) => compose.services[name]?.build !== undefined);
const api = compose.services[apiNames[0] ?? ''] ?? {};
const environment = api.environment ?? {};

describe("the README's compose example", () => {
  it('runs Redis, two instances built from the repository and a proxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api-1', 'api-2', 'proxy', 'redis']);
    expect(apiNames.sort()).toEqual(['api-1', 'api-2']);
    // Both instances are one definition (an alias): the same variables, ENCRYPTION_KEY above all.
    expect(compose.services['api-2']).toEqual(compose.services['api-1']);
    expect(api.build).toBe('.');
    // No command of its own: the Dockerfile's CMD runs.
    expect(api.command).toBeUndefined();
  });

  it('sets only variables the server reads and the configuration table lists, with REDIS_URL and ENCRYPTION_KEY', () => {
    const table = configurationTable();
    const source = sourceText();
    for (const name of Object.keys(environment)) {
      expect(table.has(name), `${name} in the configuration table`).toBe(true);
      expect(source.includes(name), `${name} read by src/`).toBe(true);
    }
    for (const name of [
      'SPOTIFY_CLIENT_ID',
      'SPOTIFY_CLIENT_SECRET',
      'SPOTIFY_REDIRECT_URI',
      'REDIS_URL',
      'ENCRYPTION_KEY',
    ])
      expect(environment, name).toHaveProperty(name);
    // REDIS_URL names the compose service on Redis' default port (its command sets no other).
    const redisUrl = new URL(environment.REDIS_URL ?? '');
    expect(redisUrl.protocol).toBe('redis:');
    expect(Object.keys(compose.services)).toContain(redisUrl.hostname);
    expect(redisUrl.port).toBe('6379');
    expect(compose.services[redisUrl.hostname]?.command ?? []).not.toContain('--port');
  });

  it('gives values the configuration accepts: sessions in Redis, the shutdown delay, the proxy callback', () => {
    const values = Object.fromEntries(
      Object.entries(environment).map(([name, value]) => [name, PLACEHOLDERS[value] ?? value]),
    );
    const config = configFromEnv({ ...dockerfile().env, ...values });
    expect(config.redisUrl).toBe(environment.REDIS_URL);
    // STORE_URL unset (or naming Redis): sessions live in Redis, shared by both instances.
    expect(config.storeUrl).toMatch(/^redis:\/\//);
    if (environment.SHUTDOWN_DELAY_MS !== undefined)
      expect(config.shutdown.delayMs).toBe(Number(environment.SHUTDOWN_DELAY_MS));
    expect(config.redirectUri).toBe(environment.SPOTIFY_REDIRECT_URI);
    // The placeholder key itself is refused, naming what is wrong, rather than used.
    expect(() => KeyRing.parse(environment.ENCRYPTION_KEY ?? '')).toThrow();
    expect(PLACEHOLDERS).toHaveProperty(environment.ENCRYPTION_KEY ?? '');
  });

  it("sends the proxy's traffic to both instances on the Dockerfile's port, and signs in through the proxy's address", () => {
    const { env, cmd } = dockerfile();
    expect(cmd).toEqual(['node', 'dist/cli.js', 'serve']);
    expect(env.HOST).toBe('0.0.0.0');
    const proxy = compose.services.proxy ?? {};
    const source = proxy.configs?.[0]?.source ?? '';
    const nginx = compose.configs?.[source]?.content ?? '';
    const upstreams = [...nginx.matchAll(/server ([\w-]+):(\d+);/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstreams.sort()).toEqual(apiNames.map((name) => `${name}:${env.PORT}`).sort());
    const [published, inside] = (proxy.ports?.[0] ?? '').split(':');
    expect(nginx).toContain(`listen ${inside};`);
    expect(environment.SPOTIFY_REDIRECT_URI).toBe(`http://127.0.0.1:${published}/auth/callback`);
    expect(severalInstances()).toContain(`http://127.0.0.1:${published}/auth/login`);
  });

  it('starts an instance only once Redis answers its healthcheck', () => {
    const redis = compose.services.redis ?? {};
    expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
    for (const name of apiNames) {
      const dependsOn = compose.services[name]?.depends_on as Record<string, { condition?: string }>;
      expect(dependsOn.redis?.condition).toBe('service_healthy');
    }
  });
});

describe('the Dockerfile', () => {
  it('runs the compiled server as `npm run start:prod` does: node dist/cli.js serve with NODE_ENV=production', () => {
    const { cmd, env } = dockerfile();
    const startProd = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts['start:prod'];
    // After its guard for a missing dist/ (npm-scripts.test.ts), the script runs just this.
    expect(startProd).toMatch(/(?:^|; )NODE_ENV=production exec node dist\/cli\.js serve$/);
    expect(cmd).toEqual(['node', 'dist/cli.js', 'serve']);
    expect(env.NODE_ENV).toBe('production');
    // Built in the image (a build stage), not copied from the build context (.dockerignore leaves dist out).
    const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(text).toMatch(/^RUN npm run build$/m);
    expect(text).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(readFileSync(join(ROOT, '.dockerignore'), 'utf8')).toMatch(/^dist$/m);
  });
});

describe("the README's compose example, run without Docker", () => {
  let redis: TestRedis;
  let admin: Redis;
  let emu: TestEmulator;
  let instance: ServeProcess | undefined;

  beforeAll(async () => {
    // The Dockerfile runs the compiled server (dist/), as `npm run start:prod` does.
    await buildIfStale();
    redis = await startTestRedis();
    admin = redis.client();
    emu = await startTestEmulator();
  }, 600_000);
  afterAll(async () => {
    await instance?.kill();
    admin?.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  it("Redis' command line: every option exists and takes its value, and the healthcheck answers", async () => {
    const [program, ...options] = compose.services.redis?.command ?? [];
    expect(program).toBe('redis-server');
    expect(options.length % 2).toBe(0);
    for (let i = 0; i < options.length; i += 2) {
      const name = (options[i] as string).replace(/^--/, '');
      expect(await admin.config('SET', name, options[i + 1] as string), name).toBe('OK');
    }
    expect(await admin.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
    const [, ...probe] = compose.services.redis?.healthcheck?.test ?? [];
    const { stdout } = await promisify(execFile)(probe[0] as string, [
      '-p',
      String(redis.port),
      ...probe.slice(1),
    ]);
    expect(stdout.trim()).toBe('PONG');
  });

  it("the Dockerfile's command with the example's environment: ready on Redis, and sign-in goes back through the proxy's callback", async () => {
    const { cmd, env } = dockerfile();
    const values = Object.fromEntries(
      Object.entries(environment).map(([name, value]) => [name, PLACEHOLDERS[value] ?? value]),
    );
    instance = await startServeProcess(
      {
        ...env,
        ...values,
        // What differs here: the test's Redis and the emulator for Spotify, any free port on loopback.
        REDIS_URL: redis.url,
        SPOTIFY_API_URL: `${emu.url}/v1`,
        SPOTIFY_ACCOUNTS_URL: emu.url,
        PORT: '0',
        HOST: '127.0.0.1',
      },
      cmd.slice(1),
    );
    const origin = new URL(instance.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    const ready = await fetch(`${origin}/ready`);
    expect(ready.status, await ready.clone().text()).toBe(200);
    const login = await fetch(`${origin}/auth/login`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location') ?? '');
    expect(authorize.searchParams.get('redirect_uri')).toBe(environment.SPOTIFY_REDIRECT_URI);
    expect(authorize.searchParams.get('client_id')).toBe(EXTENDED_APP.clientId);
  });
});
