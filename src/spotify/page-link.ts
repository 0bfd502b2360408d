/**
 * Page links (a page's `href`, `next`, `previous`) read once: the client's check of a link before it
 * follows it (pageLinkFault) and the paging walk's reading of the same link (its host, list, limit:
 * paging.ts) share one reading of each link (readPageLink, kept for the last few links).
 */
import { isMarket } from './markets.js';

/** What a page link says: its origin (scheme, host, port), its path and its query parameters. */
export interface PageLink {
  readonly origin: string;
  readonly path: string;
  /** The query parameters, in order; a parameter sent twice is there twice. */
  readonly params: readonly (readonly [string, string])[];
  /** The first value of the query parameter `name`, or null when the link has none. */
  get(name: string): string | null;
}

/** How many links are kept read: a walk reads a link a few times, between one page and the next. */
const KEPT = 16;
const read = new Map<string, PageLink | undefined>();

/** `link` read as a URL, or undefined when it is no absolute URL. */
function parse(link: string): PageLink | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const params = Object.freeze([...url.searchParams].map((pair) => Object.freeze(pair)));
  return Object.freeze({
    origin: url.origin,
    path: url.pathname,
    params,
    get: (name: string) => params.find(([key]) => key === name)?.[1] ?? null,
  });
}

/**
 * `link` read (origin, path, query), or undefined when it is no absolute URL. The last KEPT links
 * read are kept, so that the client and the paging walk read a link once between them.
 */
export function readPageLink(link: string): PageLink | undefined {
  if (read.has(link)) return read.get(link);
  const parsed = parse(link);
  if (read.size >= KEPT) read.delete(read.keys().next().value as string);
  read.set(link, parsed);
  return parsed;
}

/** The parameters pageLinkFault checks; each must be sent at most once. */
const CHECKED_PARAMS = ['limit', 'offset', 'market'];

/**
 * `asks limit 2 times` when a checked parameter is sent more than once, else undefined: a server may
 * read either value, so a check of the first one alone let `limit=50&limit=0` through (attack 5, F3).
 */
function repeatedParam(query: PageLink): string | undefined {
  for (const name of CHECKED_PARAMS) {
    const count = query.params.filter(([key]) => key === name).length;
    if (count > 1) return `asks ${name} ${count} times`;
  }
  return undefined;
}

/**
 * What makes a Web API page link (a page's `next`/`previous`, already inside the API: webApiLink)
 * one Spotify would refuse, or undefined when nothing does: a `limit` that is not a whole number from
 * 1 to 100 (Spotify's reference caps page limits at 50, a few at 100; 0 never moves on), an `offset`
 * that is not a whole number of 0 or more, a `market` that is no market (isMarket), any of the three
 * sent twice (repeatedParam). Such a link is Spotify's bad answer, refused before sending it (s37
 * attack, finding 6). A link that is no URL is 'is no link'.
 */
export function pageLinkFault(link: string): string | undefined {
  const query = readPageLink(link);
  if (query === undefined) return 'is no link';
  const repeated = repeatedParam(query);
  if (repeated !== undefined) return repeated;
  const whole = (name: string, min: number, max: number): string | undefined => {
    const value = query.get(name);
    if (value === null) return undefined;
    const number = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
    return number >= min && number <= max ? undefined : `asks ${name}=${value.slice(0, 20)}`;
  };
  const market = query.get('market');
  if (market !== null && !isMarket(market)) return `asks market=${market.slice(0, 20)}`;
  return whole('limit', 1, 100) ?? whole('offset', 0, Number.MAX_SAFE_INTEGER);
}
