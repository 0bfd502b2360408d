/**
 * The characters a Spotify client id, client secret or redirect URI may not hold, for the server's
 * configuration (src/server/config.ts) and the client's flows read from the environment
 * (src/spotify/flows.ts loadFromEnv): taken as written, they reached Spotify and failed there as
 * `invalid_client` or a redirect URI that does not match, naming nothing.
 */

/** The variables whose every character reaches Spotify as written: client id, secret, redirect URI. */
export const SPOTIFY_TEXT_VARIABLES: readonly string[] = [
  'SPOTIFY_CLIENT_ID',
  'SPOTIFY_CLIENT_SECRET',
  'SPOTIFY_REDIRECT_URI',
];

/** `U+200B` for a character. */
const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What kind of character `char` is when no client id, client secret or redirect URI may hold it,
 * else undefined. Invisible ones (zero-width, the byte order mark, direction marks: Unicode's format
 * and default-ignorable characters), NUL and other control characters, any space or line break, and
 * quotes (straight and typographic: a value pasted with the quotes of a `.env` file or a chat). A
 * client id or secret is also printable ASCII alone (Spotify's are 32 hex digits; they travel in an
 * HTTP Basic header), and a client id holds no `:` (Basic authentication's separator).
 */
function forbiddenKind(char: string, name: string): string | undefined {
  if (char === '\u0000') return 'a NUL character';
  if (char === '\uFEFF') return 'a byte order mark';
  if (/\p{Cc}/u.test(char)) return 'a control character';
  if (/[\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(char)) return 'an invisible character';
  if (/[\s\p{Z}]/u.test(char)) return 'a space or line break';
  if (/["'`\p{Pi}\p{Pf}]/u.test(char)) return 'a quote';
  if (name === 'SPOTIFY_REDIRECT_URI') return undefined;
  if (!/^[\x21-\x7E]$/.test(char)) return 'a character outside printable ASCII';
  if (name === 'SPOTIFY_CLIENT_ID' && char === ':') return 'a colon';
  return undefined;
}

/**
 * The refusal of a client id, client secret or redirect URI (SPOTIFY_TEXT_VARIABLES) holding a
 * character Spotify would refuse in a way that names nothing (`invalid_client`, a redirect URI that
 * does not match): the variable, the kind of character, its code point and its position (counted in
 * characters from 1). Never the value. Undefined when every character may be there.
 */
export function spotifyTextRefusal(name: string, value: string): string | undefined {
  let position = 0;
  for (const char of value) {
    position += 1;
    const kind = forbiddenKind(char, name);
    if (kind !== undefined)
      return `${name} holds ${kind} (${codePoint(char)}) at character ${position}: remove it (the value is not shown)`;
  }
  return undefined;
}
