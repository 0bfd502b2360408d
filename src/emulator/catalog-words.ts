/**
 * The word lists and code lists the emulator's catalog is generated from: markets, genres, names and
 * titles. Data, no logic.
 */

/** Where restrictions apply. No seeded account lives here, so their playback is never affected. */
export const RESTRICTED_MARKET = 'JP';

/**
 * Which objects come without images (Spotify sends `[]`): every 40th artist (the 40th, 80th, ...),
 * every 50th album, every 10th show (and so its episodes), every 30th listener playlist. Each seeded
 * account's second playlist has no cover at all (`images: null`).
 */
export const IMAGELESS_EVERY = { artist: 40, album: 50, show: 10, playlist: 30 } as const;

/** Markets a restricted item may additionally lack; never SE, US or DE (the seeded accounts). */
export const LOSABLE_MARKETS = ['JP', 'KR', 'IN', 'ZA', 'EG', 'VN', 'ID', 'TR', 'AR', 'NG'];

/**
 * The markets Spotify serves (185 as of 2026): ISO 3166-1 alpha-2 codes plus XK (Kosovo), the
 * list `GET /v1/markets` answers (from Spotify's Web API reference and the `available_markets` of
 * its catalog objects). A well-formed code outside it ("CU", "RU", "XX") is an invalid market.
 * The server keeps its own copy (src/spotify/markets.ts): the emulator imports nothing from the
 * rest of src/, and a test checks that both lists agree.
 */
export const MARKETS: readonly string[] = `
AD AE AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT
BW BY BZ CA CD CG CH CI CL CM CO CR CV CW CY CZ DE DJ DK DM DO DZ EC EE
EG ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HK HN HR HT HU
ID IE IL IN IQ IS IT JM JO JP KE KG KH KI KM KN KR KW KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MG MH MK ML MN MO MR MT MU MV MW MX MY MZ
NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PR PS PT PW PY QA RO RS
RW SA SB SC SE SG SI SK SL SM SN SR ST SV SZ TD TG TH TJ TL TN TO TR TT
TV TW TZ UA UG US UY UZ VC VE VN VU WS XK ZA ZM ZW`
  .trim()
  .split(/\s+/);

/** Audiobooks are sold in fewer markets than music streams in. */
export const AUDIOBOOK_MARKETS = [
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

export const ADJECTIVES = [
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
export const NOUNS = [
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
export const FIRST_NAMES = [
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
export const LAST_NAMES = [
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
export const TRACK_WORDS = [
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
export const LABELS = [
  'Northside Records',
  'Blue Orchard',
  'Paper Moon Music',
  'Harbor Sound',
  'Circuit Label',
  'Indigo Works',
];
export const PUBLISHERS = [
  'Wavelength Media',
  'Open Air Audio',
  'Pocket Studio',
  'Northern Voice',
  'Hearsay Network',
];
export const BOOK_PUBLISHERS = ['Inkwell Audio', 'Longform House', 'Chapterhouse', 'Quiet Page Press'];
export const LANGUAGES = ['en', 'en', 'en', 'sv', 'de', 'es', 'fr', 'ja', 'pt'];
export const CATEGORY_NAMES = [
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
