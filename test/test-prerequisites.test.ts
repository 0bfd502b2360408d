/**
 * The system programs `npm test` needs beyond npm's packages (README: Commands): when one is missing, the
 * helper that starts it fails the test file with a sentence naming the program, its Debian package and
 * the variable that points at it, not a bare spawn ENOENT or puppeteer's "Browser was not found".
 * A missing program fails its suites: nothing is skipped.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchTestBrowser } from './helpers/browser.js';
import { startTestRedis } from './helpers/redis.js';

describe('test prerequisites', () => {
  it('a missing redis-server names the package and REDIS_SERVER', async () => {
    const started = startTestRedis({ server: '/nonexistent/redis-server' });
    await expect(started).rejects.toThrow(
      /^redis-server not found \(\/nonexistent\/redis-server, ENOENT\).*apt-get install redis-server\) or set REDIS_SERVER/,
    );
  });

  it('a missing chromium names the package and CHROMIUM_PATH', async () => {
    const launched = launchTestBrowser({ executablePath: '/nonexistent/chromium' });
    await expect(launched).rejects.toThrow(
      /^chromium not found at \/nonexistent\/chromium:.*apt-get install chromium\) or set CHROMIUM_PATH/,
    );
  });
});

describe('the reference OpenAPI file the emulator suites read', () => {
  // v14 new user, F3: without it each test of those suites failed on its own (45 in one file).
  it('missing, fails the suite once with one message naming the path and SPOTIFY_OPENAPI_SPEC, skipping nothing', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const missing = '/nonexistent/spotify-openapi.yml';
    const child = spawn('npx', ['vitest', 'run', '--project', 'all', 'test/client/endpoints-table.test.ts'], {
      cwd: root,
      env: { ...process.env, SPOTIFY_OPENAPI_SPEC: missing, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    const said = out.split('\n').filter((line) => line.includes(`is not at ${missing}`));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('SPOTIFY_OPENAPI_SPEC');
    expect(out).toMatch(/Test Files\s+1 failed/);
    expect(out).toMatch(/Tests\s+no tests/);
    expect(out).not.toMatch(/skipped/);
  }, 120_000);
});
