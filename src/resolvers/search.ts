import type { SearchResults, SearchType } from '../spotify/endpoints/objects.js';
import type { GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { checkMarket } from './ids.js';
import { cutPage } from './page-cuts.js';
import {
  type Connection,
  type ConnectionArgs,
  connectionOf,
  countedConnection,
  type OffsetPage,
} from './paging.js';
import { keyedPages } from './request-loads.js';
import { SEARCH_PAGE, SEARCH_WINDOW, searchWindow } from './search-window.js';
import { type SelectionInfo, withSelection } from './selection.js';

/** One connection per type searched. */
export type SearchConnections = Partial<Record<SearchType, Connection<unknown>>>;

export interface SearchArgs extends ConnectionArgs {
  query: string;
  types: readonly string[];
  market?: string | null | undefined;
  includeExternal?: boolean | null | undefined;
}

/** Development Mode apps get at most 10 results per page; others what the endpoint table allows. */
function pageSize(ctx: GraphQLContext): number {
  return ctx.client.appMode === 'development' ? Math.min(10, SEARCH_PAGE) : SEARCH_PAGE;
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
 * A search answer's part from `offset`, `limit` results of each type, cut from the answer asked from
 * `pageOffset` (see cutPage): undefined when any type's page does not hold it.
 */
function cutSearch(answer: SearchResults, pageOffset: number, offset: number, limit: number) {
  const part: Record<string, unknown> = { ...answer };
  for (const [name, page] of Object.entries(answer)) {
    if (page === undefined || page === null) continue;
    const cut = cutPage(page, pageOffset, offset, limit);
    if (cut === undefined) return undefined;
    part[name] = cut;
  }
  return part as SearchResults;
}

/**
 * One search call for `only` from `at`, `limit` results, as a page of the list of one query, types,
 * market and external-audio choice: the same page is one call per request, and a page that a larger
 * one of the same search covers, in the request or (search answers are catalog data) in a concurrent
 * anonymous request or kept from an earlier one, is cut from it.
 */
function searchPage(
  s: Search,
  only: readonly SearchType[],
  at: number,
  limit: number,
): Promise<SearchResults> {
  const { ctx, q, market, includeExternal } = s;
  const fixed = {
    ...(market === undefined ? {} : { market }),
    ...(includeExternal ? { includeExternal: 'audio' as const } : {}),
  };
  const pages = keyedPages<SearchResults>(
    ctx,
    'search',
    { q, types: only, ...fixed },
    (offset, limit, signal) =>
      ctx.api.search.query(q, only, {
        offset,
        limit,
        ...fixed,
        authToken: ctx.token,
        ...(signal === undefined ? {} : { signal }),
      }),
    { catalog: true, cut: cutSearch },
  );
  return pages(at, limit);
}

/** The validated search: a query, its types, its market and its window. */
function searchOf(ctx: GraphQLContext, args: SearchArgs): Search {
  const q = args.query.trim();
  if (q === '') throw badInput('query must not be empty', 'query');
  const types = [...new Set(args.types.map((type) => type.toLowerCase() as SearchType))];
  if (types.length === 0) throw badInput('types must name at least one type', 'types');
  const market = checkMarket(args.market);
  const { offset, first } = searchWindow(args);
  return { ctx, q, types, market, includeExternal: args.includeExternal === true, offset, first };
}

/** Further pages: one call per page for the types that still have results there, in offset order. */
async function furtherPages(s: Search, head: SearchResults, headLimit: number, size: number) {
  const pages: { type: SearchType; at: number; items: unknown[]; next: string | null | undefined }[] = [];
  const later: Promise<void>[] = [];
  for (let at = s.offset + headLimit; at < s.offset + s.first; at += size) {
    const limit = Math.min(size, s.offset + s.first - at);
    const only = s.types.filter((type) => {
      const page = pageOf(head, type);
      return page !== undefined && page.items.length === headLimit && page.total > at;
    });
    if (only.length === 0) break;
    later.push(
      searchPage(s, only, at, limit).then((answer) => {
        for (const type of only) {
          const page = pageOf(answer, type);
          pages.push({ type, at, items: page?.items ?? [], next: page?.next });
        }
      }),
    );
  }
  await Promise.all(later);
  // Answers arrive in any order: put each type's pages back in offset order.
  return pages.sort((a, b) => a.at - b.at);
}

/**
 * One type's connection over the items gathered from `offset` on; `last` is the last page read for
 * the type: its item count and Spotify's `next` (see hasNextPage).
 */
function typeConnection(
  s: Search,
  all: unknown[],
  total: number | null | undefined,
  last: { items: number; next: string | null | undefined } | undefined,
): Connection<unknown> {
  const connection = connectionOf(all.slice(0, s.first), s.offset, total, {
    beyond: all.length > s.first,
    ...(last === undefined ? {} : { lastRead: last.items, next: last.next }),
  });
  // Spotify may hide an item (null in its page): it leaves a gap in the cursors, not a null node.
  const edges = connection.edges.filter((edge) => edge.node !== null && edge.node !== undefined);
  // Spotify refuses pages beyond its search window: never promise one there.
  const pageInfo = {
    ...connection.pageInfo,
    hasNextPage: connection.pageInfo.hasNextPage && s.offset + all.length < SEARCH_WINDOW,
  };
  return { ...connection, pageInfo, edges, nodes: edges.map((edge) => edge.node) };
}

/**
 * `search`: all types from one Spotify call per page; `first` beyond a page fetches the further pages
 * at once (only for the types that still have results there).
 */
export async function search(ctx: GraphQLContext, args: SearchArgs): Promise<SearchConnections> {
  const s = searchOf(ctx, args);
  const size = pageSize(ctx);
  if (args.itemsSelected === false) {
    // Only totals and page info: one call with the smallest page carries them for every type.
    const head = await searchPage(s, s.types, s.offset, 1);
    const counted: SearchConnections = {};
    for (const type of s.types) {
      const page = pageOf(head, type) ?? { items: [], total: 0, next: null };
      const connection = countedConnection(s.offset, s.first, page);
      // Spotify refuses pages beyond its search window: never promise one there.
      const end = s.offset + Math.min(s.first, Math.max(0, page.total - s.offset));
      counted[type] = {
        ...connection,
        pageInfo: {
          ...connection.pageInfo,
          hasNextPage: connection.pageInfo.hasNextPage && end < SEARCH_WINDOW,
        },
      };
    }
    return counted;
  }
  // One call for the first page of every type; only `first: 0` still needs it (for the totals).
  const headLimit = Math.max(1, Math.min(s.first, size));
  const head = await searchPage(s, s.types, s.offset, headLimit);
  const items = new Map<SearchType, unknown[]>(
    s.types.map((type) => [type, [...(pageOf(head, type)?.items ?? [])]]),
  );
  const last = new Map<SearchType, { items: number; next: string | null | undefined }>();
  for (const type of s.types) {
    const page = pageOf(head, type);
    if (page) last.set(type, { items: page.items.length, next: page.next });
  }
  for (const page of await furtherPages(s, head, headLimit, size)) {
    items.get(page.type)?.push(...page.items);
    last.set(page.type, { items: page.items.length, next: page.next });
  }
  const results: SearchConnections = {};
  for (const type of s.types) {
    results[type] = typeConnection(s, items.get(type) ?? [], pageOf(head, type)?.total, last.get(type));
  }
  return results;
}

/** The `search` field: `search` with whether `info`'s selection asks for any items (see withSelection). */
export const searchField = (
  ctx: GraphQLContext,
  args: Omit<SearchArgs, 'itemsSelected'>,
  info: SelectionInfo,
): Promise<SearchConnections> => search(ctx, withSelection(args, info));
