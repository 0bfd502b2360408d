/**
 * Who a nested item belongs to when Spotify leaves it out: an album's tracks carry no album, a show's
 * episodes no show. The connection that lists them records the parent here, so asking for it costs no
 * call and no copy of every item. Weak keys: an entry lives as long as its item.
 */
const parents = new WeakMap<object, object>();

export function adopt(items: readonly object[], parent: object): void {
  for (const item of items) parents.set(item, parent);
}

export function parentOf<P extends object>(item: object): P | undefined {
  return parents.get(item) as P | undefined;
}
