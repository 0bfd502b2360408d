import { endpoints } from '../spotify/endpoints/table.js';
import { SEARCH_WINDOW as SPOTIFY_SEARCH_WINDOW } from '../spotify/paging.js';
import { badInput } from './errors.js';
import { type ConnectionArgs, window } from './paging.js';

/**
 * Spotify's search reaches results 0 to 999 of each type, no further (offset + limit at most 1000):
 * the client's SEARCH_WINDOW, which `client.iterate()` reads on within too.
 */
export const SEARCH_WINDOW = SPOTIFY_SEARCH_WINDOW;

/**
 * Results per search page in Development Mode: the `limit` maximum of Spotify's search endpoint there
 * (the endpoint table, 10); an Extended Quota app's pages hold up to 50 (see SpotifyApiClient.pageLimit).
 * Cost estimates count with this page unless the app is known to be Extended (call-rules.ts extendedPage).
 */
export const SEARCH_PAGE = endpoints.search.params.find((param) => param.name === 'limit')?.max ?? 10;

/**
 * The window a search's connection arguments ask for, inside Spotify's search window: a `first` that
 * reaches past result 999 is cut to what is left (the last page of a Relay "load more" is shorter). An
 * `after` of the window's last result (999) leads to its end (offset SEARCH_WINDOW, `first` 0): the
 * search answers an empty page with no next one there, without a call (listEnd), as every connection
 * does after its last item. An `offset` at or past the window's end, or an `after` past it, is refused
 * (BAD_USER_INPUT naming the argument given), as Spotify would refuse it.
 */
export function searchWindow(args: ConnectionArgs): { offset: number; first: number } {
  const { offset, first } = window(args);
  const fromAfter = args.after !== null && args.after !== undefined;
  if (fromAfter && offset === SEARCH_WINDOW) return { offset, first: 0 };
  if (offset >= SEARCH_WINDOW) {
    // Named for the argument the caller gave: `after` (a cursor) or `offset`.
    if (fromAfter) {
      throw badInput(
        `Spotify's search reaches ${SEARCH_WINDOW} results: after leads past the last of them`,
        'after',
      );
    }
    throw badInput(
      `Spotify's search reaches ${SEARCH_WINDOW} results: offset must be below ${SEARCH_WINDOW}, got ${offset}`,
      'offset',
    );
  }
  return { offset, first: Math.min(first, SEARCH_WINDOW - offset) };
}
