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

/** Items whose owner is known by id only: the owner's object is loaded when an item asks for it. */
const laterParents = new WeakMap<object, () => Promise<object>>();

/**
 * Records `loadParent` as the way to each item's owner, for a list read without its parent's object (a
 * page past the one the parent embeds: src/resolvers/embedded-children.ts). The owner is loaded only
 * when an item's field asks for it (through the request's loaders: once for all items), never before.
 */
export function adoptLater(items: readonly unknown[], loadParent: () => Promise<object>): void {
  for (const item of items) if (typeof item === 'object' && item !== null) laterParents.set(item, loadParent);
}

/** The owner adoptLater recorded for `item`, loaded now; undefined for none. Rejects as the owner's load does. */
export async function laterParentOf<P extends object>(
  item: object | null | undefined,
): Promise<P | undefined> {
  if (typeof item !== 'object' || item === null) return undefined;
  const loadParent = laterParents.get(item);
  return loadParent ? ((await loadParent()) as P) : undefined;
}

/** Parents made from an id alone (child-loads.ts), as opposed to objects Spotify sent. */
const idOnlyParents = new WeakSet<object>();

/**
 * `parent`, noted as a parent known by its id only: made from a root field's id argument to start its
 * children's loads early (src/resolvers/child-loads.ts), never Spotify's object. Answers `parent`.
 */
export function idOnly<T extends object>(parent: T): T {
  idOnlyParents.add(parent);
  return parent;
}

/**
 * Whether `parent` is known by its id only (idOnly): its children load its object when they need it. An
 * object Spotify sent is never one, whatever members it lacks (one without `name` is Spotify's bad value,
 * reported at `name`, not a reason to load it again).
 */
export const isIdOnly = (parent: object): boolean => idOnlyParents.has(parent);
