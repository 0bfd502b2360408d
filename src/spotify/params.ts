/**
 * Routing a call's camelCase options to an endpoint's path, query string or body, as its table row
 * says, with the row's checks (required, types, bounds, item limits, enums) done before any request.
 */

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
      return value;
    }
  }
}

/**
 * Each entry of a list option, before any call (v20 attack on issue 7): none blank, none with
 * whitespace around it or a comma (the list is sent comma-joined, so `'A,A'` would be two entries),
 * and for `ids` none a share link or URI (`/`, `:`: Spotify's `ids` take bare ids). Throws the
 * client's SpotifyError naming the option and the entry's index (quoted, bounded: quoteInput).
 */
export function checkEntries(
  endpoint: EndpointSpec,
  name: string,
  param: Pick<ParamSpec, 'name'>,
  items: readonly unknown[],
): void {
  items.forEach((item, i) => {
    if (typeof item !== 'string') fail(endpoint, `option ${name} entry ${i} is no string`);
    const why =
      item.trim() === ''
        ? 'is blank'
        : item.trim() !== item
          ? 'has whitespace around it'
          : item.includes(',')
            ? 'holds a comma (the list is sent comma-joined)'
            : param.name === 'ids' && /[/:]/.test(item)
              ? 'is a link or URI: give the bare id'
              : undefined;
    if (why !== undefined) fail(endpoint, `option ${name} entry ${i} ${why}, got ${quoteInput(item)}`);
  });
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
 * Throws the refusal of a page that reaches past `window` (the endpoint's furthest item: search's
 * 1000): `offset + limit` above it, `limit` counted as 1 when not given (Spotify's default is larger, so
 * an `offset` of `window` or more is refused too). Spotify answers such a page 400 "Invalid offset";
 * refused here before any call, naming both options and the largest offset the limit allows.
 */
function checkWindow(
  endpoint: EndpointSpec,
  window: number,
  options: Readonly<Record<string, unknown>>,
): void {
  const offset = options.offset;
  if (typeof offset !== 'number') return;
  const limit = typeof options.limit === 'number' ? options.limit : 1;
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
  if (endpoint.window !== undefined) checkWindow(endpoint, endpoint.window, options);

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
