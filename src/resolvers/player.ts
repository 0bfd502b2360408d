import type { GraphQLError, GraphQLResolveInfo } from 'graphql';
import type {
  Context,
  CurrentlyPlaying,
  Device,
  Disallows,
  Episode,
  PlaybackState,
  Queue,
} from '../spotify/endpoints/objects.js';
import { SpotifyAPIError } from '../spotify/errors.js';
import { absentMeans, badValue, optionalObject, presentEntries, presentList } from './bad-values.js';
import type { GraphQLContext } from './context.js';
import { checkMarket, parseUri, SPOTIFY_TYPES } from './ids.js';
import { playingOfState } from './player-resources.js';
import { stateMarketsOf } from './player-selections.js';
import { loadKey, loadOnce } from './request-loads.js';
import { episodeIfTrackShaped, trackShapedEpisodeId } from './track-shaped-episodes.js';
import { modelledEntry, modelledItem, PLAYER_TYPES } from './unmodelled.js';

/** Both item types are asked for, so that podcast episodes show up instead of an empty item. */
const ADDITIONAL_TYPES = ['track', 'episode'] as const;

/** Numbers the handles, so each handle's reads have keys of their own among the request's loads. */
let handles = 0;

/** The handle of a query's `me.player` fields: one per request (a mutation's reads start again, see forgetLoads). */
const REQUEST_HANDLE = 0;

/**
 * The handle behind `me.player` and the command payloads: each field is its own Spotify read, made
 * only when asked, once per handle (and market) however often it is selected, through the request's
 * keyed loads. A command's payload has a handle of its own: it reads the state the command left, not
 * one read before it; a query's `me.player` fields share the request's (two `me` aliases: one read).
 * Where the part of the operation that shares a handle's reads (the query; a mutation's root field)
 * asks `state` in a market, `currentlyPlaying` in that market is cut from that state wherever it is
 * selected (`GET /me/player` carries every field of `GET /me/player/currently-playing`): one call.
 */
export class PlayerReads {
  constructor(
    private readonly ctx: GraphQLContext,
    private readonly handle: number = ++handles,
  ) {}

  /** The playback state in `market` (validated), read once per handle and market. */
  state(requested?: string | null): Promise<PlaybackState | null> {
    const market = checkMarket(requested);
    return loadOnce(this.ctx, loadKey('player.state', { handle: this.handle, market }), () =>
      this.ctx.api.player.state(this.ctx.opts({ additionalTypes: ADDITIONAL_TYPES, market })),
    );
  }

  /**
   * What plays now in `market` (validated), read once per handle and market: from the playback state
   * when the part of the operation sharing this handle's reads selects `state` in that market
   * (stateMarketsOf: `info` is the `currentlyPlaying` field's), else `GET /me/player/currently-playing`.
   */
  currentlyPlaying(
    requested: string | null | undefined,
    info: GraphQLResolveInfo,
  ): Promise<CurrentlyPlaying | null> {
    const market = checkMarket(requested);
    const own = () =>
      loadOnce(this.ctx, loadKey('player.currentlyPlaying', { handle: this.handle, market }), () =>
        this.ctx.api.player.currentlyPlaying(this.ctx.opts({ additionalTypes: ADDITIONAL_TYPES, market })),
      );
    if (!stateMarketsOf(this.ctx, info).has(market)) return own();
    return this.state(market).then(playingOfState, (error: unknown) => {
      // A token without user-read-playback-state may still read what plays (user-read-currently-playing).
      if (error instanceof SpotifyAPIError && error.status === 403) return own();
      throw error;
    });
  }

  /** The user's devices; a null entry is its error object (that entry's null and error in GraphQL). */
  async devices(): Promise<(Device | GraphQLError)[]> {
    const devices = await loadOnce(this.ctx, loadKey('player.devices', { handle: this.handle }), () =>
      this.ctx.api.player.devices(this.ctx.opts()),
    );
    return presentEntries(devices, 'devices');
  }

  queue(): Promise<Queue> {
    return loadOnce(this.ctx, loadKey('player.queue', { handle: this.handle }), () =>
      this.ctx.api.player.queue(this.ctx.opts()),
    );
  }
}

/** A query's `me.player`: the request's handle (its `currentlyPlaying` is cut from `state` as PlayerReads says). */
export const requestPlayer = (ctx: GraphQLContext): PlayerReads => new PlayerReads(ctx, REQUEST_HANDLE);

/**
 * `Playback`'s resolveType: a player state (`GET /v1/me/player`) carries its `device`; what is playing
 * (`GET /v1/me/player/currently-playing`) does not.
 */
export const playbackTypeName = (playing: CurrentlyPlaying): 'PlaybackState' | 'CurrentlyPlaying' =>
  'device' in playing ? 'PlaybackState' : 'CurrentlyPlaying';

/**
 * The actions the current state forbids. Spotify documents them flat under `actions` but sends them
 * nested as `actions.disallows`; both are read. An action left out is allowed.
 */
export function disallowsOf(playing: CurrentlyPlaying): Disallows {
  const actions = optionalObject(
    playing.actions as (Disallows & { disallows?: Disallows }) | undefined,
    'disallows',
  );
  return optionalObject(actions?.disallows, 'disallows') ?? actions ?? {};
}

/** One action's flag: left out, it is allowed (Spotify's reference); a null or a word is Spotify's bad value. */
export const disallowed = (value: boolean | null | undefined, field: string): boolean =>
  absentMeans(value, false, `PlayerDisallows.${field}`);

/**
 * What the player plays or the queue holds first (`item`, `currently_playing`), checked (see
 * modelledItem): a track, an episode or an audiobook's chapter; null when Spotify sent none (between
 * items, an ad); SPOTIFY_UNSUPPORTED_ITEM for another type or an item without an id.
 */
export const playerItem = <T>(
  ctx: GraphQLContext,
  item: T | null | undefined,
): T | Promise<Episode> | null =>
  trackShapedEpisodeId(item) === undefined
    ? modelledItem(item, PLAYER_TYPES)
    : episodeIfTrackShaped(ctx, item as T);

/**
 * The queue's entries to come, each checked (see modelledEntry): an unsupported or missing one is its
 * error object, which GraphQL makes that entry's null and error while the others answer.
 */
export const queueEntries = (
  queue: Queue,
  _args: unknown,
  ctx: GraphQLContext,
): NonNullable<Queue['queue']> =>
  presentList(queue.queue, 'PlayerQueue.items').map((item) =>
    trackShapedEpisodeId(item) === undefined
      ? modelledEntry(item, PLAYER_TYPES)
      : episodeIfTrackShaped(ctx, item),
  ) as NonNullable<Queue['queue']>;

/** A segment of a Spotify URI: letters, digits and the few marks ids and user names use. */
const URI_SEGMENT = /^[0-9A-Za-z._~%+-]+$/;
/** `spotify:user:<user>:playlist:<id>`: the older form of a playlist URI, still seen in contexts. */
const USER_PLAYLIST = /^spotify:user:[^:]+:playlist:[0-9A-Za-z]{22}$/;
/** `spotify:user:<user>:collection`: a user's Liked Songs (and `:collection:your-episodes`). */
const USER_COLLECTION = /^spotify:user:[^:]+:collection(:[a-z-]+)?$/;

/**
 * The kind of context a URI names: the type of `spotify:<type>:<id>` (with an id of that type's form),
 * `playlist` for `spotify:user:<user>:playlist:<id>`, `collection` for a user's Liked Songs
 * (`spotify:user:<user>:collection`), and for a type this API does not model (Spotify may add some),
 * the word after `spotify:`; undefined for anything else (`spotify:album:null`, an https link, `x`).
 */
function contextKindOf(uri: string): string | undefined {
  const segments = uri.split(':');
  if (segments[0] !== 'spotify' || segments.length < 3 || !segments.every((s) => URI_SEGMENT.test(s))) {
    return undefined;
  }
  if (USER_PLAYLIST.test(uri)) return parseUri(`spotify:user:${segments[2]}`) ? 'playlist' : undefined;
  if (USER_COLLECTION.test(uri)) return parseUri(`spotify:user:${segments[2]}`) ? 'collection' : undefined;
  const parsed = parseUri(uri);
  if (parsed) return parsed.type;
  return (SPOTIFY_TYPES as readonly string[]).includes(segments[1]!) ? undefined : segments[1];
}

/**
 * `PlaybackContext.uri` (a playback state's or a recently played entry's context): Spotify's URI when
 * it names a context of the context's own `type` (`type: "album"` with `spotify:album:<id>`, `type:
 * "collection"` with `spotify:user:<user>:collection`; see contextKindOf); when `type` is missing, any
 * context URI (the missing type is `type`'s own error). Throws `badValue` for a uri that is missing, no
 * string, names another type (`type: "album"` with `spotify:playlist:...`) or is no Spotify URI: `uri`
 * is the context's identity (non-null), so the context is null in its place with the error at `uri`,
 * never a URI that `play(contextUri:)` would act on as another object. Source: Spotify's Web API
 * reference, context object (`type`, `uri`).
 */
export function contextUriOf(context: Context): string {
  const { uri, type }: { uri?: unknown; type?: unknown } = context;
  const kind = typeof uri === 'string' ? contextKindOf(uri) : undefined;
  if (kind === undefined || (typeof type === 'string' && type !== kind)) {
    throw badValue("Spotify's answer has a context uri that does not name a context of its type");
  }
  return uri as string;
}
