/**
 * The connection cursors of cursor-paged lists (followed artists, recently played). Spotify's own
 * cursor (an artist id, a play time) says where the next page starts, but not how far into the list it
 * is, nor which pages came before: a Spotify whose later page points back to an earlier one (a cursor
 * cycle) would page a client for ever. The connection's cursor therefore carries, opaque
 * (base64url), the edge's position, Spotify's cursor to read on from, the entries after that cursor
 * already served, short digests of the Spotify cursors the pages before were asked after, and how far
 * the list was seen to reach (the largest total Spotify counted on the pages read, or the furthest
 * position served). v12 attack on issue 7, N6 and N15; v13 re-attack, U1 and I4.
 *
 * Signed (HMAC-SHA256, CursorKeys): what a cursor says is then what the server saw, so a page that goes
 * back against it is Spotify's fault, and any edit (a forged digest, a play time after now, another
 * artist, a position, a reach; v14 re-attack, R1 and R2) is the cursor's: `BAD_USER_INPUT` naming
 * `after`, before any call. Checks alone could not tell an edited digest from Spotify going back. The
 * key is derived from ENCRYPTION_KEY (src/server/app.ts), so cursors stay good across restarts, on
 * every instance sharing it, and through a rotation that keeps the old key listed; without it a
 * server's own random key: its cursors end with the process.
 *
 * Bound to their viewer (v15 re-attack, RA3): the MAC covers a digest of whose list the cursor was
 * served from (cursorViewer), not written in the cursor, so a cursor handed to one user is refused on
 * another's request (`BAD_USER_INPUT`, before any call), as an edited one is, instead of paging the
 * second user's list from the first one's position or play time.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
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
   * On a list whose entries may share a cursor (CursorList.shared), the page after is asked from
   * `spotify` inclusively and `skip` counts the entries at `spotify` served too.
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

/** The HKDF `info` of the cursor key (KeyRing.derive): what it is for (a new format takes a new name). */
export const CURSOR_KEY_INFO = 'spotify-graphql connection cursors v1';

/** Bytes of a cursor's MAC kept (HMAC-SHA256 cut to 128 bits: 22 base64url characters). */
const MAC_BYTES = 16;

/**
 * The keys connection cursors are signed with: HMAC-SHA256 (node:crypto) under the first, checked
 * under each (a rotation loses no cursor while the old key is listed). `keys`: 32-byte keys, the
 * signing key first (KeyRing.derive(CURSOR_KEY_INFO) of ENCRYPTION_KEY's ring).
 */
export class CursorKeys {
  constructor(private readonly keys: readonly Buffer[]) {
    if (keys.length === 0) throw new Error('CursorKeys needs at least one key');
  }

  /** The MAC of `text` under the signing key, base64url. */
  sign(text: string): string {
    return this.mac(this.keys[0] as Buffer, text).toString('base64url');
  }

  /** Whether `mac` (base64url) is the MAC of `text` under one of the keys, compared in constant time. */
  signed(text: string, mac: string): boolean {
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== MAC_BYTES || given.toString('base64url') !== mac) return false;
    return this.keys.some((key) => timingSafeEqual(this.mac(key, text), given));
  }

  private mac(key: Buffer, text: string): Buffer {
    return createHmac('sha256', key).update(text, 'utf8').digest().subarray(0, MAC_BYTES);
  }
}

/** The keys of a context without a server's (a resolver test's): this process's own random key. */
export const PROCESS_CURSOR_KEYS = new CursorKeys([randomBytes(32)]);

/**
 * Whose list a cursor pages (CursorList.viewer), as a digest that goes into the cursor's MAC but not
 * into the cursor: the signed-in user's Spotify id when the request knows it without a call (a
 * session's, `userId`), else `bearer` for any request with a bare user token, else `anonymous`. A bare
 * token says whose it is only through `GET /me` (a call), and a frontend renews it every hour (Spotify's
 * access tokens last 3,600 s): binding its cursors to the token would refuse a list's next page after
 * every renewal, so bare-token cursors are bound to that kind of caller only. SHA-256, base64url.
 */
export function cursorViewer(userId: string | undefined, bearer: boolean): string {
  const who = userId !== undefined ? `user\n${userId}` : bearer ? 'bearer' : 'anonymous';
  return createHash('sha256').update(who, 'utf8').digest('base64url');
}

/** The viewers that are a kind of caller rather than a user (cursorViewer), each with its words. */
const CALLER_KINDS: readonly (readonly [viewer: string, words: string])[] = [
  [cursorViewer(undefined, true), 'a bare Spotify access token'],
  [cursorViewer(undefined, false), 'a request without a sign-in'],
];

/**
 * Why a cursor's MAC does not hold for `viewer`, in words true for the case: served under another kind
 * of credential (a bare token's cursor on a session's request, or the other way), another user's
 * (only a session's request has a user to differ from), edited, or signed under another key. A cursor of
 * a kind of caller (CALLER_KINDS) is recognised by its MAC; a session's cannot be told from an edit, as
 * the server cannot name the user it was served to (v17, B5: a bare token's cursor on a session's
 * request of the same user was said to be another user's).
 */
function unsignedWhy(of: CursorList, text: string, mac: string): string {
  const kind = CALLER_KINDS.find(
    ([viewer]) => viewer !== of.viewer && of.keys.signed(signedText(viewer, text), mac),
  );
  if (kind !== undefined)
    return `: it was served to ${kind[1]}, another kind of credential than this request's`;
  if (CALLER_KINDS.some(([viewer]) => viewer === of.viewer))
    return ': edited, served to a signed-in session (another kind of credential), or signed under another key than this server has';
  return ': edited, served to another user, or signed under another key than this server has';
}

/** What a cursor's MAC covers: its viewer's digest (cursorViewer) and its text. */
const signedText = (viewer: string, text: string): string => `${viewer}|${text}`;

/** The signed text of a cursor's state: list|at|skip|spotify|digests|reach. */
function cursorText(list: string, state: CursorState): string {
  return [list, state.at, state.skip, state.spotify ?? '', state.followed.join('.'), state.reach ?? ''].join(
    '|',
  );
}

/**
 * The opaque connection cursor of `state` in the list named `list` (`followed`, `played`) of `viewer`
 * (cursorViewer): its text and the MAC under `keys` of the viewer and the text (`<text>|<mac>`), in
 * base64url.
 */
export function encodeCursor(list: string, state: CursorState, keys: CursorKeys, viewer: string): string {
  const text = cursorText(list, state);
  return Buffer.from(`${text}|${keys.sign(signedText(viewer, text))}`).toString('base64url');
}

/** What decodeCursor knows of the list besides its name. */
export interface CursorList {
  /** The keys its cursors are signed with. */
  keys: CursorKeys;
  /** Whose list it is (cursorViewer): a cursor served to anyone else is refused. */
  viewer: string;
  /** Whether a Spotify cursor is one of this list's (an artist id, a time in epoch ms). */
  valid: (spotify: string) => boolean;
  /** The most entries a page of the list holds. */
  pageSize: number;
  /** Whether its cursors carry a reach (a list whose pages count it); the others carry none. */
  counted: boolean;
  /** The furthest position an edge of the list stands at (MAX_OFFSET). */
  maxAt: number;
  /**
   * Whether several entries may share one Spotify cursor (CursorListOptions.sharedCursors): an edge's
   * `skip` then counts the entries at its cursor too, so it may reach its own position plus one.
   */
  shared?: boolean;
}

/**
 * The state an `after` cursor of the list `list` carries. Throws `badInput` naming `after` for
 * anything encodeCursor did not make for this list of this viewer under `keys`: an edited cursor
 * whatever part was changed, one served to another signed-in user or kind of caller (cursorViewer), one signed
 * under another key (another deployment's, or a server without ENCRYPTION_KEY
 * before its restart), an unsigned one made before cursors were signed, another list's cursor,
 * Spotify's bare cursor, an offset list's cursor. The state's own checks (a position out of range, a
 * state that contradicts itself, one no paging reaches: impossibleState) stand behind the signature,
 * and hold for every state the server makes. v13 re-attack, I4; v14 re-attack, R1 and R2.
 */
export function decodeCursor(list: string, cursor: string, of: CursorList): CursorState {
  const refuse = (why = '') =>
    badInput(
      `after is not a cursor of this connection${why} (give an edge cursor or endCursor it served)`,
      'after',
    );
  const signed = Buffer.from(cursor, 'base64url').toString('utf8');
  const parts = signed.split('|');
  if (parts.length !== 7 || parts[0] !== list || Buffer.from(signed).toString('base64url') !== cursor)
    throw refuse();
  const mac = parts.pop() as string;
  if (!of.keys.signed(signedText(of.viewer, parts.join('|')), mac))
    throw refuse(unsignedWhy(of, parts.join('|'), mac));
  const [, at = '', skip = '', spotify = '', followed = '', reach = ''] = parts;
  if (!/^\d{1,6}$/.test(at) || !/^\d{1,6}$/.test(skip) || !/^(\d{1,6})?$/.test(reach)) throw refuse();
  const digests = followed === '' ? [] : followed.split('.');
  if (digests.length > MAX_FOLLOWED || digests.some((d) => !/^[\w-]{8}$/.test(d))) throw refuse();
  if (spotify !== '' && !of.valid(spotify)) throw refuse();
  const state: CursorState = {
    at: Number(at),
    spotify: spotify === '' ? null : spotify,
    skip: Number(skip),
    followed: digests,
    reach: reach === '' ? null : Number(reach),
  };
  // From the start, every entry up to the edge is one without a cursor; never more than the edge's own.
  // Where entries share a cursor, the skip counts the entries at it too (the edge's own among them).
  const most = state.at + (of.shared === true ? 1 : 0);
  const consistent = state.spotify === null ? state.skip === state.at + 1 : state.skip <= most;
  if (!consistent || cursorText(list, state) !== parts.join('|')) throw refuse();
  const impossible = impossibleState(state, of);
  if (impossible) throw refuse(`: ${impossible}`);
  return state;
}

/**
 * Why no paging of the list reaches `state`, or undefined when some does. Each page holds at most
 * `pageSize` entries (cursorConnection cuts a longer one) and adds the Spotify cursor it was asked
 * after to `followed` (the first page, asked from the start, adds none), so an edge stands before
 * `pageSize` times one more than the cursors followed (while they are fewer than MAX_FOLLOWED, the
 * most remembered); the entries without a cursor of their own after `spotify` (`skip`) fit in one
 * page; no edge stands past `maxAt`; a counted list's cursor carries its reach, another's none (v14
 * re-attack, R1); and a position is within the reach the cursor carries.
 */
function impossibleState(state: CursorState, { pageSize, counted, maxAt }: CursorList): string | undefined {
  if (state.at > maxAt) return `its position ${state.at} is past ${maxAt}, the furthest a list reaches`;
  if ((state.reach !== null) !== counted) return counted ? 'it has no reach' : 'its list counts no reach';
  if (state.followed.length < MAX_FOLLOWED && state.at >= pageSize * (state.followed.length + 1)) {
    return `its position ${state.at} is past the pages it says were read`;
  }
  if (state.skip > pageSize) return `it skips ${state.skip} entries, more than a page of ${pageSize}`;
  if (state.reach !== null && state.at >= state.reach) {
    return `its position ${state.at} is past the ${state.reach} entries its list was seen to hold`;
  }
  return undefined;
}
