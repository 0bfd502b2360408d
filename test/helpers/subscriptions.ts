import {
  createClient as createSseClient,
  type Client as SseClient,
  type ClientOptions as SseClientOptions,
} from 'graphql-sse';
import { type Client, createClient } from 'graphql-ws';
import { afterEach, beforeEach, expect } from 'vitest';
import WebSocket from 'ws';
import { playAlbum } from '../emulator/player-fixtures.js';
import { documentText, type GraphQLDocument } from './documents.js';
import { startTestServer, type TestServer, type TestServerOptions, useTestServer } from './server.js';

/** One event of a subscription as a client sees it. */
export interface StreamEvent<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

/** A running subscription: the events so far, whether it ended and how. */
export interface Stream<T = Record<string, unknown>> {
  readonly events: StreamEvent<T>[];
  /** Set when the server completed the operation. */
  readonly completed: boolean;
  /** An error message or close event the operation ended with (graphql-ws `error`, a closed socket). */
  readonly failure: unknown;
  /** Resolves when `check(events)` holds; rejects after `deadlineMs` with what arrived so far. */
  until(check: (events: StreamEvent<T>[]) => boolean, deadlineMs?: number): Promise<StreamEvent<T>[]>;
  /** Resolves with the event at `index` once it arrived. */
  nth(index: number, deadlineMs?: number): Promise<StreamEvent<T>>;
  /** Unsubscribes. */
  stop(): void;
}

/** Generous: a loaded CI machine must never fail a test by slowness. */
export const DEADLINE_MS = 15_000;

/** Polls `check` every 20 ms until it holds or `deadlineMs` passes (then throws `describe()`). */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  describe: () => string,
  deadlineMs = DEADLINE_MS,
): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function makeStream<T>(stop: () => void): Stream<T> & {
  push(event: StreamEvent<T>): void;
  complete(): void;
  fail(reason: unknown): void;
} {
  const events: StreamEvent<T>[] = [];
  let completed = false;
  let failure: unknown;
  const stream = {
    events,
    get completed() {
      return completed;
    },
    get failure() {
      return failure;
    },
    push(event: StreamEvent<T>) {
      events.push(event);
    },
    complete() {
      completed = true;
    },
    fail(reason: unknown) {
      failure = reason;
      completed = true;
    },
    async until(check: (events: StreamEvent<T>[]) => boolean, deadlineMs = DEADLINE_MS) {
      await waitFor(
        () => check(events),
        () => `events so far ${JSON.stringify(events).slice(0, 2000)}; failure ${String(failure)}`,
        deadlineMs,
      );
      return events;
    },
    async nth(index: number, deadlineMs = DEADLINE_MS) {
      await stream.until((all) => all.length > index, deadlineMs);
      return events[index]!;
    },
    stop,
  };
  return stream;
}

/** A real graphql-ws client on `url` (http:// becomes ws://), with `authorization` as connection param. */
export function wsClient(url: string, authorization?: string, extra: { lazy?: boolean } = {}): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: extra.lazy ?? true,
    retryAttempts: 0,
    connectionParams: authorization === undefined ? {} : { authorization },
  });
}

/**
 * Subscribes through `client` with a typed document (`graphql(...)`), or a string sent malformed on
 * purpose; the stream collects every event.
 */
export function wsSubscribe<T = Record<string, unknown>, V = Record<string, unknown>>(
  client: Client,
  query: GraphQLDocument<T, V>,
  variables?: NoInfer<V>,
): Stream<T> {
  let dispose = (): void => {};
  const stream = makeStream<T>(() => dispose());
  dispose = client.subscribe<T>(
    { query: documentText(query), variables: (variables ?? {}) as Record<string, unknown> },
    {
      next: (value) => stream.push(value as StreamEvent<T>),
      error: (error) => stream.fail(error),
      complete: () => stream.complete(),
    },
  );
  return stream;
}

/**
 * Subscribes over SSE (yoga's distinct-connections mode): one HTTP response per subscription, asked
 * for with `accept` (`text/event-stream` unless given; yoga streams for a wildcard too).
 */
export function sseSubscribe<T = Record<string, unknown>, V = Record<string, unknown>>(
  url: string,
  query: GraphQLDocument<T, V>,
  token?: string,
  variables?: NoInfer<V>,
  accept = 'text/event-stream',
): Stream<T> & { readonly status: Promise<number> } {
  const abort = new AbortController();
  const stream = makeStream<T>(() => abort.abort());
  const headers: Record<string, string> = {
    accept,
    'content-type': 'application/json',
  };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const status = fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify(
      variables === undefined ? { query: documentText(query) } : { query: documentText(query), variables },
    ),
    signal: abort.signal,
  }).then((response) => {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        const reader = response.body?.getReader();
        for (;;) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) break;
          buffer += decoder.decode(chunk.value, { stream: true });
          let split = buffer.indexOf('\n\n');
          while (split >= 0) {
            const block = buffer.slice(0, split);
            buffer = buffer.slice(split + 2);
            const lines = block.split('\n');
            const kind = lines
              .find((line) => line.startsWith('event:'))
              ?.slice(6)
              .trim();
            const data = lines
              .filter((line) => line.startsWith('data:'))
              .map((line) => line.slice(5).trim())
              .join('\n');
            if (kind === 'complete') stream.complete();
            else if (data !== '') stream.push(JSON.parse(data) as StreamEvent<T>);
            split = buffer.indexOf('\n\n');
          }
        }
        stream.complete();
      } catch (error) {
        if (!abort.signal.aborted) stream.fail(error);
      }
    })();
    return response.status;
  });
  status.catch((error: unknown) => stream.fail(error));
  return Object.assign(stream, { status });
}

/**
 * A real graphql-sse client in single-connection mode on the server's `/graphql/stream` (from its
 * `/graphql` URL), with `authorization` as a header; `options` as a README snippet passes them (the
 * default here is graphql-sse's own, retries included).
 */
export function sseStreamClient(
  url: string,
  authorization?: string,
  options: Partial<SseClientOptions<true>> = {},
): SseClient<true> {
  return createSseClient({
    url: url.replace(/\/graphql$/, '/graphql/stream'),
    singleConnection: true,
    headers: authorization === undefined ? {} : { authorization },
    ...options,
  });
}

/**
 * Subscribes through a graphql-sse client (either mode): the stream collects every `next`; its `failure`
 * is what the client's `error` callback got (a graphql-sse NetworkError carries the server's `response`).
 */
export function sseStreamSubscribe<T = Record<string, unknown>, V = Record<string, unknown>>(
  client: SseClient<true> | SseClient<false>,
  query: GraphQLDocument<T, V>,
  variables?: NoInfer<V>,
): Stream<T> {
  let dispose = (): void => {};
  const stream = makeStream<T>(() => dispose());
  dispose = client.subscribe<T>(
    { query: documentText(query), variables: (variables ?? {}) as Record<string, unknown> },
    {
      next: (value) => stream.push(value as unknown as StreamEvent<T>),
      error: (error) => stream.fail(error),
      complete: () => stream.complete(),
    },
  );
  return stream;
}

/**
 * A test server started with `options` (listening on 127.0.0.1) where alice plays an album of three or
 * more tracks on her computer (playAlbum), the emulator's request log then cleared: the set-up of the
 * tests of what a playing user's subscription events cost. Answers the server and alice's Spotify
 * token; the caller closes the server.
 */
export async function startPlayingServer(
  options: TestServerOptions = {},
): Promise<{ t: TestServer; token: string }> {
  const t = await startTestServer({ ...options, listen: true });
  try {
    const token = await t.emu.token({ user: 'alice' });
    await playAlbum(t.emu, token);
    await t.clearLog();
    return { t, token };
  } catch (error) {
    await t.close();
    throw error;
  }
}

/**
 * After each test of a file on one server `t`: stops the test's stream (`current()`, if any), clears
 * the emulator's faults and waits until the server's player pollers have no subscriber left, so that
 * the next test starts with no poller of the last one. Call once, at the file's top level.
 */
export function stopStreamAfterEach(t: TestServer, current: () => { stop(): void } | undefined): void {
  afterEach(async () => {
    current()?.stop();
    await t.emu.control('DELETE', '/faults');
    await waitFor(
      () => t.server.playerPollers.subscribers === 0,
      () => 'subscribers to leave',
    );
  });
}

/**
 * After each test of a file: stops every stream the test put in the answer's `streams`, disposes every
 * client it put in `clients` (both emptied), and waits until the player pollers of `server()` (the
 * file's server) have no subscriber left. Call once, at the file's top level.
 */
export function stopStreamsAfterEach(server: () => Pick<TestServer, 'server'>): {
  clients: Client[];
  streams: Stream<unknown>[];
} {
  const clients: Client[] = [];
  const streams: Stream<unknown>[] = [];
  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.stop();
    for (const client of clients.splice(0)) await client.dispose();
    await waitFor(
      () => server().server.playerPollers.subscribers === 0,
      () => 'subscribers to leave',
    );
  });
  return { clients, streams };
}

/**
 * A file's listening test server whose player pollers poll every 100 ms, for the tests of many
 * subscriptions at once: before each test the emulator is reset; after each, every stream the test put
 * in `streams` is stopped, every client it put in `clients` disposed, and the file waits until the
 * pollers have no subscriber left (stopStreamsAfterEach). `limits` replace the defaults'. Call once,
 * at the file's top level.
 */
export function usePollingServer(options: Pick<TestServerOptions, 'limits'> = {}): {
  t: TestServer;
  clients: Client[];
  streams: Stream<unknown>[];
} {
  const t = useTestServer({
    ...options,
    listen: true,
    config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 100 },
  });
  beforeEach(async () => {
    await t.emu.reset();
  });
  return { t, ...stopStreamsAfterEach(() => t) };
}

/**
 * Waits for `stream`'s first event, clears the emulator's request log, then makes Spotify answer the
 * next call of `route` (e.g. `GET /v1/me/player`) with 429 and a Retry-After of `retryAfter` seconds
 * (once). Answers the first event: the value a stale event must repeat.
 */
export async function firstThenRateLimit<T>(
  t: TestServer,
  stream: Stream<T>,
  route: string,
  retryAfter = 2,
): Promise<StreamEvent<T>> {
  const first = await stream.nth(0);
  await t.clearLog();
  await t.emu.control('POST', '/faults', { route, status: 429, retryAfter, times: 1 });
  return first;
}

/** What graphql-sse's single-connection route (`/graphql/stream`) answered a request. */
export interface StreamAnswer {
  status: number;
  /** The body as sent. */
  body: string;
  /** The body's GraphQL errors; none when the body is not JSON (the caller's assertions say so). */
  errors: { message: string; extensions?: { code?: string } }[];
}

/** Reads `response` of `/graphql/stream` as a StreamAnswer. */
export async function streamAnswer(response: Response): Promise<StreamAnswer> {
  const body = await response.text();
  let errors: StreamAnswer['errors'] = [];
  try {
    errors = (JSON.parse(body) as { errors: StreamAnswer['errors'] }).errors;
  } catch {
    // not JSON: the caller's assertions say so
  }
  return { status: response.status, body, errors };
}

/**
 * Reserves a single-connection stream on the server at `url` (PUT `url`/stream, expected 201) with
 * `authorization` (the stream is bound to it); answers the stream's token.
 */
export async function reserveStream(url: string, authorization?: string): Promise<string> {
  const response = await fetch(`${url}/stream`, {
    method: 'PUT',
    headers: authorization === undefined ? {} : { authorization },
  });
  expect(response.status).toBe(201);
  return response.text();
}

/**
 * POSTs `body` (a GraphQL request: query and variables) to `url` as an SSE subscription of `token`
 * (distinct-connections mode), with `signal` to abort it; answers the raw response, whose body the
 * caller reads (a refusal's) or cancels.
 */
export function postEventStream(
  url: string,
  token: string,
  body: { query: string; variables?: Record<string, unknown> },
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      accept: 'text/event-stream',
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify(body),
    ...(signal === undefined ? {} : { signal }),
  });
}
