/**
 * Routing a call's camelCase options to an endpoint's path, query string or body, as its table row
 * says, with the row's checks (required, types, bounds, item limits, enums) done before any request.
 */

import { MAX_QUERY_LIST_LENGTH } from './endpoints/batching.js';
import type { AppMode, EndpointSpec, EntryRule, ParamSpec } from './endpoints/types.js';
import { SpotifyError } from './errors.js';
import { idForm, oneOf, parseUri, SPOTIFY_TYPES, type SpotifyType, validId, withArticle } from './ids.js';
import { isLocalUri, MAX_LOCAL_URI_CHARS } from './local-files.js';
import { isMarket } from './markets.js';
import { encodePathValue } from './path-params.js';
import { boundMessage, quoteInput } from './quoted-input.js';

export interface BuiltRequest {
  method: EndpointSpec['method'];
  /** Path and query string, relative to the Web API base. */
  pathAndQuery: string;
  body?: string;
  contentType?: string;
}

/** `contextUri` -> `context_uri`. */
export function toSnakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** `context_uri` -> `contextUri`. */
export function toCamelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Each endpoint's parameters by both spellings, computed once per table row. */
const lookups = new WeakMap<EndpointSpec, Map<string, ParamSpec>>();

function lookup(endpoint: EndpointSpec): Map<string, ParamSpec> {
  let map = lookups.get(endpoint);
  if (!map) {
    map = new Map();
    for (const param of endpoint.params) {
      map.set(param.name, param);
      map.set(toCamelCase(param.name), param);
    }
    lookups.set(endpoint, map);
  }
  return map;
}

/** The option name callers use, with Spotify's name when it differs. */
function label(param: ParamSpec): string {
  const camel = toCamelCase(param.name);
  return camel === param.name ? camel : `${camel} (${param.name})`;
}

/** The option names of an endpoint that are not its parameters. */
export function unknownOptions(endpoint: EndpointSpec, names: Iterable<string>): string[] {
  const map = lookup(endpoint);
  return [...names].filter((name) => !map.has(name));
}

export function findParam(endpoint: EndpointSpec, name: string): ParamSpec | undefined {
  return lookup(endpoint).get(name);
}

/**
 * Throws the refusal of a call's options: bounded and escaped (boundMessage), as the GraphQL server's
 * refusals are, for a client user and for GraphQL alike.
 */
function fail(endpoint: EndpointSpec, message: string): never {
  throw new SpotifyError(boundMessage(`${endpoint.id}: ${message}`));
}

function checkValue(
  endpoint: EndpointSpec,
  param: ParamSpec,
  value: unknown,
  mode: AppMode | 'auto',
  options: Readonly<Record<string, unknown>>,
): unknown {
  // The option's name only for an error: building it (a regex replace) for every call cost more
  // than the rest of the check.
  if (
    param.type === 'string' &&
    typeof value === 'string' &&
    param.enum === undefined &&
    param.format === undefined
  )
    return value;
  const name = label(param);
  switch (param.type) {
    case 'string': {
      if (typeof value !== 'string') fail(endpoint, `option ${name} must be a string`);
      if (param.enum && !param.enum.includes(value)) {
        fail(endpoint, `option ${name} must be one of ${param.enum.join(', ')}`);
      }
      if (param.format !== undefined) checkFormat(endpoint, name, param, value);
      return value;
    }
    case 'integer':
    case 'number':
      return checkNumber(endpoint, param, name, value, mode);
    case 'boolean': {
      if (typeof value !== 'boolean') fail(endpoint, `option ${name} must be a boolean`);
      return value;
    }
    case 'string[]': {
      // A string is taken as an already comma-joined list.
      const items = typeof value === 'string' ? value.split(',') : value;
      if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) {
        fail(endpoint, `option ${name} must be a list of strings`);
      }
      if (items.length === 0 && param.required) fail(endpoint, `option ${name} must name at least one item`);
      checkCount(endpoint, param, items.length);
      checkEntries(endpoint, name, param, items, optionText(endpoint, param, options));
      checkQueryList(endpoint, param, items, 0);
      if (param.enum) {
        const allowed = param.enum;
        const bad = items.find((item: string) => !allowed.includes(item));
        if (bad !== undefined) fail(endpoint, `option ${name} takes only ${allowed.join(', ')}`);
      }
      return items;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        fail(endpoint, `option ${name} must be an object`);
      }
      if (param.entries !== undefined)
        checkOffsetObject(endpoint, name, param, value as Record<string, unknown>);
      return value;
    }
    case 'object[]': {
      if (!Array.isArray(value)) fail(endpoint, `option ${name} must be a list`);
      checkCount(endpoint, param, value.length);
      // A list of `{ uri }` (playlist item removal) or `{ id }` (timestamped ids): each object's uri or
      // id by the option's rule.
      const rule = param.entries;
      if (rule !== undefined) {
        const key = rule.form === 'uri' ? 'uri' : 'id';
        checkEntries(
          endpoint,
          name,
          param,
          value.map((item: unknown) =>
            typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : item,
          ),
        );
      }
      return value;
    }
  }
}

/**
 * A number option: finite, whole for an `integer` (and exact: at most 2^53 - 1 in size), within the
 * row's bounds for an app in `mode` (ParamSpec.min, max, extendedMax). Throws SpotifyError naming it.
 */
function checkNumber(
  endpoint: EndpointSpec,
  param: ParamSpec,
  name: string,
  value: unknown,
  mode: AppMode | 'auto',
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(endpoint, `option ${name} must be a number`);
  if (param.type === 'integer' && !Number.isInteger(value))
    fail(endpoint, `option ${name} must be an integer`);
  if (param.min !== undefined && value < param.min)
    fail(endpoint, `option ${name} must be at least ${param.min}`);
  // Only a Development Mode app is held to `max` where Extended apps have more: in auto mode the
  // app may be either, and Spotify's own answer tells.
  const max = mode === 'development' ? param.max : (param.extendedMax ?? param.max);
  if (max !== undefined && value > max) fail(endpoint, `option ${name} must be at most ${max}`);
  // Past 2^53 an integer is no longer exact, and from 1e21 it is written `1e+21` in a query string.
  if (param.type === 'integer' && !Number.isSafeInteger(value))
    fail(endpoint, `option ${name} must be at most ${Number.MAX_SAFE_INTEGER} in size`);
  return value;
}

/**
 * Longest entry of a list option, in characters (UTF-16 code units, as given), but for a URI
 * (MAX_URI_ENTRY_LENGTH). Spotify's ids are 22 base62 characters (Web API, "Spotify URIs and IDs"); a
 * user id is a user name of at most 128 code points here (user-names.ts isUserName), so at most 256
 * code units: none is refused.
 */
export const MAX_ENTRY_LENGTH = 256;

/**
 * Longest entry of a `uri` list (ParamSpec.entries), in characters: a user's URI writes an older user
 * name percent-encoded (userUri: `spotify:user:` and the name of up to 128 code points, each up to 4
 * UTF-8 bytes written `%XX`: 1,536 characters), so a smaller bound would refuse URIs this client itself
 * writes for names it accepts (v22 attack MEDIUM-4: 90 `é` were refused at 512).
 */
export const MAX_URI_ENTRY_LENGTH = 13 + 128 * 12;

export { MAX_QUERY_LIST_LENGTH } from './endpoints/batching.js';

/**
 * Each entry of a list option, before any call (v20 attack on issue 7): none blank, none with
 * whitespace around it or a comma (the list is sent comma-joined, so `'A,A'` would be two entries),
 * none over MAX_ENTRY_LENGTH characters (MAX_URI_ENTRY_LENGTH for a URI, MAX_LOCAL_URI_CHARS where a
 * local file's URI is taken), and each of the form its option's rule says (ParamSpec.entries,
 * entryProblem): a bare id of the option's type, or a URI of a type the endpoint takes with a
 * well-formed id (the GraphQL server's rule: ids.ts validId, parseUri). `type` is the value of the
 * rule's `typeOption` for this call (`artist` or `user` for `/me/following`), which picks the id form.
 * Throws the client's SpotifyError `<endpoint id>: option <name> entry <index> ...` naming the entry by
 * its index from 0 (as a GraphQL argument path `ids[119]` does), quoted and bounded (quoteInput).
 */
export function checkEntries(
  endpoint: EndpointSpec,
  name: string,
  param: Pick<ParamSpec, 'entries'>,
  items: readonly unknown[],
  type?: string,
): void {
  items.forEach((item, i) => {
    if (typeof item !== 'string') fail(endpoint, `option ${name} entry ${i} is no string`);
    const why = entryWhy(param.entries, item, type);
    if (why !== undefined) fail(endpoint, `option ${name} entry ${i} ${why}, got ${quoteInput(item)}`);
  });
}

/** Why `item` may not be an entry of a list of `rule` (checkEntries), or undefined. */
function entryWhy(rule: EntryRule | undefined, item: string, type?: string): string | undefined {
  const maxLength = entryLength(rule);
  return item.trim() === ''
    ? 'is blank'
    : item.trim() !== item
      ? 'has whitespace around it'
      : item.length > maxLength
        ? `is ${item.length} characters, over the ${maxLength} ${rule?.form === 'uri' ? 'a URI' : 'an entry'} may hold`
        : item.includes(',')
          ? 'holds a comma (the list is sent comma-joined)'
          : rule === undefined
            ? undefined
            : entryProblem(rule, item, type);
}

/**
 * A single string option of a ParamSpec.format, before any call: a `market` a market Spotify serves or
 * `from_token` (markets.ts isMarket), a `text` not blank, an `entry` as a list entry would be
 * (entryWhy: not blank, no whitespace around it, no comma, bounded, and of `param.entries`' form: a
 * single `uri` or `context_uri` by the rule its lists have). Throws SpotifyError (USAGE_ERROR)
 * `<endpoint id>: option <name> ...`, the value quoted and bounded (quoteInput).
 */
function checkFormat(endpoint: EndpointSpec, name: string, param: ParamSpec, value: string): void {
  let why: string | undefined;
  if (param.format === 'market') {
    if (!isMarket(value))
      why =
        'must be a market Spotify serves, an ISO 3166-1 alpha-2 code such as SE (upper case), or from_token';
  } else if (param.format === 'text') {
    if (value.trim() === '') why = 'must not be blank';
  } else {
    why = entryWhy(param.entries, value);
  }
  if (why !== undefined) fail(endpoint, `option ${name} ${why}, got ${quoteInput(value)}`);
}

/**
 * The `offset` object of a start of playback (`{ position }` or `{ uri }`): its `uri` by the option's
 * rule (checkFormat's `entry`), its `position` a whole index from 0 (Spotify's reference: "zero
 * based"). Throws SpotifyError (USAGE_ERROR) before any call.
 */
function checkOffsetObject(
  endpoint: EndpointSpec,
  name: string,
  param: ParamSpec,
  value: Readonly<Record<string, unknown>>,
): void {
  const { uri, position } = value;
  if (uri !== undefined) {
    if (typeof uri !== 'string') fail(endpoint, `option ${name} uri must be a string`);
    const why = entryWhy(param.entries, uri);
    if (why !== undefined) fail(endpoint, `option ${name} uri ${why}, got ${quoteInput(uri)}`);
  }
  if (position !== undefined && !(Number.isSafeInteger(position) && (position as number) >= 0))
    fail(
      endpoint,
      `option ${name} position must be a whole number from 0, got ${quoteInput(String(position))}`,
    );
}

/** The most characters an entry of a list of `rule` may have. */
function entryLength(rule: EntryRule | undefined): number {
  if (rule?.form !== 'uri') return MAX_ENTRY_LENGTH;
  return rule.types.includes('local') ? MAX_LOCAL_URI_CHARS : MAX_URI_ENTRY_LENGTH;
}

/**
 * Why `item` is not of the form `rule` says, or undefined. An id: no link or URI (`/`, `:`), and an id
 * of the rule's type (`type` when the call's `typeOption` names one of the rule's types; ids.ts
 * validId: 22 base62 characters, a user name for users). A URI: `spotify:<type>:<id>` of one of the
 * rule's types with a well-formed id (ids.ts parseUri), or a well-formed `spotify:local:` URI where
 * the rule takes `local` (local-files.ts isLocalUri).
 */
function entryProblem(rule: EntryRule, item: string, type: string | undefined): string | undefined {
  if (rule.form === 'id') {
    if (/[/:]/.test(item)) return 'is a link or URI: give the bare id';
    const types = rule.types.filter((one) => one === type);
    const asked = types.length > 0 ? types : rule.types;
    if (asked.some((one) => validId(one, item))) return undefined;
    const kind = oneOf(asked);
    return `is no ${kind} id: a Spotify ${kind} id is ${oneOf([...new Set(asked.map(idForm))])}`;
  }
  const takes = `this option takes ${oneOf(rule.types.map((one) => (one === 'local' ? 'spotify:local:' : one)))} URIs`;
  if (!item.startsWith('spotify:')) return 'is no Spotify URI: give spotify:<type>:<id>';
  if (item.startsWith('spotify:local:')) {
    if (!rule.types.includes('local')) return `is a local file's URI: ${takes}`;
    return isLocalUri(item)
      ? undefined
      : 'is a malformed spotify:local: URI: it needs four parts (artist:album:title:seconds), each form-encoded';
  }
  const word = item.split(':')[1] as SpotifyType;
  if (!SPOTIFY_TYPES.includes(word)) return `names no Spotify object: ${takes}`;
  if (!rule.types.includes(word)) return `is ${withArticle(word)} URI: ${takes}`;
  if (parseUri(item) === undefined) {
    const form = word === 'user' ? 'a user name, percent-encoded' : idForm(word);
    return `has a malformed ${word} id: a Spotify ${word} URI is spotify:${word}:<id>, the id ${form}`;
  }
  return undefined;
}

/** The value of `param`'s rule's `typeOption` among a call's `options` (either spelling), if a string. */
function optionText(
  endpoint: EndpointSpec,
  param: ParamSpec,
  options: Readonly<Record<string, unknown>>,
): string | undefined {
  const name = param.entries?.form === 'id' ? param.entries.typeOption : undefined;
  if (name === undefined) return undefined;
  const value = options[name] ?? options[toCamelCase(name)];
  return typeof value === 'string' && findParam(endpoint, name) !== undefined ? value : undefined;
}

/**
 * One call's share of a list that goes in the query string (`ids=a,b,...` as sent), at most
 * MAX_QUERY_LIST_LENGTH characters; `start` is the index of `slice`'s first entry in the whole list.
 * Throws SpotifyError naming the endpoint, the option, the entries and the limit.
 */
function checkQueryList(
  endpoint: EndpointSpec,
  param: ParamSpec,
  slice: readonly string[],
  start: number,
): void {
  if (param.in !== 'query') return;
  const length = param.name.length + 1 + queryValue(slice).length;
  if (length <= MAX_QUERY_LIST_LENGTH) return;
  const entries =
    slice.length === 1 ? `entry ${start} takes` : `entries ${start} to ${start + slice.length - 1} take`;
  fail(
    endpoint,
    `option ${label(param)} ${entries} ${length} characters of one call's query string, over the ` +
      `${MAX_QUERY_LIST_LENGTH} a list may take: give shorter entries`,
  );
}

/**
 * Checks a whole list before a client method splits it into calls of `endpoint` (batching.ts splitList:
 * by the table's most items per call for the option `name`, and where the list goes in the query
 * string by MAX_QUERY_LIST_LENGTH characters of it per call) or picks a route (auto mode): each entry
 * (checkEntries, by the rule of the option's ParamSpec.entries; `type` is the call's value of the
 * rule's `typeOption`, e.g. `user` for `/me/following`) and, where the list goes in the query string,
 * that each entry alone fits one call's share of it (a longer list is split, never refused). So a bad
 * entry in the 120th place refuses the call before the first chunk is sent. `items` are strings, also
 * for an `object[]` list of `{ uri }` (the uris the objects will hold). Throws SpotifyError
 * `<endpoint id>: option <name> entry <index> ...` (index from 0), `<endpoint id>: option <name> must
 * be a list (an array) of strings, not a string` when `items` is no array (a JavaScript caller's string,
 * options object or Set), or SpotifyError when `endpoint` has no option `name` (a programming error).
 */
export function checkList(
  endpoint: EndpointSpec,
  name: string,
  items: readonly unknown[],
  type?: string,
): void {
  // The last one listed, where buildRequest sends it.
  const param = findParam(endpoint, name);
  if (!param) throw new SpotifyError(`${endpoint.id} has no list option ${name}`);
  // For JavaScript callers (the .d.ts keeps TypeScript's): a string or an object where the list goes
  // was a raw `TypeError: items.forEach is not a function` (s38 new user).
  if (!Array.isArray(items)) {
    fail(endpoint, `option ${label(param)} must be a list (an array) of strings, not ${kindOf(items)}`);
  }
  checkEntries(endpoint, label(param), param, items, type);
  if (param.in !== 'query') return;
  (items as readonly string[]).forEach((item, i) => {
    checkQueryList(endpoint, param, [item], i);
  });
}

/** What a value that is no list is, in words: `a string`, `an object`, `a Set`, `null`, `undefined`. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== 'object')
    return /^[aeiou]/.test(typeof value) ? `an ${typeof value}` : `a ${typeof value}`;
  const made = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor
    ?.name;
  return typeof made === 'string' && made !== 'Object' && made !== '' ? `a ${made}` : 'an object';
}

function checkCount(endpoint: EndpointSpec, param: ParamSpec, count: number): void {
  if (param.maxItems !== undefined && count > param.maxItems) {
    fail(endpoint, `option ${label(param)} takes at most ${param.maxItems} items, got ${count}`);
  }
}

/** Query values: lists comma-joined, booleans as true/false; commas stay readable. */
function queryValue(value: unknown): string {
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return encodeURIComponent(text).replace(/%2C/g, ',');
}

/**
 * The page Spotify answers when a windowed call (search) gives no `limit`: 5 for a Development Mode
 * app (the 2026 Web API reference's default for search), 20 for an Extended Quota app (the default
 * before that change). An app whose mode is not known yet counts the smaller, so that nothing Spotify
 * would answer is refused here.
 */
const DEFAULT_WINDOW_LIMIT: Readonly<Record<AppMode | 'auto', number>> = {
  development: 5,
  extended: 20,
  auto: 5,
};

/**
 * Throws the refusal of a page that reaches past `window` (the endpoint's furthest item: search's
 * 1000): `offset + limit` above it, `limit` counted as Spotify's default for `mode` when not given
 * (DEFAULT_WINDOW_LIMIT). Spotify answers such a page 400 "Invalid offset"; refused here before any
 * call, naming both options and the largest offset the limit allows.
 */
function checkWindow(
  endpoint: EndpointSpec,
  window: number,
  options: Readonly<Record<string, unknown>>,
  mode: AppMode | 'auto',
): void {
  const offset = options.offset;
  if (typeof offset !== 'number') return;
  const limit = typeof options.limit === 'number' ? options.limit : DEFAULT_WINDOW_LIMIT[mode];
  if (offset + limit <= window) return;
  fail(
    endpoint,
    `option offset plus limit must be at most ${window} (Spotify's window), got ${offset} + ${limit}: offset must be at most ${Math.max(0, window - limit)}`,
  );
}

/**
 * Builds the request for `endpoint` from `options` (camelCase or Spotify's names; undefined values are
 * ignored) for an app in `mode` (bounds that differ by mode: ParamSpec.extendedMax). Throws SpotifyError
 * naming the option for unknown, missing or out-of-bounds options.
 */
export function buildRequest(
  endpoint: EndpointSpec,
  options: Readonly<Record<string, unknown>>,
  mode: AppMode | 'auto' = 'auto',
): BuiltRequest {
  const map = lookup(endpoint);
  const given = new Map<ParamSpec, unknown>();
  for (const name of Object.keys(options)) {
    const value = options[name];
    if (value === undefined) continue;
    const param = map.get(name);
    if (!param) {
      const known = endpoint.params.map((p) => toCamelCase(p.name)).join(', ') || 'none';
      fail(endpoint, `unknown option ${quoteInput(name)} (known: ${known})`);
    }
    if (given.has(param)) fail(endpoint, `option ${label(param)} is given twice`);
    given.set(param, checkValue(endpoint, param, value, mode, options));
  }
  for (const param of endpoint.params) {
    if (param.required && !given.has(param)) fail(endpoint, `missing required option ${label(param)}`);
  }
  if (endpoint.window !== undefined) checkWindow(endpoint, endpoint.window, options, mode);

  let path = endpoint.path;
  // The query string and the body are made only when a parameter goes there (most calls are GETs
  // with a path parameter alone).
  let query: string | undefined;
  let body: Record<string, unknown> | undefined;
  for (const [param, value] of given) {
    if (param.in === 'path') {
      const text = String(value);
      if (text === '') fail(endpoint, `option ${label(param)} must not be empty`);
      const encoded = encodePathValue(param.name, text);
      if ('refused' in encoded) fail(endpoint, `option ${label(param)} ${encoded.refused}`);
      path = path.replace(`{${param.name}}`, encoded.value);
    } else if (param.in === 'query') {
      const pair = `${param.name}=${queryValue(value)}`;
      query = query === undefined ? pair : `${query}&${pair}`;
    } else {
      body ??= {};
      body[param.name] = value;
    }
  }

  const built: BuiltRequest = {
    method: endpoint.method,
    pathAndQuery: query === undefined ? path : `${path}?${query}`,
  };
  if (endpoint.body === 'jpeg') {
    // The cover upload's body is the base64 JPEG text itself, not JSON.
    const image = [...given].find(([param]) => param.in === 'body')?.[1];
    if (typeof image !== 'string' || image === '')
      fail(endpoint, 'needs the base64 JPEG image as its body option');
    built.body = image;
    built.contentType = 'image/jpeg';
  } else if (body !== undefined) {
    built.body = JSON.stringify(body);
    built.contentType = 'application/json';
  }
  return built;
}
