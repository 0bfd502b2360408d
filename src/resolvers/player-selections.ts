import {
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  type OperationDefinitionNode,
  type ResponsePath,
} from 'graphql';
import { collectFields, type FieldCollection } from './collect-fields.js';
import { checkMarket } from './ids.js';

/** The types whose `state` is a player handle's playback state (`PlayerCommandPayload.state` takes no market). */
const STATE_HOLDERS: ReadonlySet<string> = new Set(['Player', 'PlayerCommandPayload']);

/** Per schema: the names of the composite types from which a STATE_HOLDERS type can be reached. */
const reachingBySchema = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/** Per request context: the operation and variables its scopes were read for, and the markets by scope. */
const scopesByContext = new WeakMap<
  object,
  { info: ScopeSource; byScope: Map<string, Set<string | undefined>> }
>();

type ScopeSource = Pick<GraphQLResolveInfo, 'operation' | 'variableValues'>;

/** The composite types of `schema` from which `Player` or `PlayerCommandPayload` is reached (themselves included). */
function reaching(schema: GraphQLSchema): ReadonlySet<string> {
  const known = reachingBySchema.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap()).filter(isCompositeType);
  const found = new Set<string>(STATE_HOLDERS);
  for (let grew = true; grew; ) {
    grew = false;
    for (const type of types) {
      if (found.has(type.name)) continue;
      const next = isAbstractType(type)
        ? schema.getPossibleTypes(type)
        : Object.values(type.getFields()).map((f) => getNamedType(f.type));
      if (next.some((t) => found.has(t.name))) {
        found.add(type.name);
        grew = true;
      }
    }
  }
  reachingBySchema.set(schema, found);
  return found;
}

/** The object types a value of `type` may be: itself, or an abstract type's possible types. */
const objectTypesOf = (schema: GraphQLSchema, type: GraphQLCompositeType): readonly GraphQLObjectType[] =>
  isObjectType(type) ? [type] : schema.getPossibleTypes(type);

/** Adds to `markets` the markets of the `state` fields under `fields` (selected on `type`), walking only what reaches a player. */
function collectStateMarkets(
  from: FieldCollection,
  type: GraphQLObjectType,
  fields: Map<string, FieldNode[]>,
  markets: Set<string | undefined>,
): void {
  const through = reaching(from.schema);
  for (const nodes of fields.values()) {
    const node = nodes[0]!;
    const field = type.getFields()[node.name.value];
    if (field === undefined) continue; // __typename
    if (STATE_HOLDERS.has(type.name) && field.name === 'state') {
      try {
        const args = getArgumentValues(field, node, from.variables ?? undefined);
        markets.add(checkMarket(args.market as string | null | undefined));
      } catch {
        // A refused market is the state field's own error: nothing to share.
      }
      continue;
    }
    const named = getNamedType(field.type);
    if (!isCompositeType(named) || !through.has(named.name)) continue;
    const sets = nodes.map((n) => n.selectionSet);
    for (const object of objectTypesOf(from.schema, named)) {
      collectStateMarkets(from, object, collectFields(from, object, sets), markets);
    }
  }
}

/** The response key of the operation's root field that `path` lies under. */
function rootKey(path: ResponsePath): string {
  let at = path;
  while (at.prev !== undefined) at = at.prev;
  return String(at.key);
}

/**
 * The markets in which the part of the operation that shares `info`'s player reads selects a player
 * handle's playback state (`Player.state(market:)`, `PlayerCommandPayload.state`), so that
 * `currentlyPlaying` in one of them is cut from that state, wherever in that part it is selected (two
 * `me` aliases, a payload's `state` beside its `player { currentlyPlaying }`, fragments). That part is
 * the whole query; in a mutation (or subscription) it is the root field `info` lies under: every
 * mutation forgets the request's reads (forgetLoads), so a read is never shared across a write. A
 * market a field refuses (BAD_USER_INPUT) is that field's own error and counts for none. Walks only
 * fields whose type can reach a player; computed once per request and root field.
 */
export function stateMarketsOf(context: object, info: GraphQLResolveInfo): ReadonlySet<string | undefined> {
  let scopes = scopesByContext.get(context);
  if (scopes?.info.operation !== info.operation || scopes.info.variableValues !== info.variableValues) {
    scopes = { info, byScope: new Map() };
    scopesByContext.set(context, scopes);
  }
  const whole = info.operation.operation === 'query';
  const scope = whole ? '' : rootKey(info.path);
  let markets = scopes.byScope.get(scope);
  if (markets === undefined) {
    markets = new Set();
    scopes.byScope.set(scope, markets);
    collectScope(info, info.operation, whole ? undefined : scope, markets);
  }
  return markets;
}

/** Collects the state markets of `operation`'s root fields (only the one keyed `only`, when given). */
function collectScope(
  info: GraphQLResolveInfo,
  operation: OperationDefinitionNode,
  only: string | undefined,
  markets: Set<string | undefined>,
): void {
  const root = info.schema.getRootType(operation.operation);
  if (!root) return;
  const from: FieldCollection = {
    schema: info.schema,
    fragments: info.fragments,
    variables: info.variableValues,
  };
  const fields = collectFields(from, root, [operation.selectionSet]);
  if (only !== undefined) {
    const nodes = fields.get(only);
    fields.clear();
    if (nodes) fields.set(only, nodes);
  }
  collectStateMarkets(from, root, fields, markets);
}
