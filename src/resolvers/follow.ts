import type { Artist } from '../spotify/endpoints/objects.js';
import { SpotifyAPIError } from '../spotify/errors.js';
import { uriOf } from '../spotify/uris.js';
import { badValue } from './bad-values.js';
import { checkContains } from './contains-checks.js';
import { cursorKeysOf, cursorViewerOf, type GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { eachChecked, idOf, type SpotifyType, uriOfId } from './ids.js';
import { MAX_URIS } from './library.js';
import { cursorCut } from './page-cuts.js';
import { type Connection, cursorConnection } from './paging.js';
import { loadPlaylist } from './playlists.js';
import { forgetLoads, keyedPages } from './request-loads.js';
import { isUsableId } from './unmodelled.js';

/** Validates an id list (bare ids or URIs of `type`), at most MAX_URIS, at least one; refused whole with one error naming every refused entry (eachChecked). */
export function checkIds(type: SpotifyType, ids: readonly (string | number)[], argument = 'ids'): string[] {
  if (ids.length === 0) throw badInput(`${argument} must not be empty`, argument);
  if (ids.length > MAX_URIS) throw badInput(`At most ${MAX_URIS} ${argument}, got ${ids.length}`, argument);
  return eachChecked(ids.map(String), (id, i) => idOf(type, id, `${argument}[${i}]`), argument);
}

/**
 * Whether the signed-in user follows a playlist: one check through the request's checks (see
 * checkContains), without the user's name (no `GET /me` first: the route's `ids` is optional).
 * Spotify's null entry is this field's null with `badValue` (SPOTIFY_UNAVAILABLE), as an entry of
 * `libraryContains` is (v16 attack on issue 7, D2); an entry of another type is the executor's to refuse.
 */
export async function followsPlaylist(ctx: GraphQLContext, id: string | number): Promise<boolean> {
  const [follows] = await checkContains(ctx, [uriOf('playlist', idOf('playlist', String(id)))]);
  if (follows === null || follows === undefined)
    throw badValue("Spotify's answer has a null entry in Me.followsPlaylist");
  return follows as boolean;
}

/** Most followed artists one page holds (Spotify's `limit` maximum for Get Followed Artists). */
const FOLLOWED_PAGE = 50;

/** An artist's own cursor; an id the connection would refuse as `after` is none (its edge reads on from the one before: cursorEdges). */
const artistCursor = (artist: Artist): string | null => (isUsableId('artist', artist.id) ? artist.id : null);

/**
 * `me.followedArtists`: Spotify's cursor paging, each page once per request. Throws `badInput` for an
 * `after` that is no cursor of this connection, before any call.
 */
export function followedArtists(
  ctx: GraphQLContext,
  args: { first?: number | null | undefined; after?: string | null | undefined },
): Promise<Connection<Artist>> {
  return cursorConnection<Artist>(
    args,
    FOLLOWED_PAGE,
    // A sibling window from the same cursor, or after a cursor inside a sibling's page, is cut from
    // that page, and sibling windows join into one call (cursorCut, keyedPages).
    (after, limit, at) =>
      keyedPages<Awaited<ReturnType<typeof ctx.api.follow.followedArtists>>>(
        ctx,
        'follow.followedArtists',
        {},
        (_offset, size) => ctx.api.follow.followedArtists(ctx.opts({ after, limit: size })),
        { cut: cursorCut(after, artistCursor), cursor: { after } },
      )(at, limit, FOLLOWED_PAGE),
    artistCursor,
    // Spotify's cursor is the last artist id of the page before; their order is not documented.
    {
      list: 'followed',
      keys: cursorKeysOf(ctx),
      viewer: cursorViewerOf(ctx),
      validCursor: (id) => isUsableId('artist', id),
      counted: true,
    },
  );
}

/** For each id or URI of `type` in order: whether the signed-in user follows it (through the request's checks). */
const followsOf =
  (type: 'artist' | 'user') =>
  (ctx: GraphQLContext, ids: readonly (string | number)[]): Promise<(boolean | Promise<never>)[]> =>
    checkContains(
      ctx,
      checkIds(type, ids).map((id) => uriOfId(type, id)),
    );

/** For each artist id or URI in order: whether the user follows it (through the request's checks). */
export const followsArtists = followsOf('artist');

/** For each user id or URI in order: whether the signed-in user follows them (through the request's checks). */
export const followsUsers = followsOf('user');

/** The artists or users a follow mutation changed. */
export interface FollowChange {
  type: 'artist' | 'user';
  ids: string[];
}

/** The URIs of the artists or users a follow change named. */
export const followChangeUris = (change: FollowChange): string[] =>
  change.ids.map((id) => uriOfId(change.type, id));

const FOLLOW_CHANGES = {
  followArtists: (ctx: GraphQLContext, ids: string[]) => ctx.api.follow.followArtists(ids, ctx.opts()),
  unfollowArtists: (ctx: GraphQLContext, ids: string[]) => ctx.api.follow.unfollowArtists(ids, ctx.opts()),
  followUsers: (ctx: GraphQLContext, ids: string[]) => ctx.api.follow.followUsers(ids, ctx.opts()),
  unfollowUsers: (ctx: GraphQLContext, ids: string[]) => ctx.api.follow.unfollowUsers(ids, ctx.opts()),
} as const;

/** The follow mutations: `followArtists`, `unfollowArtists`, `followUsers`, `unfollowUsers`. */
export type FollowMutation = keyof typeof FOLLOW_CHANGES;

/** Follows or unfollows artists or users (validated ids or URIs, at most 1000). */
export async function changeFollows(
  ctx: GraphQLContext,
  mutation: FollowMutation,
  type: 'artist' | 'user',
  ids: readonly (string | number)[],
): Promise<FollowChange> {
  const checked = checkIds(type, ids);
  await FOLLOW_CHANGES[mutation](ctx, checked);
  forgetLoads(ctx);
  return { type, ids: checked };
}

/** Follows (or unfollows) a playlist; `public` shows it on the user's profile. */
export async function changePlaylistFollow(
  ctx: GraphQLContext,
  args: { id: string | number; public?: boolean | null | undefined },
  follow: boolean,
): Promise<{ playlistId: string }> {
  const playlistId = idOf('playlist', String(args.id));
  if (follow) await ctx.api.playlists.follow(playlistId, ctx.opts({ public: args.public }));
  else await ctx.api.playlists.unfollow(playlistId, ctx.opts());
  forgetLoads(ctx);
  return { playlistId };
}

/** The playlist a follow change names; null when it is no longer visible (an unfollowed private one). */
export function followedPlaylist(ctx: GraphQLContext, playlistId: string) {
  return loadPlaylist(ctx, playlistId).catch((error: unknown) => {
    // An unfollowed private playlist is no longer visible: that is the change, not a failure.
    if (error instanceof SpotifyAPIError && error.status === 404) return null;
    throw error;
  });
}
