import { REFUSED_CHAR } from './quoted-input.js';

/**
 * Spotify user ids (user names). Newer ones are letters, digits, `.`, `_` and `-`; older accounts kept
 * the name they signed up with, which may hold other characters (`émilie`, `a@b.com`, `a+b`, `a b`).
 * Spotify sends such a name decoded as a user object's `id` and percent-encoded in its `uri`
 * (`spotify:user:%C3%A9milie`), and takes it percent-encoded in a path (`/v1/users/%C3%A9milie`).
 * v16 attack on issue 7, D9.
 */

/** A newer user name: letters, digits, `.`, `_` and `-`, never only dots (`..` would be a path segment). */
const PLAIN_NAME = /^(?!\.+$)[0-9A-Za-z._-]{1,128}$/;

/**
 * What no user name holds, whatever its age, besides the characters no text holds (REFUSED_CHAR:
 * control characters, lone surrogates, line and paragraph separators, bidirectional controls,
 * noncharacters): invisible characters (which make two names look alike), `/`, `\`, `?` and `#` (path
 * tricks), `%` (a name given still encoded: `%2F` is no name), `,` (ids are joined with it in a list
 * parameter).
 */
const NEVER_IN_NAME = /[\p{Default_Ignorable_Code_Point}/\\%,?#]/u;

/** Most characters (code points) of a user name. */
const MAX_NAME = 128;

/**
 * Whether `name` is a Spotify user id as Spotify sends it in an object's `id` (decoded): a newer name,
 * or an older one with other characters (`émilie`, `a@b.com`, `a b`) that is well-formed Unicode, at
 * most 128 characters, not blank, without white space at its ends, not only dots, and holds none of
 * NEVER_IN_NAME nor REFUSED_CHAR.
 */
export function isUserName(name: string): boolean {
  if (PLAIN_NAME.test(name)) return true;
  if (name === '' || name.trim() !== name || /^\.+$/.test(name)) return false;
  return [...name].length <= MAX_NAME && !NEVER_IN_NAME.test(name) && !REFUSED_CHAR.test(name);
}

/**
 * A user name a caller gave, in one spelling: Unicode NFC, so that `émilie` typed decomposed (`e` and a
 * combining acute accent, U+0301) is the same user as precomposed `é`, asked of Spotify and kept in the
 * request's loads under one name (v17, B4). Spotify's own answers are left as they are sent.
 */
export const canonicalUserName = (name: string): string => name.normalize('NFC');

/** A URI's user segment: user-id characters, `~`, `+` (a space, as a form encodes it) and `%XX` escapes. */
const URI_SEGMENT = /^(?:[0-9A-Za-z._~-]|\+|%[0-9A-Fa-f]{2}){1,384}$/;

/**
 * The user name a URI's user segment names (`%C3%A9milie` -> `émilie`, `a%40b.com`, `a+b` or `a%20b`
 * -> `a b`, `alice` -> `alice`), or undefined for a segment that is no well-formed encoding of a user
 * name (isUserName): a raw character outside URI_SEGMENT (`é`, `a/b`), a malformed escape (`%ZZ`,
 * `%C3` alone), or a name that decodes to something no name holds (`..%2Fme`, `%00`).
 */
export function userNameOfSegment(segment: string): string | undefined {
  if (!URI_SEGMENT.test(segment)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(segment.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
  return isUserName(name) ? name : undefined;
}

/**
 * A user name as one segment of a URI or a path: a newer name as it is, an older one with every
 * character outside `[A-Za-z0-9._~-]` percent-encoded as UTF-8 (`émilie` -> `%C3%A9milie`, `a b` ->
 * `a%20b`, `a+b` -> `a%2Bb`). One name, one segment: the Node id of a user (`spotify:user:<segment>`).
 */
export function userNameSegment(name: string): string {
  if (PLAIN_NAME.test(name)) return name;
  return encodeURIComponent(name).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The URI of the user `name`: `spotify:user:<userNameSegment>`. */
export const userUri = (name: string): string => `spotify:user:${userNameSegment(name)}`;
