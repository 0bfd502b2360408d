import DataLoader from 'dataloader';
import type { PrivateUser, PublicUser } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { type GraphQLContext, unauthenticated } from './context.js';

/**
 * What `me` resolves to: a stand-in, not a Spotify call. The library, follows and player under `me` need
 * no profile, so only the profile fields read `GET /me` (once per request, through myProfile).
 */
export const ME: PrivateUser = Object.freeze({ id: '', href: '', uri: '', type: 'user' });

/**
 * Throws UNAUTHENTICATED unless the request acts for a user. Schema fields declare this instead with
 * `authScopes: { user: true }` (scope-auth); this stays for code outside the schema's field checks.
 */
export function requireUser(ctx: GraphQLContext, what = 'This field'): void {
  if (!ctx.isUser) throw unauthenticated(`${what} needs a signed-in user: sign in first`);
}

interface UserLoaders {
  me: Promise<PrivateUser> | undefined;
  profiles: DataLoader<string, PublicUser | PrivateUser>;
}

// Per request: the context is built elsewhere and immutable, so the loaders hang off it here.
const perRequest = new WeakMap<GraphQLContext, UserLoaders>();

function loadersOf(ctx: GraphQLContext): UserLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = {
      me: undefined,
      profiles: new DataLoader<string, PublicUser | PrivateUser>(
        (ids) => Promise.all(ids.map((id) => profileOf(ctx, id).catch((error: unknown) => error as Error))),
        // No batch endpoint: the loader only de-duplicates.
        { batch: false },
      ),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

/** `GET /me`, once per request however many fields ask. */
export function myProfile(ctx: GraphQLContext): Promise<PrivateUser> {
  // Reachable only under `me`, whose scope (`user`) the schema checks first.
  const loaders = loadersOf(ctx);
  loaders.me ??= ctx.api.users.me(ctx.opts());
  return loaders.me;
}

async function profileOf(ctx: GraphQLContext, id: string): Promise<PublicUser | PrivateUser> {
  // Development Mode apps lost other users' profiles, but `/me` still tells the user about themselves.
  if (ctx.isUser && ctx.client.modeFor(endpoints.getUsersProfile) === 'development') {
    const me = await myProfile(ctx);
    if (me.id === id) return me;
  }
  return ctx.api.users.profile(id, ctx.opts());
}

/** A user's full public profile (followers, images), de-duplicated per request. */
export function userProfile(ctx: GraphQLContext, id: string): Promise<PublicUser | PrivateUser> {
  return loadersOf(ctx).profiles.load(id);
}
