import { GraphQLError } from 'graphql';
import { withArticle } from '../spotify/ids.js';
import { badValue, carriedValue } from './bad-values.js';
import { isOwnUri, type SpotifyType, validId } from './ids.js';
import { isLocalUri } from './local-files.js';
import { type Connection, connectionEntries } from './paging.js';

/**
 * Items Spotify sends that this API does not model: an entry of a type it has no GraphQL type for
 * (a playlist or queue entry of `type: "ad"`, say), or an object without the id the API needs to
 * show or fetch it (an episode whose show has no id). Such an item is null with a typed error
 * (`SPOTIFY_UNSUPPORTED_ITEM`), never Spotify's object echoed back, and never a Spotify call with the
 * missing id. Local files are modelled (`Track.isLocal`, `localFile`), so they pass.
 */

/** The `extensions.code` of an item Spotify sent that the API does not model. */
export const UNSUPPORTED_ITEM = 'SPOTIFY_UNSUPPORTED_ITEM';

/** A short word from Spotify's answer that an error may name (a `type`); anything else is not shown. */
const WORD = /^[a-z_]{1,32}$/;

/** The typed error for an item the API does not model; `what` says which, in the API's words. */
export function unsupportedItem(what: string): GraphQLError {
  return new GraphQLError(`Spotify sent ${what}, which this API does not model`, {
    extensions: { code: UNSUPPORTED_ITEM },
  });
}

/** The SPOTIFY_UNSUPPORTED_ITEM error of an object of `type` whose id is missing or malformed. */
export function withoutUsableId(type: string): GraphQLError {
  return unsupportedItem(`${withArticle(type)} without a usable id`);
}

/** A value where an object belongs that is none: a number, a string, a boolean, a list. */
const notAnObject = (value: unknown): boolean => typeof value !== 'object' || Array.isArray(value);

/**
 * The error of a value where Spotify's object of `type` belongs that is no object at all (`7`, `"x"`,
 * a list): a value Spotify should not have sent (`badValue`), as for any list entry that is no object;
 * never SPOTIFY_UNSUPPORTED_ITEM, which is for objects the API does not model.
 */
function notAnObjectError(what: string): GraphQLError {
  return badValue(`Spotify's answer has ${what} that is not an object`);
}

/** Category ids are words with `_` and `-` (`toplists`) or base62. */
const CATEGORY_ID = /^[0-9A-Za-z_-]{1,64}$/;

/** Whether `id` (from Spotify's answer) can name an object of `type` in a Spotify call or a Node id. */
export function isUsableId(type: SpotifyType | 'audioFeatures' | 'category', id: unknown): id is string {
  if (type === 'category') return typeof id === 'string' && CATEGORY_ID.test(id);
  if (typeof id !== 'string') return false;
  return validId(type, id);
}

/**
 * The id of a nested object Spotify sent (a track's album, an episode's show, a playlist's owner), to
 * fetch it by; SPOTIFY_UNSUPPORTED_ITEM when it has none that Spotify could answer for.
 */
export function nestedIdOf(
  type: SpotifyType | 'category',
  object: { id?: unknown } | null | undefined,
): string {
  if (object !== null && object !== undefined && notAnObject(object))
    throw notAnObjectError(`${withArticle(type)}`);
  const id = object?.id;
  if (!isUsableId(type, id)) throw withoutUsableId(type);
  return id;
}

/**
 * A nested object Spotify sent (an episode's show, a chapter's audiobook, a track's album, a
 * playlist's owner), as the API shows it: the object when it has a usable id, null when Spotify sent
 * none, SPOTIFY_UNSUPPORTED_ITEM when it sent one without an id (a Node needs it, and so does any
 * call for its further fields).
 */
export function nestedObjectOf<T extends { id?: unknown }>(
  type: SpotifyType,
  object: T | null | undefined,
): T | null {
  if (object === null || object === undefined) return null;
  if (notAnObject(object)) throw notAnObjectError(`${withArticle(type)}`);
  if (!isUsableId(type, object.id)) throw withoutUsableId(type);
  return object;
}

/**
 * An entry of a nested list (a track's or an album's artists), in its place: the object when it has a
 * usable id; its SPOTIFY_UNSUPPORTED_ITEM error object when Spotify sent one without (GraphQL makes it
 * that entry's null and error), so the list keeps Spotify's length and its other entries; a null entry
 * is a value Spotify should not have sent (`badValue`).
 */
export function nestedEntry<T extends { id?: unknown }>(
  type: SpotifyType,
  object: T | null | undefined,
  where: string,
): T | GraphQLError {
  if (object === null || object === undefined)
    return badValue(`Spotify's answer has a null entry in ${where}`);
  if (notAnObject(object)) return notAnObjectError(`an entry of ${where}`);
  if (!isUsableId(type, object.id)) return withoutUsableId(type);
  return object;
}

/**
 * Whether an item is a local file: a track with `is_local: true` and a well-formed `spotify:local:` URI
 * (isLocalUri: the one `node(id:)` reads back, so its Node id can be refetched); one with a malformed
 * local URI has no usable identity (SPOTIFY_UNSUPPORTED_ITEM in its place, as any malformed id).
 */
export function isLocalFile(item: object): boolean {
  const { type, is_local: isLocal, uri } = item as ItemLike;
  return type === 'track' && isLocal === true && typeof uri === 'string' && isLocalUri(uri);
}

/**
 * Whether a Spotify object of `type` carries what its Node id is made of: a usable id (isUsableId),
 * or, for a track, a local file's `spotify:local:` URI. One rule for every object the API shows.
 */
export function hasNodeIdentity(type: SpotifyType, object: object): boolean {
  return isUsableId(type, (object as ItemLike).id) || (type === 'track' && isLocalFile(object));
}

/**
 * `isTypeOf` for a Spotify object type (chapters carry `type: episode`, so their number decides). The
 * object must also carry the id its Node id is made of: a usable id of its type (22 base62 characters;
 * a user name for users), or for a track a local file's `spotify:local:` URI. An object without one (a
 * missing id, `../../me`, `short`) is no object of the type: the executor makes it null in its place
 * with SPOTIFY_UNSUPPORTED_ITEM (src/server/errors.ts), whatever the query selects, so a malformed id
 * never becomes a Node id.
 */
export function isSpotifyType(type: SpotifyType) {
  return (value: unknown): boolean => {
    if (typeof value !== 'object' || value === null) return false;
    const isChapter = 'chapter_number' in value;
    const typed =
      type === 'chapter' ? isChapter && isChapterType(value) : !isChapter && typeOf(value) === type;
    return typed && hasNodeIdentity(type, value) && agreesWithItself(type, value);
  };
}

const typeOf = (value: object): unknown => (value as ItemLike).type;

/**
 * A chapter's `type`: Spotify's ChapterObject says `"episode"`; `"chapter"` is taken too, and one left
 * out is the chapter's number alone. Any other word (`"video"`) is no chapter (v12 attack on issue 7, N11).
 */
const isChapterType = (value: object): boolean => {
  const type = typeOf(value);
  return type === undefined || type === 'episode' || type === 'chapter';
};

/**
 * Whether an object's identity fields agree: its `uri`, when Spotify sent one, is the object's own
 * (`spotify:<type>:<id>`; a chapter's may say `episode`, a playlist's may be the older
 * `spotify:user:<user>:playlist:<id>`, see isOwnUri; a local file's is its `spotify:local:` URI, see
 * isLocalFile), and a `type: "track"` is not flagged `episode: true` (Spotify's flag for an
 * episode in a track's shape; see src/resolvers/track-shaped-episodes.ts). An object that disagrees
 * with itself names two objects at once: whichever field were read would make its Node id up, so it
 * is no object of the type, whatever the query selects (v12 attack on issue 7, N3).
 */
function agreesWithItself(type: SpotifyType, value: object): boolean {
  const { id, uri } = value as ItemLike;
  if (type === 'track' && (value as { episode?: unknown }).episode === true) return false;
  if (uri === undefined || uri === null) return true;
  if (!isUsableId(type, id)) return type === 'track' && isLocalFile(value);
  return isOwnUri(type, id, uri);
}

/** What an entry needs: `type`, and an id unless it is a local file. */
interface ItemLike {
  type?: unknown;
  id?: unknown;
  is_local?: unknown;
  uri?: unknown;
}

/** The Spotify types a list of tracks and episodes may hold. */
export const PLAYABLE_TYPES = ['track', 'episode'] as const;

/**
 * The Spotify types the player and the queue may hold: a track, an episode, or an audiobook's chapter
 * (Spotify's ChapterObject says `type: "episode"`; its `chapter_number` tells it, see playableTypeName).
 */
export const PLAYER_TYPES = ['track', 'episode', 'chapter'] as const;

/** The types modelledItem may be asked to accept. */
type ModelledType = (typeof PLAYER_TYPES)[number];

/**
 * The `PlayableItem` type of an item the player or the queue holds (checked by modelledItem): a
 * chapter (a `chapter_number`, or `type: "chapter"`), else an episode, else a track. Each type's
 * isTypeOf checks the object again, so an object labelled `chapter` that is none is
 * SPOTIFY_UNSUPPORTED_ITEM in its place.
 */
export function playableTypeName(item: object): 'Chapter' | 'Episode' | 'Track' {
  const { type } = item as ItemLike;
  if ('chapter_number' in item || type === 'chapter') return 'Chapter';
  return type === 'episode' ? 'Episode' : 'Track';
}

/**
 * An entry of a list Spotify sent (a playlist item, the player's item, a queue entry, a saved or
 * played track), checked against the `types` the field models: the item itself when the API models it
 * (one of `types` with an id, or a local file with its `spotify:local:` URI); null when Spotify sent
 * none (a removed item); SPOTIFY_UNSUPPORTED_ITEM for anything else (another type, no id).
 */
export function modelledItem<T>(
  item: T | null | undefined,
  types: readonly ModelledType[] = PLAYABLE_TYPES,
): T | null {
  if (item === null || item === undefined) return null;
  if (notAnObject(item)) throw notAnObjectError('an item');
  const { type } = item as ItemLike;
  const modelled = types.find((candidate) => candidate === type);
  if (modelled !== undefined) {
    if (hasNodeIdentity(modelled, item)) return item;
    throw withoutUsableId(modelled);
  }
  const named = typeof type === 'string' && WORD.test(type) ? ` of type "${type}"` : ' of an unknown type';
  throw unsupportedItem(`an item${named}`);
}

/**
 * `modelledItem` for an entry of a GraphQL list: an unsupported entry becomes its error object, which
 * GraphQL turns into that entry's null and error, so its siblings keep their values.
 */
export function modelledEntry<T>(
  item: T | null | undefined,
  types: readonly ModelledType[] = PLAYABLE_TYPES,
): T | GraphQLError | null {
  try {
    return modelledItem(item, types);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

/** How connectionNode checks the nodes of a list: a saved list's (null is a removed item), and the types it models. */
export interface ConnectionNodeOptions {
  saved?: boolean | undefined;
  /**
   * A null entry is an item Spotify withholds, not a fault: shows, episodes and audiobooks in search
   * pages and a show's or audiobook's pages, where Spotify sends null for an item unavailable to the
   * token or in the market (spotify/web-api#1589, spotify-web-api-ts-sdk#141). Its node is null
   * without an error, as a removed item's is.
   */
  withheld?: boolean | undefined;
  types?: readonly (typeof PLAYABLE_TYPES)[number][] | undefined;
}

/**
 * A node of a connection page (`<list>Connection.nodes`, an edge's `node`) as Spotify sent it, checked:
 * an error carried in its place stays; a null entry is Spotify's bad value, except in a saved list
 * (`saved`: Spotify's `{ added_at, track }`, checked by savedConnection), where a null item is a removed
 * one, and in a list whose null entries are withheld items (`withheld`), null without an error; an entry that is no object is a bad value; with `types` (tracks, episodes), an item of another
 * type or without an id is SPOTIFY_UNSUPPORTED_ITEM (see modelledEntry). Errors are returned, not
 * thrown: GraphQL makes each that entry's null and error.
 */
export function connectionNode(item: unknown, list: string, options: ConnectionNodeOptions): unknown {
  if (item instanceof GraphQLError) return item;
  if (item === null || item === undefined) {
    return options.saved || options.withheld
      ? null
      : badValue(`Spotify's answer has a null entry in a page of ${list}`);
  }
  if (typeof item !== 'object' || Array.isArray(item)) {
    return badValue(`Spotify's answer has an entry in a page of ${list} that is not an object`);
  }
  return options.types ? modelledEntry(item, options.types) : item;
}

/** An edge's `node` (see connectionNode), its error thrown: that field's null and error. */
export function edgeNode(item: unknown, list: string, options: ConnectionNodeOptions): unknown {
  return carriedValue(connectionNode(item, list, options));
}

/**
 * A connection's `nodes` (see connectionNode): an entry's error object stays in its place, where GraphQL
 * makes it that entry's null and error; the connection's cut ends them (connectionEntries).
 */
export function connectionNodes(
  connection: Connection<unknown>,
  list: string,
  options: ConnectionNodeOptions,
): unknown[] {
  return connectionEntries(
    connection,
    connection.nodes.map((item) => connectionNode(item, list, options)),
  );
}
