/**
 * Which of an endpoint's scopes a token lacks, and how to name them. The endpoint table lists an
 * endpoint's scopes in one list; some pairs in it are alternatives (Spotify accepts either), the rest
 * are all required. Facts from Spotify's scope guide (2026).
 */
import type { EndpointSpec } from './endpoints/types.js';

/**
 * Pairs of scopes where either one is enough, wherever an endpoint lists both: a playlist write needs
 * the modify scope for the playlist's visibility, a playlist read the private or collaborative one.
 */
const ALTERNATIVES: readonly (readonly [string, string])[] = [
  ['playlist-modify-public', 'playlist-modify-private'],
  ['playlist-read-private', 'playlist-read-collaborative'],
];

/**
 * Endpoints whose listed scopes follow neither rule above (by endpoint id). `/me` needs no scope: its
 * scopes only reveal the email and the private fields. The generic `/me/library` endpoints let in a
 * token with any one of their scopes (each URI then needs the scope for its own kind: libraryNeeds,
 * used where the call's URIs are known). The queue
 * needs both of its scopes, as Spotify's reference lists them in one requirement.
 */
const SPECIAL: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'get-current-users-profile': [],
  'save-library-items': [['user-library-modify', 'user-follow-modify', 'playlist-modify-public']],
  'remove-library-items': [['user-library-modify', 'user-follow-modify', 'playlist-modify-public']],
  'check-library-contains': [['user-library-read', 'user-follow-read', 'playlist-read-private']],
};

/**
 * Endpoints whose `public` body argument picks the one modify scope the call needs: a private
 * playlist (`public: false`) needs playlist-modify-private, a public one (true, or absent: Spotify's
 * default is public) playlist-modify-public. Spotify's Web API reference, "Create Playlist" and
 * "Follow Playlist".
 */
const VISIBILITY_ARGUMENT = new Set(['create-playlist', 'create-playlist-for-user', 'follow-playlist']);

const MODIFY_PUBLIC = 'playlist-modify-public';
const MODIFY_PRIVATE = 'playlist-modify-private';
const modifyScope = (isPublic: boolean): string => (isPublic ? MODIFY_PUBLIC : MODIFY_PRIVATE);

/**
 * Endpoints that change an existing playlist: each needs the modify scope of that playlist's
 * visibility (playlist-modify-public for a public playlist, playlist-modify-private for a private
 * one), not either of them. Changing the details to another visibility (`public`) needs the new
 * visibility's scope too. Spotify's scope guide: playlist-modify-public is write access to a user's
 * public playlists, playlist-modify-private to their private ones.
 */
const PLAYLIST_VISIBILITY = new Set([
  'change-playlist-details',
  'add-tracks-to-playlist',
  'add-items-to-playlist',
  'reorder-or-replace-playlists-tracks',
  'reorder-or-replace-playlists-items',
  'remove-tracks-playlist',
  'remove-items-playlist',
  'upload-custom-playlist-cover',
]);

/** A modify scope needed only if the playlist has the given visibility (unknown to the call). */
export interface VisibilityScope {
  scope: string;
  visibility: 'public' | 'private';
}

/**
 * What a call needs: `groups` for sure (each a set of scopes of which one is enough), and
 * `byVisibility` the modify scopes that depend on the playlist's visibility when it is unknown.
 */
export interface ScopeNeeds {
  readonly groups: readonly (readonly string[])[];
  readonly byVisibility: readonly VisibilityScope[];
}

/** The call's `public` argument of change-playlist-details (the visibility it sets), if given. */
function visibilityTarget(endpoint: EndpointSpec, params?: Readonly<Record<string, unknown>>) {
  const target = endpoint.id === 'change-playlist-details' ? params?.public : undefined;
  return typeof target === 'boolean' ? target : undefined;
}

/**
 * The needs of a call that changes an existing playlist (PLAYLIST_VISIBILITY): the endpoint's other
 * scopes, the scope of the playlist's visibility (`isPublic`, when the caller knows it; else each
 * modify scope goes to `byVisibility` with its visibility) and the scope of a new visibility.
 */
function playlistNeeds(
  endpoint: EndpointSpec,
  params: Readonly<Record<string, unknown>> | undefined,
  isPublic: boolean | undefined,
): ScopeNeeds {
  const groups: string[][] = endpoint.scopes
    .filter((s) => s !== MODIFY_PUBLIC && s !== MODIFY_PRIVATE)
    .map((s) => [s]);
  const target = visibilityTarget(endpoint, params);
  const sure = new Set<string>();
  if (isPublic !== undefined) sure.add(modifyScope(isPublic));
  if (target !== undefined) sure.add(modifyScope(target));
  for (const scope of sure) groups.push([scope]);
  if (isPublic !== undefined) return { groups, byVisibility: [] };
  const byVisibility = [true, false]
    .filter((visible) => !sure.has(modifyScope(visible)))
    .map(
      (visible): VisibilityScope => ({
        scope: modifyScope(visible),
        visibility: visible ? 'public' : 'private',
      }),
    );
  return { groups, byVisibility };
}

/**
 * The generic `/me/library` endpoints: the scope each URI's kind needs (saved items: the library
 * scopes; artists and users: the follow scopes; playlists: playlist-modify-public to follow,
 * playlist-read-private to check), the rule the emulator models (src/emulator/api/library.ts,
 * libraryScope). The write scope first, the read scope second.
 */
const LIBRARY_KIND_SCOPES: Readonly<Record<string, readonly [string, string]>> = {
  track: ['user-library-modify', 'user-library-read'],
  album: ['user-library-modify', 'user-library-read'],
  episode: ['user-library-modify', 'user-library-read'],
  show: ['user-library-modify', 'user-library-read'],
  audiobook: ['user-library-modify', 'user-library-read'],
  artist: ['user-follow-modify', 'user-follow-read'],
  user: ['user-follow-modify', 'user-follow-read'],
  playlist: ['playlist-modify-public', 'playlist-read-private'],
};

/**
 * The scope a `/me/library/contains` check of a URI of `kind` (a URI's type word: `track`, `artist`,
 * ...) needs: user-library-read for saved items (tracks, albums, episodes, shows, audiobooks),
 * user-follow-read for followed artists and users, playlist-read-private for followed playlists
 * (LIBRARY_KIND_SCOPES, Spotify's scope guide, as the emulator's libraryScope models it). Undefined for
 * a kind the library does not hold (a chapter). Spotify refuses a whole call (403) when the token lacks
 * the scope of any of its URIs.
 */
export const libraryReadScope = (kind: string): string | undefined => LIBRARY_KIND_SCOPES[kind]?.[1];

/**
 * The scopes a generic `/me/library` call needs for its `uris` (see LIBRARY_KIND_SCOPES), each one
 * required; undefined when the URIs are not at hand or of no known kind (then any one of the
 * endpoint's scopes is named as enough, SPECIAL).
 */
function libraryNeeds(
  endpoint: EndpointSpec,
  params?: Readonly<Record<string, unknown>>,
): string[][] | undefined {
  const uris = params?.uris;
  if (!Array.isArray(uris)) return undefined;
  const read = endpoint.method === 'GET' ? 1 : 0;
  const scopes = new Set<string>();
  for (const uri of uris) {
    const kind = typeof uri === 'string' ? uri.split(':')[1] : undefined;
    const pair = kind === undefined ? undefined : LIBRARY_KIND_SCOPES[kind];
    if (pair === undefined) return undefined;
    scopes.add(pair[read]);
  }
  return scopes.size === 0 ? undefined : [...scopes].map((scope) => [scope]);
}

const LIBRARY_ENDPOINTS = new Set(['save-library-items', 'remove-library-items', 'check-library-contains']);

/**
 * An endpoint's scopes as requirements: each is a set of scopes of which one is enough. `params` are
 * the call's arguments (as given to the client), where the scope depends on them (VISIBILITY_ARGUMENT,
 * the generic library's URIs).
 */
function requirements(endpoint: EndpointSpec, params?: Readonly<Record<string, unknown>>): string[][] {
  const byUri = LIBRARY_ENDPOINTS.has(endpoint.id) ? libraryNeeds(endpoint, params) : undefined;
  if (byUri !== undefined) return byUri;
  const special = SPECIAL[endpoint.id];
  if (special !== undefined) return special.map((group) => [...group]);
  if (VISIBILITY_ARGUMENT.has(endpoint.id)) {
    return [[params?.public === false ? MODIFY_PRIVATE : MODIFY_PUBLIC]];
  }
  const scopes: readonly string[] = endpoint.scopes;
  const used = new Set<string>();
  const groups: string[][] = [];
  for (const pair of ALTERNATIVES) {
    if (pair.every((scope) => scopes.includes(scope))) {
      groups.push([...pair]);
      for (const scope of pair) used.add(scope);
    }
  }
  for (const scope of scopes) if (!used.has(scope)) groups.unshift([scope]);
  return groups;
}

/**
 * What a call of `endpoint` needs (see ScopeNeeds): `params` are its arguments as given to the client,
 * `isPublic` the playlist's visibility when the caller knows it (for endpoints that change a playlist).
 */
export function requiredScopes(
  endpoint: EndpointSpec,
  params?: Readonly<Record<string, unknown>>,
  isPublic?: boolean,
): ScopeNeeds {
  if (PLAYLIST_VISIBILITY.has(endpoint.id)) return playlistNeeds(endpoint, params, isPublic);
  return { groups: requirements(endpoint, params), byVisibility: [] };
}

/**
 * The needs of a call (see requiredScopes) that `granted` does not meet; undefined when the token's
 * scopes are unknown (an empty `granted` list from a token answer that named none). Where the
 * playlist's visibility decides the modify scope and is unknown, a token holding one of the two modify
 * scopes lacks the other (the playlist is of the other visibility, if a scope is the cause); one holding
 * neither lacks the one of the playlist's visibility (`byVisibility`).
 */
export function missingScopes(
  endpoint: EndpointSpec,
  granted: readonly string[] | undefined,
  params?: Readonly<Record<string, unknown>>,
  isPublic?: boolean,
): ScopeNeeds | undefined {
  if (granted === undefined || granted.length === 0) return undefined;
  const needs = requiredScopes(endpoint, params, isPublic);
  const groups = needs.groups.filter((group) => !group.some((scope) => granted.includes(scope)));
  if (needs.byVisibility.length === 0) return { groups, byVisibility: [] };
  const held = [MODIFY_PUBLIC, MODIFY_PRIVATE].filter((scope) => granted.includes(scope));
  if (held.length === 0) return { groups, byVisibility: needs.byVisibility };
  const other = held.length === 1 ? (held[0] === MODIFY_PUBLIC ? MODIFY_PRIVATE : MODIFY_PUBLIC) : undefined;
  if (other !== undefined && !groups.some((group) => group.includes(other))) groups.push([other]);
  return { groups, byVisibility: [] };
}

/** Whether `needs` names no scope at all (the token meets them all; or the call needs none). */
export const needsNothing = (needs: ScopeNeeds): boolean =>
  needs.groups.length === 0 && needs.byVisibility.length === 0;

/** Scopes named for people: `a and b`, alternatives as `c or d` (e.g. `a and (c or d)`). */
export function describeScopes(groups: readonly (readonly string[])[]): string {
  const parts = groups.map((group) =>
    group.length === 1 ? group[0]! : groups.length === 1 ? group.join(' or ') : `(${group.join(' or ')})`,
  );
  return parts.join(' and ');
}

/**
 * Needs named for people: the groups as describeScopes does, then the scopes that follow the
 * playlist's visibility: "playlist-modify-public for a public playlist, playlist-modify-private for a
 * private one" (in parentheses after other scopes), or one alone as "playlist-modify-public if the
 * playlist is public".
 */
export function describeNeeds(needs: ScopeNeeds): string {
  const { groups, byVisibility } = needs;
  if (byVisibility.length === 0) return describeScopes(groups);
  const [first, second] = byVisibility;
  const visibility =
    second === undefined
      ? `${first!.scope} if the playlist is ${first!.visibility}`
      : `${first!.scope} for a ${first!.visibility} playlist, ${second.scope} for a ${second.visibility} one`;
  if (groups.length === 0) return visibility;
  const rest = groups
    .map((group) => (group.length === 1 ? group[0]! : `(${group.join(' or ')})`))
    .join(' and ');
  return `${rest} and ${second === undefined ? visibility : `(${visibility})`}`;
}

/** `scope a` or `scopes a and b` (describeNeeds), as messages name what a call needs or a token lacks. */
export const scopesOf = (needs: ScopeNeeds): string =>
  `scope${neededCount(needs) > 1 ? 's' : ''} ${describeNeeds(needs)}`;

/** How many scopes `needs` names as needed: more than one takes "scopes". */
export function neededCount(needs: ScopeNeeds): number {
  const count = needs.groups.length + (needs.byVisibility.length > 0 ? 1 : 0);
  return count === 1 && needs.groups.length === 1 ? needs.groups[0]!.length : count;
}

/**
 * Whether `scope`, one of the `missing` scopes of an error, is as good as granted by `granted`: it is
 * in the list, or an alternative of it that is missing too (see ALTERNATIVES: either one was named as
 * enough, e.g. `playlist-modify-private` beside `playlist-modify-public`). A scope missing alone is
 * covered only by itself: playlist-modify-public does not change a private playlist.
 */
export function scopeCovered(scope: string, granted: readonly string[], missing: readonly string[]): boolean {
  if (granted.includes(scope)) return true;
  return ALTERNATIVES.some(
    (pair) =>
      pair.includes(scope) &&
      pair.some((other) => other !== scope && missing.includes(other) && granted.includes(other)),
  );
}
