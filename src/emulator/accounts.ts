import { createHash, timingSafeEqual } from 'node:crypto';
import type { Reply } from './context.js';
import { OAuthError } from './errors.js';
import { pruneGrants } from './grant-pruning.js';
import type { Emulator, RawRequest } from './server.js';
import { type Account, type App, type EmulatorState, newToken, SCOPES } from './state.js';

/** Authorization codes live ten minutes, as on Spotify. */
const CODE_TTL_MS = 10 * 60 * 1000;
const KNOWN_SCOPES = new Set<string>(SCOPES);

export interface IssuedTokens {
  access_token: string;
  token_type: 'Bearer';
  scope: string;
  expires_in: number;
  refresh_token?: string;
}

/** Issues an access token (and a refresh token for a user) and records both grants. */
export function issueTokens(
  state: EmulatorState,
  grant: {
    clientId: string;
    userId?: string;
    scopes: ReadonlySet<string>;
    pkce?: boolean;
    /** Keep the refresh token's deadline across rotations (it counts from the original consent). */
    refreshExpiresAt?: number;
    withRefresh?: boolean;
  },
): IssuedTokens {
  const now = state.now();
  const accessToken = newToken('BQ');
  state.accessTokens.set(accessToken, {
    token: accessToken,
    clientId: grant.clientId,
    ...(grant.userId === undefined ? {} : { userId: grant.userId }),
    scopes: grant.scopes,
    expiresAt: now + state.accessTokenTtl * 1000,
    revoked: false,
  });
  const answer: IssuedTokens = {
    access_token: accessToken,
    token_type: 'Bearer',
    scope: [...grant.scopes].join(' '),
    expires_in: state.accessTokenTtl,
  };
  if (grant.userId !== undefined && grant.withRefresh !== false) {
    const refreshToken = newToken('AQ');
    state.refreshTokens.set(refreshToken, {
      token: refreshToken,
      clientId: grant.clientId,
      userId: grant.userId,
      scopes: grant.scopes,
      expiresAt: grant.refreshExpiresAt ?? now + state.refreshTokenTtl * 1000,
      pkce: grant.pkce ?? false,
      revoked: false,
    });
    answer.refresh_token = refreshToken;
  }
  // After recording: the cap keeps the newest grants, this one included.
  pruneGrants(state);
  return answer;
}

export function parseScopes(raw: string | null): Set<string> | undefined {
  const scopes = new Set((raw ?? '').split(/[\s,]+/).filter((s) => s !== ''));
  for (const scope of scopes) if (!KNOWN_SCOPES.has(scope)) return undefined;
  return scopes;
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
  }
  return cookies;
}

/** The account a browser's Spotify cookies sign in: sp_dc names it; sp_t and sp_key, when sent, must agree. */
function accountFromCookies(state: EmulatorState, header: string | undefined): Account | undefined {
  const cookies = parseCookies(header);
  const spDc = cookies.get('sp_dc');
  if (!spDc) return undefined;
  for (const account of state.accounts.values()) {
    if (account.cookie.sp_dc !== spDc) continue;
    const spT = cookies.get('sp_t');
    const spKey = cookies.get('sp_key');
    if (spT !== undefined && spT !== account.cookie.sp_t) return undefined;
    if (spKey !== undefined && spKey !== account.cookie.sp_key) return undefined;
    return account;
  }
  return undefined;
}

interface AuthorizeRequest {
  app: App;
  redirectUri: string;
  state: string | null;
  scopes: Set<string>;
  showDialog: boolean;
  codeChallenge: string | undefined;
}

/** The emulator's HTML pages; an empty icon, so that no browser asks for /favicon.ico (a 404 in every sign-in's console). */
const htmlPage = (status: number, title: string, body: string): Reply => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  text: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}
button{padding:.5rem 1.2rem;margin-right:.5rem}li{margin:.2rem 0}</style></head><body>${body}</body></html>`,
});

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function redirect(to: string, params: Record<string, string | null>): Reply {
  const url = new URL(to);
  for (const [key, value] of Object.entries(params)) if (value !== null) url.searchParams.set(key, value);
  return { status: 302, headers: { location: url.toString(), 'cache-control': 'no-store' } };
}

/**
 * Validates an authorize request. Problems with the client or the redirect URI are shown to the user
 * (never redirected to an unverified URI); the rest go back to the app as `error=...`.
 */
function parseAuthorize(emu: Emulator, params: URLSearchParams): AuthorizeRequest | Reply {
  const app = emu.state.apps.get(params.get('client_id') ?? '');
  if (!app) return htmlPage(400, 'Error', '<h1>INVALID_CLIENT: Invalid client</h1>');
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!app.redirectUris.includes(redirectUri)) {
    return htmlPage(400, 'Error', '<h1>INVALID_CLIENT: Invalid redirect URI</h1>');
  }
  const state = params.get('state');
  if (params.get('response_type') !== 'code') {
    return redirect(redirectUri, { error: 'unsupported_response_type', state });
  }
  const scopes = parseScopes(params.get('scope'));
  if (!scopes) return redirect(redirectUri, { error: 'invalid_scope', state });
  const method = params.get('code_challenge_method');
  const challenge = params.get('code_challenge');
  if ((method !== null || challenge !== null) && (method !== 'S256' || !challenge)) {
    return redirect(redirectUri, { error: 'invalid_request', state });
  }
  return {
    app,
    redirectUri,
    state,
    scopes,
    showDialog: params.get('show_dialog') === 'true',
    codeChallenge: challenge ?? undefined,
  };
}

function issueCode(emu: Emulator, request: AuthorizeRequest, userId: string): Reply {
  const code = newToken('AQ');
  emu.state.codes.set(code, {
    code,
    clientId: request.app.clientId,
    userId,
    redirectUri: request.redirectUri,
    scopes: request.scopes,
    ...(request.codeChallenge === undefined ? {} : { codeChallenge: request.codeChallenge }),
    expiresAt: emu.state.now() + CODE_TTL_MS,
  });
  pruneGrants(emu.state);
  return redirect(request.redirectUri, { code, state: request.state });
}

const consentKey = (userId: string, clientId: string): string => `${userId} ${clientId}`;

function hasConsent(
  state: EmulatorState,
  userId: string,
  clientId: string,
  scopes: ReadonlySet<string>,
): boolean {
  const granted = state.consents.get(consentKey(userId, clientId));
  if (!granted) return false;
  for (const scope of scopes) if (!granted.has(scope)) return false;
  return true;
}

export function grantConsent(
  state: EmulatorState,
  userId: string,
  clientId: string,
  scopes: Iterable<string>,
): void {
  const key = consentKey(userId, clientId);
  const granted = state.consents.get(key) ?? new Set<string>();
  for (const scope of scopes) granted.add(scope);
  state.consents.set(key, granted);
}

/** GET /authorize: straight back to the app when consent exists, else the sign-in and consent page. */
export function handleAuthorize(emu: Emulator, raw: RawRequest): Reply {
  const request = parseAuthorize(emu, raw.query);
  if (!('app' in request)) return request;
  const account = accountFromCookies(emu.state, raw.headers.cookie);
  if (
    account &&
    !request.showDialog &&
    hasConsent(emu.state, account.id, request.app.clientId, request.scopes)
  ) {
    return issueCode(emu, request, account.id);
  }
  const hidden = [...raw.query.entries()]
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  const accounts = account
    ? `<p>Signed in as <strong>${escapeHtml(account.displayName)}</strong>.</p><input type="hidden" name="user" value="${escapeHtml(account.id)}">`
    : `<p><label>Sign in as <select name="user">${[...emu.state.accounts.values()]
        .map(
          (a) => `<option value="${escapeHtml(a.id)}">${escapeHtml(a.displayName)} (${a.product})</option>`,
        )
        .join('')}</select></label></p>`;
  const scopes = request.scopes.size
    ? `<ul>${[...request.scopes].map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`
    : '<p>No extra access: your public profile only.</p>';
  return htmlPage(
    200,
    'Spotify emulator: authorize',
    `<h1>${escapeHtml(request.app.name)}</h1><p>This app asks for:</p>${scopes}
<form method="post" action="/authorize">${hidden}${accounts}
<button type="submit" name="decision" value="approve">Agree</button>
<button type="submit" name="decision" value="deny">Cancel</button></form>`,
  );
}

/** POST /authorize: the consent page's answer. */
export function handleAuthorizeDecision(emu: Emulator, raw: RawRequest): Reply {
  const form = new URLSearchParams(raw.body.toString('utf8'));
  const request = parseAuthorize(emu, form);
  if (!('app' in request)) return request;
  if (form.get('decision') !== 'approve')
    return redirect(request.redirectUri, { error: 'access_denied', state: request.state });
  const account = emu.state.accounts.get(form.get('user') ?? '');
  if (!account) return htmlPage(400, 'Error', '<h1>Unknown user</h1>');
  grantConsent(emu.state, account.id, request.app.clientId, request.scopes);
  return issueCode(emu, request, account.id);
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Who is asking: Basic credentials, or client_id (+ client_secret) in the form. */
function clientOf(
  emu: Emulator,
  raw: RawRequest,
  form: URLSearchParams,
): { app: App; authenticated: boolean } {
  const header = raw.headers.authorization;
  let clientId = form.get('client_id');
  let secret = form.get('client_secret');
  if (header) {
    const match = /^Basic\s+(\S+)$/i.exec(header);
    const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
    const at = decoded.indexOf(':');
    if (at < 0) throw new OAuthError(400, 'invalid_client', 'Invalid client');
    clientId = decoded.slice(0, at);
    secret = decoded.slice(at + 1);
  }
  const app = emu.state.apps.get(clientId ?? '');
  if (!app) throw new OAuthError(400, 'invalid_client', 'Invalid client');
  if (secret !== null) {
    if (!safeEqual(secret, app.clientSecret))
      throw new OAuthError(400, 'invalid_client', 'Invalid client secret');
    return { app, authenticated: true };
  }
  return { app, authenticated: false };
}

/** POST /api/token: the three grants. */
export function handleToken(emu: Emulator, raw: RawRequest): Reply {
  const form = new URLSearchParams(raw.body.toString('utf8'));
  const grantType = form.get('grant_type');
  if (!grantType) throw new OAuthError(400, 'unsupported_grant_type', 'grant_type parameter is missing');
  const state = emu.state;
  const { app, authenticated } = clientOf(emu, raw, form);
  const now = state.now();

  if (grantType === 'client_credentials') {
    if (!authenticated)
      throw new OAuthError(400, 'invalid_client', 'Client secret required for client credentials');
    return { status: 200, body: issueTokens(state, { clientId: app.clientId, scopes: new Set() }) };
  }

  if (grantType === 'authorization_code') {
    const codeValue = form.get('code');
    if (!codeValue) throw new OAuthError(400, 'invalid_request', 'code must be supplied');
    const redirectUri = form.get('redirect_uri');
    if (!redirectUri) throw new OAuthError(400, 'invalid_request', 'redirect_uri must be supplied');
    const code = state.codes.get(codeValue);
    // A code is single-use: whatever happens next, it is spent.
    state.codes.delete(codeValue);
    if (!code || code.expiresAt <= now || code.clientId !== app.clientId) {
      throw new OAuthError(400, 'invalid_grant', 'Invalid authorization code');
    }
    if (code.redirectUri !== redirectUri) throw new OAuthError(400, 'invalid_grant', 'Invalid redirect URI');
    let pkce = false;
    if (code.codeChallenge !== undefined) {
      const verifier = form.get('code_verifier');
      if (!verifier) throw new OAuthError(400, 'invalid_request', 'code_verifier required');
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!safeEqual(challenge, code.codeChallenge))
        throw new OAuthError(400, 'invalid_grant', 'code_verifier was incorrect');
      pkce = !authenticated;
    } else if (!authenticated) {
      throw new OAuthError(400, 'invalid_client', 'Client secret required');
    }
    return {
      status: 200,
      body: issueTokens(state, { clientId: app.clientId, userId: code.userId, scopes: code.scopes, pkce }),
    };
  }

  if (grantType === 'refresh_token') {
    const value = form.get('refresh_token');
    if (!value) throw new OAuthError(400, 'invalid_request', 'refresh_token must be supplied');
    const grant = state.refreshTokens.get(value);
    if (!grant || grant.revoked || grant.clientId !== app.clientId) {
      throw new OAuthError(400, 'invalid_grant', 'Invalid refresh token');
    }
    if (grant.expiresAt <= now) throw new OAuthError(400, 'invalid_grant', 'Refresh token revoked');
    if (!grant.pkce && !authenticated) throw new OAuthError(400, 'invalid_client', 'Client secret required');
    const rotation = emu.options.refreshTokenRotation ?? 'pkce';
    const rotate = rotation === 'always' || (rotation === 'pkce' && grant.pkce);
    const issued = issueTokens(state, {
      clientId: app.clientId,
      userId: grant.userId,
      scopes: grant.scopes,
      pkce: grant.pkce,
      refreshExpiresAt: grant.expiresAt,
      withRefresh: rotate,
    });
    // A rotated refresh token replaces the old one, so a client that drops the new one finds out.
    if (rotate) grant.revoked = true;
    return { status: 200, body: issued };
  }

  throw new OAuthError(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`);
}
