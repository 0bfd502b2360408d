import type { Track } from './endpoints/objects.js';
import { REFUSED_CHAR } from './quoted-input.js';

/**
 * Local files: a user's own audio files that Spotify lists in playlists and the player under a
 * `spotify:local:artist:album:title:seconds` URI (each part form-encoded, `+` for a space). Spotify
 * has no object to fetch for them: the URI is all it knows, so a local file is rebuilt from it, in the
 * shape Spotify sends (a track with `is_local: true`, `id: null`, album and artists without ids).
 */
const LOCAL_URI = /^spotify:local:([^:]*):([^:]*):([^:]*):([^:]*)$/;

/**
 * The longest `spotify:local:` URI that names a local file: room for three long tags, each fully
 * percent-encoded. A longer one, given as an id or sent by Spotify, names none (v18-attack7 LOW-3: a
 * 3,000-character URI given to `node(id:)` was echoed whole as its `id` and `uri`).
 */
export const MAX_LOCAL_URI_CHARS = 2048;

/**
 * A `%` that starts a malformed escape: followed by two letters or digits that are no hex pair (`%ZZ`,
 * `%G1`). A `%` followed by anything else (`100% Rock`, `100%+Rock`, a `%` that ends a tag) is a
 * percent sign some clients send unencoded, and is kept as it is.
 */
const MALFORMED_ESCAPE = /%(?![0-9A-Fa-f]{2})[0-9A-Za-z]{2}/;

/**
 * One tag of a local URI, form-decoded (`+` a space, `%2F` a slash); undefined when malformed: a
 * malformed escape (MALFORMED_ESCAPE), escapes that are no UTF-8 (`%C0`; `%ED%A0%80`, an encoded
 * surrogate), or a decoded character no text holds (REFUSED_CHAR: `%00`, `%E2%80%AE`, U+202E). A `%`
 * that starts no escape (`100% Rock`, as some clients send it) is taken as it is. An empty tag is
 * none (null): the file's tags may be missing (Spotify's guide "Local Files in Playlists").
 */
const part = (value: string): string | null | undefined => {
  if (MALFORMED_ESCAPE.test(value)) return undefined;
  let wellFormed = true;
  const decoded = value.replace(/\+/g, ' ').replace(/(%[0-9A-Fa-f]{2})+/g, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      wellFormed = false;
      return escapes;
    }
  });
  if (!wellFormed || REFUSED_CHAR.test(decoded)) return undefined;
  return decoded === '' ? null : decoded;
};

/**
 * The duration a local URI's last part names, in ms: its whole seconds times 1000; null when the part is
 * empty, no whole number of seconds, or 0 (Spotify's 0 for a file whose length it does not know: no
 * file lasts 0 s), so the file's length is unknown, never a made-up 0.
 */
const durationOf = (seconds: string): number | null =>
  /^\d+$/.test(seconds) && Number(seconds) > 0 ? Number(seconds) * 1000 : null;

/**
 * The most seconds a `spotify:local:` URI given as an id may name: the longest duration whose
 * milliseconds fit GraphQL's 32-bit `Int` (`durationMs`), about 24.8 days.
 */
export const MAX_LOCAL_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** Whether a value is a well-formed `spotify:local:` URI. */
export const isLocalUri = (value: string): boolean => localTrackOf(value) !== undefined;

/**
 * The local file a `spotify:local:` URI names, as Spotify's track shape (a tag the URI leaves empty is
 * null, as Spotify sends a file without it; a duration that is empty, 0 or no whole number of seconds
 * is null, see durationOf); undefined when malformed: not four `:`-separated parts after `spotify:local:`
 * (artist, album, title, whole seconds), as Spotify form-encodes a `:` inside a tag; longer than
 * MAX_LOCAL_URI_CHARS; a character no text holds (REFUSED_CHAR: a control character, a bidirectional
 * control, a line separator) in the URI or in a tag once decoded (`%00`, `%E2%80%AE`); a malformed
 * escape (`%ZZ`) or escapes that are no UTF-8 (`%C0`, an encoded surrogate `%ED%A0%80`). The one rule for both directions: a list's entry is a local file only with such a URI
 * (isLocalFile), so every local file's Node id is one `node(id:)` answers.
 */
export function localTrackOf(uri: string): Track | undefined {
  if (uri.length > MAX_LOCAL_URI_CHARS || REFUSED_CHAR.test(uri)) return undefined;
  const match = LOCAL_URI.exec(uri);
  if (!match) return undefined;
  const [artist, album, title] = [part(match[1]!), part(match[2]!), part(match[3]!)];
  if (artist === undefined || album === undefined || title === undefined) return undefined;
  const nameless = { external_urls: {}, href: null, id: null, uri: null };
  const track = {
    album: {
      ...nameless,
      album_type: null,
      artists: [],
      available_markets: [],
      images: [],
      name: album,
      release_date: null,
      release_date_precision: null,
      type: 'album',
    },
    artists: artist === null ? null : [{ ...nameless, name: artist, type: 'artist' }],
    available_markets: [],
    disc_number: 0,
    duration_ms: durationOf(match[4]!),
    explicit: false,
    external_ids: {},
    external_urls: {},
    href: null,
    id: null,
    is_local: true,
    name: title,
    popularity: 0,
    preview_url: null,
    track_number: 0,
    type: 'track',
    uri,
  };
  // Spotify's shared shapes say `string` where local files carry null: the object is Spotify's own.
  return track as unknown as Track;
}
