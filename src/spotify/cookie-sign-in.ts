/** Getting an authorization code without a browser, with the signed-in user's Spotify cookie. */
import { randomBytes } from 'node:crypto';
import { type AuthorizationUrlOptions, authorizationUrl } from './accounts-calls.js';
import type { Connection } from './connection.js';
import type { SpotifyCookie } from './cookie.js';
import { SpotifyAPIError, SpotifyError } from './errors.js';
import type { SpotifyFlow } from './flows.js';
import { accountsError } from './responses.js';

/** Options of `getCodeWithCookie`: the state to send (default random), scopes, a PKCE challenge. */
export type CookieSignInOptions = Pick<AuthorizationUrlOptions, 'state' | 'scopes' | 'codeChallenge'>;

/**
 * Signs in at `/authorize` (show_dialog false) with the user's cookie and reads the code from the
 * redirect (not followed). Throws SpotifyError CONSENT_REQUIRED when the accounts service shows its
 * page instead (no consent before, or a cookie that does not sign in), SpotifyAPIError ACCOUNTS_ERROR
 * when the redirect carries `error`, SpotifyError STATE_MISMATCH for another state.
 */
export async function codeWithCookie(
  connection: Connection,
  flow: SpotifyFlow,
  accountsUrl: string,
  cookie: SpotifyCookie,
  options: CookieSignInOptions = {},
): Promise<string> {
  const header = cookie.toHeader();
  const state = options.state ?? randomBytes(16).toString('hex');
  const url = authorizationUrl(flow, accountsUrl, {
    showDialog: false,
    state,
    ...(options.scopes === undefined ? {} : { scopes: options.scopes }),
    ...(options.codeChallenge === undefined ? {} : { codeChallenge: options.codeChallenge }),
  });
  const response = await connection.sendAccounts(
    { method: 'GET', url, headers: { cookie: header } },
    (r) => r,
  );
  if (response.status === 200) {
    throw new SpotifyError(
      'Consent missing: the user has not approved this app and these scopes (or the cookie does not sign in)',
      { code: 'CONSENT_REQUIRED' },
    );
  }
  const location = response.headers.location;
  const target = Array.isArray(location) ? location[0] : location;
  // The page may echo the request's cookie: its values are redacted as every credential is.
  const cookieValues = [cookie.spT, cookie.spDc, cookie.spKey].filter((value): value is string => !!value);
  if (response.status < 300 || response.status >= 400 || !target) throw accountsError(response, cookieValues);
  const redirect = new URL(target, accountsUrl);
  const error = redirect.searchParams.get('error');
  if (error !== null) {
    throw new SpotifyAPIError(`The authorization was refused: ${error}`, {
      status: 0,
      reason: error,
      code: 'ACCOUNTS_ERROR',
    });
  }
  if (redirect.searchParams.get('state') !== state) {
    throw new SpotifyError('The authorization redirect carried a different state', {
      code: 'STATE_MISMATCH',
    });
  }
  const code = redirect.searchParams.get('code');
  if (!code) throw new SpotifyError('The authorization redirect carried no code');
  return code;
}
