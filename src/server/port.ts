/** Reading a TCP port from text (PORT, --port), and saying which interfaces a listener is bound to. */

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

/**
 * The banner line for a listener bound to `host` when that is every interface (`0.0.0.0`, `::`), where
 * the printed URL names the loopback; `note` is added after a `;`. Undefined for any other host.
 */
export function everyInterfaceLine(host: string, note?: string): string | undefined {
  if (host !== '0.0.0.0' && host !== '::') return undefined;
  return `  (bound to ${host}: every interface of this machine${note === undefined ? '' : `; ${note}`})`;
}

/**
 * The host a client on this machine connects to for a listener bound to `host` (HOST, `--host`), as
 * it goes in a URL: the loopback for every interface (`0.0.0.0` is 127.0.0.1, `::` is `[::1]`),
 * another IPv6 address in brackets, else `host` as it is; 127.0.0.1 when unset or empty (the server's
 * default).
 */
export function connectHost(host: string | undefined): string {
  if (host === undefined || host === '' || host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
