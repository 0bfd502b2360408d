import type { GraphQLContext } from '../resolvers/context.js';
import { idOf } from '../resolvers/ids.js';
import { offsetConnection } from '../resolvers/paging.js';
import { userProfile } from '../resolvers/users.js';
import type { PlaylistUser, SimplifiedPlaylist } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import { connectionArgs, connectionType, ImageRef } from './common.js';
import { DEVELOPMENT_MODE_REASON, NodeRef, registerNodeFetcher } from './node.js';
import { isSpotifyType, PlaylistRef, UserRef, type UserShape } from './refs.js';

const PlaylistConnection = connectionType('Playlist', PlaylistRef);

/** A user as a playlist names them (owner, added by): made a User shape, whatever Spotify left out. */
export function userOf(user: PlaylistUser & { display_name?: string | null }): UserShape {
  return {
    id: user.id,
    uri: user.uri ?? `spotify:user:${user.id}`,
    href: user.href ?? '',
    type: 'user',
    ...(user.external_urls === undefined ? {} : { external_urls: user.external_urls }),
    ...(user.display_name === undefined ? {} : { display_name: user.display_name }),
  };
}

/** The full profile when a field needs what a reference lacks; the user itself when it has it. */
const fullUser = (ctx: GraphQLContext, user: UserShape) =>
  'followers' in user && user.followers !== undefined ? user : userProfile(ctx, user.id);

UserRef.implement({
  description: 'A Spotify user.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('user'),
  fields: (t) => ({
    displayName: t.string({
      nullable: true,
      resolve: async (user, _a, ctx) =>
        user.display_name !== undefined
          ? user.display_name
          : ((await fullUser(ctx, user)).display_name ?? null),
    }),
    images: t.field({
      nullable: true,
      type: [ImageRef],
      description:
        'Profile pictures (from the full profile, which Development Mode apps only get for the user themselves).',
      resolve: async (user, _a, ctx) =>
        'images' in user && user.images !== undefined
          ? user.images
          : ((await fullUser(ctx, user)).images ?? []),
    }),
    followerCount: t.int({
      nullable: true,
      description: 'Followers of the user (from the full profile).',
      resolve: async (user, _a, ctx) => {
        const full = await fullUser(ctx, user);
        return 'followers' in full ? (full.followers?.total ?? null) : null;
      },
    }),
    playlists: t.field({
      nullable: true,
      type: PlaylistConnection,
      description: "The user's public playlists.",
      deprecationReason: DEVELOPMENT_MODE_REASON,
      args: connectionArgs,
      resolve: (user, args, ctx) =>
        offsetConnection<SimplifiedPlaylist>(args, 50, (offset, limit) =>
          ctx.api.playlists.listForUser(user.id, ctx.opts({ offset, limit })),
        ),
    }),
  }),
});

registerNodeFetcher('user', (ctx, id) => userProfile(ctx, id));

builder.queryFields((t) => ({
  user: t.field({
    type: UserRef,
    nullable: true,
    description: "A user's public profile by user id or URI.",
    deprecationReason: DEVELOPMENT_MODE_REASON,
    args: { id: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.api.users.profile(idOf('user', args.id), ctx.opts()),
  }),
}));
