import { badRequest } from './errors.js';
import { isSpotifyId } from './ids.js';
import { isObject } from './json-object.js';
import type { PlaylistItem, PlaylistItemType, PlaylistRecord } from './model.js';
import { snapshotId } from './objects.js';
import type { EmulatorState } from './state.js';

/** Playlist item writes take at most this many uris (or objects) per request. */
export const MAX_ITEM_WRITE = 100;

/**
 * Checks a `snapshot_id` sent with a write. Any version of this playlist up to the current one is
 * accepted: Spotify applies such writes even when the playlist changed since that snapshot.
 */
export function checkSnapshot(playlist: PlaylistRecord, snapshot: unknown): void {
  if (snapshot === undefined) return;
  if (typeof snapshot !== 'string') throw badRequest('Invalid snapshot id');
  const match = /^(\d+),/.exec(Buffer.from(snapshot, 'base64url').toString('latin1'));
  const version = match ? Number(match[1]) : Number.NaN;
  if (
    !Number.isSafeInteger(version) ||
    version > playlist.snapshotVersion ||
    snapshotId({ id: playlist.id, snapshotVersion: version }) !== snapshot
  ) {
    throw badRequest('Invalid snapshot id');
  }
}

/** Every write makes a new version. */
export function touch(playlist: PlaylistRecord): string {
  playlist.snapshotVersion += 1;
  return snapshotId(playlist);
}

export interface ItemRef {
  type: PlaylistItemType;
  id: string;
}

export const itemUri = (item: ItemRef): string => `spotify:${item.type}:${item.id}`;

/** A track or episode uri of the catalog; anything else is a 400, as on Spotify. */
export function parseItemUri(state: EmulatorState, uri: unknown): ItemRef {
  if (typeof uri !== 'string') throw badRequest('Invalid uri: expected a string');
  const match = /^spotify:(track|episode):([^:]*)$/.exec(uri.trim());
  if (!match || !isSpotifyId(match[2]!)) throw badRequest(`Invalid track uri: ${uri}`);
  const ref: ItemRef = { type: match[1] as PlaylistItemType, id: match[2]! };
  const known = ref.type === 'track' ? state.catalog.tracks.has(ref.id) : state.catalog.episodes.has(ref.id);
  if (!known) throw badRequest(`Payload contains a non-existing ID: ${uri}`);
  return ref;
}

/** A local file's `spotify:local:artist:album:title:seconds` URI: four parts, none holding a `:`. */
const LOCAL_URI = /^spotify:local:([^:]*:){3}[^:]*$/;

/**
 * The uri of a remove request: a track or episode of the catalog (parseItemUri), or a local file by its
 * `spotify:local:` URI, which Spotify takes only here (its add and replace routes refuse local files;
 * Spotify's guide "Local Files in Playlists"). A local file matches the entries listed under that very
 * URI, as Spotify compares it; one the playlist does not hold removes nothing, as for a track.
 */
function parseRemovalUri(state: EmulatorState, uri: unknown): ItemRef {
  if (typeof uri === 'string' && uri.startsWith('spotify:local:')) {
    if (!LOCAL_URI.test(uri)) throw badRequest(`Invalid track uri: ${uri}`);
    return { type: 'local', id: uri.slice('spotify:local:'.length) };
  }
  return parseItemUri(state, uri);
}

/**
 * The uris of an add or replace: the `uris` query parameter wins over the body's `uris` (as the
 * spec says). `undefined` when neither is present.
 */
export function readUris(state: EmulatorState, query: URLSearchParams, body: unknown): ItemRef[] | undefined {
  let raw: unknown[] | undefined;
  const fromQuery = query.get('uris');
  if (fromQuery !== null) {
    raw = fromQuery.trim() === '' ? [] : fromQuery.split(',');
  } else if (isObject(body) && body.uris !== undefined) {
    if (!Array.isArray(body.uris)) throw badRequest('Invalid uris: expected an array of strings');
    raw = body.uris;
  }
  if (raw === undefined) return undefined;
  if (raw.length > MAX_ITEM_WRITE)
    throw badRequest(`You can add a maximum of ${MAX_ITEM_WRITE} tracks per request.`);
  return raw.map((uri) => parseItemUri(state, uri));
}

/** An optional non-negative integer from the body (or a query string value). */
export function optionalIndex(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 0) {
    throw badRequest(`Invalid ${name}: expected a non-negative integer`);
  }
  return number;
}

function newItems(refs: readonly ItemRef[], userId: string, addedAt: string): PlaylistItem[] {
  return refs.map((ref) => ({ type: ref.type, id: ref.id, addedAt, addedBy: userId }));
}

export function addItems(
  playlist: PlaylistRecord,
  refs: readonly ItemRef[],
  position: number | undefined,
  userId: string,
  addedAt: string,
): void {
  const at = position ?? playlist.items.length;
  if (at > playlist.items.length) throw badRequest('Index out of bounds');
  playlist.items.splice(at, 0, ...newItems(refs, userId, addedAt));
}

export function replaceItems(
  playlist: PlaylistRecord,
  refs: readonly ItemRef[],
  userId: string,
  addedAt: string,
): void {
  playlist.items = newItems(refs, userId, addedAt);
}

/** Moves `rangeLength` items starting at `rangeStart` to just before `insertBefore` (an index of the old list). */
export function reorderItems(
  playlist: PlaylistRecord,
  rangeStart: number,
  insertBefore: number,
  rangeLength: number,
): void {
  const length = playlist.items.length;
  if (rangeLength < 1) throw badRequest('Invalid range_length: must be at least 1');
  if (rangeStart + rangeLength > length)
    throw badRequest('Invalid range: range_start and range_length out of bounds');
  if (insertBefore > length) throw badRequest('Invalid insert_before: out of bounds');
  const moved = playlist.items.splice(rangeStart, rangeLength);
  // Positions after the range shift left once it is taken out; a target inside it is a no-op.
  const target =
    insertBefore <= rangeStart
      ? insertBefore
      : insertBefore >= rangeStart + rangeLength
        ? insertBefore - rangeLength
        : rangeStart;
  playlist.items.splice(target, 0, ...moved);
}

export interface RemoveRequest {
  ref: ItemRef;
  /** When given, only the occurrences at these positions go (and they must be there). */
  positions?: number[];
}

/** The `tracks` or `items` array of a remove request. */
export function readRemovals(state: EmulatorState, entries: unknown, name: string): RemoveRequest[] {
  if (!Array.isArray(entries)) throw badRequest(`Missing required field: ${name}`);
  if (entries.length === 0) throw badRequest(`Invalid ${name}: at least one object is required`);
  if (entries.length > MAX_ITEM_WRITE)
    throw badRequest(`Too many ${name}: at most ${MAX_ITEM_WRITE} per request`);
  return entries.map((entry) => {
    if (!isObject(entry)) throw badRequest(`Invalid ${name}: expected objects with a uri`);
    const ref = parseRemovalUri(state, entry.uri);
    if (entry.positions === undefined) return { ref };
    if (!Array.isArray(entry.positions)) throw badRequest('Invalid positions: expected an array of integers');
    return { ref, positions: entry.positions.map((p) => optionalIndex(p, 'positions') ?? 0) };
  });
}

export function removeItems(playlist: PlaylistRecord, removals: readonly RemoveRequest[]): void {
  const drop = new Set<number>();
  const everywhere = new Set<string>();
  for (const { ref, positions } of removals) {
    if (!positions) {
      everywhere.add(itemUri(ref));
      continue;
    }
    for (const position of positions) {
      const item = playlist.items[position];
      if (!item || item.type !== ref.type || item.id !== ref.id) {
        throw badRequest(
          `Could not remove tracks, please check parameters: no ${itemUri(ref)} at ${position}`,
        );
      }
      drop.add(position);
    }
  }
  playlist.items = playlist.items.filter((item, index) => !drop.has(index) && !everywhere.has(itemUri(item)));
}
