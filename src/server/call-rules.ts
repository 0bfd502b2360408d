import { ALBUMS_PAGE } from '../resolvers/artists.js';
import { LOADABLE, type LoadableType } from '../resolvers/loaders.js';
import { PROFILE_FIELDS } from '../resolvers/me-check.js';
import { ITEMS_PAGE_SIZE, TRACKS_PAGE_SIZE } from '../resolvers/playlists.js';
import { SEARCH_PAGE } from '../resolvers/search-window.js';
import { isExtendedOnly } from '../spotify/app-mode.js';
import { endpoints } from '../spotify/endpoints/table.js';
import type { EndpointSpec } from '../spotify/endpoints/types.js';

/**
 * The Spotify calls one field can cause, per object it is selected on (its parent), as the cost model
 * (src/server/call-estimate.ts) reads them. Every figure is an upper bound of what the resolvers do
 * (src/resolvers), from Spotify's page and batch limits in the endpoint table; a field without a rule
 * is served from its parent's object and costs nothing.
 */
export interface CallRule {
  /** A connection (or search): its items come in pages of this many (ceil(first / page) calls per parent). */
  page?: number;
  /**
   * The page for an app known to be an Extended Quota app, where it differs from `page` (Development
   * Mode's, which auto mode also takes until it knows the mode), as SpotifyApiClient.pageLimit gives it.
   */
  extendedPage?: number | undefined;
  /** A cursor-paged connection (at most 50 items): one call per parent. */
  cursor?: true;
  /** Calls per parent object (a read of its own: a playlist's followers, an artist's top tracks). */
  perParent?: number;
  /** Calls once for the position, however many parents (a read the request makes once: `GET /me`). */
  once?: number;
  /**
   * With `once`: counted only when the selection on the field's objects selects one of these fields
   * (@skip/@include applied, fragments followed): `me` reads `GET /me` only for its profile fields
   * (src/resolvers/me-check.ts, PROFILE_FIELDS).
   */
  onceIf?: ReadonlySet<string>;
  /** The field needs the parent's full object: a share of the parent type's batch call. */
  full?: true;
  /** A share of another loader's batch per parent, by its key in batchSizes (a track's audio features). */
  share?: string;
  /** Ids or URIs in this argument, fetched or checked in batches of `batch` (per URI type for `uris`). */
  ids?: { arg: string; batch: number | 'type' };
  /**
   * Items of a plain list (no `first`): a number the model assumes where Spotify decides the length,
   * `ids` for the length of the `ids` argument (of `ids.arg` when the rule has one), `pending` for the
   * `limit` of the field above. Only the values estimate reads it on a list of scalars.
   */
  items?: number | 'ids' | 'pending';
  /** The objects the field answers are full (their full-only fields cost no further call). */
  returnsFull?: true;
  /**
   * A root field by id (or ids): its objects are not loaded, at no call, when the selection on them
   * needs only their ids (id fields and children that start from the id: child-loads.ts idOnlySelection).
   */
  idOnly?: true;
  /** `limit` argument that sets the item count of the list below (recommendations). */
  limitArg?: string;
  /**
   * The Extended-only endpoint the field's own calls go to (its `perParent`, `page`, `share` or `ids`
   * calls). Where Development Mode has no replacement for it (lacksDevelopmentRoute), a Development
   * Mode app's client refuses it before any call (NotAvailableInDevelopmentMode: the field answers null
   * with its error), so there the field costs none of them (developmentRule).
   */
  extendedOnly?: EndpointSpec;
  /**
   * Spotify's February 2026 change removed the field from what a Development Mode app reads (a
   * track's, album's or artist's popularity, an album's label, an artist's followers): there it is
   * answered from the object as it is, never loaded (src/resolvers/catalog.ts unlessRemovedInDevelopment),
   * so it costs nothing (developmentRule).
   */
  removedInDevelopment?: true;
  /**
   * Set only on the rule developmentRule answers for a field the server refuses without a call: its
   * value is null with its error, so it costs nothing and nothing below it runs.
   */
  refused?: true;
}

/**
 * Artists per track or album the model assumes. Spotify does not bound the list; most tracks name one
 * or two. A list of `n` tracks' artists is counted as `2n` distinct artists: each distinct artist's
 * pages are loaded once per request, so this bounds the calls below them.
 */
export const ARTISTS_PER_ITEM = 2;

/**
 * Entries of an `availableMarkets` list (and of `markets`) the model assumes: every market Spotify
 * serves (`GET /markets` lists about 185), which a widely released album or track names.
 */
export const MARKET_COUNT = 185;

/** Genres `genreSeeds` answers, about 126 (Spotify's `GET /recommendations/available-genre-seeds`). */
const GENRE_SEED_COUNT = 130;

/**
 * Items the model assumes for a list of objects of these types, where no rule of the field says:
 * Spotify sends an album's, artist's or playlist's cover in 3 sizes (640, 300 and 64 pixels), a user's
 * picture in 1 or 2. Only the values estimate reads it (an image costs no call).
 */
export const LIST_ITEMS_BY_TYPE: Readonly<Record<string, number>> = { Image: 3 };

/** Items the model assumes for another list of objects whose length Spotify decides. */
export const DEFAULT_LIST_ITEMS = 20;

/** Spotify's most items per page of most lists (`limit` maximum 50). */
const PAGE = 50;

/** Ids per batch call for each GraphQL catalog type (the endpoint table's batch limits). */
export function batchSizes(batched: boolean): Readonly<Record<string, number>> {
  const size = (type: LoadableType): number => (batched ? (LOADABLE[type].batch.batch?.max ?? 1) : 1);
  return {
    Album: size('album'),
    Artist: size('artist'),
    Track: size('track'),
    Show: size('show'),
    Episode: size('episode'),
    Audiobook: size('audiobook'),
    Chapter: size('chapter'),
    audioFeatures: size('audioFeatures'),
  };
}

/** An endpoint's `limit` maximum for Extended Quota apps, where the endpoint table gives one. */
const extendedLimit = (endpoint: EndpointSpec): number | undefined =>
  endpoint.params.find((param) => param.name === 'limit')?.extendedMax;

const byId: CallRule = { perParent: 1, returnsFull: true, idOnly: true };
const byIds: CallRule = { ids: { arg: 'ids', batch: 'type' }, items: 'ids', returnsFull: true, idOnly: true };
const paged: CallRule = { page: PAGE };
const pagedFull: CallRule = { page: PAGE, returnsFull: true };
const full: CallRule = { full: true };
const one: CallRule = { perParent: 1, returnsFull: true };
/** `me`: `GET /me` once per request, only for its profile fields (checkMe and the fields read it). */
const meRule: CallRule = { once: 1, onceIf: PROFILE_FIELDS };

/**
 * A user's profile (`GET /users/{id}`), after `GET /me` once in Development Mode (which answers the
 * signed-in user's own profile; another user's is refused there without a call).
 */
const profile: CallRule = { perParent: 1, once: 1, extendedOnly: endpoints.getUsersProfile };
/** A field only the full object has, which Development Mode no longer sends (removedInDevelopment). */
const fullUnlessDevelopment: CallRule = { full: true, removedInDevelopment: true };
/** A rule whose calls go to `endpoint`, Extended-only (CallRule.extendedOnly). */
const onlyExtended = (rule: CallRule, endpoint: EndpointSpec): CallRule => ({
  ...rule,
  extendedOnly: endpoint,
});
/** A write: its own call, and a read it may need first (the user's id, the playlist's snapshot). */
const write: CallRule = { perParent: 2 };
const writeUris = (batch: number): CallRule => ({ perParent: 2, ids: { arg: 'uris', batch } });
const writeIds = (batch: number): CallRule => ({ perParent: 2, ids: { arg: 'ids', batch } });
/** A list of markets on the parent's object: no call, MARKET_COUNT entries. */
const markets: CallRule = { items: MARKET_COUNT };

/**
 * Lists whose items Spotify sends without their owner (an album's tracks carry no album, a show's
 * episodes no show, an audiobook's chapters no audiobook), by the connection's `Type.field`: the field
 * of the items that answers the owner. The list's resolver records the owner (src/resolvers/parents.ts),
 * so that field costs no call of its own: none when the owner's object was loaded, one load of the owner
 * when it is known by its id alone (its window starts past the embedded page: adoptLater).
 */
export const OWNED_ITEMS: Readonly<Record<string, string>> = {
  'Album.tracks': 'Track.album',
  'Show.episodes': 'Episode.show',
  'Audiobook.chapters': 'Chapter.audiobook',
};

/** The rules by `Type.field`. */
export const CALL_RULES: Readonly<Record<string, CallRule>> = {
  'Query.album': byId,
  'Query.artist': byId,
  'Query.track': byId,
  'Query.show': byId,
  'Query.episode': byId,
  'Query.audiobook': byId,
  'Query.chapter': byId,
  'Query.playlist': byId,
  'Query.user': onlyExtended(byId, endpoints.getUsersProfile),
  'Query.node': byId,
  'Query.category': onlyExtended(byId, endpoints.getACategory),
  'Query.albums': byIds,
  'Query.artists': byIds,
  'Query.tracks': byIds,
  'Query.shows': byIds,
  'Query.episodes': byIds,
  'Query.audiobooks': byIds,
  'Query.chapters': byIds,
  'Query.nodes': byIds,
  'Query.search': { page: SEARCH_PAGE, extendedPage: extendedLimit(endpoints.search), returnsFull: true },
  'Query.categories': onlyExtended(paged, endpoints.getCategories),
  'Query.newReleases': onlyExtended(paged, endpoints.getNewReleases),
  'Query.featuredPlaylists': onlyExtended(paged, endpoints.getFeaturedPlaylists),
  'Query.genreSeeds': {
    perParent: 1,
    items: GENRE_SEED_COUNT,
    extendedOnly: endpoints.getRecommendationGenres,
  },
  'Query.markets': { perParent: 1, items: MARKET_COUNT, extendedOnly: endpoints.getAvailableMarkets },
  'Query.recommendations': { perParent: 1, limitArg: 'limit', extendedOnly: endpoints.getRecommendations },
  'Query.me': meRule,
  'FollowPayload.me': meRule,
  'LibraryPayload.me': meRule,
  'Recommendations.tracks': { items: 'pending', returnsFull: true },
  'Me.playlists': paged,
  'Me.savedTracks': pagedFull,
  'Me.savedAlbums': pagedFull,
  'Me.savedShows': pagedFull,
  'Me.savedEpisodes': pagedFull,
  'Me.savedAudiobooks': pagedFull,
  'Me.topArtists': pagedFull,
  'Me.topTracks': pagedFull,
  'Me.recentlyPlayed': { cursor: true },
  'Me.followedArtists': { cursor: true, returnsFull: true },
  'Me.followsArtists': { ids: { arg: 'ids', batch: 40 }, items: 'ids' },
  'Me.followsUsers': { ids: { arg: 'ids', batch: 40 }, items: 'ids' },
  'Me.followsPlaylist': { perParent: 1 },
  'Me.libraryContains': { ids: { arg: 'uris', batch: 'type' }, items: 'ids' },
  'Player.state': one,
  'Player.currentlyPlaying': one,
  'Player.devices': { perParent: 1 },
  'Player.queue': one,
  'PlayerQueue.items': { items: DEFAULT_LIST_ITEMS },
  'Album.tracks': paged,
  'Album.artists': { items: ARTISTS_PER_ITEM },
  'Album.availableMarkets': markets,
  'Track.availableMarkets': markets,
  'Show.availableMarkets': markets,
  'Audiobook.availableMarkets': markets,
  'Chapter.availableMarkets': markets,
  'Album.label': fullUnlessDevelopment,
  'Album.popularity': fullUnlessDevelopment,
  'Album.genres': full,
  'Album.copyrights': full,
  'Album.upc': full,
  'Artist.albums': { page: ALBUMS_PAGE, extendedPage: extendedLimit(endpoints.getAnArtistsAlbums) },
  'Artist.topTracks': onlyExtended(
    { perParent: 1, items: 10, returnsFull: true },
    endpoints.getAnArtistsTopTracks,
  ),
  'Artist.relatedArtists': onlyExtended(
    { perParent: 1, items: 20, returnsFull: true },
    endpoints.getAnArtistsRelatedArtists,
  ),
  'Artist.genres': full,
  'Artist.popularity': fullUnlessDevelopment,
  'Artist.followerCount': fullUnlessDevelopment,
  'Artist.images': full,
  'Track.artists': { items: ARTISTS_PER_ITEM },
  'Track.popularity': fullUnlessDevelopment,
  'Track.isrc': full,
  'Track.audioFeatures': { share: 'audioFeatures', extendedOnly: endpoints.getSeveralAudioFeatures },
  'Track.audioAnalysis': { perParent: 1, extendedOnly: endpoints.getAudioAnalysis },
  'Episode.show': full,
  'Show.episodes': paged,
  'Audiobook.chapters': paged,
  // `/items`' 50 a page unless the app is known to be Extended: `/tracks`' 100 (itemsPageSize).
  'Playlist.items': { page: ITEMS_PAGE_SIZE, extendedPage: TRACKS_PAGE_SIZE, returnsFull: true },
  'Playlist.followerCount': { perParent: 1 },
  'User.displayName': profile,
  'User.images': profile,
  'User.followerCount': profile,
  'User.playlists': onlyExtended(paged, endpoints.getListUsersPlaylists),
  'Category.playlists': onlyExtended(paged, endpoints.getACategoriesPlaylists),
  'PlaylistItemsPayload.playlist': one,
  'PlaylistPayload.playlist': one,
  'PlaylistFollowPayload.playlist': one,
  'PlayerCommandPayload.state': one,
  'Subscription.playbackState': one,
  'Subscription.currentlyPlaying': one,
  'Subscription.devices': { perParent: 1 },
  'Subscription.queue': one,
  'Mutation.addPlaylistItems': writeUris(100),
  'Mutation.removePlaylistItems': writeUris(100),
  'Mutation.replacePlaylistItems': writeUris(100),
  'Mutation.saveToLibrary': writeUris(20),
  'Mutation.removeFromLibrary': writeUris(20),
  'Mutation.followArtists': writeIds(40),
  'Mutation.unfollowArtists': writeIds(40),
  'Mutation.followUsers': writeIds(40),
  'Mutation.unfollowUsers': writeIds(40),
};

/** Every other mutation: its own call and a read before it. */
export const DEFAULT_MUTATION_RULE = write;

/** The endpoint table's entries by id (an endpoint's `replacedBy` and `batch.single` name others by id). */
const endpointsById: ReadonlyMap<string, EndpointSpec> = new Map(
  Object.values(endpoints).map((endpoint: EndpointSpec) => [endpoint.id, endpoint]),
);

/**
 * Whether a Development Mode app's client refuses every call of `endpoint` before sending it
 * (NotAvailableInDevelopmentMode): only Extended Quota apps have it (isExtendedOnly), and neither a
 * replacement (`replacedBy`) nor its single-item endpoint (`batch.single`) answers in Development Mode.
 */
export function lacksDevelopmentRoute(endpoint: EndpointSpec): boolean {
  if (!isExtendedOnly(endpoint) || endpoint.replacedBy !== undefined) return false;
  const single = endpoint.batch === undefined ? undefined : endpointsById.get(endpoint.batch.single);
  return single === undefined || isExtendedOnly(single);
}

/** The rule of a field Development Mode refuses without a call (CallRule.refused). */
const REFUSED: CallRule = Object.freeze({ refused: true });
/** The rule of a field that costs no call of its own. */
const FREE: CallRule = Object.freeze({});

/**
 * `rule` for an app known to be in Development Mode (configured, or learned in auto mode: the server
 * decides by the same knowledge, AppModeTracker.modeFor; while auto mode has not learned the mode the
 * field may call, and `rule` itself counts it). A field removedInDevelopment costs nothing (answered
 * from its object). A field whose `extendedOnly` endpoint lacksDevelopmentRoute keeps only its `once`
 * calls (a user's profile: `GET /me`, which answers the signed-in user's own); a root object by id
 * (`idOnly`) costs no call of its own but its selection is still answered (its id alone, or null) and
 * counted below; any other such field is REFUSED (null with its error, nothing below it runs).
 */
export function developmentRule(rule: CallRule): CallRule {
  let known = developmentRules.get(rule);
  if (known === undefined) {
    known = readDevelopmentRule(rule);
    developmentRules.set(rule, known);
  }
  return known;
}

const developmentRules = new WeakMap<CallRule, CallRule>();

function readDevelopmentRule(rule: CallRule): CallRule {
  if (rule.removedInDevelopment) return FREE;
  if (rule.extendedOnly === undefined || !lacksDevelopmentRoute(rule.extendedOnly)) return rule;
  if (rule.once !== undefined)
    return rule.onceIf === undefined ? { once: rule.once } : { once: rule.once, onceIf: rule.onceIf };
  return rule.idOnly ? FREE : REFUSED;
}
