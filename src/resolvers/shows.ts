import type { GraphQLResolveInfo } from 'graphql';
import type { Show, SimplifiedEpisode, SimplifiedShow } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { SpotifyAPIError } from '../spotify/errors.js';
import { askedObject } from './bad-values.js';
import {
  type ByIdArgs,
  type ByIdsArgs,
  checkIdCount,
  load,
  loadById,
  loadEachById,
  selects,
} from './catalog.js';
import { withChildLoads } from './child-loads.js';
import { cachedObject, type GraphQLContext } from './context.js';
import { countedFromSibling } from './embedded-children.js';
import { notFound } from './errors.js';
import { checkMarket, eachId, idOf, oneNotFoundPerList } from './ids.js';
import { type Connection, type ConnectionArgs, offsetConnection } from './paging.js';
import { listMarket, marketOf, readIn } from './parent-markets.js';
import { adoptLater, isIdOnly } from './parents.js';
import { keyedPages, loadKey, loadOnce } from './request-loads.js';
import { type SelectionInfo, withSelection } from './selection.js';
import { nestedIdOf } from './unmodelled.js';

/** Spotify's most episodes per page of a show. */
const EPISODES_PAGE = 50;

/**
 * A show with its first page of episodes. Spotify's several-shows answer leaves the episodes out, so
 * when a query wants them, one single-show call per show (which carries them) is the minimum: a batch
 * would cost one call more. Each show is fetched once per request and primed into the show loader.
 */
function loadShowWithEpisodes(ctx: GraphQLContext, id: string, market: string | undefined): Promise<Show> {
  const hit = cachedObject(ctx, 'show', id, market) as Show | SimplifiedShow | undefined;
  if (hit && 'episodes' in hit) return Promise.resolve(readIn(hit, market));
  const endpoint = endpoints.getAShow;
  return loadOnce(
    ctx,
    loadKey(endpoint.id, { id, market }),
    async (signal) => {
      try {
        const answer = await ctx.client.request<Show>(endpoint, ctx.opts({ id, market, signal }));
        // As for batch entries: an answer of another show is not the show asked (nor primed as it).
        const show = askedObject(answer, endpoint.id, id);
        ctx.loaders.show.prime({ id, market }, show);
        return readIn(show, market);
      } catch (error) {
        if (error instanceof SpotifyAPIError && error.status === 404) throw notFound('show', id, error);
        throw error;
      }
    },
    { catalog: true },
  );
}

/**
 * `show(id:)`: with its episodes embedded when the query asks for them, else through the batch loader;
 * the loads of its children that need only its id started beside it (see withChildLoads).
 */
export function showById(ctx: GraphQLContext, args: ByIdArgs, info: GraphQLResolveInfo): Promise<Show> {
  return withChildLoads(ctx, info, 'show', args, () => loadShow(ctx, args, info));
}

function loadShow(ctx: GraphQLContext, args: ByIdArgs, info: GraphQLResolveInfo): Promise<Show> {
  if (!selects(info, 'episodes')) return loadById(ctx, 'show', args);
  return loadShowWithEpisodes(ctx, idOf('show', String(args.id)), checkMarket(args.market));
}

/**
 * `shows(ids:)`: one call per show when the query asks for episodes (see loadShowWithEpisodes); their
 * children's id-only loads started beside them (see withChildLoads).
 */
export function showsByIds(
  ctx: GraphQLContext,
  args: ByIdsArgs,
  info: GraphQLResolveInfo,
): (Promise<Show | null> | null)[] {
  // The unknown ids one SPOTIFY_NOT_FOUND for the list (oneNotFoundPerList), whichever way they were loaded.
  return oneNotFoundPerList(withChildLoads(ctx, info, 'show', args, (only) => loadShows(ctx, only, info)));
}

function loadShows(ctx: GraphQLContext, args: ByIdsArgs, info: GraphQLResolveInfo): (Promise<Show> | null)[] {
  if (!selects(info, 'episodes')) return loadEachById(ctx, 'show', args);
  checkIdCount(args.ids);
  const ids = eachId(
    args.ids.map((id) => String(id)),
    (id, i) => idOf('show', id, `ids[${i}]`),
  );
  const market = checkMarket(args.market);
  // A refused id costs no Spotify call: the list's refusal on its first (eachId), null after it.
  return ids.map((id) =>
    typeof id === 'string' ? loadShowWithEpisodes(ctx, id, market) : id === null ? null : Promise.reject(id),
  );
}

/**
 * A show's episodes. A full show (Development Mode loads shows one by one, in full) holds the first page
 * already; batched shows come simplified, so loading one for its page would cost a call, not save one.
 * Only the total when `info`'s selection asks for no items (see withSelection).
 */
export async function showEpisodes(
  ctx: GraphQLContext,
  show: SimplifiedShow | Show,
  args: ConnectionArgs & { market?: string | null | undefined },
  info: SelectionInfo,
): Promise<Connection<SimplifiedEpisode | null>> {
  const showId = nestedIdOf('show', show);
  // The parent's market when the list names none: every page in one market (parent-markets.ts).
  const market = listMarket(checkMarket(args.market), show);
  const embedded = 'episodes' in show && market === marketOf(show) ? show.episodes : undefined;
  const fetchPage = keyedPages(
    ctx,
    'shows.getEpisodes',
    { id: showId, market },
    (offset, limit, signal) => ctx.api.shows.getEpisodes(showId, ctx.opts({ offset, limit, market, signal })),
    { catalog: true },
  );
  const asked = withSelection(args, info);
  // A count alone, of a show known by its id only: from a page of the list the request reads anyway
  // (else from its own one-item page, one call as the show's object would be).
  if (embedded === undefined && asked.itemsSelected === false && isIdOnly(show)) {
    const counted = await countedFromSibling(ctx, 'shows.getEpisodes', { id: showId, market }, asked);
    if (counted) return counted;
  }
  // A show known by its id only (see withChildLoads) is loaded for the episodes when they ask.
  const whole = !isIdOnly(show);
  const connection = await offsetConnection<SimplifiedEpisode | null>(asked, EPISODES_PAGE, fetchPage, {
    embedded,
    parent: whole ? show : undefined,
  });
  if (!whole) adoptLater(connection.nodes, () => load(ctx, 'show', showId, market));
  return connection;
}
