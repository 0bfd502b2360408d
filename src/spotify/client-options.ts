/** The client's options, their defaults (SPOTIFY_* environment variables) and their checks. */
import type { ModeEvidence } from './app-mode.js';
import type { AppMode } from './endpoints/types.js';
import { SpotifyError } from './errors.js';
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

const APP_MODES = new Set(['extended', 'development', 'auto']);

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
 * Applies the defaults (options first, then SPOTIFY_API_URL, SPOTIFY_ACCOUNTS_URL and SPOTIFY_APP_MODE
 * from `options.env`, then Spotify's own URLs and 'auto'). Throws SpotifyError for an unknown app mode
 * or a `manyConcurrency` that is no positive integer.
 */
export function resolveClientOptions(options: SpotifyApiClientOptions): ResolvedClientOptions {
  const env = options.env ?? process.env;
  const mode = options.appMode ?? (env.SPOTIFY_APP_MODE || 'auto');
  if (!APP_MODES.has(mode)) throw new SpotifyError('appMode must be extended, development or auto');
  const manyConcurrency = options.manyConcurrency ?? 10;
  if (!Number.isInteger(manyConcurrency) || manyConcurrency < 1) {
    throw new SpotifyError('manyConcurrency must be a positive integer');
  }
  const connection: Record<string, unknown> = {};
  for (const key of CONNECTION_KEYS) if (options[key] !== undefined) connection[key] = options[key];
  return {
    apiUrl: trimSlash(options.apiUrl ?? (env.SPOTIFY_API_URL || DEFAULT_API_URL)),
    accountsUrl: trimSlash(options.accountsUrl ?? (env.SPOTIFY_ACCOUNTS_URL || DEFAULT_ACCOUNTS_URL)),
    appMode: mode as AppMode | 'auto',
    manyConcurrency,
    connection: connection as ConnectionOptions,
  };
}
