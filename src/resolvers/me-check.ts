import {
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getNamedType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';
import { ReauthenticationRequired, TokenExpired } from '../spotify/errors.js';
import { collectFields, type FieldCollection } from './collect-fields.js';
import type { GraphQLContext } from './context.js';
import { SessionUnusable } from './request-credentials.js';
import { myProfile } from './users.js';

/**
 * The fields of `Me` that read the profile (`GET /me`, once per request): the others (library,
 * follows, top items, history, playlists, player) need none (users.ts `ME`).
 */
export const PROFILE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'spotifyId',
  'user',
  'displayName',
  'email',
  'country',
  'product',
  'explicitContent',
  'images',
  'followerCount',
  'externalUrl',
]);

/**
 * Whether the selection `sets` on `Me` (its type `type`) runs a field that reads the profile
 * (PROFILE_FIELDS), as GraphQL collects fields: @skip/@include applied under the variables, fragments
 * followed (collectFields). The runtime (checkMe) and the call estimate (CallRule.onceIf) ask the same.
 */
export function selectsProfile(
  from: FieldCollection,
  type: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
): boolean {
  for (const nodes of collectFields(from, type, sets).values()) {
    const name = nodes[0]?.name.value;
    if (name !== undefined && PROFILE_FIELDS.has(name)) return true;
  }
  return false;
}

/** selectsProfile for the `me` field being resolved (every node of its response key). */
function meSelectsProfile(info: GraphQLResolveInfo): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return true;
  const from = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  return selectsProfile(
    from,
    type,
    info.fieldNodes.map((node) => node.selectionSet),
  );
}

/**
 * Before `me` answers: when the operation reads the profile anyway, reads it first (once per request,
 * shared with the fields), so that a session Spotify no longer accepts (its renewal refused, which ends
 * it; or ended by a concurrent request's refused renewal: SessionUnusable) or a token that expired
 * beyond renewal makes `me` itself null with UNAUTHENTICATED rather than a `me` of null fields. Other failures, a 401 after a granted renewal included, are left to the fields
 * that need the profile.
 */
export async function checkMe(ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<void> {
  if (!meSelectsProfile(info)) return;
  try {
    await myProfile(ctx);
  } catch (error) {
    // A 401 that outlives a renewal the accounts service granted is that call's refusal: the profile
    // fields are null with it while siblings Spotify answered with the same session keep their values
    // (v14 attack on issue 7, F6; README "Partial results").
    if (
      error instanceof ReauthenticationRequired ||
      error instanceof TokenExpired ||
      error instanceof SessionUnusable
    ) {
      throw error;
    }
  }
}
