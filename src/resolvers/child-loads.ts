/**
 * Fewer round trips: a parent that is still loading its object starts, from its id alone, the loads
 * its selected children will make, so that the children find them in flight instead of starting them
 * once the parent's object has come. `artist(id:) { albums { ... } }` sends `GET /artists/{id}` and
 * `GET /artists/{id}/albums` side by side: the query's wall time is the depth of its data dependencies,
 * not the depth of its fields.
 *
 * A child load started here is the child's own resolver function run early with the child's arguments,
 * so it goes through the same request loaders under the same keys: the child joins it, and the
 * request's calls are exactly those it makes without this. Only children whose loads do not depend on
 * what the parent's object holds are started (see CHILD_LOADS). Their failures are left to the child
 * (a child that never runs, under a parent that failed, drops them: null semantics are unchanged).
 */
import {
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { albumTracks } from './albums.js';
import { artistAlbums, artistTopTracks, relatedArtists } from './artists.js';
import { audiobookChapters } from './audiobooks.js';
import { categoryPlaylists } from './browse.js';
import type { GraphQLContext } from './context.js';
import { followedArtists } from './follow.js';
import { idOf, type SpotifyType } from './ids.js';
import { type SavedList, savedItems } from './library.js';
import { LOADABLE, type LoadableType } from './loaders.js';
import { myPlaylists, recentlyPlayed, topArtists, topTracks } from './me.js';
import { playlistItems } from './playlists.js';
import { selectsItems } from './selection.js';
import { showEpisodes } from './shows.js';
import { isUsableId } from './unmodelled.js';
import { userPlaylists } from './users.js';

/**
 * A child field's loads, started from the parent's id and the child's arguments as its resolver gets
 * them: a connection's resolver also gets `itemsSelected` (src/resolvers/selection.ts), which decides
 * the pages it fetches, so `items` adds it where the resolver does (the same loads, the same keys).
 */
type ChildLoad = (
  ctx: GraphQLContext,
  id: string,
  args: Record<string, unknown>,
  items: (args: Record<string, unknown>) => Record<string, unknown>,
) => unknown;

/** Whether a `market` argument was given: the child then fetches in that market whatever the parent holds. */
const inMarket = (args: Record<string, unknown>): boolean => typeof args.market === 'string';

const saved =
  (list: SavedList): ChildLoad =>
  (ctx, _id, args, items) =>
    savedItems(ctx, list, items(args));

/**
 * Per GraphQL type, the children whose loads need only the parent's id. A child whose first page the
 * parent's object may embed (an album's tracks, a show's episodes, a playlist's items) is started only
 * with a `market`, when it fetches whatever the parent holds: otherwise the parent's object may answer
 * it without a call, and starting it early would add one.
 */
const CHILD_LOADS: Readonly<Record<string, Readonly<Record<string, ChildLoad>>>> = {
  Artist: {
    albums: (ctx, id, args, items) => artistAlbums(ctx, { id }, items(args)),
    topTracks: (ctx, id, args) => artistTopTracks(ctx, { id }, args),
    relatedArtists: (ctx, id) => relatedArtists(ctx, { id }),
  },
  Album: {
    tracks: (ctx, id, args, items) =>
      inMarket(args) ? albumTracks(ctx, { id } as Parameters<typeof albumTracks>[1], items(args)) : undefined,
  },
  Audiobook: {
    chapters: (ctx, id, args, items) =>
      inMarket(args)
        ? audiobookChapters(ctx, { id } as Parameters<typeof audiobookChapters>[1], items(args))
        : undefined,
  },
  Show: {
    episodes: (ctx, id, args, items) =>
      inMarket(args)
        ? showEpisodes(ctx, { id } as Parameters<typeof showEpisodes>[1], items(args))
        : undefined,
  },
  Playlist: {
    items: (ctx, id, args, items) =>
      inMarket(args)
        ? playlistItems(ctx, { id } as Parameters<typeof playlistItems>[1], items(args))
        : undefined,
  },
  User: {
    playlists: (ctx, id, args, items) => userPlaylists(ctx, { id }, items(args)),
  },
  Category: {
    playlists: (ctx, id, args, items) => categoryPlaylists(ctx, { id }, items(args)),
  },
  Me: {
    playlists: (ctx, _id, args, items) => myPlaylists(ctx, items(args)),
    topArtists: (ctx, _id, args, items) => topArtists(ctx, items(args)),
    topTracks: (ctx, _id, args, items) => topTracks(ctx, items(args)),
    recentlyPlayed: (ctx, _id, args) => recentlyPlayed(ctx, args),
    followedArtists: (ctx, _id, args) => followedArtists(ctx, args),
    savedTracks: saved('savedTracks'),
    savedAlbums: saved('savedAlbums'),
    savedShows: saved('savedShows'),
    savedEpisodes: saved('savedEpisodes'),
    savedAudiobooks: saved('savedAudiobooks'),
  },
};

/** A field selected on the parent's type, with its arguments as its resolver will get them. */
interface SelectedChild {
  name: string;
  args: Record<string, unknown>;
  /** Whether any occurrence under the child's response key selects items (as `withSelection` decides). */
  itemsSelected: boolean;
}

/** Whether @skip/@include leave `node` in the operation (under these variables). */
function included(node: SelectionNode, info: GraphQLResolveInfo): boolean {
  if (node.directives === undefined || node.directives.length === 0) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.if !== false;
}

/**
 * The children named in `wanted` selected on `type` under the field `info` resolves (fragments that
 * apply to it included), each occurrence with its own arguments.
 */
function selectedChildren(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  wanted: Readonly<Record<string, unknown>>,
): SelectedChild[] {
  const children: (SelectedChild & { key: string })[] = [];
  // GraphQL merges the occurrences of one response key: the resolver sees all their selections.
  const byKey = new Map<string, boolean>();
  const fields = type.getFields();
  const applies = (condition: string | undefined): boolean => {
    if (condition === undefined || condition === type.name) return true;
    const abstract = info.schema.getType(condition);
    return isAbstractType(abstract) && info.schema.isSubType(abstract, type);
  };
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const definition = Object.hasOwn(wanted, name) ? fields[name] : undefined;
        if (definition) {
          const key = selection.alias?.value ?? name;
          const itemsSelected = selectsItems(selection.selectionSet, info.fragments);
          byKey.set(key, (byKey.get(key) ?? false) || itemsSelected);
          children.push({
            name,
            key,
            args: getArgumentValues(definition, selection, info.variableValues),
            itemsSelected,
          });
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        // A fragment spread twice is read once (a cycle, refused by validation, cannot loop here either).
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        if (applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return children.map(({ key, ...child }) => ({ ...child, itemsSelected: byKey.get(key) ?? false }));
}

/**
 * Starts the loads of the children selected under `info`'s field that need only the parent's id, for
 * each of `ids` (the parents this field is loading). Queries only: a mutation's children read what it
 * changed, after it. Never throws: a child whose arguments are refused throws them itself.
 */
export function startChildLoads(ctx: GraphQLContext, info: GraphQLResolveInfo, ids: readonly string[]): void {
  if (info.operation.operation !== 'query' || ids.length === 0) return;
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return;
  const loads = CHILD_LOADS[type.name];
  if (!loads) return;
  let children: SelectedChild[];
  try {
    children = selectedChildren(info, type, loads);
  } catch {
    return;
  }
  for (const child of children) {
    const start = loads[child.name];
    if (!start) continue;
    for (const id of ids) {
      try {
        const started = start(ctx, id, child.args, (args) => ({
          ...args,
          itemsSelected: child.itemsSelected,
        }));
        if (started instanceof Promise) started.catch(() => {});
      } catch {
        // The child refuses its arguments itself, with its own error.
      }
    }
  }
}

/** A root field's arguments that name its parents: one id, several, or none (`me`). */
interface ParentArgs {
  id?: string | number;
  ids?: readonly (string | number)[];
}

/** A parent that children can start from: a Spotify type (ids or URIs), a browse category, or none (`me`). */
export type ParentType = SpotifyType | 'category' | undefined;

/** The valid ids among a root field's arguments ('' for a parent without one, such as `me`). */
function parentIds(type: ParentType, args: ParentArgs): string[] {
  if (type === undefined) return [''];
  const values = args.ids ?? (args.id === undefined ? [] : [args.id]);
  const ids: string[] = [];
  for (const value of values) {
    const text = String(value);
    try {
      // A category has no URI: its id is used as it is when Spotify could take it.
      if (type !== 'category') ids.push(idOf(type, text));
      else if (isUsableId('category', text)) ids.push(text);
    } catch {
      // A refused id is the field's own error, with no call for it nor for its children.
    }
  }
  return ids;
}

/**
 * A root field's `loading` (already started: its own loads are scheduled first), with the loads of its
 * children that need only the parents' ids started beside it. `type` reads the ids from `args` (`id`
 * or `ids`); undefined for a parent without an id (`me`).
 */
export function withChildLoads<T>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  type: ParentType,
  args: ParentArgs & { market?: string | null | undefined },
  loading: T,
): T {
  const ids = parentIds(type, args);
  // Parents all in the catalog cache resolve at once, and their children start right after: nothing to gain.
  if (type !== undefined && type in LOADABLE && ids.length > 0) {
    const market = typeof args.market === 'string' ? args.market : undefined;
    if (ids.every((id) => ctx.cached(type as LoadableType, id, market) !== undefined)) return loading;
  }
  startChildLoads(ctx, info, ids);
  return loading;
}
