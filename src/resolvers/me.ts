import type { GraphQLResolveInfo } from 'graphql';
import { pageFieldFault } from '../spotify/answer-shapes.js';
import type {
  Artist,
  Image,
  Page,
  PlayHistory,
  PrivateUser,
  SimplifiedPlaylist,
  Track,
} from '../spotify/endpoints/objects.js';
import type { TimeRange } from '../spotify/endpoints/personalization.js';
import { externalUrlOf, followerCountOf, isIsoTimestamp, optionalObject, presentList } from './bad-values.js';
import { withChildLoads } from './child-loads.js';
import { cursorKeysOf, cursorViewerOf, type GraphQLContext } from './context.js';
import { uriOfId } from './ids.js';
import { checkMe } from './me-check.js';
import { nodeIdOf } from './nodes.js';
import { cursorCut, usableTotal } from './page-cuts.js';
import { type Connection, type ConnectionArgs, cursorConnection, offsetConnection } from './paging.js';
import { keyedPages } from './request-loads.js';
import { type SelectionInfo, withSelection } from './selection.js';
import { ME, myProfile, myUserId, profileUserId } from './users.js';

/** Spotify's most items per page of the user's lists. */
const PAGE = 50;

/**
 * `me`: checks the user's session (and reads the profile only when a profile field is selected), with
 * the loads of its selected lists started beside the check (see withChildLoads). `args` has none of
 * the ids withChildLoads reads: `me` is one parent without an id.
 */
export function me(ctx: GraphQLContext, args: object, info: GraphQLResolveInfo): Promise<PrivateUser> {
  return withChildLoads(ctx, info, undefined, args, () => checkedMe(ctx, info));
}

async function checkedMe(ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<PrivateUser> {
  await checkMe(ctx, info);
  return ME;
}

/**
 * `Me.id`: the user's Spotify URI (`spotify:user:<id>`), from the session's user id when there is one
 * (so a failed profile read leaves it, see myUserId), else from the profile. Throws the profile read's
 * error, or `badValue`/withoutUsableId for a profile without a usable id.
 */
export async function myNodeId(ctx: GraphQLContext): Promise<string> {
  if (ctx.userId !== undefined) return uriOfId('user', ctx.userId);
  const profile = await myProfile(ctx);
  // A profile without id (Spotify's UserObject does not require one) is Spotify's missing value here.
  profileUserId(profile, 'Me.id');
  return nodeIdOf(profile);
}

/** `Me.spotifyId`: the user name (see myUserId: the session's, else the profile's). */
export function mySpotifyId(ctx: GraphQLContext): Promise<string> {
  return myUserId(ctx);
}

/**
 * One optional string of the user's profile (`display_name`; `email` with user-read-email; `country`,
 * `product` with user-read-private): null when Spotify sent none.
 */
export async function myProfileText(
  ctx: GraphQLContext,
  key: 'display_name' | 'email' | 'country' | 'product',
): Promise<string | null> {
  return (await myProfile(ctx))[key] ?? null;
}

/** The user's explicit-content settings (user-read-private): null when Spotify sent none. */
export async function myExplicitContent(
  ctx: GraphQLContext,
): Promise<NonNullable<PrivateUser['explicit_content']> | null> {
  return optionalObject((await myProfile(ctx)).explicit_content, 'Me.explicitContent', true);
}

/** The user's profile images; a missing list is `Me.images`' error. */
export async function myImages(ctx: GraphQLContext): Promise<Image[]> {
  return presentList((await myProfile(ctx)).images, 'Me.images');
}

/** The user's follower count; null when Spotify sent none. */
export async function myFollowerCount(ctx: GraphQLContext): Promise<number | null> {
  return followerCountOf((await myProfile(ctx)).followers, 'Me.followerCount');
}

/** Where to open the user's profile on Spotify; null when Spotify sent none. */
export async function myExternalUrl(ctx: GraphQLContext): Promise<string | null> {
  return externalUrlOf((await myProfile(ctx)).external_urls, 'Me.externalUrl');
}

/**
 * The playlists the user owns or follows; only the total when `info`'s selection asks for no items
 * (see withSelection), as for the top lists.
 */
export function myPlaylists(
  ctx: GraphQLContext,
  args: ConnectionArgs,
  info: SelectionInfo,
): Promise<Connection<SimplifiedPlaylist | null>> {
  const fetch = keyedPages(ctx, 'playlists.listMine', {}, (offset, limit) =>
    ctx.api.playlists.listMine(ctx.opts({ offset, limit })),
  );
  return offsetConnection<SimplifiedPlaylist | null>(withSelection(args, info), PAGE, fetch);
}

/**
 * The id of a top artist/track, or undefined for an entry without one: a ranking (Spotify's Get User's
 * Top Items) lists each item once, so a later page repeating one is Spotify's bad value
 * (offsetConnection's `distinct`). v12 attack on issue 7, N5.
 */
function rankedId(item: unknown): string | undefined {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

type TopArgs = ConnectionArgs & { timeRange?: string | null | undefined };

/** The artists the user listens to most. */
export const topArtists = (
  ctx: GraphQLContext,
  args: TopArgs,
  info: SelectionInfo,
): Promise<Connection<Artist>> => topItems<Artist>(ctx, 'topArtists', args, info);

/** The tracks the user listens to most. */
export const topTracks = (
  ctx: GraphQLContext,
  args: TopArgs,
  info: SelectionInfo,
): Promise<Connection<Track>> => topItems<Track>(ctx, 'topTracks', args, info);

/**
 * The user's top artists or tracks (Spotify's Get User's Top Items, `kind` its client method) as a
 * connection: each item once (rankedId), pages keyed by the time range Spotify reads.
 */
function topItems<T>(
  ctx: GraphQLContext,
  kind: 'topArtists' | 'topTracks',
  args: TopArgs,
  info: SelectionInfo,
): Promise<Connection<T>> {
  const timeRange = (args.timeRange ?? undefined) as TimeRange | undefined;
  const fetch = keyedPages(
    ctx,
    `personalization.${kind}`,
    { timeRange },
    (offset, limit) =>
      ctx.api.personalization[kind](ctx.opts({ offset, limit, timeRange })) as Promise<Page<T>>,
    // Spotify's default time range is medium_term: asked or not, one list (v14 re-attack, R3).
    { distinct: rankedId, judgedAs: { timeRange: timeRange ?? 'medium_term' } },
  );
  return offsetConnection<T>(withSelection(args, info), PAGE, fetch, { distinct: rankedId });
}

/** A recently-played Spotify cursor: a play time in epoch milliseconds. */
const isPlayedCursor = (cursor: string): boolean => /^\d{1,15}$/.test(cursor);

/**
 * A play's cursor: its `played_at` in epoch milliseconds, or null when Spotify sent no readable date
 * (its edge reads on from the play before it: cursorEdges; never "NaN", which the cursor check refuses). R7.
 */
function playedCursor(item: PlayHistory): string | null {
  const at = isIsoTimestamp(item.played_at) ? Date.parse(item.played_at) : Number.NaN;
  const cursor = String(at);
  return isPlayedCursor(cursor) ? cursor : null;
}

/**
 * The end of a recently-played page whose last plays have no readable time: Spotify's
 * `cursors.before` (the oldest play of the page, epoch ms) when it is a cursor older than the last
 * readable play, else null (the play then reads on from the last readable one, left out of the next
 * page: cursorEdges). v12 attack on issue 7, N15.
 */
function playedEnd(before: unknown, lastOwn: string | null): string | null {
  if (typeof before !== 'string' || !isPlayedCursor(before)) return null;
  return lastOwn === null || Number(before) < Number(lastOwn) ? before : null;
}

/**
 * Whether a later recently-played page without `next` (Spotify leaves it out on the last page; the
 * emulator does) is the last: it came back short of the `limit` plays asked (Spotify had no more to
 * send), or its `total` is a count its plays reach (on a page asked `before` a time, Spotify's total
 * counts the plays from there on: all were sent). A full page beside a total that counts more (or
 * none) is not: it says nothing, the cut (cursorConnection). A part cut from a sibling window's page
 * to its end (cursorCut's `partFrom`) is read as that page would be: its total less the plays before
 * the part. v15 re-attack, RA2.
 */
function playedLastPage(
  page: { items: readonly unknown[]; total?: unknown; partFrom?: unknown },
  limit: number,
): boolean {
  const total = usableTotal(page.total);
  // A part cut from a sibling's longer page (cursorCut) to that page's end: the total counts the
  // plays from that page on, the `partFrom` plays before the part among them.
  const before = typeof page.partFrom === 'number' ? page.partFrom : 0;
  return page.items.length < limit || (total !== undefined && total - before <= page.items.length);
}

/**
 * What the user played lately, newest first; `after` continues with older plays. Each play must be
 * older than the one before it (and than the cursor it was asked after): a page going back in time is
 * the cut (cursorConnection). Throws `badInput` for an `after` that is no cursor of this connection.
 */
export function recentlyPlayed(
  ctx: GraphQLContext,
  args: { first?: number | null | undefined; after?: string | null | undefined },
): Promise<Connection<PlayHistory>> {
  // Spotify's `cursors.before` of the page read (the oldest play's time), for playedEnd.
  let spotifyBefore: unknown;
  return cursorConnection<PlayHistory>(
    args,
    PAGE,
    async (after, limit, at) => {
      // Spotify's `before` is exclusive and two plays may share a millisecond: ask from the play's time
      // on, inclusively; the plays at it served already are skipped (CursorListOptions.sharedCursors).
      const before = after === undefined ? undefined : Number(after) + 1;
      // A sibling window from the same cursor, or after a cursor inside a sibling's page, is cut from
      // that page, and sibling windows join into one call (cursorCut, keyedPages).
      const page = await keyedPages<Awaited<ReturnType<typeof ctx.api.player.recentlyPlayed>>>(
        ctx,
        'player.recentlyPlayed',
        {},
        (_offset, size) => ctx.api.player.recentlyPlayed(ctx.opts({ limit: size, before })),
        { cut: cursorCut(after, playedCursor, true), cursor: { after } },
      )(at, limit, PAGE);
      // Spotify's `after` cursor points forward in time (the page's newest play); this connection pages
      // back in time, so Spotify's cursors are not passed on as the ones to read on from (9eb5690): a
      // later page without `next` says its end itself (playedLastPage).
      spotifyBefore = (page.cursors as { before?: unknown } | null | undefined)?.before;
      // Cursors of the wrong type (`"x"`, 5, a list) are kept for the connection to refuse, judged by
      // the shared rule itself (pageFieldFault: the plays answer, then the cut naming `cursors`), as
      // followed artists' are.
      const wrongType = pageFieldFault({ cursors: page.cursors }) !== undefined;
      return { ...page, cursors: wrongType ? page.cursors : null };
    },
    playedCursor,
    {
      list: 'played',
      keys: cursorKeysOf(ctx),
      viewer: cursorViewerOf(ctx),
      validCursor: isPlayedCursor,
      endOf: (_page, lastOwn) => playedEnd(spotifyBefore, lastOwn),
      // Two plays may share a time (RP1): only a play newer than the one before goes back.
      follows: (newer, older) => Number(older) <= Number(newer),
      lastPage: playedLastPage,
      // Spotify's total on a page asked `before` a time counts the plays from there on.
      totalFromPage: true,
      sharedCursors: true,
    },
  );
}
