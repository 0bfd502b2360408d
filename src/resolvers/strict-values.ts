/**
 * Scalar fields take only a value of their own JSON type, within Spotify's documented range. GraphQL's
 * serializers coerce: `Int` makes `true` 1 and `"7"` 7, `Boolean` makes `0` false, `String` makes
 * `7` "7" and `false` "false". For values Spotify sent, that is a value made up in place of a wrong
 * one (`popularity: true` answered as 1, `progress_ms: true` pushed to subscribers as a seek). So
 * every scalar field is checked before the executor serializes it, in one place for every type, both
 * executors and subscriptions: an `Int` or a `Float` must be a JSON number (an `Int` a whole one), a
 * `Boolean` a JSON boolean, a `String` or an `ID` a JSON string; a number must also lie in the range
 * Spotify documents for it (RANGES). Anything else is that field's (or list entry's) null with its
 * own `badValue` error (`SPOTIFY_UNAVAILABLE`, `extensions.badValue: true`), the value never quoted;
 * its siblings answer. A null or an Error passes on unchanged (nullability and carried errors are
 * decided elsewhere: settled-lists.ts, src/server/bad-values.ts).
 */
import {
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  isScalarType,
} from 'graphql';
import { badValue } from './bad-values.js';
import { wrapResolvers } from './field-wrappers.js';
import { isPromiseLike } from './settling.js';

/** An inclusive range a number must lie in; an end left out is open. */
interface Range {
  min?: number;
  max?: number;
}

/** A share of something, from 0.0 to 1.0 (audio features, confidences). */
const SHARE: Range = { min: 0, max: 1 };
/** A percentage, from 0 to 100 (popularity, volume). */
const PERCENT: Range = { min: 0, max: 100 };
/** Never negative: a count, a length in ms or s, a size in pixels, a position, a time. */
const NOT_NEGATIVE: Range = { min: 0 };

/**
 * Ranges from Spotify's reference (the OpenAPI schemas' `minimum`/`maximum` and their descriptions:
 * popularity and volume "0 to 100", a key "-1 if no key was detected", a section's mode "-1 for no
 * result", a time signature "3 to 7"). An `Int` without an entry is NOT_NEGATIVE: every other integer
 * Spotify sends is a count, a length in ms, a size in pixels, a track, disc or chapter number or a
 * position (a local file's track and disc numbers are 0). A `Float` without an entry is unbounded
 * (loudness is negative).
 */
const RANGES: Readonly<Record<string, Range>> = {
  'Album.popularity': PERCENT,
  'Artist.popularity': PERCENT,
  'Track.popularity': PERCENT,
  'Device.volumePercent': PERCENT,
  'AudioFeatures.key': { min: -1, max: 11 },
  'AudioFeatures.mode': { min: 0, max: 1 },
  'AudioFeatures.timeSignature': { min: 3, max: 7 },
  'AudioFeatures.tempo': NOT_NEGATIVE,
  'AudioFeatures.acousticness': SHARE,
  'AudioFeatures.danceability': SHARE,
  'AudioFeatures.energy': SHARE,
  'AudioFeatures.instrumentalness': SHARE,
  'AudioFeatures.liveness': SHARE,
  'AudioFeatures.speechiness': SHARE,
  'AudioFeatures.valence': SHARE,
  'AudioSection.key': { min: -1, max: 11 },
  'AudioSection.mode': { min: -1, max: 1 },
  'AudioSection.timeSignature': { min: 3, max: 7 },
  'AudioSection.tempo': NOT_NEGATIVE,
  'AudioSection.start': NOT_NEGATIVE,
  'AudioSection.duration': NOT_NEGATIVE,
  'TimeInterval.start': NOT_NEGATIVE,
  'TimeInterval.duration': NOT_NEGATIVE,
  'TimeInterval.confidence': SHARE,
  'CurrentlyPlaying.timestamp': NOT_NEGATIVE,
  'PlaybackState.timestamp': NOT_NEGATIVE,
};

/** The JSON type each built-in scalar takes. */
const JSON_TYPES: Readonly<Record<string, 'number' | 'boolean' | 'string'>> = {
  Int: 'number',
  Float: 'number',
  Boolean: 'boolean',
  String: 'string',
  ID: 'string',
};

/** How one field's values are checked. */
interface ValueCheck {
  field: string;
  scalar: string;
  json: 'number' | 'boolean' | 'string';
  range: Range | undefined;
}

/** What is wrong with `value` for its field, in words that quote nothing of it; undefined when fine. */
function wrongness(value: unknown, check: ValueCheck): string | undefined {
  if (value === null || value === undefined || value instanceof Error) return undefined;
  if (typeof value !== check.json || (check.scalar === 'Int' && !Number.isInteger(value))) {
    return `Spotify's answer has a value for ${check.field} that is not a valid ${check.scalar}`;
  }
  if (typeof value !== 'number') return undefined;
  if (!Number.isFinite(value)) {
    return `Spotify's answer has a value for ${check.field} that is not a valid ${check.scalar}`;
  }
  const { min, max } = check.range ?? {};
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const range = max === undefined ? `at least ${min}` : `from ${min} to ${max}`;
    return `Spotify's answer has a value for ${check.field} that is out of its range (${range})`;
  }
  return undefined;
}

/** The value, or throws its badValue error; a list with each wrong entry replaced by its error. */
function checked(value: unknown, check: ValueCheck, list: boolean): unknown {
  if (list) {
    if (!Array.isArray(value) || value.every((entry) => wrongness(entry, check) === undefined)) return value;
    return value.map((entry) => {
      const wrong = wrongness(entry, check);
      return wrong === undefined ? entry : badValue(wrong);
    });
  }
  const wrong = wrongness(value, check);
  if (wrong !== undefined) throw badValue(wrong);
  return value;
}

/** The check for a field of a built-in scalar type (or a list of one); undefined for any other field. */
function valueCheck(typeName: string, field: GraphQLField<unknown, unknown>): ValueCheck | undefined {
  const named = getNamedType(field.type);
  if (!isScalarType(named)) return undefined;
  const json = JSON_TYPES[named.name];
  if (json === undefined) return undefined;
  const name = `${typeName}.${field.name}`;
  const range = RANGES[name] ?? (named.name === 'Int' ? NOT_NEGATIVE : undefined);
  return { field: name, scalar: named.name, json, range };
}

/**
 * Whether `value` needs no closer look: of the field's JSON type and in its range, or null/undefined.
 * Specialised per field when the schema is built, so the common case is a `typeof` and two compares
 * (no object made); anything else (an Error, a promise, a wrong value) goes to the full check.
 */
function fastPass(check: ValueCheck): (value: unknown) => boolean {
  if (check.json !== 'number') {
    const json = check.json;
    return (value) => typeof value === json || value === null || value === undefined;
  }
  const min = check.range?.min ?? Number.NEGATIVE_INFINITY;
  const max = check.range?.max ?? Number.POSITIVE_INFINITY;
  if (check.scalar === 'Int')
    return (value) =>
      (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) ||
      value === null ||
      value === undefined;
  return (value) =>
    (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) ||
    value === null ||
    value === undefined;
}

function strict(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  check: ValueCheck,
  list: boolean,
): GraphQLFieldResolver<unknown, unknown> {
  const passes = fastPass(check);
  const checkedValue = (value: unknown) => checked(value, check, list);
  if (list)
    return (source, args, context, info) => {
      const result = resolve(source, args, context, info);
      return isPromiseLike(result)
        ? Promise.resolve(result).then(checkedValue)
        : checked(result, check, true);
    };
  return (source, args, context, info) => {
    const result = resolve(source, args, context, info);
    if (passes(result)) return result;
    return isPromiseLike(result) ? Promise.resolve(result).then(checkedValue) : checked(result, check, false);
  };
}

/**
 * Wraps the resolver of every field of a built-in scalar type (or a list of one) of `schema`'s object
 * types (in place) so that a value of another JSON type, or out of its range, is that field's or
 * entry's badValue error (see the module's comment). Answers `schema`.
 */
export function strictScalarValues(schema: GraphQLSchema): GraphQLSchema {
  return wrapResolvers(schema, (resolve, field, typeName) => {
    const check = valueCheck(typeName, field);
    return check === undefined ? undefined : strict(resolve, check, isListType(getNullableType(field.type)));
  });
}
