import type { EndpointSpec } from '../spotify/endpoints/types.js';
import type { RequestOptions } from '../spotify/request-options.js';

/** SPOTIFY_DEFAULT_MARKET's default: the market app-token reads of podcasts and audiobooks are asked in. */
export const DEFAULT_MARKET = 'US';

/**
 * The routes whose items Spotify treats as unavailable when neither a market nor a user country is
 * given: with the app's own token and no `market`, it answers the by-id routes `404 "non existing id"`
 * and fills several-id answers with `null` (the reference's `market` parameter: "If neither market or
 * user country are provided, the content is considered unavailable for the client"; spotipy#552,
 * spotipy#912, zmb3/spotify#187).
 */
const PODCAST_READS: ReadonlySet<string> = new Set([
  'get-a-show',
  'get-multiple-shows',
  'get-a-shows-episodes',
  'get-an-episode',
  'get-multiple-episodes',
  'get-an-audiobook',
  'get-multiple-audiobooks',
  'get-audiobook-chapters',
  'get-a-chapter',
  'get-several-chapters',
]);

/** The search types Spotify answers with `null` items to the app's token without a market (web-api#1589). */
const PODCAST_TYPES: ReadonlySet<string> = new Set(['show', 'episode', 'audiobook']);

/** Whether a search for `types` (Spotify's lower-case names) holds a type that needs a market (PODCAST_TYPES). */
export const searchNeedsMarket = (types: readonly string[]): boolean =>
  types.some((type) => PODCAST_TYPES.has(type));

/**
 * `options` for a call made with the app's own token (no user, so no user country): `market` set to
 * `market` (SPOTIFY_DEFAULT_MARKET) when the call reads shows, episodes, audiobooks or chapters (or
 * searches for them) and names no market. Other calls, and calls that name one, are answered as given.
 */
export function withAppMarket(
  endpoint: EndpointSpec,
  options: RequestOptions | undefined,
  market: string,
): RequestOptions | undefined {
  if (options?.market !== undefined) return options;
  const needs =
    PODCAST_READS.has(endpoint.id) ||
    (endpoint.id === 'search' && Array.isArray(options?.type) && searchNeedsMarket(options.type as string[]));
  return needs ? { ...options, market } : options;
}
