/**
 * The outline every 2xx answer of an endpoint must have before anyone reads it: a "contains" check
 * answers a list (of booleans, checked by the caller entry by entry), a playlist's cover images a list of objects; everything else a JSON object whose lists are lists (a paging object's
 * `items`, the devices, the queue), and, for a single object read by id or a
 * playlist creation, with a string `id` that is not blank. Spotify's reference (2026) documents these shapes. A body of
 * another shape (a bare string, `true`, a list where an object belongs, `"items": "x"`) is a typed
 * BAD_RESPONSE error at the client's edge, never an empty or false answer passed on as true.
 * Only the outline is checked: the fields inside objects are read defensively where they are used,
 * and so are the pages of a search answer and those an object read by id embeds (readsPagesPerField).
 * What a public method promises beyond the outline (a page's `items`, the devices, a profile's `id`)
 * is checkPromisedShape's, which the client applies unless the caller keeps partial answers itself.
 */
import type { EndpointSpec } from './endpoints/types.js';
import { SpotifyAPIError } from './errors.js';
import { isObject } from './json-object.js';

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
 * it. Throws a BAD_RESPONSE SpotifyAPIError when the profile carries no id (a string with more than
 * white space in it: `""` names no user, v15 re-attack RA6).
 */
export function profileId(endpoint: EndpointSpec, profile: { id?: unknown }): string {
  if (isId(profile.id)) return profile.id;
  throw badShape(endpoint, notHeld('id', 'id', profile.id), 200);
}
/**
 * Writes to a playlist's items (add, reorder or replace, remove; both the `/items` and the older
 * `/tracks` routes): Spotify's reference documents their answer as `{ "snapshot_id": string }`.
 */
const SNAPSHOT_WRITES = /^\/playlists\/\{playlist_id\}\/(?:items|tracks)$/;

/** Endpoints that create a playlist: the answer is the new playlist. */
const CREATES = new Set(['create-playlist', 'create-playlist-for-user']);

/** Whether `value` is a string of nothing but white space (or empty). */
const isBlank = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';

/** A string with more than white space in it: an id. */
const isId = (value: unknown): value is string => typeof value === 'string' && !isBlank(value);

/** What kind of value `value` is, for a shape fault (never the value: it is Spotify's). */
export function kindOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (value === '') return 'an empty string';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * What is wrong with a paging object's links and fields, named by member and kind (`next is a number,
 * not a link or null`), or undefined when nothing is: `next` and `previous` a link (a non-empty string)
 * or null, `offset` and `limit` numbers or null, `cursors` an object or null (Spotify's Web API
 * reference, PagingObject and CursorPagingObject, 2026). A member left out is not checked, nor is
 * `total` (each reader treats a total that is no count as none: checkPage). `prefix` names the page
 * inside its answer (`artists.`). One rule for the client's typed calls (checkPromisedShape), its
 * paging (src/spotify/paging.ts checkPageFields) and the GraphQL server's connections
 * (src/resolvers/paging.ts), so that each says the same fault the same way.
 */
export function pageFieldFault(page: Readonly<Record<string, unknown>>, prefix = ''): string | undefined {
  for (const rel of ['next', 'previous']) {
    const link = page[rel];
    if (link === undefined || link === null || (typeof link === 'string' && link !== '')) continue;
    return `${prefix}${rel} is ${kindOfValue(link)}, not a link or null`;
  }
  for (const count of ['offset', 'limit']) {
    const value = page[count];
    if (value === undefined || value === null || typeof value === 'number') continue;
    return `${prefix}${count} is ${kindOfValue(value)}, not a number`;
  }
  const cursors = page.cursors;
  if (cursors !== undefined && cursors !== null && !isObject(cursors)) {
    return `${prefix}cursors is ${kindOfValue(cursors)}, not an object or null`;
  }
  return undefined;
}

/**
 * The BAD_RESPONSE (`wrongShape`) of a 2xx answer of `endpoint` that is not the documented shape:
 * `what` names the member at fault and the kind of value found (its `shapeFault`), never the value.
 */
export function badShape(endpoint: EndpointSpec, what: string, status: number): SpotifyAPIError {
  // The body itself is never quoted: it may be long, and it is Spotify's, not ours to echo.
  return new SpotifyAPIError(`Spotify's answer to ${endpoint.id} is not the documented shape: ${what}`, {
    status,
    code: 'BAD_RESPONSE',
    wrongShape: true,
    shapeFault: what,
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

/**
 * A paging object's outline: `items` a list. Its `total` is not checked: a total that is no count (a
 * string "64", an object, a boolean, a huge or fractional number) says nothing about the items, which
 * still page by `next`; each reader treats it as no count (the server's totalCount error, usableTotal
 * in src/resolvers/page-cuts.ts; iterate ignores it), never the whole answer's error (issue 7 item 7).
 */
function checkPage(endpoint: EndpointSpec, key: string, page: Record<string, unknown>, status: number): void {
  if ('items' in page && !Array.isArray(page.items)) {
    throw badShape(endpoint, `${key}.items is ${kindOfValue(page.items)}, not a list`, status);
  }
}

/**
 * Checks a decoded 2xx answer of `endpoint` (undefined: no body, accepted only where an idle player
 * answers 204) against its documented outline; throws SpotifyAPIError with code BAD_RESPONSE, carrying the answer's real
 * HTTP `status` (a 201 stays 201), when it does not match. `filtered`: the call asked Spotify's `fields`
 * filter, whose answer holds only the fields asked (`fields=name` answers `{"name": ...}`), so an object
 * read by id need not carry its `id`.
 */
export function checkAnswerShape(
  endpoint: EndpointSpec,
  value: unknown,
  status = 200,
  filtered = false,
): void {
  if (value === undefined) {
    if (ANSWERS_NOTHING_WHEN_IDLE.has(endpoint.id)) return;
    throw badShape(endpoint, 'no body where one belongs', status);
  }
  if (endpoint.path.endsWith('/contains')) {
    // The list, one entry per item asked (src/spotify/endpoints/batching.ts); an entry that is no
    // boolean is that entry's fault alone, left for the caller to refuse (the GraphQL schema makes it
    // that entry's error), never the whole list's.
    if (!Array.isArray(value)) throw badShape(endpoint, `${kindOfValue(value)} where a list belongs`, status);
    return;
  }
  if (endpoint.method === 'GET' && endpoint.path.endsWith('/images')) {
    // A playlist's cover images: a list of image objects.
    if (!Array.isArray(value) || !value.every(isObject)) {
      throw badShape(endpoint, `${kindOfValue(value)} where a list of images belongs`, status);
    }
    return;
  }
  if (!isObject(value)) throw badShape(endpoint, `${kindOfValue(value)} where an object belongs`, status);
  // A page's `total` of the wrong type is left to its readers (checkPage): the items still answer.
  for (const key of LIST_KEYS) {
    const entry = value[key];
    if (
      entry !== undefined &&
      entry !== null &&
      !Array.isArray(entry) &&
      !(key === 'items' && isObject(entry))
    ) {
      throw badShape(endpoint, `${key} is ${kindOfValue(entry)}, not a list`, status);
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
      `${endpoint.batch.key} is ${kindOfValue(value[endpoint.batch.key])}, not a list`,
      status,
    );
  }
  if (
    endpoint.method !== 'GET' &&
    SNAPSHOT_WRITES.test(endpoint.path) &&
    typeof value.snapshot_id !== 'string'
  ) {
    throw badShape(endpoint, `snapshot_id is ${kindOfValue(value.snapshot_id)}, not a string`, status);
  }
  if ((readsById(endpoint) && !filtered) || CREATES.has(endpoint.id)) {
    if (!isId(value.id)) throw badShape(endpoint, notHeld('id', 'id', value.id), status);
  }
}

/**
 * The kinds of member a public method's answer promises (checkPromisedShape): `objects` a list whose
 * every entry is an object (a `Device[]` holds no null), `entries` a list of objects or nulls (where the
 * client's type admits a null entry: a search page of playlists, shows, episodes or audiobooks, a show's
 * episodes, browse and user playlists, which Spotify answers with nulls for items it hides), `strings` a list of strings, `id` a string with more
 * than white space in it, `boolean` a boolean.
 */
type Promised = 'objects' | 'entries' | 'strings' | 'id' | 'boolean';

/** Members an answer promises: [dotted path, kind]. */
type Promises = readonly (readonly [path: string, kind: Promised])[];

/** A paging object's promise: its `items`, a list of objects. */
const PAGE: Promises = [['items', 'objects']];
const NOTHING: Promises = [];

/**
 * What the answer of each GET promises beyond its outline (checkAnswerShape), by endpoint id: the
 * members the client's types (endpoints/objects.ts) and public methods give their callers as always
 * there (`player.devices()` answers `devices`, `follow.followedArtists()` the page at `artists`,
 * `users.me()` a profile with its `id`, `player.state()` a state that says `is_playing`). A GET with a
 * `limit` not listed here answers a paging object itself (Spotify's reference, 2026), which promises
 * its `items`. Search promises one page per type asked (searchPromises).
 */
const PROMISES: Readonly<Record<string, Promises>> = {
  'get-followed': [['artists.items', 'objects']],
  'get-featured-playlists': [['playlists.items', 'entries']],
  'get-a-categories-playlists': [['playlists.items', 'entries']],
  // Pages Spotify answers with a null for an item it hides (spotify-web-api-ts-sdk#141: show episodes;
  // browse and user playlists, as search's): the entries are passed on as answered, nulls included,
  // as before the entries were checked (v16 re-attack B4), and as these methods' types say.
  'get-a-shows-episodes': [['items', 'entries']],
  'get-a-list-of-current-users-playlists': [['items', 'entries']],
  'get-list-users-playlists': [['items', 'entries']],
  'get-new-releases': [['albums.items', 'objects']],
  // A full album's artists and tracks (Album, endpoints/objects.ts; AlbumObject requires them).
  'get-an-album': [
    ['artists', 'objects'],
    ['tracks.items', 'objects'],
  ],
  'get-categories': [['categories.items', 'objects']],
  'get-recommendations': [
    ['tracks', 'objects'],
    ['seeds', 'objects'],
  ],
  'get-an-artists-top-tracks': [['tracks', 'objects']],
  'get-an-artists-related-artists': [['artists', 'objects']],
  'get-a-users-available-devices': [['devices', 'objects']],
  'get-queue': [['queue', 'objects']],
  'get-recommendation-genres': [['genres', 'strings']],
  'get-available-markets': [['markets', 'strings']],
  'get-current-users-profile': [['id', 'id']],
  'get-users-profile': [['id', 'id']],
  'get-a-category': [['id', 'id']],
  'get-audio-features': [['id', 'id']],
  'get-information-about-the-users-current-playback': [['is_playing', 'boolean']],
  'get-the-users-currently-playing-track': [['is_playing', 'boolean']],
};

/** Each endpoint's promise but search's (which depends on the types asked), looked up once. */
const promiseCache = new WeakMap<EndpointSpec, Promises>();

/** What `endpoint`'s answer promises when asked with `params` (PROMISES). */
function promisesOf(endpoint: EndpointSpec, params: Readonly<Record<string, unknown>>): Promises {
  if (endpoint.method !== 'GET') return NOTHING;
  if (endpoint.id === 'search') return searchPromises(params.type);
  // Spotify's field filter (a playlist's `fields`) answers the fields asked, and only those.
  if (isFiltered(params)) return NOTHING;
  let promises = promiseCache.get(endpoint);
  if (promises === undefined) {
    promises =
      PROMISES[endpoint.id] ?? (endpoint.params.some((param) => param.name === 'limit') ? PAGE : NOTHING);
    promiseCache.set(endpoint, promises);
  }
  return promises;
}

/** Search types whose page the client types with null entries (SearchResults, endpoints/objects.ts). */
const NULLABLE_SEARCH_TYPES: ReadonlySet<string> = new Set(['playlist', 'show', 'episode', 'audiobook']);

/**
 * A search answer's promise: the page of each type asked (`type: ['track']` promises `tracks.items`),
 * its entries objects, or objects and nulls for NULLABLE_SEARCH_TYPES.
 */
function searchPromises(types: unknown): Promises {
  const asked = Array.isArray(types) ? types : typeof types === 'string' ? types.split(',') : [];
  return asked.map((type) => {
    const name = String(type).trim();
    return [`${name}s.items`, NULLABLE_SEARCH_TYPES.has(name) ? 'entries' : 'objects'] as const;
  });
}

/**
 * Whether a call's parameters ask Spotify's field filter (a playlist's `fields`): a blank `fields`
 * (empty or only white space) asks for nothing and is no filter; the client does not send it
 * (SpotifyApiClient.request) and its answer keeps every promise (v15 re-attack, RA6).
 */
export function isFiltered(params: Readonly<Record<string, unknown>>): boolean {
  return params.fields !== undefined && !isBlank(params.fields);
}

/** `params` without a blank `fields` (isFiltered): what the client sends, so a blank filter is not sent. */
export function withoutBlankFields<P extends Record<string, unknown>>(params: P): P {
  return params.fields !== undefined && !isFiltered(params) ? { ...params, fields: undefined } : params;
}

/** The member of `value` at the dotted `path` (undefined where a step is missing or no object). */
function memberAt(value: Record<string, unknown>, path: string): unknown {
  let at: unknown = value;
  for (const key of path.split('.')) at = isObject(at) ? at[key] : undefined;
  return at;
}

/** Each kind's check of the member itself (a list's entries are checked by ENTRY). */
const HOLDS: Readonly<Record<Promised, (value: unknown) => boolean>> = {
  objects: Array.isArray,
  entries: Array.isArray,
  strings: Array.isArray,
  id: isId,
  boolean: (value) => typeof value === 'boolean',
};

/** What each list kind's entries must be, and the word that names it in the refusal. */
const ENTRY: Partial<Record<Promised, readonly [(value: unknown) => boolean, string]>> = {
  objects: [isObject, 'an object'],
  entries: [(value) => value === null || isObject(value), 'an object or null'],
  strings: [(value) => typeof value === 'string', 'a string'],
};

/**
 * How a member that does not hold its kind is named, by the kind of value found, never the value
 * (Spotify's, not ours to echo, as badShape's other faults): "is missing, not a list", "is an empty
 * string, not an id", "is a blank string, not an id" (white space only, U+2028 or U+3000 included).
 */
function notHeld(path: string, kind: Promised, member: unknown): string {
  if (kind === 'boolean') return `${path} is ${kindOfValue(member)}, not a boolean`;
  if (kind !== 'id') return `${path} is ${kindOfValue(member)}, not a list`;
  if (typeof member !== 'string') return `${path} is ${kindOfValue(member)}, not a string`;
  return `${path} is ${member === '' ? 'an empty string' : 'a blank string'}, not an id`;
}

/**
 * Checks a 2xx answer of `endpoint`, asked with `params` (the call's endpoint parameters), that passed
 * checkAnswerShape, against what the client's public methods promise of it (PROMISES: a page's
 * `items`, a wrapped page's, the devices, the queue, the tracks of top tracks, a search answer's page
 * per type asked, each with entries of the kind its type says (no null where the type has none), a
 * profile's `id` that is no blank string, a playback state's `is_playing`); throws SpotifyAPIError with code
 * BAD_RESPONSE (`wrongShape`) when a promised member is missing or of another kind, so that no public
 * method answers `{}` as a page or `undefined` as a list (v14 attack on issue 7, F11). An answer that
 * is no object (an idle player's nothing) promises nothing more than its outline; a "contains" list
 * (a path ending in `/contains`) promises a boolean in each entry (`"true"`, 1 or null is BAD_RESPONSE:
 * v16 attack on issue 7, D4).
 * The GraphQL server does not call it: it reads each part of an answer where a field needs it and
 * keeps the rest (RequestOptions.partialAnswers).
 */
export function checkPromisedShape(
  endpoint: EndpointSpec,
  value: unknown,
  params: Readonly<Record<string, unknown>>,
): void {
  if (Array.isArray(value) && endpoint.path.endsWith('/contains')) {
    const at = value.findIndex((entry) => typeof entry !== 'boolean');
    if (at >= 0) throw badShape(endpoint, `entry [${at}] is ${kindOfValue(value[at])}, not a boolean`, 200);
  }
  if (!isObject(value)) return;
  for (const [path, kind] of promisesOf(endpoint, params)) {
    const member = memberAt(value, path);
    if (!HOLDS[kind](member)) throw badShape(endpoint, notHeld(path, kind, member), 200);
    const entry = ENTRY[kind];
    if (entry === undefined || !Array.isArray(member)) continue;
    if (path === 'items' || path.endsWith('.items')) checkPromisedPage(endpoint, value, path);
    const at = member.findIndex((item) => !entry[0](item));
    if (at >= 0)
      throw badShape(endpoint, `${path}[${at}] is ${kindOfValue(member[at])}, not ${entry[1]}`, 200);
  }
}

/**
 * Throws BAD_RESPONSE when the page whose `items` is at `itemsPath` in `value` (a promised page: a
 * typed call's answer) has a link or field of the wrong type (pageFieldFault): `next: 5` is no end of
 * the list and `cursors: "x"` no cursors, never passed on as a page.
 */
function checkPromisedPage(endpoint: EndpointSpec, value: Record<string, unknown>, itemsPath: string): void {
  const at = itemsPath.slice(0, -'items'.length);
  const page = at === '' ? value : memberAt(value, at.slice(0, -1));
  const fault = isObject(page) ? pageFieldFault(page, at) : undefined;
  if (fault !== undefined) throw badShape(endpoint, fault, 200);
}
