import type { GraphQLContext } from '../../resolvers/context.js';
import { idOf } from '../../resolvers/ids.js';
import { forgetPlaylists, loadPlaylist } from '../../resolvers/playlists.js';
import { ME } from '../../resolvers/users.js';
import { SpotifyAPIError } from '../../spotify/errors.js';
import { builder } from '../builder.js';
import { checkIds } from '../follow.js';
import { MeRef, PlaylistRef } from '../refs.js';

interface FollowChange {
  type: 'artist' | 'user';
  ids: string[];
}

const FollowPayloadRef = builder.objectRef<FollowChange>('FollowPayload').implement({
  description: 'The artists or users followed or unfollowed.',
  fields: (t) => ({
    uris: t.stringList({
      description: 'The URIs of the artists or users changed.',
      resolve: (change) => change.ids.map((id) => `spotify:${change.type}:${id}`),
    }),
    me: t.field({
      type: MeRef,
      description: 'The signed-in user, e.g. to read `followedArtists` after the change.',
      resolve: () => ME,
    }),
  }),
});

const PlaylistFollowPayloadRef = builder
  .objectRef<{ playlistId: string }>('PlaylistFollowPayload')
  .implement({
    description: 'The playlist followed or unfollowed.',
    fields: (t) => ({
      playlist: t.field({
        type: PlaylistRef,
        nullable: true,
        description: 'The playlist (read from Spotify only when selected; null if it is no longer visible).',
        resolve: (change, _a, ctx) =>
          loadPlaylist(ctx, change.playlistId).catch((error: unknown) => {
            // An unfollowed private playlist is no longer visible: that is the change, not a failure.
            if (error instanceof SpotifyAPIError && error.status === 404) return null;
            throw error;
          }),
      }),
      me: t.field({ type: MeRef, resolve: () => ME }),
    }),
  });

const idsArg = (what: string) =>
  builder.args((t) => ({
    ids: t.stringList({ required: true, description: `${what} ids or URIs (at most 1000).` }),
  }));

type Change = (ctx: GraphQLContext, ids: string[]) => Promise<void>;

function followField(name: string, type: 'artist' | 'user', change: Change, description: string) {
  return builder.mutationField(name, (t) =>
    t.field({
      type: FollowPayloadRef,
      nullable: true,
      description,
      args: idsArg(type === 'artist' ? 'Artist' : 'User'),
      resolve: async (_root, args, ctx) => {
        const ids = checkIds(type, args.ids);
        await change(ctx, ids);
        return { type, ids };
      },
    }),
  );
}

followField(
  'followArtists',
  'artist',
  (ctx, ids) => ctx.api.follow.followArtists(ids, ctx.opts()),
  'Follows artists (user-follow-modify); through /me/library in Development Mode.',
);
followField(
  'unfollowArtists',
  'artist',
  (ctx, ids) => ctx.api.follow.unfollowArtists(ids, ctx.opts()),
  'Unfollows artists (user-follow-modify); through /me/library in Development Mode.',
);
followField(
  'followUsers',
  'user',
  (ctx, ids) => ctx.api.follow.followUsers(ids, ctx.opts()),
  'Follows users (user-follow-modify); through /me/library in Development Mode.',
);
followField(
  'unfollowUsers',
  'user',
  (ctx, ids) => ctx.api.follow.unfollowUsers(ids, ctx.opts()),
  'Unfollows users (user-follow-modify); through /me/library in Development Mode.',
);

builder.mutationFields((t) => ({
  followPlaylist: t.field({
    type: PlaylistFollowPayloadRef,
    nullable: true,
    description: 'Follows a playlist (adds it to the user library); `public` shows it on their profile.',
    args: { id: t.arg.string({ required: true }), public: t.arg.boolean({ required: false }) },
    resolve: async (_root, args, ctx) => {
      const playlistId = idOf('playlist', args.id);
      await ctx.api.playlists.follow(playlistId, ctx.opts({ public: args.public }));
      forgetPlaylists(ctx);
      return { playlistId };
    },
  }),
  unfollowPlaylist: t.field({
    type: PlaylistFollowPayloadRef,
    nullable: true,
    description: 'Unfollows a playlist (for its owner: removes it from their library).',
    args: { id: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const playlistId = idOf('playlist', args.id);
      await ctx.api.playlists.unfollow(playlistId, ctx.opts());
      forgetPlaylists(ctx);
      return { playlistId };
    },
  }),
}));
