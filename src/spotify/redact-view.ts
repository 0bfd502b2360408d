/**
 * Text as a reader sees it, for redaction to match on: tags and comments left out, combining marks
 * dropped, each character read as the ASCII letter or digit it is drawn as (redact-fold.ts). Each
 * character of a view knows where it stands in the text, so what is found in the view is marked in
 * the text itself and what is shown around it is unchanged.
 */
import { foldOf, skeletonOf } from './redact-fold.js';

/**
 * A text with parts left out or read otherwise: `text` holds the characters seen, `at[i]` is where the
 * character `text[i]` was read from in the original and `to[i]` where that character ends there.
 */
export interface View {
  readonly text: string;
  readonly at: readonly number[];
  readonly to: readonly number[];
}

/**
 * The end (exclusive) of the tag or comment opening at `at` (`<` then a letter, `/`, `!` or `?`, up to
 * the first `>` with no `<` before it), or `at` when none opens there. Scanning stops at the next `<`,
 * so a text of many `<` costs no more than its length.
 */
export function tagEnd(text: string, at: number): number {
  if (text[at] !== '<' || !/[A-Za-z/!?]/.test(text[at + 1] ?? '')) return at;
  for (let end = at + 1; end < text.length; end++) {
    if (text[end] === '>') return end + 1;
    if (text[end] === '<') return at;
  }
  return at;
}

/** A combining mark (an accent drawn on the character before it: `B\u0301` reads as B). */
const COMBINING_MARK = /^[\p{Mn}\p{Me}]$/u;

/**
 * How a view reads each character: `letters` as a reader joins a secret (skeletonOf: only letters and
 * digits, lower case, lookalikes as the letter they look like, nothing else: white space, line
 * breaks, punctuation and `/` are left out); `tokens` keeps every character but combining marks,
 * letters and digits of any shape as their ASCII letter or digit in their case (foldOf), so a token
 * written in lookalikes is token-shaped; other characters as they are.
 */
export type Reading = 'letters' | 'tokens';

/** `text` without its tags and comments (HTML a reader does not see), read as `reading` says. */
export function viewOf(text: string, reading: Reading): View {
  let kept = '';
  const at: number[] = [];
  const to: number[] = [];
  for (let index = 0; index < text.length; ) {
    const end = tagEnd(text, index);
    if (end > index) {
      index = end;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(index) as number);
    const seen =
      reading === 'letters' ? skeletonOf(char) : COMBINING_MARK.test(char) ? '' : foldOf(char) || char;
    for (let n = 0; n < seen.length; n++) {
      at.push(index);
      to.push(index + char.length);
    }
    kept += seen;
    index += char.length;
  }
  return { text: kept, at, to };
}

/** Marks `view`'s characters `from` to `until` (exclusive), and all of the original between them, in `hidden`. */
export function hide(hidden: Uint8Array, view: View, from: number, until: number): void {
  hidden.fill(1, view.at[from], view.to[until - 1]);
}
