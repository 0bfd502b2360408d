/**
 * Whether `value` is a JSON object (`{...}`): an object, not null and not an array. What a Spotify
 * answer, a player message or a stored envelope is read through before its fields are looked at.
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
