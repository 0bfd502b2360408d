/** Reading a TCP port from text (PORT, --port). */

/**
 * The port `raw` names: `fallback` when it is unset or empty, undefined when it is no integer from
 * 0 to 65535 (0 = any free port). Callers say what was wrong in their own words.
 */
export function parsePort(raw: string | undefined, fallback: number): number | undefined {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) return undefined;
  return value;
}
