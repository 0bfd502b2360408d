/**
 * `authToken` must be a SpotifyAuthorisationToken: a bare access-token string (what plain JavaScript, or a
 * token read from JSON, passes) is a SpotifyError USAGE_ERROR naming the option and the way to wrap it,
 * before any request, on a call, on paging, in the constructor and when assigned as the held token.
 */
import { describe, expect, it } from 'vitest';
import { SpotifyApiClient } from '../../src/spotify/client.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import type { Page } from '../../src/spotify/index.js';
import { SpotifyAuthorisationToken, SpotifyError } from '../../src/spotify/index.js';
import { codeFlow, countOf, openedClient, useClientTests, userToken } from './client-harness.js';

const { emu, clients } = useClientTests();

/** An opened client that holds no token, and alice's token to pass it per call. */
async function clientAndToken(): Promise<{ client: SpotifyApiClient; token: SpotifyAuthorisationToken }> {
  return { client: await openedClient(emu, clients, codeFlow()), token: await userToken(emu) };
}

const USAGE = {
  code: 'USAGE_ERROR',
  message: expect.stringContaining('authToken must be a SpotifyAuthorisationToken, not a string'),
};

describe('the authToken option', () => {
  it('refuses a bare access-token string with a typed error, before any request', async () => {
    const { client, token } = await clientAndToken();
    const call = client.request(endpoints.getAnAlbum, {
      id: 'XT94gAfz9YdXBYy8T2N7Dj',
      authToken: token.accessToken as never,
    });
    await expect(call).rejects.toBeInstanceOf(SpotifyError);
    await expect(call).rejects.toMatchObject(USAGE);
    expect(await countOf(emu, 'GET /v1/albums/{id}')).toBe(0);
  });

  it('refuses a string on paging calls too', async () => {
    const { client, token } = await clientAndToken();
    const page = (await client.request(endpoints.getUsersSavedTracks, {
      limit: 1,
      authToken: token,
    })) as Page<unknown>;
    await expect(client.next(page, { authToken: token.accessToken as never })).rejects.toMatchObject(USAGE);
  });

  it('refuses a string given to the constructor, at construction', async () => {
    const token = await userToken(emu);
    const build = () =>
      new SpotifyApiClient(codeFlow(), { holdAuthentication: true, authToken: token.accessToken as never });
    expect(build).toThrow(SpotifyError);
    expect(build).toThrow(expect.objectContaining(USAGE));
  });

  it('refuses a string assigned as the held token', async () => {
    const { client, token } = await clientAndToken();
    expect(() => {
      client.authToken = token.accessToken as never;
    }).toThrow(expect.objectContaining(USAGE));
    expect(client.authToken).toBeUndefined();
  });

  it('accepts the access token wrapped as the message says', async () => {
    const { client, token } = await clientAndToken();
    const wrapped = new SpotifyAuthorisationToken({ accessToken: token.accessToken });
    const album = (await client.request(endpoints.getAnAlbum, {
      id: 'XT94gAfz9YdXBYy8T2N7Dj',
      authToken: wrapped,
    })) as { id: string };
    expect(album.id).toBe('XT94gAfz9YdXBYy8T2N7Dj');
  });
});
