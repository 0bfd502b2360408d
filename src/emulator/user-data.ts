import { createRandom } from './ids.js';
import type { EmulatorState } from './state.js';

export type SavedType = 'track' | 'album' | 'show' | 'episode' | 'audiobook';

export type TimeRange = 'short_term' | 'medium_term' | 'long_term';

export const TIME_RANGES: readonly TimeRange[] = ['short_term', 'medium_term', 'long_term'];

/** A user's affinities over one time range, best first. */
export interface TopItems {
  artistIds: string[];
  trackIds: string[];
}

/** A seeded account's own data: what it saved and follows, and what it played. */
export interface UserData {
  /** Per type: id -> added_at (ISO 8601), in insertion order (newest last). */
  saved: Record<SavedType, Map<string, string>>;
  followedArtists: Map<string, string>;
  followedUsers: Map<string, string>;
  /** Playlist id -> followed at. A user follows the playlists it creates. */
  followedPlaylists: Map<string, string>;
  /** Newest first; played_at in epoch milliseconds. */
  recentlyPlayed: { trackId: string; playedAt: number; contextUri: string | null }[];
  /** Top artists and tracks per time range; each range orders them differently. */
  top: Record<TimeRange, TopItems>;
  explicitContent: { filterEnabled: boolean; filterLocked: boolean };
}

/** Timestamps as Spotify writes them: UTC, second precision, `Z`. */
export const isoSeconds = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/**
 * The entries of a saved/followed map, newest first. Ties keep the later insertion first, so a
 * batch saved in one request reads back in the reverse of its request order, as on Spotify.
 */
export function newestFirst(map: ReadonlyMap<string, string>): [string, string][] {
  const entries = [...map.entries()].map((entry, index) => ({ entry, index, at: Date.parse(entry[1]) }));
  entries.sort((a, b) => b.at - a.at || b.index - a.index);
  return entries.map((e) => e.entry);
}

interface LibrarySize {
  tracks: number;
  albums: number;
  shows: number;
  episodes: number;
  audiobooks: number;
  artists: number;
  users: number;
  playlists: number;
  topArtists: number;
  topTracks: number;
  recent: number;
}

// Alice's library is large enough that every list needs more than one page (followed artists more
// than one cursor page at limit 20, saved tracks more than one page at the maximum limit of 50).
const SIZES: Record<string, LibrarySize> = {
  alice: {
    tracks: 64,
    albums: 24,
    shows: 8,
    episodes: 14,
    audiobooks: 5,
    artists: 28,
    users: 4,
    playlists: 10,
    topArtists: 40,
    topTracks: 60,
    recent: 40,
  },
  bob: {
    tracks: 32,
    albums: 10,
    shows: 4,
    episodes: 6,
    audiobooks: 2,
    artists: 9,
    users: 3,
    playlists: 5,
    topArtists: 20,
    topTracks: 30,
    recent: 20,
  },
  carol: {
    tracks: 40,
    albums: 15,
    shows: 6,
    episodes: 9,
    audiobooks: 3,
    artists: 14,
    users: 3,
    playlists: 6,
    topArtists: 25,
    topTracks: 40,
    recent: 25,
  },
};

const DEFAULT_SIZE: LibrarySize = {
  tracks: 20,
  albums: 6,
  shows: 3,
  episodes: 4,
  audiobooks: 1,
  artists: 6,
  users: 2,
  playlists: 3,
  topArtists: 15,
  topTracks: 20,
  recent: 10,
};

/** Seeded library dates count back from a fixed instant, so the same seed gives the same library. */
const SEED_EPOCH = Date.UTC(2026, 0, 1);
const DAY = 24 * 3600 * 1000;

function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Up to `count` distinct values of `from`, in a random but seed-determined order. */
function pick<T>(random: () => number, from: readonly T[], count: number): T[] {
  const pool = [...from];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/** `preferred` first (shuffled), then the rest of `all`, without repeats, up to `count`. */
function pickPreferring<T>(
  random: () => number,
  preferred: readonly T[],
  all: readonly T[],
  count: number,
): T[] {
  const chosen = pick(random, [...new Set(preferred)], count);
  if (chosen.length >= count) return chosen;
  const taken = new Set(chosen);
  const rest = all.filter((v) => !taken.has(v));
  return [...chosen, ...pick(random, rest, count - chosen.length)];
}

/** Saved-at dates for `ids`, oldest first, spread over the `spanDays` before the seed epoch. */
function datedMap(random: () => number, ids: readonly string[], spanDays: number): Map<string, string> {
  const times = ids.map(() => SEED_EPOCH - Math.floor(random() * spanDays * DAY)).sort((a, b) => a - b);
  return new Map(ids.map((id, i) => [id, isoSeconds(times[i]!)]));
}

/**
 * Top artists and tracks per time range. Long term leans on what the user follows and saved long
 * ago; short term on recent saves and a few new discoveries; medium term sits between.
 */
function topItems(
  catalog: EmulatorState['catalog'],
  random: () => number,
  size: LibrarySize,
  library: { followedArtistIds: readonly string[]; savedTrackIds: readonly string[] },
): Record<TimeRange, TopItems> {
  const { followedArtistIds, savedTrackIds } = library;
  const artistIds = [...catalog.artists.keys()];
  const trackIds = [...catalog.tracks.keys()];
  const savedArtistOrder = savedTrackIds.flatMap((id) => catalog.tracks.get(id)?.artistIds ?? []);
  const top = {} as Record<TimeRange, TopItems>;
  for (const range of TIME_RANGES) {
    const recentTracks = range === 'short_term' ? savedTrackIds.slice(-20) : savedTrackIds;
    const preferredArtists =
      range === 'long_term'
        ? followedArtistIds
        : [...savedArtistOrder.slice(-30), ...followedArtistIds.slice(0, 5)];
    const topArtistIds = pickPreferring(random, preferredArtists, artistIds, size.topArtists);
    const topArtistTracks = topArtistIds
      .slice(0, 10)
      .flatMap((id) => (catalog.artists.get(id)?.albumIds ?? []).slice(0, 1))
      .flatMap((id) => catalog.albums.get(id)?.trackIds.slice(0, 3) ?? []);
    const topTrackIds = pickPreferring(
      random,
      [...pick(random, recentTracks, Math.round(size.topTracks * 0.6)), ...topArtistTracks],
      trackIds,
      size.topTracks,
    );
    top[range] = { artistIds: topArtistIds, trackIds: topTrackIds };
  }

  return top;
}

/**
 * The index in a user's seeded history of a play recorded in the same millisecond as the one before
 * it (newest first): carol's plays 19 and 20 share a `played_at`, astride Spotify's default page of 20,
 * so that a reader paging by Spotify's `before` cursor (exclusive: "before, but not including") meets
 * the pair split across two pages. Only the time of that play differs from the plain seed: no draw.
 */
const SAME_MILLISECOND_PLAY: Record<string, number> = { carol: 20 };

/** `count` recent plays of `candidates`, newest first, "recent" relative to when the account is first touched. */
function recentPlays(
  state: EmulatorState,
  random: () => number,
  count: number,
  candidates: readonly string[],
  sameMillisecond?: number,
): UserData['recentlyPlayed'] {
  const { catalog } = state;
  const startedAt = state.now();
  const recentlyPlayed: UserData['recentlyPlayed'] = [];
  let playedAt = startedAt - 5 * 60 * 1000;
  for (const trackId of pick(random, candidates, count)) {
    const track = catalog.tracks.get(trackId);
    const contextUri = track && random() < 0.6 ? `spotify:album:${track.albumId}` : null;
    const previous = recentlyPlayed.at(-1);
    const at = recentlyPlayed.length === sameMillisecond && previous ? previous.playedAt : playedAt;
    recentlyPlayed.push({ trackId, playedAt: at, contextUri });
    playedAt -= (track?.durationMs ?? 180_000) + Math.floor(random() * 20 * 60 * 1000);
  }

  return recentlyPlayed;
}

/**
 * The tracks a user who lives in the catalog's restricted market (`kenji`, JP) has saved although they
 * do not play there, so that `isPlayable: false` and the restriction show in that user's own library
 * (v10 attack on issue 7, F19): the first track of the first restricted album and the first restricted
 * track inside an available album. None for a user who lives elsewhere.
 */
function unavailableSaves(state: EmulatorState, userId: string): string[] {
  const { restricted, albums, tracks } = state.catalog;
  if (state.accounts.get(userId)?.country !== restricted.market) return [];
  const albumTrack = albums.get(restricted.albumIds[0] ?? '')?.trackIds[0];
  const single = restricted.trackIds.find(
    (id) => !restricted.albumIds.includes(tracks.get(id)?.albumId ?? ''),
  );
  return [albumTrack, single].filter((id): id is string => id !== undefined);
}

/**
 * A realistic library for `userId`, derived from the catalog and the id: the accounts follow
 * artists, save those artists' albums and tracks more often than others', and their top items lean
 * on what they follow and save, with a different emphasis per time range.
 */
export function createUserData(state: EmulatorState, userId: string): UserData {
  const { catalog } = state;
  const size = SIZES[userId] ?? DEFAULT_SIZE;
  const random = createRandom(hashString(`${state.options.seed ?? 1}:${userId}`));

  const artistIds = [...catalog.artists.keys()];
  const followedArtistIds = pick(random, artistIds, size.artists);

  const ownAlbums = followedArtistIds.flatMap((id) => catalog.artists.get(id)?.albumIds ?? []);
  const allSavedAlbums = pickPreferring(
    random,
    pick(random, ownAlbums, Math.round(size.albums * 0.7)),
    [...catalog.albums.keys()],
    size.albums,
  );

  const ownTracks = [...ownAlbums, ...allSavedAlbums].flatMap((id) => catalog.albums.get(id)?.trackIds ?? []);
  const trackIds = [...catalog.tracks.keys()];
  // Saves that do not play in the user's market last (the most recently saved: first in the library).
  const unavailable = unavailableSaves(state, userId);
  const savedTrackIds = pickPreferring(
    random,
    pick(random, ownTracks, Math.round(size.tracks * 0.6)),
    trackIds,
    size.tracks,
  )
    .filter((id) => !unavailable.includes(id))
    .concat(unavailable);

  const savedShowIds = pick(random, [...catalog.shows.keys()], size.shows);
  const showEpisodes = savedShowIds.flatMap((id) => (catalog.shows.get(id)?.episodeIds ?? []).slice(0, 5));
  const savedEpisodeIds = pickPreferring(random, showEpisodes, [...catalog.episodes.keys()], size.episodes);
  const savedAudiobookIds = pick(random, [...catalog.audiobooks.keys()], size.audiobooks);

  const otherAccounts = [...state.accounts.keys()].filter((id) => id !== userId);
  const otherUsers = [...catalog.users.keys()].filter((id) => id !== userId && !state.accounts.has(id));
  const followedUserIds = [...otherAccounts, ...pick(random, otherUsers, size.users)];

  const playlists = [...catalog.playlists.values()];
  const ownPlaylists = playlists.filter((p) => p.ownerId === userId).map((p) => p.id);
  const othersPublic = playlists.filter((p) => p.ownerId !== userId && p.public).map((p) => p.id);
  const followedPlaylistIds = [...ownPlaylists, ...pick(random, othersPublic, size.playlists)];

  const top = topItems(catalog, random, size, { followedArtistIds, savedTrackIds });
  const recentlyPlayed = recentPlays(
    state,
    random,
    size.recent,
    [...top.short_term.trackIds, ...savedTrackIds],
    SAME_MILLISECOND_PLAY[userId],
  );

  return {
    saved: {
      track: datedMap(random, savedTrackIds, 3 * 365),
      album: datedMap(random, allSavedAlbums, 4 * 365),
      show: datedMap(random, savedShowIds, 2 * 365),
      episode: datedMap(random, savedEpisodeIds, 120),
      audiobook: datedMap(random, savedAudiobookIds, 365),
    },
    followedArtists: datedMap(random, followedArtistIds, 5 * 365),
    followedUsers: datedMap(random, followedUserIds, 3 * 365),
    followedPlaylists: datedMap(random, followedPlaylistIds, 3 * 365),
    recentlyPlayed,
    top,
    explicitContent: { filterEnabled: false, filterLocked: false },
  };
}

/**
 * Follows a playlist for a user (a no-op when already followed) and counts the new follower.
 * Shared by `/me/library` and the playlist follow routes so that both change the same state.
 */
export function followPlaylist(state: EmulatorState, userId: string, playlistId: string): void {
  const followed = state.user(userId).followedPlaylists;
  if (followed.has(playlistId)) return;
  followed.set(playlistId, isoSeconds(state.now()));
  const playlist = state.catalog.playlists.get(playlistId);
  if (playlist) playlist.followers += 1;
}

export function unfollowPlaylist(state: EmulatorState, userId: string, playlistId: string): void {
  if (!state.user(userId).followedPlaylists.delete(playlistId)) return;
  const playlist = state.catalog.playlists.get(playlistId);
  if (playlist) playlist.followers = Math.max(0, playlist.followers - 1);
}
