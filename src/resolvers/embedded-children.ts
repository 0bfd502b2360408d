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
import type { EndpointSpec } from '../spotify/endpoints/types.js';
import { load } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { checkMarket } from './ids.js';
import { usableTotal } from './page-cuts.js';
import { type Connection, type ConnectionArgs, offsetConnection, window } from './paging.js';
import { listMarket, marketOf } from './parent-markets.js';
import { adoptLater, isIdOnly } from './parents.js';
import { keyedPages } from './request-loads.js';
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
