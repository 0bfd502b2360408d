/**
 * The Spotify Web API's object shapes, written once from the reference spec (2026.5.31) for the
 * endpoint groups and everything above them. Fields Spotify always sends are required; fields the spec
 * leaves optional stay optional, so callers must handle their absence.
 */
import type { CursorPage, Page } from '../paging.js';

export type { CursorPage, Page };

export type ReleaseDatePrecision = 'year' | 'month' | 'day';

export interface ExternalUrls {
  spotify?: string;
}

export interface ExternalIds {
  isrc?: string;
  ean?: string;
  upc?: string;
}

export interface Image {
  url: string;
  height: number | null;
  width: number | null;
}

export interface Followers {
  href?: string | null;
  total?: number;
}

export interface Copyright {
  text?: string;
  type?: string;
}

export interface Restrictions {
  reason?: string;
}

export interface ResumePoint {
  fully_played?: boolean;
  resume_position_ms?: number;
}

/** An artist as it appears inside albums and tracks. */
export interface SimplifiedArtist {
  external_urls?: ExternalUrls;
  href: string;
  id: string;
  name: string;
  type: 'artist';
  uri: string;
}

export interface Artist extends SimplifiedArtist {
  followers?: Followers;
  genres?: string[];
  images?: Image[];
  popularity?: number;
}

interface AlbumBase {
  album_type: 'album' | 'single' | 'compilation';
  total_tracks: number;
  available_markets: string[];
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: Image[];
  name: string;
  release_date: string;
  release_date_precision: ReleaseDatePrecision;
  restrictions?: { reason?: 'market' | 'product' | 'explicit' };
  type: 'album';
  uri: string;
}

export interface SimplifiedAlbum extends AlbumBase {
  artists: SimplifiedArtist[];
}

/** An album in an artist's discography, with how it relates to the artist. */
export interface ArtistDiscographyAlbum extends SimplifiedAlbum {
  album_group: 'album' | 'single' | 'compilation' | 'appears_on';
}

/**
 * A full album (get-an-album, get-multiple-albums). `artists` and `tracks` are required, as Spotify's
 * reference (AlbumObject) has them and Spotify always sends them; `label` and `popularity`, required
 * there too, are not sent to Development Mode apps since February 2026.
 */
export interface Album extends AlbumBase {
  artists: SimplifiedArtist[];
  tracks: Page<SimplifiedTrack>;
  copyrights?: Copyright[];
  external_ids?: ExternalIds;
  genres?: string[];
  label?: string;
  popularity?: number;
}

export interface LinkedTrack {
  external_urls?: ExternalUrls;
  href?: string;
  id?: string;
  type?: string;
  uri?: string;
}

/** A track as it appears inside an album (no album, no popularity). */
export interface SimplifiedTrack {
  artists?: SimplifiedArtist[];
  available_markets?: string[];
  disc_number?: number;
  duration_ms?: number;
  explicit?: boolean;
  external_urls?: ExternalUrls;
  href: string;
  id: string;
  is_playable?: boolean;
  linked_from?: LinkedTrack;
  restrictions?: Restrictions;
  name: string;
  preview_url?: string | null;
  track_number?: number;
  type: 'track';
  uri: string;
  is_local?: boolean;
}

export interface Track extends SimplifiedTrack {
  album?: SimplifiedAlbum;
  external_ids?: ExternalIds;
  popularity?: number;
}

interface ShowBase {
  available_markets: string[];
  copyrights: Copyright[];
  description: string;
  html_description: string;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: Image[];
  is_externally_hosted: boolean;
  languages: string[];
  media_type: string;
  name: string;
  /** Absent for Development Mode apps (Spotify's February 2026 change). */
  publisher?: string;
  type: 'show';
  uri: string;
  total_episodes: number;
}

export type SimplifiedShow = ShowBase;

export interface Show extends ShowBase {
  /**
   * The show's first page of episodes: null for an episode Spotify hides, as on the show's episodes
   * page (spotify-web-api-ts-sdk#141: a podcast's `items` with nulls).
   */
  episodes: Page<SimplifiedEpisode | null>;
}

interface EpisodeBase {
  audio_preview_url: string | null;
  description: string;
  html_description: string;
  duration_ms: number;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: Image[];
  is_externally_hosted: boolean;
  is_playable: boolean;
  language?: string;
  languages: string[];
  name: string;
  release_date: string;
  release_date_precision: ReleaseDatePrecision;
  resume_point?: ResumePoint;
  type: 'episode';
  uri: string;
  restrictions?: Restrictions;
}

export type SimplifiedEpisode = EpisodeBase;

export interface Episode extends EpisodeBase {
  show: SimplifiedShow;
}

export interface Author {
  name?: string;
}

interface AudiobookBase {
  authors: Author[];
  available_markets: string[];
  copyrights: Copyright[];
  description: string;
  html_description: string;
  edition?: string;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: Image[];
  languages: string[];
  media_type: string;
  name: string;
  narrators: Author[];
  /** Absent for Development Mode apps (Spotify's February 2026 change). */
  publisher?: string;
  type: 'audiobook';
  uri: string;
  total_chapters: number;
}

export type SimplifiedAudiobook = AudiobookBase;

export interface Audiobook extends AudiobookBase {
  chapters: Page<SimplifiedChapter>;
}

interface ChapterBase {
  audio_preview_url: string | null;
  available_markets?: string[];
  chapter_number: number;
  description: string;
  html_description: string;
  duration_ms: number;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: Image[];
  is_playable: boolean;
  languages: string[];
  name: string;
  release_date: string;
  release_date_precision: ReleaseDatePrecision;
  resume_point?: ResumePoint;
  /** The spec types chapters as `episode`. */
  type: 'episode';
  uri: string;
  restrictions?: Restrictions;
}

export type SimplifiedChapter = ChapterBase;

export interface Chapter extends ChapterBase {
  audiobook: SimplifiedAudiobook;
}

export interface PublicUser {
  display_name?: string | null;
  external_urls?: ExternalUrls;
  followers?: Followers;
  href: string;
  id: string;
  images?: Image[];
  type: 'user';
  uri: string;
}

/** The current user, as `GET /me` shows it (email and country need their scopes). */
export interface PrivateUser {
  account_id?: string;
  country?: string;
  display_name?: string | null;
  email?: string;
  explicit_content?: { filter_enabled?: boolean; filter_locked?: boolean };
  external_urls?: ExternalUrls;
  followers?: Followers;
  href: string;
  id: string;
  images?: Image[];
  product?: string;
  type: 'user';
  uri: string;
}

export interface PlaylistUser {
  external_urls?: ExternalUrls;
  href?: string;
  id: string;
  type?: 'user';
  uri?: string;
}

export interface PlaylistOwner extends PlaylistUser {
  display_name?: string | null;
}

/** One entry of a playlist. `/items` answers carry `item`; the old `/tracks` route carries `track`. */
export interface PlaylistItem {
  added_at?: string;
  added_by?: PlaylistUser;
  is_local?: boolean;
  item?: Track | Episode | null;
  /** Only in answers of the deprecated `/playlists/{id}/tracks` route. */
  track?: Track | Episode | null;
}

export interface PlaylistItemsRef {
  href?: string;
  total?: number;
}

export interface SimplifiedPlaylist {
  collaborative?: boolean;
  description?: string | null;
  external_urls?: ExternalUrls;
  href: string;
  id: string;
  images?: Image[] | null;
  name: string;
  owner?: PlaylistOwner;
  public?: boolean | null;
  snapshot_id?: string;
  items?: PlaylistItemsRef;
  tracks?: PlaylistItemsRef;
  type?: 'playlist';
  uri: string;
}

export interface Playlist extends Omit<SimplifiedPlaylist, 'items' | 'tracks'> {
  followers?: Followers;
  items?: Page<PlaylistItem>;
  tracks?: Page<PlaylistItem>;
}

/** Playlist writes answer with the playlist's new version. */
export interface SnapshotId {
  snapshot_id: string;
}

export interface Category {
  href: string;
  icons: Image[];
  id: string;
  name: string;
}

export interface SavedAlbum {
  added_at: string;
  album: Album;
}

export interface SavedTrack {
  added_at: string;
  track: Track;
}

export interface SavedEpisode {
  added_at: string;
  episode: Episode;
}

export interface SavedShow {
  added_at: string;
  show: SimplifiedShow;
}

export interface SavedAudiobook {
  added_at: string;
  audiobook: Audiobook;
}

export interface Context {
  type?: string;
  href?: string;
  external_urls?: ExternalUrls;
  uri?: string;
}

export interface Device {
  id: string | null;
  is_active: boolean;
  is_private_session?: boolean;
  is_restricted?: boolean;
  name: string;
  type: string;
  volume_percent: number | null;
  supports_volume?: boolean;
}

/** Which player commands the current state does not allow. */
export interface Disallows {
  interrupting_playback?: boolean;
  pausing?: boolean;
  resuming?: boolean;
  seeking?: boolean;
  skipping_next?: boolean;
  skipping_prev?: boolean;
  toggling_repeat_context?: boolean;
  toggling_shuffle?: boolean;
  toggling_repeat_track?: boolean;
  transferring_playback?: boolean;
}

export type RepeatState = 'track' | 'context' | 'off';

export interface CurrentlyPlaying {
  context?: Context | null;
  timestamp?: number;
  progress_ms?: number | null;
  is_playing: boolean;
  item?: Track | Episode | null;
  currently_playing_type?: 'track' | 'episode' | 'ad' | 'unknown';
  actions?: Disallows;
}

export interface PlaybackState extends CurrentlyPlaying {
  device?: Device;
  repeat_state?: RepeatState;
  shuffle_state?: boolean;
}

export interface Queue {
  currently_playing?: Track | Episode | null;
  /** The items up next (the client's `player.queue()` refuses an answer without this list: BAD_RESPONSE). */
  queue: (Track | Episode)[];
}

export interface PlayHistory {
  track: Track;
  played_at: string;
  context?: Context | null;
}

export interface AudioFeatures {
  acousticness?: number;
  analysis_url?: string;
  danceability?: number;
  duration_ms?: number;
  energy?: number;
  id: string;
  instrumentalness?: number;
  /** Pitch class, -1 when no key was detected. */
  key?: number;
  liveness?: number;
  loudness?: number;
  /** 1 major, 0 minor. */
  mode?: number;
  speechiness?: number;
  tempo?: number;
  time_signature?: number;
  track_href?: string;
  type?: 'audio_features';
  uri?: string;
  valence?: number;
}

export interface TimeInterval {
  start?: number;
  duration?: number;
  confidence?: number;
}

export interface AudioAnalysisSection extends TimeInterval {
  loudness?: number;
  tempo?: number;
  tempo_confidence?: number;
  key?: number;
  key_confidence?: number;
  mode?: -1 | 0 | 1;
  mode_confidence?: number;
  time_signature?: number;
  time_signature_confidence?: number;
}

export interface AudioAnalysisSegment extends TimeInterval {
  loudness_start?: number;
  loudness_max?: number;
  loudness_max_time?: number;
  loudness_end?: number;
  pitches?: number[];
  timbre?: number[];
}

export interface AudioAnalysis {
  meta?: Record<string, unknown>;
  track?: Record<string, unknown>;
  bars?: TimeInterval[];
  beats?: TimeInterval[];
  sections?: AudioAnalysisSection[];
  segments?: AudioAnalysisSegment[];
  tatums?: TimeInterval[];
}

export interface RecommendationSeed {
  afterFilteringSize?: number;
  afterRelinkingSize?: number;
  href?: string | null;
  id?: string;
  initialPoolSize?: number;
  type?: string;
}

export interface Recommendations {
  seeds: RecommendationSeed[];
  tracks: Track[];
}

export type SearchType = 'album' | 'artist' | 'playlist' | 'track' | 'show' | 'episode' | 'audiobook';

/** A search answer: one page per requested type. */
export interface SearchResults {
  tracks?: Page<Track>;
  artists?: Page<Artist>;
  albums?: Page<SimplifiedAlbum>;
  /** Playlists can be null inside the page when Spotify hides them. */
  playlists?: Page<SimplifiedPlaylist | null>;
  shows?: Page<SimplifiedShow | null>;
  episodes?: Page<SimplifiedEpisode | null>;
  audiobooks?: Page<SimplifiedAudiobook | null>;
}

/** A browse answer of playlists (featured, a category's). */
export interface FeaturedPlaylists {
  message?: string;
  /** Null for a playlist Spotify hides, as in search's page of playlists (v16 re-attack, B4). */
  playlists: Page<SimplifiedPlaylist | null>;
}

/** A Spotify URI, e.g. `spotify:track:4iV5W9uYEdYUVa79Axb7Rh`. */
export type SpotifyUri = `spotify:${string}:${string}`;
