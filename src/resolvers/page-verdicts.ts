/**
 * The repeat verdict on a page of a list that holds each item once (saved items, top items), as the
 * page is loaded in a request: one verdict per page, whatever window reads it. A window checking a
 * page only against the pages it read itself gave two answers over one page in one request: the
 * page at offset 50 repeating page 0's items was the cut for `a: savedTracks(first: 64)` (which read
 * page 0) and served for `b: savedTracks(offset: 50, first: 14)` (which did not). The page is judged
 * once, when it arrives, against the items before its offset of every page of its list the request
 * has loaded or in flight, and every reader of it (a part cut from it included) gets that verdict.
 * v13 attack on issue 7, P1 (N13's kind for N5's check).
 */
import type { GraphQLError } from 'graphql';
import { badValue } from './bad-values.js';
import { shortOfItsList } from './page-cuts.js';

/** The pages found repeating an item of their list, each with its error. */
const repeating = new WeakMap<object, GraphQLError>();

/** A page of a list loaded or in flight in the request: where it starts, and its answer. */
export interface EarlierPage {
  offset: number;
  /** The items it asked for: a page short of its list places none of them by position (shortOfItsList). */
  limit: number;
  page: Promise<unknown>;
}

/** The error of a page judged to repeat an item its list holds once (judgeRepeats), or undefined. */
export function repeatVerdict(page: unknown): GraphQLError | undefined {
  return typeof page === 'object' && page !== null ? repeating.get(page) : undefined;
}

/** Gives `part` (a part cut from `page`) the verdict of `page`: the same Spotify page, the same verdict. */
export function keepVerdict(page: unknown, part: unknown): void {
  const verdict = repeatVerdict(page);
  if (verdict && typeof part === 'object' && part !== null) repeating.set(part, verdict);
}

/** The items of `page` (a Spotify paging object), or undefined when it has no list of them. */
const itemsOf = (page: unknown): unknown[] | undefined => {
  const items: unknown =
    typeof page === 'object' && page !== null ? (page as { items?: unknown }).items : undefined;
  return Array.isArray(items) ? items : undefined;
};

/**
 * `page` (asked at `offset`) once judged: when it holds an item whose key (`distinct`; undefined for
 * an entry it cannot tell) an item before `offset` of one of the `earlier` pages has (awaited; a failed
 * one says nothing, and so does one short of its list, shortOfItsList, unless asked wholly before `offset`:
 * then every item it holds counts, positions aside), or one before it in the page itself, it is marked as repeating (repeatVerdict):
 * Spotify sent items again under later offsets, and the items asked for are unknown. A first page
 * (offset 0), or a page that is no paging object, is left alone. v12 attack on issue 7, N5.
 */
export async function judgeRepeats<P>(
  page: P,
  offset: number,
  earlier: readonly EarlierPage[],
  distinct: (item: unknown) => string | undefined,
): Promise<P> {
  const items = itemsOf(page);
  if (offset === 0 || items === undefined) return page;
  const seen = new Set<string>();
  const before = earlier.filter((known) => known.offset < offset);
  const answers = await Promise.allSettled(before.map((known) => known.page));
  for (const [i, settled] of answers.entries()) {
    const known = before[i];
    if (settled.status === 'rejected' || known === undefined) continue;
    // A page short of its list places its items by position for no one; asked wholly before `offset`,
    // all it holds is still before it, so its ids count as a set (v17 attack, G5).
    const short = shortOfItsList(settled.value, known.offset, known.limit);
    if (short && known.offset + known.limit > offset) continue;
    const from = known.offset;
    for (const item of itemsOf(settled.value)?.slice(0, offset - from) ?? []) {
      const key = distinct(item);
      if (key !== undefined) seen.add(key);
    }
  }
  for (const item of items) {
    const key = distinct(item);
    if (key === undefined) continue;
    if (seen.has(key)) {
      repeating.set(
        page as object,
        badValue("Spotify's answer has a later page repeating an item this list holds once"),
      );
      break;
    }
    seen.add(key);
  }
  return page;
}
