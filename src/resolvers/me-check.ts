import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { ReauthenticationRequired, TokenExpired } from '../spotify/errors.js';
import type { GraphQLContext } from './context.js';
import { myProfile } from './users.js';

/** The fields of `Me` that read the profile (`GET /me`). */
const PROFILE_FIELDS = new Set([
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
]);

function selectsProfile(
  selection: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  depth = 0,
): boolean {
  if (!selection || depth > 8) return false;
  return selection.selections.some((node) => {
    if (node.kind === 'Field') return PROFILE_FIELDS.has(node.name.value);
    if (node.kind === 'InlineFragment') return selectsProfile(node.selectionSet, info, depth + 1);
    return selectsProfile(info.fragments[node.name.value]?.selectionSet, info, depth + 1);
  });
}

/**
 * Before `me` answers: when the operation reads the profile anyway, reads it first (once per request,
 * shared with the fields), so that a session Spotify no longer accepts (its renewal refused, which ends
 * it) or a token that expired beyond renewal makes `me` itself null with UNAUTHENTICATED rather than a
 * `me` of null fields. Other failures, a 401 after a granted renewal included, are left to the fields
 * that need the profile.
 */
export async function checkMe(ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<void> {
  if (!selectsProfile(info.fieldNodes[0]?.selectionSet, info)) return;
  try {
    await myProfile(ctx);
  } catch (error) {
    // A 401 that outlives a renewal the accounts service granted is that call's refusal: the profile
    // fields are null with it while siblings Spotify answered with the same session keep their values
    // (v14 attack on issue 7, F6; README "Partial results").
    if (error instanceof ReauthenticationRequired || error instanceof TokenExpired) throw error;
  }
}
