/**
 * The exit codes of the `spotify-graphql` command, the README's "Exit codes" table
 * (test/readme-env-table.test.ts holds the two together). Every `process.exit` of src/cli.ts and of
 * the shutdown it runs names one of these.
 */
export const EXIT = {
  /** Done: `--help`, `--version`, `login` printed its token, a graceful stop on SIGTERM/SIGINT. */
  ok: 0,
  /**
   * Failed after its input was taken: a port in use, a Redis or Spotify that does not answer, a
   * `login` refused, a second SIGTERM/SIGINT cutting a graceful stop short.
   */
  failed: 1,
  /** The command line refused: an unknown command or option, a missing or bad option value (`--port abc`). */
  usage: 2,
  /**
   * The configuration refused before anything starts: a bad environment value (`PORT=abc`,
   * `MAX_DEPTH=0x20`, a client secret with an invisible character), or settings that do not go
   * together (STORE_URL without ENCRYPTION_KEY); also a store the process may not open. Sysexits' EX_CONFIG:
   * restarting will not help until the configuration changes.
   */
  configuration: 78,
} as const;

/** An error that ends the command with EXIT.configuration (its message starts `configuration: `). */
export class ConfigurationRefused extends Error {
  readonly exitCode = EXIT.configuration;
}
