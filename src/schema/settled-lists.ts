/**
 * List fields hand the executor their items already settled. A list resolver may answer an array of
 * promises (one DataLoader load per id); when one of them rejects after a later one resolved,
 * graphql-jit 0.8 appends its null to the end of the list instead of writing it in its place
 * (`albums(ids: [unknown, cached])` answered three entries). Settling first, with a failed item as an
 * Error value, gives both executors the same input: each reports the Error as that item's error,
 * located at its index, and the list keeps one entry per item.
 */
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNullableType,
  isListType,
  isObjectType,
} from 'graphql';

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

const asError = (reason: unknown): Error => (reason instanceof Error ? reason : new Error(String(reason)));

/** An array whose items include promises, as a promise of the array with each failure as an Error. */
function settleItems(value: unknown): unknown {
  if (!Array.isArray(value) || !value.some(isPromiseLike)) return value;
  return Promise.all(
    value.map((item) => (isPromiseLike(item) ? Promise.resolve(item).catch(asError) : item)),
  );
}

function settling(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const result = resolve(source, args, context, info);
    return isPromiseLike(result) ? Promise.resolve(result).then(settleItems) : settleItems(result);
  };
}

/**
 * Wraps the resolver of every list field of `schema` (in place) so that the list it answers holds
 * values and Error instances, never promises. Answers `schema`.
 */
export function settleListItems(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      field.resolve = settling(field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}
