import { type FieldNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';

/** The fragments of an operation by name, as GraphQL's resolve info carries them. */
export type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/**
 * Whether a selection asks for what only the items Spotify serves can tell: an `edges` or `nodes`
 * field, or a `pageInfo` field other than `hasPreviousPage` (`startCursor`, `endCursor` and
 * `hasNextPage` follow the items served, which Spotify's paging metadata may contradict: a short page
 * whose `next` points further, a `next: null` while `total` counts more), anywhere under it (through
 * inline fragments, named fragments and sub-objects such as a search result's per-type connections).
 * A connection whose selection answers false needs only its total (and `hasPreviousPage`), which
 * Spotify's first page carries: one call with the smallest `limit` is enough. One rule for every
 * connection: a page info that a client resumes from is the one the same connection with its items
 * gives. Fragments already visited are skipped, so a cyclic fragment cannot loop.
 */
export function selectsItems(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  seen: Set<string> = new Set(),
): boolean {
  return someField(selectionSet, fragments, seen, (field) => {
    const name = field.name.value;
    if (name === 'edges' || name === 'nodes') return true;
    if (name === 'pageInfo') return someField(field.selectionSet, fragments, new Set(), followsItems);
    return selectsItems(field.selectionSet, fragments, seen);
  });
}

/** Page info fields that the items served decide (all but `hasPreviousPage`, which the offset does). */
const followsItems = (field: FieldNode): boolean =>
  field.name.value !== 'hasPreviousPage' && !field.name.value.startsWith('__');

/** Whether `test` holds for a field of the selection (inline fragments and named ones walked through). */
function someField(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  seen: Set<string>,
  test: (field: FieldNode) => boolean,
): boolean {
  if (!selectionSet) return false;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (test(selection)) return true;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (someField(selection.selectionSet, fragments, seen, test)) return true;
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      seen.add(name);
      if (someField(fragments[name]?.selectionSet, fragments, seen, test)) return true;
    }
  }
  return false;
}

/** The parts of GraphQL's resolve info that `itemsSelected` reads. */
export interface SelectionInfo {
  fieldNodes: readonly { selectionSet?: SelectionSetNode | undefined }[];
  fragments: Fragments;
}

/**
 * Whether the field being resolved (a connection, or a search with its per-type connections) has
 * its items selected in any of its field nodes (aliases merged under one response key).
 */
export function itemsSelected(info: SelectionInfo): boolean {
  return info.fieldNodes.some((node) => selectsItems(node.selectionSet, info.fragments));
}

/** A connection's arguments with `itemsSelected` from the resolve info (see ConnectionArgs). */
export function withSelection<A extends object>(
  args: A,
  info: SelectionInfo,
): A & { itemsSelected: boolean } {
  return { ...args, itemsSelected: itemsSelected(info) };
}
