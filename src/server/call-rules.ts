import { ALBUMS_PAGE } from '../resolvers/artists.js';
import { LOADABLE, type LoadableType } from '../resolvers/loaders.js';
import { PROFILE_FIELDS } from '../resolvers/me-check.js';
import { ITEMS_PAGE_SIZE, TRACKS_PAGE_SIZE } from '../resolvers/playlists.js';
import { SEARCH_PAGE } from '../resolvers/search-window.js';
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

/** A user's profile (`GET /users/{id}`), after `GET /me` once in Development Mode. */
const profile: CallRule = { perParent: 1, once: 1 };
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
  'Query.user': byId,
  'Query.node': byId,
  'Query.category': byId,
  'Query.albums': byIds,
  'Query.artists': byIds,
  'Query.tracks': byIds,
  'Query.shows': byIds,
  'Query.episodes': byIds,
  'Query.audiobooks': byIds,
  'Query.chapters': byIds,
  'Query.nodes': byIds,
  'Query.search': { page: SEARCH_PAGE, extendedPage: extendedLimit(endpoints.search), returnsFull: true },
  'Query.categories': paged,
  'Query.newReleases': paged,
  'Query.featuredPlaylists': paged,
  'Query.genreSeeds': { perParent: 1, items: GENRE_SEED_COUNT },
  'Query.markets': { perParent: 1, items: MARKET_COUNT },
  'Query.recommendations': { perParent: 1, limitArg: 'limit' },
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
  'Album.label': full,
  'Album.popularity': full,
  'Album.genres': full,
  'Album.copyrights': full,
  'Album.upc': full,
  'Artist.albums': { page: ALBUMS_PAGE, extendedPage: extendedLimit(endpoints.getAnArtistsAlbums) },
  'Artist.topTracks': { perParent: 1, items: 10, returnsFull: true },
  'Artist.relatedArtists': { perParent: 1, items: 20, returnsFull: true },
  'Artist.genres': full,
  'Artist.popularity': full,
  'Artist.followerCount': full,
  'Artist.images': full,
  'Track.artists': { items: ARTISTS_PER_ITEM },
  'Track.popularity': full,
  'Track.isrc': full,
  'Track.audioFeatures': { share: 'audioFeatures' },
  'Track.audioAnalysis': { perParent: 1 },
  'Episode.show': full,
  'Show.episodes': paged,
  'Audiobook.chapters': paged,
  // `/items`' 50 a page unless the app is known to be Extended: `/tracks`' 100 (itemsPageSize).
  'Playlist.items': { page: ITEMS_PAGE_SIZE, extendedPage: TRACKS_PAGE_SIZE, returnsFull: true },
  'Playlist.followerCount': { perParent: 1 },
  'User.displayName': profile,
  'User.images': profile,
  'User.followerCount': profile,
  'User.playlists': paged,
  'Category.playlists': paged,
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
