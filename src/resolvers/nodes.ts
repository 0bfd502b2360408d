import type { GraphQLResolveInfo } from 'graphql';
import type { ExternalUrls } from '../spotify/endpoints/objects.js';
import { asError } from '../spotify/errors.js';
import { uriOf } from '../spotify/uris.js';
import { badValue, externalUrlOf } from './bad-values.js';
import { load, MAX_IDS } from './catalog.js';
import { type Planned, withNodeChildLoads } from './child-loads.js';
import type { GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { isOwnUri, nodeOf, oneNotFoundPerList, oneRefusalPerList, type SpotifyType, uriOfId } from './ids.js';
import { localTrackOfInput } from './local-files.js';
import { loadPlaylist } from './playlists.js';
import { isLocalFile, isUsableId, withoutUsableId } from './unmodelled.js';
import { userProfile } from './users.js';

/** What every Spotify object with a URI has. */
export interface SpotifyObject {
  id: string;
  uri: string;
  href: string;
  type: string;
  external_urls?: ExternalUrls;
}

/** The Spotify type of an object; chapters say `episode` in their `type`, so their number tells them apart. */
export function spotifyTypeOf(object: SpotifyObject): SpotifyType {
  if ('chapter_number' in object) return 'chapter';
  return object.type as SpotifyType;
}

/** The GraphQL object type of each Spotify type (the types that implement `Node`). */
const NODE_TYPE_NAMES: Readonly<Record<SpotifyType, string>> = {
  album: 'Album',
  artist: 'Artist',
  track: 'Track',
  show: 'Show',
  episode: 'Episode',
  audiobook: 'Audiobook',
  chapter: 'Chapter',
  playlist: 'Playlist',
  user: 'User',
};

/** `Node`'s resolveType: the GraphQL type name of a Spotify object (`Album`, `Chapter`, ...). */
export function nodeTypeName(object: SpotifyObject): string {
  return NODE_TYPE_NAMES[spotifyTypeOf(object)];
}

/**
 * Whether Spotify gave the object an id. Local files in playlists come as track objects with
 * `id: null` (and albums and artists without ids), although the shared shapes say `string`.
 */
export function hasSpotifyId(object: { id?: string | null }): boolean {
  return typeof object.id === 'string' && object.id !== '';
}

/** `Node.spotifyId`: the base62 id (a user name for users); null for an object without one. */
export const spotifyIdOf = (object: SpotifyObject): string | null =>
  hasSpotifyId(object) ? object.id : null;

/**
 * `Node.externalUrl`: where to open the object on Spotify (see externalUrlOf), its error named after the
 * object's GraphQL type (nodeTypeName).
 */
export function nodeExternalUrl(object: SpotifyObject): string | null {
  return externalUrlOf(object.external_urls, `${nodeTypeName(object)}.externalUrl`);
}

/**
 * `Node.id`: the URI built from type and id, or for a local file its own `spotify:local:` URI. Throws
 * SPOTIFY_UNSUPPORTED_ITEM for an object with neither (a missing or malformed id): such an object never
 * gets this far, as its type's `isTypeOf` (isSpotifyType in src/resolvers/unmodelled.ts) refuses it,
 * but a Node id is never made of a malformed one.
 */
export function nodeIdOf(object: SpotifyObject): string {
  const type = spotifyTypeOf(object);
  if (isUsableId(type, object.id)) return uriOfId(type, object.id);
  if (isLocalFile(object)) return object.uri;
  throw withoutUsableId(type);
}

/**
 * `uri` of a Spotify object: Spotify's URI when it names this very object (`spotify:<type>:<id>` with
 * the object's own type and id; a chapter's may say `episode`, as Spotify types chapters; a local
 * file's is its `spotify:local:` URI; a playlist's older `spotify:user:<user>:playlist:<id>` is
 * answered as `spotify:playlist:<id>`, see isOwnUri). One left out or null is built from type and id
 * (a chapter's as `spotify:episode:<id>`, the form Spotify gives),
 * for every type (`Node.id`'s value: Spotify's URI format, "Spotify URIs and IDs", so nothing is made
 * up and the object is not lost for it). The album, show, episode, audiobook and chapter objects'
 * reference requires theirs (AlbumBase, ShowBase, ...), the others' does not; the answer is the same
 * for both, and the same whether `uri` is selected or not (wt2's note after the v12 attack on issue 7:
 * a missing album uri nulled the album only with `uri` selected). Throws `badValue` for one that names
 * another object or type, never passing on a URI that `play(uris:)` would act on as another object
 * (isTypeOf already makes such an object null in its place, see isSpotifyType).
 */
export function nodeUriOf(object: SpotifyObject): string {
  const id: unknown = object.id;
  const type = spotifyTypeOf(object);
  if (type === 'track' && !hasSpotifyId(object) && isLocalFile(object)) return object.uri;
  if (isUsableId(type, id)) {
    const uri: unknown = object.uri;
    // The older playlist form (spotify:user:<user>:playlist:<id>) is answered in the current one, the
    // Node id's: one playlist, one uri, which every URI argument of this API takes.
    if (isOwnUri(type, id, uri)) return type === 'playlist' ? uriOf(type, id) : (uri as string);
    // A chapter's in the form Spotify gives it (ChapterObject: `spotify:episode:<id>`): one chapter,
    // one uri, whether Spotify sent it or not (v14 re-attack, R8).
    if (uri === undefined || uri === null) return uriOfId(type === 'chapter' ? 'episode' : type, id);
  }
  throw badValue(`Spotify's answer has a uri for this ${type} that does not name it`);
}

type NodeFetcher = (ctx: GraphQLContext, id: string) => Promise<SpotifyObject>;

const FETCHERS: Record<SpotifyType, NodeFetcher> = {
  album: (ctx, id) => load(ctx, 'album', id),
  artist: (ctx, id) => load(ctx, 'artist', id),
  track: (ctx, id) => load(ctx, 'track', id),
  show: (ctx, id) => load(ctx, 'show', id),
  episode: (ctx, id) => load(ctx, 'episode', id),
  audiobook: (ctx, id) => load(ctx, 'audiobook', id),
  chapter: (ctx, id) => load(ctx, 'chapter', id),
  // The spec leaves a playlist's `type` optional; Node reads it.
  playlist: async (ctx, id) => ({ type: 'playlist', ...(await loadPlaylist(ctx, id)) }),
  user: (ctx, id) => userProfile(ctx, id),
};

/**
 * `node(id:)`: any Spotify object by its URI, or a local file by the `spotify:local:` URI the server
 * handed out as its id (rebuilt from the URI: Spotify has nothing to fetch); BAD_USER_INPUT (naming
 * `argument`) for anything else, and for a local URI whose duration no `durationMs` can hold. With
 * `info` (a query's field), the loads of the object's selected children that need only its id start
 * beside it, and an object whose selection needs nothing else is not loaded (see withNodeChildLoads;
 * `plans` is shared by the entries of one `nodes` list).
 */
export function fetchNode(
  ctx: GraphQLContext,
  id: string | number,
  argument = 'id',
  info?: GraphQLResolveInfo,
  plans?: Map<string, Planned | undefined>,
): Promise<SpotifyObject> {
  const value = String(id);
  const local = localTrackOfInput(value, argument);
  if (local) return Promise.resolve(local as unknown as SpotifyObject);
  const parsed = nodeOf(value, argument);
  const fetch = () => FETCHERS[parsed.type](ctx, parsed.id);
  if (info === undefined) return fetch();
  const parent = { type: parsed.type, typeName: NODE_TYPE_NAMES[parsed.type], id: parsed.id };
  return Promise.resolve(
    withNodeChildLoads<SpotifyObject | Promise<SpotifyObject>>(ctx, info, parent, fetch, plans),
  );
}

/** `fetchNode`, or the error it throws for a refused id, so that it fails only its own entry of a list. */
function settleNode(
  ctx: GraphQLContext,
  id: string | number,
  argument: string,
  info: GraphQLResolveInfo | undefined,
  plans: Map<string, Planned | undefined>,
): Promise<SpotifyObject> | Error {
  try {
    return fetchNode(ctx, id, argument, info, plans);
  } catch (error) {
    return asError(error);
  }
}

/**
 * `nodes(ids:)`: at most MAX_IDS objects by URI, each failed one its own error; the refused ids cost no
 * Spotify call and are one BAD_USER_INPUT on the first of them, null entries (oneRefusalPerList), and
 * the unknown ones, of whatever kind, one SPOTIFY_NOT_FOUND on the first of them (oneNotFoundPerList).
 * `info` as for fetchNode.
 */
export function fetchNodes(
  ctx: GraphQLContext,
  ids: readonly (string | number)[],
  info?: GraphQLResolveInfo,
): (Promise<SpotifyObject | null> | null)[] {
  if (ids.length > MAX_IDS) throw badInput(`At most ${MAX_IDS} ids, got ${ids.length}`, 'ids');
  const plans = new Map<string, Planned | undefined>();
  return oneNotFoundPerList(
    oneRefusalPerList(ids.map((id, i) => settleNode(ctx, id, `ids[${i}]`, info, plans))).map((entry) =>
      entry instanceof Error ? Promise.reject(entry) : entry,
    ),
  );
}
