/**
 * A missing-scope 403 names its scopes in the client error's own message and JSON (v18 new user, L3):
 * the ones the token lacks when the client knows its scopes (a token of its own sign-in flows), else
 * what the call needs, as a possible cause; never the token.
 */
import { describe, expect, it } from 'vitest';
import { toGraphQLError } from '../../src/resolvers/errors.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { SpotifyAPIError, SpotifyAuthorisationToken } from '../../src/spotify/index.js';
import { addFault, approveInBrowser, codeFlow, useClientTests, userToken } from './client-harness.js';

const { emu, unopened, signedIn, refusalOf } = useClientTests();

/** What `promise` rejected with (undefined when it resolved). */
const failure = async (promise: Promise<unknown>) => (await refusalOf(() => promise)).error;

/** A client holding `token` (of the Extended app). */
const holding = (token: SpotifyAuthorisationToken) => signedIn({ token, appMode: 'extended' });

describe('the message of a missing-scope 403', () => {
  it('names the scope a token of the sign-in flow lacks, in the message and the JSON, never the token', async () => {
    const client = unopened(codeFlow(), { holdAuthentication: true, appMode: 'extended' });
    const { code } = await approveInBrowser(emu, client.buildAuthorizationUrl());
    const token = await client.getAuthTokenWithCode(code ?? '');
    await client.createNewClient();
    const error = await failure(client.library.getSavedEpisodes({ limit: 1 }));
    expect(error).toBeInstanceOf(SpotifyAPIError);
    const message =
      'Insufficient client scope (the token lacks the scope user-read-playback-position, which get-users-saved-episodes needs)';
    expect(error).toMatchObject({ status: 403, message, missingScopes: [['user-read-playback-position']] });
    const json = JSON.stringify(error);
    expect(JSON.parse(json)).toEqual({ error: { status: 403, message } });
    expect(json).not.toContain(token.accessToken);
    expect(String((error as Error).stack).split('\n')[0]).toBe(`SpotifyAPIError: ${message}`);
  });

  it('names every scope the token lacks, joined with "and"', async () => {
    const client = await holding(await userToken(emu, { scopes: ['user-read-private'] }));
    const error = await failure(client.request(endpoints.getUsersSavedEpisodes));
    expect(error).toMatchObject({
      message:
        'Insufficient client scope (the token lacks the scopes user-read-playback-position and user-library-read, which get-users-saved-episodes needs)',
    });
  });

  it('says what the call needs, as a possible cause, for a token whose scopes the client does not know', async () => {
    const known = await userToken(emu, { scopes: ['user-read-private'] });
    const client = await holding(await userToken(emu));
    const bare = new SpotifyAuthorisationToken({ accessToken: known.accessToken });
    const error = await failure(client.library.getSavedTracks({ limit: 1, authToken: bare }));
    expect(error).toMatchObject({
      status: 403,
      message:
        'Insufficient client scope (get-users-saved-tracks needs the scope user-library-read: the token may lack it)',
      missingScopes: undefined,
    });
    expect(JSON.stringify(error)).not.toContain(known.accessToken);
  });

  it("keeps Spotify's words alone when the token holds every scope the call needs", async () => {
    const client = await holding(await userToken(emu, { scopes: ['user-read-private', 'user-read-email'] }));
    await addFault(emu, {
      route: 'GET /v1/me',
      status: 403,
      text: '{"error":{"status":403,"message":"Insufficient client scope"}}',
      contentType: 'application/json',
      times: 1,
    });
    const error = await failure(client.request(endpoints.getCurrentUsersProfile));
    expect(error).toMatchObject({ status: 403, message: 'Insufficient client scope', missingScopes: [] });
  });

  it("leaves the server's message its own for a plain-text refusal (no second note on the scopes)", async () => {
    const known = await userToken(emu, { scopes: ['user-read-private'] });
    const client = await holding(await userToken(emu));
    await addFault(emu, {
      route: 'GET /v1/me/tracks',
      status: 403,
      text: 'Insufficient client scope',
      contentType: 'text/plain',
      times: 1,
    });
    const bare = new SpotifyAuthorisationToken({ accessToken: known.accessToken });
    const error = await failure(client.library.getSavedTracks({ limit: 1, authToken: bare }));
    expect(error).toMatchObject({ message: expect.stringContaining('the token may lack it') });
    const graphQLError = toGraphQLError(error);
    expect(graphQLError?.message).toBe(
      'Spotify refused the request: Insufficient client scope (this needs the scope user-library-read)',
    );
    expect(graphQLError?.extensions.spotify).toMatchObject({ message: 'Insufficient client scope' });
  });
});
