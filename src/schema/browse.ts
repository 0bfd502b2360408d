import { carriedValue } from '../resolvers/bad-values.js';
import { type FeaturedPlaylists, featuredPlaylists, newReleases } from '../resolvers/browse.js';
import { AlbumConnection } from './album.js';
import { builder } from './builder.js';
import { PlaylistConnection } from './category.js';
import { connectionArgs } from './common.js';
import { DEVELOPMENT_MODE_REASON } from './node.js';

const FeaturedPlaylistsRef = builder.objectRef<FeaturedPlaylists>('FeaturedPlaylists').implement({
  description: "Spotify's editorial picks, with the message it shows above them.",
  fields: (t) => ({
    message: t.string({ nullable: true, resolve: (featured) => featured.message }),
    // Nullable: a bad playlists page is this field's error, and Spotify's message still answers.
    playlists: t.field({
      type: PlaylistConnection,
      nullable: true,
      resolve: (featured) => carriedValue(featured.playlists),
    }),
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
    resolve: (_root, args, ctx, info) => featuredPlaylists(ctx, args, info),
  }),
  newReleases: t.field({
    type: AlbumConnection,
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'New album releases featured on Spotify, newest first.',
    args: connectionArgs,
    resolve: (_root, args, ctx, info) => newReleases(ctx, args, info),
  }),
}));
