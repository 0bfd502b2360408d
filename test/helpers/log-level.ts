import { LOG_LEVELS, type LogLevel } from '../../src/server/logging.js';

/**
 * The JSON log level of the servers tests start: silent unless LOG_LEVEL names a level
 * (`LOG_LEVEL=info npx vitest run test/auth` shows the request lines), or DEBUG_GRAPHQL is set (debug).
 */
export function testLogLevel(): LogLevel {
  const wanted = process.env.LOG_LEVEL?.trim().toLowerCase();
  if (wanted && (LOG_LEVELS as readonly string[]).includes(wanted)) return wanted as LogLevel;
  return process.env.DEBUG_GRAPHQL ? 'debug' : 'silent';
}
