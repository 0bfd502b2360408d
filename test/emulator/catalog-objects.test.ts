import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/emulator/catalog.js';
import { isSpotifyId } from '../../src/emulator/ids.js';
import {
  albumObject,
  artistObject,
  audiobookObject,
  audioFeaturesObject,
  categoryObject,
  chapterObject,
  episodeObject,
  playlistObject,
  publicUserObject,
  type SerializeContext,
  showObject,
  simplifiedAlbum,
  simplifiedAudiobook,
  simplifiedChapter,
  simplifiedEpisode,
  simplifiedPlaylist,
  simplifiedShow,
  simplifiedTrack,
  trackObject,
} from '../../src/emulator/objects.js';
import { seedAccounts } from '../../src/emulator/state.js';
import { expectMatchesSchema, expectMatchesSpec } from '../helpers/spec-shape.js';

const catalog = createCatalog(1, seedAccounts());
const first = <T>(map: Map<string, T>): T => map.values().next().value as T;
const context = (market: string | undefined): SerializeContext => ({
  catalog,
  baseUrl: 'http://127.0.0.1:1',
  market,
  trackMarket: market,
  userId: market === undefined ? undefined : 'alice',
});

describe('catalog generation', () => {
  it('gives the same ids and names for the same seed', () => {
    const again = createCatalog(1, seedAccounts());
    expect([...again.tracks.keys()]).toEqual([...catalog.tracks.keys()]);
    expect([...again.playlists.values()].map((p) => p.name)).toEqual(
      [...catalog.playlists.values()].map((p) => p.name),
    );
  });

  it('gives different ids for a different seed', () => {
    const other = createCatalog(2, seedAccounts());
    expect(first(other.albums).id).not.toBe(first(catalog.albums).id);
  });

  it('is large enough for real paging', () => {
    expect(catalog.artists.size).toBeGreaterThanOrEqual(200);
    expect(catalog.albums.size).toBeGreaterThanOrEqual(600);
    expect(catalog.tracks.size).toBeGreaterThanOrEqual(5000);
    expect([...catalog.albums.values()].some((a) => a.trackIds.length > 100)).toBe(true);
    expect([...catalog.shows.values()].some((s) => s.episodeIds.length > 50)).toBe(true);
    expect([...catalog.audiobooks.values()].some((b) => b.chapterIds.length > 50)).toBe(true);
    expect([...catalog.playlists.values()].filter((p) => p.items.length > 100).length).toBeGreaterThan(3);
    expect([...catalog.artists.values()].some((a) => a.albumIds.length > 50)).toBe(true);
  });

  it('uses 22-character base62 ids everywhere', () => {
    for (const map of [catalog.artists, catalog.albums, catalog.tracks, catalog.shows, catalog.playlists]) {
      for (const key of map.keys()) expect(isSpotifyId(key)).toBe(true);
    }
  });

  it('gives each seeded account a few playlists of its own', () => {
    for (const account of ['alice', 'bob', 'carol']) {
      expect(catalog.users.has(account)).toBe(true);
      expect(
        [...catalog.playlists.values()].filter((p) => p.ownerId === account).length,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('lists restricted items that are missing from the restricted market only', () => {
    const { restricted } = catalog;
    expect(restricted.albumIds.length).toBeGreaterThan(0);
    expect(restricted.trackIds.length).toBeGreaterThan(restricted.albumIds.length);
    for (const id of restricted.trackIds) {
      const markets = catalog.tracks.get(id)!.availableMarkets;
      expect(markets).not.toContain(restricted.market);
      expect(markets).toEqual(expect.arrayContaining(['SE', 'US', 'DE']));
    }
  });
});

describe('serialized objects match the spec', () => {
  for (const market of [undefined, 'SE', 'JP']) {
    it(`for every record type (market ${market ?? 'none'})`, () => {
      const s = context(market);
      const album = catalog.albums.get(catalog.restricted.albumIds[0]!)!;
      const track = catalog.tracks.get(album.trackIds[0]!)!;
      const show = catalog.shows.get(catalog.restricted.showIds[0]!)!;
      const episode = catalog.episodes.get(show.episodeIds[0]!)!;
      const book = catalog.audiobooks.get(catalog.restricted.audiobookIds[0]!)!;
      const chapter = catalog.chapters.get(book.chapterIds[0]!)!;
      const playlist = [...catalog.playlists.values()].find((p) =>
        p.items.some((i) => i.type === 'episode'),
      )!;
      expectMatchesSchema('AlbumObject', albumObject(s, album));
      expectMatchesSchema('SimplifiedAlbumObject', simplifiedAlbum(s, album));
      expectMatchesSchema('ArtistDiscographyAlbumObject', simplifiedAlbum(s, album, 'appears_on'));
      expectMatchesSchema('TrackObject', trackObject(s, track));
      expectMatchesSchema('SimplifiedTrackObject', simplifiedTrack(s, track));
      expectMatchesSchema('ArtistObject', artistObject(s, first(catalog.artists)));
      expectMatchesSchema('ShowObject', showObject(s, show));
      expectMatchesSchema('SimplifiedShowObject', simplifiedShow(s, show));
      expectMatchesSchema('EpisodeObject', episodeObject(s, episode));
      expectMatchesSchema('SimplifiedEpisodeObject', simplifiedEpisode(s, episode));
      expectMatchesSchema('AudiobookObject', audiobookObject(s, book));
      expectMatchesSchema('SimplifiedAudiobookObject', simplifiedAudiobook(s, book));
      expectMatchesSchema('ChapterObject', chapterObject(s, chapter));
      expectMatchesSchema('SimplifiedChapterObject', simplifiedChapter(s, chapter));
      expectMatchesSchema('CategoryObject', categoryObject(s, first(catalog.categories)));
      expectMatchesSchema('PublicUserObject', publicUserObject(s, catalog.users.get('alice')!));
      expectMatchesSchema('PlaylistObject', playlistObject(s, playlist));
      expectMatchesSchema('SimplifiedPlaylistObject', simplifiedPlaylist(s, playlist));
      expectMatchesSchema('AudioFeaturesObject', audioFeaturesObject(s, track));
    });
  }

  it('marks an item unplayable with a market restriction where it is not available', () => {
    const track = catalog.tracks.get(catalog.restricted.trackIds[0]!)!;
    const inJapan = trackObject(context('JP'), track);
    expect(inJapan.is_playable).toBe(false);
    expect(inJapan.restrictions).toEqual({ reason: 'market' });
    expect(inJapan).not.toHaveProperty('available_markets');
    const inSweden = trackObject(context('SE'), track);
    expect(inSweden.is_playable).toBe(true);
    expect(inSweden).not.toHaveProperty('restrictions');
    const anywhere = trackObject(context(undefined), track);
    expect(anywhere).not.toHaveProperty('is_playable');
    expect(anywhere.available_markets).not.toContain('JP');
  });

  it('embeds the first 50 album tracks with a next link', () => {
    const album = [...catalog.albums.values()].find((a) => a.trackIds.length > 100)!;
    const body = albumObject(context(undefined), album) as {
      tracks: { items: unknown[]; next: string; total: number };
    };
    expect(body.tracks.items).toHaveLength(50);
    expect(body.tracks.total).toBe(album.trackIds.length);
    expect(body.tracks.next).toBe(`http://127.0.0.1:1/v1/albums/${album.id}/tracks?offset=50&limit=50`);
  });
});

describe('spec validator', () => {
  it('rejects a body that lacks a required field', () => {
    const album = albumObject(context(undefined), first(catalog.albums));
    delete album.release_date_precision;
    expect(() => expectMatchesSpec('get-an-album', 200, album)).toThrow(
      /missing required release_date_precision/,
    );
  });

  it('rejects a field of the wrong type', () => {
    const album = albumObject(context(undefined), first(catalog.albums));
    expect(() => expectMatchesSpec('get-an-album', 200, { ...album, total_tracks: '3' })).toThrow(
      /expected integer/,
    );
  });

  it('accepts a well-formed answer', () => {
    expect(() =>
      expectMatchesSpec('get-an-album', 200, albumObject(context('SE'), first(catalog.albums))),
    ).not.toThrow();
  });
});

describe('spec validator on errors', () => {
  it('accepts a Spotify error body for an error status the operation does not list', () => {
    expect(() =>
      expectMatchesSpec('get-an-album', 404, { error: { status: 404, message: 'Not found' } }),
    ).not.toThrow();
  });

  it('rejects an error body without a message', () => {
    expect(() => expectMatchesSpec('get-an-album', 404, { error: { status: 404 } })).toThrow(
      /missing required message/,
    );
  });
});
