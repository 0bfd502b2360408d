/**
 * The emulator's generated catalog: its shape, and `createCatalog`, which builds it from a seed
 * through the generators per resource (catalog-music, catalog-podcasts, catalog-playlists).
 */

import { generateMusic } from './catalog-music.js';
import { generateCategories, generatePlaylists, generateUsers } from './catalog-playlists.js';
import { generateAudiobooks, generateShows } from './catalog-podcasts.js';
import { createCatalogRandom } from './catalog-random.js';
import { withUnicodeNames } from './catalog-unicode.js';
import { GENRES, MARKETS, RESTRICTED_MARKET } from './catalog-words.js';
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

export { MIXED_ITEMS } from './catalog-playlists.js';
export { GENRES, MARKETS, RESTRICTED_MARKET } from './catalog-words.js';

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
  /**
   * Items missing from `restricted.market` (and only ever from markets alice, bob and carol do not
   * live in, so they are not disturbed); the seeded `kenji` lives in that market and meets them.
   */
  readonly restricted: RestrictedItems;
}

export interface RestrictedItems {
  /** The market every listed item is unavailable in: `JP`. */
  readonly market: string;
  readonly albumIds: readonly string[];
  /** Tracks of restricted albums plus single tracks restricted inside available albums. */
  readonly trackIds: readonly string[];
  readonly showIds: readonly string[];
  readonly audiobookIds: readonly string[];
  readonly chapterIds: readonly string[];
}

export interface SeedAccount {
  id: string;
  displayName: string;
}

/**
 * Builds the whole catalog from `seed`: the same seed always gives the same ids, names and shapes.
 * `accounts` get users and playlists in the generation; `lateAccounts` only a user record, added
 * after it (so they change nothing else).
 * Sizes are chosen so that every paging path has more than one page. Fixtures tests can rely on,
 * whatever the seed (maps keep generation order):
 * - the first artist ("The Prolific Orchestra") has 60 albums of its own plus appearances;
 * - the second album has 120 tracks, and a few more have 55 to 75;
 * - the first show has 80 episodes, the first audiobook 60 chapters;
 * - the first 60 playlists are Spotify's (featured and category playlists), then 3 per seeded
 *   account, then listeners'; every 25th playlist has over 100 items, episodes among them;
 * - `restricted` lists what is unavailable in JP;
 * - the last listener who owns a playlist has an older user name, OLDER_USER_NAME (`émilie`).
 */
export function createCatalog(
  seed: number,
  accounts: readonly SeedAccount[],
  lateAccounts: readonly SeedAccount[] = [],
): Catalog {
  const gen = createCatalogRandom(seed);
  const music = generateMusic(gen);
  const spoken = generateShows(gen);
  const books = generateAudiobooks(gen);
  const { users, listeners } = generateUsers(gen, accounts);
  // After the draws above (nothing random): a late account moves no other generated id.
  for (const account of lateAccounts) {
    users.set(account.id, { id: account.id, displayName: account.displayName, followers: 0, images: [] });
  }
  const { playlists, editorial } = generatePlaylists(gen, {
    accounts,
    listeners,
    trackIds: [...music.tracks.keys()],
    episodeIds: [...spoken.episodes.keys()],
    restrictedTrackId: music.restrictedTrackIds[0]!,
  });
  const categories = generateCategories(gen, editorial);
  // After every draw: renames only, so no id or count moves.
  withUnicodeNames({ ...music, shows: spoken.shows, playlists });
  withOlderUserName(users, listeners, playlists);
  return {
    artists: music.artists,
    albums: music.albums,
    tracks: music.tracks,
    shows: spoken.shows,
    episodes: spoken.episodes,
    audiobooks: books.audiobooks,
    chapters: books.chapters,
    categories,
    users,
    playlists,
    markets: MARKETS,
    genres: GENRES,
    newReleaseIds: music.newReleaseIds,
    featuredPlaylistIds: editorial.slice(0, 12),
    restricted: {
      market: RESTRICTED_MARKET,
      albumIds: music.restrictedAlbumIds,
      trackIds: music.restrictedTrackIds,
      showIds: spoken.restrictedShowIds,
      audiobookIds: books.restrictedAudiobookIds,
      chapterIds: books.restrictedChapterIds,
    },
  };
}

/**
 * The user name of the listener withOlderUserName renames: an older Spotify user name with a character
 * outside `[A-Za-z0-9._-]`, which Spotify sends decoded as the id and percent-encoded in the URI
 * (`spotify:user:%C3%A9milie`). v16 attack on issue 7, D9.
 */
export const OLDER_USER_NAME = 'émilie';

/**
 * Renames the last listener who owns a playlist to OLDER_USER_NAME (in place: the users keep their
 * order, so the users each account follows stay; the listener's playlists and the items they added
 * follow the name).
 */
function withOlderUserName(
  users: Map<string, UserRecord>,
  listeners: readonly UserRecord[],
  playlists: ReadonlyMap<string, PlaylistRecord>,
): void {
  const owners = new Set([...playlists.values()].map((playlist) => playlist.ownerId));
  const old = listeners.findLast((listener) => owners.has(listener.id))?.id;
  if (old === undefined) return;
  const entries = [...users.entries()];
  users.clear();
  for (const [id, user] of entries) {
    if (id === old) users.set(OLDER_USER_NAME, { ...user, id: OLDER_USER_NAME });
    else users.set(id, user);
  }
  for (const playlist of playlists.values()) {
    if (playlist.ownerId === old) playlist.ownerId = OLDER_USER_NAME;
    for (const item of playlist.items) if (item.addedBy === old) item.addedBy = OLDER_USER_NAME;
  }
}
