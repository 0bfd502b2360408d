/**
 * The suite-wide leak check (a vitest setup file, so it runs around every test file): every access
 * token, refresh token and authorization code an emulator mints during the file, and the seeded
 * accounts' Spotify cookies, are looked for in everything the process prints (process.stdout/stderr,
 * console, and direct writes to file descriptors 1 and 2, which is how pino writes) and in every HTTP
 * response a non-emulator server of the process sends (status line, headers and body, SSE streams
 * included). A file in which one is found fails in its `afterAll`, naming the kind of secret and the
 * place, never the secret itself.
 *
 * Not covered: servers in child processes (their output reaches the test through a pipe) and
 * WebSocket frames.
 */
import { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { afterAll } from 'vitest';
import { emulatorHttpServers } from '../../src/emulator/server.js';
import { lateSeedAccounts, observeMintedSecrets, seedAccounts } from '../../src/emulator/state.js';

/** A response body is scanned up to this many bytes (the tail of a longer one is not). */
const MAX_SCANNED_BODY_BYTES = 4 * 1024 * 1024;
/** The shape of the emulator's minted secrets: `BQ` or `AQ` and 48 base64url characters. */
const MINTED = /(?:BQ|AQ)[A-Za-z0-9_-]{48}/g;

// The module object pino's sonic-boom calls (the ESM namespace of node:fs cannot be patched).
const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');

const minted = new Set<string>();
const cookies = [...seedAccounts(), ...lateSeedAccounts()].flatMap((account) =>
  Object.values(account.cookie),
);
const leaks: string[] = [];

observeMintedSecrets((secret) => minted.add(secret));

/** Records where a secret was found in `text`, if one was. */
function scan(text: string, where: string): void {
  if (!text) return;
  for (const match of text.matchAll(MINTED)) {
    if (minted.has(match[0]))
      leaks.push(`${match[0].startsWith('BQ') ? 'an access token' : 'a refresh token or code'} in ${where}`);
  }
  for (const cookie of cookies) if (text.includes(cookie)) leaks.push(`a Spotify cookie in ${where}`);
}

const textOf = (chunk: unknown): string =>
  typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : '';

const PATCHED = Symbol.for('spotify-graphql.leak-canary');
const global = globalThis as { [PATCHED]?: true };

if (!global[PATCHED]) {
  global[PATCHED] = true;

  for (const [stream, name] of [
    [process.stdout, 'stdout'],
    [process.stderr, 'stderr'],
  ] as const) {
    const write = stream.write;
    stream.write = function (this: typeof stream, chunk: unknown, ...rest: unknown[]) {
      scan(textOf(chunk), name);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof stream.write;
  }

  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const method = console[level];
    console[level] = (...args: unknown[]) => {
      scan(
        args.map((arg) => (typeof arg === 'string' ? arg : String(JSON.stringify(arg)))).join(' '),
        `console.${level}`,
      );
      method.apply(console, args);
    };
  }

  const writeSync = fs.writeSync;
  fs.writeSync = ((fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd === 1 || fd === 2) scan(textOf(data), `fd ${fd}`);
    return (writeSync as (...args: unknown[]) => number).call(fs, fd, data, ...rest);
  }) as typeof fs.writeSync;
  const write = fs.write;
  fs.write = ((fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd === 1 || fd === 2) scan(textOf(data), `fd ${fd}`);
    return (write as (...args: unknown[]) => void).call(fs, fd, data, ...rest);
  }) as typeof fs.write;

  const bodies = new WeakMap<ServerResponse, { text: string; bytes: number }>();
  const watched = (response: ServerResponse): boolean => {
    const server = (response.socket as { server?: unknown } | null)?.server;
    return !(server && emulatorHttpServers.has(server as never));
  };
  const collect = (response: ServerResponse, chunk: unknown): void => {
    const text = textOf(chunk);
    if (!text) return;
    const body = bodies.get(response) ?? { text: '', bytes: 0 };
    if (body.bytes < MAX_SCANNED_BODY_BYTES) {
      body.text += text;
      body.bytes += text.length;
    }
    bodies.set(response, body);
  };
  const responseWrite = ServerResponse.prototype.write;
  ServerResponse.prototype.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (watched(this)) collect(this, chunk);
    return (responseWrite as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof responseWrite;
  const responseEnd = ServerResponse.prototype.end;
  ServerResponse.prototype.end = function (this: ServerResponse, ...args: unknown[]) {
    if (watched(this)) {
      if (typeof args[0] !== 'function') collect(this, args[0]);
      const where = `the response to ${this.req?.method ?? '?'} ${(this.req?.url ?? '?').split('?')[0]}`;
      scan(bodies.get(this)?.text ?? '', where);
      bodies.delete(this);
      const ended = (responseEnd as (...args: unknown[]) => ServerResponse).apply(this, args);
      // The head is written by now: the status line and every header as sent.
      const head = (this as unknown as { _header?: unknown })._header;
      scan(typeof head === 'string' ? head : JSON.stringify(this.getHeaders()), `${where} (headers)`);
      return ended;
    }
    return (responseEnd as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as typeof responseEnd;
}

/** The leaks found so far in this file, which are then forgotten (for the check's own test). */
export function takeLeaks(): string[] {
  const found = [...new Set(leaks)];
  leaks.length = 0;
  return found;
}

afterAll(() => {
  const found = [...new Set(leaks)];
  leaks.length = 0;
  if (found.length > 0) throw new Error(`Secrets leaked: ${found.join('; ')}`);
});
