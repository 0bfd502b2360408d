import { afterAll, beforeAll } from 'vitest';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '../../src/emulator/index.js';
import type { EmulatorState } from '../../src/emulator/state.js';

export const EXTENDED_APP = {
  clientId: 'e0000000000000000000000000000001',
  clientSecret: 's0000000000000000000000000000001',
};
export const DEVELOPMENT_APP = {
  clientId: 'd0000000000000000000000000000002',
  clientSecret: 's0000000000000000000000000000002',
};
export const REDIRECT_URI = 'http://127.0.0.1:8888/callback';

/** A JSON object from an API answer. */
export type Body = Record<string, unknown>;
/** An offset-paged answer (`items`, `next`, `previous`, `total`, `limit`, `offset`) as JSON. */
export type PageBody = {
  items: Body[];
  next: string | null;
  previous: string | null;
  total: number;
  limit: number;
  offset: number;
};

export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown;
  text: string;
}

export interface ApiOptions {
  token?: string;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface TestEmulator {
  url: string;
  readonly state: EmulatorState;
  running: RunningEmulator;
  /** Mints a token through the control API: a user token when `user` is given, else client credentials. */
  token(opts?: { user?: string; app?: 'extended' | 'development'; scopes?: string[] }): Promise<string>;
  api(method: string, path: string, opts?: ApiOptions): Promise<ApiAnswer>;
  control(method: string, path: string, body?: unknown): Promise<ApiAnswer>;
  advanceClock(ms: number): Promise<void>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

async function call(url: string, method: string, opts: ApiOptions = {}): Promise<ApiAnswer> {
  const target = new URL(url);
  for (const [k, v] of Object.entries(opts.query ?? {})) target.searchParams.set(k, String(v));
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const init: RequestInit = { method, headers, redirect: 'manual' };
  if (body !== undefined) init.body = body;
  const response = await fetch(target, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const running = await startEmulator(options);
  const { url } = running;
  const control = (method: string, path: string, body?: unknown) =>
    call(`${url}/__emulator${path}`, method, body === undefined ? {} : { body });
  return {
    url,
    get state() {
      return running.state;
    },
    running,
    async token({ user, app = 'extended', scopes } = {}) {
      const clientId = app === 'extended' ? EXTENDED_APP.clientId : DEVELOPMENT_APP.clientId;
      const answer = await control('POST', '/tokens', {
        clientId,
        ...(user === undefined ? {} : { userId: user }),
        ...(scopes === undefined ? {} : { scopes }),
      });
      if (answer.status !== 200) throw new Error(`token: ${answer.status} ${answer.text}`);
      return (answer.json as { access_token: string }).access_token;
    },
    api: (method, path, opts) => call(`${url}${path}`, method, opts),
    control,
    async advanceClock(ms) {
      await control('POST', '/clock', { advanceMs: ms });
    },
    async reset() {
      await control('POST', '/reset');
    },
    close: () => running.close(),
  };
}

/**
 * One emulator for the calling test file: started before its tests, closed after them. The handle
 * answers for it from inside hooks and tests (not while the file is being collected).
 */
export function useTestEmulator(options: EmulatorOptions = {}): TestEmulator {
  let started: TestEmulator | undefined;
  const emu = (): TestEmulator => {
    if (!started) throw new Error('the test emulator starts in beforeAll: use it inside hooks and tests');
    return started;
  };
  beforeAll(async () => {
    started = await startTestEmulator(options);
  });
  afterAll(() => started?.close());
  return {
    get url() {
      return emu().url;
    },
    get state() {
      return emu().state;
    },
    get running() {
      return emu().running;
    },
    token: (opts) => emu().token(opts),
    api: (method, path, opts) => emu().api(method, path, opts),
    control: (method, path, body) => emu().control(method, path, body),
    advanceClock: (ms) => emu().advanceClock(ms),
    reset: () => emu().reset(),
    close: () => emu().close(),
  };
}

/**
 * Waits until the emulator answers no request (a fault's latency keeps a request in flight after the
 * client gave up on it): a test that clears the log after this sees no late entry of an earlier test.
 */
export async function waitForIdle(emu: TestEmulator, deadlineMs = 15_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const log = await emu.control('GET', '/requests');
    if ((log.json as { inFlight?: number }).inFlight === 0) return;
    if (Date.now() > until) throw new Error('the emulator still answers requests after the deadline');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
