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
 * fields read off a number nor a type resolved from one. A null entry is an error as well in a list
 * of values (strings, numbers, booleans) and of objects that are no Node (images, copyrights, time
 * intervals, play history): Spotify never documents a null there. Lists of Nodes and unions keep
 * their nulls plain (an id nobody has, a removed item): their fields decide (src/schema/common.ts).
 */
import {
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isLeafType,
  isListType,
  isObjectType,
} from 'graphql';
import { asError } from '../spotify/errors.js';
import { badValue } from './bad-values.js';
import { wrapResolvers } from './field-wrappers.js';
import { isPromiseLike } from './settling.js';

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

const isNull = (item: unknown): boolean => item === null || item === undefined;

/** How a list's entries are checked: objects (no number, no string), and whether a null is wrong. */
interface EntryCheck {
  field: string;
  objects: boolean;
  nulls: boolean;
}

/**
 * The list with each wrong entry (no object where objects belong, a null where none belongs; never an
 * Error already) replaced by its error, so that it is that entry's null while its neighbours answer.
 */
function checkEntries(value: unknown, check: EntryCheck): unknown {
  const wrong = (item: unknown): boolean =>
    (check.objects && notAnObject(item)) || (check.nulls && isNull(item));
  if (!Array.isArray(value) || !value.some(wrong)) return value;
  return value.map((item) => {
    if (!wrong(item)) return item;
    return isNull(item)
      ? badValue(`Spotify's answer has a null entry in ${check.field}`)
      : badValue(`Spotify's answer has an entry of ${check.field} that is not an object`);
  });
}

/** The check for a list field's entries; undefined when they need none (lists of Nodes, unions). */
function entryCheck(typeName: string, field: GraphQLField<unknown, unknown>): EntryCheck | undefined {
  const named = getNamedType(field.type);
  const name = `${typeName}.${field.name}`;
  if (isLeafType(named)) return { field: name, objects: false, nulls: true };
  if (!isCompositeType(named)) return undefined;
  const valueObject = isObjectType(named) && !named.getInterfaces().some((i) => i.name === 'Node');
  return { field: name, objects: true, nulls: valueObject };
}

function settling(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  check: EntryCheck | undefined,
): GraphQLFieldResolver<unknown, unknown> {
  const settle =
    check === undefined
      ? settleItems
      : (value: unknown): unknown => {
          const settled = settleItems(value);
          return isPromiseLike(settled)
            ? Promise.resolve(settled).then((items) => checkEntries(items, check))
            : checkEntries(settled, check);
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
  return wrapResolvers(schema, (resolve, field, typeName) =>
    isListType(getNullableType(field.type)) ? settling(resolve, entryCheck(typeName, field)) : undefined,
  );
}
