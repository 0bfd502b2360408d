/**
 * The project's own npm scripts, run as a user runs them (`npm run --silent SCRIPT -- ...`), answer
 * plainly (new-user pass, issue 7): `--help` prints the usage and does nothing else (`npm run codegen
 * -- --help` wrote schema.graphql before anything, and `npm run schema:check -- --help` ran the check),
 * and `npm run start:prod` without `dist/` says to build in one line (it was node's stack trace).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaFile = join(root, 'schema.graphql');

/** Runs `npm run --silent script -- ...args` in `cwd` (the clone); resolves with its exit code and output. */
function npmRun(
  script: string,
  args: string[],
  cwd = root,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`timed out; output so far:\n${stdout}${stderr}`));
    }, 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm scripts: --help prints the usage and does nothing else', { timeout: 120_000 }, () => {
  it.each([['codegen'], ['schema:check']])(
    '`npm run %s -- --help` prints the schema printer usage, exits 0 and neither writes nor checks schema.graphql',
    async (script) => {
      const before = statSync(schemaFile).mtimeMs;
      const answer = await npmRun(script, ['--help']);
      expect(answer.code).toBe(0);
      expect(answer.stdout).toMatch(/^Usage: npm run codegen/);
      expect(answer.stdout).toMatch(/npm run schema:check/);
      // The old script wrote the file ("wrote ...") or checked it ("schema.graphql is current.").
      expect(answer.stdout).not.toMatch(/wrote|is current/);
      expect(statSync(schemaFile).mtimeMs).toBe(before);
    },
  );

  it('`npm run codegen -- --bogus` is refused with the usage (exit 2), before anything is written', async () => {
    const before = statSync(schemaFile).mtimeMs;
    const answer = await npmRun('codegen', ['--bogus']);
    expect(answer.code).toBe(2);
    expect(answer.stderr).toMatch(/Unknown option '--bogus'/);
    expect(answer.stderr).toMatch(/Usage: npm run codegen/);
    expect(statSync(schemaFile).mtimeMs).toBe(before);
  });

  it.each([
    ['start', /^Usage: spotify-graphql serve /],
    ['emulator', /^Usage: spotify-graphql emulator /],
    ['cli', /^spotify-graphql: a GraphQL API server/],
    ['bench', /^usage: npm run bench/],
  ])('`npm run %s -- --help` prints its usage and exits 0 (a guard)', async (script, usage) => {
    const answer = await npmRun(script, ['--help']);
    expect(answer.code).toBe(0);
    expect(answer.stdout).toMatch(usage);
    expect(answer.stderr).toBe('');
  });
});

describe('npm run bench -- --help', { timeout: 120_000 }, () => {
  // s38 new user: the default run includes `instances`, which starts redis-server; the help did not say.
  it('says the default instances suite needs redis-server or REDIS_SERVER', async () => {
    const answer = await npmRun('bench', ['--help']);
    expect(answer.code).toBe(0);
    expect(answer.stdout).toContain(
      'Needs: instances (run by default) starts redis-server: install it (Debian: apt-get install\nredis-server) or set REDIS_SERVER to its path',
    );
  });
});

describe('npm run start:prod without dist/', { timeout: 120_000 }, () => {
  it('says in one line to run `npm run build` first and exits non-zero, without a stack trace', async () => {
    // The clone's package.json (its scripts) in a folder that has no dist/: the tests' own dist/ stays.
    const clone = mkdtempSync(join(tmpdir(), 'start-prod-'));
    try {
      copyFileSync(join(root, 'package.json'), join(clone, 'package.json'));
      const answer = await npmRun('start:prod', ['--port', '0'], clone);
      expect(answer.code).not.toBe(0);
      expect(answer.stderr).toBe('spotify-graphql: dist/cli.js is missing: run `npm run build` first\n');
      expect(`${answer.stdout}${answer.stderr}`).not.toMatch(/ERR_MODULE_NOT_FOUND|\n\s+at /);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
