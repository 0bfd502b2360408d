/**
 * The people and lists of the emulator's catalog: users (the seeded accounts, Spotify's editorial
 * account, generated listeners), playlists, and the browse categories over editorial playlists.
 */
import type { SeedAccount } from './catalog.js';
import { type CatalogRandom, images, int, pick, title } from './catalog-random.js';
import {
  ADJECTIVES,
  CATEGORY_NAMES,
  FIRST_NAMES,
  IMAGELESS_EVERY,
  LAST_NAMES,
  NOUNS,
} from './catalog-words.js';
import type { CategoryRecord, PlaylistItem, PlaylistRecord, UserRecord } from './model.js';

/**
 * The four entries that end each seeded account's first playlist, in this order: a local file (a
 * non-ASCII name, as local files often have), a track Spotify removed (its id is in no catalog), an
 * episode, and a track unavailable in the restricted market. The entry before them is a local file
 * Spotify matched to a catalog track (`PlaylistItem.matchedLocal`).
 */
export const MIXED_ITEMS = {
  /** The `spotify:local:` URI's tail: artist, album, title (form-encoded) and seconds. */
  localFile: 'S%C3%B8ren+%C3%85berg:K%C3%B6kssessioner:%C3%96landsvisa+%E2%85%A1:214',
  removedTrackId: '0Removed0Track00000000',
} as const;

/** The seeded accounts, Spotify's editorial account and 60 generated listeners (answered apart). */
export function generateUsers(
  gen: CatalogRandom,
  accounts: readonly SeedAccount[],
): { users: Map<string, UserRecord>; listeners: UserRecord[] } {
  const { random } = gen;
  const users = new Map<string, UserRecord>();
  for (const account of accounts) {
    users.set(account.id, {
      id: account.id,
      displayName: account.displayName,
      followers: int(random, 0, 50),
      images: [],
    });
  }
  users.set('spotify', {
    id: 'spotify',
    displayName: 'Spotify',
    followers: 9_000_000,
    images: images(random, [300]),
  });
  const listeners: UserRecord[] = [];
  for (let i = 0; i < 60; i++) {
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    let userId = `${first}.${last}${int(random, 1, 99)}`.toLowerCase();
    while (users.has(userId)) userId += 'x';
    const user: UserRecord = {
      id: userId,
      displayName: `${first} ${last}`,
      followers: int(random, 0, 3000),
      images: random() < 0.7 ? images(random, [300, 64]) : [],
    };
    users.set(user.id, user);
    listeners.push(user);
  }
  return { users, listeners };
}

/** What playlists are made of and for. */
export interface PlaylistSources {
  accounts: readonly SeedAccount[];
  listeners: readonly UserRecord[];
  trackIds: readonly string[];
  episodeIds: readonly string[];
  /** A track unavailable in the restricted market, for the seeded accounts' first playlists. */
  restrictedTrackId: string;
}

/** The playlists, and the ids of Spotify's own (editorial) ones in order. */
export interface Playlists {
  playlists: Map<string, PlaylistRecord>;
  editorial: string[];
}

const BASE = Date.UTC(2024, 0, 1);

/**
 * 300 playlists: 60 of Spotify's, 3 per seeded account, the rest listeners'; every 25th holds over
 * 100 items including a few episodes. Each account's first playlist ends with MIXED_ITEMS; its
 * second has no cover (`images: null`); every 30th listener playlist has `images: []`.
 */
export function generatePlaylists(gen: CatalogRandom, sources: PlaylistSources): Playlists {
  const { random } = gen;
  const playlists = new Map<string, PlaylistRecord>();
  const make = (ownerId: string, name: string, index: number): PlaylistRecord => {
    const playlist = generatePlaylist(gen, sources, ownerId, name, index);
    playlists.set(playlist.id, playlist);
    return playlist;
  };
  let index = 0;
  const editorial: string[] = [];
  for (let i = 0; i < 60; i++) editorial.push(make('spotify', `${title(random)} Mix`, index++).id);
  const accountFirstPlaylists: PlaylistRecord[] = [];
  for (const account of sources.accounts) {
    for (let i = 0; i < 3; i++) {
      const made = make(account.id, `${account.displayName.split(' ')[0]}'s ${title(random)}`, index++);
      if (i === 0) accountFirstPlaylists.push(made);
      // No cover at all: Spotify sends `images: null` for such a playlist.
      if (i === 1) made.images = null;
    }
  }
  for (let listener = 0; index < 300; listener++) {
    const made = make(
      pick(random, sources.listeners).id,
      `${title(random)} ${pick(random, ['Vibes', 'Mix', 'Favourites', 'Playlist'])}`,
      index++,
    );
    if (listener % IMAGELESS_EVERY.playlist === IMAGELESS_EVERY.playlist - 1) made.images = [];
  }
  for (const playlist of accountFirstPlaylists) appendMixedItems(playlist, sources);
  return { playlists, editorial };
}

function generatePlaylist(
  gen: CatalogRandom,
  sources: PlaylistSources,
  ownerId: string,
  name: string,
  index: number,
): PlaylistRecord {
  const { random } = gen;
  const long = index % 25 === 0;
  const count = long ? int(random, 101, 240) : int(random, 5, 60);
  const items: PlaylistItem[] = [];
  let at = BASE + int(random, 0, 400) * 86_400_000;
  for (let n = 0; n < count; n++) {
    at += int(random, 1, 3600) * 1000;
    const episode = long && n % 30 === 7;
    items.push({
      type: episode ? 'episode' : 'track',
      id: episode ? pick(random, sources.episodeIds) : pick(random, sources.trackIds),
      addedAt: `${new Date(at).toISOString().slice(0, 19)}Z`,
      addedBy: ownerId,
    });
  }
  const playlist: PlaylistRecord = {
    id: gen.id(),
    ownerId,
    name,
    description:
      random() < 0.7 ? `${pick(random, ADJECTIVES)} songs for ${pick(random, NOUNS).toLowerCase()}s.` : '',
    public: ownerId === 'spotify' || random() < 0.8,
    collaborative: false,
    followers: ownerId === 'spotify' ? int(random, 10_000, 5_000_000) : int(random, 0, 500),
    images: images(random, [640, 300, 60]),
    items,
    snapshotVersion: 1,
  };
  // Spotify only allows non-public playlists to be collaborative.
  if (!playlist.public && random() < 0.4) playlist.collaborative = true;
  return playlist;
}

/**
 * Ends `playlist` with what is not a plain catalog track (see MIXED_ITEMS); the catalog track entry just
 * before them becomes a local file Spotify matched to that track (`matchedLocal`).
 */
function appendMixedItems(playlist: PlaylistRecord, sources: PlaylistSources): void {
  const last = playlist.items[playlist.items.length - 1];
  if (last?.type === 'track') last.matchedLocal = true;
  const at = last?.addedAt ?? `${new Date(BASE).toISOString().slice(0, 19)}Z`;
  const entry = (type: PlaylistItem['type'], itemId: string): PlaylistItem => ({
    type,
    id: itemId,
    addedAt: at,
    addedBy: playlist.ownerId,
  });
  playlist.items.push(
    entry('local', MIXED_ITEMS.localFile),
    entry('track', MIXED_ITEMS.removedTrackId),
    entry('episode', sources.episodeIds[0]!),
    entry('track', sources.restrictedTrackId),
  );
}

/** 22 categories, each with 8 to 20 consecutive editorial playlists. */
export function generateCategories(
  gen: CatalogRandom,
  editorial: readonly string[],
): Map<string, CategoryRecord> {
  const { random } = gen;
  const categories = new Map<string, CategoryRecord>();
  for (const name of CATEGORY_NAMES) {
    const categoryId = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const count = int(random, 8, 20);
    const offset = int(random, 0, editorial.length - 1);
    const playlistIds: string[] = [];
    for (let n = 0; n < count; n++) playlistIds.push(editorial[(offset + n) % editorial.length]!);
    categories.set(categoryId, { id: categoryId, name, icons: images(random, [274]), playlistIds });
  }
  return categories;
}
