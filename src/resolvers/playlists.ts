import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Page, Playlist, PlaylistItem, SimplifiedPlaylist } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import {
  askedObject,
  badValue,
  followerCountOf,
  optionalObject,
  present,
  presentList,
} from './bad-values.js';
import { withChildLoads } from './child-loads.js';
import type { GraphQLContext } from './context.js';
import {
  countedFromSibling,
  pastEmbedded,
  playlistEmbeddedItems,
  playlistMode,
} from './embedded-children.js';
import { checkMarket, idOf } from './ids.js';
import {
  type Connection,
  type ConnectionArgs,
  connectionEntries,
  embeddedPages,
  offsetConnection,
  type PageFetcher,
  window,
} from './paging.js';
import { listMarket, marketOf, readIn } from './parent-markets.js';
import { isIdOnly } from './parents.js';
import { refusingItemPages } from './playlist-items-refusal.js';
import { keyedPages, loadedOrInFlight, loadKey, loadOnce } from './request-loads.js';
import { type SelectionInfo, withSelection } from './selection.js';
import { episodeIfTrackShaped, trackShapedEpisodeId } from './track-shaped-episodes.js';
import { isUsableId, modelledEntry, modelledItem, nestedObjectOf } from './unmodelled.js';
import { type UserReference, userOf } from './users.js';

/** Both item types are asked for, so that podcast episodes in a playlist show up instead of nulls. */
const ADDITIONAL_TYPES = ['track', 'episode'] as const;

/**
 * The most items one page of `/playlists/{id}/items` holds (the spec's QueryLimit): the page of every
 * app not known to be Extended, whose calls may go there (see itemsPageSize).
 */
export const ITEMS_PAGE_SIZE = 50;

/** The most items one page of `/playlists/{id}/tracks` holds (Extended Quota apps' route: `limit` up to 100). */
export const TRACKS_PAGE_SIZE = 100;

/**
 * The items page for the route the request's calls go to: `/tracks`' 100 for an app known to be
 * Extended (configured, or learned in auto mode: its calls never fall back to `/items` then), else
 * `/items`' 50 (Development Mode, and auto mode while a call may still fall back there).
 */
export const itemsPageSize = (ctx: GraphQLContext): number =>
  ctx.client.modeFor(endpoints.getPlaylistsTracks) === 'extended' ? TRACKS_PAGE_SIZE : ITEMS_PAGE_SIZE;

/**
 * The full playlist, fetched once per request and market through the request's loads (playlists are
 * user data: private ones, items only members see; never shared between requests). Spotify has no
 * batch endpoint for playlists: the calls go out side by side.
 */
export function loadPlaylist(ctx: GraphQLContext, id: string, market?: string): Promise<Playlist> {
  return loadOnce(ctx, loadKey('playlists.get', { id, market }), async () =>
    readIn(
      askedObject(
        await ctx.api.playlists.get(id, ctx.opts({ market, additionalTypes: ADDITIONAL_TYPES })),
        endpoints.getPlaylist.id,
        id,
      ),
      market,
    ),
  );
}

/** The full playlist for fields a simplified one lacks (followers); the parent itself when it is full. */
export const fullPlaylist = (
  ctx: GraphQLContext,
  playlist: SimplifiedPlaylist | Playlist,
): Promise<Playlist> | Playlist =>
  // In the market it was read in: its items then come from the same load (parent-markets.ts).
  'followers' in playlist ? playlist : loadPlaylist(ctx, playlist.id, marketOf(playlist));

/**
 * The first page of items a full playlist embeds: of `items` (now; its owner and collaborators only)
 * and `tracks` (Extended apps' old field), the one holding more items (both start at item 0: the longer
 * holds more of any window), `items` when they hold as many.
 */
function embeddedPage(playlist: SimplifiedPlaylist | Playlist): Page<PlaylistItem> | undefined {
  const full = playlist as Playlist;
  let found: Page<PlaylistItem> | undefined;
  for (const page of [full.items, full.tracks]) {
    if (!page || !Array.isArray(page.items)) continue;
    if (found === undefined || page.items.length > found.items.length) found = page;
  }
  return found;
}

/**
 * Pages from the embedded first page of the full playlist that another field of the request loads (or
 * is loading), where it covers them; from `fetchPage` otherwise (also when that load fails).
 */
function fromFullPlaylist(
  full: Promise<unknown>,
  fetchPage: PageFetcher<PlaylistItem>,
): PageFetcher<PlaylistItem> {
  return async (offset, limit, size) => {
    let page: Page<PlaylistItem> | undefined;
    try {
      page = embeddedPage((await full) as Playlist);
    } catch {
      page = undefined;
    }
    return embeddedPages(page, fetchPage)(offset, limit, size);
  };
}

/**
 * A playlist's items as a connection. The embedded first page answers what it covers (the parent's own,
 * or for a simplified parent that of the full playlist when the request loads it anyway); the rest comes
 * from `/playlists/{id}/tracks` where the app still has it (it serves any playlist) and from
 * `/playlists/{id}/items` in Development Mode (owner and collaborators only): the client decides.
 * Only the total when `info`'s selection asks for no items (see withSelection).
 */
export async function playlistItems(
  ctx: GraphQLContext,
  playlist: SimplifiedPlaylist | Playlist,
  args: ConnectionArgs & { market?: string | null | undefined },
  info: SelectionInfo,
): Promise<Connection<PlaylistItem>> {
  // The parent's market when the list names none: every page in one market (parent-markets.ts).
  const market = listMarket(checkMarket(args.market), playlist);
  const embedded = market === marketOf(playlist) ? embeddedPage(playlist) : undefined;
  // Development Mode's certain refusals (another user's playlist) fail without the call.
  const fetchPage = refusingItemPages(
    ctx,
    playlist,
    keyedPages(ctx, 'playlists.getTracks', { id: playlist.id, market }, (offset, limit) =>
      ctx.api.playlists.getTracks(
        playlist.id,
        ctx.opts({ offset, limit, market, additionalTypes: ADDITIONAL_TYPES }),
      ),
    ),
  );
  const asked = withSelection(args, info);
  // A window past the page a full playlist embeds for this app (playlistEmbeddedItems) has nothing to
  // wait for in it.
  let full =
    market === marketOf(playlist) &&
    embedded === undefined &&
    !pastEmbedded(window(args).offset, playlistEmbeddedItems(playlistMode(ctx)))
      ? loadedOrInFlight(ctx, loadKey('playlists.get', { id: playlist.id, market }))
      : undefined;
  // A count alone, of a playlist known by its id only (child-loads.ts starts it beside a window past
  // the embedded page): from that window's page; else from the object, as without it (Development
  // Mode's /items refuses other users' playlists, whose object still states the total).
  if (embedded === undefined && asked.itemsSelected === false && isIdOnly(playlist)) {
    const params = { id: playlist.id, market };
    const counted = await countedFromSibling(ctx, 'playlists.getTracks', params, asked);
    if (counted) return counted;
    full ??= loadPlaylist(ctx, playlist.id, market);
  }
  const pages = full ? fromFullPlaylist(full, fetchPage) : embeddedPages(embedded, fetchPage);
  return offsetConnection<PlaylistItem>(asked, itemsPageSize(ctx), pages);
}

/**
 * A playlist entry as Spotify sent it in an items page; an entry that is null or no object (`5`) is
 * Spotify's bad value: throws `badValue`, so each field read from it is null with its own error
 * (unlike a removed item, an entry whose `track` is null).
 */
export function playlistEntry(entry: PlaylistItem | null): PlaylistItem {
  if (entry === null || entry === undefined)
    throw badValue("Spotify's answer has a null entry in a playlist's items");
  if (typeof entry !== 'object' || Array.isArray(entry)) {
    throw badValue("Spotify's answer has an entry of a playlist's items that is not an object");
  }
  return entry;
}

/**
 * What a playlist entry holds: `item ?? track` (Spotify's February 2026 change renamed `track` to
 * `item`; either may come on either route); null when the one it sent is null (a removed item);
 * `badValue` for an entry with neither key (a wrong shape, not Spotify's removed form).
 */
function entryContent(entry: PlaylistItem | null): PlaylistItem['item'] {
  const { item, track } = playlistEntry(entry);
  if (item === undefined && track === undefined)
    throw badValue("Spotify's answer has a playlist entry with neither `item` nor `track`");
  return item ?? track ?? null;
}

/**
 * The content of a playlist entry: `item` on `/items` answers, `track` on the old route; null for a
 * removed item, SPOTIFY_UNSUPPORTED_ITEM for one the API does not model (see modelledItem), `badValue`
 * for an entry that is none (see playlistEntry).
 */
export const contentOf = (ctx: GraphQLContext, entry: PlaylistItem | null) => {
  const content = entryContent(entry);
  return trackShapedEpisodeId(content) === undefined
    ? modelledItem(content)
    : episodeIfTrackShaped(ctx, content);
};

/** `PlaylistItemContent`'s resolveType: an entry's content is an episode or else a track. */
export const playlistContentTypeName = (item: { type?: unknown }): 'Episode' | 'Track' =>
  item.type === 'episode' ? 'Episode' : 'Track';

/** When a playlist entry was added (ISO 8601); null for very old playlists (Spotify sends none). */
export const addedAtOf = (entry: PlaylistItem | null): string | null => playlistEntry(entry).added_at ?? null;

/** Whether a playlist entry is a local file of the user; a missing flag is `PlaylistItemEdge.isLocal`'s error. */
export const entryIsLocal = (entry: PlaylistItem | null): boolean =>
  present(playlistEntry(entry).is_local, 'PlaylistItemEdge.isLocal');

/**
 * The contents of a connection's entries (`PlaylistItemConnection.nodes`), each by contentEntryOf, with
 * the connection's cut at the end (connectionEntries).
 */
export const contentEntriesOf = (
  connection: Connection<PlaylistItem | null>,
  ctx: GraphQLContext,
): ReturnType<typeof contentOf>[] =>
  connectionEntries(
    connection,
    connection.nodes.map((entry) => contentEntryOf(ctx, entry)),
  ) as ReturnType<typeof contentOf>[];

/** `contentOf` for an entry of a list: a bad or unsupported entry is that entry's error, not the list's. */
export const contentEntryOf = (ctx: GraphQLContext, entry: PlaylistItem | null) => {
  try {
    const content = entryContent(entry);
    if (trackShapedEpisodeId(content) !== undefined) return episodeIfTrackShaped(ctx, content);
    return modelledEntry(content);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
};

/**
 * Who added a playlist entry; null when Spotify does not say (very old playlists send null or no
 * usable id); `badValue` when `added_by` is no object (`"bob"`).
 */
export const addedByOf = (entry: PlaylistItem | null): UserReference | null => {
  const addedBy = optionalObject(playlistEntry(entry).added_by, 'PlaylistItemEdge.addedBy', true);
  return addedBy && isUsableId('user', addedBy.id) ? userOf(addedBy) : null;
};

/**
 * `playlist(id:)`: by id or URI, once per request and market, with its items' load started beside it
 * when they are selected (see withChildLoads).
 */
export const playlistById = (
  ctx: GraphQLContext,
  args: { id: string | number; market?: string | null | undefined },
  info: GraphQLResolveInfo,
): Promise<Playlist> =>
  withChildLoads(ctx, info, 'playlist', args, () =>
    loadPlaylist(ctx, idOf('playlist', String(args.id)), checkMarket(args.market)),
  );

/** A playlist's owner as a User: its own reference, or the full playlist's. */
export async function playlistOwner(
  ctx: GraphQLContext,
  playlist: SimplifiedPlaylist | Playlist,
): Promise<UserReference | null> {
  const owner = nestedObjectOf('user', playlist.owner ?? (await fullPlaylist(ctx, playlist)).owner);
  return owner ? userOf(owner) : null;
}

/** A playlist's followers, from the full playlist. */
export async function playlistFollowerCount(
  ctx: GraphQLContext,
  playlist: SimplifiedPlaylist | Playlist,
): Promise<number | null> {
  return followerCountOf((await fullPlaylist(ctx, playlist)).followers, 'Playlist.followerCount');
}

/**
 * `Playlist.images`: the cover in its sizes; null for a playlist without a cover (Spotify sends
 * `images: null`); `badValue` when the list is missing or no list (presentList). Each image is its
 * own entry, checked where the executor completes it: one Spotify sent wrong is that entry's null,
 * never the whole cover list's.
 */
export const playlistImages = (playlist: SimplifiedPlaylist | Playlist): Playlist['images'] | null =>
  playlist.images === null ? null : presentList(playlist.images, 'Playlist.images');
