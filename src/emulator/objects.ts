/**
 * Wire shapes of the Web API, built from the catalog's records for one request: hrefs point back at
 * the emulator and market handling follows Spotify (with a market given, `is_playable` and
 * `restrictions` appear, and `available_markets` is left out wherever the spec allows it).
 */
import type { Catalog } from './catalog.js';
import type { Page, RequestContext } from './context.js';
import { createRandom, encodedUserId } from './ids.js';
import type {
  AlbumRecord,
  ArtistRecord,
  AudiobookRecord,
  AudioFeatures,
  CategoryRecord,
  ChapterRecord,
  EpisodeRecord,
  PlaylistItem,
  PlaylistRecord,
  ShowRecord,
  TrackRecord,
  UserRecord,
} from './model.js';
import { relinkedTrack } from './relinking.js';

export interface SerializeContext {
  readonly catalog: Catalog;
  /** `http://127.0.0.1:PORT`; hrefs are `${baseUrl}/v1/...`. */
  readonly baseUrl: string;
  /** The market that applies to this request, if any. */
  readonly market: string | undefined;
  /**
   * The market tracks are relinked and judged playable in (`linked_from`, `is_playable`,
   * `restrictions`): the market that applies when the request names a `market` (a user token's country
   * then takes priority), else undefined even with a user token, and tracks carry `available_markets`.
   * Spotify staff on the developer forum: "When you do not provide a market, we are unable to
   * determine playability in a market, so we instead return the available markets for that specific
   * track. When you provide a market, we can ... get any possible relinked track."
   */
  readonly trackMarket: string | undefined;
  /** The signed-in user when the token may read playback positions (episodes and chapters then carry a resume point). */
  readonly userId: string | undefined;
}

export function serializeContext(ctx: RequestContext, market: string | undefined): SerializeContext {
  // Resume points are the user's, and only shown with the scope that reads them.
  const resumes = ctx.user !== undefined && ctx.grant.scopes.has('user-read-playback-position');
  return {
    catalog: ctx.state.catalog,
    baseUrl: ctx.baseUrl,
    market,
    trackMarket: (ctx.query.get('market') ?? '') === '' ? undefined : market,
    userId: resumes ? ctx.user?.id : undefined,
  };
}

type Json = Record<string, unknown>;

const api = (s: SerializeContext, path: string): string => `${s.baseUrl}/v1${path}`;
const openUrl = (type: string, id: string): { spotify: string } => ({
  spotify: `https://open.spotify.com/${type}/${encodeURIComponent(id)}`,
});
const followers = (total: number): { href: null; total: number } => ({ href: null, total });

/** Builds the Spotify `snapshot_id` for a playlist version; playlist routes compare against it. */
export function snapshotId(playlist: Pick<PlaylistRecord, 'id' | 'snapshotVersion'>): string {
  return Buffer.from(`${playlist.snapshotVersion},${playlist.id}`).toString('base64url');
}

/** Market fields: with a market, playability (and a restriction when unplayable); without, the list. */
function marketFields(market: string | undefined, available: readonly string[], keepList: boolean): Json {
  if (market === undefined) return { available_markets: [...available] };
  const playable = available.includes(market);
  return {
    ...(keepList ? { available_markets: [...available] } : {}),
    is_playable: playable,
    ...(playable ? {} : { restrictions: { reason: 'market' } }),
  };
}

/** A paging object embedded in a full object (album tracks, show episodes, ...): first `limit` items. */
function embeddedPage<T, R>(
  s: SerializeContext,
  path: string,
  all: readonly T[],
  limit: number,
  map: (item: T) => R,
): Page<R> {
  const link = (offset: number): string => {
    const query = new URLSearchParams({ offset: String(offset), limit: String(limit) });
    if (s.market !== undefined) query.set('market', s.market);
    return `${api(s, path)}?${query.toString()}`;
  };
  return {
    href: link(0),
    items: all.slice(0, limit).map(map),
    limit,
    next: all.length > limit ? link(limit) : null,
    offset: 0,
    previous: null,
    total: all.length,
  };
}

// Artists

export function simplifiedArtist(s: SerializeContext, artist: ArtistRecord): Json {
  return {
    external_urls: openUrl('artist', artist.id),
    href: api(s, `/artists/${artist.id}`),
    id: artist.id,
    name: artist.name,
    type: 'artist',
    uri: `spotify:artist:${artist.id}`,
  };
}

export function artistObject(s: SerializeContext, artist: ArtistRecord): Json {
  return {
    external_urls: openUrl('artist', artist.id),
    followers: followers(artist.followers),
    genres: [...artist.genres],
    href: api(s, `/artists/${artist.id}`),
    id: artist.id,
    images: artist.images.map((i) => ({ ...i })),
    name: artist.name,
    popularity: artist.popularity,
    type: 'artist',
    uri: `spotify:artist:${artist.id}`,
  };
}

function artistsOf(s: SerializeContext, ids: readonly string[]): Json[] {
  const out: Json[] = [];
  for (const id of ids) {
    const artist = s.catalog.artists.get(id);
    if (artist) out.push(simplifiedArtist(s, artist));
  }
  return out;
}

// Albums

export type AlbumGroup = 'album' | 'single' | 'compilation' | 'appears_on';

export function simplifiedAlbum(s: SerializeContext, album: AlbumRecord, albumGroup?: AlbumGroup): Json {
  return {
    album_type: album.albumType,
    total_tracks: album.trackIds.length,
    // Required by the spec's AlbumBase, so kept even when a market is given.
    ...marketFields(s.market, album.availableMarkets, true),
    external_urls: openUrl('album', album.id),
    href: api(s, `/albums/${album.id}`),
    id: album.id,
    images: album.images.map((i) => ({ ...i })),
    name: album.name,
    release_date: album.releaseDate,
    release_date_precision: album.releaseDatePrecision,
    type: 'album',
    uri: `spotify:album:${album.id}`,
    artists: artistsOf(s, album.artistIds),
    ...(albumGroup === undefined ? {} : { album_group: albumGroup }),
  };
}

export function albumObject(s: SerializeContext, album: AlbumRecord): Json {
  return {
    ...simplifiedAlbum(s, album),
    tracks: embeddedPage(s, `/albums/${album.id}/tracks`, album.trackIds, 50, (id) =>
      simplifiedTrack(s, s.catalog.tracks.get(id)!),
    ),
    copyrights: album.copyrights.map((c) => ({ ...c })),
    external_ids: { upc: album.upc },
    genres: [...album.genres],
    label: album.label,
    popularity: album.popularity,
  };
}

// Tracks

export function simplifiedTrack(s: SerializeContext, track: TrackRecord): Json {
  return {
    artists: artistsOf(s, track.artistIds),
    ...marketFields(s.trackMarket, track.availableMarkets, false),
    disc_number: track.discNumber,
    duration_ms: track.durationMs,
    explicit: track.explicit,
    external_urls: openUrl('track', track.id),
    href: api(s, `/tracks/${track.id}`),
    id: track.id,
    name: track.name,
    preview_url: null,
    track_number: track.trackNumber,
    type: 'track',
    uri: `spotify:track:${track.id}`,
    is_local: track.isLocal,
  };
}

export function trackObject(s: SerializeContext, track: TrackRecord): Json {
  const relinked = relinkedTrack(s.catalog, track, s.trackMarket);
  if (relinked) return { ...trackObject(s, relinked), linked_from: linkedFrom(s, track) };
  const album = s.catalog.albums.get(track.albumId)!;
  return {
    album: simplifiedAlbum(s, album),
    ...simplifiedTrack(s, track),
    external_ids: { isrc: track.isrc },
    popularity: track.popularity,
  };
}

/** A `linked_from` object: the track that was asked for, when Spotify answered another (relinking). */
function linkedFrom(s: SerializeContext, track: TrackRecord): Json {
  return {
    external_urls: openUrl('track', track.id),
    href: api(s, `/tracks/${track.id}`),
    id: track.id,
    type: 'track',
    uri: `spotify:track:${track.id}`,
  };
}

export function audioFeaturesObject(s: SerializeContext, track: TrackRecord): Json {
  const f = track.audioFeatures;
  return {
    acousticness: f.acousticness,
    analysis_url: api(s, `/audio-analysis/${track.id}`),
    danceability: f.danceability,
    duration_ms: track.durationMs,
    energy: f.energy,
    id: track.id,
    instrumentalness: f.instrumentalness,
    key: f.key,
    liveness: f.liveness,
    loudness: f.loudness,
    mode: f.mode,
    speechiness: f.speechiness,
    tempo: f.tempo,
    time_signature: f.timeSignature,
    track_href: api(s, `/tracks/${track.id}`),
    type: 'audio_features',
    uri: `spotify:track:${track.id}`,
    valence: f.valence,
  };
}

type Random = () => number;

const r3 = (v: number): number => Number(v.toFixed(5));

/** Sections of about an eighth of the track (at least 10 s). */
function analysisSections(random: Random, f: AudioFeatures, duration: number): Json[] {
  const sections: Json[] = [];
  const sectionLength = Math.max(10, duration / 8);
  for (let start = 0; start < duration; start += sectionLength) {
    sections.push({
      start: r3(start),
      duration: r3(Math.min(sectionLength, duration - start)),
      confidence: r3(random()),
      loudness: r3(f.loudness - random() * 4),
      tempo: f.tempo,
      tempo_confidence: r3(random()),
      key: f.key,
      key_confidence: r3(random()),
      mode: f.mode,
      mode_confidence: r3(random()),
      time_signature: f.timeSignature,
      time_signature_confidence: r3(random()),
    });
  }
  return sections;
}

/** Half-second segments with loudness, pitches and timbre. */
function analysisSegments(random: Random, f: AudioFeatures, duration: number): Json[] {
  const segments: Json[] = [];
  for (let start = 0; start < duration; start += 0.5) {
    const loudness = f.loudness - random() * 20;
    segments.push({
      start: r3(start),
      duration: 0.5,
      confidence: r3(random()),
      loudness_start: r3(loudness),
      loudness_max: r3(loudness + random() * 10),
      loudness_max_time: r3(random() * 0.5),
      loudness_end: 0,
      pitches: Array.from({ length: 12 }, () => r3(random())),
      timbre: Array.from({ length: 12 }, () => r3(random() * 200 - 100)),
    });
  }
  return segments;
}

/** The analysis's `track` summary. */
function analysisTrack(random: Random, f: AudioFeatures, duration: number): Json {
  return {
    num_samples: Math.round(duration * 22050),
    duration: r3(duration),
    sample_md5: '',
    offset_seconds: 0,
    window_seconds: 0,
    analysis_sample_rate: 22050,
    analysis_channels: 1,
    end_of_fade_in: 0,
    start_of_fade_out: r3(Math.max(0, duration - 5)),
    loudness: f.loudness,
    tempo: f.tempo,
    tempo_confidence: r3(random()),
    time_signature: f.timeSignature,
    time_signature_confidence: r3(random()),
    key: f.key,
    key_confidence: r3(random()),
    mode: f.mode,
    mode_confidence: r3(random()),
    codestring: '',
    code_version: 3.15,
    echoprintstring: '',
    echoprint_version: 4.15,
    synchstring: '',
    synch_version: 1,
    rhythmstring: '',
    rhythm_version: 1,
  };
}

/** A deterministic audio analysis: bars, beats, tatums, sections and segments spanning the track. */
export function audioAnalysisObject(track: TrackRecord): Json {
  let seed = 0;
  for (const c of track.id) seed = (Math.imul(seed, 31) + c.charCodeAt(0)) >>> 0;
  const random = createRandom(seed);
  const f = track.audioFeatures;
  const duration = track.durationMs / 1000;
  const beat = 60 / f.tempo;
  const intervals = (step: number): Json[] => {
    const out: Json[] = [];
    for (let start = 0; start + step <= duration; start += step) {
      out.push({ start: r3(start), duration: r3(step), confidence: r3(random()) });
    }
    return out;
  };
  const sections = analysisSections(random, f, duration);
  const segments = analysisSegments(random, f, duration);
  return {
    meta: {
      analyzer_version: '4.0.0',
      platform: 'Linux',
      detailed_status: 'OK',
      status_code: 0,
      timestamp: 1_700_000_000,
      analysis_time: r3(1 + random() * 5),
      input_process: 'libvorbisfile L+R 44100->22050',
    },
    track: analysisTrack(random, f, duration),
    bars: intervals(beat * f.timeSignature),
    beats: intervals(beat),
    sections,
    segments,
    tatums: intervals(beat / 2),
  };
}

// Shows and episodes

export function simplifiedShow(s: SerializeContext, show: ShowRecord): Json {
  return {
    // Required by the spec's ShowBase, so kept even when a market is given.
    available_markets: [...show.availableMarkets],
    copyrights: show.copyrights.map((c) => ({ ...c })),
    description: show.description,
    html_description: `<p>${show.description}</p>`,
    explicit: show.explicit,
    external_urls: openUrl('show', show.id),
    href: api(s, `/shows/${show.id}`),
    id: show.id,
    images: show.images.map((i) => ({ ...i })),
    is_externally_hosted: false,
    languages: [...show.languages],
    media_type: show.mediaType,
    name: show.name,
    publisher: show.publisher,
    type: 'show',
    uri: `spotify:show:${show.id}`,
    total_episodes: show.episodeIds.length,
  };
}

export function showObject(s: SerializeContext, show: ShowRecord): Json {
  return {
    ...simplifiedShow(s, show),
    episodes: embeddedPage(s, `/shows/${show.id}/episodes`, show.episodeIds, 50, (id) =>
      simplifiedEpisode(s, s.catalog.episodes.get(id)!),
    ),
  };
}

/** Where the user left an episode or chapter; the emulator keeps no positions, so the start. */
/**
 * A user's resume point in an episode or chapter, varied but stable per user and item: about a third
 * not started, a third part-way (5 to 94 % in), a third fully played (position 0, as Spotify sends).
 */
export function resumePointOf(
  userId: string,
  itemId: string,
  durationMs: number,
): { fully_played: boolean; resume_position_ms: number } {
  let hash = 2166136261;
  for (const char of `${userId}/${itemId}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  const kind = hash % 3;
  if (kind === 0) return { fully_played: false, resume_position_ms: 0 };
  if (kind === 2) return { fully_played: true, resume_position_ms: 0 };
  const percent = 5 + ((hash >>> 2) % 90);
  return { fully_played: false, resume_position_ms: Math.floor((durationMs * percent) / 100) };
}

function resumePoint(s: SerializeContext, itemId: string, durationMs: number): Json {
  return s.userId === undefined ? {} : { resume_point: resumePointOf(s.userId, itemId, durationMs) };
}

export function simplifiedEpisode(s: SerializeContext, episode: EpisodeRecord): Json {
  const show = s.catalog.shows.get(episode.showId)!;
  const playable = s.market === undefined || show.availableMarkets.includes(s.market);
  return {
    audio_preview_url: null,
    description: episode.description,
    html_description: `<p>${episode.description}</p>`,
    duration_ms: episode.durationMs,
    explicit: episode.explicit,
    external_urls: openUrl('episode', episode.id),
    href: api(s, `/episodes/${episode.id}`),
    id: episode.id,
    images: episode.images.map((i) => ({ ...i })),
    is_externally_hosted: false,
    is_playable: playable,
    language: episode.language,
    languages: [episode.language],
    name: episode.name,
    release_date: episode.releaseDate,
    release_date_precision: episode.releaseDatePrecision,
    ...resumePoint(s, episode.id, episode.durationMs),
    type: 'episode',
    uri: `spotify:episode:${episode.id}`,
    ...(playable ? {} : { restrictions: { reason: 'market' } }),
  };
}

export function episodeObject(s: SerializeContext, episode: EpisodeRecord): Json {
  return { ...simplifiedEpisode(s, episode), show: simplifiedShow(s, s.catalog.shows.get(episode.showId)!) };
}

// Audiobooks and chapters

export function simplifiedAudiobook(s: SerializeContext, book: AudiobookRecord): Json {
  return {
    authors: book.authors.map((name) => ({ name })),
    // Required by the spec's AudiobookBase, so kept even when a market is given.
    available_markets: [...book.availableMarkets],
    copyrights: book.copyrights.map((c) => ({ ...c })),
    description: book.description,
    html_description: `<p>${book.description}</p>`,
    edition: book.edition,
    explicit: book.explicit,
    external_urls: openUrl('audiobook', book.id),
    href: api(s, `/audiobooks/${book.id}`),
    id: book.id,
    images: book.images.map((i) => ({ ...i })),
    languages: [...book.languages],
    media_type: book.mediaType,
    name: book.name,
    narrators: book.narrators.map((name) => ({ name })),
    publisher: book.publisher,
    type: 'audiobook',
    uri: `spotify:audiobook:${book.id}`,
    total_chapters: book.chapterIds.length,
  };
}

export function audiobookObject(s: SerializeContext, book: AudiobookRecord): Json {
  return {
    ...simplifiedAudiobook(s, book),
    chapters: embeddedPage(s, `/audiobooks/${book.id}/chapters`, book.chapterIds, 50, (id) =>
      simplifiedChapter(s, s.catalog.chapters.get(id)!),
    ),
  };
}

export function simplifiedChapter(s: SerializeContext, chapter: ChapterRecord): Json {
  const playable = s.market === undefined || chapter.availableMarkets.includes(s.market);
  return {
    audio_preview_url: null,
    ...(s.market === undefined ? { available_markets: [...chapter.availableMarkets] } : {}),
    chapter_number: chapter.chapterNumber,
    description: chapter.description,
    html_description: `<p>${chapter.description}</p>`,
    duration_ms: chapter.durationMs,
    explicit: chapter.explicit,
    external_urls: openUrl('episode', chapter.id),
    href: api(s, `/chapters/${chapter.id}`),
    id: chapter.id,
    images: chapter.images.map((i) => ({ ...i })),
    is_playable: playable,
    languages: [...chapter.languages],
    name: chapter.name,
    release_date: chapter.releaseDate,
    release_date_precision: 'day',
    ...resumePoint(s, chapter.id, chapter.durationMs),
    // The spec types chapters as episodes (type and URI), as Spotify's own answers do.
    type: 'episode',
    uri: `spotify:episode:${chapter.id}`,
    ...(playable ? {} : { restrictions: { reason: 'market' } }),
  };
}

export function chapterObject(s: SerializeContext, chapter: ChapterRecord): Json {
  return {
    ...simplifiedChapter(s, chapter),
    audiobook: simplifiedAudiobook(s, s.catalog.audiobooks.get(chapter.audiobookId)!),
  };
}

// Categories, users, playlists

export function categoryObject(s: SerializeContext, category: CategoryRecord): Json {
  return {
    href: api(s, `/browse/categories/${category.id}`),
    icons: category.icons.map((i) => ({ ...i })),
    id: category.id,
    name: category.name,
  };
}

export function publicUserObject(s: SerializeContext, user: UserRecord): Json {
  return {
    display_name: user.displayName,
    external_urls: openUrl('user', user.id),
    followers: followers(user.followers),
    href: api(s, `/users/${encodedUserId(user.id)}`),
    id: user.id,
    images: user.images.map((i) => ({ ...i })),
    type: 'user',
    uri: `spotify:user:${encodedUserId(user.id)}`,
  };
}

/** A PlaylistUserObject (added_by); `owner` adds display_name. */
function playlistUser(s: SerializeContext, userId: string): Json {
  return {
    external_urls: openUrl('user', userId),
    href: api(s, `/users/${encodedUserId(userId)}`),
    id: userId,
    type: 'user',
    uri: `spotify:user:${encodedUserId(userId)}`,
  };
}

function playlistOwner(s: SerializeContext, userId: string): Json {
  return { ...playlistUser(s, userId), display_name: s.catalog.users.get(userId)?.displayName ?? null };
}

/**
 * The full object behind a playable item (a playlist entry, the player's item or a queue entry): a
 * track, an episode, an audiobook's chapter (an episode uri names one: Spotify's ChapterObject is
 * `type: "episode"`), or a local file as Spotify reports it (`is_local: true`, no id); null when the
 * item no longer exists in the catalog.
 */
export function playableObject(s: SerializeContext, item: Pick<PlaylistItem, 'type' | 'id'>): Json | null {
  if (item.type === 'local') return localTrackObject(item.id);
  if (item.type === 'episode') {
    const episode = s.catalog.episodes.get(item.id);
    if (episode) return episodeObject(s, episode);
    const chapter = s.catalog.chapters.get(item.id);
    return chapter ? chapterObject(s, chapter) : null;
  }
  const track = s.catalog.tracks.get(item.id);
  return track ? trackObject(s, track) : null;
}

/**
 * One tag of a local file's URI, form-decoded as Spotify names the file (`+` a space, `%C3%B8` an
 * `ø`). A `%` that starts no well-formed escape of UTF-8 (`100% Rock`, as some clients write it) is
 * kept as it is: such a URI names a file all the same, never a server error.
 */
const localPart = (part: string | undefined): string =>
  (part ?? '').replace(/\+/g, ' ').replace(/(%[0-9A-Fa-f]{2})+/g, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });

/**
 * A local file as Spotify sends it in a playlist: a track object with `is_local: true`, `id`, `href`
 * and `external_urls` empty or null, a `spotify:local:` URI, and an album and artists without ids.
 */
export function localTrackObject(tail: string): Json {
  const [artist, album, title, seconds] = tail.split(':');
  const nameless = { external_urls: {}, href: null, id: null, type: 'artist', uri: null };
  return {
    album: {
      album_type: null,
      artists: [],
      available_markets: [],
      external_urls: {},
      href: null,
      id: null,
      images: [],
      name: localPart(album),
      release_date: null,
      release_date_precision: null,
      type: 'album',
      uri: null,
    },
    // A file without an artist tag (an empty artist part of its URI) lists no artist.
    artists: localPart(artist) === '' ? [] : [{ ...nameless, name: localPart(artist) }],
    available_markets: [],
    disc_number: 0,
    // The URI's seconds; Spotify sends 0 for a file whose length it does not know, never null.
    duration_ms: /^\d+$/.test(seconds ?? '') ? Number(seconds) * 1000 : 0,
    explicit: false,
    external_ids: {},
    external_urls: {},
    href: null,
    id: null,
    is_local: true,
    name: localPart(title),
    popularity: 0,
    preview_url: null,
    track_number: 0,
    type: 'track',
    uri: `spotify:local:${tail}`,
  };
}

/** A PlaylistTrackObject: the item under both `item` and the deprecated `track`. */
export function playlistTrack(s: SerializeContext, item: PlaylistItem): Json {
  const found = playableObject(s, item);
  // A local file matched to a catalog track: the catalog track, flagged local as Spotify sends it.
  const object = found && item.matchedLocal ? { ...found, is_local: true } : found;
  return {
    added_at: item.addedAt,
    added_by: playlistUser(s, item.addedBy),
    is_local: item.type === 'local' || item.matchedLocal === true,
    item: object,
    track: object,
  };
}

export function simplifiedPlaylist(s: SerializeContext, playlist: PlaylistRecord): Json {
  return {
    collaborative: playlist.collaborative,
    description: playlist.description,
    external_urls: openUrl('playlist', playlist.id),
    href: api(s, `/playlists/${playlist.id}`),
    id: playlist.id,
    images: playlist.images === null ? null : playlist.images.map((i) => ({ ...i })),
    name: playlist.name,
    owner: playlistOwner(s, playlist.ownerId),
    public: playlist.public,
    snapshot_id: snapshotId(playlist),
    items: { href: api(s, `/playlists/${playlist.id}/items`), total: playlist.items.length },
    tracks: { href: api(s, `/playlists/${playlist.id}/tracks`), total: playlist.items.length },
    type: 'playlist',
    uri: `spotify:playlist:${playlist.id}`,
  };
}

/** The full playlist: its first 100 items under `items` and, deprecated, `tracks`. */
export function playlistObject(s: SerializeContext, playlist: PlaylistRecord): Json {
  const items = embeddedPage(s, `/playlists/${playlist.id}/items`, playlist.items, 100, (item) =>
    playlistTrack(s, item),
  );
  const tracks = {
    ...items,
    href: items.href.replace('/items?', '/tracks?'),
    next: items.next?.replace('/items?', '/tracks?') ?? null,
  };
  return {
    ...simplifiedPlaylist(s, playlist),
    followers: followers(playlist.followers),
    items,
    tracks,
  };
}
