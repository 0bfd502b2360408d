import type { GraphQLError } from 'graphql';
import type {
  Album,
  Page,
  SimplifiedAlbum,
  SimplifiedArtist,
  SimplifiedTrack,
} from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { fullAlbum, load } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { checkMarket } from './ids.js';
import { type Connection, type ConnectionArgs, embeddedConnection } from './paging.js';
import { keyedPages } from './request-loads.js';
import { nestedEntry, nestedIdOf } from './unmodelled.js';

/** Spotify's most tracks per page of an album. */
const TRACKS_PAGE = 50;

/**
 * An album's artists (the nested album's own list, or the full album's), one entry per artist Spotify
 * lists: one without a usable id is its entry's SPOTIFY_UNSUPPORTED_ITEM error (no Node without an id).
 */
export async function albumArtists(
  ctx: GraphQLContext,
  album: SimplifiedAlbum | Album,
): Promise<(SimplifiedArtist | GraphQLError)[]> {
  const artists =
    'artists' in album && album.artists ? album.artists : ((await fullAlbum(ctx, album)).artists ?? []);
  return artists.map((artist) => nestedEntry('artist', artist, 'Album.artists'));
}

/**
 * An album's tracks. The full album embeds its first page of tracks, and full albums load 20 per call
 * through the DataLoader: so the first 50 tracks of many albums cost one call per 20 albums, not one each.
 */
export async function albumTracks(
  ctx: GraphQLContext,
  album: SimplifiedAlbum | Album,
  args: ConnectionArgs & { market?: string | null | undefined },
): Promise<Connection<SimplifiedTrack>> {
  const albumId = nestedIdOf('album', album);
  const market = checkMarket(args.market);
  const full: Album =
    'tracks' in album && album.tracks !== undefined && market === undefined
      ? album
      : await load(ctx, 'album', albumId, market);
  const fetchPage = keyedPages(
    ctx,
    endpoints.getAnAlbumsTracks.id,
    { id: albumId, market },
    (offset, limit) =>
      ctx.client.request<Page<SimplifiedTrack>>(
        endpoints.getAnAlbumsTracks,
        ctx.opts({ id: albumId, offset, limit, market }),
      ),
    { catalog: true },
  );
  return embeddedConnection<SimplifiedTrack>(args, TRACKS_PAGE, full.tracks, fetchPage, full);
}
