import { describe, expect, it } from 'vitest';
import {
  createEndpointGroups,
  type EndpointGroups,
  endpointList,
  SCOPES,
} from '../../src/spotify/endpoints/index.js';
import { useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const first = <T>(items: Iterable<T>): T => {
  for (const item of items) return item;
  throw new Error('the emulator catalog is empty');
};

/** The endpoint groups of a client signed in as alice with every scope, of the Extended Quota app. */
const allScopesApi = async (): Promise<EndpointGroups> =>
  createEndpointGroups(await signedIn({ scopes: [...SCOPES], appMode: 'extended' }));

describe('the endpoint groups', () => {
  it('reach every one of the 97 operations, each on its method and path', async () => {
    const api = await allScopesApi();
    const { catalog } = emu.state;
    const albumId = first(catalog.albums.keys());
    const artistId = first(catalog.artists.keys());
    const trackId = first(catalog.tracks.keys());
    const trackUri = `spotify:track:${trackId}`;
    const showId = first(catalog.shows.keys());
    const episodeId = first(catalog.episodes.keys());
    const audiobookId = first(catalog.audiobooks.keys());
    const chapterId = first(catalog.chapters.keys());
    const categoryId = first(catalog.categories.keys());
    await emu.control('DELETE', '/requests');

    const playlist = await api.playlists.create({ name: 'Route check' });
    const devices = await api.player.devices();
    const deviceId = devices[0]?.id ?? undefined;
    const device = deviceId === undefined ? {} : { deviceId };
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xd9]).toString('base64');

    // Each call is made once; failures the emulator answers (e.g. no active device) still reach it.
    const calls: (() => Promise<unknown>)[] = [
      () => api.albums.getOne(albumId),
      () => api.albums.getSeveral([albumId]),
      () => api.albums.getTracks(albumId, { limit: 5 }),
      () => api.artists.getOne(artistId),
      () => api.artists.getSeveral([artistId]),
      () => api.artists.getAlbums(artistId, { includeGroups: ['album', 'single'], limit: 10 }),
      () => api.artists.getTopTracks(artistId, { market: 'SE' }),
      () => api.artists.getRelatedArtists(artistId),
      () => api.shows.getOne(showId),
      () => api.shows.getSeveral([showId]),
      () => api.shows.getEpisodes(showId),
      () => api.episodes.getOne(episodeId),
      () => api.episodes.getSeveral([episodeId]),
      () => api.audiobooks.getOne(audiobookId),
      () => api.audiobooks.getSeveral([audiobookId]),
      () => api.audiobooks.getChapters(audiobookId),
      () => api.chapters.getOne(chapterId),
      () => api.chapters.getSeveral([chapterId]),
      () => api.tracks.getOne(trackId),
      () => api.tracks.getSeveral([trackId]),
      () => api.search.query('a', ['track', 'album'], { limit: 10 }),
      () => api.users.me(),
      () => api.users.profile('bob'),
      () => api.playlists.get(playlist.id),
      () => api.playlists.changeDetails(playlist.id, { description: 'checked' }),
      () => api.playlists.getTracks(playlist.id),
      () => api.playlists.addTracks(playlist.id, [trackUri]),
      () => api.playlists.reorderTracks(playlist.id, { rangeStart: 0, insertBefore: 1 }),
      () => api.playlists.removeTracks(playlist.id, [trackUri]),
      () => api.playlists.getItems(playlist.id),
      () => api.playlists.addItems(playlist.id, [trackUri]),
      () => api.playlists.reorderItems(playlist.id, { rangeStart: 0, insertBefore: 1 }),
      () => api.playlists.removeItems(playlist.id, [trackUri]),
      () => api.playlists.listMine(),
      () => api.library.save([trackUri]),
      () => api.library.remove([trackUri]),
      () => api.library.contains([trackUri]),
      () => api.library.getSavedAlbums(),
      () => api.library.saveAlbums([albumId]),
      () => api.library.removeAlbums([albumId]),
      () => api.library.containsAlbums([albumId]),
      () => api.library.getSavedTracks(),
      () => api.library.saveTracks([trackId]),
      () => api.library.removeTracks([trackId]),
      () => api.library.containsTracks([trackId]),
      () => api.library.getSavedEpisodes(),
      () => api.library.saveEpisodes([episodeId]),
      () => api.library.removeEpisodes([episodeId]),
      () => api.library.containsEpisodes([episodeId]),
      () => api.library.getSavedShows(),
      () => api.library.saveShows([showId]),
      () => api.library.removeShows([showId]),
      () => api.library.containsShows([showId]),
      () => api.library.getSavedAudiobooks(),
      () => api.library.saveAudiobooks([audiobookId]),
      () => api.library.removeAudiobooks([audiobookId]),
      () => api.library.containsAudiobooks([audiobookId]),
      () => api.playlists.listForUser('bob'),
      () => api.playlists.createForUser('alice', { name: 'Route check, the old way' }),
      () => api.playlists.follow(playlist.id),
      () => api.playlists.unfollow(playlist.id),
      () => api.playlists.isFollowing(playlist.id, { userId: 'alice' }),
      () => api.browse.featuredPlaylists(),
      () => api.browse.categories(),
      () => api.browse.category(categoryId),
      () => api.browse.categoryPlaylists(categoryId),
      () => api.playlists.getCover(playlist.id),
      () => api.playlists.uploadCover(playlist.id, jpeg),
      () => api.browse.newReleases(),
      () => api.follow.followedArtists({ limit: 10 }),
      () => api.follow.followArtists([artistId]),
      () => api.follow.unfollowArtists([artistId]),
      () => api.follow.isFollowingArtists([artistId]),
      () => api.audio.getSeveralFeatures([trackId]),
      () => api.audio.getFeatures(trackId),
      () => api.audio.getAnalysis(trackId),
      () => api.recommendations.get({ seedTracks: [trackId], limit: 5, minEnergy: 0.2 }),
      () => api.recommendations.genreSeeds(),
      () => api.player.state(),
      () => api.player.transfer(deviceId ?? 'no-device'),
      () => api.player.currentlyPlaying(),
      () => api.player.play({ uris: [trackUri], ...device }),
      () => api.player.pause(device),
      () => api.player.next(device),
      () => api.player.previous(device),
      () => api.player.seek(1000, device),
      () => api.player.repeat('context', device),
      () => api.player.volume(40, device),
      () => api.player.shuffle(true, device),
      () => api.player.recentlyPlayed({ limit: 5 }),
      () => api.player.queue(),
      () => api.player.addToQueue(trackUri, device),
      () => api.markets.getAvailable(),
      () => api.personalization.topArtists({ timeRange: 'short_term' }),
      () => api.personalization.topTracks({ limit: 5 }),
    ];
    const settled = await Promise.allSettled(calls.map((call) => call()));
    const refusedBeforeSending = settled.filter(
      (result) => result.status === 'rejected' && !('status' in (result.reason as object)),
    );
    expect(refusedBeforeSending).toEqual([]);

    const log = (await emu.control('GET', '/requests')).json as {
      byRoute: Record<string, number>;
      entries: { method: string; route: string; status: number }[];
    };
    // A 400 would mean a parameter went to the wrong place or under the wrong name.
    expect(log.entries.filter((entry) => entry.status === 400)).toEqual([]);
    const missing = endpointList
      .map((endpoint) => `${endpoint.method} /v1${endpoint.path}`)
      .filter((route) => log.byRoute[route] === undefined);
    expect(missing).toEqual([]);
  });
});
