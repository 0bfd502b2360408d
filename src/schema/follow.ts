import type { GraphQLContext } from '../resolvers/context.js';
import { badInput } from '../resolvers/errors.js';
import { idOf, type SpotifyType } from '../resolvers/ids.js';
import { MAX_URIS } from '../resolvers/library.js';
import { cursorConnection } from '../resolvers/paging.js';
import { myProfile } from '../resolvers/users.js';
import type { Artist } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { builder } from './builder.js';
import { connectionType, cursorConnectionArgs } from './common.js';
import { ArtistRef, MeRef } from './refs.js';

const ArtistConnection = connectionType('Artist', ArtistRef);

/** Validates an id list (bare ids or URIs of `type`), at most MAX_URIS, at least one. */
export function checkIds(type: SpotifyType, ids: readonly string[], argument = 'ids'): string[] {
  if (ids.length === 0) throw badInput(`${argument} must not be empty`, argument);
  if (ids.length > MAX_URIS) throw badInput(`At most ${MAX_URIS} ${argument}, got ${ids.length}`, argument);
  return ids.map((id, i) => idOf(type, id, `${argument}[${i}]`));
}

/** Whether the signed-in user follows a playlist (the old route names the user: asked once per request). */
export async function followsPlaylist(ctx: GraphQLContext, playlistId: string): Promise<boolean> {
  // Development Mode asks /me/library/contains, which needs no user id: spare the profile call there.
  const userId =
    ctx.client.modeFor(endpoints.checkIfUserFollowsPlaylist) === 'development'
      ? undefined
      : (await myProfile(ctx)).id;
  return ctx.api.playlists.isFollowing(playlistId, ctx.opts({ userId }));
}

builder.objectFields(MeRef, (t) => ({
  followedArtists: t.field({
    nullable: true,
    type: ArtistConnection,
    description: "The artists the user follows (user-follow-read); Spotify's cursor paging.",
    args: cursorConnectionArgs,
    resolve: (_me, args, ctx) =>
      cursorConnection<Artist>(
        args,
        50,
        (after, limit) => ctx.api.follow.followedArtists(ctx.opts({ after, limit })),
        (artist) => artist.id,
      ),
  }),
  followsArtists: t.booleanList({
    nullable: { list: true, items: false },
    description: 'For each artist id or URI in order: whether the user follows it.',
    args: { ids: t.arg.stringList({ required: true }) },
    resolve: (_me, args, ctx) => ctx.api.follow.isFollowingArtists(checkIds('artist', args.ids), ctx.opts()),
  }),
  followsUsers: t.booleanList({
    nullable: { list: true, items: false },
    description: 'For each user id or URI in order: whether the signed-in user follows them.',
    args: { ids: t.arg.stringList({ required: true }) },
    resolve: (_me, args, ctx) => ctx.api.follow.isFollowingUsers(checkIds('user', args.ids), ctx.opts()),
  }),
  followsPlaylist: t.boolean({
    nullable: true,
    description: 'Whether the user follows the playlist (id or URI).',
    args: { id: t.arg.string({ required: true }) },
    resolve: (_me, args, ctx) => followsPlaylist(ctx, idOf('playlist', args.id)),
  }),
}));
