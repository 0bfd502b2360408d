/**
 * Credentials that Spotify's text names before giving them (`access_token=BQD...`, `"refresh_token":
 * "..."`, `client_secret: ...`, `Authorization: Basic ...`, a `sp_dc` cookie), whatever their length:
 * a token shorter than the token-shaped runs other redaction looks for is still a token.
 */

/** Names whose value is a credential (OAuth's, Spotify's cookie's, and the generic ones). */
const NAMES =
  'access_token|refresh_token|id_token|token|code|code_verifier|client_secret|secret|password|sp_dc|sp_key|sp_t|api_key|apikey|session';

/**
 * `name=value`, `name: value` or `"name":"value"` (quotes, spaces optional); a value of digits only is
 * kept (a status code is not a credential), anything else up to a separator is the credential.
 */
const NAMED = new RegExp(
  `\\b(${NAMES})(["']?\\s*[:=]\\s*["']?)(?!\\d+(?:[\\s"'&<>,;)]|$))([^\\s"'&<>,;)]+)`,
  'gi',
);
/** A separator of prose: a colon and a space, no quote (`No token: pass authToken`). */
const PROSE_SEPARATOR = /^:\s+$/;
/** A lower-case word of letters only: English, not a credential (tokens, codes and secrets mix case or digits). */
const WORD = /^[a-z]+$/;
/**
 * After a prose separator, also a word a sentence holds: a capitalised word of 4 letters or more
 * (`Playlist "Secret: Love"`) or a two-letter country code (`Invalid market code: SE`). No OAuth code,
 * token or secret has either shape.
 */
const PROSE_WORD = /^(?:[a-z]+|[A-Z][a-z]{3,}|[A-Z]{2})$/;

/** The replacement of one NAMED match: the value redacted, unless the match is a sentence (`token: pass ...`). */
function redactNamed(match: string, name: string, separator: string, value: string): string {
  if (PROSE_SEPARATOR.test(separator) && PROSE_WORD.test(value)) return match;
  return `${name}${separator}[redacted]`;
}
/** An HTTP authorization credential written out: `Basic ...`, `Bearer ...`. */
const SCHEME = /\b(Basic|Bearer)(\s+)([^\s"'&<>,;)]+)/gi;

/** The replacement of one SCHEME match: the credential redacted, unless it is a word (`a Bearer token`). */
function redactScheme(match: string, scheme: string, _space: string, value: string): string {
  return WORD.test(value) ? match : `${scheme} [redacted]`;
}

/**
 * `text` with every named credential's value (and every written-out Basic or Bearer one) replaced by
 * `[redacted]`. A name followed by `: ` and a word (`No token: pass authToken`, `market code: SE`,
 * `Secret: Love`: PROSE_WORD), or
 * Basic/Bearer followed by one (`a Bearer token`), is prose, kept.
 */
export function redactNamedCredentials(text: string): string {
  return text.replace(NAMED, redactNamed).replace(SCHEME, redactScheme);
}
