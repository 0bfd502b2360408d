/**
 * The client's reads that owe an object, answered 2xx with a body that is not JSON, empty, JSON
 * `null`, a JSON list or a JSON string: each is a typed BAD_RESPONSE SpotifyAPIError, never the text
 * or an empty value passed to the caller; the player's state and currently playing item read an empty
 * body as no playback (null, as Spotify's 204). A table over the endpoint groups' reads (s37, issue 7 item 4);
 * a guard: it also passes on the code before s37.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEndpointGroups, type EndpointGroups, SCOPES } from '../../src/spotify/endpoints/index.js';
import { SpotifyAPIError, type SpotifyApiClient } from '../../src/spotify/index.js';
import {
  addFault,
  clearFaultsAndLog,
  clientFor,
  codeFlow,
  userToken,
  useTestEmulator,
} from './client-harness.js';

const emu = useTestEmulator();
let client: SpotifyApiClient;
let api: EndpointGroups;

beforeAll(async () => {
  const token = await userToken(emu, { app: 'extended', user: 'alice', scopes: [...SCOPES] });
  client = clientFor(emu, codeFlow('extended'), {
    appMode: 'extended',
    holdAuthentication: true,
    authToken: token,
  });
  await client.createNewClient();
  api = createEndpointGroups(client);
});
afterAll(async () => {
  await client.closeClient();
});
beforeEach(async () => {
  await clearFaultsAndLog(emu);
});

const first = <T>(keys: Iterable<T>): T => [...keys][0]!;

/** Reads that owe an object, by name. */
const READS: [name: string, read: () => Promise<unknown>][] = [
  ['albums.getOne', () => api.albums.getOne(first(emu.state.catalog.albums.keys()))],
  ['albums.getSeveral', () => api.albums.getSeveral([first(emu.state.catalog.albums.keys())])],
  ['albums.getTracks', () => api.albums.getTracks(first(emu.state.catalog.albums.keys()), { limit: 5 })],
  ['artists.getOne', () => api.artists.getOne(first(emu.state.catalog.artists.keys()))],
  [
    'artists.getTopTracks',
    () => api.artists.getTopTracks(first(emu.state.catalog.artists.keys()), { market: 'SE' }),
  ],
  ['tracks.getOne', () => api.tracks.getOne(first(emu.state.catalog.tracks.keys()))],
  ['tracks.getSeveral', () => api.tracks.getSeveral([first(emu.state.catalog.tracks.keys())])],
  ['shows.getOne', () => api.shows.getOne(first(emu.state.catalog.shows.keys()))],
  ['shows.getEpisodes', () => api.shows.getEpisodes(first(emu.state.catalog.shows.keys()))],
  ['episodes.getOne', () => api.episodes.getOne(first(emu.state.catalog.episodes.keys()))],
  ['search.query', () => api.search.query('a', ['track'], { limit: 10 })],
  ['users.me', () => api.users.me()],
  ['users.profile', () => api.users.profile('bob')],
  ['playlists.listMine', () => api.playlists.listMine()],
  ['library.getSavedTracks', () => api.library.getSavedTracks()],
  ['library.getSavedAlbums', () => api.library.getSavedAlbums()],
  ['follow.followedArtists', () => api.follow.followedArtists({ limit: 10 })],
  ['player.devices', () => api.player.devices()],
];

/** Player reads for which an empty body is no playback. */
const PLAYER: [name: string, read: () => Promise<unknown>][] = [
  ['player.state', () => api.player.state()],
  ['player.currentlyPlaying', () => api.player.currentlyPlaying()],
];

const BODIES: [body: string, text: string, contentType: string][] = [
  ['not JSON, labelled JSON', '<html>Service is up</html>', 'application/json'],
  ['plain text', 'Service is up', 'text/plain'],
  ['empty', '', 'application/json'],
  ['JSON null', 'null', 'application/json'],
  ['a JSON list', '["Service is up"]', 'application/json'],
  ['a JSON string', '"Service is up"', 'application/json'],
];

const CASES = [...READS, ...PLAYER].flatMap(([name, read]) =>
  BODIES.map(([body, text, contentType]) => ({ name, read, body, text, contentType })),
);

describe('a 2xx body that is no object, on every read that owes one', () => {
  it.each(CASES)('$name answered $body', async ({ name, read, text, contentType }) => {
    // No route: the one read of the case is the only request the rule can meet.
    await addFault(emu, { text, contentType });
    const outcome = await read().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    if (text === '' && PLAYER.some(([each]) => each === name)) {
      expect(outcome).toEqual({ value: null });
      return;
    }
    expect('error' in outcome && outcome.error).toBeInstanceOf(SpotifyAPIError);
    expect((outcome as { error: SpotifyAPIError }).error).toMatchObject({
      code: 'BAD_RESPONSE',
      status: 200,
    });
    expect(String((outcome as { error: SpotifyAPIError }).error.message)).not.toContain('Service is up');
  });
});
