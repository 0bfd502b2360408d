/**
 * The emulator's internal records. They hold facts, not wire shapes: `objects.ts` turns them into
 * the Web API's full and simplified objects for a base URL and a market.
 */
export interface Image {
  url: string;
  height: number;
  width: number;
}

export interface ArtistRecord {
  id: string;
  name: string;
  genres: string[];
  popularity: number;
  followers: number;
  images: Image[];
  /** Album ids, newest first. */
  albumIds: string[];
  /** Albums of other artists this artist appears on. */
  appearsOnIds: string[];
  /** Artists sharing a genre, most popular first (at most 20). */
  relatedIds: string[];
}

export type AlbumType = 'album' | 'single' | 'compilation';

export interface AlbumRecord {
  id: string;
  name: string;
  albumType: AlbumType;
  artistIds: string[];
  trackIds: string[];
  releaseDate: string;
  releaseDatePrecision: 'year' | 'month' | 'day';
  label: string;
  popularity: number;
  genres: string[];
  images: Image[];
  availableMarkets: string[];
  copyrights: { text: string; type: 'C' | 'P' }[];
  upc: string;
}

export interface TrackRecord {
  id: string;
  name: string;
  albumId: string;
  artistIds: string[];
  discNumber: number;
  trackNumber: number;
  durationMs: number;
  explicit: boolean;
  popularity: number;
  isrc: string;
  availableMarkets: string[];
  isLocal: boolean;
  audioFeatures: AudioFeatures;
}

export interface AudioFeatures {
  acousticness: number;
  danceability: number;
  energy: number;
  instrumentalness: number;
  key: number;
  liveness: number;
  loudness: number;
  mode: number;
  speechiness: number;
  tempo: number;
  timeSignature: number;
  valence: number;
}

/** What a show and an audiobook share (Spotify's ShowObject and AudiobookObject alike). */
export interface DescribedRecord {
  id: string;
  name: string;
  publisher: string;
  description: string;
  explicit: boolean;
  languages: string[];
  mediaType: string;
  images: Image[];
  availableMarkets: string[];
  copyrights: { text: string; type: 'C' | 'P' }[];
}

export interface ShowRecord extends DescribedRecord {
  /** Episode ids, newest first. */
  episodeIds: string[];
}

export interface EpisodeRecord {
  id: string;
  showId: string;
  name: string;
  description: string;
  durationMs: number;
  explicit: boolean;
  language: string;
  releaseDate: string;
  releaseDatePrecision: 'year' | 'month' | 'day';
  images: Image[];
}

export interface AudiobookRecord extends DescribedRecord {
  authors: string[];
  narrators: string[];
  edition: string;
  /** Chapter ids in reading order. */
  chapterIds: string[];
}

export interface ChapterRecord {
  id: string;
  audiobookId: string;
  chapterNumber: number;
  name: string;
  description: string;
  durationMs: number;
  explicit: boolean;
  languages: string[];
  releaseDate: string;
  images: Image[];
  availableMarkets: string[];
}

export interface CategoryRecord {
  id: string;
  name: string;
  icons: Image[];
  playlistIds: string[];
}

/** A user as others see it (playlist owners and the seeded accounts alike). */
export interface UserRecord {
  id: string;
  displayName: string;
  followers: number;
  images: Image[];
}

/**
 * What a playlist entry holds. `local` is a local file of the user: Spotify has no object for it and
 * names it by a `spotify:local:artist:album:title:seconds` URI (parts form-encoded), whose tail is the
 * entry's `id`. A `track` or `episode` whose id the catalog lacks is an item Spotify removed.
 */
export type PlaylistItemType = 'track' | 'episode' | 'local';

export interface PlaylistItem {
  type: PlaylistItemType;
  /** The catalog id, or for a local file the URI's tail (`artist:album:title:seconds`). */
  id: string;
  /**
   * A `track` entry the user added as a local file that Spotify matched to this catalog track: sent
   * with `is_local: true` on the entry and on the track object, beside the track's own id and uri.
   */
  matchedLocal?: true;
  addedAt: string;
  addedBy: string;
}

/** Playlists are mutable: the playlist routes change them in place; reset rebuilds the state. */
export interface PlaylistRecord {
  id: string;
  ownerId: string;
  name: string;
  description: string;
  public: boolean;
  collaborative: boolean;
  followers: number;
  /** The cover in its sizes; `null` for a playlist without one, as Spotify sends it. */
  images: Image[] | null;
  items: PlaylistItem[];
  snapshotVersion: number;
}
