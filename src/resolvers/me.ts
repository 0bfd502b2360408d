import type { GraphQLResolveInfo } from 'graphql';
import type {
  Artist,
  PlayHistory,
  PrivateUser,
  SimplifiedPlaylist,
  Track,
} from '../spotify/endpoints/objects.js';
import type { TimeRange } from '../spotify/endpoints/personalization.js';
import type { GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { checkMe } from './me-check.js';
import { type Connection, type ConnectionArgs, cursorConnection, offsetConnection } from './paging.js';
import { keyedPages, loadKey, loadOnce } from './request-loads.js';
import { ME } from './users.js';

/** Spotify's most items per page of the user's lists. */
const PAGE = 50;

/** `me`: checks the user's session (and reads the profile only when a profile field is selected). */
export async function me(ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<PrivateUser> {
  await checkMe(ctx, info);
  return ME;
}

/** The playlists the user owns or follows. */
export function myPlaylists(
  ctx: GraphQLContext,
  args: ConnectionArgs,
): Promise<Connection<SimplifiedPlaylist>> {
  const fetch = keyedPages(ctx, 'playlists.listMine', {}, (offset, limit) =>
    ctx.api.playlists.listMine(ctx.opts({ offset, limit })),
  );
  return offsetConnection<SimplifiedPlaylist>(args, PAGE, fetch);
}

type TopArgs = ConnectionArgs & { timeRange?: string | null | undefined };

/** The artists the user listens to most. */
export function topArtists(ctx: GraphQLContext, args: TopArgs): Promise<Connection<Artist>> {
  const timeRange = (args.timeRange ?? undefined) as TimeRange | undefined;
  const fetch = keyedPages(ctx, 'personalization.topArtists', { timeRange }, (offset, limit) =>
    ctx.api.personalization.topArtists(ctx.opts({ offset, limit, timeRange })),
  );
  return offsetConnection<Artist>(args, PAGE, fetch);
}

/** The tracks the user listens to most. */
export function topTracks(ctx: GraphQLContext, args: TopArgs): Promise<Connection<Track>> {
  const timeRange = (args.timeRange ?? undefined) as TimeRange | undefined;
  const fetch = keyedPages(ctx, 'personalization.topTracks', { timeRange }, (offset, limit) =>
    ctx.api.personalization.topTracks(ctx.opts({ offset, limit, timeRange })),
  );
  return offsetConnection<Track>(args, PAGE, fetch);
}

/** A recently-played cursor: the play time in epoch milliseconds. */
function playedBefore(after: string | undefined): number | undefined {
  if (after === undefined) return undefined;
  if (!/^\d{1,15}$/.test(after)) throw badInput('after is not a cursor of this connection', 'after');
  return Number(after);
}

/** What the user played lately, newest first; `after` continues with older plays. */
export function recentlyPlayed(
  ctx: GraphQLContext,
  args: { first?: number | null | undefined; after?: string | null | undefined },
): Promise<Connection<PlayHistory>> {
  const before = playedBefore(args.after ?? undefined);
  return cursorConnection<PlayHistory>(
    args,
    PAGE,
    async (_after, limit) => {
      const page = await loadOnce(ctx, loadKey('player.recentlyPlayed', { limit, before }), () =>
        ctx.api.player.recentlyPlayed(ctx.opts({ limit, before })),
      );
      // Spotify's `after` cursor points forward in time; this connection pages back in time.
      return { ...page, cursors: null };
    },
    (item) => String(Date.parse(item.played_at)),
  );
}
