/**
 * What an answer's shape says of the app's mode: Spotify's February 2026 change stopped sending some
 * fields of full catalog objects to Development Mode apps only
 * (https://developer.spotify.com/documentation/web-api/references/changes/february-2026, "Changes to
 * fields"; its migration guide: Extended Quota apps keep "all existing endpoints, fields, and
 * behaviors"). A full album without `label` and `popularity`, a full artist without `followers` and
 * `popularity`, or a full track without `popularity` is an answer only Development Mode explains: no
 * user, scope or hiccup takes those fields out of a catalog object.
 */
import type { EndpointSpec } from './endpoints/types.js';

type Shape = Record<string, unknown>;

const isObject = (value: unknown): value is Shape =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether `value` is a full catalog object (not a simplified one, which never had the fields) that
 * lacks every field the change removed from its type: an album with `tracks` but no `label` nor
 * `popularity`; an artist with `images` or `genres` but no `followers` nor `popularity`; a track (not
 * a local file) with `external_ids` (kept for every app: the March 2026 changelog reverted its
 * removal) but no `popularity`.
 */
export function lacksRemovedFields(value: unknown): boolean {
  if (!isObject(value)) return false;
  switch (value.type) {
    case 'album':
      return 'tracks' in value && !('label' in value) && !('popularity' in value);
    case 'artist':
      return ('images' in value || 'genres' in value) && !('followers' in value) && !('popularity' in value);
    case 'track':
      return value.is_local !== true && 'external_ids' in value && !('popularity' in value);
    default:
      return false;
  }
}

/** The first object of a search answer's `key` page (its `items`), if any. */
function firstFound(answer: Shape, key: string): unknown {
  const page = answer[key];
  if (!isObject(page) || !Array.isArray(page.items)) return undefined;
  return page.items.find(isObject);
}

/**
 * Whether the answer `value` of `endpoint` shows Development Mode by its shape (see lacksRemovedFields):
 * one album, artist or track read by id, or a search's first artist or track. Other answers (pages
 * of simplified objects, batches, which only Extended Quota apps get) say nothing. Reads a few keys
 * of the answer's top level: no walk.
 */
export function showsDevelopmentShape(endpoint: EndpointSpec, value: unknown): boolean {
  switch (endpoint.id) {
    case 'get-an-album':
    case 'get-an-artist':
    case 'get-track':
      return lacksRemovedFields(value);
    case 'search':
      return (
        isObject(value) &&
        (lacksRemovedFields(firstFound(value, 'artists')) || lacksRemovedFields(firstFound(value, 'tracks')))
      );
    default:
      return false;
  }
}
