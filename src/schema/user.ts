import { isSpotifyType } from '../resolvers/unmodelled.js';
import {
  userById,
  userDisplayName,
  userFollowerCount,
  userImages,
  userPlaylists,
} from '../resolvers/users.js';
import { builder } from './builder.js';
import { connectionArgs, connectionType, DEVELOPMENT_NULL, ImageRef, WITHHELD_PLAYLISTS } from './common.js';
import { idArg } from './id-args.js';
import { DEVELOPMENT_MODE_REASON, NodeRef } from './node.js';
import { PlaylistRef, UserRef } from './refs.js';

const PlaylistConnection = connectionType('Playlist', PlaylistRef, WITHHELD_PLAYLISTS);

UserRef.implement({
  description: 'A Spotify user.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('user'),
  fields: (t) => ({
    displayName: t.string({
      nullable: true,
      resolve: (user, _a, ctx) => userDisplayName(ctx, user),
    }),
    images: t.field({
      nullable: { list: true, items: true },
      type: [ImageRef],
      description:
        'Profile pictures (from the full profile, which Development Mode apps only get for the user themselves).',
      resolve: (user, _a, ctx) => userImages(ctx, user),
    }),
    followerCount: t.int({
      nullable: true,
      description: `Followers of the user (from the full profile). ${DEVELOPMENT_NULL}`,
      resolve: (user, _a, ctx) => userFollowerCount(ctx, user),
    }),
    playlists: t.field({
      nullable: true,
      type: PlaylistConnection,
      description: "The user's public playlists.",
      deprecationReason: DEVELOPMENT_MODE_REASON,
      args: connectionArgs,
      resolve: (user, args, ctx, info) => userPlaylists(ctx, user, args, info),
    }),
  }),
});

builder.queryFields((t) => ({
  user: t.field({
    type: UserRef,
    nullable: true,
    description: "A user's public profile by user id (user name), URI or share link.",
    deprecationReason: DEVELOPMENT_MODE_REASON,
    args: { id: t.arg.id({ required: true, description: idArg('user') }) },
    resolve: (_root, args, ctx, info) => userById(ctx, args, info),
  }),
}));
