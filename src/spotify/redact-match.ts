/**
 * Where a text shows a secret or a token-shaped run, as a reader would join its pieces: across tags
 * (`BQD<b>abc</b>xyz`), white space and line breaks, punctuation, and in any letter case. The text is
 * matched through views (the text with parts left out, each kept character knowing its place in the
 * text) and the places found are marked in the text itself, so what is shown around them is unchanged.
 */

/** Longest run of a secret that may appear unredacted: shorter runs carry too little to matter. */
export const FRAGMENT = 8;
/** A letter or digit: what a secret is matched on (its `-`, `_`, `.`, `/`, `+` and `=` aside). */
const ALPHANUMERIC = /[A-Za-z0-9]/;
/** Anything token-shaped: 40 or more token characters in a row. */
const TOKEN_LIKE = /[A-Za-z0-9_\-.~+/]{40,}=*/g;
/**
 * A Spotify Connect device id: 40 lower-case hex digits (Web API reference, "Get Available Devices":
 * `device_id` values such as `0d1841b0976bae2a3a310dd74c0f3df354899bc8`), named in player errors and
 * `?device_id=` URLs; no credential of Spotify's has that shape (the client secret is 32 hex digits,
 * and it is matched as a secret whatever its shape).
 */
const DEVICE_ID = /^[0-9a-f]{40}$/;
/** A token-shaped run inside one piece of a path (no `/`). */
const PATH_PIECE_TOKEN = /[A-Za-z0-9_\-.~+]{40,}=*/g;

/** A text with parts left out: `text` holds the characters kept, `at[i]` is where `text[i]` is in the original. */
interface View {
  readonly text: string;
  readonly at: readonly number[];
}

/**
 * The end (exclusive) of the tag or comment opening at `at` (`<` then a letter, `/`, `!` or `?`, up to
 * the first `>` with no `<` before it), or `at` when none opens there. Scanning stops at the next `<`,
 * so a text of many `<` costs no more than its length.
 */
function tagEnd(text: string, at: number): number {
  if (text[at] !== '<' || !/[A-Za-z/!?]/.test(text[at + 1] ?? '')) return at;
  for (let end = at + 1; end < text.length; end++) {
    if (text[end] === '>') return end + 1;
    if (text[end] === '<') return at;
  }
  return at;
}

/** A combining mark (an accent drawn on the character before it: `B\u0301` reads as B). */
const COMBINING_MARK = /[\p{Mn}\p{Me}]/u;

/**
 * Cyrillic and Greek letters drawn like a Latin letter or digit (Unicode's confusables for the letters
 * a token, code or hex secret is written with), as that letter in lower case.
 */
const LOOKALIKES = new Map<string, string>(
  [
    ['АаΑαа', 'a'],
    ['ВΒ', 'b'],
    ['СсϹϲ', 'c'],
    ['ԁ', 'd'],
    ['ЕеΕ', 'e'],
    ['НһΗ', 'h'],
    ['ІіΙιӀ', 'i'],
    ['Јј', 'j'],
    ['КΚκ', 'k'],
    ['МΜ', 'm'],
    ['Ν', 'n'],
    ['ОоΟοσ', 'o'],
    ['РрΡρ', 'p'],
    ['ԛ', 'q'],
    ['Ѕѕ', 's'],
    ['ТΤ', 't'],
    ['υ', 'u'],
    ['ν', 'v'],
    ['ԝ', 'w'],
    ['ХхΧχ', 'x'],
    ['УуΥγ', 'y'],
    ['Ζ', 'z'],
  ].flatMap(([letters, latin]) =>
    [...(letters as string)].map((letter) => [letter, latin as string] as const),
  ),
);

/**
 * The ASCII letter or digit (lower case) a reader takes `char` for, or '' for anything else: a Latin
 * letter with an accent is its letter (`á` is a), a lookalike (LOOKALIKES) is the letter it looks like,
 * another script's decimal digit (digitOf) its digit.
 */
function letterOf(char: string): string {
  if (ALPHANUMERIC.test(char)) return char.toLowerCase();
  if (char.charCodeAt(0) < 0x80) return '';
  const base = char.normalize('NFD')[0] ?? '';
  if (base !== char && ALPHANUMERIC.test(base)) return base.toLowerCase();
  return LOOKALIKES.get(char) ?? digitOf(char);
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * A decimal digit of another script (Arabic-Indic `٣`, Devanagari `३`: NFKC leaves them) as its ASCII
 * digit, else ''. Unicode gives each script its digits as one run of ten from zero, so the value is
 * the distance from the first digit of the run, modulo 10 (runs of several tens stay in step).
 */
function digitOf(char: string): string {
  if (!DECIMAL_DIGIT.test(char)) return '';
  const code = char.charCodeAt(0);
  let zero = code;
  while (zero > 0 && DECIMAL_DIGIT.test(String.fromCharCode(zero - 1))) zero--;
  return String((code - zero) % 10);
}

/**
 * `text` without its tags and comments (HTML a reader does not see) and its combining marks; with
 * `lettersOnly`, what is left is what a reader can join into a secret: only ASCII letters and digits
 * in lower case, each as a reader takes it (letterOf: accents and lookalikes), nothing else (white
 * space, line breaks, punctuation, `/`).
 */
function viewOf(text: string, lettersOnly: boolean): View {
  let kept = '';
  const at: number[] = [];
  for (let index = 0; index < text.length; ) {
    const end = tagEnd(text, index);
    if (end > index) {
      index = end;
      continue;
    }
    const char = text[index] as string;
    const seen = lettersOnly ? letterOf(char) : COMBINING_MARK.test(char) ? '' : char;
    if (seen !== '') {
      kept += seen;
      at.push(index);
    }
    index++;
  }
  return { text: kept, at };
}

/** Marks `view`'s characters `from` to `to` (exclusive), and all of the original between them, in `hidden`. */
function hide(hidden: Uint8Array, view: View, from: number, to: number): void {
  hidden.fill(1, view.at[from], (view.at[to - 1] as number) + 1);
}

/**
 * Marks in `hidden` every place of `text` showing FRAGMENT or more letters and digits of a secret in a
 * row as a reader joins them (tags, white space and punctuation between them or in the secret, any
 * letter case: a client secret's hex in capitals is the secret).
 */
function hideSecrets(text: string, secrets: readonly string[], hidden: Uint8Array): void {
  const pieces = new Set<string>();
  for (const secret of secrets) {
    const plain = viewOf(secret, true).text;
    for (let at = 0; at + FRAGMENT <= plain.length; at++) pieces.add(plain.slice(at, at + FRAGMENT));
  }
  if (pieces.size === 0) return;
  const view = viewOf(text, true);
  for (let at = 0; at + FRAGMENT <= view.text.length; at++) {
    if (pieces.has(view.text.slice(at, at + FRAGMENT))) hide(hidden, view, at, at + FRAGMENT);
  }
  hideEdges(text, secrets, hidden);
}

/** Where the white space and tags from `at` (going forward, or back with `step` -1) end. */
function skipSpace(text: string, at: number, step: 1 | -1): number {
  let index = at;
  for (;;) {
    if (/\s/.test(text[index] ?? '')) index += step;
    else if (step === 1 && tagEnd(text, index) > index) index = tagEnd(text, index);
    else if (step === -1 && text[index] === '>') {
      const open = text.lastIndexOf('<', index);
      if (open < 0 || tagEnd(text, open) !== index + 1) return index;
      index = open - 1;
    } else return index;
  }
}

/**
 * Marks in `hidden` a secret's punctuation at its ends (a token ending in `-` or `==`), which the
 * matching on letters and digits leaves out: found right after (before) a hidden run, across white
 * space and tags, it is hidden with them, so `[redacted]` is not followed by a lone `-` of the token.
 */
function hideEdges(text: string, secrets: readonly string[], hidden: Uint8Array): void {
  const tails = secrets
    .map((secret) => /[^A-Za-z0-9]+$/.exec(secret)?.[0])
    .filter((tail) => tail !== undefined);
  const heads = secrets
    .map((secret) => /^[^A-Za-z0-9]+/.exec(secret)?.[0])
    .filter((head) => head !== undefined);
  for (let at = 0; at < text.length; at++) {
    if (hidden[at] === 0) continue;
    if (at + 1 < text.length && hidden[at + 1] === 0) {
      const next = skipSpace(text, at + 1, 1);
      const tail = tails.find((edge) => text.startsWith(edge, next));
      if (tail !== undefined) hidden.fill(1, at + 1, next + tail.length);
    }
    if (at > 0 && hidden[at - 1] === 0) {
      const before = skipSpace(text, at - 1, -1);
      const head = heads.find(
        (edge) => before + 1 >= edge.length && text.startsWith(edge, before + 1 - edge.length),
      );
      if (head !== undefined) hidden.fill(1, before + 1 - head.length, at);
    }
  }
}

/**
 * The parts of a token-shaped run to redact, as [from, to) offsets: the whole run, except a path or
 * URL (a run with a `/` that starts with `/`, as `//api.spotify.com/v1/...` after `https:` does, or
 * whose first piece is a host name with a dot), where only its pieces that are token-shaped on their
 * own are (v16 re-attack B6: a URL in Spotify's text read `https:[redacted]?...`). A base64 token
 * with a `/` in it neither starts with one nor holds a dot. A device id (DEVICE_ID) is kept.
 */
function tokenParts(run: string): Array<[number, number]> {
  const slash = run.indexOf('/');
  const path = slash >= 0 && (slash === 0 || run.slice(0, slash).includes('.'));
  const parts = path
    ? [...run.matchAll(PATH_PIECE_TOKEN)].map((piece) => [piece.index, piece[0]] as const)
    : ([[0, run]] as const);
  return parts
    .filter(([, part]) => !DEVICE_ID.test(part))
    .map(([from, part]): [number, number] => [from, from + part.length]);
}

/** Marks in `hidden` every token-shaped run of `text` as a reader sees it with tags left out. */
function hideTokenLike(text: string, hidden: Uint8Array): void {
  const view = viewOf(text, false);
  for (const run of view.text.matchAll(TOKEN_LIKE)) {
    for (const [from, to] of tokenParts(run[0])) hide(hidden, view, run.index + from, run.index + to);
  }
}

/**
 * `text` with every place that shows FRAGMENT or more characters of one of `secrets` in a row (as a
 * reader joins them across tags, white space and punctuation, in any letter case), and every
 * token-shaped run (40 or more token characters, tags left out; in a path or URL only its token-shaped
 * pieces), replaced by `replacement`, one per run of hidden characters. Linear in the text's length.
 */
export function hideSecretsAndTokens(text: string, secrets: readonly string[], replacement: string): string {
  const hidden = new Uint8Array(text.length);
  hideSecrets(text, secrets, hidden);
  hideTokenLike(text, hidden);
  if (!hidden.includes(1)) return text;
  let out = '';
  for (let at = 0; at < text.length; at++) {
    if (hidden[at] === 0) out += text[at];
    else if (at === 0 || hidden[at - 1] === 0) out += replacement;
  }
  return out;
}
