import { GraphQLError } from 'graphql';
import type { SearchResults, SearchType } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { searchNeedsMarket } from './app-market.js';
import { appMarketOf, type GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { checkEntryCount, checkMarket, MAX_ENUM_ENTRIES } from './ids.js';
import { type AskedPage, cutAskedPage } from './page-cuts.js';
import {
  type Connection,
  type ConnectionArgs,
  furtherPages,
  headLimit,
  listEnd,
  type OffsetPage,
  offsetConnection,
  type PageFetcher,
} from './paging.js';
import { keyedPages } from './request-loads.js';
import { SEARCH_PAGE, SEARCH_WINDOW, searchWindow } from './search-window.js';
import { type SelectionInfo, withSelection } from './selection.js';
import { checkText } from './text.js';

/**
 * One connection per type searched; for a type whose page Spotify sent unreadable, that field's error
 * (badValue) in its place.
 */
export type SearchConnections = Partial<Record<SearchType, Connection<unknown> | GraphQLError>>;

export interface SearchArgs extends ConnectionArgs {
  query: string;
  types: readonly string[];
  market?: string | null | undefined;
  includeExternal?: boolean | null | undefined;
}

/**
 * Results per page for the request's app: 50 for an Extended Quota app (configured, or learned in auto
 * mode), else Development Mode's 10, which every app accepts (SpotifyApiClient.pageLimit).
 */
function pageSize(ctx: GraphQLContext): number {
  return ctx.client.pageLimit(endpoints.search) ?? SEARCH_PAGE;
}

const pageOf = (answer: SearchResults, type: SearchType): OffsetPage<unknown> | undefined =>
  answer[`${type}s`] as OffsetPage<unknown> | undefined;

interface Search {
  ctx: GraphQLContext;
  q: string;
  types: SearchType[];
  market: string | undefined;
  includeExternal: boolean;
  offset: number;
  first: number;
}

/**
 * A search answer's part from `offset`, `limit` results of each type, cut from the answer asked as
 * `asked` (see cutAskedPage): undefined when any type's page does not hold it, or is short of its list.
 */
function cutSearch(answer: SearchResults, asked: AskedPage, offset: number, limit: number) {
  const part: Record<string, unknown> = { ...answer };
  for (const [name, page] of Object.entries(answer)) {
    if (page === undefined || page === null) continue;
    const cut = cutAskedPage(page, asked, offset, limit);
    if (cut === undefined) return undefined;
    part[name] = cut;
  }
  return part as SearchResults;
}

/** The sections of `answer` for `types` (a search answer for more types serves one for fewer). */
function sectionsOf(answer: SearchResults, types: readonly SearchType[]): SearchResults {
  if (typeof answer !== 'object' || answer === null) return answer;
  return Object.fromEntries(
    types.filter((type) => `${type}s` in answer).map((type) => [`${type}s`, pageOf(answer, type)]),
  ) as SearchResults;
}

/**
 * One search call for `only` from `at`, `limit` results, as a page of the list of one query, market and
 * external-audio choice, whose parts are the types: the same page is one call per request; pages of
 * other types from the same offset asked in the same batch join it (`a: search(q, [ALBUM])` beside `b:
 * search(q, [ARTIST])` are one call for both types, each cut to its own: see keyedPages); and a page
 * that a larger one of the same search for the same types or more covers (`search(types: [ALBUM,
 * ARTIST])` covers `search(types: [ARTIST])`), in the request or (search answers are catalog data) in
 * a concurrent anonymous request or kept from an earlier one, is cut from it, its own types only.
 */
function searchPage(
  s: Search,
  only: readonly SearchType[],
  at: number,
  limit: number,
  size: number,
): Promise<SearchResults> {
  const { ctx, q, market, includeExternal } = s;
  const fixed = {
    ...(market === undefined ? {} : { market }),
    ...(includeExternal ? { includeExternal: 'audio' as const } : {}),
  };
  const pages = keyedPages<SearchResults>(
    ctx,
    'search',
    { q, ...fixed },
    // `parts`: these types, or more when pages of other types of this search at this offset join them.
    (offset, limit, signal, parts) =>
      ctx.api.search.query(q, (parts ?? only) as readonly SearchType[], {
        offset,
        limit,
        ...fixed,
        authToken: ctx.token,
        ...(signal === undefined ? {} : { signal }),
      }),
    {
      catalog: true,
      parts: only,
      cut: (answer, asked, offset, limit) => cutSearch(sectionsOf(answer, only), asked, offset, limit),
    },
  );
  return pages(at, limit, size);
}

/**
 * The longest search text sent to Spotify, in characters (Unicode code points, after trimming).
 * Spotify documents none; it refuses longer ones (a 101-character `q` answers 404 where 100 answer
 * results: spotipy-dev/spotipy#845, and see MarshalX/yandex2spotify#41), so the server refuses them
 * first, before any call (v17 new-user pass, F4: a 900 KB query went upstream).
 */
export const MAX_SEARCH_QUERY_CHARS = 100;

/**
 * The control characters a search query keeps, each sent as a space: a tab, a line feed and a carriage
 * return separate words as a space does (Spotify's search splits the query at white space), so a query
 * pasted from several lines searches the same words. Every other control character is refused.
 */
const QUERY_WHITESPACE = /[\t\n\r]/g;

/**
 * `query`, its tabs and line breaks each a space (QUERY_WHITESPACE), trimmed; BAD_USER_INPUT (argument
 * `query`) when empty, holding a character no text sent holds (another control character, a lone
 * surrogate, a line separator, a bidirectional control: checkText), or past MAX_SEARCH_QUERY_CHARS
 * code points once trimmed (the text sent is what is counted).
 */
function checkQuery(query: string): string {
  const q = query.replace(QUERY_WHITESPACE, ' ').trim();
  if (q === '') throw badInput('query must not be empty', 'query');
  checkText(q, 'query', MAX_SEARCH_QUERY_CHARS, `Spotify searches at most ${MAX_SEARCH_QUERY_CHARS}`);
  return q;
}

/** The validated search: a query, its types, its market and its window. */
function searchOf(ctx: GraphQLContext, args: SearchArgs): Search {
  const q = checkQuery(args.query);
  checkEntryCount(args.types, MAX_ENUM_ENTRIES, 'types');
  const types = [...new Set(args.types.map((type) => type.toLowerCase() as SearchType))];
  if (types.length === 0) throw badInput('types must name at least one type', 'types');
  // The app's token has no user country: shows, episodes and audiobooks are searched in
  // SPOTIFY_DEFAULT_MARKET, or Spotify answers them as null entries (withAppMarket). Part of the
  // search's key, so a music search beside it is not joined into the marketed call.
  const market = checkMarket(args.market) ?? (searchNeedsMarket(types) ? appMarketOf(ctx) : undefined);
  const { offset, first } = searchWindow(args);
  return { ctx, q, types, market, includeExternal: args.includeExternal === true, offset, first };
}

/** Whether the value Spotify sent for a type is a page whose items are a list. */
const isPage = (page: unknown): page is OffsetPage<unknown> =>
  typeof page === 'object' && page !== null && Array.isArray((page as OffsetPage<unknown>).items);

/**
 * The pages of one type's results, for offsetConnection: the first from `head`, the answer for every
 * type; each further one from the call for the types whose first page asks for a page there
 * (furtherPages, the rule every offset connection follows), so one call per page serves them all. The
 * call's `limit` reaches the window's end, whichever type asks.
 */
function typePages(s: Search, type: SearchType, head: SearchResults, size: number): PageFetcher<unknown> {
  return async (at, limit) => {
    if (at === s.offset) return pageOf(head, type) as OffsetPage<unknown>;
    const only = s.types.filter((other) => {
      const page = pageOf(head, other);
      return isPage(page) && furtherPages(page, s.offset, s.first, size).some((next) => next.at === at);
    });
    // A page no first page asks for (read on after a page whose next: null disagrees with its total,
    // paging.ts readOn) is this type's own, of the limit asked.
    const answer = only.includes(type)
      ? await searchPage(s, only, at, Math.min(size, s.offset + s.first - at), size)
      : await searchPage(s, [type], at, limit, size);
    return pageOf(answer, type) as OffsetPage<unknown>;
  };
}

/**
 * One type's connection. A null entry in Spotify's page stays in its place, where the connection's
 * node check makes it that entry's null with a badValue error (as in every other list), so the answer
 * is never cached as whole. A page of the type that is no page is that type's field error (badValue),
 * while the other types answer.
 */
async function typeConnection(
  s: Search,
  type: SearchType,
  head: SearchResults,
  args: ConnectionArgs,
  size: number,
): Promise<Connection<unknown> | GraphQLError> {
  let connection: Connection<unknown>;
  try {
    // Spotify refuses pages beyond its search window: never promise one there.
    connection = await offsetConnection(args, size, typePages(s, type, head, size), { reach: SEARCH_WINDOW });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions?.badValue === true) return error;
    throw error;
  }
  return connection;
}

/**
 * `search`: all types from one Spotify call per page; `first` beyond a page fetches the further pages
 * at once (only for the types that still have results there). A failed first call fails the whole
 * search; a failed further page cuts each type's connection that needed it after the items read
 * (offsetConnection's cut), the other types and pages answering.
 */
export async function search(ctx: GraphQLContext, args: SearchArgs): Promise<SearchConnections> {
  const s = searchOf(ctx, args);
  // After the window's last result: its end for every type, without a call (searchWindow).
  if (s.offset >= SEARCH_WINDOW) return Object.fromEntries(s.types.map((type) => [type, listEnd()]));
  const window = { offset: s.offset, first: s.first, itemsSelected: args.itemsSelected };
  // One page size for the whole search, though auto mode may learn the app's mode meanwhile.
  const size = pageSize(ctx);
  // One call for the first page of every type (the smallest page when only totals are wanted).
  const head = await searchPage(s, s.types, s.offset, headLimit(s.first, size, args.itemsSelected), size);
  const connections = await Promise.all(s.types.map((type) => typeConnection(s, type, head, window, size)));
  return Object.fromEntries(s.types.map((type, i) => [type, connections[i]]));
}

/** The `search` field: `search` with whether `info`'s selection asks for any items (see withSelection). */
export const searchField = (
  ctx: GraphQLContext,
  args: Omit<SearchArgs, 'itemsSelected'>,
  info: SelectionInfo,
): Promise<SearchConnections> => search(ctx, withSelection(args, info));
