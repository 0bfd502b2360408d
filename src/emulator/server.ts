import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { handleAuthorize, handleAuthorizeDecision, handleToken } from './accounts.js';
import { editAnswer } from './answer-edits.js';
import { operations } from './api/index.js';
import type { Method, Operation, Reply, RequestContext } from './context.js';
import { handleControl, invalidControlUrl } from './control.js';
import { withoutDevelopmentRemovedFields } from './development-fields.js';
import { ApiError, OAuthError } from './errors.js';
import { BODILESS_STATUSES, FaultInjector, type FaultRule } from './faults.js';
import { RateLimiter } from './rate-limit.js';
import { RequestLog } from './request-log.js';
import { Router, routedMethod } from './router.js';
import { type EmulatorOptions, EmulatorState } from './state.js';
import { encodeText } from './text-encodings.js';

/** Largest request body accepted (a base64 cover image is at most ~350 KB). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

type AccountsRoute = 'authorize' | 'decision' | 'token';

type Target = { kind: 'api'; op: Operation } | { kind: 'accounts'; route: AccountsRoute };

/** The query string a log entry keeps: Web API calls only (see LogEntry.query). */
const loggedQuery = (raw: RawRequest): string => (raw.path.startsWith('/v1/') ? raw.query.toString() : '');

export interface RawRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The HTTP servers emulators listen with. What they answer is Spotify's side (tokens included), so the
 * test suite's leak checks leave their responses alone.
 */
export const emulatorHttpServers = new WeakSet<Server>();

/** The emulator: state plus the machinery every request goes through (log, faults, rate limit). */
export class Emulator {
  state: EmulatorState;
  readonly log = new RequestLog();
  // A rule's route is checked against the routes there are (the router's, filled in the constructor).
  readonly faults = new FaultInjector(() => this.router.names());
  readonly limiter: RateLimiter;
  private readonly router = new Router<Target>();
  private server: Server | undefined;
  /**
   * Aborted by close(): fault latencies end with it, so no timer outlives the emulator. Each request
   * held by a latency listens to it until its wait ends (the listener then goes): many held at once is
   * no leak, so the EventTarget's warning threshold is lifted.
   */
  private readonly closing = (() => {
    const controller = new AbortController();
    setMaxListeners(0, controller.signal);
    return controller;
  })();
  private active = 0;
  baseUrl = '';
  /**
   * The GraphQL server this emulator stands behind (`http://127.0.0.1:4000`), when one started it (the
   * sandbox sets it once it listens): a request for a path that is not Spotify's (`/graphql`, `/`,
   * `/auth/...`) is told to go there.
   */
  serverUrl: string | undefined;

  /** Web API and accounts requests being handled now (a fault's latency included). */
  get inFlight(): number {
    return this.active;
  }

  constructor(readonly options: EmulatorOptions = {}) {
    this.state = new EmulatorState(options);
    this.limiter = new RateLimiter(options.rateLimit ?? 10_000, options.rateLimitWindowMs ?? 30_000);
    this.router.add('GET', '/authorize', { kind: 'accounts', route: 'authorize' });
    this.router.add('POST', '/authorize', { kind: 'accounts', route: 'decision' });
    this.router.add('POST', '/api/token', { kind: 'accounts', route: 'token' });
    for (const op of operations) this.router.add(op.method, `/v1${op.path}`, { kind: 'api', op });
  }

  /** Back to the seed: state, catalog, tokens, log, faults and rate-limit windows. */
  reset(): void {
    this.state = new EmulatorState(this.options);
    this.log.clear();
    this.faults.clear();
    this.limiter.reset();
  }

  async listen(): Promise<string> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        // Only reachable through a bug; answer like Spotify's server error and keep running.
        process.stderr.write(
          `emulator: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        if (!res.headersSent) send(res, 500, { error: { status: 500, message: 'Server error' } });
        else res.destroy();
      });
    });
    server.keepAliveTimeout = 65_000;
    emulatorHttpServers.add(server);
    this.server = server;
    const host = this.options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
    this.baseUrl = `http://${shownHost}:${port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    this.closing.abort();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** Logs one answered (or dropped: status 0) request; `receivedAt` is when it came (Unix ms). */
  private record(raw: RawRequest, route: string, status: number, receivedAt: number): void {
    this.log.record({
      method: raw.method,
      route,
      path: raw.path,
      query: loggedQuery(raw),
      status,
      receivedAt,
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const body = await readBody(req);
    if (body === undefined) {
      send(res, 413, { error: { status: 413, message: 'Request entity too large' } });
      return;
    }
    const raw: RawRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
    };

    const control = raw.path.startsWith('/__emulator/') || raw.path === '/__emulator';
    if (!wellEscaped(req.url ?? '/')) {
      // decodeURIComponent threw on `%ZZ` (a 500); every route answers 400 instead, Spotify's shape on
      // Spotify's routes, the control API's on its own.
      if (!control) this.record(raw, raw.path, 400, receivedAt);
      writeReply(res, control ? invalidControlUrl() : MALFORMED_URL_REPLY);
      return;
    }
    if (control) {
      const reply = await handleControl(this, raw);
      writeReply(res, reply);
      return;
    }

    // HEAD takes the GET route (and its fault rules); the log keeps the method as sent.
    const method = routedMethod(raw.method);
    const { match, methodMismatch } = this.router.match(method, raw.path);
    if (!match) {
      const status = methodMismatch ? 405 : 404;
      this.record(raw, raw.path, status, receivedAt);
      send(res, status, { error: { status, message: this.unmatchedMessage(raw.path, methodMismatch) } });
      return;
    }
    const template = match.route.template;
    const target = match.route.value;

    const fault = this.faults.take(method, template, raw.query);
    this.active += 1;
    try {
      if (fault?.latencyMs) {
        const waited = await sleep(fault.latencyMs, true, { signal: this.closing.signal }).catch(() => false);
        if (!waited) {
          req.socket.destroy();
          return;
        }
      }
      // Without `apply` the fault answers instead of the route; with it the route runs (and changes
      // what it changes) and the fault then replaces its answer.
      const answersInstead = fault !== undefined && !fault.apply;
      if (answersInstead && fault.drop) {
        this.record(raw, template, 0, receivedAt);
        req.socket.destroy();
        return;
      }
      let reply: Reply;
      if (answersInstead && fault.status !== undefined) reply = faultReply(fault, fault.status, target.kind);
      else if (target.kind === 'accounts') reply = await this.accounts(target.route, raw);
      else reply = await this.api(target.op, raw, match.params);
      if (fault?.apply && fault.drop) {
        this.record(raw, template, 0, receivedAt);
        req.socket.destroy();
        return;
      }
      if (fault?.apply && fault.status !== undefined) reply = faultReply(fault, fault.status, target.kind);
      if (fault) reply = shapeReply(reply, fault);
      this.record(raw, template, reply.status, receivedAt);
      writeReply(res, reply);
    } finally {
      this.active -= 1;
    }
  }

  /**
   * What a request no route takes is told: Spotify's words on Spotify's paths (`/v1/...`, the accounts
   * service's `/authorize` and `/api/...`); on any other path (`/graphql`, `/`, `/auth/login`: a likely
   * mix-up of the sandbox's two URLs) that this is the emulator, and where the GraphQL server is.
   */
  private unmatchedMessage(path: string, methodMismatch: boolean): string {
    if (methodMismatch) return 'Method not allowed';
    if (isSpotifyPath(path)) return 'Service not found';
    const server = this.serverUrl === undefined ? undefined : new URL(this.serverUrl).origin;
    const graphql =
      server === undefined
        ? 'the GraphQL server (`spotify-graphql serve`) prints its own URL'
        : `GraphQL is at ${server}/graphql (sign in at ${server}/auth/login)`;
    return `Not found: this is the Spotify emulator (Web API at ${this.baseUrl}/v1, control API at ${this.baseUrl}/__emulator/info), not the GraphQL server: ${graphql}`;
  }

  private async accounts(route: AccountsRoute, raw: RawRequest): Promise<Reply> {
    try {
      if (route === 'authorize') return handleAuthorize(this, raw);
      if (route === 'decision') return handleAuthorizeDecision(this, raw);
      return handleToken(this, raw);
    } catch (error) {
      if (error instanceof OAuthError) return { status: error.status, body: error.body() };
      throw error;
    }
  }

  private async api(op: Operation, raw: RawRequest, params: Record<string, string>): Promise<Reply> {
    try {
      const { grant, app, user } = this.authenticate(raw);
      const retryAfter = this.limiter.hit(app.clientId, this.state.now());
      if (retryAfter !== undefined) {
        throw new ApiError(429, 'API rate limit exceeded', undefined, { 'retry-after': String(retryAfter) });
      }
      if (app.mode === 'development' && !op.developmentMode) {
        // Spotify's live answer names no cause (jjdenhertog/spotify-to-plex#131, spotatui#517); a fault
        // rule with `text` gives a named message where a test needs one.
        throw new ApiError(403, 'Forbidden');
      }
      if (user && app.allowedUsers && !app.allowedUsers.includes(user.id)) {
        // Spotify answers a user a Development Mode app has not allowed in plain text, not JSON.
        return { status: 403, text: NOT_REGISTERED_TEXT };
      }
      if (op.userOnly && !user) throw new ApiError(401, 'This request requires user authentication.');
      const missing = (op.scopes ?? []).some((s) => !grant.scopes.has(s));
      const noneOf = op.anyScopes !== undefined && !op.anyScopes.some((s) => grant.scopes.has(s));
      if (missing || noneOf) throw new ApiError(403, 'Insufficient client scope');
      const ctx: RequestContext = {
        state: this.state,
        method: routedMethod(raw.method) as Method,
        path: raw.path,
        params,
        query: raw.query,
        headers: raw.headers,
        rawBody: raw.body,
        baseUrl: this.baseUrl,
        grant,
        app,
        user,
      };
      const reply = await op.handler(ctx);
      // Spotify no longer sends a Development Mode app some fields (its February 2026 change).
      if (app.mode !== 'development' || reply.body === undefined) return reply;
      return { ...reply, body: withoutDevelopmentRemovedFields(reply.body) };
    } catch (error) {
      if (error instanceof ApiError)
        return { status: error.status, body: error.body(), headers: { ...error.headers } };
      throw error;
    }
  }

  /** The token's grant, or the 400/401 Spotify gives for a missing, malformed, unknown or expired one. */
  private authenticate(raw: RawRequest) {
    const header = raw.headers.authorization;
    if (!header) throw new ApiError(401, 'No token provided');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ApiError(400, 'Only valid bearer authentication supported');
    const grant = this.state.accessTokens.get(match[1]!);
    if (!grant || grant.revoked) throw new ApiError(401, 'Invalid access token');
    if (grant.expiresAt <= this.state.now()) throw new ApiError(401, 'The access token expired');
    const app = this.state.apps.get(grant.clientId);
    if (!app) throw new ApiError(401, 'Invalid access token');
    if (app.refuseAppTokens && grant.userId === undefined) throw new ApiError(401, 'Invalid access token');
    const user = grant.userId === undefined ? undefined : this.state.accounts.get(grant.userId);
    return { grant, app, user };
  }
}

/** A path Spotify serves or answers with its own 404: the Web API's and the accounts service's. */
/** Spotify's shape of the 400 for a URL whose path or query holds a malformed percent-encoding. */
const MALFORMED_URL_REPLY: Reply = {
  status: 400,
  body: { error: { status: 400, message: 'Malformed percent-encoding in the request URL' } },
};

/**
 * Whether every `%` in a request URL's path and query begins a well-formed UTF-8 escape (`%ZZ`, a lone
 * `%` and `%C3` without its continuation byte are not).
 */
function wellEscaped(url: string): boolean {
  try {
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}

function isSpotifyPath(path: string): boolean {
  return /^\/(v1|api|authorize)(\/|$)/.test(path);
}

function faultReply(fault: FaultRule, status: number, kind: Target['kind']): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  else if (status === 429) headers['retry-after'] = '1';
  if (kind === 'accounts') {
    const code =
      status === 429 ? 'temporarily_unavailable' : status >= 500 ? 'server_error' : 'invalid_request';
    return { status, headers, body: { error: code, error_description: 'Injected fault' } };
  }
  const message =
    status === 429
      ? 'API rate limit exceeded'
      : status >= 500
        ? 'Server error'
        : `Injected fault (${status})`;
  return {
    status,
    headers,
    body: { error: { status, message, ...(fault.reason === undefined ? {} : { reason: fault.reason }) } },
  };
}

/** Spotify's plain-text 403 for a user not on a Development Mode app's allowlist. */
export const NOT_REGISTERED_TEXT =
  'Check settings on developer.spotify.com/dashboard, the user may not be registered.';

/** The fault's changes to an answer: paging metadata, a given body, a broken body. */
function shapeReply(reply: Reply, fault: FaultRule): Reply {
  let shaped = reply;
  if (fault.paging === 'endless-empty') shaped = endlessEmpty(shaped);
  if (fault.paging === 'short-next' || fault.paging === 'next-null')
    shaped = disagreeingPage(shaped, fault.paging);
  if (fault.paging === 'left-out') shaped = leftOut(shaped);
  if (fault.leaveOut !== undefined) shaped = leaveOutAt(shaped, fault.leaveOut);
  if ((fault.set !== undefined || fault.unset !== undefined) && shaped.body !== undefined) {
    shaped = { ...shaped, body: editAnswer(structuredClone(shaped.body), fault.set, fault.unset) };
  }
  if (fault.paging === 'total-infinite') shaped = infiniteTotals(shaped);
  if (fault.text !== undefined) {
    shaped = {
      status: fault.status ?? bodiedStatus(shaped.status),
      headers: { ...shaped.headers, 'content-type': 'text/plain; charset=utf-8' },
      text: fault.text,
      ...(fault.encoding === undefined ? {} : { encoding: fault.encoding }),
    };
  }
  shaped = applyBodyFault(shaped, fault);
  // Last, so it labels whatever body the rule left: its text, a broken body or the route's own.
  if (fault.contentType === undefined) return shaped;
  return { ...shaped, headers: { ...shaped.headers, 'content-type': fault.contentType } };
}

/**
 * The status a stray body goes with: a bodiless one (a route's own 204) becomes 200, as Spotify's
 * stray bodies come (HTTP sends a 204 without one); any other is kept. A rule's own bodiless status
 * with a body is refused when the rule is added (faults.ts).
 */
function bodiedStatus(status: number): number {
  return BODILESS_STATUSES.has(status) ? 200 : status;
}

/**
 * The paging objects of an answer: the answer itself when it is one, else every page a wrapper holds
 * (each type's page of a multi-type search, `{ albums, artists }`; followed artists' one page), so a
 * paging fault reaches every type of a search, not only the first (A4).
 */
function pagesIn(body: unknown): Record<string, unknown>[] {
  const isPage = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items);
  if (isPage(body)) return [body];
  if (typeof body !== 'object' || body === null) return [];
  return Object.values(body).filter(isPage);
}

/** `reply` with `change` made to each of its pages (pagesIn) in a copy of its body; a non-200 unchanged. */
function withPages(reply: Reply, change: (page: Record<string, unknown>) => void): Reply {
  if (reply.status !== 200 || reply.body === undefined) return reply;
  const body = structuredClone(reply.body);
  const pages = pagesIn(body);
  if (pages.length === 0) return reply;
  for (const page of pages) change(page);
  return { ...reply, body };
}

/**
 * Every page empty while `next` points one page further and the total stays far ahead: the metadata
 * disagrees with the items, as Spotify's sometimes does.
 */
function endlessEmpty(reply: Reply): Reply {
  return withPages(reply, (page) => {
    if (typeof page.href !== 'string') return;
    const next = new URL(page.href);
    const limit = typeof page.limit === 'number' && page.limit > 0 ? page.limit : 20;
    if (page.cursors !== undefined) {
      const after = String(Number(next.searchParams.get('after') ?? '0') + 1);
      next.searchParams.set('after', after);
      page.cursors = { after };
    } else {
      const offset = typeof page.offset === 'number' ? page.offset : 0;
      next.searchParams.set('offset', String(offset + limit));
      next.searchParams.set('limit', String(limit));
    }
    page.items = [];
    page.next = next.toString();
    page.total = 1_000_000;
  });
}

/**
 * A page whose metadata disagrees with its items the other ways Spotify's does: `short-next` keeps half
 * the items (at least one) and a `next` that points past the page asked; `next-null` keeps the items
 * and says `next: null` while the total counts further.
 */
function disagreeingPage(reply: Reply, kind: 'short-next' | 'next-null'): Reply {
  return withPages(reply, (page) => {
    if (!Array.isArray(page.items) || page.items.length === 0) return;
    const items = page.items as unknown[];
    const offset = typeof page.offset === 'number' ? page.offset : 0;
    if (kind === 'short-next') {
      const limit = typeof page.limit === 'number' && page.limit > 0 ? page.limit : items.length;
      page.items = items.slice(0, Math.max(1, Math.floor(items.length / 2)));
      if (typeof page.href === 'string') {
        const next = new URL(page.href);
        next.searchParams.set('offset', String(offset + limit));
        next.searchParams.set('limit', String(limit));
        page.next = next.toString();
      } else page.next = 'https://api.spotify.com/v1/next';
    } else {
      page.next = null;
      page.total = offset + items.length + 100;
    }
  });
}

/**
 * A page with its middle item left out while its `total` and `next` still count it: Spotify leaves
 * out items it will not list (unavailable ones) and counts them, so the page is short by one and the
 * items after the gap keep their offsets. A page of fewer than two items is unchanged.
 */
function leftOut(reply: Reply): Reply {
  return withPages(reply, (page) => {
    if (Array.isArray(page.items) && page.items.length >= 2)
      page.items.splice(Math.floor(page.items.length / 2), 1);
  });
}

/**
 * Pages without the items at the list's offsets `offsets` (FaultRule.leaveOut), while `total` and
 * `next` still count them: the same items missing whatever page holds them, as Spotify leaves out the
 * items it will not list; the items after them keep their offsets (each page is short by the items it
 * held there). A page without a numeric `offset` is taken as starting at 0.
 */
function leaveOutAt(reply: Reply, offsets: readonly number[]): Reply {
  return withPages(reply, (page) => {
    if (!Array.isArray(page.items)) return;
    const from = typeof page.offset === 'number' ? page.offset : 0;
    const gone = new Set(offsets.map((offset) => offset - from));
    page.items = (page.items as unknown[]).filter((_, i) => !gone.has(i));
  });
}

/** Stands in a page's `total` until infiniteTotals writes the answer as text (a string no answer holds). */
const INFINITE_TOTAL = '\u0000total-infinite\u0000';

/**
 * Every page's `total` (pagesIn) sent as the JSON number `1e999`, which JSON.parse reads as Infinity:
 * the answer becomes its JSON text with that number in place, the rest as the route answered.
 */
function infiniteTotals(reply: Reply): Reply {
  const marked = withPages(reply, (page) => {
    page.total = INFINITE_TOTAL;
  });
  if (marked === reply) return reply;
  return {
    status: marked.status,
    headers: { 'content-type': JSON_TYPE, ...marked.headers },
    text: JSON.stringify(marked.body).replaceAll(JSON.stringify(INFINITE_TOTAL), '1e999'),
  };
}

/** A broken body: the first half of the JSON, or an HTML page where JSON was due. */
function applyBodyFault(reply: Reply, fault: FaultRule): Reply {
  if (fault.body === 'non-json') {
    return {
      status: bodiedStatus(reply.status),
      headers: { ...reply.headers, 'content-type': 'text/html; charset=utf-8' },
      text: '<html><body><h1>Upstream error</h1></body></html>',
    };
  }
  if (fault.body === 'truncated') {
    const full = reply.body === undefined ? (reply.text ?? '') : JSON.stringify(reply.body);
    return {
      status: reply.status,
      headers: { 'content-type': JSON_TYPE, ...reply.headers },
      text: full.slice(0, Math.max(1, Math.floor(full.length / 2))),
    };
  }
  return reply;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function writeReply(res: ServerResponse, reply: Reply): void {
  const headers = { ...reply.headers };
  if (BODILESS_STATUSES.has(reply.status)) {
    // An injected 204 (a fault's `status: 204`) answers as Spotify's 204 does: no body, no length.
    const { 'content-type': _type, 'content-length': _length, ...rest } = headers;
    res.writeHead(reply.status, rest);
    res.end();
    return;
  }
  if (reply.body !== undefined) {
    send(res, reply.status, reply.body, headers);
    return;
  }
  if (reply.text !== undefined) {
    const type = headers['content-type'] ?? 'text/plain; charset=utf-8';
    const bytes = encodeText(reply.text, reply.encoding);
    res.writeHead(reply.status, { ...headers, 'content-type': type, 'content-length': bytes.length });
    res.end(bytes);
    return;
  }
  res.writeHead(reply.status, { ...headers, 'content-length': 0 });
  res.end();
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
