import { isUserName } from './user-names.js';

/**
 * What may stand in each path parameter of a Spotify URL. Values are percent-encoded as well, but
 * encoding leaves `.` and `..` alone, and those are path segments of their own (`/v1/users/..` is
 * `/v1/`): so each kind is checked first. Spotify ids are base62 (Spotify's Web API docs, "Spotify
 * URIs and IDs"); category ids are words with `_` and `-` (`toplists`) or base62; user ids are
 * user names (isUserName: newer ones of letters, digits, `.`, `_` and `-`, older ones with other
 * characters, sent percent-encoded: `/users/%C3%A9milie`).
 */
const KINDS: Readonly<Record<string, { pattern: { test(text: string): boolean }; what: string }>> = {
  id: { pattern: /^[A-Za-z0-9]{1,64}$/, what: 'a base62 Spotify id' },
  playlist_id: { pattern: /^[A-Za-z0-9]{1,64}$/, what: 'a base62 Spotify id' },
  category_id: { pattern: /^[A-Za-z0-9_-]{1,64}$/, what: 'a category id (letters, digits, _ and -)' },
  user_id: {
    pattern: { test: isUserName },
    what: 'a Spotify user name (at most 128 characters, no control character, /, \\, ?, #, % or ,)',
  },
};

/** Any other path parameter: one segment, no dot segment. */
const ANY = { pattern: /^(?!\.+$)[^/?#]{1,256}$/, what: 'one path segment' };

/**
 * The text of a path parameter, percent-encoded, or the reason it is refused (a string to put in the
 * caller's error). `name` is the parameter's name in the endpoint table (`id`, `playlist_id`, ...).
 */
export function encodePathValue(name: string, text: string): { value: string } | { refused: string } {
  const kind = KINDS[name] ?? ANY;
  if (!kind.pattern.test(text)) return { refused: `must be ${kind.what}` };
  return { value: encodeURIComponent(text) };
}
