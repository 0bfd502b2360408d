import type { Connection } from '../resolvers/paging.js';
import { offsetConnection } from '../resolvers/paging.js';
import type { SimplifiedAlbum, SimplifiedPlaylist } from '../spotify/endpoints/objects.js';
import { AlbumConnection } from './album.js';
import { builder } from './builder.js';
import { checkLocale, PlaylistConnection } from './category.js';
import { connectionArgs } from './common.js';
import { DEVELOPMENT_MODE_REASON } from './node.js';

interface FeaturedPlaylists {
  message: string | null;
  playlists: Connection<SimplifiedPlaylist>;
}

const FeaturedPlaylistsRef = builder.objectRef<FeaturedPlaylists>('FeaturedPlaylists').implement({
  description: "Spotify's editorial picks, with the message it shows above them.",
  fields: (t) => ({
    message: t.string({ nullable: true, resolve: (featured) => featured.message }),
    playlists: t.field({ type: PlaylistConnection, resolve: (featured) => featured.playlists }),
  }),
});

// Deprecated fields are nullable: failing in Development Mode, they leave the rest of the response intact.
builder.queryFields((t) => ({
  featuredPlaylists: t.field({
    type: FeaturedPlaylistsRef,
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: "Spotify's featured playlists, the message in `locale`.",
    args: { ...connectionArgs, locale: t.arg.string({ required: false }) },
    resolve: async (_root, args, ctx) => {
      const locale = checkLocale(args.locale);
      let message: string | null = null;
      const playlists = await offsetConnection<SimplifiedPlaylist>(args, 50, async (offset, limit) => {
        const answer = await ctx.api.browse.featuredPlaylists({
          offset,
          limit,
          ...(locale === undefined ? {} : { locale }),
          authToken: ctx.token,
        });
        message ??= answer.message ?? null;
        return answer.playlists;
      });
      return { message, playlists };
    },
  }),
  newReleases: t.field({
    type: AlbumConnection,
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'New album releases featured on Spotify, newest first.',
    args: connectionArgs,
    resolve: (_root, args, ctx) =>
      offsetConnection<SimplifiedAlbum>(args, 50, (offset, limit) =>
        ctx.api.browse.newReleases({ offset, limit, authToken: ctx.token }),
      ),
  }),
}));
