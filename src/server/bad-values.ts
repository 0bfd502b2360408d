/**
 * Values Spotify sent that do not fit the schema, found where the executor completes a field: a field
 * of a Spotify object that is missing or null where the schema promises a value, of the wrong type (a
 * string where a Boolean belongs, `"yes"` for `is_playing`), a number out of GraphQL's 32-bit Int range
 * (a local file's duration), a word outside an enum, or something that is not a list where a list
 * belongs. The resolvers hand Spotify's values through as its answer gives them and the type checker
 * holds them to the schema's types, so a value that fails completion came from a Spotify body that
 * does not match its documented shape. Such a field is null with its own error (`SPOTIFY_UNAVAILABLE`,
 * the code of every Spotify answer that could not be read, with `extensions.badValue: true`); a
 * non-null field passes the null up to its nearest nullable parent, as GraphQL does. The value itself is
 * never quoted: it is Spotify's, and it may be long.
 */
import { GraphQLError } from 'graphql';
import { badValue } from '../resolvers/bad-values.js';

/** The executors' messages (graphql-js, graphql-jit) for a value that does not fit its field. */
const NON_NULL = /^Cannot return null for non-nullable field "?([A-Za-z_]+)\.([A-Za-z_]+)"?\.?$/;
const LEAF = /^(Int|Float|String|Boolean|ID) cannot represent /;
const ENUM = /^Enum "([A-Za-z_]+)" cannot represent /;
const NOT_LIST =
  /^Expected Iterable,? (?:but did not find one )?for field "?([A-Za-z_]+)\.([A-Za-z_]+)"?\.?$/;

/** The name of the field at the end of `path` (a list entry's field: the last name before its index). */
function fieldOf(path: readonly (string | number)[] | undefined): string {
  const name = [...(path ?? [])].reverse().find((key) => typeof key === 'string');
  return name ?? 'a field';
}

/** What is wrong with the value, in words that quote nothing of it; undefined for any other error. */
function describeBadValue(error: GraphQLError): string | undefined {
  const message = error.message;
  const nonNull = NON_NULL.exec(message);
  if (nonNull) return `Spotify's answer has no value for ${nonNull[1]}.${nonNull[2]}`;
  const leaf = LEAF.exec(message);
  if (leaf) return `Spotify's answer has a value for ${fieldOf(error.path)} that is not a valid ${leaf[1]}`;
  const enumValue = ENUM.exec(message);
  if (enumValue) {
    return `Spotify's answer has a value for ${fieldOf(error.path)} that is not one of ${enumValue[1]}`;
  }
  const notList = NOT_LIST.exec(message);
  if (notList) return `Spotify's answer has no list for ${notList[1]}.${notList[2]}`;
  return undefined;
}

/**
 * A field completion error that a value Spotify sent caused (see the module's comment), as a typed
 * error at the same path: `SPOTIFY_UNAVAILABLE` with `extensions.badValue: true`; undefined for any
 * other error. Only errors of the executors' kinds qualify (no original error, a GraphQLError of a
 * scalar's serializer, or the plain Error graphql-js throws for a null): a typed error a resolver
 * threw keeps its own meaning.
 */
export function badValueError(error: GraphQLError): GraphQLError | undefined {
  const original = error.originalError;
  if (original !== undefined && original.constructor !== Error && !(original instanceof GraphQLError)) {
    return undefined;
  }
  const message = describeBadValue(error);
  if (message === undefined) return undefined;
  return badValue(message, error);
}
