/** Spotify ids are 22 base62 characters; the catalog derives them from a seeded PRNG. */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_PATTERN = /^[0-9A-Za-z]{22}$/;
/** Most characters (code points) of a user id. */
export const MAX_USER_ID = 128;

/** A newer user name: letters, digits, `.`, `_` and `-`, never only dots. */
const PLAIN_USER_ID = /^(?!\.+$)[0-9A-Za-z._-]{1,128}$/;

/**
 * What no user id holds: control characters, lone surrogates, U+2028/U+2029, bidirectional controls,
 * noncharacters, invisible (default-ignorable) characters, and `/ \ % , ? #`.
 */
const NEVER_IN_USER_ID =
  /[\p{Cc}\p{Cs}\u2028\u2029\u202a-\u202e\u2066-\u2069\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}/\\%,?#]/u;

export const isSpotifyId = (value: string): boolean => ID_PATTERN.test(value);

/**
 * Whether `value` is a Spotify user id (a user name, decoded): a newer name (PLAIN_USER_ID), or an older
 * one with other characters (`émilie`, `a@b.com`, `a b`) of at most MAX_USER_ID code points, not blank,
 * without white space at its ends, not only dots, holding none of NEVER_IN_USER_ID.
 *
 * The same rule as the server's (src/spotify/user-names.ts isUserName), written twice on purpose: the
 * emulator imports nothing from the rest of src/ (DESIGN.md), so test/emulator/user-id-rule.test.ts
 * holds the two to one fact (they disagreed: 64 characters here, 128 there, so a name the server took
 * was the emulator's 400).
 */
export function isUserId(value: string): boolean {
  if (PLAIN_USER_ID.test(value)) return true;
  if (value === '' || value.trim() !== value || /^\.+$/.test(value)) return false;
  return [...value].length <= MAX_USER_ID && !NEVER_IN_USER_ID.test(value);
}

/**
 * A user id as Spotify writes it in a URI or a path: percent-encoded (`spotify:user:%C3%A9milie`);
 * a newer name is unchanged.
 */
export const encodedUserId = (userId: string): string => encodeURIComponent(userId);

/** A small, fast, deterministic PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomId(random: () => number): string {
  let id = '';
  for (let i = 0; i < 22; i++) id += BASE62[Math.floor(random() * 62)];
  return id;
}

export type UriType =
  | 'album'
  | 'artist'
  | 'track'
  | 'show'
  | 'episode'
  | 'audiobook'
  | 'chapter'
  | 'playlist'
  | 'user';

export function parseUri(uri: string): { type: UriType; id: string } | undefined {
  const match =
    /^spotify:(album|artist|track|show|episode|audiobook|chapter|playlist|user):([0-9A-Za-z._~%-]+)$/.exec(
      uri,
    );
  if (!match) return undefined;
  const [, type, raw] = match;
  if (type !== 'user') return isSpotifyId(raw!) ? { type: type as UriType, id: raw! } : undefined;
  // A user's name is percent-encoded in its URI (`spotify:user:%C3%A9milie`).
  let id: string;
  try {
    id = decodeURIComponent(raw!);
  } catch {
    return undefined;
  }
  return isUserId(id) ? { type: 'user', id } : undefined;
}
