import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type {
  Album,
  Artist,
  Audiobook,
  AudioFeatures,
  Chapter,
  Episode,
  Show,
  SimplifiedAlbum,
  SimplifiedArtist,
  SimplifiedAudiobook,
  SimplifiedEpisode,
  SimplifiedShow,
  SimplifiedTrack,
  Track,
} from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { withChildLoads } from './child-loads.js';
import { cachedObject, type GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { inEventScope, sharedEventLoad } from './event-loads.js';
import { checkMarket, eachId, type IdOrError, idOf, oneNotFoundPerList, type SpotifyType } from './ids.js';
import type { LoadableType } from './loaders.js';
import { marketOf, readIn } from './parent-markets.js';
import { isUsableId, withoutUsableId } from './unmodelled.js';

interface Shapes {
  album: Album;
  artist: Artist;
  track: Track;
  show: Show;
  episode: Episode;
  audiobook: Audiobook;
  chapter: Chapter;
  audioFeatures: AudioFeatures;
}

/** Most ids one root field takes (`albums(ids:)` ...): bounds the fan-out of one query. */
export const MAX_IDS = 100;

/**
 * Throws the field's BAD_USER_INPUT (`At most 100 ids per field, got 100000`) when `ids` holds more
 * than MAX_IDS entries. Called before any entry is read (checked, keyed, looked up in the cache), so
 * that an over-long list costs one error and no work per entry (attack 3, H7: 100,000 ids read one by
 * one held the event loop for 21 s).
 */
export function checkIdCount(ids: readonly unknown[]): void {
  if (ids.length > MAX_IDS) throw badInput(`At most ${MAX_IDS} ids per field, got ${ids.length}`, 'ids');
}

/** One catalog object by id, through the request's DataLoader (and the shared catalog cache). */
export function load<K extends LoadableType>(
  ctx: GraphQLContext,
  type: K,
  id: string,
  market?: string,
): Promise<Shapes[K]> {
  // The id may come from Spotify's own answer (a track's album, an episode's show): one without a
  // usable id is no call to make (a batch of ids would carry "null").
  if (!isUsableId(type === 'audioFeatures' ? 'track' : type, id)) {
    return Promise.reject(withoutUsableId(type === 'audioFeatures' ? 'track' : type));
  }
  // A warm catalog object needs no batch: answer it without waiting for the level to gather.
  const hit = cachedObject(ctx, type, id, market);
  if (hit !== undefined) return Promise.resolve(readIn(hit as Shapes[K], market));
  const loading = !inEventScope(ctx)
    ? (ctx.loaders[type].load({ id, market }) as Promise<Shapes[K]>)
    : // A subscription's execution joins the same load of another cohort's for the same event (event-loads.ts).
      sharedEventLoad(
        ctx,
        `object ${type} ${id} ${market ?? ''}`,
        () => ctx.loaders[type].load({ id, market }) as Promise<Shapes[K]>,
      );
  // Its lists' later pages are asked in the market it was (parent-markets.ts).
  return market === undefined ? loading : loading.then((object) => readIn(object, market));
}

/**
 * Many catalog objects; each failed one is its own error (null in the list), not a failed query, and
 * the refused ids one error for them all (null entries; see eachId).
 */
export function loadMany<K extends LoadableType>(
  ctx: GraphQLContext,
  type: K,
  ids: readonly IdOrError[],
  market?: string,
): (Promise<Shapes[K]> | null)[] {
  checkIdCount(ids);
  // A refused id costs no Spotify call: the list's refusal on its first (eachId), null after it.
  return ids.map((id) =>
    typeof id === 'string' ? load(ctx, type, id, market) : id === null ? null : Promise.reject(id),
  );
}

/** Root fields' arguments: an id or URI (GraphQL ID) and an optional market. */
export interface ByIdArgs {
  id: string | number;
  market?: string | null | undefined;
}

/** Root list fields' arguments: ids or URIs and an optional market. */
export interface ByIdsArgs {
  ids: readonly (string | number)[];
  market?: string | null | undefined;
}

/** The id in a root field's `id` argument (a bare id or a URI of `type`), validated. */
const idArg = (type: SpotifyType, value: string | number, argument = 'id'): string =>
  idOf(type, String(value), argument);

/**
 * `album(id:)`, `track(id:)`, ...: one catalog object by id or URI (validated, with its market), through
 * the request's loader. `toId` reads ids a type accepts in more than one form (chapters).
 */
export function loadById<K extends LoadableType & SpotifyType>(
  ctx: GraphQLContext,
  type: K,
  args: ByIdArgs,
  toId: (value: string, argument: string) => string = (value, argument) => idArg(type, value, argument),
): Promise<Shapes[K]> {
  return load(ctx, type, toId(String(args.id), 'id'), checkMarket(args.market));
}

/**
 * `albums(ids:)`, `tracks(ids:)`, ...: many catalog objects in order, each failed one its own error,
 * but the unknown ids one SPOTIFY_NOT_FOUND for them all (null entries; see oneNotFoundPerList), as
 * the refused ids are one BAD_USER_INPUT (eachId).
 */
export function loadByIds<K extends LoadableType & SpotifyType>(
  ctx: GraphQLContext,
  type: K,
  args: ByIdsArgs,
  toId: (value: string, argument: string) => string = (value, argument) => idArg(type, value, argument),
): (Promise<Shapes[K] | null> | null)[] {
  return oneNotFoundPerList(loadEachById(ctx, type, args, toId));
}

/**
 * loadByIds with each unknown id its own SPOTIFY_NOT_FOUND: for a root field that makes its unknown
 * ids' errors one itself, over more than this load (withChildLoads checks a subset of its ids with it).
 */
export function loadEachById<K extends LoadableType & SpotifyType>(
  ctx: GraphQLContext,
  type: K,
  args: ByIdsArgs,
  toId: (value: string, argument: string) => string = (value, argument) => idArg(type, value, argument),
): (Promise<Shapes[K]> | null)[] {
  checkIdCount(args.ids);
  // A refused id is its own entry's error (no Spotify call), not the whole field's.
  const ids = eachId(
    args.ids.map((id) => String(id)),
    (id, i) => toId(id, `ids[${i}]`),
  );
  return loadMany(ctx, type, ids, checkMarket(args.market));
}

/**
 * `album(id:)`, `artist(id:)`, `audiobook(id:)`, `track(id:)`: loadById, with the loads of the object's selected
 * children that need only its id started beside it (see withChildLoads).
 */
export function loadByIdWithChildren<K extends LoadableType & SpotifyType>(
  ctx: GraphQLContext,
  type: K,
  args: ByIdArgs,
  info: GraphQLResolveInfo,
): Promise<Shapes[K]> {
  return withChildLoads(ctx, info, type, args, () => loadById(ctx, type, args));
}

/**
 * `albums(ids:)`, `artists(ids:)`, `audiobooks(ids:)`, `tracks(ids:)`: loadByIds, their children's id-only
 * loads beside them (see withChildLoads); the unknown ids one SPOTIFY_NOT_FOUND (oneNotFoundPerList).
 */
export function loadByIdsWithChildren<K extends LoadableType & SpotifyType>(
  ctx: GraphQLContext,
  type: K,
  args: ByIdsArgs,
  info: GraphQLResolveInfo,
): (Promise<Shapes[K] | null> | null)[] {
  return oneNotFoundPerList(withChildLoads(ctx, info, type, args, (only) => loadEachById(ctx, type, only)));
}

/*
 * Nested objects arrive simplified (a track's album, an album's artists). Fields that only the full
 * object has call these: the parent is used as is when it is already full, and loaded otherwise, in
 * the market the simplified object was read in (parent-markets.ts: a track's album read in JP is
 * loaded in JP, its tracks' availability JP's). An artist has no market (Spotify's artist endpoints
 * take none).
 */
export const fullAlbum = (ctx: GraphQLContext, album: SimplifiedAlbum | Album): Promise<Album> | Album =>
  'tracks' in album && album.tracks !== undefined ? album : load(ctx, 'album', album.id, marketOf(album));

export const fullArtist = (
  ctx: GraphQLContext,
  artist: SimplifiedArtist | Artist,
): Promise<Artist> | Artist =>
  'popularity' in artist || 'followers' in artist || 'genres' in artist || 'images' in artist
    ? artist
    : load(ctx, 'artist', artist.id);

/** A full track has popularity and external ids; an album's track may carry its album and still be simplified. */
export const fullTrack = (ctx: GraphQLContext, track: SimplifiedTrack | Track): Promise<Track> | Track =>
  'external_ids' in track || 'popularity' in track ? track : load(ctx, 'track', track.id, marketOf(track));

/** What a full album, artist or track carries and its simplified version does not. */
interface WithPopularity {
  popularity?: number | null;
}

/**
 * Whether the app is in Development Mode (configured, or learned in auto mode; an Extended-only
 * endpoint asks, so that what auto mode learned counts).
 */
const inDevelopmentMode = (ctx: GraphQLContext): boolean =>
  ctx.client.modeFor(endpoints.getMultipleArtists) === 'development';

/**
 * `full` (fullAlbum, fullArtist, fullTrack) for a field Spotify's February 2026 change removed from
 * what a Development Mode app reads (a track's or album's `popularity`, an album's `label`, an
 * artist's `popularity` and `followers`;
 * https://developer.spotify.com/documentation/web-api/references/changes/february-2026): in that mode
 * the object as it is, never read again (the full object lacks the field too, so the read would only
 * cost a call per object for a null); elsewhere `full`.
 */
export const unlessRemovedInDevelopment =
  <T, F>(full: (ctx: GraphQLContext, item: T) => Promise<F> | F) =>
  (ctx: GraphQLContext, item: T): Promise<Partial<F>> | Partial<F> =>
    inDevelopmentMode(ctx) ? (item as Partial<F>) : full(ctx, item);

/**
 * A `popularity` resolver (0 to 100; null when Spotify sent none) for a type whose simplified objects
 * lack it: `full` (fullAlbum, fullArtist, fullTrack) answers the object itself when it is full, else
 * loads it (one batched call per level of the query); in Development Mode, which Spotify no longer
 * sends it to, no load (unlessRemovedInDevelopment).
 */
export const popularityOf =
  <T>(full: (ctx: GraphQLContext, item: T) => Promise<WithPopularity> | WithPopularity) =>
  async (ctx: GraphQLContext, item: T): Promise<number | null> =>
    (await unlessRemovedInDevelopment(full)(ctx, item)).popularity ?? null;

export const fullShow = (ctx: GraphQLContext, show: SimplifiedShow | Show): Promise<Show> | Show =>
  'episodes' in show ? show : load(ctx, 'show', show.id, marketOf(show));

export const fullEpisode = (
  ctx: GraphQLContext,
  episode: SimplifiedEpisode | Episode,
): Promise<Episode> | Episode =>
  'show' in episode ? episode : load(ctx, 'episode', episode.id, marketOf(episode));

export const fullAudiobook = (
  ctx: GraphQLContext,
  audiobook: SimplifiedAudiobook | Audiobook,
): Promise<Audiobook> | Audiobook =>
  'chapters' in audiobook ? audiobook : load(ctx, 'audiobook', audiobook.id, marketOf(audiobook));

/** Whether a field's selection (fragments included) asks for `name` on the objects it returns. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
