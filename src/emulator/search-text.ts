/**
 * The emulator's search text: what Spotify's search matches regardless of case and diacritics
 * ("beyonce" finds "Beyoncé", "bjork gudmundsdottir" finds "Björk Guðmundsdóttir", and a name written
 * with a combining accent is found by its precomposed form and the other way round). Spotify does not
 * document its folding; this is what its search visibly does for Latin letters (issue 7, F7).
 */

/** Latin letters that no Unicode decomposition splits into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ð: 'd',
  đ: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};
const UNDECOMPOSED_LETTERS = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');
/** Combining marks (category M): accents, cedillas, ... once NFKD has split them off their letter. */
const MARKS = /\p{M}+/gu;

/**
 * `text` folded for matching: compatibility-decomposed (NFKD), combining marks dropped, lower-cased,
 * and the Latin letters without a decomposition (`ø`, `ð`, `ß`, `æ`, ...) written as their base letters.
 * Text in scripts without case or marks (CJK, Arabic) is left as it is, emoji included.
 */
export function searchFolded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTERS, (letter) => UNDECOMPOSED[letter] ?? letter);
}
