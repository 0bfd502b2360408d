/** Reading a TCP port from text (PORT, --port), and saying which interfaces a listener is bound to. */
import { decimalInteger, integerRange, numberRefusal } from './env-values.js';

/**
 * The port `raw` names: `fallback` when it is unset, undefined when it is not written as an
 * integer from 0 to 65535 in decimal digits alone (empty included) (0 = any free port). Callers say what was wrong in
 * their own words (invalidPortMessage).
 */
export function parsePort(raw: string | undefined, fallback: number): number | undefined {
  if (raw === undefined) return fallback;
  // The one rule of env-values.ts: Number() also took " 4001", " " (0, any free port), "1e3" and
  // "0x10"; an empty PORT= is refused as every empty number is, not read as the default.
  return decimalInteger(raw, 0, 65_535);
}

/**
 * The one-line refusal of a port value `raw` read from `source` (`--port`, `PORT`, `EMULATOR_PORT`):
 * the number rule of every variable (env-values.ts numberRefusal: the range 0 to 65535, the value
 * quoted with its invisible characters escaped, an empty one said to be empty). Without the
 * `configuration: ` prefix, which the caller adds for a variable.
 */
export function invalidPortMessage(raw: string, source: string): string {
  return numberRefusal(source, integerRange('PORT'), raw);
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
 * The one-line refusal of the sandbox emulator's port EMULATOR_PORT (`raw`), else undefined: a value
 * that is no port (invalidPortMessage), or a bad port (BAD_PORTS), which the emulator would bind and
 * then the server's own fetch to it and the browser's sign-in there would fail. The CLI refuses it
 * before anything starts (exit 2, as for PORT); `serve` itself throws it as a ConfigError.
 */
export function emulatorPortRefusal(raw: string | undefined): string | undefined {
  const port = parsePort(raw, 0);
  if (port === undefined) return invalidPortMessage(raw ?? '', 'EMULATOR_PORT');
  const bad = badPortReason(port);
  return bad === undefined
    ? undefined
    : `the sandbox emulator's port ${port} (EMULATOR_PORT) ${bad}: choose another, or unset EMULATOR_PORT for any free port`;
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
