import { createHash, randomUUID } from 'node:crypto';
import { type ExecutionArgs, GraphQLError, getOperationAST } from 'graphql';
import { type Response as SseResponse, TOKEN_HEADER_KEY, TOKEN_QUERY_KEY } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/fetch';
import type { Plugin, YogaInitialContext, YogaServer } from 'graphql-yoga';
import { addressKeyOf, clientAddressOfContext } from '../auth/client-address.js';
import { reissue } from '../resolvers/errors.js';
import { bearerOf } from '../resolvers/request-credentials.js';
import { asGraphQLError, maskError } from './errors.js';
import { operationNameOf, requestRecordOf, streamedUntilEnd } from './logging.js';

/** Where graphql-sse's single-connection mode is served (the graphql-sse client's `url`). */
export const SSE_SINGLE_CONNECTION_PATH = '/graphql/stream';

/**
 * What a request to SSE_SINGLE_CONNECTION_PATH is in graphql-sse's single-connection protocol: a
 * stream's reservation (PUT), the stream itself (GET with its token), an operation started on it
 * (POST with the token) or stopped (DELETE); undefined for anything else (a distinct-connections
 * request on that path, or another path). The protocol's own steps are no GraphQL operation.
 */
export type SseStep = 'reserve' | 'stream' | 'operation' | 'stop';

export function sseStepOf(request: Request): SseStep | undefined {
  const [path, search = ''] = request.url.split('?');
  if (!path?.endsWith(SSE_SINGLE_CONNECTION_PATH)) return undefined;
  if (request.method === 'PUT') return 'reserve';
  const token = request.headers.has(TOKEN_HEADER_KEY) || new URLSearchParams(search).has(TOKEN_QUERY_KEY);
  if (!token) return undefined;
  if (request.method === 'GET') return 'stream';
  if (request.method === 'POST') return 'operation';
  if (request.method === 'DELETE') return 'stop';
  return undefined;
}

/** The bound on single-connection reservations: streams reserved with PUT and not yet connected. */
export interface SseReservationLimits {
  /** SSE_MAX_RESERVATIONS: unconnected reservations held at once; a PUT beyond them answers 503. */
  maxPending: number;
  /** SSE_RESERVATION_TTL_MS: milliseconds a reservation waits for its GET before it is dropped. */
  ttlMs: number;
  /**
   * SSE_MAX_RESERVATIONS_PER_CLIENT: unconnected reservations one client (its signed-in user, else its
   * address: the per-client rate limit's identity) holds at once; a PUT beyond answers 429.
   */
  maxPendingPerClient: number;
  /**
   * SSE_MAX_STREAMS_PER_ADDRESS: connected streams (a reservation's GET, open until the client leaves)
   * from one peer address (IPv6 by its /64: addressKeyOf) at once; a GET beyond answers 429
   * TOO_MANY_STREAMS and its reservation is dropped.
   */
  maxStreamsPerAddress: number;
}

export const DEFAULT_SSE_RESERVATION_LIMITS: SseReservationLimits = {
  maxPending: 1000,
  ttlMs: 30_000,
  maxPendingPerClient: 4,
  maxStreamsPerAddress: 32,
};

/** The fair-use identity of a request (ClientRateLimit.keyOf: `user:...` or `address:...`). */
export type ClientOf = (request: Request, serverContext: Record<string, unknown>) => string | Promise<string>;

/** The plugin, and the counts of reservations waiting for their stream and of open streams (gauges at /metrics). */
export interface SseSingleConnection {
  plugin: Plugin;
  readonly pendingReservations: number;
  /** Streams connected (their GET open) now, from every address. */
  readonly openStreams: number;
  /**
   * On shutdown: drops every waiting reservation and ends every connected stream (its subscriptions
   * complete, then its response ends) once the queries and mutations in flight on it have queued their
   * results, so an idle stream does not hold the shutdown's grace period and no result is lost.
   */
  close(): void;
}

type Handler = (request: Request) => Promise<Response>;

/**
 * graphql-sse's single-connection ("reservation") mode on `/graphql/stream`: a client reserves a
 * stream with `PUT`, opens it with `GET ?token=`, then starts each operation with its own `POST`
 * (whose headers, the Authorization among them, build that operation's context, as on `/graphql`) and
 * stops it with `DELETE`. Operations go through yoga's envelop pipeline (`getEnveloped`: the same
 * plugins, limits and context as HTTP), as yoga's own graphql-sse plugin does; this one also bounds
 * what a client that never connects can leave behind. graphql-sse keeps every reservation until its
 * stream opens and ends, so at most `maxPending` wait at once (a PUT beyond answers 503 with
 * Retry-After) and each is dropped after `ttlMs` unless its GET came. The server issues every
 * reservation's token, from `crypto.randomUUID` (122 random bits from the CSPRNG; graphql-sse's default
 * uses Math.random, and takes a token the PUT carries as the new stream's): a token a PUT carries is
 * ignored. A token is bound to its reserving client's principal (see principalOf): the stream's GET
 * and its operations' POSTs and DELETEs from any other principal answer 404, as for an unknown token.
 * The distinct-connections mode stays on `/graphql`.
 */
export function useSseSingleConnection(
  limits: SseReservationLimits = DEFAULT_SSE_RESERVATION_LIMITS,
  clientOf: ClientOf = async () => 'anyone',
): SseSingleConnection {
  const serverContexts = new WeakMap<Request, Record<string, unknown>>();
  const pending = new Map<string, NodeJS.Timeout>();
  const shares = new ReservationShares();
  /** Each live token's principal (see principalOf): reserved, until dropped or its stream's GET ends. */
  const owners = new Map<string, string>();
  const streams = new StreamsPerAddress();
  let handler: Handler | undefined;
  let ResponseClass: typeof Response = Response;
  let RequestClass: typeof Request = Request;

  /** Lets graphql-sse forget a reservation: a stream opened with an aborted request is disposed at once. */
  const drop = (token: string): void => {
    const timer = pending.get(token);
    if (timer === undefined) return;
    clearTimeout(timer);
    pending.delete(token);
    shares.release(token);
    owners.delete(token);
    const url = `http://localhost${SSE_SINGLE_CONNECTION_PATH}?${TOKEN_QUERY_KEY}=${encodeURIComponent(token)}`;
    void handler?.(
      new Request(url, { headers: { accept: 'text/event-stream' }, signal: AbortSignal.abort() }),
    ).then((response) => response.body?.cancel());
  };

  const plugin: Plugin = {
    onYogaInit({ yoga }) {
      ResponseClass = yoga.fetchAPI.Response;
      RequestClass = yoga.fetchAPI.Request;
      handler = createSseHandler(yoga, serverContexts, tokenOf);
    },
    onRequest({ request, endResponse, serverContext }) {
      const path = request.url.split('?')[0] ?? '';
      if (!path.endsWith(SSE_SINGLE_CONNECTION_PATH) || handler === undefined) return;
      const handle = handler;
      const context = serverContext as Record<string, unknown>;
      serverContexts.set(request, context);
      const principal = () => principalOf(request, context, clientOf);
      const state = { pending, shares, owners, streams, limits, drop, ResponseClass, RequestClass };
      return routeStreamRequest(state, { request, context, token: tokenOf(request), handle, principal })
        .then((response) => typedRefusal(response, ResponseClass))
        .then(endResponse);
    },
  };

  return {
    plugin,
    get pendingReservations() {
      return pending.size;
    },
    get openStreams() {
      return streams.size;
    },
    close() {
      closeAll(pending, streams, drop);
    },
  };
}

/** The reservation token a request names: its header's, else its query's (graphql-sse's two places). */
const tokenOf = (request: Request): string | null =>
  request.headers.get(TOKEN_HEADER_KEY) ?? new URL(request.url).searchParams.get(TOKEN_QUERY_KEY);

/**
 * SseSingleConnection.close: drops every waiting reservation (`drop`), then ends every connected
 * stream that has no query or mutation in flight; the others end once their last result is queued.
 */
function closeAll(
  pending: ReadonlyMap<string, unknown>,
  streams: StreamsPerAddress,
  drop: (token: string) => void,
): void {
  for (const token of [...pending.keys()]) drop(token);
  // On the next turn: the operations the shutdown completes (the pollers close first) queue their
  // `complete` within this one, and a stream ending sends what is queued, not what comes after.
  // A stream with a query or mutation in flight ends once its last result is queued (streamStep).
  streams.closing = true;
  setImmediate(() => {
    for (const [token, end] of [...streams.endOf]) if (!streams.busy.has(token)) end();
  });
}

/**
 * graphql-sse's handler over yoga's envelop pipeline: each operation is parsed, validated and run with
 * the same plugins and context as over HTTP (subscriptions through `subscribe`, the rest `execute`).
 */
function createSseHandler(
  yoga: YogaServer<Record<string, never>, Record<string, unknown>>,
  serverContexts: WeakMap<Request, Record<string, unknown>>,
  tokenOf: (request: Request) => string | null,
): Handler {
  return createHandler(
    {
      // The server issues every stream's token (graphql-sse's protocol: the PUT's 201 carries it). A
      // token the PUT carries is ignored: graphql-sse's default took it as the new stream's token, so a
      // client could choose its own (a guessable one, or another's it had seen). Other requests name
      // their stream by its token.
      authenticate: (req) => (req.method === 'PUT' ? randomUUID() : (tokenOf(req.raw) ?? randomUUID())),
      // Every way an operation fails before it streams is answered here, as a Response: graphql-sse
      // would answer a thrown error with a 500 and its stack, and a result with only `errors` with
      // "Unable to detect operation AST".
      // A stream event's errors as the other transports show them: without yoga's internal
      // `extensions.http` (yoga drops it from HTTP answers, graphql-ws's refusals too).
      onNext: (_ctx, _req, result) => withoutHttpExtensions(result),
      async onSubscribe(req, params) {
        const refused = operationIdRefusal(params.extensions?.operationId);
        if (refused) return errorResponse(yoga, [refused]);
        try {
          const enveloped = yoga.getEnveloped({
            ...serverContexts.get(req.raw),
            request: req.raw,
            params,
          } as unknown as YogaInitialContext);
          const document = enveloped.parse(params.query);
          const errors = enveloped.validate(enveloped.schema, document);
          if (errors.length > 0) return errorResponse(yoga, errors);
          const contextValue = await enveloped.contextFactory();
          const args: ExecutionArgs = {
            schema: enveloped.schema,
            document,
            contextValue,
            variableValues: params.variables ?? null,
            operationName: params.operationName ?? null,
          };
          const operation = getOperationAST(document, params.operationName);
          // The operation's POST answers from onRequest, before yoga's onParams names its line.
          const record = requestRecordOf(req.raw);
          if (record) record.operationName = operationNameOf(params.operationName, params.query);
          const result = await (operation?.operation === 'subscription'
            ? enveloped.subscribe(args)
            : enveloped.execute(args));
          // A subscription's POST is logged when the subscription ends, not at its 202.
          if (Symbol.asyncIterator in result) return streamedUntilEnd(req.raw, result);
          if (result.data !== undefined) return result;
          return errorResponse(yoga, result.errors ?? []);
        } catch (error) {
          return errorResponse(yoga, Array.isArray(error) ? error : [error]);
        }
      },
    },
    yoga.fetchAPI,
  ) as Handler;
}

/** The longest `extensions.operationId` a single-connection operation may name (characters). */
export const MAX_OPERATION_ID_LENGTH = 128;

/**
 * The refusal of an `extensions.operationId` that is not a string of 1 to MAX_OPERATION_ID_LENGTH
 * characters (BAD_REQUEST): the stream repeats the id in every event of its operation, so an
 * unbounded one would be echoed without bound. Undefined for a usable id.
 */
function operationIdRefusal(operationId: unknown): GraphQLError | undefined {
  if (typeof operationId === 'string' && operationId.length <= MAX_OPERATION_ID_LENGTH) return undefined;
  return new GraphQLError(
    `extensions.operationId must be a string of at most ${MAX_OPERATION_ID_LENGTH} characters`,
    { extensions: { code: 'BAD_REQUEST' } },
  );
}

/**
 * An operation refused before it streams: its errors as JSON (masked as over HTTP: a typed GraphQL
 * error keeps its message and `extensions.code`, anything else is "Unexpected error." and is logged
 * through yoga's logger, without a stack in the answer), with the status the errors ask for
 * (`extensions.http.status`, 400 by default; 500 when only unexpected errors remain).
 */
function errorResponse(
  yoga: YogaServer<Record<string, never>, Record<string, unknown>>,
  thrown: readonly unknown[],
): SseResponse {
  let status = 0;
  const errors = thrown.map((one) => {
    const masked = one instanceof GraphQLError ? one : maskError(one, 'Unexpected error.');
    let error = asGraphQLError(masked);
    if (one instanceof GraphQLError && error.extensions?.code === undefined)
      error = withCode(
        error,
        error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'BAD_REQUEST',
      );
    if (!(one instanceof GraphQLError) || String(error.extensions?.code) === 'INTERNAL_SERVER_ERROR')
      yoga.logger.error(one instanceof Error ? one : String(one));
    const http = error.extensions?.http as { status?: unknown } | undefined;
    status = Math.max(status, typeof http?.status === 'number' ? http.status : 400);
    // `extensions.http` is the server's own (yoga drops it from answers too).
    const { http: _http, ...extensions } = error.extensions ?? {};
    return { message: error.message, ...(error.locations ? { locations: error.locations } : {}), extensions };
  });
  // graphql-sse's own response shape: [body, init].
  return [
    JSON.stringify({ errors }),
    {
      status: status || 400,
      statusText: status >= 500 ? 'Internal Server Error' : 'Bad Request',
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  ];
}

/** `result` with `extensions.http` dropped from its errors; undefined (keep it) when none has one. */
function withoutHttpExtensions<R extends { errors?: readonly GraphQLError[] | undefined }>(
  result: R,
): R | undefined {
  if (!result.errors?.some((error) => error.extensions?.http !== undefined)) return undefined;
  return {
    ...result,
    errors: result.errors.map((error) => {
      const { http: _http, ...extensions } = error.extensions ?? {};
      return reissue(error, { extensions });
    }),
  };
}

/**
 * graphql-sse's own refusals (a POST or DELETE for an unknown stream or with a malformed token:
 * 404 "Stream not found"; malformed parameters: 400 "Invalid variables", "Missing query"; a wrong
 * method or Accept: 405, 406, 409) in the server's error shape: a JSON `{"errors": [...]}` whose every
 * error has `extensions.code` (NOT_FOUND for 404, as the stream GET's own refusal; BAD_REQUEST for the
 * rest, as on /graphql). Answers the server's own refusals and every success as they are.
 */
async function typedRefusal(response: Response, ResponseClass: typeof Response): Promise<Response> {
  if (response.status < 400 || response.status >= 500) return response;
  const text = await response.clone().text();
  let body: { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length && body.errors.every((error) => error.extensions?.code !== undefined))
    return response;
  if (response.status === 404) return noReservation(ResponseClass);
  const messages = body?.errors?.length
    ? body.errors.map((error) => String(error.message ?? response.statusText))
    : [text.trim() || response.statusText || 'Bad request'];
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  headers.delete('content-length');
  return new ResponseClass(
    JSON.stringify({ errors: messages.map((message) => ({ message, extensions: { code: 'BAD_REQUEST' } })) }),
    { status: response.status, statusText: response.statusText, headers },
  );
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return reissue(error, { extensions: { ...error.extensions, code } });
}

/** 404: a stream's GET, or an operation's POST or DELETE, whose token names no stream of this client. */
function noReservation(ResponseClass: typeof Response): Response {
  return new ResponseClass(
    JSON.stringify({
      errors: [
        {
          message: 'No event stream is reserved with this token: reserve one with PUT first',
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    }),
    { status: 404, headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
}

/** 503 with Retry-After: `maxPending` reservations already wait for their streams. */
function tooManyReservations(ResponseClass: typeof Response, limits: SseReservationLimits): Response {
  return new ResponseClass(
    JSON.stringify({
      errors: [
        {
          message: `Too many event streams reserved and not connected (${limits.maxPending}): connect one, or retry later`,
          extensions: { code: 'TOO_MANY_RESERVATIONS' },
        },
      ],
    }),
    {
      status: 503,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(Math.ceil(limits.ttlMs / 1000)),
      },
    },
  );
}

/** Who asks: `client` as fair use counts it (ClientOf), `principal` as a stream's token is bound to. */
interface Principal {
  client: string;
  principal: string;
}

/**
 * The principal of a request: its fair-use client (`user:<id>` for a live session, whatever carries
 * it; else `address:<peer>`), and for a request counted by address that carries an Authorization
 * header (a Spotify access token) also a SHA-256 digest of that header, so that another caller at the
 * same address (behind one NAT or proxy) with another token, or none, is another principal. Holds no
 * credential in clear.
 */
async function principalOf(
  request: Request,
  serverContext: Record<string, unknown>,
  clientOf: ClientOf,
): Promise<Principal> {
  const client = await clientOf(request, serverContext);
  const authorization = request.headers.get('authorization');
  if (client.startsWith('user:') || authorization === null) return { client, principal: client };
  const digest = createHash('sha256').update(authorization).digest('base64url');
  return { client, principal: `${client} ${digest}` };
}

/** What a reservation (PUT) is checked against and recorded in. */
interface ReservationState {
  pending: Map<string, NodeJS.Timeout>;
  shares: ReservationShares;
  /** Each live token's principal (see principalOf). */
  owners: Map<string, string>;
  /** The connected streams per peer address. */
  streams: StreamsPerAddress;
  limits: SseReservationLimits;
  drop: (token: string) => void;
  ResponseClass: typeof Response;
  /** yoga's Request (a request is copied with it: the platform's own cannot read yoga's). */
  RequestClass: typeof Request;
}

/**
 * A request naming stream `token` (null: none): the stream's GET takes the reservation, graphql-sse
 * keeps it while the stream is open, and the token's owner is forgotten and its address's place given
 * back when that GET ends; a GET whose token has no reservation waiting is 404 (graphql-sse would read
 * it as a distinct-connections operation and answer "Missing query"), and one from an address holding
 * `maxStreamsPerAddress` streams already is 429 TOO_MANY_STREAMS (its reservation dropped). Operations
 * and stops go to graphql-sse as they are.
 */
function streamStep(
  state: ReservationState,
  request: Request,
  serverContext: Record<string, unknown>,
  token: string | null,
  handle: Handler,
): Promise<Response> {
  const { pending, shares, owners, streams, limits, ResponseClass } = state;
  if (token !== null && request.method === 'GET' && request.headers.get('accept') === 'text/event-stream') {
    const timer = pending.get(token);
    if (timer === undefined) return Promise.resolve(noReservation(ResponseClass));
    const address = addressKeyOf(clientAddressOfContext(serverContext));
    if (!streams.take(address, limits.maxStreamsPerAddress)) {
      state.drop(token);
      return Promise.resolve(tooManyStreams(ResponseClass, limits));
    }
    clearTimeout(timer);
    pending.delete(token);
    shares.release(token);
    // graphql-sse ends a stream when its request's signal aborts (it flushes what is queued, then the
    // response ends): this signal aborts when the client leaves, or when the server shuts down (close).
    const ending = new AbortController();
    const end = (): void => {
      if (!streams.ending.delete(end)) return;
      streams.endOf.delete(token);
      owners.delete(token);
      streams.giveBack(address);
      ending.abort();
    };
    streams.ending.add(end);
    streams.endOf.set(token, end);
    if (request.signal.aborted) end();
    else request.signal.addEventListener('abort', end, { once: true });
    const { RequestClass } = state;
    return handle(new RequestClass(request.url, { headers: request.headers, signal: ending.signal }));
  }
  if (token === null || request.method !== 'POST') return handle(request);
  // An operation on a stream: graphql-sse answers its POST once its result (or a subscription's
  // start) is queued on the stream; on shutdown the stream ends after its last one.
  streams.busy.set(token, (streams.busy.get(token) ?? 0) + 1);
  return handle(request).finally(() => {
    const left = (streams.busy.get(token) ?? 1) - 1;
    if (left > 0) return void streams.busy.set(token, left);
    streams.busy.delete(token);
    const end = streams.endOf.get(token);
    if (streams.closing && end) setImmediate(end);
  });
}

/**
 * One request of `/graphql/stream`: a PUT reserves; a request naming a stream goes on only for the
 * client that reserved it (a token is no bearer capability: another is told what an unknown token is
 * told); the rest go to graphql-sse as they are.
 */
function routeStreamRequest(
  state: ReservationState,
  at: {
    request: Request;
    context: Record<string, unknown>;
    token: string | null;
    handle: Handler;
    principal: () => Promise<Principal>;
  },
): Promise<Response> {
  const { request, context, token, handle, principal } = at;
  if (request.method === 'PUT') return reserveStream(state, request, handle, principal);
  if (token === null || !state.owners.has(token)) return streamStep(state, request, context, token, handle);
  return principal().then(({ principal: asking }) =>
    asking === state.owners.get(token)
      ? streamStep(state, request, context, token, handle)
      : noReservation(state.ResponseClass),
  );
}

/** The connected single-connection streams of each peer address (addressKeyOf). */
class StreamsPerAddress {
  private readonly byAddress = new Map<string, number>();
  /** Streams connected now, over all addresses. */
  size = 0;
  /** What ends each connected stream (its response ends after what is queued; its place is given back). */
  readonly ending = new Set<() => void>();
  /** Each connected stream's end, by its token. */
  readonly endOf = new Map<string, () => void>();
  /** Operations (POSTs) in flight on each stream, by its token: a stream ends at shutdown when none are. */
  readonly busy = new Map<string, number>();
  /** The server is shutting down: a stream ends when its last operation in flight has its result. */
  closing = false;

  /** Takes one of `address`'s `max` places; false when it holds them all. */
  take(address: string, max: number): boolean {
    const held = this.byAddress.get(address) ?? 0;
    if (held >= max) return false;
    this.byAddress.set(address, held + 1);
    this.size += 1;
    return true;
  }

  /** A stream of `address` ended. */
  giveBack(address: string): void {
    const held = (this.byAddress.get(address) ?? 1) - 1;
    if (held <= 0) this.byAddress.delete(address);
    else this.byAddress.set(address, held);
    this.size -= 1;
  }
}

/** 429: the peer address holds `maxStreamsPerAddress` connected streams already. */
function tooManyStreams(ResponseClass: typeof Response, limits: SseReservationLimits): Response {
  return new ResponseClass(
    JSON.stringify({
      errors: [
        {
          message: `Too many event streams open from this address (${limits.maxStreamsPerAddress}, SSE_MAX_STREAMS_PER_ADDRESS): close one, then reserve again`,
          extensions: { code: 'TOO_MANY_STREAMS' },
        },
      ],
    }),
    { status: 429, headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
}

/**
 * One PUT: refused for a malformed credential (401), a full pool (503) or a client holding its share
 * (429); else graphql-sse reserves a stream, which is dropped after `ttlMs` unless its GET comes. The
 * client's place is taken before graphql-sse answers, so concurrent PUTs of one client cannot all
 * slip in.
 */
async function reserveStream(
  state: ReservationState,
  request: Request,
  handle: Handler,
  principalOf: () => Promise<Principal>,
): Promise<Response> {
  const { pending, shares, owners, limits, ResponseClass } = state;
  const refused = malformedCredential(ResponseClass, request);
  if (refused) return refused;
  if (pending.size >= limits.maxPending) return tooManyReservations(ResponseClass, limits);
  const { client, principal } = await principalOf();
  if (!shares.take(client, limits.maxPendingPerClient))
    return tooManyClientReservations(ResponseClass, limits);
  const response = await handle(request).catch((error: unknown) => {
    shares.giveBack(client);
    throw error;
  });
  if (response.status !== 201) {
    shares.giveBack(client);
    return response;
  }
  const reserved = await response.clone().text();
  const timer = setTimeout(() => state.drop(reserved), limits.ttlMs);
  timer.unref();
  pending.set(reserved, timer);
  shares.assign(client, reserved);
  owners.set(reserved, principal);
  return response;
}

/**
 * Each client's share of the reservations waiting for their streams: taken when its PUT is admitted,
 * given back when the reservation is connected, dropped, or was never made.
 */
class ReservationShares {
  private readonly byClient = new Map<string, number>();
  private readonly clientOfToken = new Map<string, string>();

  /** Takes one of `client`'s `max` places; false when it holds them all. */
  take(client: string, max: number): boolean {
    const held = this.byClient.get(client) ?? 0;
    if (held >= max) return false;
    this.byClient.set(client, held + 1);
    return true;
  }

  /** The place taken for `client` is now the reservation `token`. */
  assign(client: string, token: string): void {
    this.clientOfToken.set(token, client);
  }

  /** A place taken for a PUT that reserved nothing. */
  giveBack(client: string): void {
    const held = (this.byClient.get(client) ?? 1) - 1;
    if (held <= 0) this.byClient.delete(client);
    else this.byClient.set(client, held);
  }

  /** The reservation `token` no longer waits (connected or dropped). */
  release(token: string): void {
    const client = this.clientOfToken.get(token);
    if (client === undefined) return;
    this.clientOfToken.delete(token);
    this.giveBack(client);
  }
}

/**
 * 401 UNAUTHENTICATED for a PUT whose Authorization header /graphql would refuse (not a Bearer token,
 * or longer than a credential can be), as each operation's POST would be; undefined otherwise.
 */
function malformedCredential(ResponseClass: typeof Response, request: Request): Response | undefined {
  try {
    bearerOf(request.headers.get('authorization'));
    return undefined;
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The Authorization header is malformed';
    return new ResponseClass(
      JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }),
      {
        status: 401,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      },
    );
  }
}

/** 429 with Retry-After: the client already holds its `maxPendingPerClient` unconnected reservations. */
function tooManyClientReservations(ResponseClass: typeof Response, limits: SseReservationLimits): Response {
  return new ResponseClass(
    JSON.stringify({
      errors: [
        {
          message: `Too many event streams reserved and not connected by this client (${limits.maxPendingPerClient}): connect one, or retry later`,
          extensions: { code: 'TOO_MANY_RESERVATIONS' },
        },
      ],
    }),
    {
      status: 429,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(Math.ceil(limits.ttlMs / 1000)),
      },
    },
  );
}
