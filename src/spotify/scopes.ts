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
 * token with any one of their scopes (each URI then needs the scope for its own kind). The queue
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

/**
 * An endpoint's scopes as requirements: each is a set of scopes of which one is enough. `params` are
 * the call's arguments (as given to the client), where the scope depends on them (VISIBILITY_ARGUMENT).
 */
function requirements(endpoint: EndpointSpec, params?: Readonly<Record<string, unknown>>): string[][] {
  const special = SPECIAL[endpoint.id];
  if (special !== undefined) return special.map((group) => [...group]);
  if (VISIBILITY_ARGUMENT.has(endpoint.id)) {
    return [[params?.public === false ? 'playlist-modify-private' : 'playlist-modify-public']];
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
 * The requirements of `endpoint` that `granted` meets none of, each as its alternatives; undefined
 * when the token's scopes are unknown (an empty `granted` list from a token answer that named none).
 */
export function missingScopes(
  endpoint: EndpointSpec,
  granted: readonly string[] | undefined,
  params?: Readonly<Record<string, unknown>>,
): string[][] | undefined {
  if (granted === undefined || granted.length === 0) return undefined;
  return requirements(endpoint, params).filter((group) => !group.some((scope) => granted.includes(scope)));
}

/** Scopes named for people: `a and b`, alternatives as `c or d` (e.g. `a and (c or d)`). */
export function describeScopes(groups: readonly (readonly string[])[]): string {
  const parts = groups.map((group) =>
    group.length === 1 ? group[0]! : groups.length === 1 ? group.join(' or ') : `(${group.join(' or ')})`,
  );
  return parts.join(' and ');
}

/**
 * All requirements of `endpoint` (for the call's `params` where they decide the scope, see
 * VISIBILITY_ARGUMENT). Empty when it needs no scope.
 */
export function requiredScopes(
  endpoint: EndpointSpec,
  params?: Readonly<Record<string, unknown>>,
): string[][] {
  return requirements(endpoint, params);
}

/**
 * Whether `scope` is as good as granted by `granted` for the endpoints that list it: it is in the
 * list, or one of its alternatives is (see ALTERNATIVES; e.g. `playlist-modify-private` for
 * `playlist-modify-public`).
 */
export function scopeCovered(scope: string, granted: readonly string[]): boolean {
  if (granted.includes(scope)) return true;
  return ALTERNATIVES.some((pair) => pair.includes(scope) && pair.some((other) => granted.includes(other)));
}
