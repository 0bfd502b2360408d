/**
 * The market an object was read in, for the reads that start from it. `playlist(id:, market: "JP")`
 * embeds the first page of its items as Spotify answered it in JP; the pages after it must be asked in
 * JP too, or one list mixes two markets (relinking and `isPlayable` right for the first page only,
 * v12 attack on issue 7, N9). The same holds for every object nested in such an answer: the album of a
 * track read in JP, an episode's show, a playlist's track's album. Their further fields (a full album
 * for its tracks, a show's episodes) are read in JP too, never without a market (N9, nested objects).
 * Kept beside the objects (never on them: catalog objects are shared as Spotify sent them); an object
 * kept under a market in the catalog cache is only ever that market's, and every object of one answer
 * is that answer's market's.
 */

const markets = new WeakMap<object, string>();

/**
 * Notes `value` (an object or list of Spotify's answer), and every object nested in it, as read in
 * `market`. An object already noted in `market` is not walked again: its nested objects were noted
 * with it (a kept answer served again costs one look-up).
 */
function note(value: unknown, market: string): void {
  // A batch's failed entry (an error) is no object of Spotify's.
  if (typeof value !== 'object' || value === null || value instanceof Error) return;
  if (Array.isArray(value)) {
    for (const entry of value) note(entry, market);
    return;
  }
  if (markets.get(value) === market) return;
  markets.set(value, market);
  for (const key in value) {
    const nested = (value as Record<string, unknown>)[key];
    if (typeof nested === 'object' && nested !== null) note(nested, market);
  }
}

/**
 * `object` (Spotify's answer read in `market`), noted as read in it with every object nested in it;
 * an undefined market notes nothing. Answers `object`.
 */
export function readIn<T>(object: T, market: string | undefined): T {
  if (market !== undefined) note(object, market);
  return object;
}

/** The market `object` was read in (readIn: it or an answer holding it), undefined when none was asked. */
export function marketOf(object: unknown): string | undefined {
  return typeof object === 'object' && object !== null ? markets.get(object) : undefined;
}

/**
 * The market of a parent's list: the list's own `market` argument when given, else the one the parent
 * was read in. `own` is already checked (checkMarket).
 */
export const listMarket = (own: string | undefined, parent: unknown): string | undefined =>
  own ?? marketOf(parent);
