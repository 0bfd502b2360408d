/**
 * Error bodies that say nothing but their HTTP status: `Forbidden`, `403 Forbidden`, `Error 403:
 * Forbidden`, `HTTP/1.1 403 Forbidden`, `Internal Server Error`, or an HTML page such as nginx's
 * `<html><head><title>403 Forbidden</title></head>...`. Spotify sends the bare `Forbidden` itself (its
 * refusal of a removed endpoint to a Development Mode app: jjdenhertog/spotify-to-plex#131), and
 * gateways and proxies in front of it send the others, under any content type (text/plain, text/html,
 * application/json, or as the `message` of a JSON error object). Such a body gives no reason: it is
 * read as an empty one, whatever its type and whatever the status (one rule for 403, 500 and 502).
 */
import { STATUS_CODES } from 'node:http';

/** Words that may stand before or beside a status without saying anything more ("Error 403", "HTTP 403"). */
const FILLER = new Set(['error', 'http', 'status', 'code']);

/** The words of `text` (letters and digits, lower case) other than FILLER, an HTTP version left out. */
function wordsOf(text: string): string[] {
  return (
    text
      .replace(/\bhttp\/\d(?:\.\d)?\b/gi, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((word) => !FILLER.has(word));
}

/**
 * Whether `text` (already readable, as readableErrorText in responses.ts gives it: a `<...>` left in
 * it is text, not a tag) is only the status phrase of `status`: once an HTTP version (`HTTP/1.1`) is
 * left out and its words are taken apart from punctuation (case aside), what remains besides the
 * words "error", "http", "status" and "code" is the code (`403`), the reason phrase (`Forbidden`,
 * `Internal Server Error`: node:http STATUS_CODES, the RFC 9110 phrases, whose own filler words are
 * set aside alike) or both in either order. Text without any word (empty, or only punctuation) is not
 * a phrase (the caller knows it is empty), nor is a filler word alone (`Error`, a page's title that
 * its heading goes on from). `403 Forbidden: Access is denied`,
 * `Forbidden <scope user-read-private>` or `Insufficient client scope` say more and are no status phrase.
 */
export function isOnlyStatusPhrase(text: string, status: number): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return false;
  const said = wordsOf(text).join(' ');
  if (said === '') return false;
  const code = String(status);
  const phrase = wordsOf(STATUS_CODES[status] ?? '').join(' ');
  const forms = phrase === '' ? [code] : [code, phrase, `${code} ${phrase}`, `${phrase} ${code}`];
  return forms.includes(said);
}

/**
 * Words of a Spotify site's name ("Spotify for Developers", "Spotify – Web Player", "Spotify
 * Accounts") or of its owner's, as a page's footer gives it ("© 2025 Spotify AB").
 */
const SITE_WORDS = new Set([
  'spotify',
  'for',
  'developers',
  'developer',
  'dashboard',
  'web',
  'player',
  'open',
  'accounts',
  'account',
  'community',
  'support',
  'ab',
]);
/** Exclamations a page's title puts beside a site's name ("Spotify: Oops") that say nothing of why. */
const EXCLAMATIONS = new Set(['oops', 'whoops', 'sorry', 'uh', 'oh', 'ouch', 'hmm']);

/**
 * Whether `text` (already readable) is only the name of a Spotify site, perhaps with an exclamation:
 * `Spotify`, `Spotify for Developers`, `Spotify – Web Player`, `Spotify: Oops`, `Error | Spotify`,
 * `© 2025 Spotify AB`. Its words (letters and digits, case aside; "error", "http", "status", "code",
 * exclamations such as "oops" and a year set aside) are all words of a Spotify site's name, one of
 * them "spotify". Such a text is an
 * HTML error page's `<title>` or banner, and says nothing of the refusal (s35 attack, issue 7 item 5):
 * `Spotify: this app is in development mode` says more and is no site name.
 */
export function isOnlySiteName(text: string): boolean {
  const words = wordsOf(text).filter((word) => !EXCLAMATIONS.has(word) && !/^(?:19|20)\d\d$/.test(word));
  return words.includes('spotify') && words.every((word) => SITE_WORDS.has(word));
}
