import type {
  Album,
  SimplifiedAlbum,
  SimplifiedArtist,
  SimplifiedTrack,
} from '../spotify/endpoints/objects.js';
import { fullAlbum } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { embeddedChildren } from './embedded-children.js';
import type { Connection, ConnectionArgs } from './paging.js';
import { isUsableId } from './unmodelled.js';

/** An album's artists: the nested album's own list, or the full album's. */
export async function albumArtists(
  ctx: GraphQLContext,
  album: SimplifiedAlbum | Album,
): Promise<SimplifiedArtist[]> {
  const artists =
    'artists' in album && album.artists ? album.artists : ((await fullAlbum(ctx, album)).artists ?? []);
  // An artist Spotify sent without an id (as for a local file) is no Node: it is left out, as for tracks.
  return artists.filter((artist) => isUsableId('artist', artist.id));
}

/** An album's tracks: its embedded first page, then pages of 50 (see embeddedChildren). */
export const albumTracks = (
  ctx: GraphQLContext,
  album: SimplifiedAlbum | Album,
  args: ConnectionArgs & { market?: string | null | undefined },
): Promise<Connection<SimplifiedTrack>> => embeddedChildren(ctx, 'album', album, args);
