/**
 * The rules for the URL and app-mode values read from the environment or the command line, shared by
 * the server's configuration (src/server/config.ts, src/auth/open-store.ts, src/cli.ts) and the
 * client's own defaults (client-options.ts reads SPOTIFY_API_URL, SPOTIFY_ACCOUNTS_URL and
 * SPOTIFY_APP_MODE): one rule and one refusal each, so that a value is refused alike wherever it is
 * read, before anything starts, with the value quoted (quoteUrlSetting: never a password) where a bare
 * `Invalid URL` of a library had named nothing.
 */
import { quoteSetting, quoteUrlSetting } from './quoted-input.js';

/**
 * Why `raw`, read from `source` (`SPOTIFY_API_URL`, `--server`), is no base URL to call over HTTP,
 * else undefined: it does not parse (a port above 65535, no scheme), its scheme is not http or https
 * (the client speaks HTTP only: an `ftp:` base would start and fail every call), or it holds a user
 * name or password (fetch refuses a URL with credentials; the accounts service would get them). The
 * refusal names `source`, the rule, an `example`, and the value without its credentials.
 */
export function httpUrlRefusal(source: string, raw: string, example: string): string | undefined {
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password)
    return undefined;
  return `${source} must be an http or https URL without a user name or password, such as ${example}: not ${quoteUrlSetting(raw)}`;
}

/**
 * Why `raw`, read from `source` (REDIS_URL, STORE_URL), is no Redis URL, else undefined: it must
 * parse as a URL (a port within 0 to 65535) with the scheme `redis:` or `rediss:` (TLS). The refusal
 * never shows the password (quoteUrlSetting): `redis://:secret@host:99999` is shown as
 * `"redis://host:99999" (its user name and password not shown)`.
 */
export function redisUrlRefusal(source: string, raw: string): string | undefined {
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (url && (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.host !== '') return undefined;
  return `${source} must be redis://[:password@]host[:port][/db] or rediss://... (a port from 0 to 65535): not ${quoteUrlSetting(raw)}`;
}

/** The values of SPOTIFY_APP_MODE (and the client's `appMode`), as the README writes them. */
export const APP_MODE_SETTINGS = ['extended', 'development', 'auto'] as const;

/** A value of APP_MODE_SETTINGS. */
export type AppModeValue = (typeof APP_MODE_SETTINGS)[number];

/**
 * SPOTIFY_APP_MODE's value `raw` (any case: `Extended`): the mode, `auto` when unset or empty, or a
 * refusal naming `source`, every accepted word and the value quoted (quoteSetting).
 */
export function appModeSetting(
  source: string,
  raw: string | undefined,
): { mode: AppModeValue } | { refusal: string } {
  if (raw === undefined || raw === '') return { mode: 'auto' };
  const value = raw.toLowerCase();
  const mode = APP_MODE_SETTINGS.find((word) => word === value);
  if (mode !== undefined) return { mode };
  return { refusal: `${source} must be extended, development or auto, not ${quoteSetting(raw)}` };
}
