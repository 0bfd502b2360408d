import { type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';

/** The fragments of an operation by name, as GraphQL's resolve info carries them. */
export type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/**
 * Whether a selection asks for list items: an `edges` or `nodes` field anywhere under it (through
 * inline fragments, named fragments and sub-objects such as a search result's per-type connections).
 * A connection whose selection answers false needs only its total and page info, which Spotify's
 * first page carries: one call with the smallest `limit` is enough. Fragments already visited are
 * skipped, so a cyclic fragment cannot loop.
 */
export function selectsItems(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  seen: Set<string> = new Set(),
): boolean {
  if (!selectionSet) return false;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === 'edges' || name === 'nodes') return true;
      if (selectsItems(selection.selectionSet, fragments, seen)) return true;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (selectsItems(selection.selectionSet, fragments, seen)) return true;
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      seen.add(name);
      if (selectsItems(fragments[name]?.selectionSet, fragments, seen)) return true;
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
