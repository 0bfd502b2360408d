/**
 * Routing a call's camelCase options to an endpoint's path, query string or body, as its table row
 * says, with the row's checks (required, types, bounds, item limits, enums) done before any request.
 */

import { listLimit } from './endpoints/batching.js';
import type { AppMode, EndpointSpec, ParamSpec } from './endpoints/types.js';
import { SpotifyError } from './errors.js';
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
): unknown {
  // The option's name only for an error: building it (a regex replace) for every call cost more
  // than the rest of the check.
  if (param.type === 'string' && typeof value === 'string' && param.enum === undefined) return value;
  const name = label(param);
  switch (param.type) {
    case 'string': {
      if (typeof value !== 'string') fail(endpoint, `option ${name} must be a string`);
      if (param.enum && !param.enum.includes(value)) {
        fail(endpoint, `option ${name} must be one of ${param.enum.join(', ')}`);
      }
      return value;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        fail(endpoint, `option ${name} must be a number`);
      if (param.type === 'integer' && !Number.isInteger(value))
        fail(endpoint, `option ${name} must be an integer`);
      if (param.min !== undefined && value < param.min)
        fail(endpoint, `option ${name} must be at least ${param.min}`);
      // Only a Development Mode app is held to `max` where Extended apps have more: in auto mode the
      // app may be either, and Spotify's own answer tells.
      const max = mode === 'development' ? param.max : (param.extendedMax ?? param.max);
      if (max !== undefined && value > max) fail(endpoint, `option ${name} must be at most ${max}`);
      return value;
    }
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
      checkCount(endpoint, param, items.length);
      checkEntries(endpoint, name, param, items);
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
      return value;
    }
    case 'object[]': {
      if (!Array.isArray(value)) fail(endpoint, `option ${name} must be a list`);
      checkCount(endpoint, param, value.length);
      // A list of `{ uri }` (playlist item removal): each object's uri by the option's rule.
      if (param.entries !== undefined) {
        checkEntries(
          endpoint,
          name,
          param,
          value.map((item: unknown) =>
            typeof item === 'object' && item !== null ? (item as { uri?: unknown }).uri : item,
          ),
        );
      }
      return value;
    }
  }
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

/**
 * Longest share of one call's query string a list may take: `ids=a,b,...` as sent (percent-encoded,
 * commas as they are), in characters. Spotify documents no URL length; a long URL is answered 414 at
 * best, after the earlier chunks of a split list went through. 4096, not the 2048 of old browsers:
 * Spotify's own 100 audio-features ids (`ids=` and 100 x 22 characters with 99 commas) are 2,303
 * characters. several-id-entries.test.ts checks every table row's documented maximum of 22-character ids
 * (and of URIs of the longest type) stays under it.
 */
export const MAX_QUERY_LIST_LENGTH = 4096;

/**
 * Each entry of a list option, before any call (v20 attack on issue 7): none blank, none with
 * whitespace around it or a comma (the list is sent comma-joined, so `'A,A'` would be two entries),
 * none over MAX_ENTRY_LENGTH characters (MAX_URI_ENTRY_LENGTH for a `uri` list), and by the option's rule (ParamSpec.entries): for `id` none a
 * share link or URI (`/`, `:`: Spotify's `ids` take bare ids), for `uri` each a Spotify URI
 * (`spotify:...`). Throws the client's SpotifyError `<endpoint id>: option <name> entry <index> ...`
 * naming the entry by its index from 0 (as a GraphQL argument path `ids[119]` does), quoted and
 * bounded (quoteInput).
 */
export function checkEntries(
  endpoint: EndpointSpec,
  name: string,
  param: Pick<ParamSpec, 'entries'>,
  items: readonly unknown[],
): void {
  const maxLength = param.entries === 'uri' ? MAX_URI_ENTRY_LENGTH : MAX_ENTRY_LENGTH;
  items.forEach((item, i) => {
    if (typeof item !== 'string') fail(endpoint, `option ${name} entry ${i} is no string`);
    const why =
      item.trim() === ''
        ? 'is blank'
        : item.trim() !== item
          ? 'has whitespace around it'
          : item.length > maxLength
            ? `is ${item.length} characters, over the ${maxLength} ${param.entries === 'uri' ? 'a URI' : 'an entry'} may hold`
            : item.includes(',')
              ? 'holds a comma (the list is sent comma-joined)'
              : param.entries === 'id' && /[/:]/.test(item)
                ? 'is a link or URI: give the bare id'
                : param.entries === 'uri' && !item.startsWith('spotify:')
                  ? 'is no Spotify URI: give spotify:<type>:<id>'
                  : undefined;
    if (why !== undefined) fail(endpoint, `option ${name} entry ${i} ${why}, got ${quoteInput(item)}`);
  });
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
  fail(
    endpoint,
    `option ${label(param)} entries ${start} to ${start + slice.length - 1} take ${length} characters of ` +
      `one call's query string, over the ${MAX_QUERY_LIST_LENGTH} a list may take: give shorter entries`,
  );
}

/**
 * Checks a whole list before a client method splits it into calls of `endpoint` (per the table's
 * most items per call for the option `name`: batching.ts listLimit) or picks a route (auto mode):
 * each entry (checkEntries, by the rule of the option's ParamSpec.entries) and, where the list goes in
 * the query string, each call's share of it (at most MAX_QUERY_LIST_LENGTH characters). So a bad entry
 * in the 120th place refuses the call before the first chunk is sent. `items` are strings, also for an
 * `object[]` list of `{ uri }` (the uris the objects will hold). Throws SpotifyError
 * `<endpoint id>: option <name> entry <index> ...` (index from 0), or SpotifyError when `endpoint` has
 * no option `name` (a programming error).
 */
export function checkList(endpoint: EndpointSpec, name: string, items: readonly unknown[]): void {
  // The last one listed, where buildRequest sends it.
  const param = findParam(endpoint, name);
  if (!param) throw new SpotifyError(`${endpoint.id} has no list option ${name}`);
  checkEntries(endpoint, label(param), param, items);
  if (param.in !== 'query') return;
  const size = listLimit(endpoint, param.name);
  const strings = items as readonly string[];
  const step = Number.isFinite(size) ? size : Math.max(strings.length, 1);
  for (let start = 0; start < strings.length; start += step) {
    checkQueryList(endpoint, param, strings.slice(start, start + step), start);
  }
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
    given.set(param, checkValue(endpoint, param, value, mode));
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
