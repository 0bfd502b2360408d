/**
 * Whether `value` is a JSON object (`{...}`): an object, not null and not an array. What the emulator
 * reads a request body (and its entries) through before it looks at their fields. The emulator's own
 * copy of src/spotify/json-object.ts by design: it imports nothing from the rest of src/ (an emulator
 * that shares the client's code cannot catch the client's mistakes: DESIGN.md).
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
