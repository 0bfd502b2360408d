import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';

/** How a GraphQL request came: an HTTP request (SSE included), or an operation over graphql-ws. */
export type Transport = 'http' | 'ws';

/** The pino levels a request's line is written at: the most severe of its errors, else `info`. */
export type RequestLineLevel = 'info' | 'warn' | 'error';

const SEVERITY: Record<RequestLineLevel, number> = { info: 0, warn: 1, error: 2 };

/** The most distinct error codes one request line lists. */
export const MAX_ERROR_CODES = 10;

/**
 * What the request log line says about one GraphQL request (an HTTP request, or one graphql-ws
 * operation), filled in as it runs.
 */
export interface RequestRecord {
  readonly id: string;
  /** performance.now() when it came, in ms. */
  readonly start: number;
  readonly transport: Transport;
  operationName?: string | undefined;
  /** Spotify calls started for it (a call the client refused before sending does not count). */
  spotifyCalls: number;
  /** The most severe error reported through yoga's logger while answering, and its level. */
  error?: { level: RequestLineLevel; error: Error };
  /** The distinct `extensions.code` of the errors answered (at most MAX_ERROR_CODES). */
  errorCodes?: string[];
  /**
   * Whether errors wait for the request's one line (true), or are written at once with the request's
   * id (a subscription lives for hours: its line comes at its end).
   */
  mergeErrors: boolean;
  /** Set once its line is written: what is reported later is written on a line of its own. */
  ended: boolean;
}

/**
 * A new random request id as one flat string: node's randomUUID answers a tree of some ten
 * concatenated strings (about 300 bytes), which a record that lives as long as an idle subscription
 * would keep; the flat copy is some 60 bytes.
 */
function newRequestId(): string {
  return Buffer.from(randomUUID(), 'latin1').toString('latin1');
}

/** A new record; `id` is the client's `x-request-id` when it sent a usable one. */
export function newRequestRecord(transport: Transport, id?: string, mergeErrors = true): RequestRecord {
  return {
    id: id ?? newRequestId(),
    start: performance.now(),
    transport,
    spotifyCalls: 0,
    mergeErrors,
    ended: false,
  };
}

/**
 * What a line written here is about: a request (its record), or a player poller (its identity, see
 * inPollerScope), which serves many requests and is none of them.
 */
interface Scope {
  record?: RequestRecord | undefined;
  poller?: Readonly<Record<string, string>> | undefined;
}

const scope = new AsyncLocalStorage<Scope>();

/**
 * Runs `run` in a request's scope: what is logged inside it (and in the async work it starts) names
 * the request's id, and errors yoga reports go into the request's one line. The HTTP listener opens
 * the scope before yoga sees the request (the logging plugin then fills in the record); a graphql-ws
 * operation opens it with its record.
 */
export function inRequestScope<T>(run: () => T, record?: RequestRecord): T {
  return scope.run({ record }, run);
}

/**
 * Runs `run` outside any request's scope, in one of a shared poller's (`poller`: its identity, e.g. a
 * digest of the user's id and the resource): what it logs, and the async work it starts (its timers
 * included), names the poller instead of the request that happened to start it.
 */
export function inPollerScope<T>(poller: Readonly<Record<string, string>>, run: () => T): T {
  return scope.run({ poller }, run);
}

/** Gives the scope the request is answered in (if any) its record. */
export function enterRequestScope(record: RequestRecord): void {
  const holder = scope.getStore();
  if (holder && holder.record === undefined && holder.poller === undefined) holder.record = record;
}

/** The record of the request being answered here, if any. */
export function currentRequestRecord(): RequestRecord | undefined {
  return scope.getStore()?.record;
}

/** The identity of the poller whose work runs here (inPollerScope), if any. */
export function currentPoller(): Readonly<Record<string, string>> | undefined {
  return scope.getStore()?.poller;
}

/**
 * Keeps `error` for the request's line when it is the most severe so far; false when the record takes
 * no more errors (its line is written, or it writes errors at once): the caller logs it on its own.
 */
export function noteRequestError(record: RequestRecord, level: RequestLineLevel, error: Error): boolean {
  if (record.ended || !record.mergeErrors) return false;
  if (!record.error || SEVERITY[level] > SEVERITY[record.error.level]) record.error = { level, error };
  return true;
}

/**
 * Adds the `extensions.code` of answered errors to the record's codes (distinct, bounded). A value
 * Spotify sent wrong (`extensions.badValue`) makes the request's line `warn`, as Spotify's trouble,
 * whether a resolver or the executor found it.
 */
export function noteErrorCodes(record: RequestRecord, errors: readonly unknown[] | undefined): void {
  for (const error of errors ?? []) {
    if (error instanceof GraphQLError && error.extensions?.badValue === true)
      noteRequestError(record, 'warn', error);
    const code =
      error instanceof GraphQLError
        ? error.extensions?.code
        : (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    if (typeof code !== 'string' || !/^[A-Z][A-Z0-9_]{0,59}$/.test(code)) continue;
    record.errorCodes ??= [];
    if (record.errorCodes.length < MAX_ERROR_CODES && !record.errorCodes.includes(code))
      record.errorCodes.push(code);
  }
}

/**
 * Writes the request's one line (message `graphql request`): request id, transport, operation name,
 * duration in ms, Spotify calls started, the error codes answered, the most severe logged error
 * (`err`: type, message, code) and `fields` (HTTP `status`, or a graphql-ws `outcome`). Its level is
 * that error's, else `info`. Never a token: the record holds none.
 */
export function writeRequestLine(
  logger: Logger,
  record: RequestRecord,
  fields: Record<string, unknown>,
): void {
  record.ended = true;
  const level = record.error?.level ?? 'info';
  // Below LOG_LEVEL the line is not built at all (pino would drop it after it was).
  if (!logger.isLevelEnabled(level)) return;
  logger[level](
    {
      requestId: record.id,
      transport: record.transport,
      operationName: record.operationName ?? null,
      durationMs: Math.round((performance.now() - record.start) * 10) / 10,
      spotifyCalls: record.spotifyCalls,
      ...fields,
      ...(record.errorCodes === undefined ? {} : { errorCodes: record.errorCodes }),
      ...(record.error === undefined ? {} : { err: record.error.error }),
    },
    'graphql request',
  );
}
