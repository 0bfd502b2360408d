/**
 * What a reader can still get out of text the server showed (an answer, `/ready`, a log line): tags
 * left out, HTML entities, percent and `\u` escapes decoded as often as they decode, NFKC, accents
 * dropped, Cyrillic lookalikes and Arabic-Indic or Devanagari digits read as Latin letters and digits,
 * lower case, and letters and digits only, so a credential split by tags, white space, line breaks or
 * punctuation, or shown in another case or script, is joined again.
 */
import { DecodingMode, decodeHTML } from 'entities';

/** Cyrillic letters drawn as Latin ones, as the Latin letter. */
const LOOKALIKE: Record<string, string> = {
  а: 'a',
  А: 'a',
  с: 'c',
  С: 'c',
  е: 'e',
  Е: 'e',
  о: 'o',
  О: 'o',
  р: 'p',
  Р: 'p',
  х: 'x',
  Х: 'x',
  у: 'y',
  У: 'y',
  В: 'b',
  Н: 'h',
  К: 'k',
  М: 'm',
  Т: 't',
};

/** `shown` as a reader joins it (see above). */
export function readerJoined(shown: string): string {
  let text = shown;
  for (let round = 0; round < 12; round++) {
    text = decodeHTML(text.replace(/<[^<>]*>/g, ''), DecodingMode.Legacy);
    text = text.replace(/(?:%[0-9A-F]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
    text = text.replace(/\\u([0-9a-f]{4})/gi, (_all, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    text = text.replace(
      /\\u\{([0-9a-f]{1,6})\}|%u([0-9a-f]{4})/gi,
      (_all, point?: string, percent?: string) =>
        String.fromCodePoint(Number.parseInt(point ?? percent ?? '', 16)),
    );
    text = text.normalize('NFKC');
  }
  // Accents dropped (`á`, `B` + U+0301 read as a, B); Cyrillic letters drawn as Latin ones read as those.
  text = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[аАсСеЕоОрРхХуУВНКМТ]/g, (char) => LOOKALIKE[char] ?? char)
    .replace(/[\u0660-\u0669]/g, (char) => String(char.charCodeAt(0) - 0x660))
    .replace(/[\u0966-\u096f]/g, (char) => String(char.charCodeAt(0) - 0x966));
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The first 8-character run of one of `secrets` (letters and digits, any case) a reader can join out of
 * `shown`, or undefined when none.
 */
export function joinedFragment(shown: string, secrets: readonly string[]): string | undefined {
  const read = readerJoined(shown);
  for (const secret of secrets) {
    const plain = secret.toLowerCase().replace(/[^a-z0-9]/g, '');
    for (let at = 0; at + 8 <= plain.length; at++)
      if (read.includes(plain.slice(at, at + 8))) return plain.slice(at, at + 8);
  }
  return undefined;
}
