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
 * The ports browsers and `fetch` (undici, Node's own) refuse to connect to: the Fetch standard's "bad
 * ports" (https://fetch.spec.whatwg.org/#port-blocking, as of 2024 with 4190 and 6679; undici's
 * `lib/web/fetch/constants.js` holds the same list). A server or emulator listening on one starts,
 * but every browser and `fetch` call to it fails ("fetch failed", ERR_UNSAFE_PORT).
 */
export const BAD_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** Why `port` cannot serve browsers or `fetch`, in words to follow `port N (SOURCE) `; undefined when it can. */
export function badPortReason(port: number): string | undefined {
  if (!BAD_PORTS.has(port)) return undefined;
  return 'is one that browsers and fetch refuse to connect to (a "bad port" of the Fetch standard, https://fetch.spec.whatwg.org/#port-blocking)';
}

/**
 * The one-line refusal of a bad port (BAD_PORTS) read from `source` (`--port`, `PORT`), else undefined:
 * the server would start, and then no browser (GraphiQL, sign-in) and no `fetch` could reach it.
 */
export function badPortMessage(port: number, source: string): string | undefined {
  const reason = badPortReason(port);
  return reason === undefined ? undefined : `port ${port} (${source}) ${reason}: choose another`;
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
