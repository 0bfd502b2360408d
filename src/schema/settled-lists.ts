/**
 * List fields hand the executor their items already settled. A list resolver may answer an array of
 * promises (one DataLoader load per id); when one of them rejects after a later one resolved,
 * graphql-jit 0.8 appends its null to the end of the list instead of writing it in its place
 * (`albums(ids: [unknown, cached])` answered three entries). Settling first, with a failed item as an
 * Error value, gives both executors the same input: each reports the Error as that item's error,
 * located at its index, and the list keeps one entry per item.
 *
 * Lists of objects are checked too: an entry Spotify sent that is no object (a number, a string, a
 * list where a device or an artist belongs) becomes that entry's error (`SPOTIFY_UNAVAILABLE`,
 * `extensions.badValue: true`), so it is that entry's null while its neighbours answer, never
 * fields read off a number nor a type resolved from one.
 */
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
} from 'graphql';
import { badValue } from '../resolvers/bad-values.js';

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

/** An entry that cannot be an object of the schema: a number, a string, a boolean, a list. */
const notAnObject = (item: unknown): boolean =>
  item !== null && item !== undefined && (typeof item !== 'object' || Array.isArray(item));

/** The list with each entry that is no object (nor an Error already) replaced by its error. */
function checkEntries(value: unknown, field: string): unknown {
  if (!Array.isArray(value) || !value.some(notAnObject)) return value;
  return value.map((item) =>
    notAnObject(item) ? badValue(`Spotify's answer has an entry of ${field} that is not an object`) : item,
  );
}

function settling(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  objects: string | undefined,
): GraphQLFieldResolver<unknown, unknown> {
  const settle =
    objects === undefined
      ? settleItems
      : (value: unknown): unknown => {
          const settled = settleItems(value);
          return isPromiseLike(settled)
            ? Promise.resolve(settled).then((items) => checkEntries(items, objects))
            : checkEntries(settled, objects);
        };
  return (source, args, context, info) => {
    const result = resolve(source, args, context, info);
    return isPromiseLike(result) ? Promise.resolve(result).then(settle) : settle(result);
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
      const list = getNullableType(field.type);
      if (!isListType(list)) continue;
      const objects = isCompositeType(getNamedType(list)) ? `${type.name}.${field.name}` : undefined;
      field.resolve = settling(field.resolve ?? defaultFieldResolver, objects);
    }
  }
  return schema;
}
