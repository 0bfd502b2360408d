import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { EXTENDED_APP } from './helpers/emulator.js';

/**
 * A store the server's user cannot create (v13 new-user N1: the Docker image runs as `node` in a
 * root-owned /app, and the default STORE_URL is `sqlite:.data/...` there) stops the CLI with one line
 * that names STORE_URL and what to do, not a bare `EACCES: permission denied, mkdir '.data'`.
 *
 * The CLI runs as a user that may not write the working directory: as root (this machine, CI
 * containers), `setpriv` makes it nobody (65534) in a root-owned folder; as anyone else the folder is
 * made read-only (0555).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const cli = join(root, 'src', 'cli.ts');
const asRoot = process.getuid?.() === 0;
const folder = mkdtempSync(join(tmpdir(), 'sg-store-dir-'));
chmodSync(folder, asRoot ? 0o755 : 0o555);

afterAll(() => {
  chmodSync(folder, 0o755);
  rmSync(folder, { recursive: true, force: true });
});

/** Runs `serve` in `folder` as a user that may not write it; resolves with its exit code and stderr. */
function serveUnwritable(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const node = [process.execPath, '--import', tsx, cli, 'serve', '--port', '0', '--host', '127.0.0.1'];
  const [command, ...args] = asRoot
    ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...node]
    : node;
  return new Promise((resolve, reject) => {
    const child = spawn(command!, args, {
      cwd: folder,
      env: { PATH: process.env.PATH ?? '', HOME: folder, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Generous: a CLI start under tsx on a loaded 2-core machine can take tens of seconds.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not exit within 90 s: ${stderr}`));
    }, 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** The one configuration line the CLI exits with, checked to name STORE_URL and the way out. */
function expectStoreLine(stderr: string, storeUrl: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^spotify-graphql: configuration: /);
  expect(lines[0]).toContain(`STORE_URL=${storeUrl} cannot be created or opened`);
  expect(lines[0]).toContain('STORE_URL=memory:');
  expect(stderr).not.toMatch(/\n\s+at /);
}

it('stops the sandbox (no settings) with one line naming STORE_URL when the default store cannot be created', async () => {
  const { code, stderr } = await serveUnwritable({});
  expect(code).toBe(78); // a configuration refusal (src/exit-codes.ts)
  expectStoreLine(stderr, 'sqlite:.data/spotify-graphql.db');
  expect(stderr).toContain('permission denied');
}, 120_000);

it('stops a production start the same when STORE_URL points into a folder it may not write', async () => {
  const storeUrl = `sqlite:${folder}/sessions.db`;
  const { code, stderr } = await serveUnwritable({
    NODE_ENV: 'production',
    SPOTIFY_CLIENT_ID: EXTENDED_APP.clientId,
    SPOTIFY_CLIENT_SECRET: EXTENDED_APP.clientSecret,
    // Never reached: the store is opened before anything calls Spotify.
    SPOTIFY_API_URL: 'http://127.0.0.1:9/v1',
    SPOTIFY_ACCOUNTS_URL: 'http://127.0.0.1:9',
    ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    STORE_URL: storeUrl,
  });
  expect(code).toBe(78); // a configuration refusal (src/exit-codes.ts)
  expectStoreLine(stderr, storeUrl);
}, 120_000);
