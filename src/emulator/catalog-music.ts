/** The music part of the emulator's catalog: artists, their albums and the albums' tracks. */
import {
  audioFeatures,
  type CatalogRandom,
  date,
  imagesOrNone,
  int,
  markets,
  pad,
  personName,
  pick,
  title,
  trackTitle,
} from './catalog-random.js';
import { ADJECTIVES, GENRES, IMAGELESS_EVERY, LABELS, MARKETS, NOUNS } from './catalog-words.js';
import type { AlbumRecord, AlbumType, ArtistRecord, TrackRecord } from './model.js';

/** Artists, albums and tracks, with what is unavailable in the restricted market. */
export interface Music {
  artists: Map<string, ArtistRecord>;
  albums: Map<string, AlbumRecord>;
  tracks: Map<string, TrackRecord>;
  /** Album ids, newest release first (the first 100). */
  newReleaseIds: string[];
  restrictedAlbumIds: string[];
  /** Tracks of restricted albums plus single tracks restricted inside available albums. */
  restrictedTrackIds: string[];
}

/**
 * 200 artists and 600 albums (album, single, compilation) with their tracks. The first artist is
 * prolific (60 albums of its own) so artist-albums paging is real; the second album has 120 tracks
 * and a few more 55 to 75 so album-tracks paging is real. Every 10th album (from the 8th) is
 * restricted, and one track in a few available albums.
 */
export function generateMusic(gen: CatalogRandom): Music {
  const artistList = generateArtists(gen);
  const music: Music = {
    artists: new Map(artistList.map((artist) => [artist.id, artist])),
    albums: new Map(),
    tracks: new Map(),
    newReleaseIds: [],
    restrictedAlbumIds: [],
    restrictedTrackIds: [],
  };
  for (let i = 0; i < 600; i++) generateAlbum(gen, music, artistList, i);
  const byReleaseDesc = (a: string, b: string): number => {
    const x = music.albums.get(a)!.releaseDate;
    const y = music.albums.get(b)!.releaseDate;
    return x < y ? 1 : x > y ? -1 : 0;
  };
  linkArtists(artistList, byReleaseDesc);
  music.newReleaseIds = [...music.albums.keys()].sort(byReleaseDesc).slice(0, 100);
  return music;
}

function artistName(random: CatalogRandom['random']): string {
  const roll = random();
  return roll < 0.4
    ? personName(random)
    : roll < 0.8
      ? `The ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`
      : `${pick(random, NOUNS)} ${pick(random, NOUNS)}`;
}

/** 200 artists, the first one "The Prolific Orchestra". */
function generateArtists(gen: CatalogRandom): ArtistRecord[] {
  const { random } = gen;
  const artistList: ArtistRecord[] = [];
  for (let i = 0; i < 200; i++) {
    const name = artistName(random);
    const genreCount = int(random, 1, 3);
    const genres = new Set<string>();
    while (genres.size < genreCount) genres.add(pick(random, GENRES));
    artistList.push({
      id: gen.id(),
      name: i === 0 ? 'The Prolific Orchestra' : name,
      genres: [...genres],
      popularity: i === 0 ? 95 : int(random, 5, 90),
      followers: Math.floor(random() ** 3 * 5_000_000),
      images: imagesOrNone(random, i, IMAGELESS_EVERY.artist, [640, 320, 160]),
      albumIds: [],
      appearsOnIds: [],
      relatedIds: [],
    });
  }
  return artistList;
}

/** Albums newest first on every artist, and up to 20 related artists (shared genre, most popular). */
function linkArtists(artistList: readonly ArtistRecord[], byReleaseDesc: (a: string, b: string) => number) {
  for (const artist of artistList) {
    artist.albumIds.sort(byReleaseDesc);
    artist.appearsOnIds.sort(byReleaseDesc);
    artist.relatedIds = artistList
      .filter((other) => other.id !== artist.id && other.genres.some((g) => artist.genres.includes(g)))
      .sort((a, b) => b.popularity - a.popularity)
      .slice(0, 20)
      .map((other) => other.id);
  }
}

function albumTrackCount(random: CatalogRandom['random'], albumType: AlbumType, i: number): number {
  const trackCount =
    albumType === 'album'
      ? int(random, 8, 16)
      : albumType === 'single'
        ? int(random, 1, 3)
        : int(random, 15, 30);
  // Fixed long albums: one over 100 tracks, a handful over 50.
  if (i === 1) return 120;
  if (i % 97 === 5) return int(random, 55, 75);
  return trackCount;
}

function releaseDate(
  random: CatalogRandom['random'],
): Pick<AlbumRecord, 'releaseDate' | 'releaseDatePrecision'> {
  const precisionRoll = random();
  const fullDate = date(random, 1965, 2026);
  const releaseDatePrecision = precisionRoll < 0.85 ? 'day' : precisionRoll < 0.95 ? 'year' : 'month';
  const releaseDate =
    releaseDatePrecision === 'day'
      ? fullDate
      : releaseDatePrecision === 'year'
        ? fullDate.slice(0, 4)
        : fullDate.slice(0, 7);
  return { releaseDate, releaseDatePrecision };
}

/** Album `i` with its tracks, added to `music` and to its artists. */
function generateAlbum(
  gen: CatalogRandom,
  music: Music,
  artistList: readonly ArtistRecord[],
  i: number,
): void {
  const { random } = gen;
  const primary = i < 60 ? artistList[0]! : pick(random, artistList.slice(1));
  const roll = random();
  const albumType: AlbumType = roll < 0.5 ? 'album' : roll < 0.85 ? 'single' : 'compilation';
  const trackCount = albumTrackCount(random, albumType, i);
  const artistIds = [primary.id];
  if (random() < 0.15) {
    const guest = pick(random, artistList);
    if (guest.id !== primary.id) artistIds.push(guest.id);
  }
  const restricted = i % 10 === 7;
  const released = releaseDate(random);
  const year = released.releaseDate.slice(0, 4);
  const label = pick(random, LABELS);
  const album: AlbumRecord = {
    id: gen.id(),
    name: albumType === 'compilation' ? `${title(random)}: The Collection` : title(random),
    albumType,
    artistIds,
    trackIds: [],
    ...released,
    label,
    popularity: int(random, 0, 100),
    genres: [],
    images: imagesOrNone(random, i, IMAGELESS_EVERY.album),
    availableMarkets: markets(random, MARKETS, restricted),
    copyrights: [
      { text: `${year} ${label}`, type: 'C' },
      { text: `${year} ${label}`, type: 'P' },
    ],
    upc: String(int(random, 100_000, 999_999)) + String(int(random, 100_000, 999_999)),
  };
  if (restricted) music.restrictedAlbumIds.push(album.id);
  const discs = trackCount > 40 ? 2 : 1;
  const perDisc = Math.ceil(trackCount / discs);
  for (let t = 0; t < trackCount; t++) {
    // A few single tracks are restricted inside otherwise available albums.
    const trackRestricted = restricted || (t === 2 && i % 10 === 3);
    const track = generateTrack(gen, music, album, artistList, { t, perDisc, restricted, trackRestricted });
    album.trackIds.push(track.id);
    music.tracks.set(track.id, track);
    if (trackRestricted) music.restrictedTrackIds.push(track.id);
  }
  const genres = new Set<string>();
  for (const artistId of artistIds)
    for (const genre of music.artists.get(artistId)!.genres) genres.add(genre);
  album.genres = [...genres];
  music.albums.set(album.id, album);
  for (const artistId of artistIds) music.artists.get(artistId)!.albumIds.push(album.id);
}

/** Track `at.t` of `album`; a guest it features gets the album among its appearances. */
function generateTrack(
  gen: CatalogRandom,
  music: Music,
  album: AlbumRecord,
  artistList: readonly ArtistRecord[],
  at: { t: number; perDisc: number; restricted: boolean; trackRestricted: boolean },
): TrackRecord {
  const { random } = gen;
  const { artistIds, albumType } = album;
  const year = album.releaseDate.slice(0, 4);
  const trackArtists = [...artistIds];
  // Compilations gather many artists; other albums sometimes feature a guest.
  if (albumType === 'compilation' || random() < 0.1) {
    const guest = pick(random, artistList);
    if (albumType === 'compilation') trackArtists[0] = guest.id;
    else if (!trackArtists.includes(guest.id)) trackArtists.push(guest.id);
  }
  const track: TrackRecord = {
    id: gen.id(),
    name: trackTitle(random),
    albumId: album.id,
    artistIds: [...new Set(trackArtists)],
    discNumber: Math.floor(at.t / at.perDisc) + 1,
    trackNumber: (at.t % at.perDisc) + 1,
    durationMs: int(random, 95_000, 420_000),
    explicit: random() < 0.15,
    popularity: int(random, 0, 100),
    isrc: `SE${pick(random, ['A1B', 'K2C', 'X9Z'])}${year.slice(2)}${pad(int(random, 0, 99_999), 5)}`,
    availableMarkets:
      at.trackRestricted && !at.restricted ? markets(random, MARKETS, true) : album.availableMarkets,
    isLocal: false,
    audioFeatures: audioFeatures(random),
  };
  for (const artistId of track.artistIds) {
    const artist = music.artists.get(artistId)!;
    if (!artistIds.includes(artistId) && !artist.appearsOnIds.includes(album.id))
      artist.appearsOnIds.push(album.id);
  }
  return track;
}
