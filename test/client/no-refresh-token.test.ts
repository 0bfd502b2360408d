import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import {
  ReauthenticationRequired,
  SpotifyAuthorisationToken,
  SpotifyError,
  TokenRenewClass,
} from '../../src/spotify/index.js';
import {
  addFault,
  approveInBrowser,
  clearFaultsAndLog,
  codeFlow,
  countOf,
  credentialsFlow,
  openedClient,
  useClientTests,
} from './client-harness.js';

// v18-attack7 LOW-1: a user token without a refresh token cannot be renewed; refreshing it was a plain
// SpotifyError (a usage error), which a server answered as BAD_USER_INPUT. It is the typed
// "sign in again" error now, with nothing sent; an app token of the client stays a usage error.

const { emu, clients, signedIn } = useClientTests();

/** A real sign-in whose code exchange answer lacks `refresh_token` (the emulator's fault). */
async function tokenWithoutRefresh(): Promise<SpotifyAuthorisationToken> {
  const client = await openedClient(emu, clients, codeFlow());
  const { code } = await approveInBrowser(emu, client.buildAuthorizationUrl());
  await addFault(emu, { route: 'POST /api/token', unset: ['/refresh_token'], times: 1 });
  const token = await client.getAuthTokenWithCode(code ?? '');
  await clearFaultsAndLog(emu);
  expect(token.refreshToken).toBeUndefined();
  return token;
}

describe('refreshing a token without a refresh token', () => {
  it('is ReauthenticationRequired (status 0), and nothing is sent', async () => {
    const token = await tokenWithoutRefresh();
    const client = await openedClient(emu, clients, codeFlow());
    const error = await client.refreshToken(token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequired);
    expect(error).toMatchObject({
      code: 'REAUTHENTICATION_REQUIRED',
      status: 0,
      detail: 'the token has no refresh token',
    });
    expect(await countOf(emu, 'POST /api/token')).toBe(0);
  });

  it('reaches a call whose renewal hook meets the expired token as ReauthenticationRequired', async () => {
    const fresh = await tokenWithoutRefresh();
    const expired = new SpotifyAuthorisationToken({
      ...fresh.toStored(),
      activationTime: Date.now() - 2 * 3600 * 1000,
    });
    expect(expired.isExpired()).toBe(true);
    const client = await signedIn({ token: expired, tokenRenew: new TokenRenewClass() });
    const error = await client.request(endpoints.getCurrentUsersProfile).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequired);
    expect(await countOf(emu, 'POST /api/token')).toBe(0);
    expect(await countOf(emu, 'GET /v1/me')).toBe(0);
  });

  it("is a SpotifyError for the client's own app token (get a new one instead)", async () => {
    const client = await openedClient(emu, clients, credentialsFlow());
    const token = await client.getAuthTokenWithClientCredentials();
    const error = await client.refreshToken(token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyError);
    expect(error).not.toBeInstanceOf(ReauthenticationRequired);
  });
});
