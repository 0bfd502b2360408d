import { createRandom, randomId } from './ids.js';
import type {
  AlbumRecord,
  AlbumType,
  ArtistRecord,
  AudiobookRecord,
  AudioFeatures,
  CategoryRecord,
  ChapterRecord,
  EpisodeRecord,
  Image,
  PlaylistItem,
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
  /**
   * Items missing from `restricted.market` (and only ever from markets no seeded account lives in),
   * so tests can find market restrictions without disturbing alice, bob and carol.
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
 * The four entries that end each seeded account's first playlist, in this order: a local file (a
 * non-ASCII name, as local files often have), a track Spotify removed (its id is in no catalog), an
 * episode, and a track unavailable in the restricted market.
 */
export const MIXED_ITEMS = {
  /** The `spotify:local:` URI's tail: artist, album, title (form-encoded) and seconds. */
  localFile: 'S%C3%B8ren+%C3%85berg:K%C3%B6kssessioner:%C3%96landsvisa+%E2%85%A1:214',
  removedTrackId: '0Removed0Track00000000',
} as const;

/** Where restrictions apply. No seeded account lives here, so their playback is never affected. */
export const RESTRICTED_MARKET = 'JP';

/** Markets a restricted item may additionally lack; never SE, US or DE (the seeded accounts). */
const LOSABLE_MARKETS = ['JP', 'KR', 'IN', 'ZA', 'EG', 'VN', 'ID', 'TR', 'AR', 'NG'];

export const MARKETS: readonly string[] = [
  'AD',
  'AE',
  'AR',
  'AT',
  'AU',
  'BE',
  'BG',
  'BO',
  'BR',
  'CA',
  'CH',
  'CL',
  'CO',
  'CR',
  'CY',
  'CZ',
  'DE',
  'DK',
  'DO',
  'EC',
  'EE',
  'EG',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'GT',
  'HK',
  'HN',
  'HU',
  'ID',
  'IE',
  'IL',
  'IN',
  'IS',
  'IT',
  'JP',
  'KR',
  'LT',
  'LU',
  'LV',
  'MA',
  'MT',
  'MX',
  'MY',
  'NG',
  'NI',
  'NL',
  'NO',
  'NZ',
  'PA',
  'PE',
  'PH',
  'PL',
  'PT',
  'PY',
  'RO',
  'SA',
  'SE',
  'SG',
  'SK',
  'SV',
  'TH',
  'TR',
  'TW',
  'US',
  'UY',
  'VN',
  'ZA',
];

/** Audiobooks are sold in fewer markets than music streams in. */
const AUDIOBOOK_MARKETS = [
  'AT',
  'AU',
  'BE',
  'CA',
  'CH',
  'DE',
  'DK',
  'FI',
  'FR',
  'GB',
  'IE',
  'JP',
  'NL',
  'NO',
  'NZ',
  'SE',
  'US',
];

export const GENRES: readonly string[] = [
  'acoustic',
  'afrobeat',
  'alt-rock',
  'alternative',
  'ambient',
  'blues',
  'bossanova',
  'chill',
  'classical',
  'country',
  'dance',
  'deep-house',
  'disco',
  'drum-and-bass',
  'dub',
  'edm',
  'electro',
  'electronic',
  'folk',
  'funk',
  'garage',
  'gospel',
  'grunge',
  'hip-hop',
  'house',
  'indie',
  'indie-pop',
  'j-pop',
  'jazz',
  'k-pop',
  'latin',
  'metal',
  'new-age',
  'opera',
  'piano',
  'pop',
  'punk',
  'r-n-b',
  'reggae',
  'rock',
  'soul',
  'synth-pop',
  'techno',
  'trance',
  'world-music',
];

const ADJECTIVES = [
  'Silver',
  'Velvet',
  'Electric',
  'Quiet',
  'Golden',
  'Broken',
  'Midnight',
  'Neon',
  'Paper',
  'Crimson',
  'Hollow',
  'Wild',
  'Lonely',
  'Frozen',
  'Burning',
  'Distant',
  'Gentle',
  'Restless',
  'Hidden',
  'Northern',
  'Silent',
  'Cosmic',
  'Amber',
  'Blue',
  'Lucky',
  'Secret',
  'Endless',
  'Faded',
  'Bright',
  'Little',
];
const NOUNS = [
  'Harbor',
  'Garden',
  'Echo',
  'River',
  'Lantern',
  'Mountain',
  'Signal',
  'Mirror',
  'Ocean',
  'Circuit',
  'Feather',
  'Horizon',
  'Thunder',
  'Orchard',
  'Compass',
  'Meadow',
  'Satellite',
  'Canyon',
  'Window',
  'Shadow',
  'Summer',
  'Winter',
  'Highway',
  'Engine',
  'Forest',
  'Island',
  'Letter',
  'Parade',
  'Station',
  'Wolves',
];
const FIRST_NAMES = [
  'Ada',
  'Bruno',
  'Clara',
  'Dmitri',
  'Elena',
  'Felix',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kaia',
  'Liam',
  'Maya',
  'Nils',
  'Olivia',
  'Pablo',
  'Quinn',
  'Rosa',
  'Sven',
  'Tara',
  'Umar',
  'Vera',
  'Wim',
  'Yuki',
  'Zoe',
];
const LAST_NAMES = [
  'Andersson',
  'Berg',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Hansen',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Rossi',
  'Silva',
  'Tanaka',
  'Varga',
  'Weber',
];
const TRACK_WORDS = [
  'Love',
  'Night',
  'Dancing',
  'Home',
  'Stars',
  'Fire',
  'Rain',
  'Heart',
  'Dreams',
  'Light',
  'Road',
  'Time',
  'Gold',
  'Waves',
  'Ghosts',
  'Morning',
  'City',
  'Sky',
  'Run',
  'Fall',
  'Bloom',
  'Static',
  'Tides',
  'Storm',
];
const LABELS = [
  'Northside Records',
  'Blue Orchard',
  'Paper Moon Music',
  'Harbor Sound',
  'Circuit Label',
  'Indigo Works',
];
const PUBLISHERS = [
  'Wavelength Media',
  'Open Air Audio',
  'Pocket Studio',
  'Northern Voice',
  'Hearsay Network',
];
const BOOK_PUBLISHERS = ['Inkwell Audio', 'Longform House', 'Chapterhouse', 'Quiet Page Press'];
const LANGUAGES = ['en', 'en', 'en', 'sv', 'de', 'es', 'fr', 'ja', 'pt'];
const CATEGORY_NAMES = [
  'Top Lists',
  'Pop',
  'Hip-Hop',
  'Rock',
  'Dance/Electronic',
  'Indie',
  'Mood',
  'Chill',
  'Workout',
  'Focus',
  'Sleep',
  'Party',
  'Jazz',
  'Classical',
  'Latin',
  'R&B',
  'Country',
  'Metal',
  'Folk & Acoustic',
  'Decades',
  'Romance',
  'Gaming',
];

type Random = () => number;

const int = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
// Math.round rather than toFixed: this runs ~80,000 times per catalog.
const round = (value: number, digits: number): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function images(random: Random, sizes: readonly number[] = [640, 300, 64]): Image[] {
  let hex = '';
  for (let i = 0; i < 40; i++) hex += '0123456789abcdef'[Math.floor(random() * 16)];
  return sizes.map((size) => ({ url: `https://i.scdn.co/image/${hex}${size}`, height: size, width: size }));
}

function title(random: Random): string {
  return random() < 0.5 ? `${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}` : `The ${pick(random, NOUNS)}`;
}

function trackTitle(random: Random): string {
  const roll = random();
  if (roll < 0.3) return `${pick(random, TRACK_WORDS)} ${pick(random, TRACK_WORDS)}`;
  if (roll < 0.6) return `${pick(random, ADJECTIVES)} ${pick(random, TRACK_WORDS)}`;
  if (roll < 0.8) return `${pick(random, TRACK_WORDS)} of the ${pick(random, NOUNS)}`;
  return pick(random, TRACK_WORDS);
}

function date(random: Random, fromYear: number, toYear: number): string {
  return `${int(random, fromYear, toYear)}-${pad(int(random, 1, 12))}-${pad(int(random, 1, 28))}`;
}

/** All markets, or (for a restricted item) all but JP and a few others that no seeded account uses. */
function markets(random: Random, base: readonly string[], restricted: boolean): string[] {
  if (!restricted) return [...base];
  const lost = new Set([RESTRICTED_MARKET, ...LOSABLE_MARKETS.filter(() => random() < 0.3)]);
  return base.filter((m) => !lost.has(m));
}

function audioFeatures(random: Random): AudioFeatures {
  return {
    acousticness: round(random(), 3),
    danceability: round(random(), 3),
    energy: round(random(), 3),
    instrumentalness: round(random() * random(), 3),
    key: int(random, 0, 11),
    liveness: round(random() * 0.6, 3),
    loudness: round(-2 - random() * 18, 3),
    mode: random() < 0.6 ? 1 : 0,
    speechiness: round(random() * 0.3, 3),
    tempo: round(60 + random() * 120, 3),
    timeSignature: random() < 0.9 ? 4 : 3,
    valence: round(random(), 3),
  };
}

/**
 * Builds the whole catalog from `seed`: the same seed always gives the same ids, names and shapes.
 * Sizes are chosen so that every paging path has more than one page. Fixtures tests can rely on,
 * whatever the seed (maps keep generation order):
 * - the first artist ("The Prolific Orchestra") has 60 albums of its own plus appearances;
 * - the second album has 120 tracks, and a few more have 55 to 75;
 * - the first show has 80 episodes, the first audiobook 60 chapters;
 * - the first 60 playlists are Spotify's (featured and category playlists), then 3 per seeded
 *   account, then listeners'; every 25th playlist has over 100 items, episodes among them;
 * - `restricted` lists what is unavailable in JP.
 */
export function createCatalog(seed: number, accounts: readonly SeedAccount[]): Catalog {
  const random = createRandom(seed);
  const usedIds = new Set<string>();
  const id = (): string => {
    let next = randomId(random);
    while (usedIds.has(next)) next = randomId(random);
    usedIds.add(next);
    return next;
  };

  // Artists: 200; the first one is prolific (over 50 albums) so artist-albums paging is real.
  const artists = new Map<string, ArtistRecord>();
  const artistList: ArtistRecord[] = [];
  for (let i = 0; i < 200; i++) {
    const roll = random();
    const name =
      roll < 0.4
        ? `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`
        : roll < 0.8
          ? `The ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`
          : `${pick(random, NOUNS)} ${pick(random, NOUNS)}`;
    const genreCount = int(random, 1, 3);
    const genres = new Set<string>();
    while (genres.size < genreCount) genres.add(pick(random, GENRES));
    const artist: ArtistRecord = {
      id: id(),
      name: i === 0 ? 'The Prolific Orchestra' : name,
      genres: [...genres],
      popularity: i === 0 ? 95 : int(random, 5, 90),
      followers: Math.floor(random() ** 3 * 5_000_000),
      images: images(random, [640, 320, 160]),
      albumIds: [],
      appearsOnIds: [],
      relatedIds: [],
    };
    artists.set(artist.id, artist);
    artistList.push(artist);
  }

  // Albums: 600 (album, single, compilation); a few long ones make album-tracks paging real.
  const albums = new Map<string, AlbumRecord>();
  const tracks = new Map<string, TrackRecord>();
  const restrictedAlbumIds: string[] = [];
  const restrictedTrackIds: string[] = [];
  for (let i = 0; i < 600; i++) {
    const primary = i < 60 ? artistList[0]! : pick(random, artistList.slice(1));
    const roll = random();
    const albumType: AlbumType = roll < 0.5 ? 'album' : roll < 0.85 ? 'single' : 'compilation';
    let trackCount =
      albumType === 'album'
        ? int(random, 8, 16)
        : albumType === 'single'
          ? int(random, 1, 3)
          : int(random, 15, 30);
    // Fixed long albums: one over 100 tracks, a handful over 50.
    if (i === 1) trackCount = 120;
    else if (i % 97 === 5) trackCount = int(random, 55, 75);
    const artistIds = [primary.id];
    if (random() < 0.15) {
      const guest = pick(random, artistList);
      if (guest.id !== primary.id) artistIds.push(guest.id);
    }
    const restricted = i % 10 === 7;
    const precisionRoll = random();
    const fullDate = date(random, 1965, 2026);
    const releaseDatePrecision = precisionRoll < 0.85 ? 'day' : precisionRoll < 0.95 ? 'year' : 'month';
    const releaseDate =
      releaseDatePrecision === 'day'
        ? fullDate
        : releaseDatePrecision === 'year'
          ? fullDate.slice(0, 4)
          : fullDate.slice(0, 7);
    const year = releaseDate.slice(0, 4);
    const label = pick(random, LABELS);
    const album: AlbumRecord = {
      id: id(),
      name: albumType === 'compilation' ? `${title(random)}: The Collection` : title(random),
      albumType,
      artistIds,
      trackIds: [],
      releaseDate,
      releaseDatePrecision,
      label,
      popularity: int(random, 0, 100),
      genres: [],
      images: images(random),
      availableMarkets: markets(random, MARKETS, restricted),
      copyrights: [
        { text: `${year} ${label}`, type: 'C' },
        { text: `${year} ${label}`, type: 'P' },
      ],
      upc: String(int(random, 100_000, 999_999)) + String(int(random, 100_000, 999_999)),
    };
    if (restricted) restrictedAlbumIds.push(album.id);
    const discs = trackCount > 40 ? 2 : 1;
    const perDisc = Math.ceil(trackCount / discs);
    for (let t = 0; t < trackCount; t++) {
      const trackArtists = [...artistIds];
      // Compilations gather many artists; other albums sometimes feature a guest.
      if (albumType === 'compilation' || random() < 0.1) {
        const guest = pick(random, artistList);
        if (albumType === 'compilation') trackArtists[0] = guest.id;
        else if (!trackArtists.includes(guest.id)) trackArtists.push(guest.id);
      }
      // A few single tracks are restricted inside otherwise available albums.
      const trackRestricted = restricted || (t === 2 && i % 10 === 3);
      const track: TrackRecord = {
        id: id(),
        name: trackTitle(random),
        albumId: album.id,
        artistIds: [...new Set(trackArtists)],
        discNumber: Math.floor(t / perDisc) + 1,
        trackNumber: (t % perDisc) + 1,
        durationMs: int(random, 95_000, 420_000),
        explicit: random() < 0.15,
        popularity: int(random, 0, 100),
        isrc: `SE${pick(random, ['A1B', 'K2C', 'X9Z'])}${year.slice(2)}${pad(int(random, 0, 99_999), 5)}`,
        availableMarkets:
          trackRestricted && !restricted ? markets(random, MARKETS, true) : album.availableMarkets,
        isLocal: false,
        audioFeatures: audioFeatures(random),
      };
      album.trackIds.push(track.id);
      tracks.set(track.id, track);
      if (trackRestricted) restrictedTrackIds.push(track.id);
      for (const artistId of track.artistIds) {
        const artist = artists.get(artistId)!;
        if (!artistIds.includes(artistId) && !artist.appearsOnIds.includes(album.id))
          artist.appearsOnIds.push(album.id);
      }
    }
    const genres = new Set<string>();
    for (const artistId of artistIds) for (const genre of artists.get(artistId)!.genres) genres.add(genre);
    album.genres = [...genres];
    albums.set(album.id, album);
    for (const artistId of artistIds) artists.get(artistId)!.albumIds.push(album.id);
  }

  const byReleaseDesc = (a: string, b: string): number => {
    const x = albums.get(a)!.releaseDate;
    const y = albums.get(b)!.releaseDate;
    return x < y ? 1 : x > y ? -1 : 0;
  };
  for (const artist of artistList) {
    artist.albumIds.sort(byReleaseDesc);
    artist.appearsOnIds.sort(byReleaseDesc);
    artist.relatedIds = artistList
      .filter((other) => other.id !== artist.id && other.genres.some((g) => artist.genres.includes(g)))
      .sort((a, b) => b.popularity - a.popularity)
      .slice(0, 20)
      .map((other) => other.id);
  }
  const newReleaseIds = [...albums.keys()].sort(byReleaseDesc).slice(0, 100);

  // Shows: 40 with 30 to 45 episodes; the first has 80 so show-episodes paging is real.
  const shows = new Map<string, ShowRecord>();
  const episodes = new Map<string, EpisodeRecord>();
  const restrictedShowIds: string[] = [];
  for (let i = 0; i < 40; i++) {
    const restricted = i % 8 === 5;
    const language = pick(random, LANGUAGES);
    const publisher = pick(random, PUBLISHERS);
    const show: ShowRecord = {
      id: id(),
      name: `${title(random)} ${pick(random, ['Podcast', 'Radio', 'Hour', 'Talks', 'Weekly'])}`,
      publisher,
      description: `Conversations about ${pick(random, TRACK_WORDS).toLowerCase()} and ${pick(random, NOUNS).toLowerCase()}s.`,
      explicit: random() < 0.2,
      languages: [language],
      mediaType: random() < 0.9 ? 'audio' : 'mixed',
      images: images(random),
      availableMarkets: markets(random, MARKETS, restricted),
      copyrights: [{ text: `2024 ${publisher}`, type: 'C' }],
      episodeIds: [],
    };
    if (restricted) restrictedShowIds.push(show.id);
    const count = i === 0 ? 80 : int(random, 30, 45);
    // Newest first: one episode a week back from a fixed date.
    const start = Date.UTC(2026, 9, 1);
    for (let e = 0; e < count; e++) {
      const released = new Date(start - e * 7 * 86_400_000 - int(random, 0, 2) * 86_400_000);
      const episode: EpisodeRecord = {
        id: id(),
        showId: show.id,
        name: `#${count - e}: ${trackTitle(random)}`,
        description: `In this episode: ${trackTitle(random).toLowerCase()} and ${pick(random, NOUNS).toLowerCase()}s.`,
        durationMs: int(random, 600_000, 5_400_000),
        explicit: show.explicit && random() < 0.5,
        language,
        releaseDate: released.toISOString().slice(0, 10),
        releaseDatePrecision: 'day',
        images: show.images,
      };
      show.episodeIds.push(episode.id);
      episodes.set(episode.id, episode);
    }
    shows.set(show.id, show);
  }

  // Audiobooks: 30 with 8 to 30 chapters; the first has 60 so chapter paging is real.
  const audiobooks = new Map<string, AudiobookRecord>();
  const chapters = new Map<string, ChapterRecord>();
  const restrictedAudiobookIds: string[] = [];
  const restrictedChapterIds: string[] = [];
  for (let i = 0; i < 30; i++) {
    const restricted = i % 6 === 4;
    const publisher = pick(random, BOOK_PUBLISHERS);
    const available = markets(random, AUDIOBOOK_MARKETS, restricted);
    const book: AudiobookRecord = {
      id: id(),
      name: `${title(random)}: A Novel`,
      authors: [`${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`],
      narrators: [`${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`],
      publisher,
      description: `A story of ${pick(random, TRACK_WORDS).toLowerCase()} and the ${pick(random, NOUNS).toLowerCase()}.`,
      edition: random() < 0.8 ? 'Unabridged' : 'Abridged',
      explicit: random() < 0.1,
      languages: ['en'],
      mediaType: 'audio',
      images: images(random),
      availableMarkets: available,
      copyrights: [{ text: `2023 ${publisher}`, type: 'C' }],
      chapterIds: [],
    };
    if (restricted) restrictedAudiobookIds.push(book.id);
    const count = i === 0 ? 60 : int(random, 8, 30);
    const releaseDate = date(random, 2015, 2026);
    for (let c = 0; c < count; c++) {
      const chapter: ChapterRecord = {
        id: id(),
        audiobookId: book.id,
        chapterNumber: c,
        name: c === 0 ? 'Opening Credits' : `Chapter ${c}`,
        description: `Chapter ${c} of ${book.name}.`,
        durationMs: int(random, 300_000, 3_000_000),
        explicit: book.explicit,
        languages: book.languages,
        releaseDate,
        images: book.images,
        availableMarkets: available,
      };
      book.chapterIds.push(chapter.id);
      chapters.set(chapter.id, chapter);
      if (restricted) restrictedChapterIds.push(chapter.id);
    }
    audiobooks.set(book.id, book);
  }

  // Users: the seeded accounts, Spotify's editorial account and 60 generated listeners.
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

  // Playlists: 300 in all; every 25th holds over 100 items including a few episodes.
  const trackIds = [...tracks.keys()];
  const episodeIds = [...episodes.keys()];
  const playlists = new Map<string, PlaylistRecord>();
  const base = Date.UTC(2024, 0, 1);
  const makePlaylist = (ownerId: string, name: string, index: number): PlaylistRecord => {
    const long = index % 25 === 0;
    const count = long ? int(random, 101, 240) : int(random, 5, 60);
    const items: PlaylistItem[] = [];
    let at = base + int(random, 0, 400) * 86_400_000;
    for (let n = 0; n < count; n++) {
      at += int(random, 1, 3600) * 1000;
      const episode = long && n % 30 === 7;
      items.push({
        type: episode ? 'episode' : 'track',
        id: episode ? pick(random, episodeIds) : pick(random, trackIds),
        addedAt: `${new Date(at).toISOString().slice(0, 19)}Z`,
        addedBy: ownerId,
      });
    }
    const playlist: PlaylistRecord = {
      id: id(),
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
    playlists.set(playlist.id, playlist);
    return playlist;
  };
  let index = 0;
  const editorial: string[] = [];
  for (let i = 0; i < 60; i++) editorial.push(makePlaylist('spotify', `${title(random)} Mix`, index++).id);
  const accountFirstPlaylists: PlaylistRecord[] = [];
  for (const account of accounts) {
    for (let i = 0; i < 3; i++) {
      const made = makePlaylist(
        account.id,
        `${account.displayName.split(' ')[0]}'s ${title(random)}`,
        index++,
      );
      if (i === 0) accountFirstPlaylists.push(made);
    }
  }
  while (index < 300)
    makePlaylist(
      pick(random, listeners).id,
      `${title(random)} ${pick(random, ['Vibes', 'Mix', 'Favourites', 'Playlist'])}`,
      index++,
    );

  // Each account's first playlist ends with what is not a plain catalog track (see MIXED_ITEMS).
  for (const playlist of accountFirstPlaylists) {
    const last = playlist.items[playlist.items.length - 1];
    const at = last?.addedAt ?? `${new Date(base).toISOString().slice(0, 19)}Z`;
    const entry = (type: PlaylistItem['type'], itemId: string): PlaylistItem => ({
      type,
      id: itemId,
      addedAt: at,
      addedBy: playlist.ownerId,
    });
    playlist.items.push(
      entry('local', MIXED_ITEMS.localFile),
      entry('track', MIXED_ITEMS.removedTrackId),
      entry('episode', episodeIds[0]!),
      entry('track', restrictedTrackIds[0]!),
    );
  }

  // Categories: 22, each with 8 to 20 editorial playlists.
  const categories = new Map<string, CategoryRecord>();
  for (const name of CATEGORY_NAMES) {
    const categoryId = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const count = int(random, 8, 20);
    const offset = int(random, 0, editorial.length - 1);
    const playlistIds: string[] = [];
    for (let n = 0; n < count; n++) playlistIds.push(editorial[(offset + n) % editorial.length]!);
    categories.set(categoryId, { id: categoryId, name, icons: images(random, [274]), playlistIds });
  }

  return {
    artists,
    albums,
    tracks,
    shows,
    episodes,
    audiobooks,
    chapters,
    categories,
    users,
    playlists,
    markets: MARKETS,
    genres: GENRES,
    newReleaseIds,
    featuredPlaylistIds: editorial.slice(0, 12),
    restricted: {
      market: RESTRICTED_MARKET,
      albumIds: restrictedAlbumIds,
      trackIds: restrictedTrackIds,
      showIds: restrictedShowIds,
      audiobookIds: restrictedAudiobookIds,
      chapterIds: restrictedChapterIds,
    },
  };
}
