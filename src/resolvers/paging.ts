import type { CursorPage, Page } from '../spotify/paging.js';
import { badInput } from './errors.js';
import { adopt } from './parents.js';

/** Spotify's offset paging object, as far as the connections read it (the client's `Page`). */
export type OffsetPage<T> = Pick<Page<T>, 'items' | 'total' | 'next'> &
  Partial<Pick<Page<T>, 'offset' | 'limit'>>;

/** Spotify's cursor paging object (followed artists, recently played), as far as the connections read it. */
export type CursorPageLike<T> = Pick<CursorPage<T>, 'items'> & {
  total?: number | undefined;
  /** Spotify leaves it out on the last page of some lists. */
  next?: string | null | undefined;
  cursors?: CursorPage<T>['cursors'] | undefined;
};

/** Fetches the page of `limit` items from `offset`. */
export type PageFetcher<T> = (offset: number, limit: number) => Promise<OffsetPage<T>>;

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

export interface ConnectionArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
  /**
   * Whether the query selects the items (`edges` or `nodes`; src/resolvers/selection.ts). False:
   * only the total and page info are wanted, and one page with the smallest `limit` carries them.
   * Absent: the items are fetched.
   */
  itemsSelected?: boolean | undefined;
}

/** Most items one connection may ask for, whatever the page size: bounds the fan-out of pages. */
export const MAX_FIRST = 500;
export const DEFAULT_FIRST = 20;
/** The furthest item a connection reaches by `offset` or `after`. */
export const MAX_OFFSET = 100_000;

const encodeOffset = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeOffset(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^offset:(\d{1,7})$/.exec(decoded);
  if (!match) throw badInput('after is not a cursor of this connection', 'after');
  return Number(match[1]);
}

/** The window a connection's arguments ask for, validated. */
export function window(args: ConnectionArgs, maxFirst = MAX_FIRST): { offset: number; first: number } {
  const first = args.first ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 0 || first > maxFirst) {
    throw badInput(`first must be between 0 and ${maxFirst}, got ${first}`, 'first');
  }
  if (args.after !== null && args.after !== undefined && args.offset !== null && args.offset !== undefined) {
    throw badInput('Give either after or offset, not both', 'offset');
  }
  let offset = args.offset ?? 0;
  const fromAfter = args.after !== null && args.after !== undefined;
  if (fromAfter) offset = decodeOffset(args.after as string) + 1;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    // The error names the argument the caller gave: a cursor leads past the end as well as an offset.
    if (fromAfter)
      throw badInput(`after leads past item ${MAX_OFFSET}, the furthest a list reaches`, 'after');
    throw badInput(`offset must be between 0 and ${MAX_OFFSET}, got ${offset}`, 'offset');
  }
  return { offset, first };
}

/**
 * A Relay connection over an offset-paged Spotify list. A `first` above Spotify's page size becomes
 * several page requests sent at once (the first decides the total; the rest are only those needed).
 */
export async function offsetConnection<T>(
  args: ConnectionArgs,
  pageSize: number,
  fetchPage: PageFetcher<T>,
  maxFirst = MAX_FIRST,
): Promise<Connection<T>> {
  const { offset, first } = window(args, maxFirst);
  if (first === 0 || args.itemsSelected === false) {
    // Only the total (and page info): the smallest page carries it, whatever `first` says.
    const page = await fetchPage(offset, 1);
    return first === 0 ? connectionOf([], offset, page.total) : countedConnection(offset, first, page);
  }
  const firstLimit = Math.min(first, pageSize);
  const head = await fetchPage(offset, firstLimit);
  const items = [...head.items];
  const wanted = Math.min(first, Math.max(0, head.total - offset));
  if (items.length < wanted && head.items.length === firstLimit) {
    const requests: Promise<OffsetPage<T>>[] = [];
    for (let at = offset + firstLimit; at < offset + wanted; at += pageSize) {
      requests.push(fetchPage(at, Math.min(pageSize, offset + wanted - at)));
    }
    for (const page of await Promise.all(requests)) items.push(...page.items);
  }
  // Fewer items than the total promised: the list ended there, whatever `total` and `next` still say.
  const ended = items.length < wanted;
  return connectionOf(items.slice(0, first), offset, head.total, ended);
}

/**
 * A connection whose items were not selected, from the one-item page at `offset`: the page info the
 * items would have given, reckoned from Spotify's total (a window that starts empty has no items and
 * no next page), without fetching them.
 */
export function countedConnection(
  offset: number,
  first: number,
  page: OffsetPage<unknown>,
): Connection<never> {
  const count = page.items.length === 0 ? 0 : Math.min(first, Math.max(1, page.total - offset));
  return {
    edges: [],
    nodes: [],
    pageInfo: {
      hasNextPage: count > 0 && offset + count < page.total,
      hasPreviousPage: offset > 0,
      startCursor: count > 0 ? encodeOffset(offset) : null,
      endCursor: count > 0 ? encodeOffset(offset + count - 1) : null,
    },
    totalCount: page.total,
  };
}

/**
 * A connection over items that start at `offset` of a list of `total`; `ended` says the list was seen
 * to end with these items (a short or empty page), so no next page is promised.
 */
export function connectionOf<T>(items: T[], offset: number, total: number, ended = false): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeOffset(offset + i), node }));
  return {
    edges,
    nodes: items,
    pageInfo: {
      // An empty page has no next one, whatever the total says (Spotify's can disagree with its items).
      hasNextPage: !ended && items.length > 0 && offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

/**
 * Pages from the first page a parent object embeds (a full album's tracks, a full playlist's items) where
 * it covers them, without a call; from `fetchPage` beyond it.
 */
export function embeddedPages<T>(
  embedded: OffsetPage<T> | undefined,
  fetchPage: PageFetcher<T>,
): PageFetcher<T> {
  if (!embedded) return fetchPage;
  const from = embedded.offset ?? 0;
  const end = from + embedded.items.length;
  return (offset, limit) => {
    if (offset >= from && (offset + limit <= end || end >= embedded.total)) {
      return Promise.resolve({
        ...embedded,
        items: embedded.items.slice(offset - from, offset - from + limit),
      });
    }
    return fetchPage(offset, limit);
  };
}

/**
 * A connection over a list whose first page the parent object may embed (a full album's tracks, a full
 * show's episodes): pages the embedded one covers cost no call. Items are adopted by `parent`.
 */
export async function embeddedConnection<T extends object>(
  args: ConnectionArgs,
  pageSize: number,
  embedded: OffsetPage<T> | undefined,
  fetchPage: PageFetcher<T>,
  parent: object,
): Promise<Connection<T>> {
  const connection = await offsetConnection<T>(args, pageSize, embeddedPages(embedded, fetchPage));
  adopt(connection.nodes, parent);
  return connection;
}

/**
 * The edges of a cursor page. A null entry (Spotify sends them) has no cursor of its own: it takes its
 * nearest neighbour's (the one before, else the one after, else `fallback`), so that continuing after
 * it neither skips nor repeats a real item more than the null itself.
 */
function cursorEdges<T>(items: readonly T[], cursorOf: (item: T) => string, fallback: string): Edge<T>[] {
  const own = items.map((item) => (item === null || item === undefined ? null : cursorOf(item)));
  const next = (i: number): string | null => own.slice(i).find((c) => c !== null) ?? null;
  let previous: string | null = null;
  return items.map((node, i) => {
    const cursor = own[i] ?? previous ?? next(i) ?? fallback;
    previous = cursor;
    return { cursor, node };
  });
}

/**
 * A Relay connection over a cursor-paged Spotify list: Spotify's `after` cursor is the connection's
 * cursor, so `after` passes straight through.
 */
export async function cursorConnection<T>(
  args: { first?: number | null | undefined; after?: string | null | undefined },
  pageSize: number,
  fetchPage: (after: string | undefined, limit: number) => Promise<CursorPageLike<T>>,
  cursorOf: (item: T) => string,
): Promise<Connection<T>> {
  const first = args.first ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 1 || first > pageSize) {
    throw badInput(`first must be between 1 and ${pageSize}, got ${first}`, 'first');
  }
  const page = await fetchPage(args.after ?? undefined, first);
  const edges = cursorEdges(page.items, cursorOf, args.after ?? '');
  // An empty page has no end to continue from, whatever cursor Spotify still sends.
  const endCursor = edges.length === 0 ? null : (page.cursors?.after ?? edges.at(-1)?.cursor ?? null);
  return {
    edges,
    nodes: page.items,
    pageInfo: {
      // A next page is promised only when there is a cursor to ask for it with and this page had items.
      hasNextPage: page.next !== null && page.next !== undefined && edges.length > 0 && endCursor !== null,
      hasPreviousPage: args.after !== null && args.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor,
    },
    totalCount: page.total ?? null,
  };
}
