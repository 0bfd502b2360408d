/**
 * The one rule for the numbers and on/off settings `serve` reads from the environment, and the range
 * of every number (the README's configuration table states the same; test/readme-env-table.test.ts
 * holds the two together).
 *
 * A number is written in decimal digits alone (`20`, `0020`): no sign, point, exponent, `0x`/`0b`
 * prefix, `_` or spaces, which `Number()` took (`0x20` was 32, `1e1` 10, `20.0` 20, `+20` 20, `0b1`
 * 1). Spaces around any value are refused before (config.ts valueShape), never trimmed away. An
 * empty number or on/off setting (`MAX_DEPTH=` in an env file) is refused too, not read as the
 * default: it is a value forgotten, and the default was taken silently. Unset it for the default.
 */

import { quoteSetting } from '../spotify/quoted-input.js';

/** A value `serve` cannot use: the message names the variable and what it may be. */
export class ConfigError extends Error {}

/** The unit a number is counted in, as the messages and the README say it. */
export type IntegerUnit = 'port' | 'bytes' | 'seconds' | 'milliseconds' | 'count';

/** The range of one integer variable, both ends included. */
export interface IntegerRange {
  min: number;
  max: number;
  unit: IntegerUnit;
}

/** A day: the longest time any variable may name (setTimeout takes at most 2^31-1 ms, about 24.8 days). */
const DAY_S = 86_400;
const DAY_MS = DAY_S * 1000;
const GIB = 1024 ** 3;
const MILLION = 1_000_000;

const port = (): IntegerRange => ({ min: 0, max: 65_535, unit: 'port' });
const ms = (min: number): IntegerRange => ({ min, max: DAY_MS, unit: 'milliseconds' });
const seconds = (): IntegerRange => ({ min: 1, max: DAY_S, unit: 'seconds' });
const bytes = (min: number, max: number): IntegerRange => ({ min, max, unit: 'bytes' });
const count = (min: number, max: number): IntegerRange => ({ min, max, unit: 'count' });

/** Every integer variable `serve` (and `login`, for PORT) reads, with its range. */
export const INTEGER_VARIABLES: Readonly<Record<string, IntegerRange>> = {
  PORT: port(),
  EMULATOR_PORT: port(),
  REDIS_COMMAND_TIMEOUT_MS: ms(10),
  MAX_REQUEST_BYTES: bytes(1, GIB),
  OPERATION_CACHE_BYTES: bytes(1, 64 * GIB),
  CATALOG_CACHE_BYTES: bytes(1, 64 * GIB),
  CATALOG_CACHE_TTL_S: seconds(),
  RESPONSE_CACHE_BYTES: bytes(0, 64 * GIB),
  RESPONSE_CACHE_TTL_S: seconds(),
  MAX_TOKENS: count(1, MILLION),
  MAX_DEPTH: count(1, 1000),
  MAX_BREADTH: count(1, MILLION),
  MAX_ALIASES: count(1, MILLION),
  MAX_DIRECTIVES: count(1, MILLION),
  MAX_QUERY_COST: count(1, MILLION),
  MAX_ANSWER_VALUES: count(1, 1000 * MILLION),
  REQUEST_SPOTIFY_CONCURRENCY: count(1, 1000),
  // The Spotify client's pool (DEFAULT_REQUEST_LIMIT, 100) less one: a reserve of it all shares nothing.
  SPOTIFY_POOL_RESERVE: count(0, 99),
  REQUEST_DEADLINE_MS: ms(1),
  SUBSCRIPTION_EVENT_DEADLINE_MS: ms(1),
  RATE_LIMIT_REQUESTS: count(1, 1000 * MILLION),
  RATE_LIMIT_WINDOW_S: seconds(),
  RATE_LIMIT_CONCURRENT: count(1, MILLION),
  WS_MAX_CONNECTIONS_PER_ADDRESS: count(1, MILLION),
  LOGIN_STARTS_PER_MINUTE: count(1, MILLION),
  SSE_MAX_RESERVATIONS: count(1, MILLION),
  SSE_MAX_RESERVATIONS_PER_CLIENT: count(1, MILLION),
  MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT: count(1, MILLION),
  MAX_SUBSCRIPTIONS_PER_CLIENT: count(1, MILLION),
  SSE_RESERVATION_TTL_MS: ms(1),
  SSE_MAX_STREAMS_PER_ADDRESS: count(1, MILLION),
  APP_TOKEN_TIMEOUT_MS: ms(10),
  APP_TOKEN_BACKOFF_MS: ms(1),
  APP_TOKEN_BACKOFF_MAX_MS: ms(1),
  SHUTDOWN_DELAY_MS: ms(0),
  SHUTDOWN_GRACE_MS: ms(0),
  PLAYER_POLL_INTERVAL_MS: ms(50),
  PLAYER_POLL_IDLE_INTERVAL_MS: ms(50),
  PLAYER_SEEK_DRIFT_MS: ms(0),
};

/** Every on/off variable `serve` reads. */
export const FLAG_VARIABLES: readonly string[] = ['GRAPHIQL', 'INTROSPECTION', 'GRAPHQL_JIT'];

/** The spellings of on and of off (compared ignoring case): the one set every on/off setting takes. */
export const FLAG_WORDS = { on: ['true', '1', 'yes', 'on'], off: ['false', '0', 'no', 'off'] } as const;

/** A range as the messages and the README's table write it: `1 to 86400000 milliseconds`, `0 to 65535`. */
export function rangeText(range: IntegerRange): string {
  const unit = range.unit === 'count' || range.unit === 'port' ? '' : ` ${range.unit}`;
  return `${range.min} to ${range.max}${unit}`;
}

/**
 * The integer `raw` writes when it is decimal digits alone within `min`..`max`, else undefined
 * (undefined also for no digits at all). The one reading of a number of the environment.
 */
export function decimalInteger(raw: string, min: number, max: number): number | undefined {
  if (!/^[0-9]+$/.test(raw)) return undefined;
  // Leading zeros are allowed however many (`0000000000000000000020` is 20); then 16 digits at
  // most: every range here ends below 2^53, so Number() reads the digits exactly.
  const digits = raw.replace(/^0+(?=[0-9])/, '');
  if (digits.length > 16) return undefined;
  const value = Number(digits);
  return value >= min && value <= max ? value : undefined;
}

/** The range of integer variable `name`; throws for a name the table does not hold (a bug). */
export function integerRange(name: string): IntegerRange {
  const range = INTEGER_VARIABLES[name];
  if (range === undefined) throw new Error(`${name} is not an integer variable of INTEGER_VARIABLES`);
  return range;
}

/**
 * The refusal of integer variable `name`'s value `raw`: the variable, the rule, the range, and the
 * value (numberRefusal).
 */
export function integerRefusal(name: string, raw: string): string {
  return numberRefusal(name, integerRange(name), raw);
}

/**
 * The one refusal of a number `raw` read from `source` (a variable, `PORT`, or an option, `--port`)
 * that is not decimal digits within `range`: the source, the rule, the range, and the value (a number
 * is no secret), quoted by quoteSetting so that an invisible or look-alike character shows as an
 * escape (`not "\u200b20"`); an empty one is said to be empty.
 */
export function numberRefusal(source: string, range: IntegerRange, raw: string): string {
  const unset = source.startsWith('--') ? 'give a number' : 'unset it for the default';
  const shown = raw === '' ? `it is empty (${unset})` : `not ${quoteSetting(raw)}`;
  return `${source} must be a whole number from ${rangeText(range)}, in decimal digits only: ${shown}`;
}

/**
 * Integer variable `name` of `env`: `fallback` when unset, the number when it is decimal digits
 * within INTEGER_VARIABLES' range, else a ConfigError (integerRefusal).
 */
export function integerFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const range = integerRange(name);
  const value = decimalInteger(raw, range.min, range.max);
  if (value === undefined) throw new ConfigError(integerRefusal(name, raw));
  return value;
}

/**
 * On/off variable `name`'s value `raw`: undefined when unset (the default applies), true or false for
 * a word of FLAG_WORDS in any case, else a ConfigError naming the variable, every accepted word, and
 * the value (empty included: unset it for the default).
 */
export function flagFromEnv(name: string, raw: string | undefined): boolean | undefined {
  if (raw === undefined) return undefined;
  const value = raw.toLowerCase();
  if ((FLAG_WORDS.on as readonly string[]).includes(value)) return true;
  if ((FLAG_WORDS.off as readonly string[]).includes(value)) return false;
  if (raw === '')
    throw new ConfigError(
      `${name} must be true or false (or 1/0, yes/no, on/off): it is empty (unset it for the default)`,
    );
  throw new ConfigError(`${name} must be true or false (or 1/0, yes/no, on/off), not ${quoteSetting(raw)}`);
}

// The client id, secret and redirect URI's characters: the client library's rule (its loadFromEnv holds
// them to it too), re-exported for config.ts.
export { SPOTIFY_TEXT_VARIABLES, spotifyTextRefusal } from '../spotify/credential-text.js';
