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
/** An ENCRYPTION_KEY of the right form (32 bytes in base64), for a store that needs one. */
const KEY = Buffer.alloc(32, 7).toString('base64');

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
    // s44: EMULATOR_PORT and PORT had a form of their own, without `configuration: `.
    [
      { EMULATOR_PORT: '0x10' },
      'configuration: EMULATOR_PORT must be a whole number from 0 to 65535, in decimal digits only: not "0x10"',
    ],
    // s44 attack, item 1: an invisible or look-alike character was printed as itself (`not "​20"`
    // read as "20"; `not true​`, `not truе` read as true): every character outside printable ASCII
    // is escaped, and every refused value quoted alike.
    [
      { MAX_DEPTH: '\u200b20' },
      'configuration: MAX_DEPTH must be a whole number from 1 to 1000, in decimal digits only: not "\\u200b20"',
    ],
    [
      { MAX_DEPTH: '20\u00a0' },
      'configuration: MAX_DEPTH must be a whole number from 1 to 1000, in decimal digits only: not "20\\u00a0"',
    ],
    [
      { GRAPHIQL: 'true\u200b' },
      'configuration: GRAPHIQL must be true or false (or 1/0, yes/no, on/off), not "true\\u200b"',
    ],
    [
      { GRAPHIQL: 'tru\u0435' },
      'configuration: GRAPHIQL must be true or false (or 1/0, yes/no, on/off), not "tru\\u0435"',
    ],
    [
      { SPOTIFY_APP_MODE: 'extended\u200b' },
      'configuration: SPOTIFY_APP_MODE must be extended, development or auto, not "extended\\u200b"',
    ],
    [
      { LOG_LEVEL: 'debug\u2060' },
      'configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "debug\\u2060"',
    ],
    // s44 attack, item 4: a URL Redis' client cannot read was a bare "Invalid URL", exit 1, at the
    // store's opening; now refused at configuration time naming the variable, the password not shown.
    [
      { REDIS_URL: 'redis://:hunter2pass@h:99999' },
      'configuration: REDIS_URL must be redis://[:password@]host[:port][/db] or rediss://... (a port from 0 to 65535): not "redis://h:99999" (its user name and password not shown)',
    ],
    [
      { STORE_URL: 'rediss://me:hunter2pass@h:99999/0', ENCRYPTION_KEY: KEY },
      'configuration: STORE_URL must be redis://[:password@]host[:port][/db] or rediss://... (a port from 0 to 65535): not "rediss://h:99999/0" (its user name and password not shown)',
    ],
    [
      {
        SPOTIFY_CLIENT_ID: '0123456789abcdef0123456789abcdef',
        SPOTIFY_API_URL: 'https://me:hunter2pass@api.example/v1',
      },
      'configuration: SPOTIFY_API_URL must be an http or https URL without a user name or password, such as https://api.spotify.com/v1: not "https://api.example/v1" (its user name and password not shown)',
    ],
  ] as const) {
    it(`${Object.keys(env).join(', ')}: ${said.slice(0, 60)}...`, async () => {
      const { code, stdout, stderr } = await run(['serve', '--port', '0'], { ...env });
      expect(stderr.trim().split('\n'), stderr).toEqual([
        expect.stringContaining(`spotify-graphql: ${said}`),
      ]);
      expect(code).toBe(EXIT.configuration);
      expect(stdout).toBe('');
      expect(stderr).not.toContain(SECRET.slice(0, 8));
      expect(stderr).not.toContain('hunter2');
    });
  }

  // s44 attack, item 2: more than 16 digits with leading zeros were refused as "not decimal digits only".
  for (const [args, env] of [
    [['serve', '--port', '0'], { MAX_DEPTH: '0000000000000000000020' }],
    [['serve', '--port', '00000000000000000000000'], {}],
  ] as const) {
    it(`takes leading zeros however many: ${args.join(' ')} ${Object.entries(env).join('=')}`, async () => {
      const { code, stderr } = await run([...args], { ...env });
      expect(stderr).toMatch(/Sign in: /);
      expect(stderr).not.toContain('configuration:');
      // Killed at its banner (SIGTERM may come before its handler: no exit code then), never refused.
      expect(code).not.toBe(EXIT.configuration);
    });
  }

  it('says the exit codes in --help as src/exit-codes.ts has them', async () => {
    const { code, stdout } = await run(['--help'], {});
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Exit codes:');
    for (const value of Object.values(EXIT)) expect(stdout).toMatch(new RegExp(`^  ${value} +\\S`, 'm'));
  });
});

// s44 attack, item 5: a bad --accounts or --server exited 1, as a sign-in that failed; the README's
// exit codes say 2 for a bad option value (78 for the environment's), refused before anything is read.
describe('login refuses a bad option value with one line and exit code 2', { timeout: 120_000 }, () => {
  for (const [args, env, said, exit] of [
    [
      ['--accounts', 'notaurl'],
      {},
      '--accounts must be an http or https URL without a user name or password, such as https://accounts.spotify.com: not "notaurl"',
      EXIT.usage,
    ],
    [
      ['--accounts', 'https://me:hunter2pass@accounts.example'],
      {},
      '--accounts must be an http or https URL without a user name or password, such as https://accounts.spotify.com: not "https://accounts.example" (its user name and password not shown)',
      EXIT.usage,
    ],
    [
      ['--server', 'ftp://127.0.0.1:4000'],
      {},
      '--server must be an http or https URL without a user name or password, such as http://127.0.0.1:4000: not "ftp://127.0.0.1:4000"',
      EXIT.usage,
    ],
    [
      ['--server', 'http://127.0.0.1:4000'],
      { SPOTIFY_ACCOUNTS_URL: 'accounts.spotify.com' },
      'configuration: SPOTIFY_ACCOUNTS_URL must be an http or https URL without a user name or password, such as https://accounts.spotify.com: not "accounts.spotify.com"',
      EXIT.configuration,
    ],
    [
      ['--server', 'http://127.0.0.1:4000', '--cookie', 'no-such-cookie-file.json'],
      {},
      '--cookie: Cannot read a cookie JSON file at no-such-cookie-file.json',
      EXIT.usage,
    ],
  ] as const) {
    it(`${args.join(' ')} ${Object.entries(env).join('=')}: exit ${exit}`, async () => {
      const cookie = (args as readonly string[]).includes('--cookie')
        ? []
        : ['--cookie', 'no-such-cookie-file.json'];
      const { code, stdout, stderr } = await run(['login', ...cookie, ...args], { ...env });
      expect(stderr.trim().split('\n'), stderr).toEqual([
        expect.stringContaining(`spotify-graphql: ${said}`),
      ]);
      expect(code).toBe(exit);
      expect(stdout).toBe('');
      expect(stderr).not.toContain('hunter2');
    });
  }
});
