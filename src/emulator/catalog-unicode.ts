/**
 * Non-ASCII names in the seeded catalog (v14 attack on issue 7, F7): real catalogs hold accents,
 * combining characters, CJK, right-to-left scripts and emoji, and a catalog of ASCII names leaves every
 * path that carries catalog text (JSON, search, cursors, caches) untested with them. The last few
 * objects of each kind are renamed after generation, with no random draw, so every id, count and
 * earlier object stays as generated.
 */
import type { AlbumRecord, ArtistRecord, PlaylistRecord, ShowRecord, TrackRecord } from './model.js';

/** The names given, last object first, per kind; each a distinct script or composition. */
export const UNICODE_NAMES = {
  artists: ['Björk Guðmundsdóttir', 'Beyonce\u0301', '坂本龍一', 'فيروز'],
  albums: ['Homogénic', 'مرحبا 🌙 بالعالم'],
  tracks: ['Jóga', 'Ставка 🎵', '夜に駆ける'],
  shows: ['Ελληνικά — 日本語 🎙️'],
  playlists: ['Música para 🌙 Nächte'],
} as const;

function renameLast<T extends { name: string }>(
  records: ReadonlyMap<string, T>,
  names: readonly string[],
): void {
  const last = [...records.values()].slice(-names.length).reverse();
  names.forEach((name, i) => {
    const record = last[i];
    if (record) record.name = name;
  });
}

/** Gives the last objects of each kind UNICODE_NAMES (in place). */
export function withUnicodeNames(catalog: {
  artists: ReadonlyMap<string, ArtistRecord>;
  albums: ReadonlyMap<string, AlbumRecord>;
  tracks: ReadonlyMap<string, TrackRecord>;
  shows: ReadonlyMap<string, ShowRecord>;
  playlists: ReadonlyMap<string, PlaylistRecord>;
}): void {
  renameLast(catalog.artists, UNICODE_NAMES.artists);
  renameLast(catalog.albums, UNICODE_NAMES.albums);
  renameLast(catalog.tracks, UNICODE_NAMES.tracks);
  renameLast(catalog.shows, UNICODE_NAMES.shows);
  renameLast(catalog.playlists, UNICODE_NAMES.playlists);
}
