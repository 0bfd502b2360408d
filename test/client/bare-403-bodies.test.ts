/**
 * A 403 whose body is only a status phrase (`Forbidden`, `403 Forbidden`, `Error 403: Forbidden`, a
 * gateway's `<title>403 Forbidden</title>` page), under any content type, is a bare refusal exactly
 * as an empty body is: the same message, no reason, the GraphQL note that a retry may help, and in
 * auto mode the same hint of Development Mode. A body with a real message keeps it and is no bare
 * refusal. The emulator's fault rules send each body.
 */
import { describe, expect, it } from 'vitest';
import { BARE_NOTE, toGraphQLError } from '../../src/resolvers/errors.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { SpotifyAPIError } from '../../src/spotify/index.js';
import { PAST_BARE_SPACING_MS, useMovedClock } from '../helpers/clock.js';
import { addFault, useClientTests } from './client-harness.js';

const clock = useMovedClock();
const { emu, signedIn } = useClientTests();

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

const NGINX_PAGE =
  '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/** Bodies that say only the status, with the content type each is sent with. */
const PHRASE_BODIES: [string, string][] = [
  ['Forbidden', 'text/plain'],
  ['403 Forbidden', 'text/plain'],
  ['  403   Forbidden\n', 'text/plain'],
  ['Error 403: Forbidden', 'text/plain'],
  ['HTTP/1.1 403 Forbidden', 'text/plain'],
  ['<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>', 'text/html'],
  [NGINX_PAGE, 'text/html'],
  ['403 Forbidden', 'application/json'],
  ['Forbidden', 'application/json'],
  ['"403 Forbidden"', 'application/json'],
  ['{"message":"Forbidden"}', 'application/json'],
];

/** Bodies that give a reason, and the words the client keeps from each. */
const REASON_BODIES: [string, string, string][] = [
  [
    JSON.stringify({ error: { status: 403, message: 'Insufficient client scope' } }),
    'application/json',
    'Insufficient client scope',
  ],
  [
    '403 Forbidden: this user may not use this app',
    'text/plain',
    '403 Forbidden: this user may not use this app',
  ],
  ['Forbidden by the region policy', 'text/html', 'Forbidden by the region policy'],
];

const userClient = (appMode: 'extended' | 'auto' = 'extended') => signedIn({ appMode });

async function refusedProfile(text: string, contentType: string): Promise<SpotifyAPIError> {
  const client = await userClient();
  await addFault(emu, { route: 'GET /v1/me', status: 403, text, contentType });
  const error = await failure(client.request(endpoints.getCurrentUsersProfile));
  expect(error).toBeInstanceOf(SpotifyAPIError);
  return error as SpotifyAPIError;
}

describe('a 403 whose body is only a status phrase', () => {
  it('an empty body: the reference, "Spotify answered 403" with no reason', async () => {
    const error = await refusedProfile('', 'text/plain');
    expect(error).toMatchObject({ code: 'SPOTIFY_API_ERROR', status: 403, message: 'Spotify answered 403' });
    expect(error.reason).toBeUndefined();
    expect(toGraphQLError(error)?.message).toBe(
      `Spotify refused the request: Spotify answered 403 ${BARE_NOTE}`,
    );
  });

  it.each(PHRASE_BODIES)('%j (%s) gives the same error as an empty body', async (text, contentType) => {
    const error = await refusedProfile(text, contentType);
    expect(error).toMatchObject({ code: 'SPOTIFY_API_ERROR', status: 403, message: 'Spotify answered 403' });
    expect(error.reason).toBeUndefined();
    const graphql = toGraphQLError(error);
    expect(graphql?.message).toBe(`Spotify refused the request: Spotify answered 403 ${BARE_NOTE}`);
    expect(graphql?.extensions).toMatchObject({ code: 'FORBIDDEN', spotify: { status: 403 } });
  });

  it.each(REASON_BODIES)(
    '%j (%s) keeps its reason and is no bare refusal',
    async (text, contentType, said) => {
      const error = await refusedProfile(text, contentType);
      expect(error).toMatchObject({ code: 'SPOTIFY_API_ERROR', status: 403 });
      expect(error.message.startsWith(said)).toBe(true);
      expect(toGraphQLError(error)?.message).not.toContain(BARE_NOTE);
    },
  );
});

describe('auto mode: a status-phrase 403 is the hint an empty one is', () => {
  const ids = () => [...emu.state.catalog.albums.keys()].slice(0, 2);

  /** Two batches refused with `text`, the second sent past the spacing of bare 403s: the mode learned. */
  async function modeAfterTwoRefusals(text: string, contentType: string) {
    const client = await userClient('auto');
    await addFault(emu, { route: 'GET /v1/albums', status: 403, text, contentType, times: 2 });
    // The refused batch answers by single calls either way.
    expect((await client.albums.getSeveral(ids())).map((album) => album?.id)).toEqual(ids());
    clock.advance(PAST_BARE_SPACING_MS);
    expect((await client.albums.getSeveral(ids())).map((album) => album?.id)).toEqual(ids());
    return client.modeFor(endpoints.getMultipleAlbums);
  }

  it.each([['', 'text/plain'] as [string, string], ...PHRASE_BODIES])(
    '%j (%s) twice, spaced: Development Mode is learned',
    async (text, contentType) => {
      expect(await modeAfterTwoRefusals(text, contentType)).toBe('development');
    },
  );

  it.each(REASON_BODIES)(
    '%j (%s) twice, spaced: Development Mode is not learned',
    async (text, contentType) => {
      expect(await modeAfterTwoRefusals(text, contentType)).not.toBe('development');
    },
  );
});
