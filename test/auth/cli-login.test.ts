import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sg-cli-login-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI; resolves with its output once `until` matches, or when it exits. */
function run(
  args: string[],
  until?: RegExp,
  env: Record<string, string> = {},
): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        STORE_URL: `sqlite:${join(dir, 'db')}`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    let err = '';
    // Generous: a CLI start under tsx on a loaded 2-core machine can take tens of seconds.
    const timer = setTimeout(() => reject(new Error(`timed out; output so far:\n${out}${err}`)), 90_000);
    // `serve` says where it listens on stderr (stdout carries its JSON log lines).
    const check = (): void => {
      if (until?.test(out + err)) {
        clearTimeout(timer);
        resolve({ out, err, code: null });
      }
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      check();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      check();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ out, err, code });
    });
  });
}

// Each test its own time, as in test/cli.test.ts: a start of serve and two logins share the first.
describe('spotify-graphql login --cookie FILE', { timeout: 180_000 }, () => {
  it('signs in to a sandbox server with a seeded user cookie and prints a working session token', async () => {
    const started = await run(['serve', '--port', '0'], /Sign in: (http:\/\/127\.0\.0\.1:\d+)\/auth\/login/);
    const server = /Sign in: (http:\/\/127\.0\.0\.1:\d+)\/auth\/login/.exec(started.err)?.[1] ?? '';
    const emulator = /emulator runs at (http:\/\/127\.0\.0\.1:\d+)/.exec(started.err)?.[1] ?? '';
    const info = (await (await fetch(`${emulator}/__emulator/info`)).json()) as {
      apps: { clientId: string; mode: string }[];
      users: { id: string; cookie: Record<string, string> }[];
      scopes: string[];
    };
    const bob = info.users.find((user) => user.id === 'bob');
    const app = info.apps.find((candidate) => candidate.mode === 'extended');
    if (!bob || !app) throw new Error('no seeded bob or extended app');
    const file = join(dir, 'cookie.json');
    writeFileSync(file, JSON.stringify(bob.cookie));

    // The emulator is not https://accounts.spotify.com: the cookie goes there only once it is named.
    const unnamed = await run(['login', '--cookie', file, '--server', server]);
    expect(unnamed.code).toBe(1);
    expect(unnamed.err).toContain(`not followed (the Spotify cookie was not sent there); if ${emulator}`);
    expect(unnamed.err).toContain(`pass --accounts ${emulator}`);

    // Before bob approved the app, the cookie alone cannot sign in (the emulator named by the environment).
    const refused = await run(['login', '--cookie', file, '--server', server], undefined, {
      SPOTIFY_ACCOUNTS_URL: emulator,
    });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('has not approved the app yet');

    await fetch(`${emulator}/__emulator/consents`, {
      method: 'POST',
      body: JSON.stringify({ userId: 'bob', clientId: app.clientId, scopes: info.scopes }),
    });
    const done = await run(['login', '--cookie', file, '--server', server, '--accounts', emulator]);
    expect(done.code).toBe(0);
    const token = done.out.trim();
    expect(token).toMatch(/^sgs_[A-Za-z0-9_-]{22}$/);
    const session = await fetch(`${server}/auth/session`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await session.json()) as { user: { id: string } }).user.id).toBe('bob');
    for (const secret of Object.values(bob.cookie))
      expect(done.out + done.err + refused.err + unnamed.err).not.toContain(secret);
  });

  // A --server that is no URL (a bad option value: exit 2, s44), or where nothing answers (exit 1), is
  // named in the message.
  for (const [server, said, exit] of [
    ['notaurl', '--server must be an http or https URL', 2],
    ['http://127.0.0.1:1', 'No spotify-graphql server answered at http://127.0.0.1:1', 1],
  ] as const) {
    it(`names the --server ${server} it cannot sign in at`, async () => {
      const file = join(dir, 'any-cookie.json');
      writeFileSync(file, JSON.stringify({ sp_t: 't', sp_dc: 'dc', sp_key: 'key' }));
      const { code, err } = await run(['login', '--cookie', file, '--server', server]);
      expect(code).toBe(exit);
      expect(err).toContain(said);
    });
  }

  it('needs --cookie', async () => {
    const { code, err } = await run(['login']);
    expect(code).toBe(2);
    expect(err).toContain('login needs --cookie FILE');
  });
});
