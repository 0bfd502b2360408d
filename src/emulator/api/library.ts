import {
  idsParam,
  jsonBody,
  limitParam,
  listParam,
  marketParam,
  noContent,
  type Operation,
  offsetParam,
  ok,
  page,
  pathId,
  type Reply,
  type RequestContext,
  requireUser,
} from '../context.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { isSpotifyId, isUserId, parseUri, type UriType } from '../ids.js';
import {
  albumObject,
  artistObject,
  audiobookObject,
  episodeObject,
  publicUserObject,
  type SerializeContext,
  serializeContext,
  simplifiedShow,
  trackObject,
} from '../objects.js';
import type { EmulatorState } from '../state.js';
import {
  followPlaylist,
  isoSeconds,
  newestFirst,
  type SavedType,
  TIME_RANGES,
  type TimeRange,
  type UserData,
  unfollowPlaylist,
} from '../user-data.js';

// --- Profiles ---------------------------------------------------------------------------------------

/** A stable pseudonymous account id, derived from the user id (never the id itself). */
function accountId(userId: string): string {
  let hash = 0x9e3779b9;
  let out = '';
  for (let round = 0; out.length < 10; round++) {
    for (let i = 0; i < userId.length; i++) hash = Math.imul(hash ^ userId.charCodeAt(i), 0x01000193) + round;
    out += (hash >>> 0).toString(36);
  }
  return out.slice(0, 10);
}

function currentUserProfile(ctx: RequestContext): Reply {
  const account = requireUser(ctx);
  const record = ctx.state.catalog.users.get(account.id) ?? {
    id: account.id,
    displayName: account.displayName,
    followers: 0,
    images: [],
  };
  const scopes = ctx.grant.scopes;
  const data = ctx.state.user(account.id);
  // Spotify hides the private fields unless the token carries the scope that reveals them.
  return ok({
    ...publicUserObject(serializeContext(ctx, undefined), record),
    account_id: accountId(account.id),
    ...(scopes.has('user-read-email') ? { email: account.email } : {}),
    ...(scopes.has('user-read-private')
      ? {
          country: account.country,
          product: account.product,
          explicit_content: {
            filter_enabled: data.explicitContent.filterEnabled,
            filter_locked: data.explicitContent.filterLocked,
          },
        }
      : {}),
  });
}

function userProfile(ctx: RequestContext): Reply {
  const userId = ctx.params.user_id ?? '';
  if (!isUserId(userId)) throw badRequest('Invalid username');
  const record = ctx.state.catalog.users.get(userId);
  if (!record) throw notFound('No such user');
  return ok(publicUserObject(serializeContext(ctx, undefined), record));
}

// --- Saved items of one type (the type-specific routes) ---------------------------------------------

interface SavedKind {
  type: SavedType;
  /** Path segment under /me and the spec's operationId stem. */
  plural: 'albums' | 'tracks' | 'episodes' | 'shows' | 'audiobooks';
  /** Most ids one request may name: in the query string, and in a JSON body. */
  queryMax: number;
  bodyMax: number;
  /** Whether the list takes a `market` parameter. */
  market: boolean;
  readScopes: readonly string[];
  exists(state: EmulatorState, id: string): boolean;
  /** One item of the saved list: `{added_at, <type>: object}`. */
  item(s: SerializeContext, id: string, addedAt: string): unknown;
}

const SAVED_KINDS: readonly SavedKind[] = [
  {
    type: 'album',
    plural: 'albums',
    queryMax: 20,
    bodyMax: 50,
    market: true,
    readScopes: ['user-library-read'],
    exists: (s, id) => s.catalog.albums.has(id),
    item: (s, id, addedAt) => ({ added_at: addedAt, album: albumObject(s, s.catalog.albums.get(id)!) }),
  },
  {
    type: 'track',
    plural: 'tracks',
    queryMax: 50,
    bodyMax: 50,
    market: true,
    readScopes: ['user-library-read'],
    exists: (s, id) => s.catalog.tracks.has(id),
    item: (s, id, addedAt) => ({ added_at: addedAt, track: trackObject(s, s.catalog.tracks.get(id)!) }),
  },
  {
    type: 'episode',
    plural: 'episodes',
    queryMax: 50,
    bodyMax: 50,
    market: true,
    readScopes: ['user-library-read', 'user-read-playback-position'],
    exists: (s, id) => s.catalog.episodes.has(id),
    item: (s, id, addedAt) => ({ added_at: addedAt, episode: episodeObject(s, s.catalog.episodes.get(id)!) }),
  },
  {
    type: 'show',
    plural: 'shows',
    queryMax: 50,
    bodyMax: 50,
    market: false,
    readScopes: ['user-library-read'],
    exists: (s, id) => s.catalog.shows.has(id),
    item: (s, id, addedAt) => ({ added_at: addedAt, show: simplifiedShow(s, s.catalog.shows.get(id)!) }),
  },
  {
    type: 'audiobook',
    plural: 'audiobooks',
    queryMax: 50,
    bodyMax: 50,
    market: false,
    readScopes: ['user-library-read'],
    exists: (s, id) => s.catalog.audiobooks.has(id),
    item: (s, id, addedAt) => ({
      added_at: addedAt,
      audiobook: audiobookObject(s, s.catalog.audiobooks.get(id)!),
    }),
  },
];

/** A JSON body's `ids` (1 to `max` strings; callers check what they name), or undefined without one. */
function bodyIds(ctx: RequestContext, max: number): string[] | undefined {
  const body = jsonBody(ctx);
  if (body === undefined || body === null || typeof body !== 'object' || !('ids' in body)) return undefined;
  const ids = (body as { ids: unknown }).ids;
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string'))
    throw badRequest('ids must be an array of strings');
  if (ids.length === 0) throw badRequest('Missing required parameter: ids');
  if (ids.length > max) throw badRequest(`Too many ids requested (ids: at most ${max})`);
  return ids as string[];
}

/** `ids` from the query string when present (the body is then ignored, as the spec says), else the body. */
function queryOrBodyIds(ctx: RequestContext, queryMax: number, bodyMax: number): string[] {
  if (ctx.query.has('ids')) return idsParam(ctx, queryMax);
  const ids = bodyIds(ctx, bodyMax);
  if (!ids) throw badRequest('Missing required parameter: ids');
  for (const id of ids) if (!isSpotifyId(id)) throw badRequest('Invalid base62 id');
  return ids;
}

/** Every id must name a catalog item before anything changes, so a bad request saves nothing. */
function requireExisting(ids: readonly string[], exists: (id: string) => boolean): void {
  for (const id of ids) if (!exists(id)) throw notFound(`Non existing id: '${id}'`);
}

function saveAll(
  state: EmulatorState,
  target: Map<string, string>,
  ids: readonly string[],
  at?: string,
): void {
  const addedAt = at ?? isoSeconds(state.now());
  for (const id of ids) if (!target.has(id)) target.set(id, addedAt);
}

/** save-tracks-user's `timestamped_ids`: tracks saved with a caller-chosen `added_at`. */
function timestampedIds(ctx: RequestContext): { id: string; addedAt: string }[] | undefined {
  const body = jsonBody(ctx);
  if (body === null || typeof body !== 'object' || !('timestamped_ids' in body)) return undefined;
  const entries = (body as { timestamped_ids: unknown }).timestamped_ids;
  if (!Array.isArray(entries) || entries.length === 0)
    throw badRequest('timestamped_ids must be a non-empty array');
  if (entries.length > 50) throw badRequest('Too many ids requested (timestamped_ids: at most 50)');
  return entries.map((entry: unknown) => {
    const { id, added_at: addedAt } = (entry ?? {}) as { id?: unknown; added_at?: unknown };
    if (typeof id !== 'string' || !isSpotifyId(id)) throw badRequest('Invalid base62 id');
    if (typeof addedAt !== 'string' || Number.isNaN(Date.parse(addedAt))) {
      throw badRequest('added_at must be an ISO 8601 timestamp');
    }
    return { id, addedAt: isoSeconds(Date.parse(addedAt)) };
  });
}

/**
 * save-<kind>-user: saves the ids of the query or body into `target` (id -> added_at); tracks may come
 * as `timestamped_ids`, whose added_at re-dates one already saved. 404 when an id does not exist.
 */
function saveItems(kind: SavedKind, ctx: RequestContext, target: Map<string, string>): void {
  const stamped = kind.type === 'track' ? timestampedIds(ctx) : undefined;
  if (stamped) {
    requireExisting(
      stamped.map((s) => s.id),
      (id) => kind.exists(ctx.state, id),
    );
    // An explicit added_at re-dates an already saved track: that is how callers reorder.
    for (const { id, addedAt } of stamped) {
      target.delete(id);
      target.set(id, addedAt);
    }
    return;
  }
  const ids = queryOrBodyIds(ctx, kind.queryMax, kind.bodyMax);
  requireExisting(ids, (id) => kind.exists(ctx.state, id));
  saveAll(ctx.state, target, ids);
}

function savedOperations(kind: SavedKind): Operation[] {
  const path = `/me/${kind.plural}`;
  const saved = (ctx: RequestContext): Map<string, string> =>
    ctx.state.user(requireUser(ctx).id).saved[kind.type];
  return [
    {
      id: `get-users-saved-${kind.plural}`,
      method: 'GET',
      path,
      scopes: kind.readScopes,
      userOnly: true,
      developmentMode: true,
      handler: (ctx) => {
        const limit = limitParam(ctx);
        const offset = offsetParam(ctx);
        const market = kind.market ? marketParam(ctx) : ctx.user?.country;
        const s = serializeContext(ctx, market);
        const all = newestFirst(saved(ctx)).filter(([id]) => kind.exists(ctx.state, id));
        return ok(page(ctx, all, { limit, offset }, ([id, addedAt]) => kind.item(s, id, addedAt)));
      },
    },
    {
      id: `save-${kind.plural}-user`,
      method: 'PUT',
      path,
      scopes: ['user-library-modify'],
      userOnly: true,
      developmentMode: false,
      handler: (ctx) => {
        saveItems(kind, ctx, saved(ctx));
        return { status: 200 };
      },
    },
    {
      id: `remove-${kind.plural}-user`,
      method: 'DELETE',
      path,
      scopes: ['user-library-modify'],
      userOnly: true,
      developmentMode: false,
      handler: (ctx) => {
        const target = saved(ctx);
        for (const id of queryOrBodyIds(ctx, kind.queryMax, kind.bodyMax)) target.delete(id);
        return { status: 200 };
      },
    },
    {
      id: `check-users-saved-${kind.plural}`,
      method: 'GET',
      path: `${path}/contains`,
      scopes: ['user-library-read'],
      userOnly: true,
      developmentMode: false,
      handler: (ctx) => {
        const target = saved(ctx);
        return ok(idsParam(ctx, kind.queryMax).map((id) => target.has(id)));
      },
    },
  ];
}

// --- /me/library: every kind of item by URI ---------------------------------------------------------

type LibraryUriType = Exclude<UriType, 'chapter'>;

const SAVED_URI_TYPES: ReadonlySet<string> = new Set(['track', 'album', 'episode', 'show', 'audiobook']);

/** Which scope a URI type needs to be written or read through /me/library. */
function libraryScope(type: LibraryUriType, write: boolean): string {
  if (SAVED_URI_TYPES.has(type)) return write ? 'user-library-modify' : 'user-library-read';
  if (type === 'artist' || type === 'user') return write ? 'user-follow-modify' : 'user-follow-read';
  return write ? 'playlist-modify-public' : 'playlist-read-private';
}

function libraryUris(ctx: RequestContext, write: boolean): { type: LibraryUriType; id: string }[] {
  const uris = listParam(ctx, 'uris', 40).map((uri) => {
    const parsed = parseUri(uri);
    if (!parsed) throw badRequest(`Invalid URI: ${uri}`);
    if (parsed.type === 'chapter') throw badRequest(`Unsupported URI type: ${parsed.type}`);
    return parsed as { type: LibraryUriType; id: string };
  });
  // The operation lets any of its scopes in; each URI still needs the scope for its own kind.
  for (const { type } of uris) {
    if (!ctx.grant.scopes.has(libraryScope(type, write))) throw forbidden('Insufficient client scope');
  }
  return uris;
}

function libraryMap(data: UserData, type: LibraryUriType): Map<string, string> {
  if (type === 'artist') return data.followedArtists;
  if (type === 'user') return data.followedUsers;
  if (type === 'playlist') return data.followedPlaylists;
  return data.saved[type];
}

function libraryItemExists(state: EmulatorState, type: LibraryUriType, id: string): boolean {
  const { catalog } = state;
  switch (type) {
    case 'track':
      return catalog.tracks.has(id);
    case 'album':
      return catalog.albums.has(id);
    case 'episode':
      return catalog.episodes.has(id);
    case 'show':
      return catalog.shows.has(id);
    case 'audiobook':
      return catalog.audiobooks.has(id);
    case 'artist':
      return catalog.artists.has(id);
    case 'user':
      return catalog.users.has(id);
    case 'playlist':
      return catalog.playlists.has(id);
  }
}

function saveLibraryItems(ctx: RequestContext): Reply {
  const user = requireUser(ctx);
  const uris = libraryUris(ctx, true);
  for (const { type, id } of uris) {
    if (!libraryItemExists(ctx.state, type, id)) throw notFound(`Non existing id: 'spotify:${type}:${id}'`);
  }
  const data = ctx.state.user(user.id);
  const at = isoSeconds(ctx.state.now());
  for (const { type, id } of uris) {
    if (type === 'playlist') followPlaylist(ctx.state, user.id, id);
    else if (!(type === 'user' && id === user.id)) saveAll(ctx.state, libraryMap(data, type), [id], at);
  }
  return { status: 200 };
}

function removeLibraryItems(ctx: RequestContext): Reply {
  const user = requireUser(ctx);
  const data = ctx.state.user(user.id);
  for (const { type, id } of libraryUris(ctx, true)) {
    if (type === 'playlist') unfollowPlaylist(ctx.state, user.id, id);
    else libraryMap(data, type).delete(id);
  }
  return { status: 200 };
}

function checkLibraryContains(ctx: RequestContext): Reply {
  const data = ctx.state.user(requireUser(ctx).id);
  return ok(libraryUris(ctx, false).map(({ type, id }) => libraryMap(data, type).has(id)));
}

// --- Follows ----------------------------------------------------------------------------------------

function followType(ctx: RequestContext, allowed: readonly string[]): 'artist' | 'user' {
  const type = ctx.query.get('type');
  if (type === null || type === '') throw badRequest('Missing required parameter: type');
  if (!allowed.includes(type)) throw badRequest(`Invalid type: must be ${allowed.join(' or ')}`);
  return type as 'artist' | 'user';
}

/** Artist ids must be base62 ids; user ids are usernames. */
function followIds(ctx: RequestContext, type: 'artist' | 'user', fromBody: boolean): string[] {
  const valid = type === 'artist' ? isSpotifyId : isUserId;
  const ids = ctx.query.has('ids') || !fromBody ? listParam(ctx, 'ids', 50) : bodyIds(ctx, 50);
  if (!ids) throw badRequest('Missing required parameter: ids');
  for (const id of ids)
    if (!valid(id)) throw badRequest(type === 'artist' ? 'Invalid base62 id' : 'Invalid username');
  return ids;
}

function followedMap(data: UserData, type: 'artist' | 'user'): Map<string, string> {
  return type === 'artist' ? data.followedArtists : data.followedUsers;
}

/** Followed artists in a fixed order (name, then id) so an `after` cursor survives unfollows. */
function getFollowed(ctx: RequestContext): Reply {
  const user = requireUser(ctx);
  followType(ctx, ['artist']);
  const limit = limitParam(ctx);
  const { artists } = ctx.state.catalog;
  const key = (id: string): [string, string] => [artists.get(id)?.name ?? '', id];
  const before = (a: [string, string], b: [string, string]): boolean =>
    a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const all = [...ctx.state.user(user.id).followedArtists.keys()]
    .filter((id) => artists.has(id))
    .map(key)
    .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));

  const after = ctx.query.get('after');
  let start = 0;
  if (after !== null && after !== '') {
    if (!isSpotifyId(after) || !artists.has(after)) throw badRequest('Invalid after cursor');
    const cursor = key(after);
    start = all.findIndex((k) => before(cursor, k));
    if (start === -1) start = all.length;
  }
  const slice = all.slice(start, start + limit);
  const last = slice.at(-1)?.[1];
  const more = start + limit < all.length;
  const link = (extra: Record<string, string>): string => {
    const query = new URLSearchParams(ctx.query);
    query.set('limit', String(limit));
    for (const [k, v] of Object.entries(extra)) query.set(k, v);
    return `${ctx.baseUrl}${ctx.path}?${query.toString()}`;
  };
  const s = serializeContext(ctx, user.country);
  return ok({
    artists: {
      href: link({}),
      items: slice.map(([, id]) => artistObject(s, artists.get(id)!)),
      limit,
      // The spec types `next` and `cursors.after` as non-nullable strings, so the last page leaves
      // them out rather than sending null.
      ...(more && last ? { next: link({ after: last }) } : {}),
      cursors: more && last ? { after: last } : {},
      total: all.length,
    },
  });
}

function followArtistsUsers(ctx: RequestContext): Reply {
  const user = requireUser(ctx);
  const type = followType(ctx, ['artist', 'user']);
  const ids = followIds(ctx, type, true);
  const { catalog } = ctx.state;
  requireExisting(ids, (id) => (type === 'artist' ? catalog.artists.has(id) : catalog.users.has(id)));
  saveAll(
    ctx.state,
    followedMap(ctx.state.user(user.id), type),
    ids.filter((id) => id !== user.id),
  );
  return noContent();
}

function unfollowArtistsUsers(ctx: RequestContext): Reply {
  const user = requireUser(ctx);
  const type = followType(ctx, ['artist', 'user']);
  const target = followedMap(ctx.state.user(user.id), type);
  for (const id of followIds(ctx, type, true)) target.delete(id);
  return noContent();
}

function checkCurrentUserFollows(ctx: RequestContext): Reply {
  const user = requireUser(ctx);
  const type = followType(ctx, ['artist', 'user']);
  const target = followedMap(ctx.state.user(user.id), type);
  return ok(followIds(ctx, type, false).map((id) => target.has(id)));
}

/** The spec's current form checks the caller; the deprecated `ids` may still name one user. */
function checkFollowsPlaylist(ctx: RequestContext): Reply {
  const user = requireUser(ctx);
  const playlistId = pathId(ctx, 'playlist_id');
  if (!ctx.state.catalog.playlists.has(playlistId)) throw notFound('Not found.');
  let userId = user.id;
  if (ctx.query.has('ids')) {
    const ids = listParam(ctx, 'ids', 1);
    if (!isUserId(ids[0]!)) throw badRequest('Invalid username');
    userId = ids[0]!;
  }
  if (!ctx.state.accounts.has(userId)) return ok([false]);
  return ok([ctx.state.user(userId).followedPlaylists.has(playlistId)]);
}

// --- Top items --------------------------------------------------------------------------------------

function timeRangeParam(ctx: RequestContext): TimeRange {
  const raw = ctx.query.get('time_range');
  if (raw === null || raw === '') return 'medium_term';
  if (!(TIME_RANGES as readonly string[]).includes(raw)) throw badRequest(`Invalid time range: ${raw}`);
  return raw as TimeRange;
}

function topItems(kind: 'artists' | 'tracks'): (ctx: RequestContext) => Reply {
  return (ctx) => {
    const user = requireUser(ctx);
    const range = timeRangeParam(ctx);
    const limit = limitParam(ctx);
    const offset = offsetParam(ctx);
    const top = ctx.state.user(user.id).top[range];
    const { catalog } = ctx.state;
    const s = serializeContext(ctx, user.country);
    if (kind === 'artists') {
      const ids = top.artistIds.filter((id) => catalog.artists.has(id));
      return ok(page(ctx, ids, { limit, offset }, (id) => artistObject(s, catalog.artists.get(id)!)));
    }
    const ids = top.trackIds.filter((id) => catalog.tracks.has(id));
    return ok(page(ctx, ids, { limit, offset }, (id) => trackObject(s, catalog.tracks.get(id)!)));
  };
}

// --- The table --------------------------------------------------------------------------------------

export const libraryOperations: Operation[] = [
  {
    id: 'get-current-users-profile',
    method: 'GET',
    path: '/me',
    // No scope is required: the scopes only reveal private fields (see currentUserProfile).
    userOnly: true,
    developmentMode: true,
    handler: currentUserProfile,
  },
  {
    id: 'get-users-profile',
    method: 'GET',
    path: '/users/{user_id}',
    developmentMode: false,
    handler: userProfile,
  },
  {
    id: 'save-library-items',
    method: 'PUT',
    path: '/me/library',
    anyScopes: ['user-library-modify', 'user-follow-modify', 'playlist-modify-public'],
    userOnly: true,
    developmentMode: true,
    handler: saveLibraryItems,
  },
  {
    id: 'remove-library-items',
    method: 'DELETE',
    path: '/me/library',
    anyScopes: ['user-library-modify', 'user-follow-modify', 'playlist-modify-public'],
    userOnly: true,
    developmentMode: true,
    handler: removeLibraryItems,
  },
  {
    id: 'check-library-contains',
    method: 'GET',
    path: '/me/library/contains',
    anyScopes: ['user-library-read', 'user-follow-read', 'playlist-read-private'],
    userOnly: true,
    developmentMode: true,
    handler: checkLibraryContains,
  },
  ...SAVED_KINDS.flatMap(savedOperations),
  {
    id: 'get-followed',
    method: 'GET',
    path: '/me/following',
    scopes: ['user-follow-read'],
    userOnly: true,
    developmentMode: true,
    handler: getFollowed,
  },
  {
    id: 'follow-artists-users',
    method: 'PUT',
    path: '/me/following',
    scopes: ['user-follow-modify'],
    userOnly: true,
    developmentMode: false,
    handler: followArtistsUsers,
  },
  {
    id: 'unfollow-artists-users',
    method: 'DELETE',
    path: '/me/following',
    scopes: ['user-follow-modify'],
    userOnly: true,
    developmentMode: false,
    handler: unfollowArtistsUsers,
  },
  {
    id: 'check-current-user-follows',
    method: 'GET',
    path: '/me/following/contains',
    scopes: ['user-follow-read'],
    userOnly: true,
    developmentMode: false,
    handler: checkCurrentUserFollows,
  },
  {
    id: 'check-if-user-follows-playlist',
    method: 'GET',
    path: '/playlists/{playlist_id}/followers/contains',
    userOnly: true,
    developmentMode: false,
    handler: checkFollowsPlaylist,
  },
  {
    id: 'get-users-top-artists',
    method: 'GET',
    path: '/me/top/artists',
    scopes: ['user-top-read'],
    userOnly: true,
    developmentMode: true,
    handler: topItems('artists'),
  },
  {
    id: 'get-users-top-tracks',
    method: 'GET',
    path: '/me/top/tracks',
    scopes: ['user-top-read'],
    userOnly: true,
    developmentMode: true,
    handler: topItems('tracks'),
  },
];
