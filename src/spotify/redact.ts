/**
 * Spotify's error text made safe to pass on: bounded in length, and with every credential the request
 * carried (the access token, the app's secret, a refresh token) and any fragment of one removed, as
 * well as anything shaped like a token. Spotify has echoed request details in error text; a message
 * or `reason` is copied into GraphQL errors and logs, so it is cleaned once, where it is read.
 */

/** Longest run of a secret that may appear unredacted: shorter runs carry too little to matter. */
const FRAGMENT = 8;
/** Anything token-shaped: 40 or more token characters in a row. */
const TOKEN_LIKE = /[A-Za-z0-9_\-.~+/]{40,}=*/g;
const REDACTED = '[redacted]';
/** `Bearer` and the word after it. */
const BEARER = /\b(Bearer)(\s+)(\S+)/gi;
/** A word of prose (letters, at most a trailing punctuation mark): "authentication", "token.". */
const PROSE_WORD = /^[A-Za-z][a-z]*[.,;:!?)]?$/;

/**
 * `Bearer <credential>` with the credential redacted; the word after "bearer" in Spotify's prose
 * ("Only valid bearer authentication supported") is kept: a credential is no plain word.
 */
const redactBearer = (text: string): string =>
  text.replace(BEARER, (all, bearer: string, space: string, word: string) =>
    PROSE_WORD.test(word) ? all : `${bearer}${space}${REDACTED}`,
  );

/** The text with every run of FRAGMENT or more characters of a secret replaced by `[redacted]`. */
function redactSecrets(text: string, secrets: readonly string[]): string {
  const pieces = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < FRAGMENT) continue;
    for (let at = 0; at + FRAGMENT <= secret.length; at++) pieces.add(secret.slice(at, at + FRAGMENT));
  }
  if (pieces.size === 0) return text;
  const hidden = new Uint8Array(text.length);
  let found = false;
  for (let at = 0; at + FRAGMENT <= text.length; at++) {
    if (pieces.has(text.slice(at, at + FRAGMENT))) {
      hidden.fill(1, at, at + FRAGMENT);
      found = true;
    }
  }
  if (!found) return text;
  let out = '';
  for (let at = 0; at < text.length; at++) {
    if (hidden[at] === 0) out += text[at];
    else if (at === 0 || hidden[at - 1] === 0) out += REDACTED;
  }
  return out;
}

/**
 * C0 and C1 control characters and DEL: an ESC sequence in Spotify's (or a proxy's) text would be
 * interpreted by the terminal of whoever reads an error or `/ready` (v14 re-attack, R7).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g;

/**
 * Unicode format characters (category Cf): bidirectional overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069, which make a terminal or log viewer print `gnp.exe` as `exe.png`), zero-width
 * characters (U+200B-U+200F, U+2060, U+FEFF) and the like: invisible in what they change, so a reader
 * of an error or a log line cannot tell what it says (v15 attack on issue 7, V3).
 */
const FORMAT_CHARACTERS = /\p{Cf}+/gu;

/**
 * Spotify's text (an error message or reason) bounded to `max` characters, with format characters
 * (FORMAT_CHARACTERS) removed, the given secrets, their fragments, bearer credentials and token-shaped
 * runs replaced by `[redacted]`, control characters (CONTROL_CHARACTERS) as spaces and runs of white
 * space folded to one space. The cut never splits a surrogate pair.
 */
export function safeSpotifyText(text: string, secrets: readonly string[], max: number): string {
  // Only a bounded prefix is read: a 30,000-character message is cut before anything else is done.
  // Format characters go first: a zero-width character inside a token must not hide it from redaction.
  const head = text.slice(0, max * 4).replace(FORMAT_CHARACTERS, '');
  const clean = redactBearer(redactSecrets(head, secrets))
    .replace(TOKEN_LIKE, REDACTED)
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= max) return clean;
  const cut = /[\uD800-\uDBFF]$/.test(clean.slice(0, max - 1)) ? max - 2 : max - 1;
  return `${clean.slice(0, cut)}…`;
}
