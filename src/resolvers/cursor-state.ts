/**
 * The connection cursors of cursor-paged lists (followed artists, recently played). Spotify's own
 * cursor (an artist id, a play time) says where the next page starts, but not how far into the list it
 * is, nor which pages came before: a Spotify whose later page points back to an earlier one (a cursor
 * cycle) would page a client for ever. The connection's cursor therefore carries, opaque
 * (base64url) and checked when it comes back as `after`, the edge's position, Spotify's cursor to read
 * on from, the entries after that cursor already served, and short digests of the Spotify cursors the
 * pages before were asked after. v12 attack on issue 7, N6 and N15.
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
}

/** Most Spotify cursors a connection cursor remembers (the newest); further back, the total bounds a cycle. */
export const MAX_FOLLOWED = 32;

/** The state before the first item of a list. */
export const LIST_START: CursorState = { at: -1, spotify: null, skip: 0, followed: [] };

/** A short digest (8 base64url characters, 48 bits) of a Spotify cursor, for CursorState.followed. */
export const cursorDigest = (cursor: string): string =>
  createHash('sha256').update(cursor).digest('base64url').slice(0, 8);

/** The opaque connection cursor of `state` in the list named `list` (`followed`, `played`). */
export function encodeCursor(list: string, state: CursorState): string {
  const text = [list, state.at, state.skip, state.spotify ?? '', state.followed.join('.')].join('|');
  return Buffer.from(text).toString('base64url');
}

/**
 * The state an `after` cursor of the list `list` carries. `valid` says whether a Spotify cursor is one
 * of this list's (an artist id, a time in epoch ms). Throws `badInput` naming `after` for anything
 * encodeCursor did not make for this list: another list's cursor, Spotify's bare cursor, an offset
 * list's cursor, a position out of range, or a state that contradicts itself.
 */
export function decodeCursor(list: string, cursor: string, valid: (spotify: string) => boolean): CursorState {
  const refuse = () =>
    badInput(
      'after is not a cursor of this connection (give an edge cursor or endCursor it served)',
      'after',
    );
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (parts.length !== 5 || parts[0] !== list) throw refuse();
  const [, at = '', skip = '', spotify = '', followed = ''] = parts;
  if (!/^\d{1,6}$/.test(at) || !/^\d{1,6}$/.test(skip)) throw refuse();
  const digests = followed === '' ? [] : followed.split('.');
  if (digests.length > MAX_FOLLOWED || digests.some((d) => !/^[\w-]{8}$/.test(d))) throw refuse();
  if (spotify !== '' && !valid(spotify)) throw refuse();
  const state: CursorState = {
    at: Number(at),
    spotify: spotify === '' ? null : spotify,
    skip: Number(skip),
    followed: digests,
  };
  // From the start, every entry up to the edge is one without a cursor; never more than the edge's own.
  const consistent = state.spotify === null ? state.skip === state.at + 1 : state.skip <= state.at;
  if (!consistent || encodeCursor(list, state) !== cursor) throw refuse();
  return state;
}
