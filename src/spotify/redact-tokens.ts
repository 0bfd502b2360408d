/**
 * Token-shaped text of unknown origin (a token that is not the request's own: one in Spotify's error
 * body, an Authorization header echoed back) found in a view of the text (redact-view.ts): long runs of
 * token characters, and token-shaped runs split into pieces by white space, as a reader joins them.
 * Ordinary prose, Spotify's ids, URIs and URLs are left readable.
 */
import { hide, type View } from './redact-view.js';

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

/** Marks in `hidden` every run of 40 or more token characters of `view` (in a URL only its token-shaped pieces). */
function hideLongRuns(view: View, hidden: Uint8Array): void {
  for (const run of view.text.matchAll(TOKEN_LIKE)) {
    for (const [from, to] of tokenParts(run[0])) hide(hidden, view, run.index + from, run.index + to);
  }
}

/** A run of token characters: a word, a path, or a piece of a token split by white space. */
const PIECE = /[A-Za-z0-9_\-.~+/]+=*/g;
/** Fewest letters and digits a token of unknown origin has (a split one joined). */
export const MIN_TOKEN = 20;
/**
 * A piece that is a word (its letters and digits): lower case with a capital first or not, all
 * capitals, or digits only. A piece of a token mixes them (`Lm2Np8`, `aB`).
 */
const WORD = /^(?:[A-Z]?[a-z]*|[A-Z]+|[0-9]+)$/;
/** A word long enough to be prose rather than a piece of a split token that happens to be letters only. */
const LONG_WORD = 4;
/**
 * Identifiers Spotify's text names that are no credential, each kept whole: a Spotify id (22 base-62
 * characters), a user id of today's shape (28 lower-case letters and digits), a Connect device id (40
 * hex digits), a UUID (a request id).
 */
const IDENTIFIER =
  /^(?:[A-Za-z0-9]{22}|[a-z0-9]{28}|[0-9a-f]{40}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

interface Piece {
  /** Where the piece starts and ends (exclusive) in the view. */
  from: number;
  to: number;
  text: string;
  /** Its letters and digits. */
  alnum: string;
  kind: 'word' | 'token' | 'path';
}

/** A path or URL: a piece with a `/` whose first part is a host name, or that starts with `//` or is `/a/b`. */
function isPath(piece: string): boolean {
  const slash = piece.indexOf('/');
  if (slash < 0) return false;
  return (
    piece.startsWith('//') || piece.slice(0, slash).includes('.') || (slash === 0 && piece.includes('/', 1))
  );
}

/** The kind of a character for tokenShaped: upper case, lower case, digit. */
const classOf = (char: string): number => (char >= 'a' ? 1 : char >= 'A' ? 2 : 3);

/**
 * Whether letters and digits read as a token rather than words: at least MIN_TOKEN of them, switching
 * between capitals, small letters and digits at least once every four characters, as random base64
 * or hex does (half its neighbours or more differ); prose, camelCase and SNAKE_CASE names switch
 * rarely.
 */
function tokenShaped(alnum: string): boolean {
  if (alnum.length < MIN_TOKEN) return false;
  let switches = 0;
  for (let at = 1; at < alnum.length; at++)
    if (classOf(alnum[at] as string) !== classOf(alnum[at - 1] as string)) switches++;
  return switches * 4 >= alnum.length;
}

/**
 * The pieces of `view`, in order, each chain of pieces separated by white space only as one list. A
 * piece of the request's own secret (already `hidden`) is left out and ends the chain, so the words next to
 * it are read without it (`[redacted] for [redacted]` keeps `for`).
 */
function chainsOf(view: View, hidden: Uint8Array): Piece[][] {
  const chains: Piece[][] = [];
  let chain: Piece[] = [];
  let end = -1;
  for (const match of view.text.matchAll(PIECE)) {
    const text = match[0];
    const alnum = text.replace(/[^A-Za-z0-9]/g, '');
    const kind = isPath(text) ? 'path' : WORD.test(alnum) ? 'word' : 'token';
    const piece: Piece = { from: match.index, to: match.index + text.length, text, alnum, kind };
    const known =
      hidden[view.at[piece.from] as number] === 1 || hidden[view.at[piece.to - 1] as number] === 1;
    const joined = end >= 0 && /^\s+$/.test(view.text.slice(end, piece.from));
    if (known) {
      if (chain.length > 0) chains.push(chain);
      chain = [];
      end = -1;
      continue;
    }
    if (!joined || kind === 'path' || chain[chain.length - 1]?.kind === 'path') {
      if (chain.length > 0) chains.push(chain);
      chain = [];
    }
    chain.push(piece);
    end = piece.to;
  }
  if (chain.length > 0) chains.push(chain);
  return chains;
}

/** Whether `pieces` (a run of a chain) read as a token: token-shaped joined, and not identifiers and words. */
function isToken(pieces: readonly Piece[]): boolean {
  if (!tokenShaped(pieces.map((piece) => piece.alnum).join(''))) return false;
  return !pieces.every((piece) => piece.kind === 'word' || IDENTIFIER.test(piece.text));
}

/** `pieces` without the words at either end (a token's run starts and ends with a piece of token). */
function trimmed(pieces: readonly Piece[]): Piece[] {
  const first = pieces.findIndex((piece) => piece.kind === 'token');
  if (first < 0) return [];
  const last = pieces.findLastIndex((piece) => piece.kind === 'token');
  return pieces.slice(first, last + 1);
}

/**
 * The runs of one chain to redact: the run from its first piece of token to its last when that reads as
 * a token and holds few long words (a quarter of its letters at most: the words a split token's
 * pieces make by chance are short or rare); else each run between its long words (prose) that reads
 * as one. A path's parts (between its `/`) are read alone.
 */
function tokenRuns(chain: readonly Piece[]): Piece[][] {
  if (chain[0]?.kind === 'path') return pathParts(chain[0]);
  const span = trimmed(chain);
  if (span.length === 0) return [];
  const isLong = (piece: Piece) => piece.kind === 'word' && piece.alnum.length >= LONG_WORD;
  const long = span.filter(isLong).reduce((sum, piece) => sum + piece.alnum.length, 0);
  const letters = span.reduce((sum, piece) => sum + piece.alnum.length, 0);
  if (long * 4 <= letters && isToken(span)) return apartAtShortWords(span);
  const runs: Piece[][] = [];
  let run: Piece[] = [];
  for (const piece of [...span, undefined]) {
    if (piece !== undefined && !isLong(piece)) {
      run.push(piece);
      continue;
    }
    const inner = trimmed(run);
    if (inner.length > 0 && isToken(inner)) runs.push(inner);
    run = [];
  }
  return runs;
}

/**
 * A token run (tokenRuns) as the tokens it holds: split at its words shorter than a fragment (`for`,
 * `and`) where the runs on both sides read as tokens on their own (two tokens with a word between keep
 * the word); a side that does not stays with its neighbour, so no piece of a token is left out.
 */
function apartAtShortWords(span: Piece[]): Piece[][] {
  const segments: Piece[][] = [[]];
  const words: Piece[] = [];
  for (const piece of span) {
    if (piece.kind === 'word' && piece.alnum.length < 8) {
      words.push(piece);
      segments.push([]);
    } else segments[segments.length - 1]?.push(piece);
  }
  // A word stays shown only between two segments that are tokens on their own.
  const groups: Piece[][] = [];
  let group: Piece[] = segments[0] ?? [];
  for (let n = 0; n < words.length; n++) {
    const next = segments[n + 1] ?? [];
    if (group.length > 0 && next.length > 0 && isToken(group) && isToken(next)) {
      groups.push(group);
      group = next;
    } else group = [...group, words[n] as Piece, ...next];
  }
  groups.push(group);
  return groups.map(trimmed).filter((run) => run.length > 0);
}

/** Most letters and digits of a piece of a token spelled out (`B Q A x Z 3`, `BQ Ax Z3`). */
const TINY = 2;

/**
 * The runs of one chain that spell a token out a character or two at a time: its pieces are words by
 * their shape (`x`, `Q`, `Ab`), so tokenRuns finds none. Prose never has MIN_TOKEN letters' worth of
 * one- and two-letter words in a row, switching case and digits as a token does.
 */
function spelledOut(chain: readonly Piece[]): Piece[][] {
  const runs: Piece[][] = [];
  let run: Piece[] = [];
  for (const piece of [...chain, undefined]) {
    if (piece !== undefined && piece.kind !== 'path' && piece.alnum.length <= TINY) {
      run.push(piece);
      continue;
    }
    if (tokenShaped(run.map((tiny) => tiny.alnum).join(''))) runs.push(run);
    run = [];
  }
  return runs;
}

/** The parts of a path piece (between its `/`) that read as a token on their own. */
function pathParts(path: Piece): Piece[][] {
  const parts: Piece[][] = [];
  for (const part of path.text.matchAll(/[^/]+/g)) {
    const alnum = part[0].replace(/[^A-Za-z0-9]/g, '');
    const from = path.from + part.index;
    const piece: Piece = { from, to: from + part[0].length, text: part[0], alnum, kind: 'token' };
    if (isToken([piece])) parts.push([piece]);
  }
  return parts;
}

/**
 * Marks in `hidden` every token of unknown origin in `view` (a view that reads tokens: viewOf's
 * `tokens`): runs of 40 or more token characters (in a URL only its token-shaped pieces), and runs of
 * MIN_TOKEN or more letters and digits that read as a token (tokenShaped), also when white space splits
 * them (`BQAx Z3k9 Lm2N ...`), unless each is an identifier (IDENTIFIER) or a word.
 */
export function hideUnknownTokens(view: View, hidden: Uint8Array): void {
  // The request's own secrets, hidden before: a long run hidden below still joins its neighbours.
  const secrets = hidden.slice();
  hideLongRuns(view, hidden);
  for (const chain of chainsOf(view, secrets)) {
    for (const run of [...tokenRuns(chain), ...spelledOut(chain)]) {
      const first = run[0] as Piece;
      const last = run[run.length - 1] as Piece;
      hide(hidden, view, first.from, last.to);
    }
  }
}
