/**
 * The accounts service's two endpoints as the client calls them: the `/authorize` URL the user is sent
 * to, and `POST /api/token` for every grant.
 */
import type { Connection } from './connection.js';
import { IncompleteFlow, SpotifyAPIError, SpotifyError } from './errors.js';
import { AuthorizationCodeFlow, type SpotifyFlow } from './flows.js';
import { accountsError } from './responses.js';
import { SpotifyAuthorisationToken } from './token.js';

export interface AuthorizationUrlOptions {
  /** Ask the user to approve again even when they did before (default true). */
  showDialog?: boolean;
  state?: string;
  /** Default: the flow's scopes. */
  scopes?: readonly string[];
  /** A PKCE S256 challenge (see createPkcePair). */
  codeChallenge?: string;
  /** Default: the flow's redirectUrl. */
  redirectUrl?: string;
}

/** `flow` as an authorization code flow, checked for PKCE or a secret; SpotifyError otherwise. */
export function codeFlow(flow: SpotifyFlow, options: { pkce?: boolean } = {}): AuthorizationCodeFlow {
  if (!(flow instanceof AuthorizationCodeFlow)) {
    throw new SpotifyError('This needs an AuthorizationCodeFlow');
  }
  flow.validate(options);
  return flow;
}

/** The `/authorize` URL of `accountsUrl` for the code flow `flow`, with Spotify's parameter names. */
export function authorizationUrl(
  flow: SpotifyFlow,
  accountsUrl: string,
  options: AuthorizationUrlOptions = {},
): string {
  const code = codeFlow(flow, { pkce: options.codeChallenge !== undefined });
  const params = new URLSearchParams({
    client_id: code.applicationId ?? '',
    response_type: 'code',
    redirect_uri: options.redirectUrl ?? code.redirectUrl ?? '',
  });
  const scopes = options.scopes ?? code.scopes;
  if (scopes.length > 0) params.set('scope', scopes.join(' '));
  params.set('show_dialog', String(options.showDialog ?? true));
  if (options.state !== undefined) params.set('state', options.state);
  if (options.codeChallenge !== undefined) {
    params.set('code_challenge_method', 'S256');
    params.set('code_challenge', options.codeChallenge);
  }
  return `${accountsUrl}/authorize?${params.toString()}`;
}

/** Form fields that carry no credential: Spotify's text may name them freely. */
const PUBLIC_FORM_FIELDS = new Set(['grant_type', 'redirect_uri', 'client_id', 'scope']);

/**
 * What the accounts service's error text must never show for one token request: the form's
 * credentials (the code, PKCE verifier or refresh token), the app's secret and the Basic authorization
 * value. Not the grant type, redirect URL or client id: matched as secrets (case and spacing aside),
 * `authorization_code` would redact "Invalid authorization code" in Spotify's own words.
 */
function formSecrets(
  form: Record<string, string>,
  applicationSecret: string | undefined,
  authorization: string | undefined,
): string[] {
  const credentials = Object.entries(form)
    .filter(([name]) => !PUBLIC_FORM_FIELDS.has(name))
    .map(([, value]) => value);
  return [...credentials, applicationSecret ?? '', authorization?.replace(/^Basic /, '') ?? ''].filter(
    Boolean,
  );
}

/**
 * `POST {accountsUrl}/api/token` with the grant in `form`: the app authenticates by Basic
 * `id:secret`, or (PKCE, no secret) names itself by `client_id` in the form. A non-200 answer throws
 * AccountsServiceError / ReauthenticationRequired (see accountsError); a 429 RateLimitExceeded whose
 * `answer` is the accounts service's (accountsError: its words); an unreadable token
 * SpotifyAPIError BAD_RESPONSE. `previous` carries its refresh token over when Spotify sends none.
 */
export function requestToken(
  connection: Connection,
  flow: SpotifyFlow,
  accountsUrl: string,
  form: Record<string, string>,
  options: { idempotent: boolean; previous?: SpotifyAuthorisationToken; signal?: AbortSignal | undefined },
): Promise<SpotifyAuthorisationToken> {
  const { applicationId, applicationSecret } = flow;
  if (!applicationId) {
    const missing = 'applicationId (SPOTIFY_CLIENT_ID)';
    throw new IncompleteFlow(`The flow is missing ${missing}`, [missing]);
  }
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams(form);
  if (applicationSecret) {
    headers.authorization = `Basic ${Buffer.from(`${applicationId}:${applicationSecret}`).toString('base64')}`;
  } else {
    // A PKCE client has no secret and names itself in the form.
    body.set('client_id', applicationId);
  }
  return connection.sendAccounts(
    {
      method: 'POST',
      url: `${accountsUrl}/api/token`,
      headers,
      body: body.toString(),
      idempotent: options.idempotent,
      signal: options.signal,
    },
    (response) => {
      if (response.status !== 200) {
        throw accountsError(response, formSecrets(form, applicationSecret, headers.authorization));
      }
      try {
        return SpotifyAuthorisationToken.fromTokenResponse(
          JSON.parse(response.text),
          options.previous,
          Date.now(),
          applicationId,
        );
      } catch {
        throw new SpotifyAPIError('The accounts service answered with an unreadable token', {
          status: response.status,
          code: 'BAD_RESPONSE',
        });
      }
    },
    // A 429's words (a gateway's text, an RFC 6749 body) stay with its RateLimitExceeded (`answer`).
    (response) => accountsError(response, formSecrets(form, applicationSecret, headers.authorization)),
  );
}
