/**
 * What a reader can still get out of text the server showed (an answer, `/ready`, a log line): tags
 * left out, HTML entities, percent and `\u` escapes decoded as often as they decode, NFKC, lower case,
 * and letters and digits only, so a credential split by tags, white space, line breaks or punctuation,
 * or shown in another case, is joined again.
 */
import { DecodingMode, decodeHTML } from 'entities';

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
    text = text.normalize('NFKC');
  }
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
