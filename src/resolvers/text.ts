import { refusedCharIn } from '../spotify/quoted-input.js';
import { badInput } from './errors.js';

/** A lone surrogate: with the `u` flag a pair is one code point, so only lone ones match. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Throws BAD_USER_INPUT naming `argument` when `value` holds a character no text sent to Spotify
 * holds (REFUSED_CHAR, src/spotify/quoted-input.ts: control characters, lone surrogates, line and
 * paragraph separators, bidirectional controls, noncharacters); the message names the character's
 * kind and code point (`U+202E`), never the character.
 */
export function checkChars(value: string, argument: string): void {
  if (LONE_SURROGATE.test(value))
    throw badInput(`${argument} is not well-formed text: it holds a lone UTF-16 surrogate`, argument);
  const refused = refusedCharIn(value);
  if (refused !== undefined) throw badInput(`${argument} holds ${refused}`, argument);
}

/**
 * Checks a String argument sent to Spotify as the caller gave it (search `query`, playlist `name`,
 * `description` and `snapshotId`) and answers its length in characters, counted as Unicode code points
 * (an emoji is one character). Throws BAD_USER_INPUT naming `argument` before any call when the text
 * holds a character no text sent to Spotify holds (checkChars: a lone UTF-16 surrogate, v17 re-attack
 * C3; a control character, a line separator, a bidirectional control, a noncharacter), or is longer
 * than `max` characters; the message states the count tested, never the text. The caller decides what
 * is counted (the text as sent to Spotify: search trims its query first, a playlist's name and
 * description are sent as given). `limitText` is how the message states the bound (default
 * `at most <max>`).
 */
export function checkText(
  value: string,
  argument: string,
  max: number,
  limitText = `at most ${max}`,
): number {
  checkChars(value, argument);
  let chars = 0;
  // Well-formed: every code point but a surrogate pair's second half starts a character.
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) chars++;
  }
  if (chars > max)
    throw badInput(`${argument} is ${chars} characters (Unicode code points) long; ${limitText}`, argument);
  return chars;
}
