/**
 * The connection cursors of cursor-paged lists (followed artists, recently played). Spotify's own
 * cursor (an artist id, a play time) says where the next page starts, but not how far into the list it
 * is, nor which pages came before: a Spotify whose later page points back to an earlier one (a cursor
 * cycle) would page a client for ever. The connection's cursor therefore carries, opaque
 * (base64url) and checked when it comes back as `after`, the edge's position, Spotify's cursor to read
 * on from, the entries after that cursor already served, short digests of the Spotify cursors the
 * pages before were asked after, and how far the list was seen to reach (the largest total Spotify
 * counted on the pages read, or the furthest position served). v12 attack on issue 7, N6 and N15;
 * v13 re-attack, U1 and I4.
 *
 * Not signed: the checks below refuse every cursor whose state no paging could reach, without a call,
 * and an edit that passes them only misplaces the editor's own position (one call per request as
 * ever, `skip` bounded by the page size). A signature would need a key shared by every instance
 * (ENCRYPTION_KEY is optional for a single in-memory instance) and would refuse every cursor handed
 * out before a key rotation.
 */
import { createHash } from 'node:crypto';
import { badInput } from './errors.js';

/** Where an edge of a cursor-paged connection stands in its list, and what was read before it. */
export interface CursorState {
  /** The edge's position in the list (0 for the first item; -1 before the first). */
  at: number;
  /**
   * Spotify's cursor that the page after this edge is asked after: the own cursor of the last entry at
   * or before the edge that has one; null: from the start of the list.
   */
  spotify: string | null;
  /**
   * The entries after `spotify`, up to and including this edge, that have no cursor of their own (a
   * play without a readable time): the next page starts with them again, and they are left out of it.
   */
  skip: number;
  /** cursorDigest of each Spotify cursor a page before was asked after, oldest first, at most MAX_FOLLOWED. */
  followed: string[];
  /**
   * How far the list was seen to reach, for a list whose pages count it (followed artists): the
   * largest of Spotify's totals on the pages read up to this edge and the positions served (so never
   * at or below `at`); null for a list without a count (recently played). A list that shrank while it
   * was paged (an artist unfollowed) keeps the count it had, so the positions served before stay
   * within it (v13 re-attack, U1).
   */
  reach: number | null;
}

/** Most Spotify cursors a connection cursor remembers (the newest); further back, the total bounds a cycle. */
export const MAX_FOLLOWED = 32;

/** The state before the first item of a list. */
export const LIST_START: CursorState = { at: -1, spotify: null, skip: 0, followed: [], reach: null };

/** A short digest (8 base64url characters, 48 bits) of a Spotify cursor, for CursorState.followed. */
export const cursorDigest = (cursor: string): string =>
  createHash('sha256').update(cursor).digest('base64url').slice(0, 8);

/** The opaque connection cursor of `state` in the list named `list` (`followed`, `played`). */
export function encodeCursor(list: string, state: CursorState): string {
  const text = [
    list,
    state.at,
    state.skip,
    state.spotify ?? '',
    state.followed.join('.'),
    state.reach ?? '',
  ].join('|');
  return Buffer.from(text).toString('base64url');
}

/**
 * The state an `after` cursor of the list `list` carries. `valid` says whether a Spotify cursor is one
 * of this list's (an artist id, a time in epoch ms); `pageSize`: the most entries a page of the list
 * holds. Throws `badInput` naming `after` for anything encodeCursor did not make for this list: another
 * list's cursor, Spotify's bare cursor, an offset list's cursor, a position out of range, a state that
 * contradicts itself, or one no paging reaches (impossibleState). v13 re-attack, I4.
 */
export function decodeCursor(
  list: string,
  cursor: string,
  valid: (spotify: string) => boolean,
  pageSize: number,
): CursorState {
  const refuse = (why = '') =>
    badInput(
      `after is not a cursor of this connection${why} (give an edge cursor or endCursor it served)`,
      'after',
    );
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (parts.length !== 6 || parts[0] !== list) throw refuse();
  const [, at = '', skip = '', spotify = '', followed = '', reach = ''] = parts;
  if (!/^\d{1,6}$/.test(at) || !/^\d{1,6}$/.test(skip) || !/^(\d{1,6})?$/.test(reach)) throw refuse();
  const digests = followed === '' ? [] : followed.split('.');
  if (digests.length > MAX_FOLLOWED || digests.some((d) => !/^[\w-]{8}$/.test(d))) throw refuse();
  if (spotify !== '' && !valid(spotify)) throw refuse();
  const state: CursorState = {
    at: Number(at),
    spotify: spotify === '' ? null : spotify,
    skip: Number(skip),
    followed: digests,
    reach: reach === '' ? null : Number(reach),
  };
  // From the start, every entry up to the edge is one without a cursor; never more than the edge's own.
  const consistent = state.spotify === null ? state.skip === state.at + 1 : state.skip <= state.at;
  if (!consistent || encodeCursor(list, state) !== cursor) throw refuse();
  const impossible = impossibleState(state, pageSize);
  if (impossible) throw refuse(`: ${impossible}`);
  return state;
}

/**
 * Why no paging of the list reaches `state`, or undefined when some does. Each page holds at most
 * `pageSize` entries (cursorConnection cuts a longer one) and adds the Spotify cursor it was asked
 * after to `followed` (the first page, asked from the start, adds none), so an edge stands before
 * `pageSize` times one more than the cursors followed (while they are fewer than MAX_FOLLOWED, the
 * most remembered); the entries without a cursor of their own after `spotify` (`skip`) fit in one
 * page; and a position is within the reach the cursor carries.
 */
function impossibleState(state: CursorState, pageSize: number): string | undefined {
  if (state.followed.length < MAX_FOLLOWED && state.at >= pageSize * (state.followed.length + 1)) {
    return `its position ${state.at} is past the pages it says were read`;
  }
  if (state.skip > pageSize) return `it skips ${state.skip} entries, more than a page of ${pageSize}`;
  if (state.reach !== null && state.at >= state.reach) {
    return `its position ${state.at} is past the ${state.reach} entries its list was seen to hold`;
  }
  return undefined;
}
