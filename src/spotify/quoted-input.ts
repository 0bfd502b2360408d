/**
 * A caller's value as an error message shows it, bounded and escaped: one rule for every refusal of
 * input, the GraphQL server's (BAD_USER_INPUT, src/resolvers/errors.ts badInput) and the client's own
 * argument checks (src/spotify/params.ts), so that no message echoes a whole value or a raw control
 * character (issue 7: a 900 KB deviceId was echoed whole).
 */

/** The most characters of a caller's value a message quotes (quoteInput). */
export const QUOTED_INPUT_CHARS = 60;

/** The most characters of a refusal's own words (boundMessage), before any quoted value. */
export const MESSAGE_CHARS = 300;

/**
 * The characters no text the server takes from a caller holds, whatever the argument (a search
 * `query`, a playlist's `name`, `description` or `snapshotId`, an id, a user name, a tag of a
 * `spotify:local:` URI once decoded), refused with BAD_USER_INPUT before any call (issue 7): control
 * characters (C0, DEL, C1: NUL, ESC, a newline, a tab), lone UTF-16 surrogates (no Unicode text, and
 * no URL can carry one), the line and paragraph separators U+2028 and U+2029, the bidirectional
 * embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069 (which reorder the text around
 * them when shown), and the noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF and the last two of every
 * plane). One definition, so that every check refuses the same characters.
 */
export const REFUSED_CHAR =
  /[\p{Cc}\p{Cs}\u2028\u2029\u202a-\u202e\u2066-\u2069\p{Noncharacter_Code_Point}]/u;

/** What kind of character `c` (one of REFUSED_CHAR) is, as a refusal names it. */
function refusedKind(c: string): string {
  if (/\p{Cc}/u.test(c)) return 'a control character';
  if (/\p{Cs}/u.test(c)) return 'a lone UTF-16 surrogate';
  if (c === '\u2028' || c === '\u2029') return 'a line or paragraph separator';
  if (/\p{Noncharacter_Code_Point}/u.test(c)) return 'a noncharacter';
  return 'a bidirectional control';
}

/**
 * Why `value` cannot be sent (its first character of REFUSED_CHAR, named by kind and code point:
 * `a control character (U+0000)`), or undefined when it holds none. The character itself is never
 * shown: the code point says which it was.
 */
export function refusedCharIn(value: string): string | undefined {
  const found = REFUSED_CHAR.exec(value)?.[0];
  if (found === undefined) return undefined;
  const code = found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `${refusedKind(found)} (U+${code})`;
}

/**
 * Characters a reader cannot see or that reorder what is around them: format characters (soft hyphen,
 * Arabic letter mark, Mongolian vowel separator, zero-width ones, bidi controls, tags), the combining
 * grapheme joiner, variation selectors (Mongolian U+180B-U+180F too), the Khmer inherent vowels U+17B4
 * and U+17B5 and the Hangul fillers, which show as nothing (v19 attack on issue 7, LOW-2: `got "bob"`
 * where the value was `bob` and U+061C).
 */
const INVISIBLE =
  '\\p{Cf}\\u034f\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u3164\\uffa0\\ufe00-\\ufe0f\\u{e0100}-\\u{e01ef}';

/**
 * Characters JSON.stringify leaves raw that could forge or reorder a log line or a message when shown,
 * or that show as nothing (noncharacters: U+FDD0-U+FDEF, the last two of every plane).
 */
const UNSAFE_CHARS = new RegExp(
  `[\\u007f-\\u009f\\u2028\\u2029${INVISIBLE}\\p{Noncharacter_Code_Point}]`,
  'gu',
);

/**
 * UNSAFE_CHARS, C0 controls, lone surrogates and noncharacters (one code point): what boundMessage
 * escapes; every character of REFUSED_CHAR is one of them.
 */
const UNSAFE_IN_MESSAGE = new RegExp(
  `[\\p{Cc}\\p{Cs}\\u2028\\u2029${INVISIBLE}\\p{Noncharacter_Code_Point}]`,
  'u',
);

/** `c` (one code point) as `\u` escapes of its UTF-16 units: two for a supplementary noncharacter. */
const escaped = (c: string): string =>
  [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/** `value` cut to `max` UTF-16 units, never inside a surrogate pair. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const head = value.slice(0, max);
  return /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head;
}

/**
 * A caller's value as a message quotes it: JSON-quoted (control characters and newlines escaped, as
 * are DEL, C1 controls, line/paragraph separators, bidirectional marks and lone surrogates), at most
 * QUOTED_INPUT_CHARS characters of it; a longer value is cut with an ellipsis and its full length
 * (`"abc…" (900000 characters)`). `escaping` `non-ascii` escapes every character outside printable
 * ASCII instead (quoteSetting's).
 */
export function quoteInput(value: string, escaping: 'unsafe' | 'non-ascii' = 'unsafe'): string {
  const head = cut(value, QUOTED_INPUT_CHARS);
  const quoted = JSON.stringify(head).replace(escaping === 'unsafe' ? UNSAFE_CHARS : NON_ASCII, escaped);
  return head === value ? quoted : `${quoted.slice(0, -1)}…" (${value.length} characters)`;
}

/** Every character outside printable ASCII (one code point): what quoteSetting escapes. */
const NON_ASCII = /[^\x20-\x7e]/gu;

/**
 * A value of the environment or of the command line (`MAX_DEPTH`, `GRAPHIQL`, `--port`, a URL) as a
 * refusal of the configuration quotes it: quoteInput's form (JSON-quoted, at most QUOTED_INPUT_CHARS
 * characters of it, a longer one cut with its length), with every character outside printable ASCII
 * escaped as `\uXXXX` (UTF-16 units), so that a value that looks right is seen to hold what it holds:
 * a zero-width space (`"\u200b20"`), a no-break space, a Cyrillic `е` in `true`.
 */
export function quoteSetting(value: string): string {
  return quoteInput(value, 'non-ascii');
}

/** A URL's scheme and `//` (`redis://`), kept when its user name and password are left out. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * A URL value (REDIS_URL, STORE_URL, `--accounts`) as a refusal quotes it (quoteSetting), never
 * with its credentials: everything up to its last `@` after the scheme (a user name and password,
 * `redis://:secret@host:6379`, whether or not the URL parses, whatever the password holds: `/`, `#`)
 * is left out and said to be (`"redis://host:6379" (its user name and password not shown)`); so is
 * a query (`?password=`), which some clients read credentials from.
 */
export function quoteUrlSetting(value: string): string {
  const at = value.lastIndexOf('@');
  const userinfo = at !== -1;
  const rest = userinfo ? `${URL_SCHEME.exec(value)?.[0] ?? ''}${value.slice(at + 1)}` : value;
  const query = rest.search(/[?#]/);
  const shown = query === -1 ? rest : rest.slice(0, query);
  if (!userinfo && query === -1) return quoteSetting(value);
  const hidden = [userinfo ? 'its user name and password' : '', query === -1 ? '' : 'its query']
    .filter(Boolean)
    .join(' and ');
  return `${quoteSetting(shown)} (${hidden} not shown)`;
}

/** What marks a message cut by boundMessage. */
const ELLIPSIS = '…';

/**
 * A refusal's message, bounded: at most MESSAGE_CHARS characters (UTF-16 units) once escaped, the
 * ellipsis that marks a cut included (a longer one keeps its first MESSAGE_CHARS - 1 and the ellipsis),
 * with control characters, line separators, bidirectional marks and lone surrogates escaped
 * (`\u000a`), never cut inside an escape or a surrogate pair. It holds whatever a message was built
 * with, even a caller's value put in raw.
 */
export function boundMessage(message: string): string {
  if (message.length <= MESSAGE_CHARS && !UNSAFE_IN_MESSAGE.test(message)) return message;
  const room = MESSAGE_CHARS - ELLIPSIS.length;
  let text = '';
  // The longest part of `text` that leaves room for the ellipsis, should the rest not fit.
  let fits = '';
  // Code point by code point (a pair is one; a lone surrogate is one, escaped), never past the bound.
  for (const c of cut(message, MESSAGE_CHARS)) {
    const shown = UNSAFE_IN_MESSAGE.test(c) ? escaped(c) : c;
    if (text.length + shown.length > MESSAGE_CHARS) return `${fits}${ELLIPSIS}`;
    text += shown;
    if (text.length <= room) fits = text;
  }
  return message.length > MESSAGE_CHARS ? `${fits}${ELLIPSIS}` : text;
}

/** `message`, bounded (boundMessage), with `got` quoted (quoteInput) after it when given. */
export function refusalText(message: string, got?: string): string {
  return got === undefined ? boundMessage(message) : `${boundMessage(message)}, got ${quoteInput(got)}`;
}
