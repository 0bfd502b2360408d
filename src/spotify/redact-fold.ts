/**
 * The ASCII letter or digit a reader takes a character for: what redaction matches on, so a secret or
 * a token written in small capitals (`ᴀʙᴄ`), mathematical or enclosed letters, another script's
 * lookalike letters (Cyrillic `а`, Greek `ο`, Cherokee `Ꭺ`, Lisu `ꓮ`), accented or hooked letters, or
 * another script's digits is still the secret (issue 7 item 5; v17 re-attack B2).
 */

/**
 * Letters of other scripts and Latin letters of other shapes drawn like an ASCII letter or digit
 * (Unicode's confusables for the letters and digits a token, code or hex secret is written with; UTS
 * #39), keyed by the ASCII character: a capital for capital-looking characters (small capitals too:
 * a small capital is a capital's shape), a lower-case letter or digit for the others. Characters that
 * NFKD maps to an ASCII letter or digit (fullwidth, mathematical, circled, superscript letters, Roman
 * numerals) need no entry (foldOf reads their decomposition).
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'АΑᎪꓮᗅᴀ',
  B: 'ВΒᏴꓐᗷʙᴃƁɃ',
  C: 'СϹᏟꓚᴄƇȻ',
  D: 'ᎠꓓᗞᴅƊĐƉ',
  E: 'ЕΕᎬꓰᴇⴹɆ',
  F: 'ϜꓝᖴꜰƑ',
  G: 'ԌᏀꓖɢƓǤ',
  H: 'НΗᎻꓧᕼʜⲎĦ',
  I: 'ІΙӀꓲɪƗ',
  J: 'ЈᎫꓙᴊᒍͿɈ',
  K: 'КΚᏦꓗᛕᴋⲔƘ',
  L: 'ᏞꓡᒪʟⳐŁ',
  M: 'МΜϺᎷꓟᴍⲘ',
  N: 'ΝꓠɴⲚƝ',
  O: 'ОΟՕꓳⵔᴏⲞØ',
  P: 'РΡᏢꓑᴘⲢƤ',
  Q: 'ԚⵕꞯɊ',
  R: 'ᎡᏒꓣᖇʀɌ',
  S: 'ЅᏚꓢՏꜱ',
  T: 'ТΤᎢꓔᴛⲦŦƬ',
  U: 'ՍꓴᑌᴜɄ',
  V: 'ᏙꓦᐯѴⴸᴠ',
  W: 'ԜᏔꓪᴡ',
  X: 'ХΧꓫⵝⲬ',
  Y: 'ҮΥꓬⲨʏɎƳ',
  Z: 'ΖᏃꓜᴢƵȤ',
  a: 'аɑα⍺',
  b: 'ьƅᑲᏏƀɓ',
  c: 'сϲⲥꮯƈȼ',
  d: 'ԁᑯꓒđɗ',
  e: 'еҽ℮ᥱꬲɇ',
  f: 'ꬵƒ',
  g: 'ɡցᶃƍǥɠ',
  h: 'һհᏂħɦ',
  i: 'іιɩıӏꙇɨ',
  j: 'јϳʝɉ',
  k: 'κкƙ',
  l: 'ǀ׀اⵏƚɭł',
  m: 'ɱ',
  n: 'ոռɲ',
  o: 'оοσօჿⲟዐø',
  p: 'рρⲣϱƥ',
  q: 'ԛգզʠ',
  r: 'гᴦⲅꭇꮁɍ',
  s: 'ѕƽꮪʂ',
  t: 'ƭ',
  u: 'υսʋꭎʉ',
  v: 'νѵ∨ꮩ',
  w: 'ѡԝաɯꮃⱳ',
  x: 'хχ×ᕁ⨯',
  y: 'уγყүɣƴɏ',
  z: 'ꮓƶȥ',
  '2': 'Ƨᒿ',
  '3': 'ƷȝЗзӠⳌ',
  '4': 'Ꮞ',
  '5': 'Ƽ',
  '6': 'бᏮⳒ',
};

const TABLE = new Map<string, string>(
  Object.entries(LOOKALIKES).flatMap(([ascii, chars]) => [...chars].map((char) => [char, ascii] as const)),
);

/**
 * Blocks of letters and digits drawn as ASCII ones without a decomposition to them: negative circled
 * and squared capitals, regional indicator letters, dingbat circled digits (first code point, count,
 * the ASCII characters they stand for in order).
 */
const RANGES: ReadonlyArray<readonly [number, string]> = [
  [0x1f150, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  [0x1f170, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  [0x1f1e6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  [0x2776, '123456789'],
  [0x2780, '123456789'],
  [0x278a, '123456789'],
  [0x24ff, '0'],
];

const ASCII_ALPHANUMERIC = /^[A-Za-z0-9]$/;
const DECIMAL_DIGIT = /\p{Nd}/u;
const MARKS = /\p{M}/gu;

/**
 * A decimal digit of another script (Arabic-Indic `٣`, Devanagari `३`: NFKC leaves them) as its ASCII
 * digit, else ''. Unicode gives each script its digits as one run of ten from zero, so the value is
 * the distance from the first digit of the run, modulo 10 (runs of several tens stay in step).
 */
function digitOf(char: string): string {
  if (!DECIMAL_DIGIT.test(char)) return '';
  const code = char.codePointAt(0) as number;
  let zero = code;
  while (zero > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

/** The fold of one non-ASCII character (see foldOf), uncached. */
function computeFold(char: string): string {
  const listed = TABLE.get(char);
  if (listed !== undefined) return listed;
  const code = char.codePointAt(0) as number;
  for (const [first, letters] of RANGES)
    if (code >= first && code < first + letters.length) return letters[code - first] as string;
  // Fullwidth, mathematical, circled, superscript and accented letters: their compatibility
  // decomposition without its marks is the ASCII letter or digit (`𝐁` `Ｂ` `Ⓑ` `ᴮ` `Ḃ` are B).
  const base = char.normalize('NFKD').replace(MARKS, '');
  if (base !== char && [...base].every((c) => ASCII_ALPHANUMERIC.test(c))) return base;
  if (base.length === 1 && base !== char) {
    const again = TABLE.get(base);
    if (again !== undefined) return again;
  }
  return digitOf(char);
}

const CACHE = new Map<string, string>();
const CACHE_LIMIT = 4096;

/**
 * The ASCII letters or digits (case kept) a reader takes `char` (one code point) for, or '' for a
 * character that is none: ASCII letters and digits as they are, lookalikes (LOOKALIKES, RANGES),
 * characters whose compatibility decomposition is ASCII letters or digits, other scripts' digits.
 */
export function foldOf(char: string): string {
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return ASCII_ALPHANUMERIC.test(char) ? char : '';
  const known = CACHE.get(char);
  if (known !== undefined) return known;
  const folded = computeFold(char);
  if (CACHE.size < CACHE_LIMIT) CACHE.set(char, folded);
  return folded;
}

/**
 * Letters and digits a reader confuses with each other in any font (`0` and `o`, `1`, `l` and `i`,
 * as UTS #39's skeletons do), as one of them: secrets are compared on these, so a secret written
 * with `O` for its `0` is still the secret.
 */
const SKELETON: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', i: 'l' };

/** `char`'s fold (foldOf) in lower case, confusable letters and digits as one (SKELETON). */
export function skeletonOf(char: string): string {
  const folded = foldOf(char).toLowerCase();
  if (folded.length === 0) return folded;
  let out = '';
  for (const c of folded) out += SKELETON[c] ?? c;
  return out;
}
