import { followedArtists, followsArtists, followsPlaylist, followsUsers } from '../resolvers/follow.js';
import { builder } from './builder.js';
import { connectionType, cursorConnectionArgs } from './common.js';
import { idArg, idsArg } from './id-args.js';
import { ArtistRef, MeRef } from './refs.js';

const ArtistConnection = connectionType('Artist', ArtistRef);

builder.objectFields(MeRef, (t) => ({
  followedArtists: t.field({
    nullable: true,
    type: ArtistConnection,
    description: "The artists the user follows (user-follow-read); Spotify's cursor paging.",
    args: cursorConnectionArgs,
    resolve: (_me, args, ctx) => followedArtists(ctx, args),
  }),
  followsArtists: t.booleanList({
    nullable: { list: true, items: true },
    description:
      'For each artist id, URI or share link in order: whether the user follows it (an entry Spotify answered with no boolean is null with its error).',
    args: { ids: t.arg.idList({ required: true, description: idsArg('artist') }) },
    resolve: (_me, args, ctx) => followsArtists(ctx, args.ids),
  }),
  followsUsers: t.booleanList({
    nullable: { list: true, items: true },
    description:
      'For each user id, URI or share link in order: whether the signed-in user follows them (an entry Spotify answered with no boolean is null with its error).',
    args: { ids: t.arg.idList({ required: true, description: idsArg('user') }) },
    resolve: (_me, args, ctx) => followsUsers(ctx, args.ids),
  }),
  followsPlaylist: t.boolean({
    nullable: true,
    description: 'Whether the user follows the playlist (id, URI or share link).',
    args: { id: t.arg.id({ required: true, description: idArg('playlist') }) },
    resolve: (_me, args, ctx) => followsPlaylist(ctx, args.id),
  }),
}));
