import { describe, expect, it } from 'vitest';
import { createEndpointGroups, type EndpointGroups, SCOPES } from '../../src/spotify/endpoints/index.js';
import { type AppMode, SpotifyError } from '../../src/spotify/index.js';
import { NAMED_DEVELOPMENT_REFUSAL, PAST_BARE_SPACING_MS, useMovedClock } from '../helpers/clock.js';
import { type AppName, addFault, countOf, useClientTests } from './client-harness.js';

const clock = useMovedClock();
const { emu, signedIn } = useClientTests();

/** The endpoint groups of a client signed in as alice with every scope, for `app` in `appMode`. */
async function groupsFor(app: AppName, appMode: AppMode | 'auto'): Promise<EndpointGroups> {
  const client = await signedIn({ app, appMode, scopes: [...SCOPES] });
  return createEndpointGroups(client);
}

// Each test takes catalog ids nobody has used yet, so saved state never leaks between tests.
const taken = new Map<string, number>();
function freshIds(kind: 'tracks' | 'albums' | 'artists', count: number): string[] {
  const all = [...emu.state.catalog[kind].keys()];
  const start = taken.get(kind) ?? 0;
  taken.set(kind, start + count);
  const ids = all.slice(start, start + count);
  if (ids.length < count) throw new Error(`the catalog has too few ${kind}`);
  return ids;
}
const trackUris = (count: number): string[] => freshIds('tracks', count).map((id) => `spotify:track:${id}`);

describe('library', () => {
  it('saves any number of URIs in calls of at most 40, and contains answers for each in order', async () => {
    const api = await groupsFor('extended', 'extended');
    const uris = trackUris(85);
    const unsaved = trackUris(3);
    await api.library.save(uris);
    expect(await countOf(emu, 'PUT /v1/me/library')).toBe(3);
    expect(await api.library.contains([...uris, ...unsaved])).toEqual([
      ...uris.map(() => true),
      ...unsaved.map(() => false),
    ]);
    expect(await countOf(emu, 'GET /v1/me/library/contains')).toBe(3);
  });

  it('removes URIs saved before', async () => {
    const api = await groupsFor('extended', 'extended');
    const uris = trackUris(2);
    await api.library.save(uris);
    await api.library.remove([uris[0]!]);
    expect(await api.library.contains(uris)).toEqual([false, true]);
  });

  it('saves albums on PUT /me/albums, 20 ids per call, for an Extended Quota app', async () => {
    const api = await groupsFor('extended', 'extended');
    const ids = freshIds('albums', 45);
    await api.library.saveAlbums(ids);
    expect(await countOf(emu, 'PUT /v1/me/albums')).toBe(3);
    expect(await countOf(emu, 'PUT /v1/me/library')).toBe(0);
    expect(await api.library.containsAlbums(ids)).toEqual(ids.map(() => true));
  });

  it('saves tracks through /me/library with track URIs in Development Mode', async () => {
    const api = await groupsFor('development', 'development');
    const ids = freshIds('tracks', 3);
    await api.library.saveTracks(ids);
    expect(await countOf(emu, 'PUT /v1/me/tracks')).toBe(0);
    expect(await countOf(emu, 'PUT /v1/me/library')).toBe(1);
    expect(await api.library.contains(ids.map((id) => `spotify:track:${id}`))).toEqual([true, true, true]);
    expect(await api.library.containsTracks(ids)).toEqual([true, true, true]);
    expect(await countOf(emu, 'GET /v1/me/tracks/contains')).toBe(0);
  });

  it('switches to /me/library after one 403 naming Development Mode in auto mode and stays there', async () => {
    await addFault(emu, { route: 'PUT /v1/me/tracks', ...NAMED_DEVELOPMENT_REFUSAL });
    const api = await groupsFor('development', 'auto');
    const [first, second] = [freshIds('tracks', 1), freshIds('tracks', 1)];
    await api.library.saveTracks(first);
    await api.library.saveTracks(second);
    expect(await countOf(emu, 'PUT /v1/me/tracks')).toBe(1);
    expect(await countOf(emu, 'PUT /v1/me/library')).toBe(2);
    expect(await api.library.containsTracks([...first, ...second])).toEqual([true, true]);
  });

  it("saves on /me/library after Spotify's bare 403 in auto mode, and stays there after a second one 5 s later", async () => {
    const api = await groupsFor('development', 'auto');
    const [first, second, third] = [freshIds('tracks', 1), freshIds('tracks', 1), freshIds('tracks', 1)];
    await api.library.saveTracks(first);
    clock.advance(PAST_BARE_SPACING_MS);
    await api.library.saveTracks(second);
    await api.library.saveTracks(third);
    expect(await countOf(emu, 'PUT /v1/me/tracks')).toBe(2);
    expect(await countOf(emu, 'PUT /v1/me/library')).toBe(3);
    expect(await api.library.containsTracks([...first, ...second, ...third])).toEqual([true, true, true]);
  });

  it('lists saved tracks newest first as a page', async () => {
    const api = await groupsFor('extended', 'extended');
    const [id] = freshIds('tracks', 1);
    await api.library.saveTracks([id!]);
    const page = await api.library.getSavedTracks({ limit: 5 });
    expect(page.limit).toBe(5);
    expect(page.items[0]?.track.id).toBe(id);
  });
});

describe('follow', () => {
  it('follows artists through /me/library with artist URIs in Development Mode', async () => {
    const api = await groupsFor('development', 'development');
    const ids = freshIds('artists', 2);
    await api.follow.followArtists(ids);
    expect(await countOf(emu, 'PUT /v1/me/following')).toBe(0);
    expect(await api.library.contains(ids.map((id) => `spotify:artist:${id}`))).toEqual([true, true]);
    expect(await api.follow.isFollowingArtists(ids)).toEqual([true, true]);
    await api.follow.unfollowArtists([ids[0]!]);
    expect(await api.follow.isFollowingArtists(ids)).toEqual([false, true]);
  });

  it('follows artists on /me/following for an Extended Quota app and lists them by cursor', async () => {
    const api = await groupsFor('extended', 'extended');
    const ids = freshIds('artists', 2);
    await api.follow.followArtists(ids);
    expect(await countOf(emu, 'PUT /v1/me/following')).toBe(1);
    expect(await api.follow.isFollowingArtists(ids)).toEqual([true, true]);
    const page = await api.follow.followedArtists({ limit: 50 });
    expect(page.items.map((artist) => artist.id)).toEqual(expect.arrayContaining(ids));
    expect(page.cursors).toBeDefined();
  });

  it('follows users by id', async () => {
    const api = await groupsFor('extended', 'extended');
    await api.follow.followUsers(['carol']);
    expect(await api.follow.isFollowingUsers(['carol'])).toEqual([true]);
    await api.follow.unfollowUsers(['carol']);
    expect(await api.follow.isFollowingUsers(['carol'])).toEqual([false]);
  });
});

describe('playlists', () => {
  it('adds any number of items in calls of at most 100, keeping their order', async () => {
    const api = await groupsFor('extended', 'extended');
    const playlist = await api.playlists.create({ name: 'Many', public: false });
    const uris = trackUris(250);
    const answer = await api.playlists.addItems(playlist.id, uris);
    expect(answer.snapshot_id).not.toBe('');
    expect(await countOf(emu, 'POST /v1/playlists/{playlist_id}/items')).toBe(3);
    const page = await api.playlists.getItems(playlist.id, { limit: 50, offset: 90 });
    expect(page.total).toBe(250);
    expect(page.items.map((entry) => entry.item?.uri)).toEqual(uris.slice(90, 140));
  });

  it('inserts a long list at a position as one block', async () => {
    const api = await groupsFor('extended', 'extended');
    const playlist = await api.playlists.create({ name: 'Block' });
    const [head, tail, ...block] = trackUris(152);
    await api.playlists.addItems(playlist.id, [head!, tail!]);
    await api.playlists.addItems(playlist.id, block, { position: 1 });
    const page = await api.playlists.getItems(playlist.id, { limit: 3, offset: 149 });
    expect(page.items.map((entry) => entry.item?.uri)).toEqual([block[148], block[149], tail]);
    const start = await api.playlists.getItems(playlist.id, { limit: 2 });
    expect(start.items.map((entry) => entry.item?.uri)).toEqual([head, block[0]]);
  });

  it('replaces all items with a list longer than one call takes', async () => {
    const api = await groupsFor('extended', 'extended');
    const playlist = await api.playlists.create({ name: 'Replace' });
    await api.playlists.addItems(playlist.id, trackUris(5));
    const uris = trackUris(150);
    await api.playlists.replaceItems(playlist.id, uris);
    expect(await countOf(emu, 'PUT /v1/playlists/{playlist_id}/items')).toBe(1);
    const page = await api.playlists.getItems(playlist.id, { limit: 1, offset: 149 });
    expect(page.total).toBe(150);
    expect(page.items[0]?.item?.uri).toBe(uris[149]);
  });

  it('removes every occurrence of any number of URIs', async () => {
    const api = await groupsFor('extended', 'extended');
    const playlist = await api.playlists.create({ name: 'Remove' });
    const uris = trackUris(130);
    await api.playlists.addItems(playlist.id, uris);
    await api.playlists.removeItems(playlist.id, uris.slice(0, 120));
    expect(await countOf(emu, 'DELETE /v1/playlists/{playlist_id}/items')).toBe(2);
    const page = await api.playlists.getItems(playlist.id);
    expect(page.items.map((entry) => entry.item?.uri)).toEqual(uris.slice(120));
  });

  it('moves a range of items', async () => {
    const api = await groupsFor('extended', 'extended');
    const playlist = await api.playlists.create({ name: 'Reorder' });
    const uris = trackUris(3);
    await api.playlists.addItems(playlist.id, uris);
    await api.playlists.reorderItems(playlist.id, { rangeStart: 2, insertBefore: 0 });
    const page = await api.playlists.getItems(playlist.id);
    expect(page.items.map((entry) => entry.item?.uri)).toEqual([uris[2], uris[0], uris[1]]);
  });

  it('adds any number of items on the old /tracks route for an Extended Quota app', async () => {
    const api = await groupsFor('extended', 'extended');
    const playlist = await api.playlists.create({ name: 'Old writer' });
    const uris = trackUris(150);
    await api.playlists.addTracks(playlist.id, uris);
    expect(await countOf(emu, 'POST /v1/playlists/{playlist_id}/tracks')).toBe(2);
    expect(await countOf(emu, 'POST /v1/playlists/{playlist_id}/items')).toBe(0);
    const page = await api.playlists.getTracks(playlist.id, { limit: 100, offset: 50 });
    expect(page.items.map((entry) => entry.track?.uri)).toEqual(uris.slice(50, 150));
  });

  it('writes through /items when the old /tracks routes are gone in Development Mode', async () => {
    const api = await groupsFor('development', 'development');
    const playlist = await api.playlists.create({ name: 'Old writer, new app' });
    const uris = trackUris(3);
    await api.playlists.addTracks(playlist.id, uris);
    await api.playlists.removeTracks(playlist.id, [uris[1]!]);
    await api.playlists.reorderTracks(playlist.id, { rangeStart: 1, insertBefore: 0 });
    expect(await countOf(emu, 'POST /v1/playlists/{playlist_id}/tracks')).toBe(0);
    const page = await api.playlists.getItems(playlist.id);
    expect(page.items.map((entry) => entry.item?.uri)).toEqual([uris[2], uris[0]]);
  });

  it('reads the old /tracks list from /items in Development Mode, with each entry under track', async () => {
    const api = await groupsFor('development', 'development');
    const playlist = await api.playlists.create({ name: 'Old reader' });
    const uris = trackUris(2);
    await api.playlists.addItems(playlist.id, uris);
    const page = await api.playlists.getTracks(playlist.id);
    expect(await countOf(emu, 'GET /v1/playlists/{playlist_id}/tracks')).toBe(0);
    expect(page.items.map((entry) => entry.track?.uri)).toEqual(uris);
  });

  it('creates a playlist for the user on POST /me/playlists in Development Mode', async () => {
    const api = await groupsFor('development', 'development');
    const playlist = await api.playlists.createForUser('alice', { name: 'Mine', description: 'made here' });
    expect(await countOf(emu, 'POST /v1/users/{user_id}/playlists')).toBe(0);
    expect(await countOf(emu, 'POST /v1/me/playlists')).toBe(1);
    expect(playlist.owner?.id).toBe('alice');
    expect((await api.playlists.get(playlist.id)).description).toBe('made here');
  });

  it('changes the details of a playlist', async () => {
    const api = await groupsFor('extended', 'extended');
    const playlist = await api.playlists.create({ name: 'Before' });
    await api.playlists.changeDetails(playlist.id, { name: 'After', collaborative: false });
    expect((await api.playlists.get(playlist.id)).name).toBe('After');
  });

  it('follows and unfollows a playlist through /me/library in Development Mode', async () => {
    const extended = await groupsFor('extended', 'extended');
    const other = await extended.playlists.create({ name: 'To follow', public: true });
    const api = await groupsFor('development', 'development');
    await api.playlists.unfollow(other.id);
    expect(await api.playlists.isFollowing(other.id)).toBe(false);
    await api.playlists.follow(other.id);
    expect(await api.playlists.isFollowing(other.id)).toBe(true);
    expect(await countOf(emu, 'PUT /v1/playlists/{playlist_id}/followers')).toBe(0);
  });

  it('uploads a JPEG cover that the cover read then shows', async () => {
    const api = await groupsFor('extended', 'extended');
    const playlist = await api.playlists.create({ name: 'Cover' });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xd9]).toString('base64');
    await api.playlists.uploadCover(playlist.id, jpeg);
    const images = await api.playlists.getCover(playlist.id);
    expect(images[0]?.url).toContain(jpeg);
  });
});

describe('player', () => {
  it('plays a context from an offset on a device, then pauses', async () => {
    const api = await groupsFor('extended', 'extended');
    const devices = await api.player.devices();
    const deviceId = devices[0]?.id;
    expect(deviceId).toBeTypeOf('string');
    const albumId = freshIds('albums', 1)[0]!;
    const album = await api.albums.getOne(albumId);
    await api.player.play({
      contextUri: album.uri,
      offset: { position: 1 },
      positionMs: 0,
      deviceId: deviceId!,
    });
    const state = await api.player.state();
    expect(state?.is_playing).toBe(true);
    expect(state?.context?.uri).toBe(album.uri);
    expect(state?.device?.id).toBe(deviceId);
    await api.player.pause();
    expect((await api.player.state())?.is_playing).toBe(false);
  });

  it('sets volume, repeat and shuffle as the state then shows', async () => {
    const api = await groupsFor('extended', 'extended');
    const [device] = await api.player.devices();
    await api.player.play({ uris: trackUris(2), deviceId: device!.id! });
    await api.player.volume(35);
    await api.player.repeat('track');
    await api.player.shuffle(true);
    const state = await api.player.state();
    expect(state?.device?.volume_percent).toBe(35);
    expect(state?.repeat_state).toBe('track');
    expect(state?.shuffle_state).toBe(true);
  });

  it('queues a track after the current one', async () => {
    const api = await groupsFor('extended', 'extended');
    const [device] = await api.player.devices();
    const [playing, queued] = trackUris(2);
    await api.player.play({ uris: [playing!], deviceId: device!.id! });
    await api.player.addToQueue(queued!);
    const queue = await api.player.queue();
    expect(queue.currently_playing?.uri).toBe(playing);
    expect(queue.queue?.[0]?.uri).toBe(queued);
  });
});

describe('lists inside wrapper objects', () => {
  it('answers markets, devices, categories and new releases as the lists themselves', async () => {
    const api = await groupsFor('extended', 'extended');
    const markets = await api.markets.getAvailable();
    expect(markets).toContain('SE');
    expect(Array.isArray(await api.player.devices())).toBe(true);
    const categories = await api.browse.categories({ limit: 2 });
    expect(categories.items).toHaveLength(2);
    const releases = await api.browse.newReleases({ limit: 3 });
    expect(releases.items[0]?.type).toBe('album');
    const seeds = await api.recommendations.genreSeeds();
    expect(seeds.length).toBeGreaterThan(0);
  });
});

describe('catalog groups', () => {
  it('fetches several albums in the order asked, null for an unknown id', async () => {
    const api = await groupsFor('extended', 'extended');
    const ids = freshIds('albums', 2);
    const albums = await api.albums.getSeveral([ids[1]!, '4aawyAB9vmqN3uQ7FjRGTy', ids[0]!]);
    expect(albums.map((album) => album?.id ?? null)).toEqual([ids[1], null, ids[0]]);
  });

  it('searches several types at once, one page per type', async () => {
    const api = await groupsFor('extended', 'extended');
    const results = await api.search.query('a', ['track', 'artist'], { limit: 3 });
    expect(results.tracks?.limit).toBe(3);
    expect(results.artists?.limit).toBe(3);
    expect(results.albums).toBeUndefined();
  });

  // Spotify's search pages: at most 50 items for an Extended app, 10 in Development Mode (DESIGN.md).
  it('refuses a search limit above 50 (Extended) or above 10 (Development Mode) before calling Spotify', async () => {
    const extended = await groupsFor('extended', 'extended');
    await expect(extended.search.query('a', ['track'], { limit: 51 })).rejects.toBeInstanceOf(SpotifyError);
    const development = await groupsFor('development', 'development');
    await expect(development.search.query('a', ['track'], { limit: 11 })).rejects.toBeInstanceOf(
      SpotifyError,
    );
    expect(await countOf(emu, 'GET /v1/search')).toBe(0);
  });
});
