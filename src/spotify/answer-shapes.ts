/**
 * The outline every 2xx answer of an endpoint must have before anyone reads it: a "contains" check
 * answers a list (of booleans, checked by the caller entry by entry), a playlist's cover images a list of objects; everything else a JSON object whose lists are lists (a paging object's
 * `items`, the devices, the queue), whose counts are numbers, and, for a single object read by id or a
 * playlist creation, with a string `id`. Spotify's reference (2026) documents these shapes. A body of
 * another shape (a bare string, `true`, a list where an object belongs, `"items": "x"`) is a typed
 * BAD_RESPONSE error at the client's edge, never an empty or false answer passed on as true.
 * Only the outline is checked: the fields inside objects are read defensively where they are used,
 * and so are the pages of a search answer and those an object read by id embeds (readsPagesPerField).
 */
import type { EndpointSpec } from './endpoints/types.js';
import { SpotifyAPIError } from './errors.js';

/** Keys that always hold a list where they appear at the top of an answer. */
const LIST_KEYS = ['items', 'devices', 'queue', 'genres', 'markets'] as const;
/** Keys that hold a paging object (whose `items` must be a list) where they are objects. */
const PAGE_KEYS = [
  'albums',
  'artists',
  'tracks',
  'playlists',
  'shows',
  'episodes',
  'audiobooks',
  'chapters',
  'categories',
  'items',
] as const;

/**
 * Single objects read by id: their answer carries a string `id`. A user's profile (`/users/{id}`,
 * `/me`) is not checked here: Spotify's UserObject does not require `id`, and the id asked (or the
 * session's) is known; a caller that learns the id from the profile checks it (profileId).
 */
const BY_ID = /^\/(?:albums|artists|tracks|playlists|shows|episodes|audiobooks|chapters)\/\{[a-z_]+\}$/;

/**
 * The `id` of the signed-in user's profile (`GET /me`), for a caller that learns whose a token is from
 * it. Throws a BAD_RESPONSE SpotifyAPIError when the profile carries no string id.
 */
export function profileId(endpoint: EndpointSpec, profile: { id?: unknown }): string {
  if (typeof profile.id === 'string') return profile.id;
  throw badShape(endpoint, `id is ${describe(profile.id)}, not a string`, 200);
}
/**
 * Writes to a playlist's items (add, reorder or replace, remove; both the `/items` and the older
 * `/tracks` routes): Spotify's reference documents their answer as `{ "snapshot_id": string }`.
 */
const SNAPSHOT_WRITES = /^\/playlists\/\{playlist_id\}\/(?:items|tracks)$/;

/** Endpoints that create a playlist: the answer is the new playlist. */
const CREATES = new Set(['create-playlist', 'create-playlist-for-user']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function badShape(endpoint: EndpointSpec, what: string, status: number): SpotifyAPIError {
  // The body itself is never quoted: it may be long, and it is Spotify's, not ours to echo.
  return new SpotifyAPIError(`Spotify's answer to ${endpoint.id} is not the documented shape: ${what}`, {
    status,
    code: 'BAD_RESPONSE',
    wrongShape: true,
  });
}

/**
 * The endpoints that owe a body yet may answer without one: the playback state and the currently
 * playing item answer 204 when nothing plays (Spotify's Web API reference, Player). Every other
 * endpoint with a documented body that answers 2xx with none has answered wrongly.
 */
const ANSWERS_NOTHING_WHEN_IDLE: ReadonlySet<string> = new Set([
  'get-information-about-the-users-current-playback',
  'get-the-users-currently-playing-track',
]);

/**
 * Answers whose pages are each one field's: a search answer's page per type, and the pages an object
 * read by id embeds (a playlist's items, an album's tracks, a show's episodes). The resolvers check
 * each page where they read it (`readablePage`, src/resolvers/paging.ts; src/resolvers/search.ts), so
 * one bad page is its own field's error while the object's other fields and the other types answer.
 */
const readsPagesPerField = (endpoint: EndpointSpec): boolean =>
  endpoint.id === 'search' || readsById(endpoint);

/** Whether each endpoint reads one object by id, its path matched once rather than per answer. */
const byIdCache = new WeakMap<EndpointSpec, boolean>();

/** Whether `endpoint` is a GET of a single object by id (or of the signed-in user): BY_ID. */
function readsById(endpoint: EndpointSpec): boolean {
  let byId = byIdCache.get(endpoint);
  if (byId === undefined) {
    byId = endpoint.method === 'GET' && BY_ID.test(endpoint.path);
    byIdCache.set(endpoint, byId);
  }
  return byId;
}

/** A paging object's outline: `items` a list, `total` a number when given. */
function checkPage(endpoint: EndpointSpec, key: string, page: Record<string, unknown>, status: number): void {
  if ('items' in page && !Array.isArray(page.items)) {
    throw badShape(endpoint, `${key}.items is ${describe(page.items)}, not a list`, status);
  }
  if (page.total !== undefined && page.total !== null && typeof page.total !== 'number') {
    throw badShape(endpoint, `${key}.total is ${describe(page.total)}, not a number`, status);
  }
}

/**
 * Checks a decoded 2xx answer of `endpoint` (undefined: no body, accepted only where an idle player
 * answers 204) against its documented outline; throws SpotifyAPIError with code BAD_RESPONSE, carrying the answer's real
 * HTTP `status` (a 201 stays 201), when it does not match.
 */
export function checkAnswerShape(endpoint: EndpointSpec, value: unknown, status = 200): void {
  if (value === undefined) {
    if (ANSWERS_NOTHING_WHEN_IDLE.has(endpoint.id)) return;
    throw badShape(endpoint, 'no body where one belongs', status);
  }
  if (endpoint.path.endsWith('/contains')) {
    // The list, one entry per item asked (src/spotify/endpoints/batching.ts); an entry that is no
    // boolean is that entry's fault alone, left for the caller to refuse (the GraphQL schema makes it
    // that entry's error), never the whole list's.
    if (!Array.isArray(value)) throw badShape(endpoint, `${describe(value)} where a list belongs`, status);
    return;
  }
  if (endpoint.method === 'GET' && endpoint.path.endsWith('/images')) {
    // A playlist's cover images: a list of image objects.
    if (!Array.isArray(value) || !value.every(isObject)) {
      throw badShape(endpoint, `${describe(value)} where a list of images belongs`, status);
    }
    return;
  }
  if (!isObject(value)) throw badShape(endpoint, `${describe(value)} where an object belongs`, status);
  if (value.total !== undefined && value.total !== null && typeof value.total !== 'number') {
    throw badShape(endpoint, `total is ${describe(value.total)}, not a number`, status);
  }
  for (const key of LIST_KEYS) {
    const entry = value[key];
    if (
      entry !== undefined &&
      entry !== null &&
      !Array.isArray(entry) &&
      !(key === 'items' && isObject(entry))
    ) {
      throw badShape(endpoint, `${key} is ${describe(entry)}, not a list`, status);
    }
  }
  if (!readsPagesPerField(endpoint)) {
    for (const key of PAGE_KEYS) {
      const entry = value[key];
      if (isObject(entry)) checkPage(endpoint, key, entry, status);
    }
  }
  if (endpoint.batch !== undefined && !Array.isArray(value[endpoint.batch.key])) {
    throw badShape(
      endpoint,
      `${endpoint.batch.key} is ${describe(value[endpoint.batch.key])}, not a list`,
      status,
    );
  }
  if (
    endpoint.method !== 'GET' &&
    SNAPSHOT_WRITES.test(endpoint.path) &&
    typeof value.snapshot_id !== 'string'
  ) {
    throw badShape(endpoint, `snapshot_id is ${describe(value.snapshot_id)}, not a string`, status);
  }
  if (readsById(endpoint) || CREATES.has(endpoint.id)) {
    if (typeof value.id !== 'string')
      throw badShape(endpoint, `id is ${describe(value.id)}, not a string`, status);
  }
}
