import { GraphQLError } from 'graphql';
import type {
  Page,
  SavedAlbum,
  SavedAudiobook,
  SavedEpisode,
  SavedShow,
  SavedTrack,
} from '../spotify/endpoints/objects.js';
import { badValue, carriedValue } from './bad-values.js';
import { checkContains, usesUnifiedLibrary } from './contains-checks.js';
import type { GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { checkMarket, checkUri, eachChecked, parseUri, type SpotifyType } from './ids.js';
import { type Connection, type ConnectionArgs, offsetConnection } from './paging.js';
import { forgetLoads, keyedPages } from './request-loads.js';
import { type SelectionInfo, withSelection } from './selection.js';

/** What the library saves: the type-specific routes exist for these. */
export const LIBRARY_TYPES = ['track', 'album', 'show', 'episode', 'audiobook'] as const;
/** What `libraryContains` answers for: the library plus follows. */
export const CONTAINS_TYPES: readonly SpotifyType[] = [...LIBRARY_TYPES, 'artist', 'user', 'playlist'];

/** Most URIs or ids one field takes (split into Spotify's per-call limits): bounds the calls one field makes. */
export const MAX_URIS = 1000;

type LibraryType = (typeof LIBRARY_TYPES)[number];

/**
 * Validates a URI list: each of an allowed type, at most MAX_URIS, at least one when `nonEmpty`; a list
 * with refused entries is refused whole with one error naming every one of them (eachChecked).
 */
export function checkUris(
  uris: readonly string[],
  allowed: readonly SpotifyType[],
  { argument = 'uris', nonEmpty = true }: { argument?: string; nonEmpty?: boolean } = {},
): string[] {
  if (nonEmpty && uris.length === 0) throw badInput(`${argument} must not be empty`, argument);
  if (uris.length > MAX_URIS) throw badInput(`At most ${MAX_URIS} ${argument}, got ${uris.length}`, argument);
  return eachChecked(uris, (uri, i) => checkUri(uri, allowed, `${argument}[${i}]`), argument);
}

/** The ids of validated URIs, grouped by type, with each one's place in the list. */
function groupByType(uris: readonly string[]): Map<SpotifyType, { ids: string[]; at: number[] }> {
  const groups = new Map<SpotifyType, { ids: string[]; at: number[] }>();
  uris.forEach((uri, index) => {
    const parsed = parseUri(uri);
    if (!parsed) return;
    const group = groups.get(parsed.type) ?? { ids: [], at: [] };
    group.ids.push(parsed.id);
    group.at.push(index);
    groups.set(parsed.type, group);
  });
  return groups;
}

const library = (ctx: GraphQLContext) => ctx.api.library;

const SAVE: Record<LibraryType, (ctx: GraphQLContext, ids: string[]) => Promise<void>> = {
  track: (ctx, ids) => library(ctx).saveTracks(ids, ctx.opts()),
  album: (ctx, ids) => library(ctx).saveAlbums(ids, ctx.opts()),
  show: (ctx, ids) => library(ctx).saveShows(ids, ctx.opts()),
  episode: (ctx, ids) => library(ctx).saveEpisodes(ids, ctx.opts()),
  audiobook: (ctx, ids) => library(ctx).saveAudiobooks(ids, ctx.opts()),
};

const REMOVE: Record<LibraryType, (ctx: GraphQLContext, ids: string[]) => Promise<void>> = {
  track: (ctx, ids) => library(ctx).removeTracks(ids, ctx.opts()),
  album: (ctx, ids) => library(ctx).removeAlbums(ids, ctx.opts()),
  show: (ctx, ids) => library(ctx).removeShows(ids, ctx.opts()),
  episode: (ctx, ids) => library(ctx).removeEpisodes(ids, ctx.opts()),
  audiobook: (ctx, ids) => library(ctx).removeAudiobooks(ids, ctx.opts()),
};

/**
 * Saves or removes validated library URIs: one `/me/library` call per 40 URIs in Development Mode,
 * else the type-specific routes (which fall back to `/me/library` themselves in auto mode). Once a
 * type's refusal taught Development Mode (auto mode), the types left go to `/me/library` together.
 */
export async function changeLibrary(
  ctx: GraphQLContext,
  uris: readonly string[],
  save: boolean,
): Promise<void> {
  forgetLoads(ctx);
  const unified = (left: readonly string[]) =>
    save ? library(ctx).save(left, ctx.opts()) : library(ctx).remove(left, ctx.opts());
  if (usesUnifiedLibrary(ctx)) return unified(uris);
  const types = [...groupByType(uris)];
  for (const [i, [type, group]] of types.entries()) {
    if (usesUnifiedLibrary(ctx)) {
      return unified(types.slice(i).flatMap(([, left]) => left.at.map((at) => uris[at]!)));
    }
    await (save ? SAVE : REMOVE)[type as LibraryType](ctx, group.ids);
  }
}

/**
 * Whether the library holds (or the user follows) each URI (validated here), in order: through the
 * request's checks (see checkContains), so repeats are one entry and checks of one kind are batched.
 */
export function libraryContains(
  ctx: GraphQLContext,
  requested: readonly string[],
): Promise<(boolean | Promise<never>)[]> {
  return checkContains(ctx, checkUris(requested, CONTAINS_TYPES, { nonEmpty: false }));
}

/** A saved-items connection whose edges carry the item and when it was saved. */
export function savedConnection<S extends { added_at: string }, T>(
  connection: Connection<S>,
  itemOf: (saved: S) => T,
) {
  return {
    ...connection,
    // An entry Spotify sent null or as no object is an edge whose node and date are each that field's
    // error (src/schema/common.ts throws them); an entry whose item is null is a removed item (null),
    // one without the item member its node's error.
    edges: connection.edges.map((edge) => {
      const saved = savedEntry(edge.node);
      return {
        cursor: edge.cursor,
        node: saved instanceof GraphQLError ? saved : savedItem(saved, itemOf),
        addedAt: saved instanceof GraphQLError ? saved : (saved.added_at ?? null),
      };
    }),
    nodes: connection.nodes.map((node) => {
      const saved = savedEntry(node);
      return saved instanceof GraphQLError ? saved : savedItem(saved, itemOf);
    }),
  };
}

/**
 * The item a saved entry holds: null when Spotify sent it null (a removed item), the entry's badValue
 * error when the entry has no such member at all (`{}`: Spotify's answer left it out, nothing says
 * the item was removed).
 */
function savedItem<S, T>(saved: S, itemOf: (saved: S) => T): T | GraphQLError {
  const item = itemOf(saved);
  return item === undefined ? badValue("Spotify's answer has a saved-items entry without its item") : item;
}

/**
 * A saved-items edge's `addedAt` (ISO 8601): null when Spotify sent none; the entry's error (see
 * savedConnection) thrown, as that field's null and error.
 */
export function savedAt(edge: { addedAt?: string | null | GraphQLError }): string | null {
  return carriedValue(edge.addedAt ?? null);
}

/** A saved entry (`{ added_at, track }`) as Spotify sent it; its error when it is null or no object. */
function savedEntry<S>(saved: S | null): S | GraphQLError {
  if (saved === null || saved === undefined)
    return badValue("Spotify's answer has a null entry in a saved-items page");
  if (typeof saved !== 'object' || Array.isArray(saved)) {
    return badValue("Spotify's answer has an entry of a saved-items page that is not an object");
  }
  return saved;
}

/**
 * The catalog id of a saved entry's item (for a relinked track, the id it was saved as:
 * `linked_from.id`), or undefined when the entry holds none. A library holds an item once (Spotify's
 * Save Tracks/Albums/Shows/Episodes/Audiobooks for the Current User: saving a saved item again
 * changes nothing), so a later page repeating an id is Spotify's bad value (offsetConnection's
 * `distinct`). v12 attack on issue 7, N5.
 */
function savedId<S>(saved: S, itemOf: (saved: S) => unknown): string | undefined {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return undefined;
  const item = itemOf(saved) as { id?: unknown; linked_from?: { id?: unknown } | null } | null | undefined;
  if (typeof item !== 'object' || item === null) return undefined;
  const id = typeof item.linked_from?.id === 'string' ? item.linked_from.id : item.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** Spotify's most saved items per page. */
const SAVED_PAGE = 50;

/** The saved-item lists under `me`, by their client method, with the item each saved entry holds. */
const SAVED = {
  savedTracks: { route: 'library.getSavedTracks', item: (saved: SavedTrack) => saved.track },
  savedAlbums: { route: 'library.getSavedAlbums', item: (saved: SavedAlbum) => saved.album },
  savedShows: { route: 'library.getSavedShows', item: (saved: SavedShow) => saved.show },
  savedEpisodes: { route: 'library.getSavedEpisodes', item: (saved: SavedEpisode) => saved.episode },
  savedAudiobooks: { route: 'library.getSavedAudiobooks', item: (saved: SavedAudiobook) => saved.audiobook },
} as const satisfies Record<SavedList, { route: string; item: (saved: never) => unknown }>;

/** `me.savedTracks`, `me.savedAlbums`, ...: the user's saved items, newest first, with when each was saved. */
export type SavedList = 'savedTracks' | 'savedAlbums' | 'savedShows' | 'savedEpisodes' | 'savedAudiobooks';

const fetchSaved = {
  savedTracks: (ctx: GraphQLContext, o: PageArgs) => ctx.api.library.getSavedTracks(ctx.opts(o)),
  savedAlbums: (ctx: GraphQLContext, o: PageArgs) => ctx.api.library.getSavedAlbums(ctx.opts(o)),
  savedShows: (ctx: GraphQLContext, o: PageArgs) =>
    ctx.api.library.getSavedShows(ctx.opts({ offset: o.offset, limit: o.limit })),
  savedEpisodes: (ctx: GraphQLContext, o: PageArgs) => ctx.api.library.getSavedEpisodes(ctx.opts(o)),
  savedAudiobooks: (ctx: GraphQLContext, o: PageArgs) =>
    ctx.api.library.getSavedAudiobooks(ctx.opts({ offset: o.offset, limit: o.limit })),
} satisfies Record<SavedList, (ctx: GraphQLContext, o: PageArgs) => Promise<Page<{ added_at: string }>>>;

type PageArgs = { offset: number; limit: number; market: string | undefined };

/**
 * One of the saved-item lists as a connection whose edges carry the item and when it was saved; only
 * the total when `info`'s selection asks for no items (see withSelection).
 */
export async function savedItems<L extends SavedList>(
  ctx: GraphQLContext,
  list: L,
  args: ConnectionArgs & { market?: string | null | undefined },
  info: SelectionInfo,
): Promise<Connection<unknown>> {
  const market = checkMarket(args.market);
  const item = SAVED[list].item as (saved: SavedOf<L>) => unknown;
  const distinct = (saved: SavedOf<L>) => savedId(saved, item);
  const fetch = keyedPages(
    ctx,
    SAVED[list].route,
    { market },
    (offset, limit) =>
      (fetchSaved[list] as (ctx: GraphQLContext, o: PageArgs) => Promise<Page<SavedOf<L>>>)(ctx, {
        offset,
        limit,
        market,
      }),
    // A signed-in user's library is one list whatever the market (Spotify answers for the user's country).
    { distinct, judgedAs: {} },
  );
  const connection = await offsetConnection<SavedOf<L>>(withSelection(args, info), SAVED_PAGE, fetch, {
    distinct,
  });
  return savedConnection(connection, SAVED[list].item as (saved: SavedOf<L>) => ItemOf<L>);
}

type SavedOf<L extends SavedList> = Parameters<(typeof SAVED)[L]['item']>[0];
type ItemOf<L extends SavedList> = ReturnType<(typeof SAVED)[L]['item']>;

/** `saveToLibrary` / `removeFromLibrary`: the URIs validated, then changed; answers the URIs. */
export async function saveOrRemove(
  ctx: GraphQLContext,
  requested: readonly string[],
  save: boolean,
): Promise<{ uris: string[] }> {
  const uris = checkUris(requested, LIBRARY_TYPES);
  await changeLibrary(ctx, uris, save);
  return { uris };
}
