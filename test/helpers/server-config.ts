/**
 * The server's configuration against an emulator, without vitest: the test helpers and the benchmarks
 * (bench/, which runs outside vitest) share it.
 */
import type { ServerConfig } from '../../src/server/config.js';
import { configFromEnv } from '../../src/server/config.js';
import { testLogLevel } from './log-level.js';

/**
 * The server's configuration against `emu` with `app`'s credentials: the defaults of an empty
 * environment, Extended mode, port 0, the tests' log level (testLogLevel: silent by default), no
 * response cache (tests count the Spotify calls of repeated queries and change the emulator between
 * them: test/server/response-cache.test.ts turns it on), then `overrides`.
 */
export function emulatorConfig(
  emu: { url: string },
  app: { clientId: string; clientSecret: string },
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const defaults = configFromEnv({});
  return {
    ...defaults,
    limits: { ...defaults.limits, responseCache: { ...defaults.limits.responseCache, maxBytes: 0 } },
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    apiUrl: `${emu.url}/v1`,
    accountsUrl: emu.url,
    appMode: 'extended',
    port: 0,
    logLevel: testLogLevel(),
    ...overrides,
  };
}
