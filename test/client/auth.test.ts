import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import {
  AccountsServiceError,
  createPkcePair,
  IncompleteFlow,
  ReauthenticationRequired,
  SpotifyAPIError,
  type SpotifyApiClient,
  SpotifyCookie,
  SpotifyError,
} from '../../src/spotify/index.js';
import {
  approveInBrowser,
  clientFor,
  codeFlow,
  credentialsFlow,
  EXTENDED_APP,
  REDIRECT_URI,
  type TestEmulator,
  USER_SCOPES,
  useClientTests,
  useTestEmulator,
} from './client-harness.js';

const { emu, clients, unopened } = useClientTests();
const rotating = useTestEmulator({ refreshTokenRotation: 'always' });

interface Me {
  id: string;
}

describe('authorization code flow', () => {
  it('builds an authorization URL with every parameter Spotify reads', () => {
    const client = unopened(codeFlow());
    const url = new URL(client.buildAuthorizationUrl({ showDialog: false, state: 'xyz' }));
    expect(`${url.origin}${url.pathname}`).toBe(`${emu.url}/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: EXTENDED_APP.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: USER_SCOPES.join(' '),
      show_dialog: 'false',
      state: 'xyz',
    });
  });

  it('exchanges a code for a held token that calls the Web API', async () => {
    const client = unopened(codeFlow(), { holdAuthentication: true });
    const { code, state } = await approveInBrowser(emu, client.buildAuthorizationUrl({ state: 's1' }));
    expect(state).toBe('s1');
    const token = await client.getAuthTokenWithCode(code ?? '');
    expect(token.refreshToken).toBeTruthy();
    expect([...token.scopes].sort()).toEqual([...USER_SCOPES].sort());
    expect(client.authToken).toBe(token);
    await client.createNewClient();
    const me = await client.request<Me>(endpoints.getCurrentUsersProfile);
    expect(me.id).toBe('alice');
  });

  it('exchanges a PKCE code with the verifier and no secret', async () => {
    const client = unopened(codeFlow('extended', { secret: false }));
    const pkce = createPkcePair();
    const { code } = await approveInBrowser(
      emu,
      client.buildAuthorizationUrl({ codeChallenge: pkce.codeChallenge }),
    );
    const token = await client.getAuthTokenWithCode(code ?? '', { codeVerifier: pkce.codeVerifier });
    await client.createNewClient();
    const me = await client.request<Me>(endpoints.getCurrentUsersProfile, { authToken: token });
    expect(me.id).toBe('alice');
  });

  it('refuses a PKCE code exchanged with the wrong verifier as invalid_grant', async () => {
    const client = unopened(codeFlow('extended', { secret: false }));
    const pkce = createPkcePair();
    const { code } = await approveInBrowser(
      emu,
      client.buildAuthorizationUrl({ codeChallenge: pkce.codeChallenge }),
    );
    const error = await client
      .getAuthTokenWithCode(code ?? '', { codeVerifier: createPkcePair().codeVerifier })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequired);
    expect(error).toMatchObject({ status: 400, reason: 'invalid_grant' });
  });

  it('gives an accounts error for a wrong secret, without the secret in it', async () => {
    const flow = codeFlow();
    flow.applicationSecret = 'not-the-secret-0000';
    const client = unopened(flow);
    const error = await client.getAuthTokenWithCode('some-code').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountsServiceError);
    expect(error).toMatchObject({ status: 400, reason: 'invalid_client' });
    expect(JSON.stringify(error)).not.toContain('not-the-secret');
  });

  it('refuses to build a URL for an incomplete flow, naming what is missing', () => {
    const flow = codeFlow();
    flow.redirectUrl = undefined;
    expect(() => clientFor(emu, flow).buildAuthorizationUrl()).toThrow(/redirectUrl/);
  });
});

describe('refreshing', () => {
  async function signedIn(target: TestEmulator): Promise<SpotifyApiClient> {
    const client = clientFor(target, codeFlow(), { holdAuthentication: true });
    clients.push(client);
    const { code } = await approveInBrowser(target, client.buildAuthorizationUrl());
    await client.getAuthTokenWithCode(code ?? '');
    await client.createNewClient();
    return client;
  }

  it('keeps the old refresh token when Spotify returns none', async () => {
    const client = await signedIn(emu);
    const before = client.authToken;
    const after = await client.refreshToken();
    expect(after.accessToken).not.toBe(before?.accessToken);
    expect(after.refreshToken).toBe(before?.refreshToken);
    expect(client.authToken).toBe(after);
    expect((await client.request<Me>(endpoints.getCurrentUsersProfile)).id).toBe('alice');
  });

  it('keeps a rotated refresh token, and the rotated one works', async () => {
    const client = await signedIn(rotating);
    const first = client.authToken;
    const second = await client.refreshToken();
    expect(second.refreshToken).toBeTruthy();
    expect(second.refreshToken).not.toBe(first?.refreshToken);
    const third = await client.refreshToken();
    expect(third.accessToken).not.toBe(second.accessToken);
    expect(client.authToken).toBe(third);
  });

  it('says the user must sign in again on invalid_grant', async () => {
    const client = await signedIn(emu);
    await emu.control('POST', '/tokens/revoke', { token: client.authToken?.refreshToken });
    const error = await client.refreshToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequired);
    expect(error).toMatchObject({ code: 'REAUTHENTICATION_REQUIRED', reason: 'invalid_grant', status: 400 });
  });

  it('gives a SpotifyError for a token without refresh token', async () => {
    const client = unopened(credentialsFlow());
    const token = await client.getAuthTokenWithClientCredentials();
    await expect(client.refreshToken(token)).rejects.toThrow(SpotifyError);
  });
});

describe('client credentials', () => {
  it('gets an app token that user-only endpoints refuse with a typed 401', async () => {
    const client = unopened(credentialsFlow(), { holdAuthentication: true });
    const token = await client.getAuthTokenWithClientCredentials();
    expect(token.refreshToken).toBeUndefined();
    expect(client.authToken).toBe(token);
    await client.createNewClient();
    const error = await client.request(endpoints.getCurrentUsersProfile).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyAPIError);
    expect(error).toMatchObject({ status: 401 });
  });

  it('names the missing secret (IncompleteFlow) and sends the accounts service nothing', async () => {
    for (const flow of [credentialsFlow(), codeFlow('extended', { secret: false })]) {
      flow.applicationSecret = undefined;
      const error = await unopened(flow)
        .getAuthTokenWithClientCredentials()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IncompleteFlow);
      expect(error).toMatchObject({
        code: 'USAGE_ERROR',
        missing: ['applicationSecret (SPOTIFY_CLIENT_SECRET)'],
      });
    }
    const log = (await emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
    expect(log.byRoute['POST /api/token']).toBeUndefined();
  });

  it('needs no redirect URL for an app token from an authorization code flow', async () => {
    const flow = codeFlow();
    flow.redirectUrl = undefined;
    const token = await unopened(flow).getAuthTokenWithClientCredentials();
    expect(token.accessToken).toBeTruthy();
    expect(token.refreshToken).toBeUndefined();
  });
});

describe('code with cookie', () => {
  const aliceCookie = () =>
    new SpotifyCookie({ spT: 'sp-t-alice-0001', spDc: 'sp-dc-alice-0001', spKey: 'sp-key-alice-0001' });

  it('gets a code without a browser once the user has consented', async () => {
    await emu.control('POST', '/consents', {
      userId: 'alice',
      clientId: EXTENDED_APP.clientId,
      scopes: USER_SCOPES,
    });
    const client = unopened(codeFlow(), { holdAuthentication: true });
    const code = await client.getCodeWithCookie(aliceCookie());
    await client.getAuthTokenWithCode(code);
    await client.createNewClient();
    expect((await client.request<Me>(endpoints.getCurrentUsersProfile)).id).toBe('alice');
  });

  it('says consent is missing when the accounts service shows the consent page', async () => {
    const client = unopened(codeFlow());
    const cookie = new SpotifyCookie({
      spT: 'sp-t-carol-0003',
      spDc: 'sp-dc-carol-0003',
      spKey: 'sp-key-carol-0003',
    });
    const error = await client.getCodeWithCookie(cookie).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyError);
    expect(error).toMatchObject({ code: 'CONSENT_REQUIRED' });
  });

  it('gets a PKCE code with the cookie and exchanges it without a secret', async () => {
    await emu.control('POST', '/consents', {
      userId: 'alice',
      clientId: EXTENDED_APP.clientId,
      scopes: USER_SCOPES,
    });
    const client = unopened(codeFlow('extended', { secret: false }));
    const pkce = createPkcePair();
    const code = await client.getCodeWithCookie(aliceCookie(), { codeChallenge: pkce.codeChallenge });
    const token = await client.getAuthTokenWithCode(code, { codeVerifier: pkce.codeVerifier });
    await client.createNewClient();
    expect((await client.request<Me>(endpoints.getCurrentUsersProfile, { authToken: token })).id).toBe(
      'alice',
    );
  });

  it("keeps the cookie's values out of a refusal that echoes them", async () => {
    await emu.control('POST', '/faults', {
      route: 'GET /authorize',
      times: 1,
      status: 403,
      contentType: 'text/plain',
      text: 'cookie sp-dc-alice-0001 and SP-KEY-ALICE-0001 refused',
    });
    const client = unopened(codeFlow());
    const error = await client.getCodeWithCookie(aliceCookie()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountsServiceError);
    // Old code: the values were shown (too short to be token-shaped, and not named `sp_dc=`).
    expect((error as AccountsServiceError).message).toContain('cookie [redacted] and [redacted] refused');
  });

  it('does not follow the redirect to the app', async () => {
    await emu.control('POST', '/consents', {
      userId: 'alice',
      clientId: EXTENDED_APP.clientId,
      scopes: USER_SCOPES,
    });
    const client = unopened(codeFlow());
    // The redirect URI has no server behind it: following it would fail.
    await expect(client.getCodeWithCookie(aliceCookie(), { state: 'abc' })).resolves.toMatch(/\S+/);
  });
});
