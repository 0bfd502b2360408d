/**
 * The seeded helpers every part of the emulator's catalog is generated with: the random source and
 * its unique ids, numbers in a range, picks from a list, images, titles, dates, markets.
 */

import {
  ADJECTIVES,
  FIRST_NAMES,
  LAST_NAMES,
  LOSABLE_MARKETS,
  NOUNS,
  RESTRICTED_MARKET,
  TRACK_WORDS,
} from './catalog-words.js';
import { createRandom, randomId } from './ids.js';
import type { AudioFeatures, Image } from './model.js';

/** The random source of one catalog and its id maker: ids are unique within the catalog. */
export interface CatalogRandom {
  readonly random: Random;
  /** A new 22-character Spotify id, never given before in this catalog. */
  id(): string;
}

/** The generator state for `seed`; every catalog part draws from it in a fixed order. */
export function createCatalogRandom(seed: number): CatalogRandom {
  const random = createRandom(seed);
  const usedIds = new Set<string>();
  return {
    random,
    id: (): string => {
      let next = randomId(random);
      while (usedIds.has(next)) next = randomId(random);
      usedIds.add(next);
      return next;
    },
  };
}

/** `first last` from the name lists. */
export function personName(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
}

/** A seeded source of numbers in [0, 1). */
export type Random = () => number;

/** An integer from `min` to `max`, both included. */
export const int = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));
/** One element of `list`. */
export const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;
// Math.round rather than toFixed: this runs ~80,000 times per catalog.
export const round = (value: number, digits: number): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};
/** `n` with leading zeros to `width` digits. */
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** One image per size, all with the same generated hash. */
export function images(random: Random, sizes: readonly number[] = [640, 300, 64]): Image[] {
  let hex = '';
  for (let i = 0; i < 40; i++) hex += '0123456789abcdef'[Math.floor(random() * 16)];
  return sizes.map((size) => ({ url: `https://i.scdn.co/image/${hex}${size}`, height: size, width: size }));
}

/**
 * The images of object `index` of its kind, or none (`[]`, as Spotify sends for an object without
 * art) for every `every`th one (`index % every === every - 1`). The hash is drawn either way, so
 * dropping the images changes nothing else in the catalog.
 */
export function imagesOrNone(
  random: Random,
  index: number,
  every: number,
  sizes?: readonly number[],
): Image[] {
  const drawn = images(random, sizes);
  return index % every === every - 1 ? [] : drawn;
}

/** An album, playlist or show title. */
export function title(random: Random): string {
  return random() < 0.5 ? `${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}` : `The ${pick(random, NOUNS)}`;
}

/** A track or episode title. */
export function trackTitle(random: Random): string {
  const roll = random();
  if (roll < 0.3) return `${pick(random, TRACK_WORDS)} ${pick(random, TRACK_WORDS)}`;
  if (roll < 0.6) return `${pick(random, ADJECTIVES)} ${pick(random, TRACK_WORDS)}`;
  if (roll < 0.8) return `${pick(random, TRACK_WORDS)} of the ${pick(random, NOUNS)}`;
  return pick(random, TRACK_WORDS);
}

/** A `YYYY-MM-DD` date between the years (days 1 to 28). */
export function date(random: Random, fromYear: number, toYear: number): string {
  return `${int(random, fromYear, toYear)}-${pad(int(random, 1, 12))}-${pad(int(random, 1, 28))}`;
}

/** All markets, or (for a restricted item) all but JP and a few others that no seeded account uses. */
export function markets(random: Random, base: readonly string[], restricted: boolean): string[] {
  if (!restricted) return [...base];
  const lost = new Set([RESTRICTED_MARKET, ...LOSABLE_MARKETS.filter(() => random() < 0.3)]);
  return base.filter((m) => !lost.has(m));
}

/** A track's audio features, within Spotify's ranges. */
export function audioFeatures(random: Random): AudioFeatures {
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
