/** Spotify ids are 22 base62 characters; the catalog derives them from a seeded PRNG. */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_PATTERN = /^[0-9A-Za-z]{22}$/;
/**
 * User ids are user names on Spotify: newer ones of letters, digits, `.`, `_` and `-`; older ones
 * may hold other characters (`émilie`, `a@b.com`, `a b`), never a control character or `/`.
 */
const USER_ID_PATTERN = /^(?!\.+$)[^\p{Cc}/]{1,64}$/u;

export const isSpotifyId = (value: string): boolean => ID_PATTERN.test(value);
export const isUserId = (value: string): boolean => USER_ID_PATTERN.test(value);

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
