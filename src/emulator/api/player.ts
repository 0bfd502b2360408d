import {
  jsonBody,
  limitParam,
  marketParam,
  noContent,
  type Operation,
  ok,
  type Reply,
  type RequestContext,
  requireUser,
} from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { parseUri } from '../ids.js';
import { isObject } from '../json-object.js';
import { playableObject, serializeContext, trackObject } from '../objects.js';
import {
  type ContextType,
  type Device,
  type PlayContext,
  type PlayerState,
  type PlayItem,
  type PlayRequest,
  playerError,
  type RepeatState,
} from '../player-state.js';

const READ_STATE = ['user-read-playback-state'];
const MODIFY_STATE = ['user-modify-playback-state'];
const CONTEXT_TYPES: readonly string[] = ['album', 'playlist', 'artist', 'show'] satisfies ContextType[];

// ---- request parsing -------------------------------------------------------------------------

/** The player of the caller, for a command: Spotify refuses every command to free accounts. */
function commandPlayer(ctx: RequestContext): PlayerState {
  const user = requireUser(ctx);
  if (user.product !== 'premium') throw playerError.premiumRequired();
  return ctx.state.player(user.id);
}

function deviceIdParam(ctx: RequestContext): string | undefined {
  const raw = ctx.query.get('device_id');
  return raw === null || raw === '' ? undefined : raw;
}

function requiredQuery(ctx: RequestContext, name: string): string {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') throw badRequest(`Missing required parameter: ${name}`);
  return raw;
}

function nonNegativeInteger(raw: string, name: string): number {
  if (!/^\d+$/.test(raw)) throw badRequest(`Invalid ${name}: must be a non-negative integer`);
  return Number(raw);
}

function timestampParam(ctx: RequestContext, name: string): number | undefined {
  const raw = ctx.query.get(name);
  return raw === null || raw === '' ? undefined : nonNegativeInteger(raw, name);
}

const isNonNegativeInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * A track or episode uri that names something in the catalog. An audiobook's chapter is played and
 * queued by its episode uri: Spotify's ChapterObject is `type: "episode"` with `uri:
 * "spotify:episode:<id>"` (reference spotify-openapi.yml), and add-to-queue takes "a track or an
 * episode uri"; so `spotify:episode:<chapter id>` names the chapter.
 */
function playableUri(ctx: RequestContext, uri: string): PlayItem {
  const parsed = parseUri(uri);
  if (!parsed || (parsed.type !== 'track' && parsed.type !== 'episode')) {
    throw badRequest(`Invalid track or episode uri: ${uri}`);
  }
  const { catalog } = ctx.state;
  const known =
    parsed.type === 'track'
      ? catalog.tracks.has(parsed.id)
      : catalog.episodes.has(parsed.id) || catalog.chapters.has(parsed.id);
  if (!known) throw notFound(`Non existing id: '${uri}'`);
  return { type: parsed.type, id: parsed.id };
}

/** A user's Liked Songs as a context URI, as Spotify writes it (the user's id in the middle). */
const COLLECTION_URI = /^spotify:user:([0-9A-Za-z._-]+):collection$/;

function contextUri(uri: unknown): PlayContext {
  const collection = typeof uri === 'string' ? COLLECTION_URI.exec(uri) : null;
  if (collection) return { type: 'collection', id: collection[1]!, uri: uri as string };
  const parsed = typeof uri === 'string' ? parseUri(uri) : undefined;
  if (!parsed || !CONTEXT_TYPES.includes(parsed.type)) throw badRequest('Invalid context uri');
  return { type: parsed.type as ContextType, id: parsed.id, uri: `spotify:${parsed.type}:${parsed.id}` };
}

function playRequest(ctx: RequestContext): PlayRequest {
  const body = jsonBody(ctx);
  if (body === undefined) return {};
  if (!isObject(body)) throw badRequest('Request body must be a JSON object');
  const request: PlayRequest = {};
  if (body.context_uri !== undefined && body.uris !== undefined) {
    throw badRequest('Only one of context_uri and uris can be given');
  }
  if (body.context_uri !== undefined) request.context = contextUri(body.context_uri);
  if (body.uris !== undefined) {
    if (
      !Array.isArray(body.uris) ||
      body.uris.length === 0 ||
      !body.uris.every((u) => typeof u === 'string')
    ) {
      throw badRequest('uris must be a non-empty array of track or episode uris');
    }
    request.uris = body.uris.map((uri: string) => playableUri(ctx, uri));
  }
  if (body.offset !== undefined) {
    const offset = body.offset;
    if (!request.context && !request.uris) throw badRequest('offset needs a context_uri or uris');
    if (isObject(offset) && offset.position !== undefined) {
      if (!isNonNegativeInteger(offset.position)) throw badRequest('Invalid offset position');
      request.offset = { position: offset.position };
    } else if (isObject(offset) && typeof offset.uri === 'string') {
      request.offset = { uri: offset.uri };
    } else {
      throw badRequest('Invalid offset: give a position or a uri');
    }
  }
  if (body.position_ms !== undefined) {
    if (!isNonNegativeInteger(body.position_ms)) throw badRequest('Invalid position_ms');
    request.positionMs = body.position_ms;
  }
  return request;
}

function transferRequest(ctx: RequestContext): { deviceId: string; play: boolean } {
  const body = jsonBody(ctx);
  if (!isObject(body) || !Array.isArray(body.device_ids))
    throw badRequest('Missing required field: device_ids');
  if (body.device_ids.length !== 1) throw badRequest('device_ids must hold exactly one device id');
  const [deviceId] = body.device_ids;
  if (typeof deviceId !== 'string' || deviceId === '') throw badRequest('Invalid device id');
  if (body.play !== undefined && typeof body.play !== 'boolean') throw badRequest('play must be a boolean');
  return { deviceId, play: body.play === true };
}

// ---- serialization ---------------------------------------------------------------------------

function deviceObject(device: Device, active: boolean) {
  return {
    id: device.id,
    is_active: active,
    is_private_session: device.isPrivateSession,
    is_restricted: device.isRestricted,
    name: device.name,
    type: device.type,
    volume_percent: device.volumePercent,
    supports_volume: device.supportsVolume,
  };
}

/**
 * The spec declares `context`, `item`, `progress_ms`, `next` and `currently_playing` non-nullable
 * where Spotify sends `null`; the emulator leaves such keys out so that its answers match the spec.
 * Clients must treat an absent key and `null` alike. An ad's `item` is the exception: Spotify sends
 * `"item": null` beside `currently_playing_type: "ad"`, and so does the emulator (playbackObject).
 */
const present = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } =>
  (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** The item and its type as the reader asked: episodes only when `additional_types` names them. */
function playingItem(ctx: RequestContext, item: PlayItem | null) {
  if (!item) return { currently_playing_type: 'unknown' };
  const additional = (ctx.query.get('additional_types') ?? '').split(',').map((t) => t.trim());
  const shown = item.type !== 'episode' || additional.includes('episode');
  const s = serializeContext(ctx, marketParam(ctx));
  return {
    ...present('item', shown ? playableObject(s, item) : null),
    currently_playing_type: item.type === 'episode' ? 'episode' : 'track',
  };
}

const CONTEXT_PATHS: Record<string, string> = {
  album: 'albums',
  playlist: 'playlists',
  artist: 'artists',
  show: 'shows',
};

/**
 * The `context` object of a playback state or a recently played entry, as Spotify sends it; the
 * user's Liked Songs are `type: "collection"` with the `spotify:user:<id>:collection` URI.
 */
function contextObject(ctx: RequestContext, uri: string | null) {
  if (uri !== null && COLLECTION_URI.test(uri)) {
    return {
      type: 'collection',
      href: `${ctx.baseUrl}/v1/me/tracks`,
      external_urls: { spotify: 'https://open.spotify.com/collection/tracks' },
      uri,
    };
  }
  const parsed = uri === null ? undefined : parseUri(uri);
  if (!parsed) return null;
  return {
    type: parsed.type,
    href: `${ctx.baseUrl}/v1/${CONTEXT_PATHS[parsed.type] ?? `${parsed.type}s`}/${parsed.id}`,
    external_urls: { spotify: `https://open.spotify.com/${parsed.type}/${parsed.id}` },
    uri,
  };
}

// ---- handlers --------------------------------------------------------------------------------

function getPlayback(ctx: RequestContext): Reply {
  const player = ctx.state.player(requireUser(ctx).id);
  const device = player.activeDevice;
  if (!device) return noContent();
  return ok({
    device: deviceObject(device, true),
    repeat_state: player.repeat,
    shuffle_state: player.shuffle,
    ...playbackObject(ctx, player, player.timestamp),
  });
}

/**
 * What `GET /me/player` and `GET /me/player/currently-playing` both answer of the playback, in Spotify's
 * order: context, `timestamp` (ms since the epoch: the route's own reading), progress, whether it plays,
 * the item (during an ad `item: null` and `currently_playing_type: "ad"`, as Spotify answers), and the
 * actions allowed.
 */
function playbackObject(
  ctx: RequestContext,
  player: PlayerState,
  timestamp: number,
): Record<string, unknown> {
  const current = player.current;
  return {
    ...present('context', contextObject(ctx, player.context?.uri ?? null)),
    timestamp,
    ...present('progress_ms', current ? player.progressMs : null),
    is_playing: player.isPlaying,
    // An ad: Spotify sends the `item` key with null (not left out as `present` would).
    ...(player.adPlaying ? { item: null, currently_playing_type: 'ad' } : playingItem(ctx, current)),
    actions: player.disallows(),
  };
}

/**
 * `GET /me/player/currently-playing`: the playback `GET /me/player` describes, less device, repeat
 * and shuffle (both routes answer the same playback, reference spotify-openapi.yml
 * CurrentlyPlayingObject: `item` can be null, `currently_playing_type` can be `ad`). 204 when no
 * device is active, or when nothing is current and no ad plays; an ad with no item before it is
 * answered as `GET /me/player` answers it (v13 re-attack on issue 7, I3). `timestamp` is when the
 * data was fetched (the reference's wording for this route).
 */
function getCurrentlyPlaying(ctx: RequestContext): Reply {
  const player = ctx.state.player(requireUser(ctx).id);
  if (!player.activeDevice || (!player.current && !player.adPlaying)) return noContent();
  return ok(playbackObject(ctx, player, ctx.state.now()));
}

function getDevices(ctx: RequestContext): Reply {
  const player = ctx.state.player(requireUser(ctx).id);
  const activeId = player.activeDevice?.id;
  return ok({ devices: player.devices.map((d) => deviceObject(d, d.id === activeId)) });
}

function getQueue(ctx: RequestContext): Reply {
  const player = ctx.state.player(requireUser(ctx).id);
  const current = player.activeDevice ? player.current : null;
  const s = serializeContext(ctx, marketParam(ctx));
  return ok({
    ...present('currently_playing', current ? playableObject(s, current) : null),
    queue: current ? player.upcoming().flatMap((item) => playableObject(s, item) ?? []) : [],
  });
}

function getRecentlyPlayed(ctx: RequestContext): Reply {
  const user = requireUser(ctx);
  const limit = limitParam(ctx);
  const after = timestampParam(ctx, 'after');
  const before = timestampParam(ctx, 'before');
  if (after !== undefined && before !== undefined)
    throw badRequest('Only one of after and before can be given');
  // Make sure playback caught up with the clock before reading history.
  void ctx.state.player(user.id).current;
  const history = ctx.state.user(user.id).recentlyPlayed; // newest first
  let matching: typeof history;
  let items: typeof history;
  if (after !== undefined) {
    // The page right after the cursor, so that following `next` leaves no gap.
    matching = history.filter((e) => e.playedAt > after);
    items = matching.slice(Math.max(0, matching.length - limit));
  } else {
    matching = before === undefined ? history : history.filter((e) => e.playedAt < before);
    items = matching.slice(0, limit);
  }
  const newest = items[0];
  const oldest = items[items.length - 1];
  const link = (name: 'after' | 'before', at: number): string => {
    const query = new URLSearchParams({ limit: String(limit), [name]: String(at) });
    return `${ctx.baseUrl}/v1/me/player/recently-played?${query.toString()}`;
  };
  let next: string | null = null;
  if (after !== undefined && newest && matching.length > items.length) next = link('after', newest.playedAt);
  if (after === undefined && oldest && matching.length > items.length) next = link('before', oldest.playedAt);
  const s = serializeContext(ctx, marketParam(ctx));
  return ok({
    href: `${ctx.baseUrl}${ctx.path}${ctx.query.size > 0 ? `?${ctx.query.toString()}` : ''}`,
    items: items.flatMap((entry) => {
      const track = ctx.state.catalog.tracks.get(entry.trackId);
      if (!track) return [];
      return [
        {
          track: trackObject(s, track),
          played_at: new Date(entry.playedAt).toISOString(),
          ...present('context', contextObject(ctx, entry.contextUri)),
        },
      ];
    }),
    limit,
    ...present('next', next),
    cursors: newest && oldest ? { after: String(newest.playedAt), before: String(oldest.playedAt) } : {},
    total: matching.length,
  });
}

function transfer(ctx: RequestContext): Reply {
  const player = commandPlayer(ctx);
  const { deviceId, play } = transferRequest(ctx);
  player.transfer(deviceId, play);
  return noContent();
}

function startPlayback(ctx: RequestContext): Reply {
  const player = commandPlayer(ctx);
  player.play(deviceIdParam(ctx), playRequest(ctx));
  return noContent();
}

function pause(ctx: RequestContext): Reply {
  commandPlayer(ctx).pause(deviceIdParam(ctx));
  return noContent();
}

function next(ctx: RequestContext): Reply {
  commandPlayer(ctx).next(deviceIdParam(ctx));
  return noContent();
}

function previous(ctx: RequestContext): Reply {
  commandPlayer(ctx).previous(deviceIdParam(ctx));
  return noContent();
}

function seek(ctx: RequestContext): Reply {
  const player = commandPlayer(ctx);
  const positionMs = nonNegativeInteger(requiredQuery(ctx, 'position_ms'), 'position_ms');
  player.seek(positionMs, deviceIdParam(ctx));
  return noContent();
}

function repeat(ctx: RequestContext): Reply {
  const player = commandPlayer(ctx);
  const state = requiredQuery(ctx, 'state');
  if (state !== 'track' && state !== 'context' && state !== 'off') {
    throw badRequest('Invalid state: must be track, context or off');
  }
  player.setRepeat(state satisfies RepeatState, deviceIdParam(ctx));
  return noContent();
}

function volume(ctx: RequestContext): Reply {
  const player = commandPlayer(ctx);
  const raw = requiredQuery(ctx, 'volume_percent');
  const percent = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(percent >= 0 && percent <= 100))
    throw badRequest('Invalid volume_percent: must be between 0 and 100');
  player.setVolume(percent, deviceIdParam(ctx));
  return noContent();
}

function shuffle(ctx: RequestContext): Reply {
  const player = commandPlayer(ctx);
  const state = requiredQuery(ctx, 'state');
  if (state !== 'true' && state !== 'false') throw badRequest('Invalid state: must be true or false');
  player.setShuffle(state === 'true', deviceIdParam(ctx));
  return noContent();
}

function addToQueue(ctx: RequestContext): Reply {
  const player = commandPlayer(ctx);
  const item = playableUri(ctx, requiredQuery(ctx, 'uri'));
  player.addToQueue(item, deviceIdParam(ctx));
  return noContent();
}

const op = (
  id: string,
  method: Operation['method'],
  path: string,
  scopes: readonly string[],
  handler: Operation['handler'],
): Operation => ({ id, method, path, scopes, userOnly: true, developmentMode: true, handler });

export const playerOperations: Operation[] = [
  op('get-information-about-the-users-current-playback', 'GET', '/me/player', READ_STATE, getPlayback),
  op('transfer-a-users-playback', 'PUT', '/me/player', MODIFY_STATE, transfer),
  op('get-a-users-available-devices', 'GET', '/me/player/devices', READ_STATE, getDevices),
  op(
    'get-the-users-currently-playing-track',
    'GET',
    '/me/player/currently-playing',
    ['user-read-currently-playing'],
    getCurrentlyPlaying,
  ),
  op('start-a-users-playback', 'PUT', '/me/player/play', MODIFY_STATE, startPlayback),
  op('pause-a-users-playback', 'PUT', '/me/player/pause', MODIFY_STATE, pause),
  op('skip-users-playback-to-next-track', 'POST', '/me/player/next', MODIFY_STATE, next),
  op('skip-users-playback-to-previous-track', 'POST', '/me/player/previous', MODIFY_STATE, previous),
  op('seek-to-position-in-currently-playing-track', 'PUT', '/me/player/seek', MODIFY_STATE, seek),
  op('set-repeat-mode-on-users-playback', 'PUT', '/me/player/repeat', MODIFY_STATE, repeat),
  op('set-volume-for-users-playback', 'PUT', '/me/player/volume', MODIFY_STATE, volume),
  op('toggle-shuffle-for-users-playback', 'PUT', '/me/player/shuffle', MODIFY_STATE, shuffle),
  op(
    'get-recently-played',
    'GET',
    '/me/player/recently-played',
    ['user-read-recently-played'],
    getRecentlyPlayed,
  ),
  // The spec lists both scopes in one requirement: a token needs both.
  op(
    'get-queue',
    'GET',
    '/me/player/queue',
    ['user-read-currently-playing', 'user-read-playback-state'],
    getQueue,
  ),
  op('add-to-queue', 'POST', '/me/player/queue', MODIFY_STATE, addToQueue),
];
