/**
 * Track relinking (Spotify's Web API docs, "Track Relinking"; the spec's `linked_from` on track
 * objects): with a market given, Spotify may answer a track that is not available there with another
 * copy of it that is (another release of the same recording), under the other copy's id, and say in
 * `linked_from` which track was asked for. The emulator relinks a few fixed tracks in one market that
 * no seeded account lives in, so relinking shows only where it is asked for, and only on a request
 * that names a `market` (a user token's country then applies): without one, Spotify relinks nothing,
 * even for a user token (SerializeContext.trackMarket).
 */
import type { Catalog } from './catalog.js';
import type { TrackRecord } from './model.js';

/** The market in which the emulator relinks tracks (no seeded user lives there). */
export const RELINK_MARKET = 'AT';

/** How many tracks are relinked. */
const RELINKED = 3;

const tables = new WeakMap<Catalog, ReadonlyMap<string, string>>();

/**
 * The relinked tracks of a catalog: requested track id -> the id Spotify answers with in
 * RELINK_MARKET. The first track of each of the first three albums (catalog order) with at least two
 * tracks, none of them restricted, is relinked to that album's second track.
 */
export function relinkTable(catalog: Catalog): ReadonlyMap<string, string> {
  let table = tables.get(catalog);
  if (table) return table;
  const restricted = new Set(catalog.restricted.trackIds);
  const pairs = new Map<string, string>();
  for (const album of catalog.albums.values()) {
    if (pairs.size >= RELINKED) break;
    const [requested, played] = album.trackIds;
    if (requested === undefined || played === undefined) continue;
    if (restricted.has(requested) || restricted.has(played)) continue;
    pairs.set(requested, played);
  }
  table = pairs;
  tables.set(catalog, table);
  return table;
}

/** The track Spotify answers in `market` in place of `track`, or undefined when it is not relinked. */
export function relinkedTrack(
  catalog: Catalog,
  track: TrackRecord,
  market: string | undefined,
): TrackRecord | undefined {
  if (market !== RELINK_MARKET) return undefined;
  const played = relinkTable(catalog).get(track.id);
  return played === undefined ? undefined : catalog.tracks.get(played);
}
