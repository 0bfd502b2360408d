/** The client's options, their defaults (SPOTIFY_* environment variables) and their checks. */
import type { ModeEvidence } from './app-mode.js';
import type { AppMode } from './endpoints/types.js';
import { SpotifyError } from './errors.js';
import { APP_MODE_SETTINGS, appModeSetting, httpUrlRefusal } from './setting-values.js';
import type { SpotifyAuthorisationToken } from './token.js';
import type { AppTokenObserver, TokenRenew } from './token-renewal.js';
import type { TransportOptions } from './transport.js';

export const DEFAULT_API_URL = 'https://api.spotify.com/v1';
export const DEFAULT_ACCOUNTS_URL = 'https://accounts.spotify.com';

/**
 * Options of `createNewClient`, also accepted as defaults by the constructor: the transport's own
 * (requestLimit, requestTimeout in SECONDS, retry, maxRetryAfter in SECONDS, dispatcher, sharedPause, maxAnswerBytes).
 */
export type ConnectionOptions = TransportOptions;

export interface SpotifyApiClientOptions extends ConnectionOptions {
  /** Keep the tokens this client obtains or refreshes, and use them when a call passes none. */
  holdAuthentication?: boolean;
  /** A token to hold from the start. */
  authToken?: SpotifyAuthorisationToken;
  /** Called when a call meets an expired (or soon expiring) token; see TokenRenewClass. */
  tokenRenew?: TokenRenew;
  /** Told how Spotify treats the app tokens this client obtains (see AppTokenObserver). */
  appTokenObserver?: AppTokenObserver;
  /** Renew this many SECONDS before expiry when a hook is set (default 60). */
  renewMargin?: number;
  /**
   * Which tokens' answers teach auto mode (default 'any-token'; a server passing on callers' tokens
   * uses 'own-tokens'): see ModeEvidence.
   */
  modeEvidence?: ModeEvidence;
  /** Default: SPOTIFY_APP_MODE, else 'auto'. */
  appMode?: AppMode | 'auto';
  /** Default: SPOTIFY_API_URL, else https://api.spotify.com/v1. */
  apiUrl?: string;
  /** Default: SPOTIFY_ACCOUNTS_URL, else https://accounts.spotify.com. */
  accountsUrl?: string;
  /**
   * Single-item calls in flight at once when many ids are fetched one by one (default 10), for calls
   * without a caller's own gate (requestMany's `gate`, which then governs alone).
   */
  manyConcurrency?: number;
  /** Where SPOTIFY_* defaults are read (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The settings a client runs with, once defaults are applied and checked. */
export interface ResolvedClientOptions {
  apiUrl: string;
  accountsUrl: string;
  appMode: AppMode | 'auto';
  manyConcurrency: number;
  /** The connection options the constructor got, as defaults of every `createNewClient`. */
  connection: ConnectionOptions;
}

const APP_MODES: ReadonlySet<string> = new Set(APP_MODE_SETTINGS);

const CONNECTION_KEYS = [
  'requestLimit',
  'requestTimeout',
  'retry',
  'maxRetryAfter',
  'dispatcher',
  'sharedPause',
  'maxAnswerBytes',
] as const satisfies readonly (keyof ConnectionOptions)[];

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * A base URL: the option `name` when given, else variable `variable` of `env` when set and not empty,
 * else `fallback`; without trailing slashes. Throws SpotifyError (httpUrlRefusal: the server's own
 * rule and words, the value quoted without credentials) for one that is no http or https URL.
 */
function baseUrl(
  option: [name: string, value: string | undefined],
  variable: [name: string, value: string | undefined],
  fallback: string,
): string {
  const [source, given] = option[1] !== undefined ? option : variable[1] ? variable : ['default', fallback];
  const raw = given ?? fallback;
  const refusal = httpUrlRefusal(source, raw, fallback);
  if (refusal !== undefined) throw new SpotifyError(refusal);
  return trimSlash(raw);
}

/** The app mode: the `appMode` option (exactly a mode), else SPOTIFY_APP_MODE (setting-values.ts' rule). */
function appMode(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): AppMode | 'auto' {
  if (option !== undefined) {
    if (!APP_MODES.has(option)) throw new SpotifyError('appMode must be extended, development or auto');
    return option as AppMode | 'auto';
  }
  const read = appModeSetting('SPOTIFY_APP_MODE', env.SPOTIFY_APP_MODE);
  if ('refusal' in read) throw new SpotifyError(read.refusal);
  return read.mode;
}

/**
 * Applies the defaults (options first, then SPOTIFY_API_URL, SPOTIFY_ACCOUNTS_URL and SPOTIFY_APP_MODE
 * from `options.env`, then Spotify's own URLs and 'auto'). The variables are held to the server's rules
 * (src/spotify/setting-values.ts: an http or https URL, a mode in any case) and refused in its words.
 * Throws SpotifyError for an unknown app mode, a URL that is no http(s) one, or a `manyConcurrency`
 * that is no positive integer.
 */
export function resolveClientOptions(options: SpotifyApiClientOptions): ResolvedClientOptions {
  const env = options.env ?? process.env;
  const mode = appMode(options.appMode, env);
  const manyConcurrency = options.manyConcurrency ?? 10;
  if (!Number.isInteger(manyConcurrency) || manyConcurrency < 1) {
    throw new SpotifyError('manyConcurrency must be a positive integer');
  }
  const connection: Record<string, unknown> = {};
  for (const key of CONNECTION_KEYS) if (options[key] !== undefined) connection[key] = options[key];
  return {
    apiUrl: baseUrl(['apiUrl', options.apiUrl], ['SPOTIFY_API_URL', env.SPOTIFY_API_URL], DEFAULT_API_URL),
    accountsUrl: baseUrl(
      ['accountsUrl', options.accountsUrl],
      ['SPOTIFY_ACCOUNTS_URL', env.SPOTIFY_ACCOUNTS_URL],
      DEFAULT_ACCOUNTS_URL,
    ),
    appMode: mode,
    manyConcurrency,
    connection: connection as ConnectionOptions,
  };
}
