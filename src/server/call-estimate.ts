import {
  type ArgumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLID,
  GraphQLInt,
  type GraphQLNamedType,
  GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLString,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
} from 'graphql';
import { MAX_IDS } from '../resolvers/catalog.js';
import { embeddedOf, idOnlySelection } from '../resolvers/child-loads.js';
import { collectFields, type FieldCollection } from '../resolvers/collect-fields.js';
import {
  inputAsUri,
  loadedIdOf,
  MAX_ENUM_ENTRIES,
  SPOTIFY_TYPES,
  type SpotifyType,
  uriOfId,
} from '../resolvers/ids.js';
import { MAX_URIS } from '../resolvers/library.js';
import { type ConnectionArgs, DEFAULT_FIRST, MAX_FIRST, window } from '../resolvers/paging.js';
import { MAX_PLAY_URIS } from '../resolvers/player-commands.js';
import { SEARCH_WINDOW } from '../resolvers/search-window.js';
import { selectsItems } from '../resolvers/selection.js';
import { splitList } from '../spotify/endpoints/batching.js';
import { endpoints } from '../spotify/endpoints/table.js';
import type { AppMode } from '../spotify/endpoints/types.js';
import {
  batchSizes,
  CALL_RULES,
  type CallRule,
  DEFAULT_LIST_ITEMS,
  DEFAULT_MUTATION_RULE,
  developmentRule,
  LIST_ITEMS_BY_TYPE,
  OWNED_ITEMS,
} from './call-rules.js';

/**
 * The default of MAX_QUERY_COST: the most Spotify calls one operation may be estimated to cause. The
 * honest screens of test/graphql/call-estimate.test.ts (two album pages with every track's artists'
 * albums, about 200; 50 playlists with 100 items each, about 100; a 500-result search, 10 for an
 * Extended app, 50 for a Development Mode one) and of test/graphql/batching.test.ts in Development Mode
 * (an artist's 3 albums' 50 tracks' artists' popularity, 5 there, where Spotify no longer sends it;
 * their genres instead, one call per id: 305) pass; 16 aliased
 * 500-result searches of a Development Mode app (800) do not.
 */
export const DEFAULT_MAX_COST = 500;

/**
 * The default of MAX_ANSWER_VALUES: the most values (objects, scalars and list entries) one operation's
 * answer may be estimated to hold. The honest screens of test/graphql/call-estimate.test.ts pass with
 * room to spare (the largest, a user's 50 playlists with 100 items each, their tracks' albums and
 * artists: about 101,000 at the estimate's bounds; the album screens under 2,000); 30 aliases of
 * `albums(ids:)` with 100 ids each selecting `availableMarkets` (558,000: a 2.8 MB answer from a 5 KB
 * query costing 150 calls) do not, nor 8 aliases of `search(first: 50)` selecting tracks with their
 * markets, album and artists (153,600: about 0.9 MB), nor 21 aliases of introspection's types with
 * their fields and arguments.
 */
export const DEFAULT_MAX_VALUES = 150_000;

/** The largest count the estimate carries: deeper fan-outs are over any limit anyway. */
const CEILING = 1e12;

/** What the estimate reads besides the document: the schema, the coerced variables, the fragments. */
interface Walk {
  schema: GraphQLSchema;
  variables: Readonly<Record<string, unknown>>;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  batches: Readonly<Record<string, number>>;
  /** The app is known to be an Extended Quota app: pages are CallRule.extendedPage where a rule gives one. */
  extended: boolean;
  /**
   * The app is known to be in Development Mode: objects by id are loaded one call each, in full, and
   * fields the server answers there without a call cost nothing (call-rules.ts developmentRule).
   */
  development: boolean;
  /** Values the answer may hold, counted as the walk goes (see estimateOperation). */
  values: number;
  /** Entries of introspection's lists, from the schema's own sizes (introspectionLists). */
  introspection: Readonly<Record<string, number>>;
  /**
   * The mode a full playlist's embedded page is sized by (playlistEmbeddedItems): Development Mode's
   * where the app is known to be in it, else Extended's, the larger (see estimateOperation).
   */
  playlists: AppMode;
  /**
   * For a query, the loads counted so far, each of which the run makes once per request: an object by id
   * (`Album:market:id`, LOADED_ONCE) and a page of DEDUPED_CHILDREN (its path, arguments and whether it
   * asks for items). Undefined for a mutation or a subscription, nothing shared.
   */
  loads: Set<string> | undefined;
  /** collectFields' answers per selection set and type, for this walk (FieldCollection.collected). */
  collected: NonNullable<FieldCollection['collected']>;
  /**
   * The last root object by id keyed (idKeyOf): its field's arguments, type and key. A root field's
   * key is read twice (its load counted, its position keyed), and written once.
   */
  idArgs: Record<string, unknown> | undefined;
  idType: string;
  idKey: string;
}

/** Where the walk stands: the parent objects at this position, the items the connection above holds. */
interface Position {
  /** Upper bound of the objects of the type at this position in the whole answer. */
  parents: number;
  /** Items the nearest connection (or `limit`) above asked for: what its `nodes` and `edges` hold. */
  pending: number;
  /** The objects are full ones: their full-only fields need no further call. */
  full: boolean;
  /**
   * Set where the objects are full ones by id whose loads are counted (a root `album(id:)`,
   * `albums(ids:)`, `node(id:)`): their object states the total of its embedded list (EMBEDDED_LISTS).
   * It is the field that fetched them by id. Objects of a type whose selection needs only their ids are
   * not loaded (loaded), so they embed nothing.
   */
  by: FieldAt | undefined;
  /**
   * In a query, which objects these are: a root object by id as the runtime's loaders key it (idKey), or
   * the path of fields with their arguments from the root. The same key, the same objects. A path is
   * kept as its last step (PathStep) until a key is read (keyText): most are never read.
   */
  key: string | PathStep | undefined;
  /**
   * Set where the objects are the items of a list Spotify sends without their owner (OWNED_ITEMS): the
   * items' field that answers the owner, and the calls knowing it costs for all of them (OwnedItems).
   */
  owner: OwnedItems | undefined;
}

/**
 * The items of an OWNED_ITEMS list: `field` (`Type.field`) answers their owner, which the list's resolver
 * recorded. It costs `calls` for all the items at the position, however many fields ask it: none when the
 * owners' objects were loaded, one load per owner known by its id alone (src/resolvers/parents.ts).
 */
interface OwnedItems {
  field: string;
  calls: number;
}

/**
 * A Position's key not written yet: the key of the position `from` it was reached from, the field's
 * `Type.field` name and its arguments. Only a DEDUPED_CHILDREN field reads its parents' keys; built per
 * field, the path strings (and each field's arguments as JSON) were a first-seen document's garbage.
 */
interface PathStep {
  from: Position;
  name: string;
  args: Record<string, unknown>;
}

/** The text of `at`'s key (Position.key): a path is written once, when first read. */
function keyText(at: Position): string {
  const key = at.key;
  if (key === undefined || typeof key === 'string') return key ?? '';
  const { from, name, args } = key;
  const text = `${keyText(from)}/${name}${args === NO_ARGUMENTS ? '' : JSON.stringify(args)}`;
  at.key = text;
  return text;
}

/**
 * A Position with all its properties, always in one order: the walk reads them on every field, and
 * positions of one hidden class keep those reads monomorphic (spreads and properties added later made
 * several).
 */
const positionOf = (
  parents: number,
  pending: number,
  full: boolean,
  by: FieldAt | undefined = undefined,
  key: string | PathStep | undefined = undefined,
  owner: OwnedItems | undefined = undefined,
): Position => ({ parents, pending, full, by, key, owner });

/**
 * The types whose objects by id the runtime loads once per request, however many fields ask for them
 * (`album(id:)`, `albums(ids:)`, `node(id:)`, `nodes(ids:)`, one id repeated in a list): the catalog
 * loaders (src/resolvers/loaders.ts, by type, id and market) and the playlist and profile loads
 * (loadPlaylist by id and market, userProfile and userById by id: src/resolvers/request-loads.ts loadOnce).
 */
const LOADED_ONCE: ReadonlySet<string> = new Set([
  'Album',
  'Artist',
  'Track',
  'Show',
  'Episode',
  'Audiobook',
  'Chapter',
  'Playlist',
  'User',
]);

/**
 * Fields whose pages the runtime fetches once per request for one parent and one set of arguments (an
 * artist's albums: keyedPages by artist, market, groups, offset and limit): the same field with the same
 * arguments on the same objects (Position.key), under another alias or from a fragment spread again,
 * costs no second call.
 */
const DEDUPED_CHILDREN: ReadonlySet<string> = new Set(['Artist.albums']);

const cap = (n: number): number => Math.min(CEILING, n);

/**
 * The connections whose parent object by id embeds their first page and states their total (Spotify's
 * album `tracks`, audiobook `chapters`, playlist `tracks`/`items`: child-loads.ts
 * embeddedOf gives each page's size): a window inside that page, in the parent's market, costs no call
 * beyond the parent's (servedByParent), whatever it selects: its items, `totalCount` or `pageInfo`. A
 * playlist's only where the app is known to be an Extended Quota app (every playlist object embeds its
 * list there); elsewhere the window keeps its one call (a safe over-count).
 */
const EMBEDDED_LISTS: ReadonlySet<string> = new Set(['Album.tracks', 'Audiobook.chapters']);

/**
 * Lists whose parent by id states their total but embeds their page only when loaded alone: Spotify's
 * several-shows answer (`GET /shows?ids=`) holds simplified shows, with `total_episodes` and no
 * episodes. A count alone from the list's start is free there; a window of items or page info is free
 * only where the parent was loaded alone, in full (loadedAlone).
 */
const COUNTED_LISTS: ReadonlySet<string> = new Set(['Show.episodes']);

/**
 * The root fields by id whose objects of a type are each loaded alone, in full (`GET /shows/{id}`, with
 * the first page of episodes), when their selection names the list: `show(id:)` and `shows(ids:)` with
 * `episodes` (src/resolvers/shows.ts loadShowWithEpisodes, one call per distinct show and market, keyed
 * apart from the show loader's: withList). By the GraphQL type loaded, its list field and the fields.
 */
const LOADED_WITH_LIST: Readonly<Record<string, { list: string; fields: ReadonlySet<string> }>> = {
  Show: { list: 'episodes', fields: new Set(['show', 'shows']) },
};

/**
 * Whether the root field `field` loads each of its objects of `type` alone with their list
 * (LOADED_WITH_LIST): its selection names the list, directives not read (as the resolver's `selects`).
 */
function withList(field: FieldAt, type: string): boolean {
  const loads = LOADED_WITH_LIST[type];
  const name = field.nodes[0]?.name.value;
  if (loads === undefined || name === undefined || !loads.fields.has(name)) return false;
  return field.nodes.some((node) => namesField(node.selectionSet, loads.list, field.walk.fragments, 0));
}

/** Whether `set` names the field `name`, through inline fragments and fragment spreads (catalog.ts selects). */
function namesField(
  set: SelectionSetNode | undefined,
  name: string,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  depth: number,
): boolean {
  // Fragment cycles are refused by validation; the bound keeps a cycle from recursing regardless.
  if (set === undefined || depth > MAX_FRAGMENT_DEPTH) return false;
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    const inner =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : fragments[selection.name.value]?.selectionSet;
    return namesField(inner, name, fragments, depth + 1);
  });
}

/** The deepest fragment nesting namesField follows. */
const MAX_FRAGMENT_DEPTH = 100;

/**
 * Whether the COUNTED_LISTS list of a parent of `parentType` fetched by `by` is embedded in it: the
 * parent was loaded alone, in full, by a LOADED_WITH_LIST field, or by the type's loader in an app known
 * to be in Development Mode (no batch endpoints: each object is `GET /shows/{id}`, in full).
 */
const loadedAlone = (walk: Walk, by: FieldAt, parentType: string): boolean =>
  walk.development || withList(by, parentType);

/** Embedded pages' sizes by parent type, for an app known to be Extended and for any other. */
const EMBEDDED_EXTENDED = embeddedOf('extended');
const EMBEDDED_OTHER = embeddedOf('auto');

/**
 * Whether a connection's window costs no call: on a loaded parent by id (Position.by) that embeds
 * the list (EMBEDDED_LISTS), a window from `offset` (or the item after `after`) of `first` items (0 when
 * its items are not selected) that starts and ends inside the embedded page, with no market of its own;
 * for a COUNTED_LISTS list, a count alone from its start.
 * A window its resolver refuses (window throws) is not free.
 */
function servedByParent(
  walk: Walk,
  at: Position,
  parentType: string,
  field: string,
  args: Record<string, unknown>,
  first: number,
): boolean {
  if (at.by === undefined || args.market !== undefined) return false;
  if (!loaded(at.by, parentType)) return false;
  const key = `${parentType}.${field}`;
  const counted = COUNTED_LISTS.has(key) && !loadedAlone(walk, at.by, parentType);
  if (
    !counted &&
    !EMBEDDED_LISTS.has(key) &&
    !COUNTED_LISTS.has(key) &&
    !(key === 'Playlist.items' && walk.extended)
  )
    return false;
  const most = (walk.extended ? EMBEDDED_EXTENDED : EMBEDDED_OTHER)[parentType];
  if (most === undefined) return false;
  let offset: number;
  try {
    offset = window(args as ConnectionArgs).offset;
  } catch {
    return false;
  }
  if (counted) return first === 0 && offset === 0;
  return offset < most && offset + first <= most;
}

/**
 * An upper bound of the Spotify calls `operation` can cause, from its document alone (before any call):
 * - a connection with `first: N` costs ceil(N / page) calls per parent object (Spotify's page for its
 *   endpoint: 50; for search and an artist's albums 50 when `batched` (the app is known to be an
 *   Extended Quota app), else Development Mode's 10), one when it selects no `edges`/`nodes`;
 * - a root object by id (`album(id:)`, `artists(ids:)`, `node(id:)` ...) whose selection needs only its
 *   id (id fields and children that start from the id, as child-loads.ts decides) costs no call: only
 *   its children's;
 * - objects fetched by id cost ceil(ids / batch) (20 albums, 50 artists, ... per call; one each when
 *   `batched` is false: a Development Mode app has no batch endpoints);
 * - a field only the full object has (an artist's popularity) costs a share of a batch call for the
 *   objects at its position: ceil(objects / batch), once for all such fields there;
 * - the objects at a position are the product of the items above: `first` of each connection, the
 *   ids of a list by id, and an assumed length for lists Spotify sizes (2 artists per track). A page
 *   below them (an artist's albums) is loaded once per distinct parent per request, so this product
 *   bounds the distinct parents, hence the calls;
 * - fields served from the parent's object, and meta fields (`__typename`), cost nothing;
 * - for an app known to be in Development Mode (`mode` 'development': configured, or learned in auto
 *   mode), a field the server answers there without a call costs nothing, and nothing below a field
 *   it refuses (an artist's top tracks or related artists, a track's audio features or analysis,
 *   browse and recommendations: Extended-only endpoints with no replacement), nor one Spotify no
 *   longer sends there (popularity, an album's label, an artist's followers): call-rules.ts
 *   developmentRule. While auto mode has not learned the mode ('auto'), such a field may call (an
 *   Extended Quota app's answer): it is counted.
 * Fragments are followed, fields of one response key merged (as GraphQL executes them), @skip and
 * @include applied, and each type an abstract field may answer counted. Variables must be coerced. A field
 * whose arguments do not coerce costs nothing (execution fails it before its resolver), and the rest
 * is still counted: input a client sends does not make this throw.
 */
export function estimateCalls(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
  mode: AppMode | 'auto',
): number {
  return estimateOperation(schema, operation, fragments, variables, mode).calls;
}

/** What one operation can cost: Spotify calls, and values in its answer. */
export interface OperationEstimate {
  /** Upper bound of the Spotify calls (estimateCalls). */
  calls: number;
  /**
   * Upper bound of the values the answer holds: each field's value per parent object, and each entry
   * of a list (objects and scalars alike, `availableMarkets`' markets included), with the same item
   * counts as the calls (`first`, the length of `ids` with every repeat counted, assumed lengths of the
   * lists Spotify sizes). It bounds the work and the size of the answer, which calls do not: 100 copies
   * of one id cost one batch call and answer 100 objects.
   */
  values: number;
}

/**
 * estimateCalls, and the values the answer may hold (OperationEstimate); the same walk. `mode`: the
 * request's app's as known before it runs (the configured one, or the one auto mode learned; 'auto'
 * when not known). Only an app known to be Extended is counted with batches and Extended pages; only one
 * known to be in Development Mode with Development Mode's embedded playlist page (50 items, not 100: a
 * larger embedded page means more windows wait for the playlist's object, one call more).
 */
export function estimateOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
  mode: AppMode | 'auto',
): OperationEstimate {
  const root = schema.getRootType(operation.operation);
  if (!root) return { calls: 0, values: 0 };
  const batched = mode === 'extended';
  const query = operation.operation === 'query';
  const walk: Walk = {
    schema,
    variables,
    fragments,
    batches: batched ? BATCHED_SIZES : SINGLE_SIZES,
    extended: batched,
    development: mode === 'development',
    values: 0,
    introspection: introspectionLists(schema),
    playlists: mode === 'development' ? 'development' : 'extended',
    loads: query ? new Set() : undefined,
    collected: new Map(),
    idArgs: undefined,
    idType: '',
    idKey: '',
  };
  const calls = selectionCost(
    walk,
    root,
    [operation.selectionSet],
    positionOf(1, DEFAULT_FIRST, true, undefined, query ? '' : undefined),
  );
  return { calls, values: cap(walk.values) };
}

/** batchSizes of each mode, made once (the endpoint table does not change), not per estimate. */
const BATCHED_SIZES = batchSizes(true);
const SINGLE_SIZES = batchSizes(false);

/** The cost of selections on a field whose type is `type` (an object or an abstract type). */
function selectionCost(
  walk: Walk,
  type: GraphQLNamedType,
  sets: readonly SelectionSetNode[],
  at: Position,
): number {
  if (at.parents <= 0 || sets.length === 0) return 0;
  if (isObjectType(type)) return objectCost(walk, type, sets, at);
  if (!isAbstractType(type)) return 0;
  // Each object is of one type: the sum over the types it may be bounds every mix of them (calls are
  // made per type: a batch of tracks and one of episodes), and the most values one type's selection
  // holds bounds the values of each object.
  let cost = 0;
  const before = walk.values;
  let values = before;
  for (const possible of walk.schema.getPossibleTypes(type)) {
    walk.values = before;
    cost += objectCost(walk, possible, sets, at);
    values = Math.max(values, walk.values);
  }
  walk.values = values;
  return cost;
}

/** The cost of the fields selected on objects of `type` at a position. */
function objectCost(
  walk: Walk,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  at: Position,
): number {
  const fields = collectFields(walk, type, sets);
  let cost = 0;
  let needsFull = false;
  let ownerCounted = false;
  for (const nodes of fields.values()) {
    const first = nodes[0] as FieldNode;
    const definition = fieldOf(walk.schema, type, first.name.value);
    if (!definition) continue;
    const named = fieldOfType(type, definition);
    // The owner of a list's items costs its OwnedItems calls, once for the position, whatever its rule.
    const owner = at.owner !== undefined && at.owner.field === named.name;
    const known = owner ? NO_RULE : ruleOf(type, definition.name, walk.introspection);
    const rule = walk.development ? developmentRule(known) : known;
    if (rule.full && !at.full) needsFull = true;
    const args = argumentsOf(definition, first, walk.variables);
    // Arguments that do not coerce (an explicit null for a non-null one) fail the field at execution,
    // before its resolver: no call, and nothing below it runs.
    // A list argument over its maximum (`albums(ids:)` with 101 ids) is the field's own BAD_USER_INPUT,
    // refused by its resolver before any call: it costs nothing, whatever the list's length.
    if (args === undefined || overListMaximum(named, args)) continue;
    // Refused without a call in Development Mode (an artist's top tracks, a track's audio features):
    // null on each parent, and nothing below it runs.
    if (rule.refused) {
      walk.values = cap(walk.values + at.parents);
      continue;
    }
    if (owner && !ownerCounted) {
      cost += at.owner?.calls ?? 0;
      ownerCounted = true;
    }
    const field = fieldCost(walk, definition, rule, args, nodes, at, type.name);
    if (!repeatedPage(walk, named, definition, args, at, field.below)) cost += field.calls;
    // The field's value on each parent; for a list, each entry (a connection's items: its `nodes`).
    // Introspection's descriptions are prose: each counts its average length in the schema, in 8 characters.
    const weight =
      definition.name === 'description' ? (walk.introspection[`${type.name}.description`] ?? 1) : 1;
    walk.values = cap(walk.values + field.below.parents * weight);
    const subSets = selectionSetsOf(nodes);
    if (subSets.length > 0 && field.below.parents > 0)
      cost += selectionCost(walk, shapeOf(definition).named, subSets, field.below);
  }
  if (needsFull) cost += Math.ceil(at.parents / (walk.batches[type.name] ?? 1));
  return cap(cost);
}

/** The rule of a field that costs no call of its own. */
const NO_RULE: CallRule = Object.freeze({});

/**
 * The OwnedItems of the items of the connection `field` on parents of `parentType` at `at` (`owners`
 * of them), or undefined where the list is no OWNED_ITEMS one. Owners known by their ids alone (root
 * objects by id that withChildLoads answers without loading: Position.by not loaded) are each loaded
 * when their items ask for them (src/resolvers/parents.ts adoptLater): one call per owner, counted
 * without batching (each owner's items come with their own page, so their loads may not meet in one).
 */
function ownedItems(at: Position, parentType: string, field: string, owners: number): OwnedItems | undefined {
  const owned = OWNED_ITEMS[`${parentType}.${field}`];
  if (owned === undefined) return undefined;
  const idOnly = at.by !== undefined && !loaded(at.by, parentType);
  return { field: owned, calls: idOnly ? owners : 0 };
}

/**
 * In a query, sets `below.key` (which objects the field answers: Position.key) and answers whether the
 * field's calls were counted already: a DEDUPED_CHILDREN page of the same objects with the same
 * arguments (and items or count alone, as `below.pending` says), which the run fetches once.
 */
function repeatedPage(
  walk: Walk,
  { name, deduped }: FieldOfType,
  definition: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  at: Position,
  below: Position,
): boolean {
  if (walk.loads === undefined || at.key === undefined) return false;
  const root = rootObjectKey(walk, definition, args, at);
  // A root object by id is keyed by its id alone: its path (its arguments as JSON) is not needed.
  if (!deduped) {
    below.key = root ?? { from: at, name, args };
    return false;
  }
  const path = `${keyText(at)}/${name}${args === NO_ARGUMENTS ? '' : JSON.stringify(args)}`;
  below.key = root ?? path;
  const key = `${path}#${below.pending > 0 ? 'items' : 'count'}`;
  if (walk.loads.has(key)) return true;
  walk.loads.add(key);
  return false;
}

/** A root field's one object by id (`album(id:)`, `node(id:)` of a URI) as its loader keys it (idKey); else undefined. */
function rootObjectKey(
  walk: Walk,
  definition: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  at: Position,
): string | undefined {
  if (at.key !== '' || typeof args.id !== 'string' || shapeOf(definition).list) return undefined;
  const type = byIdType(shapeOf(definition).named.name, args);
  return type === undefined ? undefined : idKeyOf(walk, type, args.id, args);
}

/** idKey of a field's `id` argument, `id`: the key last written again when the same field asks (Walk.idArgs). */
function idKeyOf(walk: Walk, type: string, id: string, args: Record<string, unknown>): string {
  if (walk.idArgs === args && walk.idType === type) return walk.idKey;
  const key = idKey(type, id, args);
  walk.idArgs = args;
  walk.idType = type;
  walk.idKey = key;
  return key;
}

/** The SpotifyType of a GraphQL type's name (`Album`: album), or undefined; read once per name. */
const kindsOf = new Map<string, SpotifyType | undefined>();

function kindOf(type: string): SpotifyType | undefined {
  if (kindsOf.has(type)) return kindsOf.get(type);
  const kind = type.toLowerCase() as SpotifyType;
  const known = SPOTIFY_TYPES.includes(kind) ? kind : undefined;
  // The schema's type names, and the names `node(id:)` reads off a URI: bounded by MAX_KINDS.
  if (kindsOf.size < MAX_KINDS) kindsOf.set(type, known);
  return known;
}

/** The most type names kindOf remembers: the schema's object types, with room to spare. */
const MAX_KINDS = 1000;

/**
 * The key of an object by id as the runtime's loaders key it: its type, market, and the id its loader
 * is given (loadedIdOf, the resolvers' own reading: a URI or link of its type, a user name however
 * encoded, a chapter's episode URI); any other form is kept whole, a key of its own.
 */
function idKey(type: string, id: string, args: Record<string, unknown>): string {
  const kind = kindOf(type);
  const loaded = kind !== undefined ? loadedIdOf(kind, id) : undefined;
  return `${type}:${typeof args.market === 'string' ? args.market : ''}:${loaded ?? id}`;
}

/**
 * The ids of `values` (of objects of `type`) a query has not counted before, by this field or another
 * (LOADED_ONCE): a repeated id, or one another field loads, is no call of its own. Counts them, keyed
 * idKey and `suffix` (WITH_LIST for objects loaded alone with their list).
 */
function freshIds(
  walk: Walk,
  type: string,
  values: readonly string[],
  args: Record<string, unknown>,
  suffix = '',
): readonly string[] {
  if (walk.loads === undefined || !LOADED_ONCE.has(type)) return values;
  const fresh: string[] = [];
  for (const value of values) if (freshId(walk, type, idKey(type, value, args) + suffix)) fresh.push(value);
  return fresh;
}

/** Whether the object of `type` keyed `key` (idKey) is not counted yet (freshIds); counts it. */
function freshId(walk: Walk, type: string, key: string): boolean {
  const loads = walk.loads;
  if (loads === undefined || !LOADED_ONCE.has(type)) return true;
  if (loads.has(key)) return false;
  loads.add(key);
  return true;
}

/**
 * The selection sets of `nodes` (a loop, not a closure per call: under tsx, whose keepNames names
 * every closure made, that cost as much as the walk around it).
 */
function selectionSetsOf(nodes: readonly FieldNode[]): readonly SelectionSetNode[] {
  if (nodes.length === 1) {
    const only = nodes[0]?.selectionSet;
    return only === undefined ? NO_SETS : [only];
  }
  const sets: SelectionSetNode[] = [];
  for (const node of nodes) if (node.selectionSet) sets.push(node.selectionSet);
  return sets;
}

/** selectionSetsOf a leaf field (most fields): one empty list, not one per field. */
const NO_SETS: readonly SelectionSetNode[] = Object.freeze([]);

/** A field of `type`, or introspection's `__schema` and `__type` on the query type (not in its fields). */
function fieldOf(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  const field = type.getFields()[name];
  if (field || type !== schema.getQueryType()) return field;
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  return name === TypeMetaFieldDef.name ? TypeMetaFieldDef : undefined;
}

const introspectionSizes = new WeakMap<GraphQLSchema, Readonly<Record<string, number>>>();

/**
 * The entries of introspection's lists, from the schema's real sizes (keys `__Type.fields` and so on):
 * all its types and directives, and per type (per field, per directive) the average, rounded up, of
 * its fields, arguments, enum values, interfaces and possible types, so `__schema { types { fields {
 * args } } }` counts about the schema's own totals; and a description counts the schema's average
 * description length in 8 characters (prose is most of introspection's bytes). Computed once per schema.
 */
function introspectionLists(schema: GraphQLSchema): Readonly<Record<string, number>> {
  const known = introspectionSizes.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap());
  let fields = 0;
  let args = 0;
  let inputFields = 0;
  let enumValues = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const own = Object.values(type.getFields());
      fields += own.length;
      args += own.reduce((sum, field) => sum + field.args.length, 0);
      interfaces += type.getInterfaces().length;
    }
    if (isAbstractType(type)) possibleTypes += schema.getPossibleTypes(type).length;
    if (isInputObjectType(type)) inputFields += Object.keys(type.getFields()).length;
    if (isEnumType(type)) enumValues += type.getValues().length;
  }
  const directives = schema.getDirectives();
  const descriptions: string[] = [];
  for (const type of types) {
    descriptions.push(type.description ?? '');
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
      for (const field of Object.values(type.getFields())) {
        descriptions.push(field.description ?? '');
        if ('args' in field) for (const arg of field.args) descriptions.push(arg.description ?? '');
      }
    if (isEnumType(type)) for (const value of type.getValues()) descriptions.push(value.description ?? '');
  }
  const characters = descriptions.reduce((sum, text) => sum + text.length, 0);
  const description = Math.max(1, Math.ceil(characters / Math.max(1, descriptions.length) / 8));
  const directiveArgs = directives.reduce((sum, directive) => sum + directive.args.length, 0);
  const perType = (total: number): number => Math.max(1, Math.ceil(total / Math.max(1, types.length)));
  const sizes = {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': perType(fields),
    '__Type.inputFields': perType(inputFields),
    '__Type.enumValues': perType(enumValues),
    '__Type.interfaces': perType(interfaces),
    '__Type.possibleTypes': perType(possibleTypes),
    '__Field.args': Math.max(1, Math.ceil(args / Math.max(1, fields))),
    '__Schema.description': description,
    '__Type.description': description,
    '__Field.description': description,
    '__InputValue.description': description,
    '__EnumValue.description': description,
    '__Directive.description': description,
    '__Directive.args': Math.max(1, Math.ceil(directiveArgs / Math.max(1, directives.length))),
  };
  introspectionSizes.set(schema, sizes);
  return sizes;
}

/** What graphql-js's getArgumentValues answers for a field that takes no argument (read only here). */
const NO_ARGUMENTS: Record<string, unknown> = Object.freeze({});

/**
 * The field's arguments coerced as graphql-js does, or undefined when they do not coerce. A field that
 * takes none answers NO_ARGUMENTS: getArgumentValues would make three objects and a closure to say so
 * (most of the fields of a selection; a third of the estimate of a small first-seen document).
 */
function argumentsOf(
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  if (definition.args.length === 0) return NO_ARGUMENTS;
  const literal = literalArguments(definition, node.arguments ?? []);
  if (literal !== undefined) return linksAsUris(literal);
  try {
    return linksAsUris(getArgumentValues(definition, node, variables));
  } catch {
    return undefined;
  }
}

/**
 * `args` with every id a user typed as a URI or share link (alone or in a list) read as the URI it
 * names, by the resolvers' own reader (inputAsUri: any link form, a user name however encoded, the older
 * `spotify:user:<user>:playlist:<id>`): the estimate then keys, counts and types a link's object as its
 * URI's (v21 attack, MEDIUM 5: 12 playlist links passed a limit their URIs are refused at). `args`
 * itself when none is.
 */
function linksAsUris(args: Record<string, unknown>): Record<string, unknown> {
  let read: Record<string, unknown> | undefined;
  for (const name in args) {
    const value = args[name];
    const asUri =
      typeof value === 'string'
        ? inputAsUri(value)
        : Array.isArray(value) && value.some((item) => typeof item === 'string' && inputAsUri(item) !== item)
          ? value.map((item: unknown) => (typeof item === 'string' ? inputAsUri(item) : item))
          : value;
    if (asUri === value) continue;
    read ??= { ...args };
    read[name] = asUri;
  }
  return read ?? args;
}

/** graphql-js's bounds of an Int (GraphQLInt's parseLiteral refuses a literal outside them). */
const MAX_INT = 2147483647;
const MIN_INT = -2147483648;

/**
 * getArgumentValues' answer for a field whose given arguments are all literals of the built-in String
 * or ID (a string) or Int (an integer in bounds), nullable or not, and whose left-out arguments are
 * all nullable: their values as those scalars' parseLiteral answers them, a left-out argument's default
 * if it has one (none otherwise). Undefined for any other field, which getArgumentValues coerces. A
 * first-seen `album(id: "...")` or `tracks(first: 10)` then costs no keyMap, type checks nor
 * valueFromAST (graphql-js's `instanceOf` checks, slow outside production: most of its coercion).
 */
export function literalArguments(
  definition: GraphQLField<unknown, unknown>,
  given: readonly ArgumentNode[],
): Record<string, unknown> | undefined {
  const values: Record<string, unknown> = {};
  let matched = 0;
  for (const arg of definition.args) {
    const nonNull = arg.type instanceof GraphQLNonNull;
    const type = arg.type instanceof GraphQLNonNull ? arg.type.ofType : arg.type;
    let node: ArgumentNode | undefined;
    for (const candidate of given) if (candidate.name.value === arg.name) node = candidate;
    if (node === undefined) {
      if (arg.defaultValue !== undefined) values[arg.name] = arg.defaultValue;
      else if (nonNull) return undefined;
      continue;
    }
    matched++;
    const value = node.value;
    if (value.kind === Kind.STRING && (type === GraphQLString || type === GraphQLID))
      values[arg.name] = value.value;
    else if (value.kind === Kind.INT && type === GraphQLInt) {
      const number = Number.parseInt(value.value, 10);
      if (number > MAX_INT || number < MIN_INT) return undefined;
      values[arg.name] = number;
    } else return undefined;
  }
  // An argument the field does not define (validation refuses it) or given twice: graphql-js's way.
  return matched === given.length ? values : undefined;
}

function ruleOf(
  type: GraphQLObjectType,
  field: string,
  introspection: Readonly<Record<string, number>>,
): CallRule {
  // Per type and field: the key is a new string each time, hashed twice, otherwise.
  let ofType = rulesByType.get(type);
  if (ofType === undefined) {
    ofType = new Map();
    rulesByType.set(type, ofType);
  }
  let rule = ofType.get(field);
  if (rule === undefined) {
    rule = readRule(type, field, introspection);
    ofType.set(field, rule);
  }
  return rule;
}

/** ruleOf's answers (the schema's types live as long as the schema; introspection's sizes are per schema). */
const rulesByType = new WeakMap<GraphQLObjectType, Map<string, CallRule>>();

function readRule(
  type: GraphQLObjectType,
  field: string,
  introspection: Readonly<Record<string, number>>,
): CallRule {
  const rule = CALL_RULES[`${type.name}.${field}`];
  if (rule) return rule;
  const items = introspection[`${type.name}.${field}`];
  if (items !== undefined) return { items };
  return type.name === 'Mutation' ? DEFAULT_MUTATION_RULE : {};
}

/** The calls of one field over all its parents, and the position of what it answers. */
function fieldCost(
  walk: Walk,
  definition: GraphQLField<unknown, unknown>,
  rule: CallRule,
  args: Record<string, unknown>,
  nodes: readonly FieldNode[],
  at: Position,
  parentType: string,
): { calls: number; below: Position } {
  const { parents } = at;
  const shape = shapeOf(definition);
  const returns = shape.named.name;
  // Made only for a rule that reads it (most fields have none of these): one object fewer per field.
  const field: FieldAt | undefined =
    rule.idOnly === true || rule.once !== undefined || rule.ids !== undefined
      ? { walk, rule, nodes, args }
      : undefined;
  const perParent =
    field === undefined || loaded(field, byIdType(returns, args) ?? returns) ? (rule.perParent ?? 0) : 0;
  // A root object by id a query counted already (LOADED_ONCE) is no call of its own.
  const repeat =
    perParent > 0 && field !== undefined && rule.idOnly === true && !firstLoadOf(field, returns, parents);
  let calls = (repeat ? 0 : perParent * parents) + (field === undefined ? 0 : onceCalls(field, shape.named));
  if (rule.share !== undefined) calls += Math.ceil(parents / (walk.batches[rule.share] ?? 1));
  if (rule.ids && field !== undefined) calls += parents * idsCalls(field, rule.ids, returns);
  // An edge's `node` is the connection's item: as full as the connection's items are.
  const full = rule.returnsFull === true || (definition.name === 'node' && at.full);
  if (shape.first) {
    const first = firstOf(definition.name, args, rule);
    const withItems = first > 0 && anySelectsItems(nodes, walk.fragments);
    const page = (walk.extended ? rule.extendedPage : undefined) ?? rule.page ?? 50;
    const counted = servedByParent(walk, at, parentType, definition.name, args, withItems ? first : 0);
    const pages = counted ? 0 : rule.cursor || !withItems ? 1 : Math.ceil(first / page);
    const owner = withItems ? ownedItems(at, parentType, definition.name, parents) : undefined;
    const below = positionOf(parents, withItems ? first : 0, full, undefined, undefined, owner);
    return { calls: cap(calls + parents * pages), below };
  }
  // A connection's items, and an edge's `node`, are the items of an OWNED_ITEMS list when it is one.
  if (itemsOfConnection(definition, rule))
    return {
      calls,
      below: positionOf(cap(parents * at.pending), DEFAULT_FIRST, at.full, undefined, undefined, at.owner),
    };
  const pending = rule.limitArg === undefined ? at.pending : numberArg(args[rule.limitArg], DEFAULT_FIRST);
  // Objects by id state their lists' totals when the run loads them (counted here, or by an earlier field
  // of the query), and are known by their ids alone when it does not (servedByParent and ownedItems read which).
  const embeds =
    rule.idOnly === true &&
    rule.returnsFull === true &&
    ((rule.perParent ?? 0) > 0 || rule.ids !== undefined);
  const by = embeds ? field : undefined;
  if (!shape.list) {
    const owner = definition.name === 'node' ? at.owner : undefined;
    return { calls, below: positionOf(parents, pending, full, by, undefined, owner) };
  }
  const items =
    rule.items === 'ids'
      ? listArg(args[rule.ids?.arg ?? 'ids']).length
      : rule.items === 'pending'
        ? at.pending
        : (rule.items ?? LIST_ITEMS_BY_TYPE[returns] ?? DEFAULT_LIST_ITEMS);
  return { calls, below: positionOf(cap(parents * items), pending, full, by) };
}

/**
 * Whether a root field's one object by id (`album(id:)`, `node(id:)`) is not counted yet (freshIds); counts
 * it. An object loaded alone with its list (withList) is another load than the loader's (WITH_LIST).
 */
function firstLoadOf(field: FieldAt, returns: string, parents: number): boolean {
  const { walk, args } = field;
  const type = byIdType(returns, args);
  if (parents !== 1 || type === undefined || typeof args.id !== 'string') return true;
  return freshId(walk, type, idKeyOf(walk, type, args.id, args) + (withList(field, type) ? WITH_LIST : ''));
}

/** The suffix of an idKey of an object loaded alone with its list (LOADED_WITH_LIST), not by its loader. */
const WITH_LIST = '#withList';

/** A field's CallRule.once, or 0 where its `onceIf` fields are not selected on its objects of type `named`. */
function onceCalls(field: FieldAt, named: GraphQLNamedType): number {
  const { rule, walk, nodes } = field;
  if (rule.once === undefined) return 0;
  if (rule.onceIf === undefined || !isObjectType(named)) return rule.once;
  const fields = collectFields(walk, named, selectionSetsOf(nodes));
  for (const same of fields.values()) if (rule.onceIf.has(same[0]?.name.value ?? '')) return rule.once;
  return 0;
}

/**
 * The list arguments with a maximum, by `Type.field`: the most entries its resolver takes, refusing
 * more as the field's BAD_USER_INPUT before any Spotify call (`At most 100 ids per field, got 101`).
 * Catalog objects by id: MAX_IDS (Spotify's several-items endpoints take 20 to 50 ids a call; the
 * server batches up to 100 per field); library, follow and playlist item URIs and ids: MAX_URIS; play:
 * MAX_PLAY_URIS.
 */
const LIST_MAXIMA: Readonly<Record<string, { arg: string; max: number }>> = {
  ...Object.fromEntries(
    ['albums', 'artists', 'audiobooks', 'chapters', 'episodes', 'shows', 'tracks', 'nodes'].map((field) => [
      `Query.${field}`,
      { arg: 'ids', max: MAX_IDS },
    ]),
  ),
  'Me.followsArtists': { arg: 'ids', max: MAX_URIS },
  'Me.followsUsers': { arg: 'ids', max: MAX_URIS },
  'Me.libraryContains': { arg: 'uris', max: MAX_URIS },
  'Mutation.followArtists': { arg: 'ids', max: MAX_URIS },
  'Mutation.followUsers': { arg: 'ids', max: MAX_URIS },
  'Mutation.unfollowArtists': { arg: 'ids', max: MAX_URIS },
  'Mutation.unfollowUsers': { arg: 'ids', max: MAX_URIS },
  'Mutation.saveToLibrary': { arg: 'uris', max: MAX_URIS },
  'Mutation.removeFromLibrary': { arg: 'uris', max: MAX_URIS },
  'Mutation.play': { arg: 'uris', max: MAX_PLAY_URIS },
  // Playlist item writes take MAX_URIS too (playlist-changes.ts), sent 100 per call (attack 3, H7f).
  'Mutation.addPlaylistItems': { arg: 'uris', max: MAX_URIS },
  'Mutation.replacePlaylistItems': { arg: 'uris', max: MAX_URIS },
  'Mutation.removePlaylistItems': { arg: 'uris', max: MAX_URIS },
  // Lists of enum values are read entry by entry too (attack 5, F1).
  'Artist.albums': { arg: 'includeGroups', max: MAX_ENUM_ENTRIES },
  'Query.search': { arg: 'types', max: MAX_ENUM_ENTRIES },
};

/** Whether the field's coerced `args` hold a list longer than its maximum (LIST_MAXIMA). */
function overListMaximum(field: FieldOfType, args: Record<string, unknown>): boolean {
  const limit = field.listMaximum;
  return limit !== undefined && listArg(args[limit.arg]).length > limit.max;
}

/** What the estimate reads of a field by its `Type.field` name (fieldOfType). */
interface FieldOfType {
  /** The type it is read on. */
  type: GraphQLObjectType;
  /** `Type.field`. */
  name: string;
  /** Its LIST_MAXIMA entry. */
  listMaximum: { arg: string; max: number } | undefined;
  /** It is one of DEDUPED_CHILDREN. */
  deduped: boolean;
}

/**
 * Per field definition of an object type (each type has its own): its FieldOfType, made once. Built
 * per field of every estimate, the `Type.field` string (and its hash, in each lookup) was a first-seen
 * document's cost; a repeat reads the same figure.
 */
const fieldsOfType = new WeakMap<GraphQLField<unknown, unknown>, FieldOfType>();

function fieldOfType(type: GraphQLObjectType, definition: GraphQLField<unknown, unknown>): FieldOfType {
  const known = fieldsOfType.get(definition);
  if (known !== undefined && known.type === type) return known;
  const name = `${type.name}.${definition.name}`;
  const made = { type, name, listMaximum: LIST_MAXIMA[name], deduped: DEDUPED_CHILDREN.has(name) };
  fieldsOfType.set(definition, made);
  return made;
}

/** What the estimate reads of a field's type and arguments (FieldShape), once per field definition. */
interface FieldShape {
  /** Its named type (getNamedType). */
  named: GraphQLNamedType;
  /** Its type is a list (nullable or not). */
  list: boolean;
  /** It takes a `first` argument. */
  first: boolean;
}

/**
 * Per field definition (the schema's live as long as it): its FieldShape. Read each time, getNamedType
 * and isListType cost an `instanceOf` that fails on every named type, dear unless NODE_ENV is production.
 */
const shapes = new WeakMap<GraphQLField<unknown, unknown>, FieldShape>();

function shapeOf(definition: GraphQLField<unknown, unknown>): FieldShape {
  let shape = shapes.get(definition);
  if (shape === undefined) {
    shape = {
      named: getNamedType(definition.type),
      list: isListType(getNullableType(definition.type)),
      first: definition.args.some(isFirst),
    };
    shapes.set(definition, shape);
  }
  return shape;
}

/** One field of the walk: its rule, its nodes (of one response key) and its coerced arguments. */
interface FieldAt {
  walk: Walk;
  rule: CallRule;
  nodes: readonly FieldNode[];
  args: Record<string, unknown>;
}

/** Whether root objects of `typeName` the field answers are loaded: not when their selection needs only their ids (withChildLoads). */
const loaded = (field: FieldAt, typeName: string): boolean =>
  field.rule.idOnly !== true || !idOnlyParents(field.walk, typeName, field.nodes, field.args);

const isFirst = (arg: { name: string }): boolean => arg.name === 'first';

/** Whether any of `nodes` selects a connection's items (selectsItems). */
function anySelectsItems(
  nodes: readonly FieldNode[],
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): boolean {
  for (const node of nodes) if (selectsItems(node.selectionSet, fragments)) return true;
  return false;
}

/**
 * Whether root objects of the GraphQL type `typeName`, selected with `nodes`' selections (in the
 * field's `market`, if any), are answered from their ids alone (child-loads.ts idOnlySelection). Not in
 * Development Mode when every child they start is refused there without a call (allRefused): those
 * tell nothing of the parents, which are loaded after all (child-loads.ts leaveUnchecked, X1').
 */
function idOnlyParents(
  walk: Walk,
  typeName: string,
  nodes: readonly FieldNode[],
  args: Record<string, unknown>,
): boolean {
  const type = walk.schema.getType(typeName);
  if (!isObjectType(type)) return false;
  const sets = selectionSetsOf(nodes);
  if (!idOnlySelection(walk, sets, type, typeof args.market === 'string', walk.playlists)) return false;
  return !(walk.development && allRefused(walk, type, sets));
}

/**
 * Whether the fields of `sets` on `type` that call (an id-only selection's children; its id fields
 * have no rule) are all refused in Development Mode without a call (developmentRule), and there is one.
 */
function allRefused(walk: Walk, type: GraphQLObjectType, sets: readonly SelectionSetNode[]): boolean {
  let refused = false;
  for (const nodes of collectFields(walk, type, sets).values()) {
    const name = nodes[0]?.name.value ?? '';
    if (type.getFields()[name] === undefined) continue;
    const rule = developmentRule(ruleOf(type, name, walk.introspection));
    if (rule.refused) refused = true;
    else if (rule !== NO_RULE && Object.keys(rule).length > 0) return false;
  }
  return refused;
}

/** The GraphQL type of a root object by id: the field's own when an object type, else (`node(id:)`) the one its URI names. */
function byIdType(returns: string, args: Record<string, unknown>): string | undefined {
  if (returns !== 'Node') return returns;
  const kind = typeof args.id === 'string' ? /^spotify:([a-z]+):/.exec(args.id)?.[1] : undefined;
  return kind === undefined ? undefined : kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** A connection's `nodes` or `edges`: the items its `first` asked for (a field with no rule of its own). */
const itemsOfConnection = (definition: GraphQLField<unknown, unknown>, rule: CallRule): boolean =>
  (definition.name === 'nodes' || definition.name === 'edges') &&
  rule.items === undefined &&
  shapeOf(definition).list;

const numberArg = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

const listArg = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** The items a connection asks for, as its resolver bounds them (out-of-range values are refused there). */
function firstOf(field: string, args: Record<string, unknown>, rule: CallRule): number {
  const max = rule.cursor ? 50 : MAX_FIRST;
  const first = Math.min(max, Math.max(0, numberArg(args.first, DEFAULT_FIRST)));
  if (field !== 'search') return first;
  // A search reaches its first 1000 results only.
  return Math.min(first, Math.max(0, SEARCH_WINDOW - Math.max(0, numberArg(args.offset, 0))));
}

/**
 * The calls of contains checks of `uris` in slices of at most `batch`, as the checks split them
 * (batching.ts splitList): by count and by the share of `/me/library/contains`' query string the URIs
 * take, the longer of the two routes' shares (a user's URI is sent percent-encoded once more), so that
 * 50 long user names count the several calls they make, never one.
 */
const checkCalls = (uris: readonly string[], batch: number): number =>
  splitList(endpoints.checkLibraryContains, 'uris', uris, String, batch).length;

/** What `/me/library/contains` is sent of a follow check's value: its URI (a bare value as a user's). */
const followedUri = (value: string): string => {
  const uri = inputAsUri(value);
  if (uri !== value) return uri;
  const name = loadedIdOf('user', value);
  return name === undefined ? value : uriOfId('user', name);
};

/** Batches a URI type is checked in by `libraryContains`: albums 20, playlists one each, others 40. */
const CONTAINS_BATCH: Readonly<Record<string, number>> = { album: 20, playlist: 1 };

/**
 * The calls for the ids (or URIs) in a field's argument: in batches of `batch`, or by the type the
 * field answers, or (for mixed ids such as `nodes(ids:)`) grouped by the type each URI names.
 */
function idsCalls(field: FieldAt, ids: NonNullable<CallRule['ids']>, returns: string): number {
  const { walk, args } = field;
  const values = listArg(args[ids.arg]).map(String);
  if (typeof ids.batch === 'number') return checkCalls(values.map(followedUri), ids.batch);
  const typed = walk.batches[returns];
  if (typed !== undefined) {
    if (!loaded(field, returns)) return 0;
    // Objects loaded alone with their list (withList) cost one call each, keyed apart from the loader's.
    const alone = withList(field, returns);
    return Math.ceil(
      freshIds(walk, returns, values, args, alone ? WITH_LIST : '').length / (alone ? 1 : typed),
    );
  }
  const byType = new Map<string, string[]>();
  for (const value of values) {
    const kind = /^spotify:([a-z]+):/.exec(value)?.[1] ?? 'other';
    const same = byType.get(kind);
    if (same === undefined) byType.set(kind, [value]);
    else same.push(value);
  }
  let calls = 0;
  for (const [kind, same] of byType) {
    const graphQLType = kind.charAt(0).toUpperCase() + kind.slice(1);
    if (!loaded(field, graphQLType)) continue;
    // `uris` are checks (libraryContains), not loads: each counts.
    const batch = ids.arg === 'uris' ? (CONTAINS_BATCH[kind] ?? 40) : (walk.batches[graphQLType] ?? 1);
    calls +=
      ids.arg === 'uris'
        ? checkCalls(same.map(inputAsUri), batch)
        : Math.ceil(freshIds(walk, graphQLType, same, args).length / batch);
  }
  return calls;
}
