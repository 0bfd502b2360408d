/**
 * Who a nested item belongs to when Spotify leaves it out: an album's tracks carry no album, a show's
 * episodes no show. The connection that lists them records the parent here, so asking for it costs no
 * call and no copy of every item. Weak keys: an entry lives as long as its item.
 */
const parents = new WeakMap<object, object>();

/**
 * Records `parent` as the owner of each item. A null entry (Spotify sends them in list pages) or any
 * other non-object has nothing to own: it is skipped, never used as a key.
 */
export function adopt(items: readonly unknown[], parent: object): void {
  for (const item of items) if (typeof item === 'object' && item !== null) parents.set(item, parent);
}

/** The parent `adopt` recorded for `item`; undefined for none (or for a value that is no object). */
export function parentOf<P extends object>(item: object | null | undefined): P | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  return parents.get(item) as P | undefined;
}
