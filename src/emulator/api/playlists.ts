import {
  created,
  jsonBody,
  limitParam,
  marketParam,
  type Operation,
  offsetParam,
  ok,
  type Page,
  page,
  pathId,
  type Reply,
  type RequestContext,
  requireUser,
} from '../context.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { createRandom, isUserId, randomId } from '../ids.js';
import { isObject } from '../json-object.js';
import type { PlaylistItem, PlaylistRecord } from '../model.js';
import { playlistObject, playlistTrack, serializeContext, simplifiedPlaylist } from '../objects.js';
import { decodeCover } from '../playlist-cover.js';
import {
  addItems,
  checkSnapshot,
  optionalIndex,
  readRemovals,
  readUris,
  removeItems,
  reorderItems,
  replaceItems,
  touch,
} from '../playlist-edit.js';
import { applyFields, parseFields } from '../playlist-fields.js';
import type { EmulatorState } from '../state.js';
import { followPlaylist, isoSeconds, newestFirst, unfollowPlaylist } from '../user-data.js';

const MODIFY = ['playlist-modify-public', 'playlist-modify-private'] as const;

// ---------------------------------------------------------------------------------------------
// Who may see and change what

const isOwner = (ctx: RequestContext, playlist: PlaylistRecord): boolean => ctx.user?.id === playlist.ownerId;

const follows = (ctx: RequestContext, playlist: PlaylistRecord): boolean =>
  ctx.user !== undefined && ctx.state.user(ctx.user.id).followedPlaylists.has(playlist.id);

/** A collaborator of a collaborative playlist is a user who follows it (Spotify's invite has no API). */
const isCollaborator = (ctx: RequestContext, playlist: PlaylistRecord): boolean =>
  playlist.collaborative && !isOwner(ctx, playlist) && follows(ctx, playlist);

/** May read the items: the owner or a collaborator (the rule of `/playlists/{id}/items`). */
const isMember = (ctx: RequestContext, playlist: PlaylistRecord): boolean =>
  isOwner(ctx, playlist) || isCollaborator(ctx, playlist);

/** Private playlists exist only for their owner and the users who follow them. */
const isVisible = (ctx: RequestContext, playlist: PlaylistRecord): boolean =>
  playlist.public || isOwner(ctx, playlist) || follows(ctx, playlist);

/** The path's playlist; a private playlist of someone else answers as if it did not exist. */
function loadPlaylist(ctx: RequestContext): PlaylistRecord {
  const id = pathId(ctx, 'playlist_id');
  const playlist = ctx.state.catalog.playlists.get(id);
  if (!playlist || !isVisible(ctx, playlist)) throw notFound();
  return playlist;
}

function requireScope(ctx: RequestContext, scope: string): void {
  if (!ctx.grant.scopes.has(scope)) throw forbidden('Insufficient client scope');
}

/** Changing a public playlist needs playlist-modify-public; a private one, playlist-modify-private. */
function requireModifyScope(ctx: RequestContext, isPublic: boolean): void {
  requireScope(ctx, isPublic ? 'playlist-modify-public' : 'playlist-modify-private');
}

/** Reading a private playlist's items needs playlist-read-private (or -collaborative for a collaborative one). */
function requireReadScope(ctx: RequestContext, playlist: PlaylistRecord): void {
  if (playlist.public) return;
  const { scopes } = ctx.grant;
  if (scopes.has('playlist-read-private')) return;
  if (playlist.collaborative && scopes.has('playlist-read-collaborative')) return;
  throw forbidden('Insufficient client scope');
}

/** Item writes: the owner or a collaborator, with the modify scope for the playlist's visibility. */
function editablePlaylist(ctx: RequestContext): PlaylistRecord {
  requireUser(ctx);
  const playlist = loadPlaylist(ctx);
  // Names the owner, not the requester (v17 new-user F7: "(alice)" read as if alice owned it).
  if (!isMember(ctx, playlist))
    throw forbidden(`You cannot modify a playlist owned by another user (${playlist.ownerId})`);
  requireModifyScope(ctx, playlist.public);
  return playlist;
}

/** Details and cover: the owner only. */
function ownedPlaylist(ctx: RequestContext): PlaylistRecord {
  requireUser(ctx);
  const playlist = loadPlaylist(ctx);
  if (!isOwner(ctx, playlist)) throw forbidden('You cannot change a playlist you do not own');
  return playlist;
}

// ---------------------------------------------------------------------------------------------
// Reads

/** The playlist shapes of `objects.ts`, for one request and market. */
function serializers(ctx: RequestContext, market: string | undefined) {
  const s = serializeContext(ctx, market);
  return {
    item: (item: PlaylistItem) => playlistTrack(s, item),
    simplified: (playlist: PlaylistRecord) => simplifiedPlaylist(s, playlist),
    /** The full object; `items` and `tracks` are left out for callers who may not read them. */
    full(playlist: PlaylistRecord, show: { items: boolean; tracks: boolean }) {
      const body = playlistObject(s, playlist);
      if (show.items) body.items = embeddedItems(ctx, market, playlist, (item) => playlistTrack(s, item));
      else delete body.items;
      if (!show.tracks) delete body.tracks;
      return body;
    },
  };
}

/** The most items one page of `/playlists/{id}/items` may hold (the spec's QueryLimit). */
const ITEMS_MAX_LIMIT = 50;

/**
 * The first page of items embedded in a full playlist, sized so that its `next` link is a request
 * `/playlists/{id}/items` accepts (the deprecated `tracks` keeps its pages of 100).
 */
function embeddedItems<R>(
  ctx: RequestContext,
  market: string | undefined,
  playlist: PlaylistRecord,
  map: (item: PlaylistItem) => R,
): Page<R> {
  const link = (offset: number): string => {
    const query = new URLSearchParams({ offset: String(offset), limit: String(ITEMS_MAX_LIMIT) });
    if (market !== undefined) query.set('market', market);
    return `${ctx.baseUrl}/v1/playlists/${playlist.id}/items?${query.toString()}`;
  };
  return {
    href: link(0),
    items: playlist.items.slice(0, ITEMS_MAX_LIMIT).map(map),
    limit: ITEMS_MAX_LIMIT,
    next: playlist.items.length > ITEMS_MAX_LIMIT ? link(ITEMS_MAX_LIMIT) : null,
    offset: 0,
    previous: null,
    total: playlist.items.length,
  };
}

const nowIso = (state: EmulatorState): string => isoSeconds(state.now());

/** The `fields` filter, if any (parsed before any work so that a bad filter is a 400). */
function fieldsParam(ctx: RequestContext): ((body: unknown) => unknown) | undefined {
  const raw = ctx.query.get('fields');
  if (raw === null || raw.trim() === '') return undefined;
  const selection = parseFields(raw);
  return (body) => applyFields(body, selection);
}

function itemsPage(ctx: RequestContext, playlist: PlaylistRecord, limit: number): Reply {
  const filter = fieldsParam(ctx);
  const market = marketParam(ctx);
  const offset = offsetParam(ctx);
  const serialize = serializers(ctx, market);
  const body = page(ctx, playlist.items, { limit, offset }, (item) => serialize.item(item));
  return ok(filter ? filter(body) : body);
}

function getPlaylist(ctx: RequestContext): Reply {
  const filter = fieldsParam(ctx);
  const market = marketParam(ctx);
  const playlist = loadPlaylist(ctx);
  const serialize = serializers(ctx, market);
  const body = serialize.full(playlist, {
    // The items are only for the owner and collaborators; Extended apps keep the old `tracks` (100
    // items, whoever asks), which Development Mode apps no longer get: their `tracks` became `items`
    // (its `next` would lead to `/tracks`, a route they are refused).
    items: isMember(ctx, playlist),
    tracks: ctx.app.mode === 'extended',
  });
  return ok(filter ? filter(body) : body);
}

/** The playlists in a user's library that `ctx` may see, newest first. */
function libraryPlaylists(ctx: RequestContext, userId: string): PlaylistRecord[] {
  const { catalog } = ctx.state;
  const own = ctx.user?.id === userId;
  const { scopes } = ctx.grant;
  const result: PlaylistRecord[] = [];
  if (ctx.state.accounts.has(userId)) {
    for (const [id] of newestFirst(ctx.state.user(userId).followedPlaylists)) {
      const playlist = catalog.playlists.get(id);
      if (!playlist) continue;
      if (own) {
        // Private playlists need playlist-read-private; collaborative ones playlist-read-collaborative.
        if (playlist.collaborative && !scopes.has('playlist-read-collaborative')) continue;
        if (!playlist.public && !playlist.collaborative && !scopes.has('playlist-read-private')) continue;
      } else if (!playlist.public) {
        continue;
      }
      result.push(playlist);
    }
    return result;
  }
  // Generated users have no library of their own: their profile shows their public playlists.
  for (const playlist of catalog.playlists.values()) {
    if (playlist.ownerId === userId && playlist.public) result.push(playlist);
  }
  return result;
}

function playlistsPage(ctx: RequestContext, userId: string): Reply {
  const limit = limitParam(ctx);
  const offset = offsetParam(ctx);
  const serialize = serializers(ctx, marketParam(ctx));
  return ok(page(ctx, libraryPlaylists(ctx, userId), { limit, offset }, (p) => serialize.simplified(p)));
}

function userIdParam(ctx: RequestContext): string {
  const userId = ctx.params.user_id ?? '';
  if (!isUserId(userId)) throw badRequest('Invalid username');
  if (!ctx.state.catalog.users.has(userId)) throw notFound('No such user');
  return userId;
}

// ---------------------------------------------------------------------------------------------
// Writes

function addHandler(ctx: RequestContext): Reply {
  const playlist = editablePlaylist(ctx);
  const body = jsonBody(ctx);
  const refs = readUris(ctx.state, ctx.query, body);
  if (!refs || refs.length === 0) throw badRequest('No uris provided');
  const position = optionalIndex(
    ctx.query.get('position') ?? (isObject(body) ? body.position : undefined),
    'position',
  );
  addItems(playlist, refs, position, ctx.user!.id, nowIso(ctx.state));
  return created({ snapshot_id: touch(playlist) });
}

function updateHandler(ctx: RequestContext): Reply {
  const playlist = editablePlaylist(ctx);
  const body = jsonBody(ctx);
  if (body !== undefined && !isObject(body)) throw badRequest('Invalid request body: expected a JSON object');
  const refs = readUris(ctx.state, ctx.query, body);
  const reorder = body !== undefined && (body.range_start !== undefined || body.insert_before !== undefined);
  if (refs && reorder) throw badRequest('Replace (uris) and reorder (range_start) cannot be combined');
  if (refs) {
    replaceItems(playlist, refs, ctx.user!.id, nowIso(ctx.state));
    return ok({ snapshot_id: touch(playlist) });
  }
  if (!reorder || !body) throw badRequest('Either uris, or range_start and insert_before, are required');
  const rangeStart = optionalIndex(body.range_start, 'range_start');
  const insertBefore = optionalIndex(body.insert_before, 'insert_before');
  if (rangeStart === undefined) throw badRequest('Missing required field: range_start');
  if (insertBefore === undefined) throw badRequest('Missing required field: insert_before');
  const rangeLength = optionalIndex(body.range_length, 'range_length') ?? 1;
  checkSnapshot(playlist, body.snapshot_id);
  reorderItems(playlist, rangeStart, insertBefore, rangeLength);
  return ok({ snapshot_id: touch(playlist) });
}

function removeHandler(field: 'tracks' | 'items') {
  return (ctx: RequestContext): Reply => {
    const playlist = editablePlaylist(ctx);
    const body = jsonBody(ctx);
    if (!isObject(body)) throw badRequest(`Missing required field: ${field}`);
    const removals = readRemovals(ctx.state, body[field], field);
    checkSnapshot(playlist, body.snapshot_id);
    removeItems(playlist, removals);
    return ok({ snapshot_id: touch(playlist) });
  };
}

function optionalBoolean(body: Record<string, unknown>, name: string): boolean | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`Invalid ${name}: expected a boolean`);
  return value;
}

function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`Invalid ${name}: expected a string`);
  return value;
}

function changeDetails(ctx: RequestContext): Reply {
  const playlist = ownedPlaylist(ctx);
  const body = jsonBody(ctx);
  if (!isObject(body)) throw badRequest('Invalid request body: expected a JSON object');
  const name = optionalString(body, 'name');
  const isPublic = optionalBoolean(body, 'public');
  const collaborative = optionalBoolean(body, 'collaborative');
  const description = optionalString(body, 'description');
  if (name !== undefined && name.trim() === '') throw badRequest('Invalid name: must not be empty');
  const nextPublic = isPublic ?? playlist.public;
  const nextCollaborative = collaborative ?? playlist.collaborative;
  if (nextPublic && nextCollaborative) throw badRequest('A collaborative playlist cannot be public');
  requireModifyScope(ctx, playlist.public);
  if (nextPublic !== playlist.public) requireModifyScope(ctx, nextPublic);
  if (name !== undefined) playlist.name = name;
  if (description !== undefined) playlist.description = description;
  playlist.public = nextPublic;
  playlist.collaborative = nextCollaborative;
  touch(playlist);
  return { status: 200 };
}

/** New playlist ids come from a PRNG per state, so a seed gives the same ids in every run. */
const idSources = new WeakMap<EmulatorState, () => number>();

function newPlaylistId(state: EmulatorState): string {
  let random = idSources.get(state);
  if (!random) {
    random = createRandom(((state.options.seed ?? 1) * 7919 + 0x51a7) >>> 0);
    idSources.set(state, random);
  }
  let id = randomId(random);
  while (state.catalog.playlists.has(id)) id = randomId(random);
  return id;
}

function createFor(ctx: RequestContext, ownerId: string): Reply {
  const body = jsonBody(ctx);
  if (!isObject(body)) throw badRequest('Missing required field: name');
  const name = optionalString(body, 'name');
  if (name === undefined || name.trim() === '') throw badRequest('Missing required field: name');
  const isPublic = optionalBoolean(body, 'public') ?? true;
  const collaborative = optionalBoolean(body, 'collaborative') ?? false;
  const description = optionalString(body, 'description') ?? '';
  if (isPublic && collaborative) throw badRequest('A collaborative playlist cannot be public');
  if (collaborative) for (const scope of MODIFY) requireScope(ctx, scope);
  else requireModifyScope(ctx, isPublic);
  const playlist: PlaylistRecord = {
    id: newPlaylistId(ctx.state),
    ownerId,
    name,
    description,
    public: isPublic,
    collaborative,
    followers: 0,
    images: [],
    items: [],
    snapshotVersion: 1,
  };
  ctx.state.catalog.playlists.set(playlist.id, playlist);
  // A user follows the playlists it creates: that is how they reach its library.
  followPlaylist(ctx.state, ownerId, playlist.id);
  const serialize = serializers(ctx, ctx.user?.country);
  return created(serialize.full(playlist, { items: true, tracks: true }));
}

function followHandler(ctx: RequestContext): Reply {
  const user = requireUser(ctx);
  const playlist = loadPlaylist(ctx);
  const body = jsonBody(ctx);
  if (body !== undefined && !isObject(body)) throw badRequest('Invalid request body: expected a JSON object');
  // Following publicly needs playlist-modify-public, privately playlist-modify-private.
  requireModifyScope(ctx, (body && optionalBoolean(body, 'public')) ?? true);
  followPlaylist(ctx.state, user.id, playlist.id);
  return { status: 200 };
}

function unfollowHandler(ctx: RequestContext): Reply {
  const user = requireUser(ctx);
  const playlist = loadPlaylist(ctx);
  unfollowPlaylist(ctx.state, user.id, playlist.id);
  return { status: 200 };
}

function uploadCover(ctx: RequestContext): Reply {
  const playlist = ownedPlaylist(ctx);
  requireModifyScope(ctx, playlist.public);
  const type = (ctx.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'image/jpeg') throw badRequest('Content-Type must be image/jpeg');
  playlist.images = [decodeCover(ctx.rawBody)];
  touch(playlist);
  return { status: 202 };
}

// ---------------------------------------------------------------------------------------------
// The operation table

export const playlistOperations: Operation[] = [
  {
    id: 'get-playlist',
    method: 'GET',
    path: '/playlists/{playlist_id}',
    developmentMode: true,
    handler: getPlaylist,
  },
  {
    id: 'change-playlist-details',
    method: 'PUT',
    path: '/playlists/{playlist_id}',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: true,
    handler: changeDetails,
  },
  {
    id: 'get-playlists-tracks',
    method: 'GET',
    path: '/playlists/{playlist_id}/tracks',
    developmentMode: false,
    handler: (ctx) => {
      const playlist = loadPlaylist(ctx);
      requireReadScope(ctx, playlist);
      return itemsPage(ctx, playlist, limitParam(ctx, { max: 100 }));
    },
  },
  {
    id: 'get-playlists-items',
    method: 'GET',
    path: '/playlists/{playlist_id}/items',
    developmentMode: true,
    handler: (ctx) => {
      const playlist = loadPlaylist(ctx);
      if (!isMember(ctx, playlist)) {
        throw forbidden('Only the owner or a collaborator of a playlist can read its items');
      }
      requireReadScope(ctx, playlist);
      return itemsPage(ctx, playlist, limitParam(ctx, { max: ITEMS_MAX_LIMIT }));
    },
  },
  {
    id: 'add-tracks-to-playlist',
    method: 'POST',
    path: '/playlists/{playlist_id}/tracks',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: false,
    handler: addHandler,
  },
  {
    id: 'add-items-to-playlist',
    method: 'POST',
    path: '/playlists/{playlist_id}/items',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: true,
    handler: addHandler,
  },
  {
    id: 'reorder-or-replace-playlists-tracks',
    method: 'PUT',
    path: '/playlists/{playlist_id}/tracks',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: false,
    handler: updateHandler,
  },
  {
    id: 'reorder-or-replace-playlists-items',
    method: 'PUT',
    path: '/playlists/{playlist_id}/items',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: true,
    handler: updateHandler,
  },
  {
    id: 'remove-tracks-playlist',
    method: 'DELETE',
    path: '/playlists/{playlist_id}/tracks',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: false,
    handler: removeHandler('tracks'),
  },
  {
    id: 'remove-items-playlist',
    method: 'DELETE',
    path: '/playlists/{playlist_id}/items',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: true,
    handler: removeHandler('items'),
  },
  {
    id: 'get-a-list-of-current-users-playlists',
    method: 'GET',
    path: '/me/playlists',
    userOnly: true,
    developmentMode: true,
    handler: (ctx) => playlistsPage(ctx, requireUser(ctx).id),
  },
  {
    id: 'create-playlist',
    method: 'POST',
    path: '/me/playlists',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: true,
    handler: (ctx) => createFor(ctx, requireUser(ctx).id),
  },
  {
    id: 'get-list-users-playlists',
    method: 'GET',
    path: '/users/{user_id}/playlists',
    developmentMode: false,
    handler: (ctx) => playlistsPage(ctx, userIdParam(ctx)),
  },
  {
    id: 'create-playlist-for-user',
    method: 'POST',
    path: '/users/{user_id}/playlists',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: false,
    handler: (ctx) => {
      const user = requireUser(ctx);
      const userId = userIdParam(ctx);
      if (userId !== user.id) throw forbidden('You cannot create a playlist for another user');
      return createFor(ctx, userId);
    },
  },
  {
    id: 'follow-playlist',
    method: 'PUT',
    path: '/playlists/{playlist_id}/followers',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: false,
    handler: followHandler,
  },
  {
    id: 'unfollow-playlist',
    method: 'DELETE',
    path: '/playlists/{playlist_id}/followers',
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: false,
    handler: unfollowHandler,
  },
  {
    id: 'get-playlist-cover',
    method: 'GET',
    path: '/playlists/{playlist_id}/images',
    developmentMode: true,
    handler: (ctx) => ok((loadPlaylist(ctx).images ?? []).map((image) => ({ ...image }))),
  },
  {
    id: 'upload-custom-playlist-cover',
    method: 'PUT',
    path: '/playlists/{playlist_id}/images',
    scopes: ['ugc-image-upload'],
    anyScopes: MODIFY,
    userOnly: true,
    developmentMode: true,
    handler: uploadCover,
  },
];
