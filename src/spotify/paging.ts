/** Spotify's two paging shapes, and walking them by their `next`/`previous` URLs. */

/** An offset-paged list (almost every list). */
export interface Page<T> {
  href: string;
  items: T[];
  limit: number;
  next: string | null;
  offset: number;
  previous: string | null;
  total: number;
}

/** A cursor-paged list (followed artists, recently played). */
export interface CursorPage<T> {
  href: string;
  items: T[];
  limit: number;
  next: string | null;
  cursors: { after?: string | null; before?: string | null } | null;
  total?: number;
}

/** What `next`, `previous` and `iterate` accept: a page-like object with items and links. */
export interface PageLike<T> {
  items: T[];
  next: string | null;
  previous?: string | null;
}

/** Fetches the JSON at a page URL with the caller's authentication. */
export type PageFetcher = (url: string) => Promise<unknown>;

function isPageLike(value: unknown): value is PageLike<unknown> {
  return typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items);
}

/**
 * The page inside an answer. Search and followed artists wrap their page (`{ tracks: {...} }`,
 * `{ artists: {...} }`), also when fetched through a `next` URL.
 */
export function unwrapPage<P>(body: unknown): P {
  if (isPageLike(body)) return body as P;
  if (typeof body === 'object' && body !== null) {
    const pages = Object.values(body).filter(isPageLike);
    if (pages.length === 1) return pages[0] as P;
  }
  throw new TypeError('The answer is not a page');
}

/** The next page, or null on the last one. */
export async function nextPage<P extends PageLike<unknown>>(page: P, fetch: PageFetcher): Promise<P | null> {
  if (!page.next) return null;
  return unwrapPage<P>(await fetch(page.next));
}

/** The previous page, or null on the first one (cursor pages have no previous link). */
export async function previousPage<P extends PageLike<unknown>>(
  page: P,
  fetch: PageFetcher,
): Promise<P | null> {
  if (!page.previous) return null;
  return unwrapPage<P>(await fetch(page.previous));
}

/** Every item from `page` on, fetching the following pages one at a time as the loop asks for them. */
export async function* iterateItems<T>(
  page: PageLike<T>,
  fetch: PageFetcher,
): AsyncGenerator<T, void, undefined> {
  let current: PageLike<T> | null = page;
  while (current) {
    yield* current.items;
    current = await nextPage(current, fetch);
  }
}
