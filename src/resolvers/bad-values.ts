import { GraphQLError } from 'graphql';
import { identityOf } from '../spotify/request-many.js';
import { reissue } from './errors.js';

/**
 * The error for a value Spotify sent that does not fit the schema (a field of the wrong type, a
 * missing one, a list entry that is no object): `SPOTIFY_UNAVAILABLE`, the code of every Spotify
 * answer that could not be read, with `extensions.badValue: true` to tell it from an outage. The
 * message says which field, never the value (it is Spotify's, and may be long). `at`, the executor's
 * own error for the value, gives it its place (path and locations); its cause is not kept.
 */
export function badValue(message: string, at?: GraphQLError): GraphQLError {
  const extensions = { code: 'SPOTIFY_UNAVAILABLE', badValue: true };
  return at === undefined
    ? new GraphQLError(message, { extensions })
    : reissue(at, { message, extensions, originalError: null });
}

/**
 * The badValue of a page or answer of the wrong shape, worded as the client's own (src/resolvers/errors.ts
 * apiError): `Spotify sent an answer of the wrong shape: next is a number, not a link or null`.
 * `fault` names the member and the kind of value found (pageFieldFault), never the value.
 */
export function wrongShape(fault: string): GraphQLError {
  return badValue(`Spotify sent an answer of the wrong shape: ${fault}`);
}

/** A value, or the error carried in its place (a bad entry, a total that is no count), thrown: that field's null and error. */
export function carriedValue<T>(value: T | GraphQLError): T {
  if (value instanceof GraphQLError) throw value;
  return value;
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

/** An ISO 8601 date and time with a zone (`2026-12-01T13:31:35.123Z`), as Spotify sends `played_at`. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Whether `value` is an ISO 8601 timestamp (ISO_TIMESTAMP) naming a real instant: a real calendar date
 * (not `2026-02-30`, which Date.parse rolls over to March 2: v13 attack on issue 7, R1) and time of day.
 */
export function isIsoTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    ISO_TIMESTAMP.test(value) &&
    Number.isFinite(Date.parse(value)) &&
    realDate(value)
  );
}

/** Whether the date and time written in an ISO_TIMESTAMP name a real day (month 1-12, day within it) and time. */
function realDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const hour = Number(value.slice(11, 13));
  const minute = Number(value.slice(14, 16));
  const second = value[16] === ':' ? Number(value.slice(17, 19)) : 0;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no zone moves it).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A timestamp Spotify documents as ISO 8601 (`played_at`): a missing one is `present`'s error, and a
 * string that is no such timestamp (`"yesterday"`) is that field's `badValue`; a value that is no
 * string passes on for the executor to refuse. v12 attack on issue 7, N15.
 */
export function isoTimestamp(value: unknown, field: string): string {
  const at = present(value, field);
  if (typeof at === 'string' && !isIsoTimestamp(at)) {
    throw badValue(`Spotify's answer has a ${field} that is not an ISO 8601 timestamp`);
  }
  return at as string;
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

/**
 * A list a Spotify object must carry (`images`, `genres`, `artists`, `copyrights`): the list when
 * Spotify sent one; throws `badValue` when it is missing, null or not a list, never an empty list made
 * up in its place. Its entries are checked where the executor completes them (settled-lists.ts).
 */
export function presentList<L extends readonly unknown[]>(value: L | null | undefined, field: string): L {
  const list: unknown = present(value, field);
  if (!Array.isArray(list)) throw badValue(`Spotify's answer has no list for ${field}`);
  return list as unknown as L;
}

/**
 * A list of objects Spotify must send (an artist's top tracks, related artists, recommended tracks),
 * each null entry replaced by its error object: GraphQL makes it that entry's null with its error
 * while its neighbours answer (Spotify never documents a null entry there). The list itself is
 * `presentList`'s.
 */
export function presentEntries<T>(
  value: readonly (T | null)[] | null | undefined,
  field: string,
): (T | GraphQLError)[] {
  return presentList(value, field).map(
    (entry) => entry ?? badValue(`Spotify's answer has a null entry in ${field}`),
  );
}

/**
 * A list Spotify leaves out of some answers by design (`available_markets`: omitted when a market was
 * given, when a user token's country was applied, and always for a Development Mode app since
 * https://developer.spotify.com/documentation/web-api/references/changes/february-2026): null when
 * absent, never `[]` (which would read "available nowhere"); a null or anything but a list is
 * `badValue`.
 */
export function omittableList<T>(value: readonly T[] | null | undefined, field: string): readonly T[] | null {
  return value === undefined ? null : presentList<readonly T[]>(value, field);
}

/**
 * A value whose absence Spotify documents as meaning `absent` (an action left out of the player's
 * `disallows` is allowed): that when Spotify left it out; a null is `badValue`. A value of the wrong
 * type passes on, for the executor to refuse.
 */
export function absentMeans<T>(value: T | null | undefined, absent: T, field: string): T {
  if (value === undefined) return absent;
  return present(value, field);
}

/**
 * An object Spotify may leave out (a resume point without the scope, a playlist entry's `added_by`,
 * `external_ids`): null when absent; `badValue` when Spotify sent null where its reference has no null,
 * or something that is no object (`"x"`, a list), never fields read off a string.
 */
export function optionalObject<T extends object>(
  value: T | null | undefined,
  field: string,
  nullable = false,
): T | null {
  if (value === undefined || (nullable && value === null)) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badValue(`Spotify's answer has a value for ${field} that is not an object`);
  }
  return value;
}

/**
 * The Spotify URL in an object's `external_urls` (`{ "spotify": "https://open.spotify.com/..." }`):
 * null when Spotify sent none (a local file's `{}`, or no `external_urls`); `badValue` when
 * `external_urls` is null or no object (`5`, a list). A `spotify` of another type passes on, for the
 * scalar check to refuse (strict-values.ts).
 */
export function externalUrlOf(value: { spotify?: string } | null | undefined, field: string): string | null {
  return optionalObject(value, field)?.spotify ?? null;
}

/**
 * Why an object is not playable in the market asked (`restrictions.reason`: market, product,
 * explicit): null when Spotify sent no restrictions (or null); `badValue` when they are no object.
 */
export function restrictionReasonOf(
  value: { reason?: string } | null | undefined,
  field: string,
): string | null {
  return optionalObject(value, field, true)?.reason ?? null;
}

/**
 * The count in an object's `followers` (`{ "href": null, "total": 42 }`): null when Spotify sent no
 * `followers` or no total; `badValue` when `followers` is null or no object.
 */
export function followerCountOf(value: { total?: number } | null | undefined, field: string): number | null {
  return optionalObject(value, field)?.total ?? null;
}

/**
 * One of an object's `external_ids` (`isrc`, `ean`, `upc`): null when Spotify sent none;
 * `badValue` when `external_ids` is null or no object.
 */
export function externalIdOf(
  value: { isrc?: string; ean?: string; upc?: string } | null | undefined,
  key: 'isrc' | 'ean' | 'upc',
  field: string,
): string | null {
  return optionalObject(value, field)?.[key] ?? null;
}

/**
 * Spotify's answer to a single-object read (`endpoint`, e.g. `get-playlist`) for `id`, once it is that
 * object: its identity (identityOf: the id a relinked track was linked from, else its own `id`) is
 * `id` by `same` (default: equal), or it carries none (the caller fills the asked id in). An answer
 * for another object is never served under the id asked, nor kept in a cache (a thrown load is not):
 * throws `badValue` (SPOTIFY_UNAVAILABLE, `extensions.badValue`), as for a batch entry answered by
 * another object (src/spotify/request-many.ts). v12 attack on issue 7, N1.
 */
export function askedObject<T>(
  answer: T,
  endpoint: string,
  id: string,
  same: (asked: string, answered: string) => boolean = (asked, answered) => asked === answered,
): T {
  const identity = identityOf(answer);
  if (identity === undefined || same(id, identity)) return answer;
  throw badValue(`Spotify's answer to ${endpoint} for the id ${id} is another object`);
}
