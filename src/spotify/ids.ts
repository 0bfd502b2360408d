/**
 * The one rule for Spotify ids and URIs, for the client's list options (params.ts checkEntries) and
 * for the GraphQL server's arguments (src/resolvers/ids.ts reads through it): what an id of each type
 * looks like and which URIs name an object. Spotify's Web API reference, "Spotify URIs and IDs": an id
 * is 22 base62 characters; a user's id is its user name (user-names.ts).
 */
import { canonicalUserName, isUserName, userNameOfSegment } from './user-names.js';

/** The Spotify resource types that have URIs (and so GraphQL Node ids). */
export type SpotifyType =
  | 'album'
  | 'artist'
  | 'track'
  | 'show'
  | 'episode'
  | 'audiobook'
  | 'chapter'
  | 'playlist'
  | 'user';

export const SPOTIFY_TYPES: readonly SpotifyType[] = [
  'album',
  'artist',
  'track',
  'show',
  'episode',
  'audiobook',
  'chapter',
  'playlist',
  'user',
];

const BASE62_ID = /^[0-9A-Za-z]{22}$/;
const URI = /^spotify:([a-z]+):(.+)$/;

/**
 * Whether `id` is an id of `type` as Spotify writes it in an object's `id`: 22 base62 characters, or
 * for users a user name, older ones included (`émilie`, `a@b.com`; isUserName, the client's path check
 * too, so an id Spotify sent is usable). The one rule for ids, whether a caller gave them or Spotify
 * sent them.
 */
export function validId(type: SpotifyType | 'audioFeatures', id: string): boolean {
  return type === 'user' ? isUserName(id) : BASE62_ID.test(id);
}

/**
 * A URI's type and id, or undefined when it is not a Spotify URI (`spotify:<type>:<id>`) of a known
 * type with an id of that type's form (validId). A user's id is its user name decoded
 * (`spotify:user:%C3%A9milie` -> `émilie`; userNameOfSegment), in NFC (canonicalUserName:
 * `e%CC%81milie` is `émilie` too).
 */
export function parseUri(value: string): { type: SpotifyType; id: string } | undefined {
  const match = URI.exec(value);
  if (!match) return undefined;
  const type = match[1] as SpotifyType;
  if (!SPOTIFY_TYPES.includes(type)) return undefined;
  const id = type === 'user' ? userNameOfSegment(match[2]!) : match[2]!;
  if (id === undefined || !validId(type, id)) return undefined;
  return { type, id: type === 'user' ? canonicalUserName(id) : id };
}

/** How an id of `type` is written, as refusals say it. */
export const idForm = (type: SpotifyType): string =>
  type === 'user' ? 'a user name' : '22 base62 characters';

/** `names` as a reader says a choice: `track`, `track or episode`, `album, track or episode`. */
export function oneOf(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/**
 * `word` with its article, as a reader says it, whatever its case: `an album`, `a track`, `a user`,
 * `an Album`, `a User` (a `u` read "you"). The one rule for every message that names a type or kind.
 */
export const withArticle = (word: string): string =>
  `${/^[aeio]/i.test(word) || /^u(?!s)/i.test(word) ? 'an' : 'a'} ${word}`;
