/**
 * One page of a list answering a smaller one it covers: `a: albums(first: 5)` holds the items that
 * `b: albums(first: 2, offset: 1)` asks for, so `b` needs no call of its own. Pages are Spotify's
 * offset paging objects (items, total, next, href ...), read here only as far as cutting needs.
 */

/** The items a page asked for: from `offset`, `limit` of them. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/** Whether the page asked as `page` covers the items `offset` to `offset + limit` (by what it asked for). */
export function covers(page: PageWindow, offset: number, limit: number): boolean {
  return page.offset <= offset && offset + limit <= page.offset + page.limit;
}

/** Spotify's `next` for the items after a cut: its `href` with the cut's end as offset, if it is a URL. */
function nextAfter(href: unknown, offset: number, limit: number): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href);
    url.searchParams.set('offset', String(offset + limit));
    url.searchParams.set('limit', String(limit));
    return url.toString();
  } catch {
    return undefined;
  }
}

/**
 * The part of `page` (Spotify's answer for the items from `pageOffset`) from `offset`, `limit` items, as
 * Spotify would answer it: its items, `offset`, `limit`, and a `next` that says whether more follow
 * (undefined, so the total speaks, when the page gives no way to say it). Undefined when the answer does
 * not hold them: a page shorter than asked that does not end the list (its `next` is a URL, or absent
 * while its total counts more). A page whose items are not a list is answered as it is: the connection
 * that reads it fails on it (readablePage), as on the page itself.
 */
export function cutPage(page: unknown, pageOffset: number, offset: number, limit: number): unknown {
  if (typeof page !== 'object' || page === null) return page;
  const full = page as { items?: unknown; next?: unknown; total?: unknown; href?: unknown };
  const items = full.items;
  if (!Array.isArray(items)) return page;
  const start = offset - pageOffset;
  const end = start + limit;
  if (end > items.length) {
    const ends =
      full.next === null ||
      (full.next === undefined && typeof full.total === 'number' && pageOffset + items.length >= full.total);
    if (!ends) return undefined;
  }
  if (start === 0 && end >= items.length) return { ...full, offset, limit };
  const more = end < items.length;
  const next = more
    ? (nextAfter(full.href, offset, limit) ?? (typeof full.next === 'string' ? full.next : undefined))
    : full.next;
  return { ...full, items: items.slice(start, end), offset, limit, next };
}
