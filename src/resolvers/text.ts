import { badInput } from './errors.js';

/** A surrogate without its partner: with the `u` flag a pair is one code point, so only lone ones match. */
const LONE_SURROGATE = /\p{Cs}/u;

/** A control character (C0, DEL, C1). */
const CONTROL = /\p{Cc}/u;

/** What checkText holds a text to besides its bound. */
export interface TextRules {
  /** How the message states the bound (default `at most <max>`). */
  limitText?: string;
  /**
   * Whether control characters (newlines, tabs, NUL, ...) are refused: in a token-like value (a
   * snapshot id) they make no sense; free text a person writes may hold a newline.
   */
  noControls?: boolean;
}

/**
 * Checks a String argument sent to Spotify as the caller gave it (search `query`, playlist `name`,
 * `description` and `snapshotId`) and answers its length in characters, counted as Unicode code points
 * (an emoji is one character). Throws BAD_USER_INPUT naming `argument` before any call when the text
 * holds a lone UTF-16 surrogate (not well-formed: no Unicode text, and it cannot be URL-encoded; v17
 * re-attack C3), a control character where `rules.noControls`, or is longer than `max` characters; the
 * message states the count tested, never the text. The caller decides what is counted (the text as
 * sent to Spotify: search trims its query first, a playlist's name and description are sent as given).
 */
export function checkText(
  value: string,
  argument: string,
  max: number,
  { limitText = `at most ${max}`, noControls = false }: TextRules = {},
): number {
  // `!value.isWellFormed()` (ES2024, outside this project's ES2023 lib).
  if (LONE_SURROGATE.test(value))
    throw badInput(`${argument} is not well-formed text: it holds a lone UTF-16 surrogate`, argument);
  if (noControls && CONTROL.test(value))
    throw badInput(`${argument} holds a control character (a newline, tab or the like)`, argument);
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
