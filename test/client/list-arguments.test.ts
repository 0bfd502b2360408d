/**
 * A list argument that is no array (s38 new user, MEDIUM: `client.library.save({ uris: [...] })`,
 * `client.library.save('spotify:track:x')`, `client.albums.getSeveral('abc')`) threw a raw
 * `TypeError: items.forEach is not a function`. TypeScript's .d.ts keeps TypeScript callers from it;
 * JavaScript callers now get SpotifyError USAGE_ERROR naming the option, before any call, from every
 * method that takes a list (one check: params.ts checkList, where every such method starts). An
 * option that holds a list (`play({ uris })`, a recommendation's seeds) already met its check.
 */
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/spotify/endpoints/index.js';
import { SpotifyError } from '../../src/spotify/index.js';
import { useClientTests } from './client-harness.js';

const { signedIn, refusalOf } = useClientTests();

type Api = Awaited<ReturnType<typeof signedIn>>;
/** A method given `list` where its list goes (typed as a JavaScript caller would not be). */
type Call = (api: Api, list: never) => Promise<unknown>;

const PLAYLIST = '3cEYpjA9oz9GiPac4AsH4n';

/** Every client method with a list argument, and the option its list is. */
const METHODS: [string, 'ids' | 'uris' | 'items', Call][] = [
  ['albums.getSeveral', 'ids', (api, list) => api.albums.getSeveral(list)],
  ['artists.getSeveral', 'ids', (api, list) => api.artists.getSeveral(list)],
  ['tracks.getSeveral', 'ids', (api, list) => api.tracks.getSeveral(list)],
  ['shows.getSeveral', 'ids', (api, list) => api.shows.getSeveral(list)],
  ['episodes.getSeveral', 'ids', (api, list) => api.episodes.getSeveral(list)],
  ['audiobooks.getSeveral', 'ids', (api, list) => api.audiobooks.getSeveral(list)],
  ['chapters.getSeveral', 'ids', (api, list) => api.chapters.getSeveral(list)],
  ['audio.getSeveralFeatures', 'ids', (api, list) => api.audio.getSeveralFeatures(list)],
  ['library.save', 'uris', (api, list) => api.library.save(list)],
  ['library.remove', 'uris', (api, list) => api.library.remove(list)],
  ['library.contains', 'uris', (api, list) => api.library.contains(list)],
  ...(['Tracks', 'Albums', 'Shows', 'Episodes', 'Audiobooks'] as const).flatMap((kind) =>
    (['save', 'remove', 'contains'] as const).map((verb): [string, 'ids', Call] => [
      `library.${verb}${kind}`,
      'ids',
      (api, list) => api.library[`${verb}${kind}`](list),
    ]),
  ),
  ['follow.followArtists', 'ids', (api, list) => api.follow.followArtists(list)],
  ['follow.unfollowArtists', 'ids', (api, list) => api.follow.unfollowArtists(list)],
  ['follow.followUsers', 'ids', (api, list) => api.follow.followUsers(list)],
  ['follow.unfollowUsers', 'ids', (api, list) => api.follow.unfollowUsers(list)],
  ['follow.isFollowingArtists', 'ids', (api, list) => api.follow.isFollowingArtists(list)],
  ['follow.isFollowingUsers', 'ids', (api, list) => api.follow.isFollowingUsers(list)],
  ['playlists.addItems', 'uris', (api, list) => api.playlists.addItems(PLAYLIST, list)],
  ['playlists.removeItems', 'items', (api, list) => api.playlists.removeItems(PLAYLIST, list)],
  ['playlists.replaceItems', 'uris', (api, list) => api.playlists.replaceItems(PLAYLIST, list)],
  ['playlists.addTracks', 'uris', (api, list) => api.playlists.addTracks(PLAYLIST, list)],
  ['playlists.removeTracks', 'tracks', (api, list) => api.playlists.removeTracks(PLAYLIST, list)],
  ['playlists.replaceTracks', 'uris', (api, list) => api.playlists.replaceTracks(PLAYLIST, list)],
] as [string, 'ids' | 'uris' | 'items', Call][];

/** What a JavaScript caller may put where a list goes, and how the refusal names it. */
const NOT_LISTS: [string, unknown, string][] = [
  ['a string', 'spotify:track:4uLU6hMCjMI75M1A2tKUQC', 'a string'],
  ['the options object', { uris: ['spotify:track:4uLU6hMCjMI75M1A2tKUQC'] }, 'an object'],
  ['a Set', new Set(['4uLU6hMCjMI75M1A2tKUQC']), 'a Set'],
  ['undefined', undefined, 'undefined'],
];

describe('a list argument that is no array is a USAGE_ERROR naming the option', () => {
  describe.each(NOT_LISTS)('%s', (_, value, said) => {
    it.each(METHODS)('%s: USAGE_ERROR on option %s, no Web API call', async (_name, option, call) => {
      const api = await signedIn({ scopes: [...SCOPES], appMode: 'extended' });
      const { error, calls } = await refusalOf(() => call(api, value as never));
      expect(error).toBeInstanceOf(SpotifyError);
      expect((error as SpotifyError).code).toBe('USAGE_ERROR');
      expect((error as Error).message).toMatch(
        new RegExp(`^[a-z-]+: option ${option}\\b.* must be a list \\(an array\\) of strings, not ${said}$`),
      );
      expect(Object.keys(calls).filter((route) => route.includes(' /v1/'))).toEqual([]);
    });
  });
});
