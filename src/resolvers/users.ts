import type { GraphQLResolveInfo } from 'graphql';
import type {
  Image,
  PlaylistUser,
  PrivateUser,
  PublicUser,
  SimplifiedPlaylist,
} from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { askedObject, badValue, optionalObject, present, presentList } from './bad-values.js';
import { withChildLoads } from './child-loads.js';
import type { GraphQLContext } from './context.js';
import { idOf, uriOfId } from './ids.js';
import { type Connection, type ConnectionArgs, offsetConnection } from './paging.js';
import { keyedPages, loadKey, loadOnce } from './request-loads.js';
import { type SelectionInfo, withSelection } from './selection.js';
import { isUsableId, nestedIdOf, withoutUsableId } from './unmodelled.js';

/**
 * What `me` resolves to: a stand-in, not a Spotify call. The library, follows and player under `me` need
 * no profile, so only the profile fields read `GET /me` (once per request, through myProfile).
 */
export const ME: PrivateUser = Object.freeze({ id: '', href: '', uri: '', type: 'user' });

/** `GET /me`, once per request however many fields ask. */
export function myProfile(ctx: GraphQLContext): Promise<PrivateUser> {
  // Reachable only under `me`, whose scope (`user`) the schema checks first.
  // Spotify's UserObject does not require `id`: a session knows it since sign-in.
  return loadOnce(ctx, loadKey('users.me'), () =>
    ctx.api.users.me(ctx.opts()).then((me) => withId(me, ctx.userId)),
  );
}

/**
 * The signed-in user's Spotify id: the session's, known since sign-in (no call), else the profile's
 * (`GET /me`, once per request; a bare access token says nothing of whose it is). Throws the profile
 * read's error, or `badValue` when the profile carries no id.
 */
export async function myUserId(ctx: GraphQLContext): Promise<string> {
  if (ctx.userId !== undefined) return ctx.userId;
  return profileUserId(await myProfile(ctx), 'Me.spotifyId');
}

/**
 * The user id of the signed-in user's profile, for `field`: `badValue` when Spotify sent none or an
 * empty one (`"id": ""` names nobody: `Me.id` and `Me.spotifyId` are both refused alike).
 */
export function profileUserId(profile: PrivateUser, field: string): string {
  const id = present(profile.id, field);
  if (typeof id !== 'string' || id.trim() === '')
    throw badValue(`Spotify's answer has an empty id for ${field}`);
  return id;
}

async function profileOf(
  ctx: GraphQLContext,
  id: string,
  signal: AbortSignal | undefined,
): Promise<PublicUser | PrivateUser> {
  // Development Mode apps lost other users' profiles, but `/me` still tells the user about themselves.
  if (ctx.isUser && ctx.client.modeFor(endpoints.getUsersProfile) === 'development') {
    const me = await myProfile(ctx);
    if (me.id === id) return me;
  }
  return publicProfile(await ctx.api.users.profile(id, ctx.opts({ signal })), id);
}

/**
 * Spotify's answer to `get-users-profile` for `id`: with the id asked when it carries none (withId);
 * an answer for another user is `badValue` (askedObject). User ids are compared without case: a
 * profile that spells the id asked in another case is taken as that user, not another.
 */
function publicProfile<T extends { id?: string | null }>(profile: T, id: string): T {
  const same = (asked: string, answered: string) => asked.toLowerCase() === answered.toLowerCase();
  return withId(askedObject(profile, endpoints.getUsersProfile.id, id, same), id);
}

/** A profile without `id` (Spotify's UserObject does not require it) with the known one, when known. */
function withId<T extends { id?: string | null }>(profile: T, id: string | undefined): T {
  return typeof profile.id === 'string' || id === undefined ? profile : { ...profile, id };
}

/**
 * A user's full public profile (followers, images), loaded once per request through its keyed loads
 * (`user(id:)` and a playlist owner's followers are one call). A public profile is the same for every
 * caller with the app token: concurrent anonymous requests share the call in flight.
 */
export function userProfile(ctx: GraphQLContext, id: string): Promise<PublicUser | PrivateUser> {
  // The id may come from Spotify's answer (a playlist's owner): one without a usable id is no call.
  if (!isUsableId('user', id)) return Promise.reject(withoutUsableId('user'));
  return loadOnce(ctx, loadKey('users.profile', { id }), (signal) => profileOf(ctx, id, signal), {
    catalog: true,
  });
}

/** A user as a playlist names them (owner, added by): made a User shape, whatever Spotify left out. */
export function userOf(user: PlaylistUser & { display_name?: string | null }): UserReference {
  return {
    id: user.id,
    uri: user.uri ?? uriOfId('user', user.id),
    href: user.href ?? null,
    type: 'user',
    ...(user.external_urls === undefined ? {} : { external_urls: user.external_urls }),
    ...(user.display_name === undefined ? {} : { display_name: user.display_name }),
  };
}

/** A user as the schema's User holds one: a profile, or a reference a playlist gave. */
export type UserReference =
  | PublicUser
  | PrivateUser
  | {
      id: string;
      uri: string;
      href: string | null;
      type: 'user';
      display_name?: string | null;
      external_urls?: PlaylistUser['external_urls'];
    };

/** The full profile when a field needs what a reference lacks; the user itself when it has it. */
export const fullUser = (ctx: GraphQLContext, user: UserReference) =>
  'followers' in user && user.followers !== undefined ? user : userProfile(ctx, user.id);

/** A user's display name: the reference's own, or the full profile's. */
export async function userDisplayName(ctx: GraphQLContext, user: UserReference): Promise<string | null> {
  if (user.display_name !== undefined) return user.display_name;
  return (await fullUser(ctx, user)).display_name ?? null;
}

/** A user's pictures: the reference's own, or the full profile's. */
export async function userImages(ctx: GraphQLContext, user: UserReference): Promise<Image[]> {
  if ('images' in user && user.images !== undefined) return presentList(user.images, 'User.images');
  return presentList((await fullUser(ctx, user)).images, 'User.images');
}

/** A user's followers, from the full profile. */
export async function userFollowerCount(ctx: GraphQLContext, user: UserReference): Promise<number | null> {
  const full = await fullUser(ctx, user);
  return 'followers' in full ? (optionalObject(full.followers, 'User.followerCount')?.total ?? null) : null;
}

/**
 * A user's public playlists (Extended Quota apps only), each page once per request; only the total
 * when `info`'s selection asks for no items (see withSelection).
 */
export function userPlaylists(
  ctx: GraphQLContext,
  user: { id: string },
  args: ConnectionArgs,
  info: SelectionInfo,
): Promise<Connection<SimplifiedPlaylist | null>> {
  const userId = nestedIdOf('user', user);
  const fetch = keyedPages(ctx, 'playlists.listForUser', { id: userId }, (offset, limit) =>
    ctx.api.playlists.listForUser(userId, ctx.opts({ offset, limit })),
  );
  return offsetConnection<SimplifiedPlaylist | null>(withSelection(args, info), 50, fetch);
}

/**
 * `user(id:)`: a user's public profile by user id or URI (Extended Quota apps only), loaded under the
 * same key as userProfile (a playlist owner's profile in the same request is the same call) and shared
 * in flight between concurrent anonymous requests. Unlike an owner's profile, it never asks `GET /me`
 * first: in Development Mode it fails at once. Throws BAD_USER_INPUT for an id that is neither. The
 * user's playlists, when selected, start loading beside it (see withChildLoads).
 */
export function userById(
  ctx: GraphQLContext,
  args: { id: string | number },
  info: GraphQLResolveInfo,
): Promise<PublicUser> {
  return withChildLoads(ctx, info, 'user', args, () => loadUser(ctx, args));
}

function loadUser(ctx: GraphQLContext, args: { id: string | number }): Promise<PublicUser> {
  const id = idOf('user', String(args.id));
  const fetch = async (signal: AbortSignal | undefined) =>
    publicProfile(await ctx.api.users.profile(id, ctx.opts({ signal })), id);
  return loadOnce(ctx, loadKey('users.profile', { id }), fetch, {
    catalog: true,
  });
}
