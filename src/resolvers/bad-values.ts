import { GraphQLError, type GraphQLErrorOptions } from 'graphql';

/**
 * The error for a value Spotify sent that does not fit the schema (a field of the wrong type, a
 * missing one, a list entry that is no object): `SPOTIFY_UNAVAILABLE`, the code of every Spotify
 * answer that could not be read, with `extensions.badValue: true` to tell it from an outage. The
 * message says which field, never the value (it is Spotify's, and may be long).
 */
export function badValue(
  message: string,
  location: Omit<GraphQLErrorOptions, 'extensions'> = {},
): GraphQLError {
  return new GraphQLError(message, {
    ...location,
    extensions: { code: 'SPOTIFY_UNAVAILABLE', badValue: true },
  });
}

/**
 * A value a Spotify object must carry, for a field that stays nullable so that its absence is its
 * own null: the value when Spotify sent one; throws `badValue` (that field's error, its siblings
 * answer) when it is missing or null. A value of the wrong type passes on, for the executor to refuse
 * (src/server/bad-values.ts).
 */
export function present<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw badValue(`Spotify's answer has no value for ${field}`);
  return value;
}

/**
 * An enum value from Spotify's lowercase word (`album_type`, `release_date_precision`), as the
 * schema's uppercase name; a missing one is `present`'s error, and a value that is no string passes
 * on unchanged for the executor to refuse (never a TypeError of ours).
 */
export function upperWord<T extends string>(value: unknown, field: string): T {
  const word = present(value, field);
  return (typeof word === 'string' ? word.toUpperCase() : word) as T;
}
