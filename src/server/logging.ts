import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { type DestinationStream, type Logger, pino } from 'pino';

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

/** The JSON logger (pino) at `level`, with the redactions above; `destination` defaults to stdout. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'spotify-graphql' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // An Error is logged as its type and message, never its stack: a client error is not a bug.
      serializers: { err: (error: unknown) => errorSummary(error) },
    },
    destination,
  );
}

/** An error as `{ type, message, code }` (no stack, no body). */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}

/** What the request log line says about one GraphQL request, filled in as it runs. */
interface RequestRecord {
  id: string;
  start: number;
  operationName?: string | undefined;
  spotifyCalls: number;
}

const records = new WeakMap<Request, RequestRecord>();

/**
 * The operation's name: the one the request names, else the first named operation of the document
 * (read with a bounded pattern, before parsing).
 */
function operationNameOf(given: unknown, query: unknown): string | undefined {
  if (typeof given === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(given)) return given;
  if (typeof query !== 'string') return undefined;
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/.exec(query.slice(0, 300))?.[1];
}

/** The record of a request (for the Spotify call count), if the logging plugin saw it. */
export function requestRecordOf(
  request: Request,
): { spotifyCalls: number; operationName?: string | undefined } | undefined {
  return records.get(request);
}

/**
 * One JSON line per GraphQL request at `info`: request id (`x-request-id` or a new one, echoed in the
 * response), operation name, duration in ms, Spotify calls made, HTTP status.
 */
export function useRequestLog(logger: Logger): Plugin {
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      const id = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
      records.set(request, { id, start: performance.now(), spotifyCalls: 0 });
    },
    onParams({ params, request }) {
      const record = records.get(request);
      if (record) record.operationName = operationNameOf(params.operationName, params.query);
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      response.headers.set('x-request-id', record.id);
      logger.info(
        {
          requestId: record.id,
          operationName: record.operationName ?? null,
          durationMs: Math.round((performance.now() - record.start) * 10) / 10,
          spotifyCalls: record.spotifyCalls,
          status: response.status,
        },
        'graphql request',
      );
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
      const error = args.find((arg) => arg instanceof Error);
      const text = args.filter((arg) => typeof arg === 'string').join(' ');
      if (error) logger[level]({ err: error }, text || (error as Error).message);
      else logger[level](text);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
