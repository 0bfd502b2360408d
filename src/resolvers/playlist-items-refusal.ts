/**
 * Playlist items Development Mode is certain to refuse (v18 attack 11, LOW-1). There an app reads a
 * playlist's items from `/playlists/{id}/items`, which serves only the playlist's owner and its
 * collaborators: under the app token (no user) every playlist is refused, and under a user token a
 * playlist another user owns that is not collaborative. Such a page gets the refusal's error without
 * the call. Only when Development Mode is configured: an Extended app reads any playlist's items from
 * `/tracks`, and in auto mode every read is asked, even once Development Mode is learned (a mistaken
 * verdict is unlearned only by the way back to `/tracks` that an `/items` refusal takes).
 *
 * Under a user token the user's id comes from the session (known since sign-in) or from a `GET /me`
 * the request made or is making. When learning it would cost a call, that call is made only when it
 * saves calls whoever the user is: when, of the other users' non-collaborative playlists whose pages
 * are asked in one turn of the event loop, at least two are not the most common owner's (the user may
 * own those; the others are refused anyway), one `GET /me` in place of two or more refusals. Otherwise
 * they are asked. Until that turn ends such a playlist's pages wait (no network; with the `GET /me`,
 * the user's own playlists then wait for it too).
 */
import { GraphQLError } from 'graphql';
import type { PlaylistItem, SimplifiedPlaylist } from '../spotify/endpoints/objects.js';
import type { GraphQLContext } from './context.js';
import type { PageFetcher } from './paging.js';
import { loadedOrInFlight, loadKey } from './request-loads.js';
import { myProfile } from './users.js';

/**
 * The request's playlists whose membership waits on the user's id, asked in this turn of the event
 * loop: each playlist's owner by playlist id.
 */
interface PendingTurn {
  readonly owners: Map<string, string>;
  readonly userId: Promise<string | undefined>;
}

/**
 * Whether a `GET /me` saves calls whoever the user is: at least two of the playlists (`owners`, owner
 * by playlist) are refused even if the user owns every playlist of the most common owner.
 */
function learningSaves(owners: ReadonlyMap<string, string>): boolean {
  const counts = new Map<string, number>();
  for (const owner of owners.values()) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  return owners.size - Math.max(0, ...counts.values()) >= 2;
}

const pendingTurns = new WeakMap<GraphQLContext, PendingTurn>();

/** The key of the request's `GET /me` (myProfile). */
const PROFILE = loadKey('users.me');

/** The user's id from the request's `GET /me`; undefined when it failed or carries none. */
const profileId = (ctx: GraphQLContext): Promise<string | undefined> =>
  myProfile(ctx).then(
    (profile) => (typeof profile.id === 'string' && profile.id !== '' ? profile.id : undefined),
    () => undefined,
  );

/**
 * The user's id for deciding `playlistId`'s membership, when the request knows it or learning it saves
 * calls; undefined when its items are to be asked.
 */
function userIdFor(ctx: GraphQLContext, playlistId: string, owner: string): Promise<string | undefined> {
  if (ctx.userId !== undefined) return Promise.resolve(ctx.userId);
  if (loadedOrInFlight(ctx, PROFILE) !== undefined) return profileId(ctx);
  let turn = pendingTurns.get(ctx);
  if (turn === undefined) {
    const owners = new Map<string, string>();
    // Decided once the turn's resolvers have all asked (the calls of one wave are sent in one turn).
    const userId = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      pendingTurns.delete(ctx);
      if (loadedOrInFlight(ctx, PROFILE) === undefined && !learningSaves(owners)) return undefined;
      return profileId(ctx);
    });
    turn = { owners, userId };
    pendingTurns.set(ctx, turn);
  }
  turn.owners.set(playlistId, owner);
  return turn.userId;
}

/** Development Mode's refusal of a playlist's items, made without the call (FORBIDDEN, as Spotify's 403 is). */
function refusal(ctx: GraphQLContext): GraphQLError {
  const why = ctx.isUser
    ? 'the user neither owns it nor collaborates on it'
    : 'an anonymous request has no user';
  return new GraphQLError(
    `Spotify refuses this in Development Mode: only the owner or a collaborator of a playlist can read its items (not asked: ${why})`,
    { extensions: { code: 'FORBIDDEN' } },
  );
}

/**
 * `fetchPage` of `playlist`'s items, failing with Development Mode's refusal without the call where
 * that refusal is certain (see the module's comment); `fetchPage` itself where it is not.
 */
export function refusingItemPages(
  ctx: GraphQLContext,
  playlist: SimplifiedPlaylist,
  fetchPage: PageFetcher<PlaylistItem>,
): PageFetcher<PlaylistItem> {
  // Configured only: a Development Mode auto mode learned may be a mistake (an Extended app's stray
  // refusals), which only the way back to `/tracks` after an `/items` refusal unlearns
  // (replacement-follow.ts); skipping that call would hold the mistake until it lapses.
  if (ctx.client.appMode !== 'development') return fetchPage;
  if (!ctx.isUser) return () => Promise.reject(refusal(ctx));
  const owner = playlist.owner?.id;
  // A collaborative playlist (or one whose flag or owner Spotify left out) may be the user's to read.
  if (playlist.collaborative !== false || typeof owner !== 'string' || owner === '') return fetchPage;
  if (owner === ctx.userId) return fetchPage;
  return async (offset, limit, size) => {
    const userId = await userIdFor(ctx, playlist.id, owner);
    if (userId !== undefined && userId !== owner) throw refusal(ctx);
    return fetchPage(offset, limit, size);
  };
}
