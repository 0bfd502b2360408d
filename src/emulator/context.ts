import type { IncomingHttpHeaders } from 'node:http';
import { ApiError, badRequest } from './errors.js';
import { isSpotifyId } from './ids.js';
import type { AccessGrant, Account, App, EmulatorState } from './state.js';
import type { TextEncoding } from './text-encodings.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a Web API handler sees: the parsed request and the caller, already authenticated. */
export interface RequestContext {
  readonly state: EmulatorState;
  readonly method: Method;
  /** Path as requested, e.g. `/v1/albums/4aaw...`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: Buffer;
  /** `http://127.0.0.1:PORT`, for hrefs that point back at the emulator. */
  readonly baseUrl: string;
  readonly grant: AccessGrant;
  readonly app: App;
  /** The signed-in account; absent for client-credentials tokens. */
  readonly user: Account | undefined;
}

export interface Reply {
  status: number;
  /** Serialised as JSON. */
  body?: unknown;
  /** Sent as is (text/plain unless a content-type header says otherwise). */
  text?: string;
  /** The encoding `text` is sent in (text-encodings.ts); UTF-8 when absent. */
  encoding?: TextEncoding;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => Reply | Promise<Reply>;

/** One row of the emulator's operation table: one operation of the reference spec. */
export interface Operation {
  /** The spec's operationId. */
  id: string;
  method: Method;
  /** The spec's path template without `/v1`, e.g. `/albums/{id}`. */
  path: string;
  /** Scopes the token must all hold. */
  scopes?: readonly string[];
  /** Scopes of which the token must hold at least one. */
  anyScopes?: readonly string[];
  /** Refused to client-credentials tokens. */
  userOnly?: boolean;
  /** False for what Development Mode apps lost (the spec's `deprecated: true`): they get 403. */
  developmentMode: boolean;
  handler: Handler;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
export const noContent = (): Reply => ({ status: 204 });

/** The account behind the token; the server already refused client-credentials tokens on user routes. */
export function requireUser(ctx: RequestContext): Account {
  if (!ctx.user) throw new ApiError(401, 'This request requires user authentication');
  return ctx.user;
}

/** A path id that must be a base62 Spotify id. */
export function pathId(ctx: RequestContext, name = 'id'): string {
  const id = ctx.params[name] ?? '';
  if (!isSpotifyId(id)) throw badRequest('Invalid base62 id');
  return id;
}

/** `ids` (or another list parameter) from the query: required, comma-separated, at most `max`. */
export function listParam(ctx: RequestContext, name: string, max: number): string[] {
  const raw = ctx.query.get(name);
  if (raw === null || raw.trim() === '') throw badRequest(`Missing required parameter: ${name}`);
  const values = raw.split(',').map((v) => v.trim());
  if (values.length > max) throw badRequest(`Too many ids requested (${name}: at most ${max})`);
  return values;
}

/** `ids` that must each be a base62 Spotify id. */
export function idsParam(ctx: RequestContext, max: number, name = 'ids'): string[] {
  const ids = listParam(ctx, name, max);
  for (const id of ids) if (!isSpotifyId(id)) throw badRequest('Invalid base62 id');
  return ids;
}

function integerParam(ctx: RequestContext, name: string): number | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^-?\d+$/.test(raw)) throw badRequest(`Invalid ${name}`);
  return Number(raw);
}

export function limitParam(ctx: RequestContext, { fallback = 20, max = 50, min = 1 } = {}): number {
  const limit = integerParam(ctx, 'limit') ?? fallback;
  if (limit < min || limit > max) throw badRequest(`Invalid limit: must be between ${min} and ${max}`);
  return limit;
}

export function offsetParam(ctx: RequestContext, { max = 100_000 } = {}): number {
  const offset = integerParam(ctx, 'offset') ?? 0;
  if (offset < 0 || offset > max) throw badRequest(`Invalid offset: must be between 0 and ${max}`);
  return offset;
}

/**
 * The market that applies: a user token's country takes priority (as on Spotify); otherwise the
 * `market` parameter, validated; `from_token` without a user is a 400.
 */
export function marketParam(ctx: RequestContext, name = 'market'): string | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return ctx.user?.country;
  if (raw === 'from_token') {
    if (!ctx.user) throw badRequest('market=from_token requires a user access token');
    return ctx.user.country;
  }
  if (!/^[A-Z]{2}$/.test(raw) || !ctx.state.catalog.markets.includes(raw))
    throw badRequest('Invalid market code');
  return ctx.user?.country ?? raw;
}

/** The request body as JSON; an empty body is `undefined`, a malformed one a 400. */
export function jsonBody(ctx: RequestContext): unknown {
  if (ctx.rawBody.length === 0) return undefined;
  try {
    return JSON.parse(ctx.rawBody.toString('utf8'));
  } catch {
    throw badRequest('Error parsing JSON.');
  }
}

export interface Page<T> {
  href: string;
  items: T[];
  limit: number;
  next: string | null;
  offset: number;
  previous: string | null;
  total: number;
}

/**
 * An offset paging object over `all` for the request's path and query, with working next/previous
 * links (the request's other query parameters are kept).
 */
export function page<T, R>(
  ctx: RequestContext,
  all: readonly T[],
  { limit, offset }: { limit: number; offset: number },
  map: (item: T) => R,
  basePath = ctx.path,
): Page<R> {
  const link = (at: number): string => {
    const query = new URLSearchParams(ctx.query);
    query.set('offset', String(at));
    query.set('limit', String(limit));
    return `${ctx.baseUrl}${basePath}?${query.toString()}`;
  };
  return {
    href: link(offset),
    items: all.slice(offset, offset + limit).map(map),
    limit,
    next: offset + limit < all.length ? link(offset + limit) : null,
    offset,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    total: all.length,
  };
}
