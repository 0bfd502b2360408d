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
  `\\b(${NAMES})(["']?\\s*[:=]\\s*["']?)(?!\\d+(?:[\\s"'&<>,;)]|$))[^\\s"'&<>,;)]+`,
  'gi',
);
/** An HTTP authorization credential written out: `Basic ...`, `Bearer ...`. */
const SCHEME = /\b(Basic|Bearer)\s+[^\s"'&<>,;)]+/gi;

/** `text` with every named credential's value (and every written-out Basic or Bearer one) replaced by `[redacted]`. */
export function redactNamedCredentials(text: string): string {
  return text.replace(NAMED, '$1$2[redacted]').replace(SCHEME, '$1 [redacted]');
}
