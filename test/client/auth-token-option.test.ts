/**
 * `authToken` must be a SpotifyAuthorisationToken: a bare access-token string (what plain JavaScript, or a
 * token read from JSON, passes) is a SpotifyError USAGE_ERROR naming the option and the way to wrap it,
 * before any request, on a call, on paging, in the constructor and when assigned as the held token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpotifyApiClient } from '../../src/spotify/client.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import type { Page } from '../../src/spotify/index.js';
import { SpotifyAuthorisationToken, SpotifyError } from '../../src/spotify/index.js';
import { clientFor, codeFlow, countOf, userToken, useTestEmulator } from './client-harness.js';

const emu = useTestEmulator();
let client: SpotifyApiClient;
let token: SpotifyAuthorisationToken;

beforeAll(async () => {
  client = clientFor(emu, codeFlow());
  await client.createNewClient();
  token = await userToken(emu);
});
afterAll(() => client.closeClient());

const USAGE = {
  code: 'USAGE_ERROR',
  message: expect.stringContaining('authToken must be a SpotifyAuthorisationToken, not a string'),
};

describe('the authToken option', () => {
  it('refuses a bare access-token string with a typed error, before any request', async () => {
    await emu.control('DELETE', '/requests');
    const call = client.request(endpoints.getAnAlbum, {
      id: 'XT94gAfz9YdXBYy8T2N7Dj',
      authToken: token.accessToken as never,
    });
    await expect(call).rejects.toBeInstanceOf(SpotifyError);
    await expect(call).rejects.toMatchObject(USAGE);
    expect(await countOf(emu, 'GET /v1/albums/{id}')).toBe(0);
  });

  it('refuses a string on paging calls too', async () => {
    const page = (await client.request(endpoints.getUsersSavedTracks, {
      limit: 1,
      authToken: token,
    })) as Page<unknown>;
    await expect(client.next(page, { authToken: token.accessToken as never })).rejects.toMatchObject(USAGE);
  });

  it('refuses a string given to the constructor, at construction', () => {
    const build = () =>
      new SpotifyApiClient(codeFlow(), { holdAuthentication: true, authToken: token.accessToken as never });
    expect(build).toThrow(SpotifyError);
    expect(build).toThrow(expect.objectContaining(USAGE));
  });

  it('refuses a string assigned as the held token', () => {
    expect(() => {
      client.authToken = token.accessToken as never;
    }).toThrow(expect.objectContaining(USAGE));
    expect(client.authToken).toBeUndefined();
  });

  it('accepts the access token wrapped as the message says', async () => {
    const wrapped = new SpotifyAuthorisationToken({ accessToken: token.accessToken });
    const album = (await client.request(endpoints.getAnAlbum, {
      id: 'XT94gAfz9YdXBYy8T2N7Dj',
      authToken: wrapped,
    })) as { id: string };
    expect(album.id).toBe('XT94gAfz9YdXBYy8T2N7Dj');
  });
});
