import { type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, Kind } from 'graphql';
import { estimateCalls } from '../src/server/call-estimate.js';

/**
 * The server's cost estimate of `document`'s (one operation, no variables) Spotify calls, as the cost
 * limit computes it before running it (src/server/call-estimate.ts): batched for an app known to be an
 * Extended Quota app, one call per id in Development Mode. Shown beside the calls the shape made: it
 * must never be below them.
 */
export function estimateOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  mode: 'extended' | 'development',
): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: (typeof document.definitions)[number] | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    else if (definition.kind === Kind.OPERATION_DEFINITION) operation ??= definition;
  }
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('the document has no operation');
  return estimateCalls(schema, operation, fragments, {}, mode);
}
