import type { GraphQLError } from 'graphql';
import type {
  Artist,
  ArtistDiscographyAlbum,
  Image,
  Page,
  SimplifiedArtist,
  Track,
} from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { followerCountOf, presentEntries, presentList } from './bad-values.js';
import { fullArtist, popularityOf, unlessRemovedInDevelopment } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { checkEntryCount, checkMarket, MAX_ENUM_ENTRIES } from './ids.js';
import { type Connection, type ConnectionArgs, offsetConnection } from './paging.js';
import { listMarket } from './parent-markets.js';
import { keyedPages, loadKey, loadOnce } from './request-loads.js';
import { type SelectionInfo, withSelection } from './selection.js';
import { nestedIdOf } from './unmodelled.js';

/**
 * Items per page of an artist's albums in Development Mode (Spotify's `limit` maximum there, 10); an
 * Extended Quota app's pages hold up to 50 (see SpotifyApiClient.pageLimit). Cost estimates count with
 * this page unless the app is known to be Extended (call-rules.ts extendedPage).
 */
export const ALBUMS_PAGE = endpoints.getAnArtistsAlbums.params.find((p) => p.name === 'limit')?.max ?? 10;

export interface ArtistAlbumsArgs extends ConnectionArgs {
  includeGroups?: readonly string[] | null | undefined;
  market?: string | null | undefined;
}

/** Spotify's album groups, in the order its reference lists them (`include_groups` of get-an-artists-albums). */
const ALBUM_GROUPS = ['album', 'single', 'appears_on', 'compilation'];

/**
 * The `include_groups` to send for the schema's `includeGroups`: each group once, in one order (Spotify
 * answers a set, whatever order it is named in), and none for all four, since Spotify's reference says
 * "If not supplied, all album types will be returned": one key, one call, for one answer (v14 attack on
 * issue 11, F4). An empty list is sent as it was.
 */
function albumGroups(groups: readonly string[] | null | undefined): string[] | undefined {
  if (!groups) return undefined;
  checkEntryCount(groups, MAX_ENUM_ENTRIES, 'includeGroups');
  const named = new Set(groups.map((group) => group.toLowerCase()));
  const ordered = ALBUM_GROUPS.filter((group) => named.has(group));
  return ordered.length === ALBUM_GROUPS.length ? undefined : ordered;
}

/**
 * An artist's albums. Each page is loaded once per request (the same artist under many tracks asks for
 * the same page) and shared with concurrent anonymous requests. Only the total when `info`'s selection
 * asks for no items (see withSelection).
 */
export function artistAlbums(
  ctx: GraphQLContext,
  artist: { id: string },
  args: ArtistAlbumsArgs,
  info: SelectionInfo,
): Promise<Connection<ArtistDiscographyAlbum>> {
  const artistId = nestedIdOf('artist', artist);
  // The artist's market when the list names none (an artist of a track read in JP: parent-markets.ts).
  const market = listMarket(checkMarket(args.market), artist);
  const includeGroups = albumGroups(args.includeGroups);
  const fetchPage = keyedPages(
    ctx,
    endpoints.getAnArtistsAlbums.id,
    { id: artistId, market, includeGroups },
    (offset, limit, signal) =>
      ctx.client.request<Page<ArtistDiscographyAlbum>>(
        endpoints.getAnArtistsAlbums,
        ctx.opts({ id: artistId, offset, limit, market, includeGroups, signal }),
      ),
    { catalog: true },
  );
  const pageSize = ctx.client.pageLimit(endpoints.getAnArtistsAlbums) ?? ALBUMS_PAGE;
  return offsetConnection<ArtistDiscographyAlbum>(withSelection(args, info), pageSize, fetchPage);
}

/** An artist's top tracks in a market (Extended Quota apps only), once per request. */
export async function artistTopTracks(
  ctx: GraphQLContext,
  artist: { id: string },
  args: { market?: string | null | undefined },
): Promise<(Track | GraphQLError)[]> {
  const artistId = nestedIdOf('artist', artist);
  const market = listMarket(checkMarket(args.market), artist);
  const endpoint = endpoints.getAnArtistsTopTracks;
  const body = await loadOnce(
    ctx,
    loadKey(endpoint.id, { id: artistId, market }),
    (signal) => ctx.client.request<{ tracks: Track[] }>(endpoint, ctx.opts({ id: artistId, market, signal })),
    { catalog: true },
  );
  return presentEntries(body.tracks, 'Artist.topTracks');
}

/** Artists like this one (Extended Quota apps only), once per request. */
export async function relatedArtists(
  ctx: GraphQLContext,
  artist: { id: string },
): Promise<(Artist | GraphQLError)[]> {
  const artistId = nestedIdOf('artist', artist);
  const endpoint = endpoints.getAnArtistsRelatedArtists;
  const body = await loadOnce(
    ctx,
    loadKey(endpoint.id, { id: artistId }),
    (signal) => ctx.client.request<{ artists: Artist[] }>(endpoint, ctx.opts({ id: artistId, signal })),
    { catalog: true },
  );
  return presentEntries(body.artists, 'Artist.relatedArtists');
}

/** The artist's genres (full artist only); a missing list is `Artist.genres`' error. */
export async function artistGenres(
  ctx: GraphQLContext,
  artist: SimplifiedArtist | Artist,
): Promise<string[]> {
  return presentList((await fullArtist(ctx, artist)).genres, 'Artist.genres');
}

/** The artist's popularity, 0 to 100 (full artist only); null when Spotify sent none. */
export const artistPopularity = popularityOf(fullArtist);

/** The artist's follower count (full artist only; never read again in Development Mode); null when Spotify sent none. */
export async function artistFollowerCount(
  ctx: GraphQLContext,
  artist: SimplifiedArtist | Artist,
): Promise<number | null> {
  const { followers } = await unlessRemovedInDevelopment(fullArtist)(ctx, artist);
  return followerCountOf(followers, 'Artist.followerCount');
}

/** The artist's images (full artist only); a missing list is `Artist.images`' error. */
export async function artistImages(ctx: GraphQLContext, artist: SimplifiedArtist | Artist): Promise<Image[]> {
  return presentList((await fullArtist(ctx, artist)).images, 'Artist.images');
}
