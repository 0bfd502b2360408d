import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import {
  type SpotifyApiClient,
  SpotifyAuthorisationToken,
  TokenExpired,
  TokenRenewClass,
} from '../../src/spotify/index.js';
import {
  codeFlow,
  countOf,
  credentialsFlow,
  openedClient,
  useClientTests,
  userToken,
} from './client-harness.js';

const { emu, clients, signedIn, unopened } = useClientTests();

interface Me {
  id: string;
}

const me = (client: SpotifyApiClient, authToken?: SpotifyAuthorisationToken) =>
  client.request<Me>(endpoints.getCurrentUsersProfile, authToken ? { authToken } : {});

describe('token renewal', () => {
  it('renews a token that expires mid-sequence and the held token follows', async () => {
    const token = await userToken(emu);
    const client = await signedIn({ token, tokenRenew: new TokenRenewClass() });
    expect((await me(client)).id).toBe('alice');
    const renewalsBefore = await countOf(emu, 'POST /api/token');
    await emu.control('POST', '/tokens/expire', { token: token.accessToken });
    expect((await me(client)).id).toBe('alice');
    expect(await countOf(emu, 'POST /api/token')).toBe(renewalsBefore + 1);
    expect(client.authToken?.accessToken).not.toBe(token.accessToken);
    expect(client.authToken?.refreshToken).toBe(token.refreshToken);
  });

  it('shares one renewal between concurrent calls', async () => {
    const token = await userToken(emu);
    const client = await signedIn({ token, tokenRenew: new TokenRenewClass() });
    await emu.control('POST', '/tokens/expire', { token: token.accessToken });
    const renewalsBefore = await countOf(emu, 'POST /api/token');
    const answers = await Promise.all(Array.from({ length: 8 }, () => me(client)));
    expect(answers.map((answer) => answer.id)).toEqual(Array(8).fill('alice'));
    expect(await countOf(emu, 'POST /api/token')).toBe(renewalsBefore + 1);
  });

  it('renews a token known to be expired before calling Spotify with it', async () => {
    const issued = Date.now() - 2 * 3600 * 1000;
    const token = await userToken(emu, { activationTime: issued });
    const client = await signedIn({ token, tokenRenew: new TokenRenewClass() });
    await emu.control('DELETE', '/requests');
    expect((await me(client)).id).toBe('alice');
    const log = (await emu.control('GET', '/requests')).json as {
      entries: { route: string; status: number }[];
    };
    expect(log.entries.map((entry) => `${entry.route} ${entry.status}`)).toEqual([
      '/api/token 200',
      '/v1/me 200',
    ]);
  });

  it('renews shortly before expiry', async () => {
    // Expires in 30 s: inside the default 60 s margin.
    const token = await userToken(emu, { activationTime: Date.now() - 3570 * 1000 });
    const client = await signedIn({ token, tokenRenew: new TokenRenewClass() });
    const renewalsBefore = await countOf(emu, 'POST /api/token');
    await me(client);
    expect(await countOf(emu, 'POST /api/token')).toBe(renewalsBefore + 1);
    expect(client.authToken?.expiresSoon(60)).toBe(false);
  });

  it('gives TokenExpired on an expired token without a hook', async () => {
    const token = await userToken(emu);
    const client = await signedIn({ token });
    await emu.control('POST', '/tokens/expire', { token: token.accessToken });
    await expect(me(client)).rejects.toBeInstanceOf(TokenExpired);
  });

  it('gives TokenExpired for a locally expired token without calling Spotify', async () => {
    const token = await userToken(emu, { activationTime: Date.now() - 2 * 3600 * 1000 });
    const client = await openedClient(emu, clients, codeFlow());
    const callsBefore = await countOf(emu, 'GET /v1/me');
    await expect(me(client, token)).rejects.toBeInstanceOf(TokenExpired);
    expect(await countOf(emu, 'GET /v1/me')).toBe(callsBefore);
  });

  it('takes a plain function as hook and uses its token for the call', async () => {
    const expired = new SpotifyAuthorisationToken({ accessToken: 'stale', activationTime: 0 });
    const fresh = await userToken(emu, { user: 'bob' });
    let calls = 0;
    const client = await openedClient(emu, clients, codeFlow(), {
      tokenRenew: async () => {
        calls += 1;
        return fresh;
      },
    });
    expect((await me(client, expired)).id).toBe('bob');
    expect(calls).toBe(1);
  });

  it('renews a client credentials token with a new one', async () => {
    const client = unopened(credentialsFlow(), {
      holdAuthentication: true,
      tokenRenew: new TokenRenewClass(),
    });
    const first = await client.getAuthTokenWithClientCredentials();
    const renewed = await new TokenRenewClass().call(client, first);
    expect(renewed.accessToken).not.toBe(first.accessToken);
    expect(client.authToken).toBe(renewed);
  });
});
