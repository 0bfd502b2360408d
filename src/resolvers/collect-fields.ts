import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  isAbstractType,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** What collecting a selection reads besides the selection: the schema, the document's fragments, the variables. */
export interface FieldCollection {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>> | null | undefined;
  /**
   * Where given, collectFields keeps its answers for one selection set here, per set and type, for the
   * life of this FieldCollection (one call estimate's walk: the same variables throughout), and answers
   * the kept one when asked again: the estimate and idOnlySelection collect the same sets. Callers must
   * not change an answer.
   */
  collected?: Map<SelectionSetNode, CollectedSet>;
}

/**
 * One selection set's collected fields for one type (`type`), or for every type (`type` undefined: a set
 * of fields alone, with no fragment nor directive, collects the same on any type); `next`, the set's
 * answer for another type. A record per set, not a Map per set and type: a first-seen document's
 * estimate collected each of its sets into two Maps (about 190 bytes each, empty).
 */
export interface CollectedSet {
  type: GraphQLObjectType | undefined;
  fields: Map<string, FieldNode[]>;
  next: CollectedSet | undefined;
}

/**
 * Whether @skip/@include leave `node` in under the variables. A directive whose `if` does not coerce
 * (an explicit null for a variable with a default) leaves it in: execution fails the selection set
 * holding it, and the call estimate (src/server/call-estimate.ts) can only over-estimate by counting it.
 */
function included(from: FieldCollection, node: SelectionNode): boolean {
  if (!node.directives || node.directives.length === 0) return true;
  const variables = (from.variables ?? {}) as Record<string, unknown>;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  } catch {
    return true;
  }
}

/**
 * The fields the selection `sets` select on objects of `type`, by response key, as GraphQL's
 * CollectFields groups them (GraphQL spec, "Field Collection"): @skip/@include applied, inline fragments
 * and fragment spreads followed when their type condition applies to `type`, each fragment once.
 * Meta fields (`__typename`) are kept: callers that look fields up on the type find none for them.
 */
export function collectFields(
  from: FieldCollection,
  type: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
): Map<string, FieldNode[]> {
  const only = sets.length === 1 ? sets[0] : undefined;
  if (only !== undefined && from.collected !== undefined)
    return collectedOnce(from.collected, from, type, only);
  const fields = new Map<string, FieldNode[]>();
  // Module-level walk, no closure per call: tsx (keepNames) names every closure it makes, at a cost.
  let seen: Set<string> | undefined;
  for (const set of sets) seen = collectInto(from, type, set, fields, seen);
  return fields;
}

/** collectFields of one set, kept in `collected` (FieldCollection.collected, CollectedSet). */
function collectedOnce(
  collected: NonNullable<FieldCollection['collected']>,
  from: FieldCollection,
  type: GraphQLObjectType,
  set: SelectionSetNode,
): Map<string, FieldNode[]> {
  const first = collected.get(set);
  for (let kept = first; kept !== undefined; kept = kept.next)
    if (kept.type === undefined || kept.type === type) return kept.fields;
  const fields = new Map<string, FieldNode[]>();
  collectInto(from, type, set, fields, undefined);
  collected.set(set, { type: fieldsAlone(set) ? undefined : type, fields, next: first });
  return fields;
}

/** Whether `set` selects fields alone, none with a directive: its fields are the same on every type. */
function fieldsAlone(set: SelectionSetNode): boolean {
  for (const selection of set.selections)
    if (
      selection.kind !== Kind.FIELD ||
      (selection.directives !== undefined && selection.directives.length > 0)
    )
      return false;
  return true;
}

/** Whether a fragment's type condition applies to objects of `type` (no condition: it does). */
function applies(from: FieldCollection, type: GraphQLObjectType, condition: string | undefined): boolean {
  if (condition === undefined || condition === type.name) return true;
  const abstract = from.schema.getType(condition);
  return isAbstractType(abstract) && from.schema.isSubType(abstract, type);
}

/**
 * collectFields' walk of one selection set into `fields`; `seen`: the fragments read so far (made on
 * the first spread), returned for the next set.
 */
function collectInto(
  from: FieldCollection,
  type: GraphQLObjectType,
  set: SelectionSetNode | undefined,
  fields: Map<string, FieldNode[]>,
  seen: Set<string> | undefined,
): Set<string> | undefined {
  if (set === undefined) return seen;
  for (const selection of set.selections) {
    if (!included(from, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const same = fields.get(key);
      if (same) same.push(selection);
      else fields.set(key, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(from, type, selection.typeCondition?.name.value))
        seen = collectInto(from, type, selection.selectionSet, fields, seen);
    } else {
      const fragment = from.fragments[selection.name.value];
      // A fragment spread twice is read once (a cycle, refused by validation, cannot loop here either).
      if (!fragment || seen?.has(fragment.name.value)) continue;
      seen ??= new Set<string>();
      seen.add(fragment.name.value);
      if (applies(from, type, fragment.typeCondition.name.value))
        seen = collectInto(from, type, fragment.selectionSet, fields, seen);
    }
  }
  return seen;
}
