/**
 * Page sizes that differ by app mode (search and an artist's albums: `limit` up to 10 in Development
 * Mode, up to 50 for an Extended Quota app; ParamSpec.extendedMax), and what Spotify's answer to a page
 * larger than Development Mode's cap teaches auto mode.
 */
import type { EndpointSpec } from './endpoints/types.js';
import { SpotifyAPIError } from './errors.js';
import { countOf } from './paging.js';

/** An endpoint's `limit` bounds where they differ by mode: `max` for Development Mode, `extendedMax` else. */
export function modeLimits(endpoint: EndpointSpec): { max: number; extendedMax: number } | undefined {
  const param = endpoint.params.find((p) => p.name === 'limit');
  if (param?.max === undefined || param.extendedMax === undefined) return undefined;
  return { max: param.max, extendedMax: param.extendedMax };
}

/**
 * Whether `limit` is one only an Extended Quota app may ask of `endpoint` (above Development Mode's cap,
 * within the Extended one): an answer to it shows an Extended app, a refusal of it Development Mode.
 */
export function isExtendedLimit(endpoint: EndpointSpec, limit: unknown): limit is number {
  const limits = modeLimits(endpoint);
  return (
    limits !== undefined && typeof limit === 'number' && limit > limits.max && limit <= limits.extendedMax
  );
}

/**
 * Whether `error` is Spotify refusing an Extended-only `limit` (isExtendedLimit) as too large: a 400
 * whose message is "Invalid limit" (Spotify's words since February 2026 for a Development Mode app
 * asking search for more than 10, e.g. github.com/hrkfdn/ncspot/issues/1866 and
 * github.com/jamiew/spotify-mcp/pull/20; the emulator adds the bounds, "Invalid limit: must be between
 * 1 and 10"). An Extended Quota app is never refused such a limit (the February 2026 migration guide:
 * Extended apps are "not affected"), so only Development Mode explains it.
 */
export function isLimitRefusal(endpoint: EndpointSpec, error: unknown, limit: unknown): boolean {
  if (!(error instanceof SpotifyAPIError) || error.status !== 400) return false;
  if (!isExtendedLimit(endpoint, limit)) return false;
  const body = error.body;
  const message = body !== undefined && typeof body.error === 'object' ? body.error.message : error.message;
  return /^invalid limit\b/i.test(message.trim());
}

/** A page as Spotify sends it (offset paging): only the members merged here. */
interface PageShape {
  items: unknown[];
  limit?: unknown;
  next?: unknown;
  total?: unknown;
}

const isPage = (value: unknown): value is PageShape =>
  typeof value === 'object' && value !== null && Array.isArray((value as PageShape).items);

/**
 * The pages in an answer: the answer itself when it is one (an artist's albums), else its members that
 * are (search's `tracks`, `albums`, ...), by member name ('' for the answer itself).
 */
function pagesIn(body: unknown): Map<string, PageShape> {
  if (isPage(body)) return new Map([['', body]]);
  const pages = new Map<string, PageShape>();
  if (typeof body !== 'object' || body === null) return pages;
  for (const [name, value] of Object.entries(body)) if (isPage(value)) pages.set(name, value);
  return pages;
}

/**
 * How many items after the first piece's are worth asking for: up to `limit` in all, but no further
 * than the largest `total` the first piece's pages give (a list that ends sooner is not asked past its
 * end). Without a usable total on every page (countOf, the rule iterate and the server's usableTotal
 * follow: a whole number 0 or more that JSON numbers hold exactly; not -1, 1e20 or 12.5), all of
 * `limit`: a total that is no count says nothing of where the list ends (issue 7 item 7).
 */
export function piecesReach(first: unknown, offset: number, limit: number): number {
  const totals = [...pagesIn(first).values()].map((page) => countOf(page.total));
  if (totals.length === 0 || totals.some((t) => t === undefined)) return limit;
  return Math.max(0, Math.min(limit, Math.max(...(totals as number[])) - offset));
}

/**
 * One answer for a page of `limit` items asked as consecutive pieces (`pieces`, in offset order, the
 * first one's metadata kept): each page's items joined, its `limit` the one asked, its `next` the last
 * piece's (the link after the items joined).
 */
export function joinPieces<T>(pieces: readonly unknown[], limit: number): T {
  const [first, ...rest] = pieces;
  const joined = pagesIn(first);
  const answer: Record<string, unknown> = isPage(first) ? {} : { ...(first as object) };
  for (const [name, page] of joined) {
    const parts = [page, ...rest.map((piece) => pagesIn(piece).get(name)).filter(isPage)];
    const merged = {
      ...page,
      items: parts.flatMap((part) => part.items),
      limit,
      next: parts.at(-1)?.next ?? null,
    };
    if (name === '') return merged as T;
    answer[name] = merged;
  }
  return answer as T;
}
