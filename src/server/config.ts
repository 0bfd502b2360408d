import { type ProxyTrust, proxyTrustFromEnv } from '../auth/client-address.js';
import { DEFAULT_REDIS_COMMAND_TIMEOUT_MS } from '../redis/connection.js';
import { DEFAULT_MARKET } from '../resolvers/app-market.js';
import { type AppMode, SCOPES } from '../spotify/endpoints/types.js';
import { isCountryCode } from '../spotify/markets.js';
import { quoteSetting, quoteUrlSetting } from '../spotify/quoted-input.js';
import { appModeSetting, httpUrlRefusal, redisUrlRefusal } from '../spotify/setting-values.js';
import {
  ConfigError,
  flagFromEnv as flag,
  integerFromEnv,
  SPOTIFY_TEXT_VARIABLES,
  spotifyTextRefusal,
} from './env-values.js';
import { type LimitsConfig, limitsFromEnv } from './limits.js';
import { LOG_LEVELS, type LogLevel } from './logging.js';
import { badPortMessage, invalidPortMessage, parsePort } from './port.js';
import { DEFAULT_SHUTDOWN, type ShutdownConfig } from './shutdown.js';
import { SERVE_VARIABLES } from './variable-names.js';

export type AppModeSetting = AppMode | 'auto';

/**
 * The app token's bounds, in ms: one token request's timeout, the first back-off and its cap, and how
 * long the held token may go without an accepted call before `/ready` checks it (default 60000).
 */
export interface AppTokenConfig {
  timeoutMs: number;
  backoffMs: number;
  backoffMaxMs: number;
  verifyIdleMs?: number;
}

/** The server's configuration: the environment of DESIGN.md, read once at start. */
export interface ServerConfig {
  clientId: string | undefined;
  clientSecret: string | undefined;
  redirectUri: string;
  scopes: string[];
  apiUrl: string;
  accountsUrl: string;
  appMode: AppModeSetting;
  port: number;
  host: string;
  /** Player poll interval while playing, ms (PLAYER_POLL_INTERVAL_MS). */
  playerPollIntervalMs: number;
  /** Player poll interval while paused or idle, ms (PLAYER_POLL_IDLE_INTERVAL_MS). */
  playerIdlePollIntervalMs: number;
  /** How far progress may stray from the clock before subscribers hear of a seek, ms (PLAYER_SEEK_DRIFT_MS). */
  playerSeekDriftMs: number;
  /** Sizes, counts and times that bound one request (src/server/limits.ts). */
  limits: LimitsConfig;
  /** LOG_LEVEL: pino's level for the JSON logs (default info). */
  logLevel: LogLevel;
  /** GRAPHIQL: serve GraphiQL to browsers (default: on in the sandbox and outside NODE_ENV=production). */
  graphiql: boolean;
  /**
   * GRAPHIQL's value as set (trimmed, e.g. `no`) when GRAPHIQL itself is set (`graphiql` is its
   * meaning), absent when `graphiql` is the default: the GRAPHIQL_DISABLED message names what really
   * turned GraphiQL off, with the value the operator wrote.
   */
  graphiqlSet?: string | undefined;
  /**
   * INTROSPECTION: answer introspection queries. Default: GRAPHIQL's value (GRAPHIQL's own default when
   * it is unset), since GraphiQL without introspection cannot load the schema.
   */
  introspection: boolean;
  /**
   * What turned introspection off, for INTROSPECTION_DISABLED's message (absent while it is on, or
   * when unknown): INTROSPECTION itself, GRAPHIQL (introspection follows it), or NODE_ENV=production's
   * default.
   */
  introspectionOffBy?: IntrospectionOffBy | undefined;
  /**
   * GRAPHQL_JIT: run often-run queries without fragments through graphql-jit, where it answers as
   * graphql-js does (src/server/jit.ts; default false).
   */
  jit: boolean;
  /**
   * APP_TOKEN_TIMEOUT_MS, APP_TOKEN_BACKOFF_MS, APP_TOKEN_BACKOFF_MAX_MS: how long one request for the
   * app's client-credentials token may take, and the back-off after failures (src/resolvers/app-token.ts).
   */
  appToken: AppTokenConfig;
  /** SHUTDOWN_DELAY_MS, SHUTDOWN_GRACE_MS: how SIGTERM/SIGINT stop the server (src/server/shutdown.ts). */
  shutdown: ShutdownConfig;
  /**
   * TRUST_PROXY: which peers' X-Forwarded-For names the client (src/auth/client-address.ts); default
   * none: every client is its socket's peer address.
   */
  trustProxy?: ProxyTrust | undefined;
  /** ALLOWED_ORIGINS: origins (scheme://host[:port]) besides the server's own that browsers may call from. */
  allowedOrigins: string[];
  /** METRICS_OPERATION_NAMES: operation names the request metrics label by name (others: `other`). */
  metricsOperationNames: string[];
  /** STORE_URL: `memory:`, `sqlite:<path>` or `redis://...`; REDIS_URL when STORE_URL is not set. */
  storeUrl: string;
  /** REDIS_URL: the Redis shared by several instances (catalog cache, rate-limit pause, sessions). */
  redisUrl: string | undefined;
  /**
   * REDIS_COMMAND_TIMEOUT_MS: how long one Redis command (and `/ready`'s PING) may take before Redis
   * counts as unavailable, ms (default 2000).
   */
  redisCommandTimeoutMs: number;
  /** ENCRYPTION_KEY: base64 keys of 32 bytes, comma-separated, the writing key first. */
  encryptionKey: string | undefined;
  /**
   * SPOTIFY_DEFAULT_MARKET: the market (a code Spotify serves, default `US`) sent on app-token reads of
   * shows, episodes, audiobooks and chapters whose request names none; Spotify answers those without
   * a market "non existing id" (src/resolvers/app-market.ts).
   */
  defaultMarket: string;
}

/** The default STORE_URL: an SQLite file in the working directory's `.data`. */
export const DEFAULT_STORE_URL = 'sqlite:.data/spotify-graphql.db';

/**
 * The scopes the server asks users for when SPOTIFY_SCOPES does not say: every scope an endpoint the
 * schema calls needs (saved episodes need user-read-playback-position beside user-library-read).
 */
export const DEFAULT_SCOPES = [
  'user-read-private',
  'user-read-email',
  'user-library-read',
  'user-library-modify',
  'user-follow-read',
  'user-follow-modify',
  'user-top-read',
  'user-read-recently-played',
  'user-read-playback-position',
  'user-read-playback-state',
  'user-modify-playback-state',
  'user-read-currently-playing',
  'playlist-read-private',
  'playlist-read-collaborative',
  'playlist-modify-public',
  'playlist-modify-private',
  'ugc-image-upload',
];

export { ConfigError };

const KNOWN_SCOPES: ReadonlySet<string> = new Set(SCOPES);

/**
 * SPOTIFY_SCOPES, space-separated, or DEFAULT_SCOPES when unset or empty. A scope outside Spotify's
 * documented list (SCOPES: the Web API reference's OAuth scopes) throws ConfigError naming it: Spotify's
 * /authorize refuses the whole sign-in with `invalid_scope`, so every sign-in would fail.
 */
export function scopesFromEnv(raw: string | undefined): string[] {
  if (!raw) return [...DEFAULT_SCOPES];
  const scopes = raw.split(/\s+/).filter(Boolean);
  const unknown = scopes.filter((scope) => !KNOWN_SCOPES.has(scope));
  if (unknown.length > 0) {
    const them = unknown.map((scope) => quoteSetting(scope)).join(', ');
    // A comma-separated list (as ALLOWED_ORIGINS is) is the natural slip: name the separator.
    const commas = unknown.some((scope) => scope.includes(','))
      ? `SPOTIFY_SCOPES is space-separated, not comma-separated: write "${raw
          .split(/[\s,]+/)
          .filter(Boolean)
          .join(' ')
          .slice(0, 200)}"; `
      : '';
    throw new ConfigError(
      `SPOTIFY_SCOPES names ${unknown.length === 1 ? 'a scope' : 'scopes'} Spotify does not know: ${them} (${commas}Spotify would refuse every sign-in with invalid_scope; its scopes: ${SCOPES.join(' ')})`,
    );
  }
  return scopes;
}

type Env = Readonly<Record<string, string | undefined>>;

function port(raw: string | undefined, fallback: number): number {
  const value = parsePort(raw, fallback);
  if (value === undefined) throw new ConfigError(invalidPortMessage(raw ?? '', 'PORT'));
  const bad = badPortMessage(value, 'PORT');
  if (bad !== undefined) throw new ConfigError(bad);
  return value;
}

/** SPOTIFY_APP_MODE by the client's own rule (setting-values.ts), refused as a ConfigError. */
function mode(raw: string | undefined): AppModeSetting {
  const read = appModeSetting('SPOTIFY_APP_MODE', raw);
  if ('refusal' in read) throw new ConfigError(read.refusal);
  return read.mode;
}

function defaultMarket(raw: string | undefined): string {
  const value = (raw ?? '').trim().toUpperCase();
  if (value === '') return DEFAULT_MARKET;
  if (isCountryCode(value)) return value;
  throw new ConfigError(
    `SPOTIFY_DEFAULT_MARKET must be a market Spotify serves (an ISO 3166-1 alpha-2 code such as US or SE), not ${quoteSetting(raw ?? '')}`,
  );
}

function logLevel(raw: string | undefined): LogLevel {
  const value = (raw ?? 'info').trim().toLowerCase() || 'info';
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not ${quoteSetting(raw ?? '')}`);
}

/** What turned introspection off (see ServerConfig.introspectionOffBy); `value` as it was set, trimmed. */
export type IntrospectionOffBy =
  | { setting: 'INTROSPECTION'; value: string }
  | { setting: 'GRAPHIQL'; value: string }
  | { setting: 'NODE_ENV' };

/** What turned introspection off in `env`, or undefined when it is on. */
function introspectionOffBy(env: Env): IntrospectionOffBy | undefined {
  const own = flag('INTROSPECTION', env.INTROSPECTION);
  if (own !== undefined)
    return own ? undefined : { setting: 'INTROSPECTION', value: (env.INTROSPECTION ?? '').trim() };
  const graphiql = flag('GRAPHIQL', env.GRAPHIQL);
  if (graphiql !== undefined)
    return graphiql ? undefined : { setting: 'GRAPHIQL', value: (env.GRAPHIQL ?? '').trim() };
  return developmentDefault(env) ? undefined : { setting: 'NODE_ENV' };
}

/** GraphiQL and introspection are on in the sandbox (no SPOTIFY_CLIENT_ID) and outside production. */
function developmentDefault(env: Env): boolean {
  return !env.SPOTIFY_CLIENT_ID || env.NODE_ENV !== 'production';
}

/** GRAPHIQL, else the development default. */
function graphiqlFromEnv(env: Env): boolean {
  return flag('GRAPHIQL', env.GRAPHIQL) ?? developmentDefault(env);
}

function wrapRange<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RangeError) throw new ConfigError(error.message);
    throw error;
  }
}

/**
 * A base URL of Spotify's (SPOTIFY_API_URL, SPOTIFY_ACCOUNTS_URL, SPOTIFY_REDIRECT_URI) without its
 * trailing slashes, or `fallback`; ConfigError (httpUrlRefusal, the client's own rule) when it is no
 * URL, not an http or https one (the client speaks HTTP only: an `ftp:` base would start and fail
 * every call), or one with a user name or password.
 */
function url(name: string, raw: string | undefined, fallback: string): string {
  const value = raw === undefined || raw === '' ? fallback : raw;
  const refusal = httpUrlRefusal(name, value, fallback);
  if (refusal !== undefined) throw new ConfigError(refusal);
  return value.replace(/\/+$/, '');
}

/**
 * REDIS_URL, or undefined when unset or empty; ConfigError (redisUrlRefusal, never quoting its
 * password) when it is no redis:// or rediss:// URL, which Redis' client refused only once the store
 * opened, as a bare `Invalid URL` naming no variable (exit 1).
 */
function redisUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const refusal = redisUrlRefusal('REDIS_URL', raw);
  if (refusal !== undefined) throw new ConfigError(refusal);
  return raw;
}

/**
 * ALLOWED_ORIGINS, comma-separated: each an origin `scheme://host[:port]` (a trailing slash is
 * dropped). `null` and anything that is not an http(s) origin throw ConfigError: `null` is what
 * sandboxed frames and file pages send, and allowing it would allow them all.
 */
export function allowedOriginsFromEnv(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      let parsed: URL;
      try {
        parsed = new URL(item);
      } catch {
        throw new ConfigError(`ALLOWED_ORIGINS: not an origin: ${quoteUrlSetting(item)}`);
      }
      if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.origin === 'null')
        throw new ConfigError(`ALLOWED_ORIGINS: not an http(s) origin: ${quoteUrlSetting(item)}`);
      if (parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '')
        throw new ConfigError(`ALLOWED_ORIGINS: an origin has no path: ${quoteUrlSetting(item)}`);
      return parsed.origin;
    });
}

/**
 * METRICS_OPERATION_NAMES, comma-separated GraphQL operation names (`AlbumPage,NowPlaying`). Throws a
 * ConfigError for an item that is not a GraphQL name.
 */
export function operationNamesFromEnv(raw: string | undefined): string[] {
  const names = (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const name of names)
    if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name))
      throw new ConfigError(`METRICS_OPERATION_NAMES: not a GraphQL operation name: ${quoteSetting(name)}`);
  return [...new Set(names)];
}

/**
 * The one rule for the value of every variable `serve` reads (SERVE_VARIABLES): an empty value counts
 * as unset (but an empty number or on/off setting is refused: env-values.ts); one of spaces only (an empty line in a secrets file, `KEY= `), or with spaces or a line
 * break around it, is refused. A credential with them would start the server with an id Spotify
 * refuses at the first call (or, blank, look set while naming no app); `PORT=" 4001"` was taken while
 * `SPOTIFY_CLIENT_ID=" id"` was refused (s38 new user). The client id, secret and redirect URI are
 * held to spotifyTextRefusal besides. Numbers and on/off settings, empty included, are env-values.ts'.
 * Throws ConfigError naming the variable, never quoting the value (it may be a secret, or a Redis URL
 * with its password).
 */
function valueShape(name: string, value: string | undefined): void {
  if (value === undefined || value === '') return;
  // ASCII spaces and line breaks only: String.trim() also took a byte order mark for a space, which
  // spotifyTextRefusal names as what it is.
  const trimmed = value.replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, '');
  if (trimmed === '') throw new ConfigError(`${name} is blank: set it, or unset it`);
  if (trimmed !== value)
    throw new ConfigError(
      `${name} has spaces or a line break around it: remove them (the value is not shown)`,
    );
  const refusal = SPOTIFY_TEXT_VARIABLES.includes(name) ? spotifyTextRefusal(name, value) : undefined;
  if (refusal !== undefined) throw new ConfigError(refusal);
}

/**
 * The server's configuration from `env` (the process's environment: names as in the README's
 * Configuration table) and the CLI's port and host `overrides`. Throws ConfigError naming the variable
 * for a value it cannot use, and for SPOTIFY_CLIENT_SECRET without SPOTIFY_CLIENT_ID (no value is
 * ever quoted for a secret).
 */
export function configFromEnv(
  env: Env,
  overrides: Partial<Pick<ServerConfig, 'port' | 'host'>> = {},
): ServerConfig {
  for (const name of SERVE_VARIABLES) valueShape(name, env[name]);
  const listenPort = overrides.port ?? port(env.PORT, 4000);
  const host = overrides.host ?? (env.HOST || '127.0.0.1');
  // A secret without its id is a deploy whose id did not load, not a sandbox: the sandbox would answer
  // /ready and serve the emulator's made-up catalog as if it were Spotify's (v19 new user, MEDIUM).
  if (!env.SPOTIFY_CLIENT_ID && env.SPOTIFY_CLIENT_SECRET)
    throw new ConfigError(
      'SPOTIFY_CLIENT_SECRET is set but SPOTIFY_CLIENT_ID is not: set both to use Spotify, or neither for the sandbox',
    );
  return {
    clientId: env.SPOTIFY_CLIENT_ID || undefined,
    clientSecret: env.SPOTIFY_CLIENT_SECRET || undefined,
    redirectUri: url(
      'SPOTIFY_REDIRECT_URI',
      env.SPOTIFY_REDIRECT_URI,
      `http://127.0.0.1:${listenPort || 4000}/auth/callback`,
    ),
    scopes: scopesFromEnv(env.SPOTIFY_SCOPES),
    apiUrl: url('SPOTIFY_API_URL', env.SPOTIFY_API_URL, 'https://api.spotify.com/v1'),
    accountsUrl: url('SPOTIFY_ACCOUNTS_URL', env.SPOTIFY_ACCOUNTS_URL, 'https://accounts.spotify.com'),
    appMode: mode(env.SPOTIFY_APP_MODE),
    defaultMarket: defaultMarket(env.SPOTIFY_DEFAULT_MARKET),
    port: listenPort,
    host,
    limits: wrapRange(() => limitsFromEnv(env)),
    allowedOrigins: allowedOriginsFromEnv(env.ALLOWED_ORIGINS),
    trustProxy: wrapRange(() => proxyTrustFromEnv(env.TRUST_PROXY)),
    metricsOperationNames: operationNamesFromEnv(env.METRICS_OPERATION_NAMES),
    logLevel: logLevel(env.LOG_LEVEL),
    graphiql: graphiqlFromEnv(env),
    graphiqlSet: flag('GRAPHIQL', env.GRAPHIQL) === undefined ? undefined : (env.GRAPHIQL ?? '').trim(),
    // GraphiQL loads the schema by introspection: on when it is, unless INTROSPECTION says otherwise.
    introspection: flag('INTROSPECTION', env.INTROSPECTION) ?? graphiqlFromEnv(env),
    introspectionOffBy: introspectionOffBy(env),
    jit: flag('GRAPHQL_JIT', env.GRAPHQL_JIT) ?? false,
    shutdown: wrapRange(() => ({
      delayMs: integerFromEnv(env, 'SHUTDOWN_DELAY_MS', DEFAULT_SHUTDOWN.delayMs),
      graceMs: integerFromEnv(env, 'SHUTDOWN_GRACE_MS', DEFAULT_SHUTDOWN.graceMs),
    })),
    appToken: appTokenConfig(env),
    storeUrl: env.STORE_URL || redisUrl(env.REDIS_URL) || DEFAULT_STORE_URL,
    redisUrl: redisUrl(env.REDIS_URL),
    redisCommandTimeoutMs: integerFromEnv(env, 'REDIS_COMMAND_TIMEOUT_MS', DEFAULT_REDIS_COMMAND_TIMEOUT_MS),
    encryptionKey: env.ENCRYPTION_KEY || undefined,
    ...playerPolling(env),
  };
}

/** The app token's timeout and back-off, in ms (defaults 5000, 1000 doubling up to 60000). */
function appTokenConfig(env: Env): AppTokenConfig {
  const backoffMs = integerFromEnv(env, 'APP_TOKEN_BACKOFF_MS', 1000);
  const backoffMaxMs = integerFromEnv(env, 'APP_TOKEN_BACKOFF_MAX_MS', Math.max(60_000, backoffMs));
  if (backoffMaxMs < backoffMs)
    throw new ConfigError(
      `APP_TOKEN_BACKOFF_MAX_MS must be at least APP_TOKEN_BACKOFF_MS (${backoffMs}), not ${backoffMaxMs}`,
    );
  return { timeoutMs: integerFromEnv(env, 'APP_TOKEN_TIMEOUT_MS', 5000), backoffMs, backoffMaxMs };
}

function playerPolling(
  env: Env,
): Pick<ServerConfig, 'playerPollIntervalMs' | 'playerIdlePollIntervalMs' | 'playerSeekDriftMs'> {
  const playerPollIntervalMs = integerFromEnv(env, 'PLAYER_POLL_INTERVAL_MS', 1000);
  return {
    playerPollIntervalMs,
    playerIdlePollIntervalMs: integerFromEnv(
      env,
      'PLAYER_POLL_IDLE_INTERVAL_MS',
      Math.max(5000, playerPollIntervalMs),
    ),
    playerSeekDriftMs: integerFromEnv(env, 'PLAYER_SEEK_DRIFT_MS', 2000),
  };
}
