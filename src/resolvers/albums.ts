import type { GraphQLError } from 'graphql';
import type {
  Album,
  SimplifiedAlbum,
  SimplifiedArtist,
  SimplifiedTrack,
} from '../spotify/endpoints/objects.js';
import { externalIdOf, presentList } from './bad-values.js';
import { fullAlbum, popularityOf, unlessRemovedInDevelopment } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { embeddedChildren } from './embedded-children.js';
import type { Connection, ConnectionArgs } from './paging.js';
import { type SelectionInfo, withSelection } from './selection.js';
import { nestedEntry } from './unmodelled.js';

/**
 * An album's artists (the nested album's own list, or the full album's), one entry per artist Spotify
 * lists: one without a usable id is its entry's SPOTIFY_UNSUPPORTED_ITEM error (no Node without an id).
 */
export async function albumArtists(
  ctx: GraphQLContext,
  album: SimplifiedAlbum | Album,
): Promise<(SimplifiedArtist | GraphQLError)[]> {
  // A null or missing list is Spotify's bad value, never an empty list.
  const own =
    'artists' in album && album.artists !== undefined ? album.artists : (await fullAlbum(ctx, album)).artists;
  return presentList(own, 'Album.artists').map((artist) => nestedEntry('artist', artist, 'Album.artists'));
}

/**
 * An album's tracks: its embedded first page, then pages of 50 (see embeddedChildren); only the total
 * when `info`'s selection asks for no items (see withSelection).
 */
export const albumTracks = (
  ctx: GraphQLContext,
  album: SimplifiedAlbum | Album,
  args: ConnectionArgs & { market?: string | null | undefined },
  info: SelectionInfo,
): Promise<Connection<SimplifiedTrack>> => embeddedChildren(ctx, 'album', album, withSelection(args, info));

/** The album's label (full album only; never read again in Development Mode); null when Spotify sent none. */
export async function albumLabel(
  ctx: GraphQLContext,
  album: SimplifiedAlbum | Album,
): Promise<string | null> {
  return (await unlessRemovedInDevelopment(fullAlbum)(ctx, album)).label ?? null;
}

/** The album's popularity, 0 to 100 (full album only); null when Spotify sent none. */
export const albumPopularity = popularityOf(fullAlbum);

/** The album's genres (full album only); a missing list is `Album.genres`' error. */
export async function albumGenres(ctx: GraphQLContext, album: SimplifiedAlbum | Album): Promise<string[]> {
  return presentList((await fullAlbum(ctx, album)).genres, 'Album.genres');
}

/** The album's copyrights (full album only); a missing list is `Album.copyrights`' error. */
export async function albumCopyrights(
  ctx: GraphQLContext,
  album: SimplifiedAlbum | Album,
): Promise<Album['copyrights']> {
  return presentList((await fullAlbum(ctx, album)).copyrights, 'Album.copyrights');
}

/** The album's UPC (full album's `external_ids`); null when Spotify sent none. */
export async function albumUpc(ctx: GraphQLContext, album: SimplifiedAlbum | Album): Promise<string | null> {
  return externalIdOf((await fullAlbum(ctx, album)).external_ids, 'upc', 'Album.upc');
}
