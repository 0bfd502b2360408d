import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectHost, everyInterfaceLine } from '../src/server/port.js';
import { graphql } from './generated/index.js';
import { documentText } from './helpers/documents.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGTERM');
});

/** What a CLI process printed so far: everything in order, and each stream apart. */
interface Printed {
  out: string;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI and resolves with everything it printed once `until` matches (or it exits); `printed`
 * keeps growing after that, and `exited` resolves with the exit code.
 */
function run(
  args: string[],
  env: Record<string, string> = {},
  until?: RegExp,
): Promise<{
  out: string;
  code: number | null;
  printed: Printed;
  child: ChildProcess;
  exited: Promise<number | null>;
}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const printed: Printed = { out: '', stdout: '', stderr: '' };
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Generous: a CLI start under tsx on a loaded 2-core machine can take tens of seconds.
    const timer = setTimeout(() => reject(new Error(`timed out; output so far:\n${printed.out}`)), 90_000);
    const check = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      printed.out += chunk.toString();
      printed[stream] += chunk.toString();
      if (until?.test(printed.out)) {
        clearTimeout(timer);
        resolve({ out: printed.out, code: null, printed, child, exited });
      }
    };
    child.stdout?.on('data', check('stdout'));
    child.stderr?.on('data', check('stderr'));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ out: printed.out, code, printed, child, exited });
    });
  });
}

// Each test may wait for a CLI process to start (see run's deadline).
describe('spotify-graphql CLI', { timeout: 120_000 }, () => {
  it('prints its usage with --help and exits 0', async () => {
    const { out, code } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('spotify-graphql serve');
    expect(out).toContain('spotify-graphql emulator');
    expect(out).toContain('spotify-graphql --version');
    expect(out).toContain('EMULATOR_PORT');
  });

  // One test per process started (here and below): each has its own time, so a loaded machine slows
  // a test down without pushing a sequence of starts past one shared budget (v18 new user, L1).
  for (const args of [['--version'], ['serve', '--version']]) {
    it(`prints the package's version with ${args.join(' ')} and exits 0`, async () => {
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
      const { printed, code } = await run(args);
      expect(code, args.join(' ')).toBe(0);
      expect(printed.stdout).toBe(`spotify-graphql ${version}\n`);
    });
  }

  it('keeps serve --help to one line per variable, its details left to the README (new user, LOW 6)', async () => {
    const { out, code } = await run(['serve', '--help']);
    expect(code).toBe(0);
    for (const name of ['SPOTIFY_CLIENT_ID', 'STORE_URL', 'EMULATOR_PORT', 'LOG_LEVEL'])
      expect(out).toContain(name);
    // The pool's internals (REQUEST_SPOTIFY_CONCURRENCY, SPOTIFY_POOL_RESERVE) are the README's to explain.
    expect(out).not.toContain('fair share');
    expect(out).not.toContain('SPOTIFY_POOL_RESERVE');
    expect(out.split('\n').filter((line) => line.length > 110)).toEqual([]);
  });

  for (const args of [
    ['serve', '--help'],
    ['serve', '-h'],
    ['help', 'serve'],
  ]) {
    it(`prints one command's own usage and options with ${args.join(' ')}`, async () => {
      const { out, code } = await run(args);
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: spotify-graphql serve \[--port N\] \[--host H\]/);
      expect(out).toContain('--port N');
      expect(out).not.toContain('--cookie');
    });
  }

  it("prints login's own usage with login --help, without serve's options", async () => {
    const login = await run(['login', '--help']);
    expect(login.code).toBe(0);
    expect(login.out).toMatch(/^Usage: spotify-graphql login --cookie FILE/);
    expect(login.out).not.toContain('--port');
    // What it reads from the environment and how it ends, as serve's help says its own.
    expect(login.out).toContain('SPOTIFY_ACCOUNTS_URL    the default --accounts');
    expect(login.out).toMatch(
      /Exit codes:\n {2}0 {3}the session token printed[\s\S]*\n {2}2 {3}the command line refused/,
    );
  });

  it("prints the emulator's environment and exit codes with emulator --help", async () => {
    const emulator = await run(['emulator', '--help']);
    expect(emulator.code).toBe(0);
    expect(emulator.out).toMatch(/^Usage: spotify-graphql emulator/);
    expect(emulator.out).toContain('HOST                    the interface to bind without --host');
    expect(emulator.out).toMatch(/Exit codes:\n {2}0 {3}done[\s\S]*\n {2}78 {2}the configuration refused/);
  });

  for (const [what, args, said] of [
    [
      'an option its command does not take',
      ['serve', '--cookie', 'x.json'],
      ['serve does not take --cookie', 'Usage: spotify-graphql serve'],
    ],
    [
      'an unknown option',
      ['emulator', '--colour'],
      ['spotify-graphql: unknown option --colour\n', 'Usage: spotify-graphql emulator'],
    ],
    ['a stray argument', ['login', '--cookie', 'x.json', 'now'], ['unexpected argument: now']],
  ] as const) {
    it(`refuses ${what} with that command's usage and exit code 2`, async () => {
      const { out, code } = await run([...args]);
      expect(code).toBe(2);
      for (const text of said) expect(out).toContain(text);
    });
  }

  it('refuses a missing option value with one line naming the option, exit code 2', async () => {
    const missing = await run(['serve', '--port']);
    expect(missing.code).toBe(2);
    expect(missing.out.split('\n')[0]).toBe('spotify-graphql: --port needs a value');
  });

  for (const [args, env, source, shown] of [
    [['serve', '--host', '999.1.1.1', '--port', '0'], {}, '--host', '"999.1.1.1"'],
    [
      ['emulator', '--port', '0'],
      { HOST: 'no-such-host.invalid' },
      'configuration: HOST',
      '"no-such-host.invalid"',
    ],
  ] as const) {
    it(`refuses the bad host ${shown} of ${source} with one line naming it, exit code 2 (78 from the environment)`, async () => {
      const { out, code } = await run([...args], { ...env, STORE_URL: 'memory:' });
      expect(code).toBe(source.startsWith('--') ? 2 : 78);
      expect(out.split('\n')[0]).toBe(
        `spotify-graphql: ${source} must be an IP address or a host name this machine resolves (default 127.0.0.1), not ${shown}`,
      );
    });
  }

  it('refuses an unknown command with exit code 2', async () => {
    const { out, code } = await run(['fly']);
    expect(code).toBe(2);
    expect(out).toContain('unknown command: fly');
  });

  for (const [args, env, source, shown] of [
    [['emulator', '--port', 'abc'], {}, '--port', 'not "abc"'],
    [['serve', '--port=-1'], {}, '--port', 'not "-1"'],
    [['serve', '--port', '-1'], {}, '--port', 'not "-1"'],
    [['serve', '--port='], {}, '--port', 'it is empty (give a number)'],
    [['serve'], { PORT: '99999' }, 'PORT', 'not "99999"'],
    // s38 new user: spaces around it were taken (Number(" 4001")), as no other variable's are.
    [['serve'], { PORT: ' 4001' }, 'PORT', 'not " 4001"'],
    [['serve'], { PORT: '4x' }, 'PORT', 'not "4x"'],
    // s43: one rule for every number of the environment (src/server/env-values.ts): empty is refused.
    [['serve'], { PORT: '' }, 'PORT', 'it is empty (unset it for the default)'],
    [['serve'], { PORT: '4e3' }, 'PORT', 'not "4e3"'],
    // s44: a digit of another script showed as itself (`"٣"`), an invisible one as nothing.
    [['serve'], { PORT: '\u0663' }, 'PORT', 'not "\\u0663"'],
    [['serve', '--port', '\u200b4000'], {}, '--port', 'not "\\u200b4000"'],
    // A bad EMULATOR_PORT exited 1 as a configuration error; the README says a bad port exits 2.
    [['serve'], { EMULATOR_PORT: 'abc' }, 'EMULATOR_PORT', 'not "abc"'],
    [['serve'], { EMULATOR_PORT: '99999' }, 'EMULATOR_PORT', 'not "99999"'],
  ] as const) {
    // s38 new user: the README's "one line naming the value and the range" was three (the usage and a
    // hint to --help followed). s44: in the README's one form of a number's refusal, `configuration: `
    // before a variable's (`invalid port "" (PORT)` said neither the rule nor what to do).
    it(`refuses the invalid port ${shown} of ${source} with one line naming the value and the range, exit code 2 (78 from the environment)`, async () => {
      const { out, code } = await run([...args], { ...env, STORE_URL: 'memory:' });
      expect(code).toBe(source.startsWith('--') ? 2 : 78);
      expect(out).toBe(
        `spotify-graphql: ${source.startsWith('--') ? '' : 'configuration: '}${source} must be a whole number from 0 to 65535, in decimal digits only: ${shown}\n`,
      );
    });
  }

  it('starts the emulator on --port 0 and prints a URL that answers', async () => {
    const { out } = await run(['emulator', '--port', '0'], {}, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    const info = await fetch(`${url}/__emulator/info`);
    expect(info.status).toBe(200);
    expect(((await info.json()) as { users: unknown[] }).users.length).toBeGreaterThan(0);
    expect(out).not.toContain('bound to');
  });

  // v18 new user, L5: `npm run emulator | jq` met the banner on stdout, where serve keeps JSON only.
  it("prints the emulator's banner on stderr, as serve does, and nothing on stdout", async () => {
    const { printed } = await run(
      ['emulator', '--port', '0'],
      {},
      /control: +http:\/\/\S+\/__emulator\/info/,
    );
    expect(printed.stderr).toMatch(/^Spotify emulator listening on http:\/\/127\.0\.0\.1:\d+\n/);
    expect(printed.stderr).toMatch(/ {2}Web API: +http:\/\/127\.0\.0\.1:\d+\/v1\n/);
    expect(printed.stdout).toBe('');
  });

  it('serves GraphQL in sandbox mode without SPOTIFY_CLIENT_ID, and says so', async () => {
    const { out } = await run(
      ['serve', '--port', '0'],
      { STORE_URL: 'memory:' },
      /listening on (http:\/\/127\.0\.0\.1:\d+\/graphql)/,
    );
    expect(out).toContain('Sandbox mode');
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out)![1]!;
    const health = await fetch(url.replace('/graphql', '/health'));
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: documentText(graphql(`query CliTypename { __typename }`)) }),
    });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  });

  // v18 new user, L6: SPOTIFY_CLIENTID=abc started the sandbox with no word of the misspelled name.
  it('warns on start, one stderr line each, of a misspelled variable, naming the known one and never its value; not of PORTS, PORT_0, HOSTS, HOST_NAME', async () => {
    const { printed } = await run(
      ['serve', '--port', '0'],
      {
        STORE_URL: 'memory:',
        SPOTIFY_CLIENTID: 'abc-value-1',
        MAX_QUERY_COSTS: 'costs-value-2',
        // Other programs' variables beside ours, never taken for misspellings of PORT and HOST.
        PORTS: '80,443',
        PORT_0: '31000',
        HOSTS: 'a,b',
        HOST_NAME: 'box',
      },
      /Sign in: /,
    );
    const warnings = printed.stderr.split('\n').filter((line) => line.startsWith('Warning:'));
    expect(warnings).toEqual([
      'Warning: SPOTIFY_CLIENTID is not a variable spotify-graphql reads (ignored): did you mean SPOTIFY_CLIENT_ID?',
      'Warning: MAX_QUERY_COSTS is not a variable spotify-graphql reads (ignored): did you mean MAX_QUERY_COST?',
    ]);
    expect(printed.out).not.toMatch(/abc-value-1|costs-value-2/);
  });

  it("runs the sandbox's emulator on EMULATOR_PORT when it is set", async () => {
    const port = await freePort();
    const { out } = await run(
      ['serve', '--port', '0'],
      { STORE_URL: 'memory:', EMULATOR_PORT: String(port) },
      /Sign in: /,
    );
    expect(out).toContain(`emulator runs at http://127.0.0.1:${port}`);
    const info = await fetch(`http://127.0.0.1:${port}/__emulator/info`);
    expect(info.status).toBe(200);
    await info.body?.cancel();
  });
});

/** A port free now on 127.0.0.1 (the system's pick for port 0, released again). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('serve output: JSON log lines on stdout, the banner for people on stderr (v8 L2)', {
  timeout: 120_000,
}, () => {
  it('writes only JSON lines on stdout (its start among them, with its URL), and the banner and shutdown on stderr', async () => {
    const started = await run(
      ['serve', '--port', '0'],
      { STORE_URL: 'memory:', LOG_LEVEL: 'info' },
      /Sign in: http:\/\/127\.0\.0\.1:\d+\/auth\/login/,
    );
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(started.printed.stderr)![1]!;
    expect(started.printed.stderr).toContain('Sandbox mode');
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: documentText(graphql(`query CliJsonLines { __typename }`)) }),
    });
    await until(() => started.printed.stdout.includes('"graphql request"'));
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    const lines = started.printed.stdout.split('\n').filter(Boolean);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.find((line) => line.msg === 'spotify-graphql listening')).toMatchObject({
      url,
      loginUrl: url.replace('/graphql', '/auth/login'),
      store: 'memory:',
    });
    expect(parsed.some((line) => line.msg === 'graphql request')).toBe(true);
    expect(started.printed.stderr).toContain('SIGTERM: shutting down');
  });
});

// One test per setting, each with its own time: eleven `serve` starts in one test outlasted its
// budget on a loaded machine (v18 new user, L1).
describe('serve checks all of its configuration before anything starts (v8 L4)', { timeout: 120_000 }, () => {
  for (const [env, said] of [
    [
      { STORE_URL: 'foo:' },
      'configuration: STORE_URL must be memory:, sqlite:<path> or redis://host:port, not "foo:"',
    ],
    [
      { STORE_URL: 'sqlite:/tmp/never-made.db', ENCRYPTION_KEY: 'abc' },
      'configuration: ENCRYPTION_KEY: key 1 is not 32 bytes in base64',
    ],
    [{ STORE_URL: 'memory:', REDIS_URL: 'localhost:6379' }, 'configuration: REDIS_URL must be redis://'],
    // s38 new user: one rule for every variable (spaces around a value are refused, as for the id).
    [
      { STORE_URL: 'memory:', LOG_LEVEL: 'debug ' },
      'configuration: LOG_LEVEL has spaces or a line break around it',
    ],
    // v37 new user, item 2: the refusal names every word an on/off setting takes (the README's table).
    [
      { STORE_URL: 'memory:', GRAPHIQL: 'maybe' },
      'configuration: GRAPHIQL must be true or false (or 1/0, yes/no, on/off), not "maybe"',
    ],
    // v14 new user, F7: Spotify refuses every sign-in asking for an unknown scope (invalid_scope).
    [
      { STORE_URL: 'memory:', SPOTIFY_SCOPES: 'user-read-private nonsense-scope' },
      'configuration: SPOTIFY_SCOPES names a scope Spotify does not know: "nonsense-scope"',
    ],
    // v15 new user, N2: a comma-separated list is named as such.
    [
      { STORE_URL: 'memory:', SPOTIFY_SCOPES: 'user-read-private,playlist-read-private' },
      'SPOTIFY_SCOPES is space-separated, not comma-separated: write "user-read-private playlist-read-private"',
    ],
    // v15 new user, N6: trusting every hop would let any client choose its address.
    [
      { STORE_URL: 'memory:', TRUST_PROXY: 'true' },
      'configuration: TRUST_PROXY must be a number of proxy hops (1 to 32) or a comma-separated list',
    ],
    // v15 reattack, RA7: an absurd hop count trusts every hop; `2` inside a list would be 0.0.0.2.
    [
      { STORE_URL: 'memory:', TRUST_PROXY: '99999999999999999999' },
      'configuration: TRUST_PROXY must be a number of proxy hops (1 to 32)',
    ],
    [
      { STORE_URL: 'memory:', TRUST_PROXY: '2,loopback' },
      '"2" is no address, CIDR range or name; a hop count stands alone)',
    ],
    // v14 new user, F2: an ftp: base started, /ready said ready, and every call failed.
    [
      { STORE_URL: 'memory:', SPOTIFY_CLIENT_ID: 'x', SPOTIFY_API_URL: 'ftp://127.0.0.1:4100/v1' },
      'configuration: SPOTIFY_API_URL must be an http or https URL without a user name or password, such as https://api.spotify.com/v1: not "ftp://127.0.0.1:4100/v1"',
    ],
    [
      { STORE_URL: 'memory:', SPOTIFY_CLIENT_ID: 'x', SPOTIFY_ACCOUNTS_URL: 'file:///tmp/accounts' },
      'configuration: SPOTIFY_ACCOUNTS_URL must be an http or https URL without a user name or password, such as https://accounts.spotify.com: not "file:///tmp/accounts"',
    ],
  ] as const) {
    const settings = Object.entries(env)
      .map(([name, value]) => `${name}=${value}`)
      .join(' ');
    it(`refuses ${settings} with one line and exit 78, before the sandbox emulator starts`, async () => {
      const { printed, code } = await run(['serve', '--port', '0'], { ...env });
      expect(code).toBe(78);
      expect(printed.stderr).toContain(said);
      expect(printed.out).not.toMatch(/Sandbox mode|emulator runs at|listening/);
      expect(printed.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});

// v37 new user, item 1: a server or emulator on a port browsers and fetch refuse starts, and then no
// browser (GraphiQL, the sign-in) and no fetch reaches it. Refused before anything starts, as a bad value.
describe("serve and emulator refuse a port browsers and fetch refuse (the Fetch standard's bad ports)", {
  timeout: 120_000,
}, () => {
  for (const [args, env, said] of [
    [['serve', '--port', '6666'], { STORE_URL: 'memory:' }, 'port 6666 (--port)'],
    [['serve'], { STORE_URL: 'memory:', PORT: '10080' }, 'port 10080 (PORT)'],
    [['emulator', '--port', '6000'], {}, 'port 6000 (--port)'],
    // v37 new user, item 1: the emulator bound port 6000, and then the server's own fetch to it ended
    // the start with a bare "fetch failed"; s38 new user: refused, it exited 1, not 2.
    [
      ['serve'],
      { STORE_URL: 'memory:', EMULATOR_PORT: '6000' },
      "the sandbox emulator's port 6000 (EMULATOR_PORT)",
    ],
    [
      ['serve'],
      { STORE_URL: 'memory:', EMULATOR_PORT: '1' },
      "the sandbox emulator's port 1 (EMULATOR_PORT)",
    ],
  ] as const) {
    it(`${args.join(' ')} ${
      Object.entries(env)
        .find(([name]) => name.endsWith('PORT'))
        ?.join('=') ?? ''
    } exits 2 (78 from the environment) naming the port and why, in one line`, async () => {
      const { printed, code } = await run([...args], { ...env }, /listening on|Sign in: /);
      const choose = said.includes('EMULATOR_PORT')
        ? 'choose another, or unset EMULATOR_PORT for any free port'
        : 'choose another';
      // s44: a variable's refusal in the README's form, `configuration: ` first, as every other's.
      const configuration = said.includes('(--') ? '' : 'configuration: ';
      expect(printed.stderr).toBe(
        `spotify-graphql: ${configuration}${said} is one that browsers and fetch refuse to connect to (a "bad port" of the Fetch standard, https://fetch.spec.whatwg.org/#port-blocking): ${choose}\n`,
      );
      expect(code).toBe(said.includes('(--') ? 2 : 78);
      expect(printed.out).not.toMatch(/listening|Sandbox mode/);
    });
  }
});

/** Polls `check` every 50 ms until it holds (the test's own timeout bounds it). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("the README's way to run the CLI from a clone", () => {
  it('`npm run --silent cli -- --help` prints the commands, login among them', async () => {
    const out = await new Promise<{ text: string; code: number | null }>((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', 'cli', '--', '--help'], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let text = '';
      const timer = setTimeout(() => reject(new Error(`timed out; output so far:\n${text}`)), 30_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ text, code });
      });
    });
    expect(out.code).toBe(0);
    expect(out.text).toMatch(/spotify-graphql login --cookie FILE/);
    expect(out.text).toMatch(/spotify-graphql serve/);
  }, 120_000);
});

/** Runs `body` with the port of a server this test holds on 127.0.0.1; closes the server after. */
async function withPortHeld(body: (port: number) => Promise<void>): Promise<void> {
  const { createServer } = await import('node:net');
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const address = holder.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  try {
    await body(address.port);
  } finally {
    holder.close();
  }
}

describe('emulator on a port already in use', () => {
  it("exits non-zero with serve's one line naming the port, not node's raw EADDRINUSE", async () => {
    await withPortHeld(async (port) => {
      const { out, code } = await run(['emulator', '--port', String(port)]);
      expect(code).toBe(1);
      expect(out).toBe(
        `spotify-graphql: port ${port} on 127.0.0.1 is already in use: stop what holds it, or pass --port\n`,
      );
    });
  }, 120_000);
});

describe('serve on a port already in use', () => {
  it('exits non-zero with one line naming the port, and no stack trace', async () => {
    await withPortHeld(async (port) => {
      const { out, code } = await run(['serve', '--port', String(port)], { STORE_URL: 'memory:' });
      expect(code).toBe(1);
      expect(out).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(out).not.toMatch(/Internal error|\n\s+at /);
      // Nothing claims to have started: the sandbox's emulator was closed again, unannounced.
      expect(out).not.toContain('Sandbox mode');
    });
  }, 120_000);
});

// Tests listen on 127.0.0.1 only, so the line serve and emulator print for 0.0.0.0 / :: is checked as text.
describe('the banner line of a listener bound to every interface', () => {
  it('names 0.0.0.0 and :: as every interface, with the note, and nothing for one address', () => {
    expect(everyInterfaceLine('0.0.0.0', 'a note')).toBe(
      '  (bound to 0.0.0.0: every interface of this machine; a note)',
    );
    expect(everyInterfaceLine('::')).toBe('  (bound to ::: every interface of this machine)');
    expect(everyInterfaceLine('127.0.0.1', 'a note')).toBeUndefined();
  });
});

/**
 * `login` without `--server` signs in where `serve` listens with the same environment: HOST (0.0.0.0
 * and :: reached on the loopback) and PORT. A stand-in server on 127.0.0.1 records the sign-in start
 * (`GET /auth/login`) and refuses it, so login exits 1 after it.
 */
describe('login: the default --server follows HOST and PORT', { timeout: 120_000 }, () => {
  const seen: string[] = [];
  const standIn = createServer((request, response) => {
    seen.push(`${request.method} ${request.url?.split('?')[0]} ${request.headers.host}`);
    response.writeHead(503, { 'content-type': 'text/plain' }).end('stand-in');
  });
  let port = 0;
  let cookie = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    port = (standIn.address() as AddressInfo).port;
    cookie = join(mkdtempSync(join(tmpdir(), 'login-host-')), 'cookie.json');
    writeFileSync(cookie, JSON.stringify({ sp_t: 't', sp_dc: 'dc', sp_key: 'key' }));
  });
  afterAll(() => new Promise((resolve) => standIn.close(resolve)));

  // One test per login process, each with its own time (v18 new user, L1).
  for (const [host, reached] of [
    ['0.0.0.0', '127.0.0.1'],
    ['', '127.0.0.1'],
    ['localhost', 'localhost'],
  ] as const) {
    it(`reaches the server at HOST=${host} as ${reached}, on PORT`, async () => {
      seen.length = 0;
      const { code } = await run(['login', '--cookie', cookie], { HOST: host, PORT: String(port) });
      expect(code).toBe(1);
      expect(seen).toEqual([`GET /auth/login ${reached}:${port}`]);
    });
  }

  it('goes to another loopback address HOST names, not to 127.0.0.1', async () => {
    // Nothing listens on 127.0.0.2: login goes there (old code: to 127.0.0.1, the stand-in).
    seen.length = 0;
    const elsewhere = await run(['login', '--cookie', cookie], { HOST: '127.0.0.2', PORT: String(port) });
    expect(elsewhere.code).toBe(1);
    expect(seen).toEqual([]);
  });

  it('turns HOST into the host a client connects to', () => {
    expect(connectHost(undefined)).toBe('127.0.0.1');
    expect(connectHost('0.0.0.0')).toBe('127.0.0.1');
    expect(connectHost('::')).toBe('[::1]');
    expect(connectHost('::1')).toBe('[::1]');
    expect(connectHost('192.168.1.5')).toBe('192.168.1.5');
    expect(connectHost('localhost')).toBe('localhost');
  });
});
