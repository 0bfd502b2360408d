import { DecodingMode, decodeHTML } from 'entities';
import { redactNamedCredentials } from './named-credentials.js';
import { hideSecretsAndTokens } from './redact-match.js';

/**
 * Spotify's error text made safe to pass on: bounded in length, and with every credential the request
 * carried (the access token, the app's secret, a refresh token) and any fragment of one removed, as
 * well as anything shaped like a token. Spotify has echoed request details in error text; a message
 * or `reason` is copied into GraphQL errors and logs, so it is cleaned once, where it is read.
 */

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

/**
 * C0 and C1 control characters and DEL: an ESC sequence in Spotify's (or a proxy's) text would be
 * interpreted by the terminal of whoever reads an error or `/ready` (v14 re-attack, R7).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g;

/**
 * A whole ANSI (ECMA-48) escape sequence, removed before the control characters are (removing only
 * the ESC byte left `[31m` in the message: v22 attack on issue 7): a control sequence (`ESC [`,
 * parameter bytes, intermediate bytes, one final byte: `\x1b[31m`, `\x1b[0m`, `\x1b[2J`), a
 * terminated control string (OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _`, up to
 * BEL, `ESC \\` or ST U+009C: a window title `\x1b]0;title\x07`) and a character-set
 * escape (`ESC (B`: ESC, intermediate bytes other than a space, a final byte). An ESC before a letter or digit alone (`ESC
 * 7`, or one after each character of a token) loses only the ESC, as every control does: a token
 * interleaved with it stays whole for the redaction. The 8-bit C1 forms (CSI U+009B ...), which UTF-8
 * text seldom means as controls, lose only themselves: the letter after one is kept (`\u009bend` is
 * `end`). safeSpotifyText also checks the view without
 * this removal (see ansiHidesSecret).
 */
const ANSI_ESCAPE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point.
  /\u001b\[[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]|\u001b[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[\u0021-\u002f]+[\u0030-\u007e]/g;

/**
 * Characters a reader does not see, removed before anything is matched: Unicode format characters
 * (category Cf: bidirectional overrides and isolates U+202A-U+202E and U+2066-U+2069, which make a
 * terminal or log viewer print `gnp.exe` as `exe.png`; zero-width characters U+200B-U+200F, U+2060,
 * U+FEFF; v15 attack on issue 7, V3), every other Default_Ignorable_Code_Point (the combining grapheme
 * joiner U+034F, variation selectors U+FE00-U+FE0F and U+E0100-U+E01EF, Hangul fillers U+115F, U+3164:
 * marks and letters a viewer draws as nothing, so a token with one after each character reads as the
 * token; v16 attack on issue 7, D3), and the C0/C1 control characters other than white space (NUL,
 * ESC, DEL, U+0080-U+009F). Controls are removed rather than turned into spaces, so a token split by
 * them is still one run to the redaction; tab, line feed, vertical tab, form feed and carriage return
 * separate words and are folded to a space later.
 */
const INVISIBLE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\p{Cf}\p{Default_Ignorable_Code_Point}\u0000-\u0008\u000e-\u001f\u007f-\u009f]+/gu;

/**
 * Characters drawn as blank space that Unicode counts as neither white space nor format characters:
 * the braille blank U+2800 and the musical null notehead U+1D159 (v17 re-attack G4). They are read
 * as a space, so words they separate stay apart and a token they split is joined as across a space.
 */
const BLANK_GLYPHS = /[\u2800\u{1D159}]/gu;

/** A run of percent-encoded bytes (`%42%51`): decoded together, so a multi-byte character decodes whole. */
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
/**
 * A JavaScript/JSON `\uHHHH`, `\xHH` or `\u{H...}` escape, or an old `%uHHHH` one (H a hex digit),
 * written out in plain text.
 */
const BACKSLASH_ESCAPE =
  /\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})|\\u\{([0-9A-Fa-f]{1,6})\}|%u([0-9A-Fa-f]{4})/g;
/** A surrogate without its partner (a decoded `\ud800` alone). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * How many times the text is decoded at most: a token encoded twice (`%2542`) is found in the second
 * round. Text still changing after this many rounds has its remaining encoded runs redacted whole.
 */
const DECODE_ROUNDS = 8;
/** UTF-8 decoding that never throws: a malformed byte sequence becomes U+FFFD. */
const UTF8 = new TextDecoder('utf-8', { fatal: false });

/** The text with every `%HH` run decoded as UTF-8 (malformed bytes become U+FFFD; `+` stays `+`). */
function percentDecoded(text: string): string {
  return text.replace(PERCENT_RUN, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let at = 0; at < bytes.length; at++)
      bytes[at] = Number.parseInt(run.slice(at * 3 + 1, at * 3 + 3), 16);
    return UTF8.decode(bytes);
  });
}

/**
 * One round of decoding: ANSI escape sequences (ANSI_ESCAPE) and invisible characters (INVISIBLE_CHARACTERS) dropped, NFKC, percent, HTML-entity and backslash escapes
 * decoded. Entities are read as in an HTML attribute (`entities`' DecodingMode.Attribute): a legacy
 * name without its `;` (`&reg`, `&copy`, `&not`) is not decoded before a letter, digit or `=`, so a
 * query string's `&region=SE&copy=2` stays as written (v15 second re-attack, RB4). `mode` Legacy reads
 * them as an HTML text node does (used to check what a less careful reader could still decode); `ansi`
 * false keeps the characters of escape sequences (only their controls go: ansiHidesSecret's view).
 */
function decodedOnce(text: string, mode = DecodingMode.Attribute, ansi = true): string {
  const plain = percentDecoded(
    (ansi ? text.replace(ANSI_ESCAPE, '') : text)
      .replace(INVISIBLE_CHARACTERS, '')
      .replace(BLANK_GLYPHS, ' ')
      .normalize('NFKC'),
  );
  return decodeHTML(plain, mode)
    .replace(BACKSLASH_ESCAPE, (_all, u?: string, x?: string, point?: string, percentU?: string) => {
      const code = Number.parseInt(u ?? x ?? point ?? percentU ?? '', 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    })
    .replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * The text as a reader could decode it: invisible characters (INVISIBLE_CHARACTERS) removed, NFKC-normalised (fullwidth `ＢＱ` is
 * `BQ`), `%HH` runs, HTML entities and `\uHHHH`/`\xHH` escapes decoded, repeatedly until nothing changes
 * (a twice-encoded `%2542` is `B`), so no decoding a reader can still do reveals a secret the redaction
 * did not see (v15 re-attack, RA4). `+` is not read as a space: a token holds no space, and `+` is a
 * token character. Each round is cut to `limit` characters (NFKC can lengthen text). Text still
 * changing after DECODE_ROUNDS rounds is encoded deeper than any real message: every word (run without
 * white space) that one more round would still change is redacted whole, whatever its encoding and
 * however deep (v15 second re-attack, RB4: a token as `&amp;` nine times over followed by `#66`), and
 * `settled` is false.
 * Decoding never spans white space, so what is left decodes no further. Base64 is not decoded: prose is
 * often valid base64, and a base64-encoded token is 40+ token characters, which TOKEN_LIKE redacts.
 */
function decoded(
  text: string,
  limit: number,
  mode = DecodingMode.Attribute,
  ansi = true,
): { text: string; settled: boolean } {
  let current = text.slice(0, limit);
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    const next = decodedOnce(current, mode, ansi).slice(0, limit);
    if (next === current) return { text: current, settled: true };
    current = next;
  }
  const rest = current
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(/\S+/g, (word) => (decodedOnce(word, mode, ansi) === word ? word : REDACTED));
  return { text: rest, settled: false };
}

/**
 * The text with the given secrets (and fragments, joined across tags, white space and punctuation, in
 * any case), token-shaped runs (a URL's pieces only), bearer credentials and the values of named
 * credentials (`code=`, `access_token=`, `"refresh_token":`...) redacted.
 */
const redacted = (text: string, secrets: readonly string[]): string =>
  redactNamedCredentials(redactBearer(hideSecretsAndTokens(text, secrets, REDACTED)));

/**
 * Whether `text` has ANSI escape sequences (`head` is it decoded with them removed) and shows a secret
 * or token once only their control characters are removed: a sequence written into a token (`ESC [`
 * before each character, swallowing the next) must not let the rest of the token pass as prose. Then
 * the whole text is withheld, as when a less careful decoding would reveal one (a coloured message
 * that names a token is withheld too: colour and a credential together are no message worth the risk).
 * Text without ESC, a C1 control or an escape that could decode to one is not decoded again.
 */
function ansiHidesSecret(text: string, head: string, secrets: readonly string[], limit: number): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: an escape sequence starts with one.
  if (!/[\u001b\u0080-\u009f%\\&]/.test(text.slice(0, limit))) return false;
  const kept = decoded(text, limit, DecodingMode.Attribute, false).text;
  return kept !== head && redacted(kept, secrets) !== kept;
}

/**
 * Spotify's text (an error message or reason) bounded to `max` characters, decoded as a reader could
 * decode it (see decoded: invisible characters removed, NFKC, percent, entity and backslash escapes),
 * the given secrets, their fragments, bearer credentials and token-shaped runs replaced by
 * `[redacted]` (the whole text is `[redacted]` when decoding it as an HTML text node would still reveal
 * one, or would not end within DECODE_ROUNDS rounds), any control character left (CONTROL_CHARACTERS) as a
 * space and runs of white space folded to one space. The cut never splits a surrogate pair.
 */
export function safeSpotifyText(text: string, secrets: readonly string[], max: number): string {
  // Only a bounded prefix is read: a 30,000-character message is cut before anything else is done.
  // Decoding goes first: a zero-width character inside a token, or a token written as `%42%51...` or
  // in fullwidth letters, must not hide it from redaction.
  const head = decoded(text, max * 4).text;
  if (ansiHidesSecret(text, head, secrets, max * 4)) return REDACTED;
  const clean = redacted(head, secrets).replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  // A reader decoding as an HTML text node does (legacy names without `;`) must find no secret either,
  // however often it decodes: `&ampamp#66;` is left as written above, and is `B` to a text-node
  // decoder read twice. Text that decodes so is no real message, and is not shown at all.
  const legacy = decoded(clean, clean.length, DecodingMode.Legacy);
  if (!legacy.settled || redacted(legacy.text, secrets) !== legacy.text) return REDACTED;
  if (clean.length <= max) return clean;
  const cut = /[\uD800-\uDBFF]$/.test(clean.slice(0, max - 1)) ? max - 2 : max - 1;
  return `${clean.slice(0, cut)}…`;
}
