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

/**
 * The one-line refusal of a port value `raw` read from `source` (`--port`, `PORT`): the value, and the
 * range a port must be in.
 */
export function invalidPortMessage(raw: string, source: string): string {
  return `invalid port ${JSON.stringify(raw)} (${source}): a port is an integer from 0 to 65535 (0 picks any free port)`;
}
