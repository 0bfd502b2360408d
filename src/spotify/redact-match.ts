/**
 * Where a text shows a secret or a token-shaped run, as a reader would join its pieces: across tags
 * (`BQD<b>abc</b>xyz`), white space and line breaks, punctuation, run into the words around it, in any
 * letter case and in letters of any shape a reader takes for its own (redact-fold.ts). The text is
 * matched through views (redact-view.ts) and the places found are marked in the text itself, so what
 * is shown around them is unchanged.
 */
import { hideUnknownTokens } from './redact-tokens.js';
import { hide, tagEnd, viewOf } from './redact-view.js';

/** Longest run of a secret that may appear unredacted: shorter runs carry too little to matter. */
export const FRAGMENT = 8;
/**
 * Marks in `hidden` every place of `text` showing FRAGMENT or more letters and digits of a secret in a
 * row as a reader joins them: whatever stands between them that is no letter or digit (tags, white
 * space, line breaks, punctuation), whatever letters run into them before or after, any letter case
 * (a client secret's hex in capitals is the secret) and any lookalike letter or digit (the view's
 * `letters` reading: `ᴀ`, `𝐚`, `а` are a; `0` and `o`, `1`, `l` and `i` are one).
 */
function hideSecrets(text: string, secrets: readonly string[], hidden: Uint8Array): void {
  const pieces = new Set<string>();
  for (const secret of secrets) {
    const plain = viewOf(secret, 'letters').text;
    for (let at = 0; at + FRAGMENT <= plain.length; at++) pieces.add(plain.slice(at, at + FRAGMENT));
  }
  if (pieces.size === 0) return;
  const view = viewOf(text, 'letters');
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
 * `text` with every place that shows FRAGMENT or more characters of one of `secrets` in a row (as a
 * reader joins them across tags, white space and punctuation, in any letter case or shape), and every
 * token of unknown origin (hideUnknownTokens: 40 or more token characters in a row, or a token-shaped
 * run of 20 or more letters and digits, also split by white space; in a path or URL only its
 * token-shaped pieces; Spotify's ids kept), replaced by `replacement`, one per run of hidden characters.
 */
export function hideSecretsAndTokens(text: string, secrets: readonly string[], replacement: string): string {
  const hidden = new Uint8Array(text.length);
  hideSecrets(text, secrets, hidden);
  hideUnknownTokens(viewOf(text, 'tokens'), hidden);
  if (!hidden.includes(1)) return text;
  let out = '';
  for (let at = 0; at < text.length; at++) {
    if (hidden[at] === 0) out += text[at];
    else if (at === 0 || hidden[at - 1] === 0) out += replacement;
  }
  return out;
}
