#!/usr/bin/env node
import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigurationRefused, EXIT } from './exit-codes.js';
import {
  badPortMessage,
  connectHost,
  emulatorPortRefusal,
  everyInterfaceLine,
  invalidPortMessage,
  parsePort,
} from './server/port.js';
import { exitOnSignals } from './server/shutdown.js';
import { DEFAULT_ACCOUNTS_URL } from './spotify/client-options.js';
import type { SpotifyCookie as Cookie } from './spotify/cookie.js';
import { quoteSetting } from './spotify/quoted-input.js';
import { httpUrlRefusal } from './spotify/setting-values.js';

/** serve's variables, one line each; what each means in full, and its default, is the README's table. */
const ENVIRONMENT = `Environment (each checked before anything starts; details and defaults: README, Configuration):
  SPOTIFY_CLIENT_ID       your app's client id; unset: sandbox mode, the emulator in-process on 127.0.0.1
  SPOTIFY_CLIENT_SECRET   your app's client secret
  SPOTIFY_REDIRECT_URI    the redirect URI registered for the app (default: this server's /auth/callback)
  SPOTIFY_SCOPES          space-separated scopes asked at sign-in
  SPOTIFY_API_URL, SPOTIFY_ACCOUNTS_URL   Spotify's Web API and accounts bases
  SPOTIFY_APP_MODE        extended, development or auto (default auto)
  SPOTIFY_DEFAULT_MARKET  market of anonymous podcast and audiobook reads (default US)
  EMULATOR_PORT           the sandbox emulator's port (default any free port)
  STORE_URL, REDIS_URL, ENCRYPTION_KEY    where sessions live, shared Redis, the key sealing tokens
  ALLOWED_ORIGINS, TRUST_PROXY            other origins browsers may call from; proxies trusted
  LOG_LEVEL               JSON logs on stdout (the banner, with where to sign in, is on stderr)
  GRAPHIQL, INTROSPECTION                 on unless NODE_ENV=production
  ...and the limits, shutdown, player-polling and other variables of the README's table.
A number (PORT, MAX_DEPTH, ..._MS) is decimal digits alone, within its range (README's table); an
on/off setting is true/false, 1/0, yes/no or on/off. Spaces around any value, and an empty number or
on/off setting, are refused; so is a client id, secret or redirect URI holding an invisible or control
character, a space or a quote.
SIGTERM or SIGINT stops it gracefully (exit 0). In production: npm run build, then npm run start:prod.
`;

/** The exit codes (EXIT), as the README's "Exit codes" table says them. */
const EXIT_CODES = `Exit codes:
  ${EXIT.ok}   done (also a graceful stop on SIGTERM/SIGINT)
  ${EXIT.failed}   failed after its input was taken (a port in use, Redis or Spotify not answering, login refused)
  ${EXIT.usage}   the command line refused (unknown command or option, --port abc)
  ${EXIT.configuration}  the configuration refused before anything started (PORT=abc, MAX_DEPTH=0x20)
`;

/** login's environment and exit codes (it takes no port: EXIT_CODES' example would mislead). */
const LOGIN_MORE = `Environment:
  HOST, PORT              the default --server, as serve listens
  SPOTIFY_ACCOUNTS_URL    the default --accounts

Exit codes:
  ${EXIT.ok}   the session token printed on stdout
  ${EXIT.failed}   the sign-in failed (the server or the accounts service refused or did not answer)
  ${EXIT.usage}   the command line refused (an unknown option, a bad --server or --accounts, a cookie
      file that is missing or not {"sp_dc": ...} JSON)
  ${EXIT.configuration}  the environment refused (SPOTIFY_ACCOUNTS_URL, HOST or PORT)
`;

const PORT = '  --port N      port to listen on; 0 picks any free port';
const HOST = '  --host H      interface to bind (default: $HOST or 127.0.0.1)';

/** Each command: its usage line, what it does, and the options it takes (with their help lines). */
const COMMANDS = {
  serve: {
    usage: 'spotify-graphql serve [--port N] [--host H]',
    summary: 'start the GraphQL server',
    options: ['port', 'host'],
    lines: [`${PORT} (default: $PORT or 4000)`, HOST],
    more: `${ENVIRONMENT}\n${EXIT_CODES}`,
  },
  emulator: {
    usage: 'spotify-graphql emulator [--port N] [--host H]',
    summary: 'start the Spotify emulator',
    options: ['port', 'host'],
    lines: [`${PORT} (default: 4010)`, HOST],
    more: `Environment:
  HOST                    the interface to bind without --host (default 127.0.0.1)

${EXIT_CODES}`,
  },
  login: {
    usage: 'spotify-graphql login --cookie FILE [--server URL] [--accounts URL]',
    summary: 'sign in to a running server with a Spotify cookie and print the session token',
    options: ['cookie', 'server', 'accounts'],
    lines: [
      '  --cookie F    a JSON file {"sp_t": ..., "sp_dc": ..., "sp_key": ...} of a Spotify user who',
      '                approved the app before',
      '  --server URL  the server to sign in to (default: http://$HOST:$PORT, as serve listens: HOST',
      '                or 127.0.0.1, 0.0.0.0 as 127.0.0.1 and :: as [::1]; PORT or 4000)',
      '  --accounts URL  the accounts service, the only origin the Spotify cookie is sent to',
      '                  (default: $SPOTIFY_ACCOUNTS_URL or https://accounts.spotify.com; in the',
      "                  sandbox, the emulator's URL); a server that sends the sign-in elsewhere is",
      '                  refused',
    ],
    more: LOGIN_MORE,
  },
} as const;
type Command = keyof typeof COMMANDS;

const HELP = `spotify-graphql: a GraphQL API server over the Spotify Web API

Usage:
${Object.values(COMMANDS)
  .map((command) => `  ${command.usage}\n      ${command.summary}`)
  .join('\n')}
  spotify-graphql COMMAND --help
      the options of one command
  spotify-graphql --version
      the version of spotify-graphql

${ENVIRONMENT}
${EXIT_CODES}`;

/** The help of one command: its usage, what it does, its options. */
function helpOf(name: Command): string {
  const command = COMMANDS[name];
  return `Usage: ${command.usage}

${command.summary[0]?.toUpperCase()}${command.summary.slice(1)}.

Options:
${command.lines.join('\n')}
  -h, --help    this help
${command.more ? `\n${command.more}` : ''}`;
}

/**
 * Refuses the command line (exit 2) with one line saying what was wrong, then the usage of `command`
 * (when known) and where the full help is: not the whole help, which buried the one line that mattered.
 */
function fail(message: string, command?: Command): never {
  const hint =
    command === undefined
      ? 'Run "spotify-graphql --help" for the commands.'
      : `Usage: ${COMMANDS[command].usage}\nRun "spotify-graphql ${command} --help" for its options.`;
  process.stderr.write(`spotify-graphql: ${message}\n${hint}\n`);
  process.exit(EXIT.usage);
}

/**
 * Refuses a value (a port, a host, a URL, a cookie file) with one line naming it and what it may be
 * (the usage is no help there), and exit 2 for an option's value (`--port`, `--accounts`), 78 for the
 * environment's (`PORT`, `HOST`, `EMULATOR_PORT`, `SPOTIFY_ACCOUNTS_URL`): a configuration error,
 * said as `serve` says every other variable's (`configuration: ...`).
 */
function failValue(message: string, source: string): never {
  const option = source.startsWith('--');
  process.stderr.write(`spotify-graphql: ${option ? '' : 'configuration: '}${message}\n`);
  process.exit(option ? EXIT.usage : EXIT.configuration);
}

/**
 * `raw`, read from `source` (`--server`, `--accounts`, SPOTIFY_ACCOUNTS_URL), when it is an http or
 * https URL without credentials (httpUrlRefusal, the server's own rule); else one line and exit 2 for
 * an option (78 for the variable), before anything is read or sent.
 */
function urlOption(source: string, raw: string, example: string): string {
  const refusal = httpUrlRefusal(source, raw, example);
  return refusal === undefined ? raw : failValue(refusal, source);
}

/**
 * `--host` (else HOST, else 127.0.0.1), checked to be an address or a name that resolves before
 * anything starts: a bad one is one line naming it and the option, and exit 2 (78 for HOST).
 */
async function hostOption(flag: string | undefined): Promise<string> {
  const [host, source] = flag !== undefined ? [flag, '--host'] : [process.env.HOST, 'HOST'];
  if (host === undefined || host === '') return '127.0.0.1';
  try {
    await lookup(host);
    return host;
  } catch {
    return failValue(
      `${source} must be an IP address or a host name this machine resolves (default 127.0.0.1), not ${quoteSetting(host)}`,
      source,
    );
  }
}

/**
 * The port `--port` (else `env`'s value, PORT for serve) names, else `fallback`. A bad value is one
 * line naming it and the allowed range, and exit 2 (78 for PORT); so is a port browsers and fetch refuse
 * (BAD_PORTS), which would start and then be unreachable.
 */
function portOption(flag: string | undefined, fallback: number, env?: string): number {
  const [raw, source] = flag !== undefined ? [flag, '--port'] : [env, 'PORT'];
  const port = parsePort(raw, fallback);
  if (port === undefined) return failValue(invalidPortMessage(raw ?? '', source), source);
  const bad = badPortMessage(port, source);
  return bad === undefined ? port : failValue(bad, source);
}

/**
 * The Spotify cookie of the file `--cookie` names: a file that cannot be read, is not JSON or holds no
 * JSON object of strings is a bad option value (one line, exit 2), not a failed sign-in.
 */
function cookieOption(path: string, SpotifyCookie: new () => Cookie): Cookie {
  try {
    return new SpotifyCookie().loadFromFile(path);
  } catch (error) {
    return failValue(`--cookie: ${error instanceof Error ? error.message : String(error)}`, '--cookie');
  }
}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  cookie: { type: 'string' },
  server: { type: 'string' },
  accounts: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** The package's version (package.json beside src/ and dist/, as installed and in the image). */
function version(): string {
  const path = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

/**
 * `argv` with an option that takes a value joined to a following value that starts with a dash
 * (`--port -1` as `--port=-1`), which parseArgs would refuse as "ambiguous": the value then meets the
 * option's own check. A following option name (`--port --host x`) is left apart (a missing value).
 */
function joinDashValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    const takesValue = Object.entries(OPTIONS).some(
      ([name, o]) => o.type === 'string' && arg === `--${name}`,
    );
    if (takesValue && next !== undefined && /^-(?!-?[a-z])/i.test(next)) {
      out.push(`${arg}=${next}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
}

/** parseArgs' refusal in one line naming the option (its own text spans lines and quotes unevenly). */
/** The emulator's listen failure in serve's words (a port in use, a port not allowed); others unchanged. */
function emulatorListenError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  if (error.code === 'EADDRINUSE')
    return new Error(`port ${port} on ${host} is already in use: stop what holds it, or pass --port`);
  if (error.code === 'EACCES')
    return new Error(`not allowed to listen on ${host}:${port}: choose a port above 1023 with --port`);
  return error;
}

function parseArgsMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option} needs a value`;
  return message.split('\n')[0] ?? message;
}

const isCommand = (name: string | undefined): name is Command =>
  name !== undefined && Object.hasOwn(COMMANDS, name);

/**
 * The command line read: the command and its option values. Refuses (exit 2, with the usage of the
 * command) an unknown option, an option the command does not take, and a stray argument.
 */
function parse(argv: string[]) {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  const named = argv.find((arg) => !arg.startsWith('-'));
  const known = isCommand(named) ? named : undefined;
  try {
    parsed = parseArgs({ args: joinDashValues(argv), options: OPTIONS, allowPositionals: true });
  } catch (error) {
    fail(parseArgsMessage(error), known);
  }
  const command = parsed.positionals[0];
  if (isCommand(command)) {
    const taken: readonly string[] = COMMANDS[command].options;
    for (const option of Object.keys(parsed.values)) {
      if (option !== 'help' && option !== 'version' && !taken.includes(option))
        fail(`${command} does not take --${option}`, known);
    }
    if (parsed.positionals.length > 1) fail(`unexpected argument: ${parsed.positionals[1]}`, known);
  }
  return parsed;
}

async function main(argv: string[]): Promise<void> {
  const parsed = parse(argv);
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.version) {
    process.stdout.write(`spotify-graphql ${version()}\n`);
    return;
  }
  if (values.help || command === undefined || command === 'help') {
    const about = command === 'help' ? positionals[1] : command;
    process.stdout.write(isCommand(about) ? helpOf(about) : HELP);
    return;
  }
  if (command === 'emulator') {
    const host = await hostOption(values.host);
    const { startEmulator } = await import('./emulator/index.js');
    const port = portOption(values.port, 4010);
    const emulator = await startEmulator({ port, host }).catch((error: NodeJS.ErrnoException) => {
      throw emulatorListenError(error, port, host);
    });
    const bound = everyInterfaceLine(host, 'its control API mints tokens for any seeded user');
    // For people, on stderr as serve's banner is: stdout stays free for what a script reads.
    process.stderr.write(
      `Spotify emulator listening on ${emulator.url}\n${bound === undefined ? '' : `${bound}\n`}  Web API:  ${emulator.url}/v1\n  accounts: ${emulator.url}/authorize, ${emulator.url}/api/token\n  control:  ${emulator.url}/__emulator/info\n`,
    );
    exitOnSignals(() => emulator.close());
    return;
  }
  if (command === 'serve') {
    // Checked before anything loads or starts.
    const port = portOption(values.port, 4000, process.env.PORT);
    const emulatorPort = emulatorPortRefusal(process.env.EMULATOR_PORT);
    if (emulatorPort !== undefined) failValue(emulatorPort, 'EMULATOR_PORT');
    const host = await hostOption(values.host);
    const { serve } = await import('./server/serve.js');
    const running = await serve({
      port,
      host,
      env: process.env,
    });
    // SIGTERM/SIGINT: /ready turns 503, requests in flight finish (SHUTDOWN_GRACE_MS), then exit 0.
    // Said for people on stderr, as the start was: stdout carries JSON log lines only.
    exitOnSignals(
      () => running.close(),
      (line) => process.stderr.write(`${line}\n`),
    );
    return;
  }
  if (command === 'login') {
    if (!values.cookie) fail('login needs --cookie FILE', 'login');
    const [{ SpotifyCookie }, { loginWithCookie }] = await Promise.all([
      import('./spotify/cookie.js'),
      import('./auth/cookie-login.js'),
    ]);
    // Where `serve` listens with the same environment (a host bound to every interface is reached on the loopback).
    const server =
      values.server === undefined
        ? `http://${connectHost(process.env.HOST)}:${portOption(undefined, 4000, process.env.PORT)}`
        : urlOption('--server', values.server, 'http://127.0.0.1:4000');
    // The Spotify cookie goes only to the accounts service the user names, never one the server names.
    const accountsUrl =
      values.accounts === undefined
        ? process.env.SPOTIFY_ACCOUNTS_URL &&
          urlOption('SPOTIFY_ACCOUNTS_URL', process.env.SPOTIFY_ACCOUNTS_URL, DEFAULT_ACCOUNTS_URL)
        : urlOption('--accounts', values.accounts, DEFAULT_ACCOUNTS_URL);
    const token = await loginWithCookie(server, cookieOption(values.cookie, SpotifyCookie), {
      ...(accountsUrl ? { accountsUrl } : {}),
    });
    process.stdout.write(`${token}\n`);
    return;
  }
  fail(`unknown command: ${command}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`spotify-graphql: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigurationRefused ? EXIT.configuration : EXIT.failed);
});
