/**
 * The market a parent object was read in, for its lists' later pages. `playlist(id:, market: "JP")`
 * embeds the first page of its items as Spotify answered it in JP; the pages after it must be asked in
 * JP too, or one list mixes two markets (relinking and `isPlayable` right for the first page only,
 * v12 attack on issue 7, N9). Kept beside the object (never on it: catalog objects are shared as
 * Spotify sent them); an object kept under a market in the catalog cache is only ever that market's.
 */

const markets = new WeakMap<object, string>();

/** `object` (Spotify's answer read in `market`), noted as read in it; undefined market notes nothing. */
export function readIn<T>(object: T, market: string | undefined): T {
  if (market !== undefined && typeof object === 'object' && object !== null) markets.set(object, market);
  return object;
}

/** The market `parent` was read in (readIn), undefined when none was asked. */
export function marketOf(parent: unknown): string | undefined {
  return typeof parent === 'object' && parent !== null ? markets.get(parent) : undefined;
}

/**
 * The market of a parent's list: the list's own `market` argument when given, else the one the parent
 * was read in. `own` is already checked (checkMarket).
 */
export const listMarket = (own: string | undefined, parent: unknown): string | undefined =>
  own ?? marketOf(parent);
