import { createHash, randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { SCOPES as EMULATOR_SCOPES } from '../../src/emulator/state.js';
import { SCOPES as CLIENT_SCOPES } from '../../src/spotify/endpoints/types.js';
import { DEVELOPMENT_APP, EXTENDED_APP, REDIRECT_URI, useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator({ accessTokenTtl: 60, refreshTokenTtl: 3600 });
beforeEach(() => emu.reset());

const basic = (app = EXTENDED_APP): string =>
  `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`;

async function token(form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${emu.url}/api/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function authorizeUrl(params: Record<string, string>): string {
  const url = new URL(`${emu.url}/authorize`);
  const defaults = { client_id: EXTENDED_APP.clientId, response_type: 'code', redirect_uri: REDIRECT_URI };
  for (const [k, v] of Object.entries({ ...defaults, ...params })) url.searchParams.set(k, v);
  return url.toString();
}

const aliceCookie = 'sp_t=sp-t-alice-0001; sp_dc=sp-dc-alice-0001; sp_key=sp-key-alice-0001';

async function approve(params: Record<string, string>, user = 'alice'): Promise<URL> {
  const page = await fetch(authorizeUrl(params), { redirect: 'manual' });
  expect(page.status).toBe(200);
  const form = new URLSearchParams(new URL(authorizeUrl(params)).searchParams);
  form.set('user', user);
  form.set('decision', 'approve');
  const answer = await fetch(`${emu.url}/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  expect(answer.status).toBe(302);
  return new URL(answer.headers.get('location')!);
}

describe('GET /authorize', () => {
  it('shows a consent page listing the requested scopes', async () => {
    const page = await fetch(authorizeUrl({ scope: 'user-read-private user-top-read', state: 'xyz' }));
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('user-top-read');
    expect(html).toContain('name="decision" value="approve"');
  });

  it('redirects back with a code and the same state after approval', async () => {
    const location = await approve({ scope: 'user-read-private', state: 'st-1' });
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('state')).toBe('st-1');
    expect(location.searchParams.get('code')).toMatch(/^\S{20,}$/);
  });

  it('redirects with error=access_denied when the user declines', async () => {
    const form = new URLSearchParams(new URL(authorizeUrl({ state: 's2' })).searchParams);
    form.set('user', 'alice');
    form.set('decision', 'deny');
    const answer = await fetch(`${emu.url}/authorize`, { method: 'POST', body: form, redirect: 'manual' });
    const location = new URL(answer.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('s2');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('refuses a redirect URI that is not an exact match, without redirecting', async () => {
    const answer = await fetch(authorizeUrl({ redirect_uri: `${REDIRECT_URI}/` }), { redirect: 'manual' });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('Invalid redirect URI');
  });

  it('refuses an unknown client', async () => {
    const answer = await fetch(authorizeUrl({ client_id: 'nope' }), { redirect: 'manual' });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('INVALID_CLIENT');
  });

  it('sends an unknown scope back as error=invalid_scope', async () => {
    const answer = await fetch(authorizeUrl({ scope: 'user-read-private made-up-scope' }), {
      redirect: 'manual',
    });
    expect(answer.status).toBe(302);
    expect(new URL(answer.headers.get('location')!).searchParams.get('error')).toBe('invalid_scope');
  });

  it('skips the dialog for a signed-in user whose consent exists, unless show_dialog=true', async () => {
    await approve({ scope: 'user-read-private' });
    const quick = await fetch(authorizeUrl({ scope: 'user-read-private', state: 'q' }), {
      headers: { cookie: aliceCookie },
      redirect: 'manual',
    });
    expect(quick.status).toBe(302);
    expect(new URL(quick.headers.get('location')!).searchParams.get('code')).toBeTruthy();

    const dialog = await fetch(authorizeUrl({ scope: 'user-read-private', show_dialog: 'true' }), {
      headers: { cookie: aliceCookie },
      redirect: 'manual',
    });
    expect(dialog.status).toBe(200);
    expect(await dialog.text()).toContain('Signed in as');
  });

  it('shows the dialog when the cookie user has not consented to every scope', async () => {
    await approve({ scope: 'user-read-private' });
    const answer = await fetch(authorizeUrl({ scope: 'user-read-private user-top-read' }), {
      headers: { cookie: aliceCookie },
      redirect: 'manual',
    });
    expect(answer.status).toBe(200);
  });

  it('ignores cookies whose parts do not belong together', async () => {
    await approve({ scope: '' });
    const answer = await fetch(authorizeUrl({}), {
      headers: { cookie: 'sp_dc=sp-dc-alice-0001; sp_key=sp-key-bob-0002' },
      redirect: 'manual',
    });
    expect(answer.status).toBe(200);
    expect(await answer.text()).not.toContain('Signed in as');
  });
});

describe('POST /api/token', () => {
  it('exchanges a code for tokens with Basic client authentication, once', async () => {
    const code = (await approve({ scope: 'user-read-private user-read-email' })).searchParams.get('code')!;
    const first = await token(
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI },
      { authorization: basic() },
    );
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      token_type: 'Bearer',
      expires_in: 60,
      scope: 'user-read-private user-read-email',
    });
    expect(typeof first.json.access_token).toBe('string');
    expect(typeof first.json.refresh_token).toBe('string');

    const again = await token(
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI },
      { authorization: basic() },
    );
    expect(again.status).toBe(400);
    expect(again.json).toEqual({ error: 'invalid_grant', error_description: 'Invalid authorization code' });
  });

  it('refuses a code exchanged with another redirect URI', async () => {
    const code = (await approve({})).searchParams.get('code')!;
    const answer = await token(
      { grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:4000/auth/callback' },
      { authorization: basic() },
    );
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('invalid_grant');
  });

  it('refuses a wrong client secret with invalid_client', async () => {
    const answer = await token(
      { grant_type: 'client_credentials' },
      { authorization: `Basic ${Buffer.from(`${EXTENDED_APP.clientId}:wrong`).toString('base64')}` },
    );
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('invalid_client');
  });

  it('answers unsupported_grant_type for a missing or unknown grant', async () => {
    expect((await token({}, { authorization: basic() })).json.error).toBe('unsupported_grant_type');
    expect((await token({ grant_type: 'password' }, { authorization: basic() })).json.error).toBe(
      'unsupported_grant_type',
    );
  });

  it('issues an app token for client credentials, without a refresh token or user', async () => {
    const answer = await token(
      { grant_type: 'client_credentials' },
      { authorization: basic(DEVELOPMENT_APP) },
    );
    expect(answer.status).toBe(200);
    expect(answer.json.refresh_token).toBeUndefined();
    const grant = emu.state.accessTokens.get(answer.json.access_token as string);
    expect(grant?.userId).toBeUndefined();
    expect(grant?.clientId).toBe(DEVELOPMENT_APP.clientId);
  });

  it('verifies the PKCE code_verifier and rotates refresh tokens for PKCE clients', async () => {
    const verifier = randomBytes(48).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const params = { code_challenge_method: 'S256', code_challenge: challenge, scope: 'user-read-private' };
    const wrongCode = (await approve(params)).searchParams.get('code')!;
    const wrong = await token({
      grant_type: 'authorization_code',
      code: wrongCode,
      redirect_uri: REDIRECT_URI,
      client_id: EXTENDED_APP.clientId,
      code_verifier: `${verifier}x`,
    });
    expect(wrong.json.error).toBe('invalid_grant');

    const code = (await approve(params)).searchParams.get('code')!;
    const first = await token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: EXTENDED_APP.clientId,
      code_verifier: verifier,
    });
    expect(first.status).toBe(200);
    const refreshed = await token({
      grant_type: 'refresh_token',
      refresh_token: first.json.refresh_token as string,
      client_id: EXTENDED_APP.clientId,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.refresh_token).toBeTypeOf('string');
    expect(refreshed.json.refresh_token).not.toBe(first.json.refresh_token);
    const reused = await token({
      grant_type: 'refresh_token',
      refresh_token: first.json.refresh_token as string,
      client_id: EXTENDED_APP.clientId,
    });
    expect(reused.json.error).toBe('invalid_grant');
  });

  it('keeps the refresh token of a secret-authenticated client (no new one in the answer)', async () => {
    const code = (await approve({})).searchParams.get('code')!;
    const first = await token(
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI },
      { authorization: basic() },
    );
    const refresh = first.json.refresh_token as string;
    const one = await token(
      { grant_type: 'refresh_token', refresh_token: refresh },
      { authorization: basic() },
    );
    expect(one.status).toBe(200);
    expect(one.json.refresh_token).toBeUndefined();
    expect(one.json.access_token).not.toBe(first.json.access_token);
    const two = await token(
      { grant_type: 'refresh_token', refresh_token: refresh },
      { authorization: basic() },
    );
    expect(two.status).toBe(200);
  });

  it('answers invalid_grant once the refresh token outlives its lifetime from consent', async () => {
    const code = (await approve({})).searchParams.get('code')!;
    const first = await token(
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI },
      { authorization: basic() },
    );
    await emu.advanceClock(3601 * 1000);
    const late = await token(
      { grant_type: 'refresh_token', refresh_token: first.json.refresh_token as string },
      { authorization: basic() },
    );
    expect(late.status).toBe(400);
    expect(late.json).toEqual({ error: 'invalid_grant', error_description: 'Refresh token revoked' });
  });

  it('answers invalid_grant for a revoked refresh token', async () => {
    const code = (await approve({})).searchParams.get('code')!;
    const first = await token(
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI },
      { authorization: basic() },
    );
    await emu.control('POST', '/tokens/revoke', { token: first.json.refresh_token });
    const answer = await token(
      { grant_type: 'refresh_token', refresh_token: first.json.refresh_token as string },
      { authorization: basic() },
    );
    expect(answer.json.error).toBe('invalid_grant');
  });

  it('refuses a code exchange without secret or PKCE verifier', async () => {
    const code = (await approve({})).searchParams.get('code')!;
    const answer = await token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: EXTENDED_APP.clientId,
    });
    expect(answer.json.error).toBe('invalid_client');
  });
});

describe('the scopes the emulator knows', () => {
  // Two copies of Spotify's scope list, as the emulator imports nothing from the rest of src/.
  it("are the client's scopes (src/spotify/endpoints/types.ts), the same list in the same order", () => {
    expect([...EMULATOR_SCOPES]).toEqual([...CLIENT_SCOPES]);
  });
});
