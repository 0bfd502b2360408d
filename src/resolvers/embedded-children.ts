import type {
  Album,
  Audiobook,
  Page,
  SimplifiedAlbum,
  SimplifiedAudiobook,
  SimplifiedChapter,
  SimplifiedTrack,
} from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import type { AppMode, EndpointSpec } from '../spotify/endpoints/types.js';
import { load } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { checkMarket } from './ids.js';
import { usableTotal } from './page-cuts.js';
import { type Connection, type ConnectionArgs, offsetConnection, window } from './paging.js';
import { listMarket, marketOf } from './parent-markets.js';
import { adoptLater, isIdOnly } from './parents.js';
import { keyedPages, pageOfListInFlight } from './request-loads.js';
import { nestedIdOf } from './unmodelled.js';

/**
 * The parents whose full object embeds the first page of their children, and loads in batches through
 * the DataLoader (an album's tracks, an audiobook's chapters): the first page of many parents costs one
 * batch call, not one call each. (A show's episodes differ: the batch answer leaves them out.)
 */
interface Embeddings {
  album: { full: Album; simplified: SimplifiedAlbum; child: SimplifiedTrack };
  audiobook: { full: Audiobook; simplified: SimplifiedAudiobook; child: SimplifiedChapter };
}

/** Where a full parent holds its first page, and the endpoint of the later pages (id, offset, limit, market). */
const EMBEDDINGS: {
  [K in keyof Embeddings]: {
    field: 'tracks' | 'chapters';
    count: 'total_tracks' | 'total_chapters';
    endpoint: EndpointSpec;
  };
} = {
  album: { field: 'tracks', count: 'total_tracks', endpoint: endpoints.getAnAlbumsTracks },
  audiobook: { field: 'chapters', count: 'total_chapters', endpoint: endpoints.getAudiobookChapters },
};

/**
 * The first page `full` embeds, unless its `total` and the parent's own count (`total_tracks`,
 * `total_chapters`) are both counts that disagree (`tracks: { total: 0, items: [] }` beside
 * `total_tracks: 120`): Spotify's answer contradicts itself, so the page is read from the children's
 * own endpoint instead (undefined). v12 attack on issue 7, I7.
 */
function agreeingPage<P extends { total?: unknown }>(
  full: object,
  count: string,
  page: P | undefined,
): P | undefined {
  const own = usableTotal((full as Record<string, unknown>)[count]);
  const said = usableTotal(page?.total);
  return own !== undefined && said !== undefined && own !== said ? undefined : page;
}

/** Spotify's most children per page: 50 tracks of an album, 50 chapters of an audiobook. */
const CHILDREN_PAGE = 50;

/**
 * Whether a window of children starting at `offset` lies wholly past the first page a full parent embeds
 * (Spotify embeds at most `embedded` children, from offset 0): its pages need only the parent's id, not
 * its object (src/resolvers/child-loads.ts plans such children from the id).
 */
export const pastEmbedded = (offset: number, embedded: number): boolean => offset >= embedded;

/**
 * The mode that decides a full playlist's embedded page for `ctx`'s request (playlistEmbeddedItems): the
 * mode of `/playlists/{id}/tracks` for its app, 'auto' while auto mode has not learned it.
 */
export const playlistMode = (ctx: GraphQLContext): AppMode | 'auto' =>
  ctx.client.modeFor(endpoints.getPlaylistsTracks);

/**
 * The most items a full playlist embeds for an app in `mode`: 100 for an app known to be Extended (the
 * object's `tracks`, `limit` 100, which Extended apps keep: src/resolvers/playlists.ts reads the longer
 * page), else 50 (Development Mode's `items`, its owner's and collaborators' only: Spotify's page sized
 * as `/playlists/{id}/items` pages, whose `limit` is at most 50; and so a request in auto mode before it
 * knows the mode). The one figure for the resolvers (playlistMode) and the call estimate (which passes
 * the mode known when it estimates, 'extended' when none is: the most, so that fewer windows pass as
 * needing no object than at run time, whatever the request learns).
 */
export const playlistEmbeddedItems = (mode: AppMode | 'auto'): number =>
  mode === 'extended' ? PLAYLIST_EMBEDDED_MOST : PLAYLIST_EMBEDDED_ITEMS;

/** A full playlist's embedded `tracks` (Extended apps) holds up to 100 items; its `items`, 50. */
const PLAYLIST_EMBEDDED_MOST = 100;
const PLAYLIST_EMBEDDED_ITEMS = 50;

/**
 * The count window `args` (its items not selected) of the list whose pages are keyed under `route`
 * (`params`: its id and market, as keyedPages keys them) answered from a page of that list another
 * window of the request reads (src/resolvers/child-loads.ts starts such a count beside a window past
 * the embedded page without the parent's object): every page carries the list's `total`. Undefined
 * when there is none, or it failed or says no usable total: the caller reads the count as without it
 * (the parent's object, or the count's own page). Every parent that embeds its first page uses it: an
 * album's tracks, an audiobook's chapters, a show's episodes, a playlist's items. Issue 11, v18 attack
 * LOW-6.
 */
export async function countedFromSibling(
  ctx: GraphQLContext,
  route: string,
  params: { id: string; market: string | undefined },
  args: ConnectionArgs,
): Promise<Connection<never> | undefined> {
  // The sibling windows resolve in one synchronous run: one turn lets a later one's page start.
  await Promise.resolve();
  const sibling = pageOfListInFlight(ctx, route, params);
  let total: number | undefined;
  try {
    total = sibling === undefined ? undefined : usableTotal(((await sibling) as { total?: unknown }).total);
  } catch {
    total = undefined;
  }
  if (total === undefined) return undefined;
  const count = total;
  // The page at the window's offset as the count reads it: one item there when the total counts one.
  return offsetConnection<never>(args, CHILDREN_PAGE, async (at, limit) => ({
    items: count > at ? (new Array(Math.min(limit, 1)).fill(null) as never[]) : [],
    total: count,
    offset: at,
    limit,
  }));
}

/**
 * The children of `parent` (of `type`) as a connection. The parent serves its embedded first page when it
 * holds one read in the list's market (else the parent's: parent-markets.ts); otherwise the full parent is loaded (batched) for it, unless the
 * window starts past the embedded page (pastEmbedded): then no parent is loaded, and a parent known only
 * by its id is loaded for the items only when one asks for it (adoptLater). Pages past the embedded one
 * are fetched once per request (keyed by parent, market, offset and limit).
 * Throws BAD_USER_INPUT for a malformed market or window, UNSUPPORTED_ITEM for a parent without a usable id.
 */
export async function embeddedChildren<K extends keyof Embeddings>(
  ctx: GraphQLContext,
  type: K,
  parent: Embeddings[K]['simplified'] | Embeddings[K]['full'],
  args: ConnectionArgs & { market?: string | null | undefined },
): Promise<Connection<Embeddings[K]['child']>> {
  type Child = Embeddings[K]['child'];
  const { field, count, endpoint } = EMBEDDINGS[type];
  const id = nestedIdOf(type, parent);
  // The parent's market when the list names none: every page in one market (parent-markets.ts).
  const market = listMarket(checkMarket(args.market), parent);
  const firstPage = (object: object): Page<Child> | undefined =>
    (object as Partial<Record<typeof field, Page<Child>>>)[field];
  const own = firstPage(parent) !== undefined && market === marketOf(parent);
  const skip = !own && pastEmbedded(window(args).offset, CHILDREN_PAGE);
  // A count alone, of a parent known by its id only: from a page of the list the request reads anyway.
  if (!own && !skip && args.itemsSelected === false && isIdOnly(parent)) {
    const counted = await countedFromSibling(ctx, endpoint.id, { id, market }, args);
    if (counted) return counted;
  }
  const full: object = own || skip ? parent : await load(ctx, type, id, market);
  const fetchPage = keyedPages(
    ctx,
    endpoint.id,
    { id, market },
    (offset, limit, signal) =>
      ctx.client.request<Page<Child>>(endpoint, ctx.opts({ id, offset, limit, market, signal })),
    { catalog: true },
  );
  // A parent known by its id only (see withChildLoads) is loaded for the items when they ask.
  const whole = !skip || !isIdOnly(parent);
  const connection = await offsetConnection<Child>(args, CHILDREN_PAGE, fetchPage, {
    embedded: skip ? undefined : agreeingPage(full, count, firstPage(full)),
    parent: whole ? full : undefined,
  });
  if (!whole) adoptLater(connection.nodes, () => load(ctx, type, id, market));
  return connection;
}
