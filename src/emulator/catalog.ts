import type {
  AlbumRecord,
  ArtistRecord,
  AudiobookRecord,
  CategoryRecord,
  ChapterRecord,
  EpisodeRecord,
  PlaylistRecord,
  ShowRecord,
  TrackRecord,
  UserRecord,
} from './model.js';

/** The generated catalog. Everything in it derives from `seed`; playlists are mutated in place. */
export interface Catalog {
  readonly artists: Map<string, ArtistRecord>;
  readonly albums: Map<string, AlbumRecord>;
  readonly tracks: Map<string, TrackRecord>;
  readonly shows: Map<string, ShowRecord>;
  readonly episodes: Map<string, EpisodeRecord>;
  readonly audiobooks: Map<string, AudiobookRecord>;
  readonly chapters: Map<string, ChapterRecord>;
  readonly categories: Map<string, CategoryRecord>;
  readonly users: Map<string, UserRecord>;
  readonly playlists: Map<string, PlaylistRecord>;
  /** ISO 3166-1 alpha-2 codes of the markets the emulator serves. */
  readonly markets: readonly string[];
  readonly genres: readonly string[];
  /** Album ids, newest release first. */
  readonly newReleaseIds: readonly string[];
  readonly featuredPlaylistIds: readonly string[];
}

export interface SeedAccount {
  id: string;
  displayName: string;
}

// Placeholder until the generator lands: an empty catalog keeps the server testable.
export function createCatalog(_seed: number, accounts: readonly SeedAccount[]): Catalog {
  return {
    artists: new Map(),
    albums: new Map(),
    tracks: new Map(),
    shows: new Map(),
    episodes: new Map(),
    audiobooks: new Map(),
    chapters: new Map(),
    categories: new Map(),
    users: new Map(accounts.map((a) => [a.id, { id: a.id, displayName: a.displayName, followers: 0, images: [] }])),
    playlists: new Map(),
    markets: ['SE', 'US', 'DE', 'GB', 'FR', 'ES', 'JP', 'BR'],
    genres: [],
    newReleaseIds: [],
    featuredPlaylistIds: [],
  };
}
