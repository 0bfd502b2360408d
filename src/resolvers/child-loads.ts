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
  type FieldNode,
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';
import type { AppMode } from '../spotify/endpoints/types.js';
import { NotAvailableInDevelopmentMode, SpotifyAPIError } from '../spotify/errors.js';
import { uriOf } from '../spotify/uris.js';
import { checkIdCount } from './catalog.js';
import { collectFields, type FieldCollection } from './collect-fields.js';
import { cachedObject, type GraphQLContext } from './context.js';
import { pastEmbedded, playlistEmbeddedItems, playlistMode } from './embedded-children.js';
import { checkMarket, eachId, idOf, type SpotifyType } from './ids.js';
import { LOADABLE, type LoadableType } from './loaders.js';
import { window } from './paging.js';
import { readIn } from './parent-markets.js';
import { idOnly } from './parents.js';
import { itemsSelected } from './selection.js';
import { isSpotifyType, isUsableId } from './unmodelled.js';

/**
 * When a child's loads need only its parent's id: `id` always; `market` only when the child is given a
 * `market` argument. A child whose first page the parent's object may embed (an album's tracks, a show's
 * episodes, a playlist's items) fetches whatever the parent holds only in another market: otherwise the
 * parent's object may answer it without a call, and starting it early would add one. `unrelinked` only
 * when the parent is asked without a market: in a market Spotify may answer a track with another copy
 * that plays there (Track Relinking, the track object's `linked_from`), and the child reads that copy's id.
 */
type IdNeed = 'id' | 'market' | 'unrelinked';

/**
 * Per GraphQL type, the children whose loads need only the parent's id. What a child loads is its own
 * resolver's business (the schema's field, run early with a parent that holds only the id): only
 * whether it can start from the id is said here.
 */
const ID_ONLY_CHILDREN: Readonly<Record<string, Readonly<Record<string, IdNeed>>>> = {
  Artist: { albums: 'id', topTracks: 'id', relatedArtists: 'id' },
  Album: { tracks: 'market' },
  Track: { audioFeatures: 'unrelinked', audioAnalysis: 'unrelinked' },
  Audiobook: { chapters: 'market' },
  Show: { episodes: 'market' },
  Playlist: { items: 'market' },
  User: { playlists: 'id' },
  Category: { playlists: 'id' },
  Me: {
    playlists: 'id',
    topArtists: 'id',
    topTracks: 'id',
    recentlyPlayed: 'id',
    followedArtists: 'id',
    savedTracks: 'id',
    savedAlbums: 'id',
    savedShows: 'id',
    savedEpisodes: 'id',
    savedAudiobooks: 'id',
    // The user's checks and player need only who the user is (the token), never the profile.
    libraryContains: 'id',
    followsArtists: 'id',
    followsUsers: 'id',
    followsPlaylist: 'id',
    player: 'id',
  },
  // Started with `me.player` (see startChild): each is its own read of the user's player.
  Player: { state: 'id', currentlyPlaying: 'id', devices: 'id', queue: 'id' },
};

/** The most children a full parent embeds, per GraphQL type: a `'market'` child whose window starts past them needs only the parent's id (pastEmbedded). */
export type Embedded = Readonly<Record<string, number>>;

/**
 * Embedded's figures for an app in `mode` (Spotify: an album's 50 tracks, an audiobook's 50 chapters, a
 * show's 50 episodes, a playlist's 100 or 50 items by app mode: playlistEmbeddedItems): the request's
 * (playlistMode), or the one the call estimate knows.
 */
export const embeddedOf = (mode: AppMode | 'auto'): Embedded => ({
  Album: 50,
  Audiobook: 50,
  Show: 50,
  Playlist: playlistEmbeddedItems(mode),
});

/** Whether a connection child of `typeName` asks (by `args`) only for children past what its parent embeds. Throws for a window refused. */
const pastEmbeddedPage = (typeName: string, args: Record<string, unknown>, embedded: Embedded): boolean =>
  embedded[typeName] !== undefined && pastEmbedded(window(args).offset, embedded[typeName]);

/**
 * Where a connection child of `typeName` (by `args`) ends when it starts inside the page its parent
 * embeds and reaches past that page's end (its items past it are read after the object, once its total
 * is known); undefined otherwise. Throws for a window refused.
 */
function acrossEnd(typeName: string, args: Record<string, unknown>, embedded: Embedded): number | undefined {
  const most = embedded[typeName];
  if (most === undefined) return undefined;
  const { offset, first } = window(args);
  return offset < most && offset + first > most ? offset + first : undefined;
}

/** A window of a list past its embedded page (`reads`: its items are selected), by the list's field name. */
type PastWindow = IdOnlyChild & { name: string; reads: boolean };

/**
 * Whether the windows past the embedded page of the list `name` (`most` its size) wait for the parent's
 * object: when a sibling window reads across that page's end (`ends`: where each such sibling ends) and
 * the first page of none of them covers that sibling's part past it (the embedded page's size is the
 * list's page size: an album's, audiobook's or show's 50, a playlist's 100 or 50 by route). Then the
 * object is loaded anyway and that sibling's further pages wait for its total, so these windows' pages,
 * where the total says there are any, go out in the same wave (no round trip added), and none is asked
 * when the total ends the list before them (embeddedPages): `a: items(first: 100) b: items(offset: 100)`
 * of a 62-item playlist is the object and one page. Otherwise they start at once: waiting would save a
 * call only for a list shorter than their offset, and cost a round trip for every list that reaches it
 * (v18 attack LOW-3).
 */
function waitForObject(
  name: string,
  windows: readonly PastWindow[],
  ends: readonly number[],
  most: number,
): boolean {
  const own = windows.filter((w) => w.name === name);
  const covers = (end: number) =>
    own.some((w) => {
      const { offset, first } = window(w.args);
      return offset === most && offset + (w.reads ? Math.min(first, most) : 1) >= end;
    });
  return ends.some((end) => !covers(end));
}

/**
 * The types whose embedded lists answer a window that asks only the count from a page of the same list
 * the request reads past the embedded one (its `total`: countedFromSibling), without the parent's
 * object: `album { a: tracks(offset: 60) { nodes } b: tracks { totalCount } }` is one call. Every
 * type whose object embeds its first page (ID_ONLY_CHILDREN's `'market'` children).
 */
const SIBLING_COUNTS: ReadonlySet<string> = new Set(['Album', 'Audiobook', 'Show', 'Playlist']);

/** Fields a parent that holds only its id answers: the id in its forms, and the type's name. */
const ID_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'spotifyId', 'uri']);

/** The fields' selection sets under the field `info` resolves, and what collecting them reads. */
const selectionOf = (info: GraphQLResolveInfo): { scope: FieldCollection; sets: SelectionSetNode[] } => ({
  scope: { schema: info.schema, fragments: info.fragments, variables: info.variableValues },
  sets: info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])),
});

/** A child selected on the parent's type that can start from the parent's id, as GraphQL will resolve it. */
interface IdOnlyChild {
  key: string;
  nodes: FieldNode[];
  args: Record<string, unknown>;
}

/**
 * What the parent's selection (`sets`, on parents of `type`) asks: the children that can start from its
 * id, and whether it asks anything else (a field that needs the parent's object). The selection's
 * fields are collected as GraphQL merges them (fragments that apply to `type`, @skip/@include). Throws
 * when arguments are refused.
 */
function planOf(
  scope: FieldCollection,
  sets: readonly SelectionSetNode[],
  type: GraphQLObjectType,
  parentMarket: boolean,
  embedded: Embedded,
): { children: IdOnlyChild[]; needsObject: boolean } {
  const wanted = ID_ONLY_CHILDREN[type.name] ?? {};
  const fields = type.getFields();
  const children: IdOnlyChild[] = [];
  // Children asking their list's count alone from its start, the windows past the embedded page in
  // the parent's market, and the lists with a window read across that page's end (by field name).
  const counts: (IdOnlyChild & { name: string })[] = [];
  const pastWindows: PastWindow[] = [];
  const across = new Map<string, number[]>();
  let needsObject = false;
  for (const [key, nodes] of collectFields(scope, type, sets)) {
    const name = nodes[0]!.name.value;
    const need = Object.hasOwn(wanted, name) ? wanted[name] : undefined;
    const definition = fields[name];
    if (need === undefined || definition === undefined) {
      if (!ID_FIELDS.has(name)) needsObject = true;
      continue;
    }
    const args = getArgumentValues(definition, nodes[0]!, scope.variables ?? {});
    if (need === 'market' && typeof args.market !== 'string') {
      const reads = itemsSelected({ fieldNodes: nodes, fragments: scope.fragments });
      const end = reads ? acrossEnd(type.name, args, embedded) : undefined;
      if (pastEmbeddedPage(type.name, args, embedded)) pastWindows.push({ key, nodes, args, name, reads });
      else if (SIBLING_COUNTS.has(type.name) && !reads) counts.push({ key, nodes, args, name });
      else needsObject = true;
      if (end !== undefined) across.set(name, [...(across.get(name) ?? []), end]);
      continue;
    }
    if (need === 'unrelinked' && parentMarket) {
      needsObject = true;
      continue;
    }
    children.push({ key, nodes, args });
  }
  // Past windows start at once unless a sibling's read across the embedded page makes waiting free.
  const past = new Set<string>();
  for (const { name, reads: _, ...child } of pastWindows) {
    const ends = across.get(name);
    if (ends && waitForObject(name, pastWindows, ends, embedded[type.name]!)) continue;
    past.add(name);
    children.push(child);
  }
  // A count beside a window of its list past the embedded page reads that window's total (embeddedChildren).
  for (const { name, ...count } of counts) {
    if (past.has(name)) children.push(count);
    else needsObject = true;
  }
  return { children, needsObject };
}

/**
 * Runs the child's own resolver (the schema's field) early, with a parent that holds only `parent`'s
 * id: the same loads under the same keys as when GraphQL runs it, so GraphQL's run joins them. Its
 * resolve info is the child's (its field nodes decide, for a connection, whether items are selected).
 */
function startChild(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  child: IdOnlyChild,
  parent: object,
): Promise<unknown> | undefined {
  const field = type.getFields()[child.nodes[0]!.name.value];
  if (!field?.resolve) return undefined;
  const childInfo: GraphQLResolveInfo = {
    ...info,
    fieldName: field.name,
    fieldNodes: child.nodes,
    returnType: field.type,
    parentType: type,
    path: { prev: info.path, key: child.key, typename: type.name },
  };
  try {
    const started: unknown = field.resolve(parent, child.args, ctx, childInfo);
    if (!(started instanceof Promise)) {
      startGrandchildren(ctx, childInfo, started);
      return undefined;
    }
    started.catch(() => {});
    return started;
  } catch {
    // The child refuses its arguments itself, with its own error.
    return undefined;
  }
}

/**
 * A child that is an object made without a call (`me.player`, a handle on the user's player): its own
 * children that need nothing of it but itself start now too, under the same keys as when GraphQL runs
 * them (see ID_ONLY_CHILDREN's `Player`).
 */
function startGrandchildren(ctx: GraphQLContext, childInfo: GraphQLResolveInfo, child: unknown): void {
  if (typeof child !== 'object' || child === null) return;
  const planned = plannedOf(childInfo, false, embeddedOf(playlistMode(ctx)));
  if (planned) startChildren(ctx, childInfo, planned, [child]);
}

/**
 * The parent of `type` with id `id` as far as its id says: what children started early get. Noted as
 * known by its id only (parents.ts), and as read in `market`, the root field's (parent-markets.ts): its
 * lists are asked in that market, as those of the object it stands for.
 */
function idOnlyParent(type: ParentType, id: string, market?: string): object {
  if (type === undefined || type === 'category') return idOnly({ id });
  return readIn(idOnly({ id, type, uri: uriOf(type, id) }), market);
}

/** A field's plan (see planOf) with its type, when its children can start early at all. */
export interface Planned {
  type: GraphQLObjectType;
  children: IdOnlyChild[];
  /** Whether the selection needs the parent's object: a field besides id fields and such children, or none of these. */
  needsObject: boolean;
}

/**
 * The plan of `info`'s field for parents of its type, or of the object type `typeName` (the type of
 * `node(id:)`'s answer, which the field's type, `Node`, does not say); `parentMarket` when the parents
 * are asked in a market. Undefined for a mutation's (its children read what it changed, after it).
 */
function plannedOf(
  info: GraphQLResolveInfo,
  parentMarket: boolean,
  embedded: Embedded,
  typeName?: string,
): Planned | undefined {
  if (info.operation.operation !== 'query') return undefined;
  const type = typeName === undefined ? getNamedType(info.returnType) : info.schema.getType(typeName);
  if (!isObjectType(type) || ID_ONLY_CHILDREN[type.name] === undefined) return undefined;
  try {
    const { scope, sets } = selectionOf(info);
    const { children, needsObject } = planOf(scope, sets, type, parentMarket, embedded);
    return { type, children, needsObject: needsObject || children.length === 0 };
  } catch {
    // Refused arguments: each child throws them itself, with its own error.
    return undefined;
  }
}

/**
 * Whether root parents of `type` selected with `sets` are answered without loading their objects (as
 * withChildLoads and withNodeChildLoads answer them in a query): the selection holds id fields and at
 * least one child that starts from the parents' ids, nothing else; `parentMarket` when the parents are
 * asked in a market; `mode` the app's as the caller knows it (embeddedOf). False for arguments refused
 * (the children refuse them, after no call). For the call estimate (src/server/call-estimate.ts), which
 * must count what the resolvers do.
 */
export function idOnlySelection(
  scope: FieldCollection,
  sets: readonly SelectionSetNode[],
  type: GraphQLObjectType,
  parentMarket: boolean,
  mode: AppMode | 'auto',
): boolean {
  const wanted = ID_ONLY_CHILDREN[type.name];
  if (wanted === undefined) return false;
  try {
    // A field that needs the object answers no, as planOf would, without coercing any child's arguments.
    const fields = type.getFields();
    for (const nodes of collectFields(scope, type, sets).values()) {
      const name = nodes[0]?.name.value ?? '';
      if ((!Object.hasOwn(wanted, name) || fields[name] === undefined) && !ID_FIELDS.has(name)) return false;
    }
    const { children, needsObject } = planOf(scope, sets, type, parentMarket, embeddedOf(mode));
    return !needsObject && children.length > 0;
  } catch {
    return false;
  }
}

/** Starts the planned children for each of `parents`: per parent, the loads started. Never throws. */
function startChildren(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  planned: Planned,
  parents: readonly object[],
): Promise<unknown>[][] {
  const started: Promise<unknown>[][] = parents.map(() => []);
  for (const child of planned.children) {
    parents.forEach((parent, i) => {
      const load = startChild(ctx, info, planned.type, child, parent);
      if (load !== undefined) started[i]!.push(load);
    });
  }
  return started;
}

/** Whether `error` says Spotify has no such object (its 404, or a batch answer's null for the id). */
const isNotFound = (error: unknown): boolean =>
  (error instanceof GraphQLError && error.extensions.code === 'SPOTIFY_NOT_FOUND') ||
  (error instanceof SpotifyAPIError && error.status === 404);

/** Whether `error` is a Development Mode app's refusal of the route (with or without a call): it says nothing of the object. */
const isDevelopmentRefusal = (error: unknown): boolean =>
  error instanceof NotAvailableInDevelopmentMode ||
  (error instanceof GraphQLError && error.extensions.code === 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE');

/**
 * Whether the settled loads of one parent's children leave its existence to be checked: one failed
 * with Spotify's not found (X1), or every one was refused for Development Mode (X1': those children
 * tell nothing, so the parent is loaded as `{ id }` alone loads it, and existence does not depend on
 * the selection). Children that answered, or failed otherwise (a 5xx), leave the parent as its id says.
 */
const leaveUnchecked = (outcomes: readonly PromiseSettledResult<unknown>[]): boolean =>
  !outcomes.some((outcome) => outcome.status === 'rejected' && isNotFound(outcome.reason)) &&
  !(
    outcomes.length > 0 &&
    outcomes.every((outcome) => outcome.status === 'rejected' && isDevelopmentRefusal(outcome.reason))
  );

/**
 * `answer` (a parent as far as its id says) checked by its object's load (`loaded()`, the load `{ id }`
 * alone makes): an unknown parent is that load's null or not-found error, as when `name` is selected;
 * any other failure of the load (a Development Mode refusal, a 5xx, a 429, a dropped or wrong-shaped
 * answer) is the parent's error too, exactly as with `{ id }` alone: a parent Spotify was asked about
 * and did not confirm is never answered as an object (v14 re-attack, R4). Throws that failure. An
 * object the load answered that is no object of the parent's type (another `type`, no usable id:
 * isSpotifyType) is answered as it came, so that the executor refuses it as with `{ id }` alone.
 */
async function checkedBy(answer: unknown, loaded: () => unknown): Promise<unknown> {
  const object = await loaded();
  if (object === null || object === undefined) return object;
  const type = (answer as { type?: SpotifyType }).type;
  return type !== undefined && !isSpotifyType(type)(object) ? object : answer;
}

/**
 * `answer` (one parent as far as its id says) once the children's loads started from its id have
 * settled, checked by `loaded()` (the root field's load) when they leave its existence open
 * (leaveUnchecked). No call and no wave is added while the children answer.
 */
async function confirmedOne(
  answer: unknown,
  started: readonly Promise<unknown>[],
  loaded: () => unknown,
): Promise<unknown> {
  if (leaveUnchecked(await Promise.allSettled(started))) return answer;
  return checkedBy(answer, loaded);
}

/**
 * The entries of an `ids` list (`answer`: parents as far as their ids say, a refused id's rejection
 * in place) once all their children's loads have settled: the parents whose existence is left open
 * (leaveUnchecked) are checked by one load of their ids alone (`loadIds`, the root field's load of
 * those ids, in order: in Extended mode one batch call of just them), never the list's others (v13
 * re-attack, X1c). `started` holds each valid id's loads, `ids` the valid ids, in the list's order.
 */
function confirmedEntries(
  answer: readonly unknown[],
  started: readonly Promise<unknown>[][],
  ids: readonly string[],
  loadIds: (ids: string[]) => unknown,
): unknown[] {
  const checks = Promise.all(started.map((own) => Promise.allSettled(own))).then((settled) => {
    const open = settled.flatMap((outcomes, k) => (leaveUnchecked(outcomes) ? [] : [k]));
    if (open.length === 0) return new Map<number, unknown>();
    // A load that throws is a failed check of each open entry (its error, see checkedBy), not a failed list.
    const loading = new Promise<unknown>((resolve) => resolve(loadIds(open.map((k) => ids[k]!))));
    return new Map(
      open.map((k, j) => {
        const part = loading.then((all) => (Array.isArray(all) ? all[j] : all));
        // Each part is awaited by its own entry; marked handled so that no failure of the check can
        // end the process as an unhandled rejection (v13 re-attack, K1).
        part.catch(() => {});
        return [k, part];
      }),
    );
  });
  // A refused id has no children started (parentIds skips it): its entry is its own error as it is.
  let at = 0;
  return answer.map((entry) => {
    // A refused id's entry (its rejection, or null past the list's first refusal: eachId) has no parent to check.
    if (entry instanceof Promise || entry === null) return entry;
    const k = at++;
    return checks.then((open) => (open.has(k) ? checkedBy(entry, () => open.get(k)) : entry));
  });
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
 * The answer of `ids` (a root field's `ids` argument) as far as each id says, in order: a refused id
 * is its own entry's BAD_USER_INPUT (a rejection, as the loaders answer it), more than MAX_IDS the
 * field's. For a selection that reads nothing of the parents but what their ids give.
 */
function idOnlyEntries(
  type: SpotifyType,
  ids: readonly (string | number)[],
  market: string | undefined,
): (object | Promise<never> | null)[] {
  checkIdCount(ids);
  return eachId(
    ids.map((value) => String(value)),
    (value, i) => idOf(type, value, `ids[${i}]`),
  ).map((id) =>
    typeof id === 'string' ? idOnlyParent(type, id, market) : id === null ? null : Promise.reject(id),
  );
}

/** Whether every one of `ids` of `type` is in the catalog cache (in `market`): loading them costs no call. */
function allCached(ctx: GraphQLContext, type: ParentType, ids: readonly string[], market: unknown): boolean {
  if (type === undefined || !(type in LOADABLE) || ids.length === 0) return false;
  const asked = typeof market === 'string' ? market : undefined;
  return ids.every((id) => cachedObject(ctx, type as LoadableType, id, asked) !== undefined);
}

/**
 * A root field's answer: `load(args)` (called first, so that its own loads are scheduled first), with
 * the loads of its children that need only the parents' ids started beside it (queries only). When the
 * parents' selection holds nothing but id fields (`id`, `spotifyId`, `uri`, `__typename`) and at least
 * one such child, their objects are not loaded (id fields alone load them, see plannedOf's
 * `needsObject`): the answer is each parent as far as its id says, once its children's loads have
 * settled; when one failed with Spotify's not found (X1), or all were refused for Development Mode
 * (X1'), the parent's object is loaded (`load` with `args.ids` cut to the parents to check, for an
 * `ids` list: X1c), and an unknown parent is null with its not-found error as when `name` is
 * selected; a refused id or market is refused as `load` refuses it. `type` reads the ids from `args`
 * (`id` or `ids`); undefined for a parent without an id (`me`).
 */
export function withChildLoads<T, A extends ParentArgs & { market?: string | null | undefined }>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  type: ParentType,
  args: A,
  load: (args: A) => T,
): T {
  // An over-long list is the field's one error before any of its entries is read (parentIds reads each).
  if (args.ids !== undefined) checkIdCount(args.ids);
  const ids = parentIds(type, args);
  // Parents all in the catalog cache resolve at once, and their children start right after: nothing to gain.
  if (allCached(ctx, type, ids, args.market)) return load(args);
  const planned =
    ids.length > 0
      ? plannedOf(info, typeof args.market === 'string', embeddedOf(playlistMode(ctx)))
      : undefined;
  if (planned && !planned.needsObject && type !== undefined) {
    const market = checkMarket(args.market);
    const one = args.ids === undefined || type === 'category';
    // Refused before any load starts: more than MAX_IDS ids is the field's error.
    const entries = one ? [] : idOnlyEntries(type, args.ids ?? [], market);
    const started = startChildren(
      ctx,
      info,
      planned,
      ids.map((id) => idOnlyParent(type, id, market)),
    );
    // The selection reads nothing of the parents but what their ids give (see ID_FIELDS), once the
    // children's loads do not leave a parent's existence open.
    if (one)
      return confirmedOne(idOnlyParent(type, ids[0]!, market), started[0] ?? [], () => load(args)) as T;
    return confirmedEntries(entries, started, ids, (only) => load({ ...args, ids: only })) as T;
  }
  const loading = load(args);
  if (planned) {
    // `load` took the market already (a refused one threw there).
    const market = checkMarket(args.market);
    startChildren(
      ctx,
      info,
      planned,
      ids.map((id) => idOnlyParent(type, id, market)),
    );
  }
  return loading;
}

/**
 * `node(id:)` and each entry of `nodes(ids:)`: as withChildLoads for the parent `id` of `type`, whose
 * GraphQL object type `typeName` (`Artist`, ...) decides which of the selection's fragments apply.
 * `plans` keeps the plan of each type for the entries of one list.
 */
export function withNodeChildLoads<T>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  parent: { type: SpotifyType; typeName: string; id: string },
  load: () => T,
  plans: Map<string, Planned | undefined> = new Map(),
): T {
  const { type, typeName, id } = parent;
  if (allCached(ctx, type, [id], undefined)) return load();
  if (!plans.has(typeName))
    plans.set(typeName, plannedOf(info, false, embeddedOf(playlistMode(ctx)), typeName));
  const planned = plans.get(typeName);
  if (planned && !planned.needsObject) {
    const answer = idOnlyParent(type, id);
    return confirmedOne(answer, startChildren(ctx, info, planned, [answer])[0] ?? [], load) as T;
  }
  const loading = load();
  if (planned) startChildren(ctx, info, planned, [idOnlyParent(type, id)]);
  return loading;
}
