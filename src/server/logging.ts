import type { ServerResponse } from 'node:http';
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type DestinationStream, type Logger, pino } from 'pino';
import { toGraphQLError } from '../resolvers/errors.js';
import { isConfigurationFault, spotifyValueError } from './errors.js';
import {
  currentPoller,
  currentRequestRecord,
  enterRequestScope,
  newRequestRecord,
  noteErrorCodes,
  noteRequestError,
  type RequestRecord,
  writeRequestLine,
} from './request-record.js';

/** LOG_LEVEL values (pino's), plus `silent`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Paths pino removes from every log line: credentials in headers, and tokens, codes, cookies and
 * secrets wherever a logged object carries them (one level deep, and in `req`/`headers`).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  '*.authorization',
  '*.cookie',
  '*.accessToken',
  '*.access_token',
  '*.refreshToken',
  '*.refresh_token',
  '*.code',
  '*.code_verifier',
  '*.clientSecret',
  '*.client_secret',
  '*.secret',
  '*.token',
  'accessToken',
  'refreshToken',
  'token',
  'secret',
  'clientSecret',
];

/**
 * The JSON logger (pino) at `level`, with the redactions above; `destination` defaults to stdout.
 * Every line written while a request is answered carries its `requestId` (src/server/request-record.ts);
 * one a shared player poller writes carries its `poller` identity instead (`{ user, resource }`).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'spotify-graphql' },
      mixin: () => {
        const record = currentRequestRecord();
        if (record !== undefined) return { requestId: record.id };
        const poller = currentPoller();
        return poller === undefined ? {} : { poller };
      },
      redact: { paths: REDACTED_PATHS, censor: censorUnlessErrorCode },
      // An Error is logged as its type and message, never its stack: a client error is not a bug.
      serializers: { err: (error: unknown) => errorSummary(error) },
    },
    destination,
  );
}

/**
 * pino's censor: `[redacted]`, except an error code (an UPPER_SNAKE constant of at most 40 characters
 * such as `SPOTIFY_UNAVAILABLE`), which `*.code` would hit in `err.code` although it is no OAuth code
 * (pino does not tell the censor which object matched the wildcard; a random OAuth code is never
 * all capitals and underscores).
 */
function censorUnlessErrorCode(value: unknown): unknown {
  return typeof value === 'string' && /^[A-Z]{2,}(?:_[A-Z0-9]+)*$/.test(value) && value.length <= 40
    ? value
    : '[redacted]';
}

/**
 * An error as `{ type, message, code }` (no stack, no body). For an error a resolver threw (a GraphQL
 * error wrapping a Spotify client error), the type is the original's and the code is the
 * `extensions.code` the caller was answered with.
 */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const answered = isConfigurationFault(original) ? 'SERVER_MISCONFIGURED' : answeredCode(error, original);
  const own = (original as { code?: unknown }).code;
  const code = typeof answered === 'string' ? answered : own;
  return {
    type: original.name,
    message: boundedLogText(original.message),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

/**
 * The code `error` (whose cause is `original`) was answered with: its cause's (a GraphQL error a
 * resolver threw, or a Spotify client error as toGraphQLError types it), else, for a cause that is a
 * GraphQL error without one (graphql-js's own inner error, such as a scalar's coercion message, inside
 * one the server re-issued with a code), the code of `error` itself.
 */
function answeredCode(error: unknown, original: unknown): unknown {
  const own =
    original instanceof GraphQLError ? original.extensions?.code : toGraphQLError(original)?.extensions.code;
  if (own !== undefined || original === error || !(original instanceof GraphQLError)) return own;
  return error instanceof GraphQLError ? error.extensions?.code : undefined;
}

/** The most characters of an error's text a log line carries (a message can quote the caller's input). */
export const MAX_LOGGED_TEXT_CHARS = 500;

/** `text` cut to MAX_LOGGED_TEXT_CHARS, saying how much was left out. */
export function boundedLogText(text: string): string {
  if (text.length <= MAX_LOGGED_TEXT_CHARS) return text;
  return `${text.slice(0, MAX_LOGGED_TEXT_CHARS)}… (${text.length - MAX_LOGGED_TEXT_CHARS} more characters)`;
}

/** Codes of errors that are Spotify's trouble rather than the request's: logged at `warn`. */
const UPSTREAM_CODES = new Set(['SPOTIFY_UNAVAILABLE', 'SPOTIFY_RATE_LIMITED', 'SPOTIFY_ERROR']);

/**
 * Codes the server answers for its own faults (its credentials refused, an unexpected error): logged
 * at `error` even when the answered error no longer carries its cause.
 */
const SERVER_FAULT_CODES = new Set(['SERVER_MISCONFIGURED', 'INTERNAL_SERVER_ERROR']);

/**
 * The level an error reported through yoga's logger is worth: a request's own error that the caller
 * was answered with a code (a missing scope, Development Mode, an unknown id, a sign-in that ended)
 * at `info`; Spotify failing or rate limiting at `warn`; anything else (an unexpected error, the
 * server's own credentials refused) at `error`.
 */
export function errorLevel(error: unknown): 'info' | 'warn' | 'error' {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (isConfigurationFault(original)) return 'error';
  if (error instanceof GraphQLError && SERVER_FAULT_CODES.has(String(error.extensions?.code))) return 'error';
  // A Spotify answer that could not be read (`badValue`) carries its code on the error itself, its
  // cause being the executor's plain Error: the code decides, not the cause.
  if (error instanceof GraphQLError && UPSTREAM_CODES.has(String(error.extensions?.code))) return 'warn';
  const code = answeredCode(error, original);
  if (typeof code !== 'string') return 'error';
  return UPSTREAM_CODES.has(code) ? 'warn' : 'info';
}

/**
 * The errors a request was answered with, noted on its record: their codes (errorCodes), and the most
 * severe of them (by errorLevel) as the line's `err` and level, unless a more severe one was reported.
 */
export function noteAnsweredErrors(record: RequestRecord, errors: readonly unknown[] | undefined): void {
  noteErrorCodes(record, errors);
  for (const error of errors ?? [])
    if (error instanceof Error) noteRequestError(record, errorLevel(error), error);
}

/**
 * The status a request abandoned by its client is logged and counted with (nginx's "client closed
 * request"): no response reached the client.
 */
export const CLIENT_CLOSED_REQUEST = 499;

/**
 * Calls `ended(status)` once per request: with the response's status when yoga answers, or with
 * CLIENT_CLOSED_REQUEST when the client goes away first (the socket closes before the response is
 * sent, and yoga's onResponse never runs). Whichever comes first wins; the other is ignored.
 *
 * The client's going is read from `response`, the node:http response behind the request when there is
 * one: its `close` before it finished is what aborts `request.signal` (@whatwg-node/server), and an
 * EventEmitter listener costs a fraction of one on that signal (an EventTarget behind a Proxy, about
 * 5 us to add and remove: a tenth of a warm request's CPU on 2 shared cores). Without one (`yoga.fetch`
 * in-process), `request.signal` itself.
 */
export function onRequestEnd(
  request: Request,
  ended: (status: number) => void,
  response?: ServerResponse,
): (status: number) => void {
  let done = false;
  const end = (status: number): void => {
    if (done) return;
    done = true;
    if (response === undefined) request.signal.removeEventListener('abort', abandoned);
    ended(status);
  };
  const abandoned = (): void => end(CLIENT_CLOSED_REQUEST);
  if (request.signal.aborted) abandoned();
  // After it finished, `close` says nothing of the client: `done` is set by then, or the stream's end.
  else if (response !== undefined)
    response.once('close', () => {
      if (!response.writableFinished) abandoned();
    });
  else request.signal.addEventListener('abort', abandoned, { once: true });
  return end;
}

/** The node:http response behind a request, from yoga's server context (none for `yoga.fetch`). */
export function nodeResponseOf(serverContext: unknown): ServerResponse | undefined {
  const res = (serverContext as { res?: ServerResponse } | undefined)?.res;
  return typeof res?.once === 'function' && typeof res.writableFinished === 'boolean' ? res : undefined;
}

const records = new WeakMap<Request, RequestRecord>();

/** What is told when an HTTP request ends: its status (or CLIENT_CLOSED_REQUEST), and the request. */
export type RequestEndListener = (status: number, request: Request) => void;

/** The listeners of a request's end and the one `end` (onRequestEnd) that tells them, once. */
interface RequestEnding {
  listeners: RequestEndListener[];
  end: (status: number) => void;
}

const endings = new WeakMap<Request, RequestEnding>();

/**
 * Tells `listener` once when `request` ends (see onRequestEnd: its response's status through
 * endRequest, or CLIENT_CLOSED_REQUEST when its client went away first; `serverContext`: yoga's, whose
 * node:http response tells that). Every listener of a request shares one listener of the client's
 * going: the request log and the metrics add one each, and listeners are costly next to the rest of a
 * warm request.
 */
export function whenRequestEnds(
  request: Request,
  listener: RequestEndListener,
  serverContext?: unknown,
): void {
  let ending = endings.get(request);
  if (ending === undefined) {
    const listeners: RequestEndListener[] = [];
    const end = onRequestEnd(
      request,
      (status) => {
        // A subscription whose stream was answered ends when its client goes: with the status it was sent.
        const stream = streams.get(request);
        let told = status;
        if (status === CLIENT_CLOSED_REQUEST && stream?.status !== undefined) {
          stream.outcome ??= 'cancelled';
          told = stream.status;
        }
        for (const one of listeners) one(told, request);
      },
      nodeResponseOf(serverContext),
    );
    ending = { listeners, end };
    endings.set(request, ending);
  }
  ending.listeners.push(listener);
}

/**
 * Ends `request` with its response's `status`: its listeners (whenRequestEnds) hear it, once. A
 * request streaming a subscription (streamedUntilEnd) ends when its stream does, with this status.
 */
export function endRequest(request: Request, status: number): void {
  const stream = streams.get(request);
  if (stream !== undefined && stream.outcome === undefined) {
    stream.status = status;
    return;
  }
  endings.get(request)?.end(status);
}

/** How a streamed subscription ended: by itself, with an error, or its client went (or stopped it). */
export type StreamOutcome = 'ok' | 'error' | 'cancelled';

/** A request whose response streams a subscription: the status it was answered with, and its end. */
interface SubscriptionStream {
  status?: number;
  outcome?: StreamOutcome;
}

const streams = new WeakMap<Request, SubscriptionStream>();

/**
 * `results` (a subscription's, over SSE in either mode) as an iterable that ends `request` when it
 * ends: its events run out (`ok`), it fails (`error`), or its consumer stops it (`cancelled`: the
 * client went, or stopped the operation). Until then endRequest only notes the response's status, so
 * the request's log line and metrics come at the subscription's end, with its duration and every
 * Spotify call its events made, as a graphql-ws subscription's do.
 */
export function streamedUntilEnd<T>(request: Request, results: AsyncIterable<T>): AsyncIterableIterator<T> {
  const stream: SubscriptionStream = {};
  streams.set(request, stream);
  const finish = (outcome: StreamOutcome): void => {
    stream.outcome ??= outcome;
    endings.get(request)?.end(stream.status ?? 200);
  };
  const iterator = results[Symbol.asyncIterator]();
  const wrapped: AsyncIterableIterator<T> = {
    async next(...args: [] | [undefined]) {
      try {
        const step = await iterator.next(...args);
        if (step.done) finish('ok');
        return step;
      } catch (error) {
        finish('error');
        throw error;
      }
    },
    async return(value?: unknown) {
      finish('cancelled');
      return iterator.return ? iterator.return(value) : { done: true, value: value as T };
    },
    async throw(error?: unknown) {
      finish('error');
      if (iterator.throw) return iterator.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]: () => wrapped,
  };
  return wrapped;
}

/**
 * How the operation of `request` ended, for a transport whose HTTP status says nothing of it (graphql-
 * sse's single-connection POST answers 202 and streams the results): a streamed subscription's
 * outcome (`error` too when an event carried errors), else `cancelled` for CLIENT_CLOSED_REQUEST,
 * `error` for a refusal (4xx, 5xx) or an answer with errors, `ok` otherwise.
 */
export function operationOutcomeOf(request: Request, status: number): StreamOutcome {
  const errors = records.get(request)?.errorCodes !== undefined;
  const outcome = streams.get(request)?.outcome;
  if (outcome !== undefined) return outcome === 'ok' && errors ? 'error' : outcome;
  if (status === CLIENT_CLOSED_REQUEST) return 'cancelled';
  return status >= 400 || errors ? 'error' : 'ok';
}

/** The fields that end a request's line: its status, and a streamed subscription's outcome. */
function endFields(request: Request, record: RequestRecord, status: number): Record<string, unknown> {
  const outcome = streams.get(request)?.outcome;
  if (outcome !== undefined)
    return {
      status,
      operationType: 'subscription',
      outcome: outcome === 'ok' && record.errorCodes !== undefined ? 'error' : outcome,
    };
  return status === CLIENT_CLOSED_REQUEST ? { status, aborted: true } : { status };
}

/**
 * The operation's name: the one the request names, else the first named operation of the document
 * (read with a bounded pattern, before parsing).
 */
export function operationNameOf(given: unknown, query: unknown): string | undefined {
  if (typeof given === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(given)) return given;
  if (typeof query !== 'string') return undefined;
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/.exec(query.slice(0, 300))?.[1];
}

/** The record of an HTTP request (its Spotify calls, operation name, errors), if the logging plugin saw it. */
export function requestRecordOf(request: Request): RequestRecord | undefined {
  return records.get(request);
}

/**
 * One JSON line per GraphQL request (writeRequestLine): request id (`x-request-id` or a new one,
 * echoed in the response), operation name, duration in ms, Spotify calls started, HTTP status, the
 * error codes answered and the most severe error yoga reported (no separate error line); a request its
 * client abandoned gets its line too, with status 499 and `aborted: true`. A subscription streamed
 * over SSE gets its line when it ends (streamedUntilEnd), with `operationType` and `outcome`.
 */
export function useRequestLog(logger: Logger): Plugin {
  // One listener for every request (not a closure per request): the record is found by the request.
  const writeLine: RequestEndListener = (status, request) => {
    const record = records.get(request);
    if (!record) return;
    writeRequestLine(logger, record, endFields(request, record, status));
  };
  return {
    onRequest({ request, serverContext }) {
      const given = request.headers.get('x-request-id');
      const record = newRequestRecord('http', given && /^[\w.-]{1,64}$/.test(given) ? given : undefined);
      records.set(request, record);
      enterRequestScope(record);
      whenRequestEnds(request, writeLine, serverContext);
    },
    onParams({ params, request }) {
      const record = records.get(request);
      if (record) record.operationName = operationNameOf(params.operationName, params.query);
    },
    onResultProcess({ request, result, setResult }) {
      const record = records.get(request);
      if (!record) return;
      if (Symbol.asyncIterator in Object(result)) {
        setResult(streamedUntilEnd(request, result as AsyncIterable<ExecutionResult>));
        return;
      }
      for (const one of Array.isArray(result) ? result : [result])
        noteAnsweredErrors(record, (one as { errors?: readonly unknown[] }).errors);
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (record) response.headers.set('x-request-id', record.id);
      endRequest(request, response.status);
    },
  };
}

/** yoga's logger interface over pino (yoga logs its own warnings and unexpected errors through it). */
export function yogaLogger(
  logger: Logger,
): Record<'debug' | 'info' | 'warn' | 'error', (...args: unknown[]) => void> {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]): void => {
      const found = args.find((arg) => arg instanceof Error);
      // A value Spotify sent that the executor refused is reported as the caller was answered (its
      // code and words, at `warn`), never with graphql-js's text as a server fault.
      const error = found instanceof GraphQLError ? (spotifyValueError(found) ?? found) : found;
      const text = args.filter((arg) => typeof arg === 'string').join(' ');
      // yoga reports every error it masked at `error`; a coded client error is no server fault.
      const at = error && level === 'error' ? errorLevel(error) : level;
      // An error of a request being answered goes into that request's one line.
      const record = currentRequestRecord();
      if (error && at !== 'debug' && record && noteRequestError(record, at, error as Error)) return;
      if (error) logger[at]({ err: error }, boundedLogText(text || (error as Error).message));
      else logger[level](boundedLogText(text));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
