import {
  changeFollows,
  changePlaylistFollow,
  type FollowChange,
  type FollowMutation,
  followChangeUris,
  followedPlaylist,
} from '../../resolvers/follow.js';
import { ME } from '../../resolvers/users.js';
import { builder } from '../builder.js';
import { idArg, idsArg } from '../id-args.js';
import { MeRef, PlaylistRef } from '../refs.js';

const FollowPayloadRef = builder.objectRef<FollowChange>('FollowPayload').implement({
  description: 'The artists or users followed or unfollowed.',
  fields: (t) => ({
    uris: t.stringList({
      description: 'The URIs of the artists or users changed.',
      resolve: followChangeUris,
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
        resolve: (change, _a, ctx) => followedPlaylist(ctx, change.playlistId),
      }),
      me: t.field({ type: MeRef, resolve: () => ME }),
    }),
  });

const idsArgs = (what: 'artist' | 'user') =>
  builder.args((t) => ({
    ids: t.idList({ required: true, description: `${idsArg(what)} At most 1000.` }),
  }));

function followField(name: FollowMutation, type: 'artist' | 'user', description: string) {
  return builder.mutationField(name, (t) =>
    t.field({
      type: FollowPayloadRef,
      nullable: true,
      description,
      args: idsArgs(type),
      resolve: (_root, args, ctx) => changeFollows(ctx, name, type, args.ids),
    }),
  );
}

followField(
  'followArtists',
  'artist',
  'Follows artists (user-follow-modify); through /me/library in Development Mode.',
);
followField(
  'unfollowArtists',
  'artist',
  'Unfollows artists (user-follow-modify); through /me/library in Development Mode.',
);
followField(
  'followUsers',
  'user',
  'Follows users (user-follow-modify); through /me/library in Development Mode.',
);
followField(
  'unfollowUsers',
  'user',
  'Unfollows users (user-follow-modify); through /me/library in Development Mode.',
);

builder.mutationFields((t) => ({
  followPlaylist: t.field({
    type: PlaylistFollowPayloadRef,
    nullable: true,
    description: 'Follows a playlist (adds it to the user library); `public` shows it on their profile.',
    args: {
      id: t.arg.id({ required: true, description: idArg('playlist') }),
      public: t.arg.boolean({ required: false }),
    },
    resolve: (_root, args, ctx) => changePlaylistFollow(ctx, args, true),
  }),
  unfollowPlaylist: t.field({
    type: PlaylistFollowPayloadRef,
    nullable: true,
    description: 'Unfollows a playlist (for its owner: removes it from their library).',
    args: { id: t.arg.id({ required: true, description: idArg('playlist') }) },
    resolve: (_root, args, ctx) => changePlaylistFollow(ctx, args, false),
  }),
}));
