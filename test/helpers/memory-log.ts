import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../../src/server/logging.js';

/** A JSON log line as a test reads it. */
export type LogLine = Record<string, unknown> & { level: number; msg?: string };

/** The server's JSON logger (at `info`) writing into memory: its lines, parsed, and its raw text. */
export function memoryLogger(): { logger: Logger; lines: () => LogLine[]; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return {
    logger: createLogger('info', stream),
    text: () => text,
    lines: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LogLine),
  };
}

/** The server's /metrics text, from its GraphQL URL. */
export async function metricsText(graphqlUrl: string): Promise<string> {
  return (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
}
