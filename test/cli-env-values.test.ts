/**
 * The environment's numbers, on/off settings and Spotify credentials through the CLI (s43): a value
 * outside the one rule of src/server/env-values.ts stops `serve` before anything starts, with one line
 * naming the variable (never a secret's value) and exit code 78 (src/exit-codes.ts), where `Number()`
 * had taken `MAX_DEPTH=0x20` as 32 and an empty value as the default, and a client secret with a
 * zero-width space started and failed later at Spotify.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/exit-codes.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs the CLI to its exit; resolves with its exit code and what it printed on each stream. */
function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', STORE_URL: 'memory:', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Generous: a CLI start under tsx on a loaded 2-core machine can take tens of seconds. A start
    // that was taken (the old code) is killed at its banner and fails on its exit code.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the CLI did not exit within 90 s: ${stderr}`));
    }, 90_000);
    child.stderr.on('data', () => {
      if (/Sign in: /.test(stderr)) child.kill('SIGTERM');
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const SECRET = 'fedcba9876543210fedcba9876543210';

describe('serve refuses a bad environment value with one line and exit code 78', { timeout: 120_000 }, () => {
  for (const [env, said] of [
    [
      { MAX_DEPTH: '0x20' },
      'configuration: MAX_DEPTH must be a whole number from 1 to 1000, in decimal digits only: not "0x20"',
    ],
    [
      { REQUEST_DEADLINE_MS: '' },
      'configuration: REQUEST_DEADLINE_MS must be a whole number from 1 to 86400000 milliseconds, in decimal digits only: it is empty (unset it for the default)',
    ],
    [
      { GRAPHQL_JIT: '' },
      'configuration: GRAPHQL_JIT must be true or false (or 1/0, yes/no, on/off): it is empty (unset it for the default)',
    ],
    [
      { SPOTIFY_CLIENT_ID: '0123456789abcdef0123456789abcdef', SPOTIFY_CLIENT_SECRET: `${SECRET}\u200B` },
      'configuration: SPOTIFY_CLIENT_SECRET holds an invisible character (U+200B) at character 33: remove it (the value is not shown)',
    ],
    [{ EMULATOR_PORT: '0x10' }, 'invalid port "0x10" (EMULATOR_PORT): a port is an integer from 0 to 65535'],
  ] as const) {
    it(`${Object.keys(env).join(', ')}: ${said.slice(0, 60)}...`, async () => {
      const { code, stdout, stderr } = await run(['serve', '--port', '0'], { ...env });
      expect(stderr.trim().split('\n'), stderr).toEqual([
        expect.stringContaining(`spotify-graphql: ${said}`),
      ]);
      expect(code).toBe(EXIT.configuration);
      expect(stdout).toBe('');
      expect(stderr).not.toContain(SECRET.slice(0, 8));
    });
  }

  it('says the exit codes in --help as src/exit-codes.ts has them', async () => {
    const { code, stdout } = await run(['--help'], {});
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Exit codes:');
    for (const value of Object.values(EXIT)) expect(stdout).toMatch(new RegExp(`^  ${value} +\\S`, 'm'));
  });
});
