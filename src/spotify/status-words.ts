/**
 * Error bodies that say nothing but their HTTP status: `Forbidden`, `403 Forbidden`, `Error 403:
 * Forbidden`, `HTTP/1.1 403 Forbidden`, or an HTML page such as nginx's `<html><head><title>403
 * Forbidden</title></head>...`. Spotify sends the bare `Forbidden` itself (its refusal of a removed
 * endpoint to a Development Mode app: jjdenhertog/spotify-to-plex#131), and gateways and proxies in
 * front of it send the others, under any content type (text/plain, text/html, even application/json).
 * Such a body gives no reason: it is read as an empty one.
 */
import { STATUS_CODES } from 'node:http';

/** Words that may stand before or beside a status without saying anything more ("Error 403", "HTTP 403"). */
const FILLER = new Set(['error', 'http', 'status', 'code']);

/**
 * Whether `text` (already readable: tags dropped, as readableErrorText gives it) is only the status
 * phrase of `status`: once its tags are dropped, an HTTP version (`HTTP/1.1`) is left out, and its
 * words are taken apart from punctuation (case aside), what remains is the code (`403`), the reason
 * phrase (`Forbidden`, node:http STATUS_CODES, the RFC 9110 phrases) or both in either order, with
 * at most the words "error", "http", "status" or "code" beside them. Empty text is not a phrase (the
 * caller knows it is empty). `403 Forbidden: Access is denied` or `Insufficient client scope` say more
 * and are no status phrase.
 */
export function isOnlyStatusPhrase(text: string, status: number): boolean {
  const words = (
    text
      .replace(/<[^<>]*>/g, ' ')
      .replace(/\bhttp\/\d(?:\.\d)?\b/gi, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((word) => !FILLER.has(word));
  if (words.length === 0) return false;
  const said = words.join(' ');
  const code = String(status);
  const phrase = (STATUS_CODES[status] ?? '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
    ?.join(' ');
  const forms = phrase === undefined ? [code] : [code, phrase, `${code} ${phrase}`, `${phrase} ${code}`];
  return forms.includes(said);
}
