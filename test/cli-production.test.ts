import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { buildIfStale } from './helpers/build.js';
import { documentText } from './helpers/documents.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from './helpers/emulator.js';

const root = fileURLToPath(new URL('..', import.meta.url));

let emu: TestEmulator;
let child: ChildProcess | undefined;

beforeAll(async () => {
  emu = await startTestEmulator();
  await buildIfStale();
}, 600_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  await emu?.close();
});

describe('the production start (npm run start:prod)', () => {
  it('runs the compiled CLI with NODE_ENV=production, answers a query, and exits 0 on SIGTERM', async () => {
    child = spawn('npm', ['run', 'start:prod', '--', '--port', '0'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        SPOTIFY_CLIENT_ID: EXTENDED_APP.clientId,
        SPOTIFY_CLIENT_SECRET: EXTENDED_APP.clientSecret,
        SPOTIFY_API_URL: `${emu.url}/v1`,
        SPOTIFY_ACCOUNTS_URL: emu.url,
        STORE_URL: 'memory:',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const running = child;
    let out = '';
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      const seen = (chunk: Buffer): void => {
        out += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      };
      running.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        seen(chunk);
      });
      running.stderr?.on('data', seen);
      running.on('exit', (code) => reject(new Error(`exited ${code} before listening:\n${out}`)));
    });
    const exited = new Promise<number | null>((resolve) => running.on('exit', (code) => resolve(code)));

    const album = [...emu.state.catalog.albums.values()][0]!;
    const post = async (query: string, variables?: Record<string, unknown>) =>
      (await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json())) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    const answer = await post(
      documentText(graphql(`query CliProductionAlbum($id: ID!) { album(id: $id) { name } }`)),
      { id: album.id },
    );
    expect(answer).toEqual({ data: { album: { name: album.name } } });
    // NODE_ENV=production is in force: introspection is off by default outside the sandbox.
    const introspection = await post(
      documentText(graphql(`query CliProductionIntrospection { __schema { queryType { name } } }`)),
    );
    expect(introspection.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'INTROSPECTION_DISABLED' } }),
    ]);
    // A browser opening /graphql learns that GraphiQL is off and how to send a query (v8 L1).
    const page = await fetch(url, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    const refusal = (await page.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(refusal.errors).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHIQL_DISABLED' } })]);
    expect(refusal.errors[0]?.message).toContain('POST /graphql');

    running.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Standard output is the JSON log alone: npm's banner goes to stderr (the project's .npmrc).
    const lines = stdout.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    // Starting a process (npm, then node loading the compiled modules) is slow on a busy machine.
  }, 90_000);
});

// s43: the compiled CLI holds the environment to the same rule (src/server/env-values.ts) and exits
// with the configuration's code (src/exit-codes.ts); `Number()` had taken 1e1 as 10.
describe('the compiled CLI refuses a bad environment value', () => {
  it('exits 78 with one line naming MAX_DEPTH and its range for MAX_DEPTH=1e1', async () => {
    const { BUILT_CLI } = await import('./helpers/build.js');
    const { EXIT } = await import('../src/exit-codes.js');
    const refused = spawn(process.execPath, [BUILT_CLI, 'serve', '--port', '0'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        STORE_URL: 'memory:',
        MAX_DEPTH: '1e1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    refused.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // The old code started: stop it at its banner, and the exit code says so.
      if (stderr.includes('Sign in: ')) refused.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((resolve) => refused.on('exit', resolve));
    expect(stderr).toBe(
      'spotify-graphql: configuration: MAX_DEPTH must be a whole number from 1 to 1000, in decimal digits only: not "1e1"\n',
    );
    expect(code).toBe(EXIT.configuration);
  }, 120_000);
});
