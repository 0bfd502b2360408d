/**
 * The environment variables `serve` reads, and a warning for a variable whose name is close to one of
 * them: a misspelled name (SPOTIFY_CLIENTID, MAX_QUERY_COSTS) was ignored silently, so the server ran
 * on a default the operator thought was set (v18 new user, L6).
 */

/** Every variable `serve` reads: the README's configuration table, and NODE_ENV. */
export const SERVE_VARIABLES: readonly string[] = [
  'SPOTIFY_CLIENT_ID',
  'SPOTIFY_CLIENT_SECRET',
  'SPOTIFY_REDIRECT_URI',
  'SPOTIFY_SCOPES',
  'SPOTIFY_API_URL',
  'SPOTIFY_ACCOUNTS_URL',
  'SPOTIFY_APP_MODE',
  'SPOTIFY_DEFAULT_MARKET',
  'PORT',
  'HOST',
  'EMULATOR_PORT',
  'ALLOWED_ORIGINS',
  'STORE_URL',
  'REDIS_URL',
  'REDIS_COMMAND_TIMEOUT_MS',
  'ENCRYPTION_KEY',
  'MAX_REQUEST_BYTES',
  'OPERATION_CACHE_BYTES',
  'CATALOG_CACHE_BYTES',
  'CATALOG_CACHE_TTL_S',
  'RESPONSE_CACHE_BYTES',
  'RESPONSE_CACHE_TTL_S',
  'MAX_TOKENS',
  'MAX_DEPTH',
  'MAX_BREADTH',
  'MAX_ALIASES',
  'MAX_DIRECTIVES',
  'MAX_QUERY_COST',
  'MAX_ANSWER_VALUES',
  'REQUEST_SPOTIFY_CONCURRENCY',
  'SPOTIFY_POOL_RESERVE',
  'REQUEST_DEADLINE_MS',
  'SUBSCRIPTION_EVENT_DEADLINE_MS',
  'RATE_LIMIT_REQUESTS',
  'RATE_LIMIT_WINDOW_S',
  'RATE_LIMIT_CONCURRENT',
  'WS_MAX_CONNECTIONS_PER_ADDRESS',
  'LOGIN_STARTS_PER_MINUTE',
  'TRUST_PROXY',
  'SSE_MAX_RESERVATIONS',
  'SSE_MAX_RESERVATIONS_PER_CLIENT',
  'MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT',
  'MAX_SUBSCRIPTIONS_PER_CLIENT',
  'SSE_RESERVATION_TTL_MS',
  'SSE_MAX_STREAMS_PER_ADDRESS',
  'METRICS_OPERATION_NAMES',
  'LOG_LEVEL',
  'GRAPHIQL',
  'INTROSPECTION',
  'GRAPHQL_JIT',
  'APP_TOKEN_TIMEOUT_MS',
  'APP_TOKEN_BACKOFF_MS',
  'APP_TOKEN_BACKOFF_MAX_MS',
  'SHUTDOWN_DELAY_MS',
  'SHUTDOWN_GRACE_MS',
  'PLAYER_POLL_INTERVAL_MS',
  'PLAYER_POLL_IDLE_INTERVAL_MS',
  'PLAYER_SEEK_DRIFT_MS',
  'NODE_ENV',
];

const KNOWN = new Set(SERVE_VARIABLES);
const SPOTIFY = 'SPOTIFY_';

/** A name as compared: upper case, without `_` (SPOTIFY_CLIENTID and spotify_client_id are alike). */
const squeezed = (name: string): string => name.toUpperCase().replaceAll('_', '');

/** Edits (insert, delete, replace, swap two neighbours) between `a` and `b`, optimal string alignment. */
export function edits(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * Whether `name` is an ordinary variable beside `known`, never a misspelling of it:
 * - a lower-case name for a one-word known name (`port`, `host`: shell and script variables by
 *   convention, which environment variables are not; v20 attack on issue 7);
 * - a one-word known name with more after it (`PORTS`, `PORT0`, `PORT_0`, `HOSTS`, `HOST_NAME`:
 *   Marathon's and Mesos' port variables, lists of hosts, other programs' names built on the word);
 * - any known name followed by `_` and more (`REDIS_URL_2`, `STORE_URL_BACKUP`): a name of its own.
 */
function ordinaryNear(name: string, known: string): boolean {
  const upper = name.toUpperCase();
  if (upper.startsWith(`${known}_`)) return true;
  if (known.includes('_')) return false;
  if (name === name.toLowerCase()) return true;
  return squeezed(name).startsWith(known) && squeezed(name) !== known;
}

/**
 * Whether `name` starts as `known` does, so a near spelling is taken for ours rather than for another
 * program's: for a known name of several words (SPOTIFY_CLIENT_ID, MAX_QUERY_COST, LOG_LEVEL), `name`
 * squeezed starts with the first word (`SPOTIFY_CLIENTID`, `LOGLEVEL`), or within one edit of a first
 * word of 6 letters or more (`SPOTFY_CLIENT_ID`); a one-word known name (PORT, GRAPHIQL) is its own
 * prefix, guarded by ordinaryNear instead.
 */
function sharesPrefix(name: string, known: string): boolean {
  const first = known.split('_')[0]!;
  if (first === known) return true;
  const own = squeezed(name);
  if (own.startsWith(first)) return true;
  if (first.length < 6) return false;
  return [first.length - 1, first.length, first.length + 1].some(
    (length) => edits(own.slice(0, length), first) <= 1,
  );
}

/**
 * The known name `name` is most likely a misspelling of, if any: one that it shares the first word
 * with (sharesPrefix) and is within one edit of (two for a name of 10 letters or more), case and `_`
 * aside; or, for a SPOTIFY_ name, one whose words after SPOTIFY_ hold all of its own (SPOTIFY_SECRET
 * for SPOTIFY_CLIENT_SECRET). Short names (PORT, HOST) take one edit only, so PWD is never taken for
 * them; ordinary names beside a known one (ordinaryNear: `port`, `PORTS`, `PORT_0`, `HOST_NAME`) and
 * other programs' names one edit from ours under another first word never are.
 */
export function closeKnownName(name: string): string | undefined {
  if (KNOWN.has(name)) return undefined;
  const own = squeezed(name);
  let best: { known: string; distance: number } | undefined;
  for (const known of SERVE_VARIABLES) {
    if (ordinaryNear(name, known) || !sharesPrefix(name, known)) continue;
    const target = squeezed(known);
    const distance = edits(own, target);
    if (distance > (target.length >= 10 ? 2 : 1)) continue;
    if (best === undefined || distance < best.distance) best = { known, distance };
  }
  if (best !== undefined) return best.known;
  const upper = name.toUpperCase();
  if (!upper.startsWith(SPOTIFY) || upper.length === SPOTIFY.length) return undefined;
  const words = upper.slice(SPOTIFY.length).split('_').filter(Boolean);
  return SERVE_VARIABLES.find((known) => {
    if (!known.startsWith(SPOTIFY)) return false;
    const knownWords = known.slice(SPOTIFY.length).split('_');
    return words.every((word) => knownWords.includes(word));
  });
}

/**
 * One warning line for each variable of `env` that serve does not read and whose name is close to
 * one it does (closeKnownName), suggesting that name. Only names are said, never a value (it may be
 * a secret); a name that is not a plain variable name is passed over.
 */
export function misspelledVariables(env: Readonly<Record<string, string | undefined>>): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    const known = closeKnownName(name);
    if (known !== undefined && env[known] === undefined) {
      lines.push(
        `Warning: ${name} is not a variable spotify-graphql reads (ignored): did you mean ${known}?`,
      );
    } else if (known !== undefined) {
      lines.push(`Warning: ${name} is not a variable spotify-graphql reads (ignored; ${known} is set too)`);
    }
  }
  return lines;
}
