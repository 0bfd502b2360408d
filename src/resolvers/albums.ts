import type { GraphQLError } from 'graphql';
import type {
  Album,
  SimplifiedAlbum,
  SimplifiedArtist,
  SimplifiedTrack,
} from '../spotify/endpoints/objects.js';
import { presentList } from './bad-values.js';
import { fullAlbum } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { embeddedChildren } from './embedded-children.js';
import type { Connection, ConnectionArgs } from './paging.js';
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

/** An album's tracks: its embedded first page, then pages of 50 (see embeddedChildren). */
export const albumTracks = (
  ctx: GraphQLContext,
  album: SimplifiedAlbum | Album,
  args: ConnectionArgs & { market?: string | null | undefined },
): Promise<Connection<SimplifiedTrack>> => embeddedChildren(ctx, 'album', album, args);
