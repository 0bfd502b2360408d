/**
 * A user's free text (a Spotify display name or id) as one bounded line of a page or of GraphiQL's
 * welcome comment. graphiql-welcome.ts runs the same steps in the browser (its `line`).
 */

/** At most this many characters (grapheme clusters) of a name are shown, the last one `…` when cut. */
export const LINE_GRAPHEMES = 100;

/** At most this many UTF-16 code units are shown, whatever the graphemes (one can hold thousands of marks). */
export const LINE_UNITS = 4 * LINE_GRAPHEMES;

/** A lone surrogate: half of a pair, which no text encoding (and no GraphQL document) can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` as one line: control and line-separator characters become spaces (nothing can start a new
 * line, so a GraphQL comment holding it stays one comment), lone surrogates U+FFFD; then cut between
 * grapheme clusters (never inside an emoji, a surrogate pair or a flag) to at most LINE_GRAPHEMES
 * characters and LINE_UNITS code units, the last one an ellipsis when cut (a single grapheme longer
 * than the unit bound is cut between code points).
 */
export function boundedLine(text: string): string {
  const line = text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').replace(LONE_SURROGATE, '\uFFFD');
  if (line.length <= LINE_GRAPHEMES) return line;
  const parts: string[] = [];
  let units = 0;
  for (const { segment } of graphemes.segment(line)) {
    parts.push(segment);
    units += segment.length;
    if (parts.length > LINE_GRAPHEMES || units > LINE_UNITS) return cut(parts);
  }
  return line;
}

/** The first of `parts` (grapheme clusters) that fit the bounds with an ellipsis after them, and it. */
function cut(parts: readonly string[]): string {
  let kept = '';
  let count = 0;
  for (const part of parts) {
    if (count === LINE_GRAPHEMES - 1 || kept.length + part.length > LINE_UNITS - 1) break;
    kept += part;
    count += 1;
  }
  if (count === 0) {
    // One grapheme over the unit bound: its first code points.
    for (const point of parts[0] ?? '') {
      if (kept.length + point.length > LINE_UNITS - 1) break;
      kept += point;
    }
  }
  return `${kept}\u2026`;
}
