/**
 * graphql-js's TypeInfo, with what it reads of the schema's types on a Field and a SelectionSet (most
 * of an executable document's nodes) remembered per type: whether a field's type is an output type, a
 * selection set's composite type. graphql-js answers those with `instanceOf` checks that, unless
 * NODE_ENV is `production`, cost a `Symbol.toStringTag` read each time one fails (about a third of a
 * first-seen document's TypeInfo work). The schema's types do not change, so the answers do not either.
 */
import {
  type ASTNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  isCompositeType,
  isOutputType,
  Kind,
  TypeInfo,
} from 'graphql';

/** TypeInfo's own state that CachedTypeInfo.enter pushes to, as graphql 16's TypeInfo names it. */
interface TypeInfoState {
  _schema: GraphQLSchema;
  _typeStack: (GraphQLOutputType | undefined)[];
  _parentTypeStack: (GraphQLCompositeType | undefined)[];
  _fieldDefStack: (GraphQLField<unknown, unknown> | null | undefined)[];
  _getFieldDef: (
    schema: GraphQLSchema,
    parentType: GraphQLType,
    node: ASTNode,
  ) => GraphQLField<unknown, unknown> | undefined | null;
}

const STATE_KEYS = ['_schema', '_typeStack', '_parentTypeStack', '_fieldDefStack', '_getFieldDef'];

/** Per type: its named type when that is a composite type, null when not (SELECTION_SET's push). */
const compositeOf = new WeakMap<GraphQLType, GraphQLCompositeType | null>();
/** Per type: whether it is an output type (FIELD's push). */
const outputOf = new WeakMap<GraphQLType, boolean>();

function composite(type: GraphQLOutputType | undefined): GraphQLCompositeType | undefined {
  if (type === undefined) return undefined;
  let known = compositeOf.get(type);
  if (known === undefined) {
    const named = getNamedType(type);
    known = isCompositeType(named) ? named : null;
    compositeOf.set(type, known);
  }
  return known ?? undefined;
}

function output(type: GraphQLType): GraphQLOutputType | undefined {
  let known = outputOf.get(type);
  if (known === undefined) {
    known = isOutputType(type);
    outputOf.set(type, known);
  }
  return known ? (type as GraphQLOutputType) : undefined;
}

/**
 * TypeInfo whose `enter` of a Field and a SelectionSet pushes what graphql-js's does (the same field
 * definition through the same `getFieldDef`, the same types), reading the schema's types from
 * per-type caches; every other node and every `leave` is TypeInfo's own. Throws at construction when
 * TypeInfo's state is not where graphql 16 keeps it (another graphql-js): validation would go wrong.
 */
export class CachedTypeInfo extends TypeInfo {
  constructor(schema: GraphQLSchema) {
    super(schema);
    const state = this as unknown as Record<string, unknown>;
    for (const key of STATE_KEYS)
      if (!(key in state)) throw new Error(`CachedTypeInfo: graphql's TypeInfo has no ${key}`);
  }

  override enter(node: ASTNode): void {
    const state = this as unknown as TypeInfoState;
    if (node.kind === Kind.SELECTION_SET) {
      state._parentTypeStack.push(composite(this.getType() ?? undefined));
      return;
    }
    if (node.kind === Kind.FIELD) {
      const parentType = this.getParentType();
      const fieldDef = parentType ? state._getFieldDef(state._schema, parentType, node) : undefined;
      state._fieldDefStack.push(fieldDef);
      state._typeStack.push(fieldDef ? output(fieldDef.type) : undefined);
      return;
    }
    super.enter(node);
  }
}
