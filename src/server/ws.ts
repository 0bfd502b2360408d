import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import {
  type ExecutionArgs,
  type FormattedExecutionResult,
  GraphQLError,
  getOperationAST,
  type OperationTypeNode,
} from 'graphql';
import {
  CloseCode,
  type Context,
  type OperationResult,
  type ServerOptions,
  type SubscribePayload,
} from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { type WebSocket, WebSocketServer } from 'ws';
import { addressKeyOf, clientAddressOf } from '../auth/client-address.js';
import type { ClientCallShares } from '../resolvers/client-call-share.js';
import type { GraphQLContext } from '../resolvers/context.js';
import { reissue } from '../resolvers/errors.js';
import { bearerOf } from '../resolvers/request-credentials.js';
import type { WebSocketOriginCheck } from './cors.js';
import { asGraphQLError, maskError } from './errors.js';
import { type ClientRateLimit, credentialsOf } from './rate-limit.js';
import { inRequestScope, type RequestRecord } from './request-record.js';
import { GOING_AWAY } from './shutdown.js';
import { type WebSocketOperationEnd, WebSocketOperations, withWebSocketOperation } from './ws-operations.js';
import { serveGraphQLWs, type WebSocketExtra, type WebSocketTransportLog } from './ws-transport.js';

/**
 * graphql-ws on yoga's endpoint: every operation runs through yoga's envelop pipeline
 * (`yoga.getEnveloped`: the same plugins, error masking and limits as HTTP) and gets its context from
 * yoga's own context factory, handed a Request made of the upgrade request's headers (its Cookie
 * included) with `connectionParams.authorization` as the Authorization header. Subscriptions run
 * through graphql-js `subscribe` (the JIT plugin leaves them alone).
 *
 * Refusals stay with the operation: a `connectionParams.authorization` that is not a string closes the
 * socket at connection init with 4400, a malformed credential with 4403; a refused one, a bad document or a failing operation ends that operation
 * with an error message, never the socket with 4500.
 */

/** What a client sends with `connection_init`: `{ authorization: "Bearer ..." }` here. */
type ConnectionParams = Record<string, unknown>;

export interface GraphQLWebSocket {
  readonly wsServer: WebSocketServer;
  /**
   * Starts the shutdown of every socket: new operations are refused (SHUTTING_DOWN), subscriptions
   * complete at once, and each socket closes with 1001 as soon as its queries and mutations in flight
   * have answered. Resolves when every socket is closed (the caller cuts what is left after its grace).
   */
  drain(): Promise<void>;
  /** Completes every operation and closes the sockets. */
  dispose(): Promise<void>;
}

type Run = (args: ExecutionArgs) => OperationResult;
/**
 * yoga's enveloped execute/subscribe, carried to graphql-ws through rootValue (yoga's documented
 * recipe), with the operation's log record (they run in its request scope).
 */
interface Envelope {
  execute: Run;
  subscribe: Run;
  record: RequestRecord;
  /** The operation's result, started in onSubscribe (see startOperation); graphql-ws's run answers it. */
  started?: Awaited<OperationResult> | undefined;
}

/**
 * The credential keys a client put in `connectionParams`: every key that reads `authorization`
 * ignoring case (`authorization`, `Authorization`, `AUTHORIZATION`, ...), in the order sent, with its
 * value; a key whose value is `undefined` (which JSON cannot carry) counts as absent.
 */
function credentialParams(params: ConnectionParams | undefined): { name: string; value: unknown }[] {
  if (params === undefined || params === null || typeof params !== 'object') return [];
  return Object.keys(params)
    .filter((name) => name.toLowerCase() === 'authorization' && params[name] !== undefined)
    .map((name) => ({ name, value: params[name] }));
}

/**
 * The credential a client put in `connectionParams`: its `authorization` key looked up ignoring case
 * (HTTP header names are case-insensitive, and clients spell it `Authorization` or `AUTHORIZATION`),
 * with the key's name; undefined when it holds none. Keys that differ only in case and disagree are
 * refused before this is read (conflictingCredentialParams).
 */
function credentialParam(params: ConnectionParams | undefined): { name: string; value: unknown } | undefined {
  return credentialParams(params)[0];
}

/**
 * Why `connectionParams` cannot be read as one credential: two keys that differ only in case
 * (`authorization` and `Authorization`) with different values, said as a 4400 close reason naming the
 * keys (never their values: they are tokens); undefined when they agree or there is at most one.
 */
function conflictingCredentialParams(params: ConnectionParams | undefined): string | undefined {
  const [first, ...rest] = credentialParams(params);
  const other = rest.find((credential) => !isDeepStrictEqual(credential.value, first?.value));
  if (first === undefined || other === undefined) return undefined;
  return `connectionParams.${first.name} and connectionParams.${other.name} differ only in case but hold different values; send one`;
}

/** The Authorization header an operation gets: connectionParams first, else the upgrade request's own. */
function authorizationOf(params: ConnectionParams | undefined): unknown {
  return credentialParam(params)?.value;
}

/**
 * Why `connectionParams` cannot be read as a credential: its `authorization` is there but not a
 * string (JSON `null`, a number, an object, an array, a boolean: a client whose token variable was
 * empty or wrongly built), said as a 4400 close reason (under 123 bytes) naming what to send; undefined
 * for a string or no `authorization` at all (anonymous).
 */
function malformedCredentialParam(params: ConnectionParams | undefined): string | undefined {
  const credential = credentialParam(params);
  if (credential === undefined || typeof credential.value === 'string') return undefined;
  const { value } = credential;
  const got =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : typeof value === 'object'
          ? 'an object'
          : `a ${typeof value}`;
  return `connectionParams.${credential.name} must be a string, "Bearer <token>" (got ${got}); leave it out to connect signed out`;
}

/**
 * Why the connection's credential (connectionParams' `authorization`, else the upgrade request's
 * Authorization header: the one its operations would get) cannot be one, checked at connection init:
 * the message HTTP's UNAUTHENTICATED gives for the same header, or undefined when it is acceptable.
 */
function refusedCredential(
  params: ConnectionParams | undefined,
  upgrade: IncomingMessage | undefined,
): string | undefined {
  const authorization = authorizationOf(params) ?? upgrade?.headers.authorization;
  // A value that is not a string was refused first, as malformed (malformedCredentialParam).
  if (typeof authorization !== 'string') return undefined;
  try {
    bearerOf(authorization);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'Forbidden';
  }
}

/** Bytes a WebSocket close reason may hold (RFC 6455 5.5.1: 125 minus the 2-byte code). */
export const MAX_CLOSE_REASON_BYTES = 123;

/**
 * `message` as a close reason (at most MAX_CLOSE_REASON_BYTES bytes of UTF-8): as is when it fits;
 * else its statement (before the first ": ") and its advice (after the last "; "), as HTTP's
 * `The Authorization header holds no token (the literal "null"): ...; sign in, or mint a token, and
 * send "Bearer <token>"` becomes the statement and the advice; else the statement alone; else the
 * statement cut on a character boundary. Never a bare "Forbidden" (s38 new user: `Bearer null` said
 * only that).
 */
export function closeReasonOf(message: string): string {
  const fits = (text: string): boolean => Buffer.byteLength(text) <= MAX_CLOSE_REASON_BYTES;
  if (fits(message)) return message;
  const colon = message.indexOf(': ');
  const statement = colon === -1 ? message : message.slice(0, colon);
  const semicolon = message.lastIndexOf('; ');
  const advice = semicolon > colon ? message.slice(semicolon + 2) : '';
  if (advice !== '' && fits(`${statement}: ${advice}`)) return `${statement}: ${advice}`;
  if (fits(statement)) return statement;
  let cut = statement;
  while (!fits(`${cut}...`)) cut = cut.slice(0, -1);
  return `${cut}...`;
}

/**
 * graphql-ws's onConnect: a `connectionParams.authorization` that is not a string, or two
 * authorization keys differing only in case with different values, close with 4400 saying what to send; a refused credential closes with 4403 and the reason in words a developer can
 * act on, HTTP's own (graphql-ws's own close says only "Forbidden"; its second close is then a no-op).
 */
function acceptConnection(ctx: Context<ConnectionParams, WebSocketExtra>): boolean {
  const malformed =
    conflictingCredentialParams(ctx.connectionParams) ?? malformedCredentialParam(ctx.connectionParams);
  if (malformed !== undefined) {
    // Not a credential at all but a malformed message (graphql-ws's 4400), said before any check of one.
    ctx.extra.socket.close(CloseCode.BadRequest, closeReasonOf(malformed));
    return false;
  }
  const reason = refusedCredential(ctx.connectionParams, ctx.extra.request);
  if (reason === undefined) return true;
  ctx.extra.socket.close(CloseCode.Forbidden, closeReasonOf(reason));
  return false;
}

/** The upgrade request's headers as a Fetch Headers object, with the connection's Authorization. */
function headersOf(
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>,
  upgrade: IncomingHttpHeaders,
  params: ConnectionParams | undefined,
): Headers {
  const headers = new yoga.fetchAPI.Headers();
  for (const [name, value] of Object.entries(upgrade)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const authorization = authorizationOf(params);
  if (typeof authorization === 'string') headers.set('authorization', authorization);
  return headers;
}

/** An error thrown while setting up an operation, as the errors of that operation alone. */
function operationErrors(error: unknown, mask: (error: unknown) => Error): GraphQLError[] {
  const errors = Array.isArray(error) ? error : [error];
  return errors.map((one) => asGraphQLError(mask(one)));
}

export interface GraphQLWebSocketOptions {
  /** Largest message accepted, in bytes (a bigger one closes the socket with 1009). */
  maxPayload?: number;
  /** How an error that ends an operation before it runs is shown (default: the server's maskError). */
  maskError?: (error: unknown) => Error;
  /** ws's check of an upgrade (the Origin policy of src/server/cors.ts); false refuses it with 401. */
  verifyClient?: WebSocketOriginCheck;
  /**
   * Per-client fair use shared with HTTP: each operation is admitted like one HTTP request (a query or
   * mutation holds its client's turn until its result; a subscription counts against the window only).
   */
  rateLimit?: ClientRateLimit;
  /**
   * Open connections from one peer address (IPv6 by its /64: addressKeyOf); one more is closed at once
   * with 1013 (try again later).
   */
  maxConnectionsPerAddress?: number;
  /** Told when each operation ends: its request log line and metrics (see WebSocketOperations). */
  operationEnd?: WebSocketOperationEnd;
  /** REQUEST_DEADLINE_MS for queries and mutations (subscriptions have none); none when unset. */
  requestDeadlineMs?: number;
  /**
   * Each client's share of Spotify calls in flight, taken by all its operations (subscriptions hold no
   * turn: without it each subscription's events would take REQUEST_SPOTIFY_CONCURRENCY calls of their
   * own). The server passes the shares its HTTP requests and SSE subscriptions take from too
   * (RATE_LIMIT_CONCURRENT x REQUEST_SPOTIFY_CONCURRENCY per client); unbounded when unset.
   */
  callShares?: ClientCallShares;
  /**
   * Where graphql-ws's socket and protocol failures are logged (one line each, no stack; the server's
   * JSON logger); yoga's logger when unset.
   */
  log?: WebSocketTransportLog;
}

/** Close code for a connection over WS_MAX_CONNECTIONS_PER_ADDRESS (RFC 6455 "Try Again Later"). */
export const TRY_AGAIN_LATER = 1013;

/** Closes each connection beyond `max` from one peer address with 1013; the counts live while sockets do. */
function capConnectionsPerAddress(wsServer: WebSocketServer, max: number): void {
  const open = new Map<string, number>();
  wsServer.on('connection', (socket, upgrade) => {
    const address = addressKeyOf(clientAddressOf(upgrade));
    const count = (open.get(address) ?? 0) + 1;
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
    if (count > max) socket.close(TRY_AGAIN_LATER, `Too many connections: at most ${max} from one address`);
  });
}

/** An operation's refusal by fair use, as the operation's one error (RATE_LIMITED, retryAfter in s). */
function rateLimited(refusal: { retryAfter: number; message: string }): GraphQLError[] {
  return [
    new GraphQLError(refusal.message, {
      extensions: { code: 'RATE_LIMITED', retryAfter: refusal.retryAfter },
    }),
  ];
}

/**
 * The connection's one Request (its headers and connection params never change: an idle subscription
 * should not keep a copy of them), made on its first operation.
 */
function connectionRequest(
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>,
  requests: WeakMap<object, Request>,
  ctx: { connectionParams?: ConnectionParams | Readonly<Record<string, unknown>> | undefined },
  upgrade: IncomingMessage,
): Request {
  let request = requests.get(ctx);
  if (!request) {
    request = new yoga.fetchAPI.Request(
      new URL(yoga.graphqlEndpoint, `http://${upgrade.headers.host ?? 'localhost'}`),
      // POST: an operation over the socket is no GET, so mutations run as over HTTP POST
      // (yoga refuses mutations in GET requests; the upgrade's Origin is checked on connect).
      { method: 'POST', headers: headersOf(yoga, upgrade.headers, ctx.connectionParams) },
    );
    requests.set(ctx, request);
  }
  return request;
}

/**
 * Admits one operation by the per-client fair use that HTTP requests share (ClientRateLimit's
 * admitOperation): its `arrival`, counted against the window before its document is parsed, whatever
 * becomes of it; a query's or mutation's `turn` once its type is known. Undefined when admitted (a turn
 * is then held by `operations` until the result), else the refusal as the operation's errors.
 */
async function admit(
  rateLimit: ClientRateLimit,
  operations: WebSocketOperations,
  at: { connection: object; id: string; request: Request; upgrade: IncomingMessage },
  kind: 'arrival' | 'turn',
): Promise<GraphQLError[] | undefined> {
  const admitted = await rateLimit.admitOperation(
    kind,
    credentialsOf(at.request.headers),
    clientAddressOf(at.upgrade),
  );
  if (!('release' in admitted)) return rateLimited(admitted);
  operations.holdTurn(at.connection, at.id, admitted.release);
  return undefined;
}

/**
 * The envelope's `name` step in the operation's request scope (its log lines carry its id; a
 * subscription's events are computed in that scope too), with what it throws answered as the
 * operation's masked errors.
 */
function guarded(name: 'execute' | 'subscribe', mask: (error: unknown) => Error) {
  return async (args: ExecutionArgs): Promise<Awaited<OperationResult>> => {
    const envelope = args.rootValue as Envelope;
    if (envelope.started !== undefined) {
      const { started } = envelope;
      envelope.started = undefined;
      return started;
    }
    try {
      const result = await inRequestScope(() => envelope[name](args), envelope.record);
      return Symbol.asyncIterator in result ? scopedIterator(result, envelope.record) : result;
    } catch (error) {
      return { errors: operationErrors(error, mask) };
    }
  };
}

/** `iterable`'s steps run in `record`'s request scope (graphql-ws pulls them from outside it). */
function scopedIterator<T>(iterable: AsyncIterable<T>, record: RequestRecord): AsyncGenerator<T> {
  return new ScopedIterator(iterable[Symbol.asyncIterator](), record);
}

/**
 * An iterator whose steps run in a request's scope. A class, not an object of arrow functions: every
 * idle subscription holds one, and three closures each (each with the `name` property that tsx's
 * keepNames gives the functions it compiles) cost about 1.1 KB per subscription (bench
 * `subscriptions`: 11.3 KB before, 10.4 KB after at 1,000; 10.8 and 9.7 KB at 10,000); methods on
 * the prototype cost nothing per instance.
 */
class ScopedIterator<T> implements AsyncGenerator<T> {
  constructor(
    private readonly iterator: AsyncIterator<T>,
    private readonly record: RequestRecord,
  ) {}

  next(...args: [] | [unknown]): Promise<IteratorResult<T>> {
    return inRequestScope(() => this.iterator.next(...args), this.record);
  }

  return(value?: unknown): Promise<IteratorResult<T>> {
    const iterator = this.iterator;
    return iterator.return
      ? inRequestScope(() => iterator.return!(value), this.record)
      : Promise.resolve({ done: true, value: value as T });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    const iterator = this.iterator;
    return iterator.throw ? inRequestScope(() => iterator.throw!(error), this.record) : Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }
}

/** What one operation's onSubscribe works with. */
interface OperationSetup {
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>;
  requests: WeakMap<object, Request>;
  operations: WebSocketOperations;
  rateLimit: ClientRateLimit | undefined;
  /** The call slots each client's operations share (GraphQLWebSocketOptions.callShares). */
  callShares: ClientCallShares | undefined;
}

/** The fair-use key of an operation's client (its live session, else its address: clientKey). */
function subscriberKey(
  rateLimit: ClientRateLimit | undefined,
  request: Request,
  upgrade: IncomingMessage,
): Promise<string> | string {
  const peer = clientAddressOf(upgrade);
  return rateLimit ? rateLimit.keyOf(credentialsOf(request.headers), peer) : `address:${peer ?? 'unknown'}`;
}

/**
 * graphql-ws's onSubscribe: the operation's record and signal, its document parsed and validated by
 * yoga's envelope, its fair-use admission; answers its execution arguments, or its errors.
 */
async function prepareOperation(
  setup: OperationSetup,
  ctx: Context<ConnectionParams, Extra & Partial<Record<PropertyKey, never>>>,
  id: string,
  params: SubscribePayload,
): Promise<ExecutionArgs | GraphQLError[]> {
  const { yoga, operations } = setup;
  const operation = operations.begin(ctx, id, params);
  const upgrade = ctx.extra.request;
  const request = connectionRequest(yoga, setup.requests, ctx, upgrade);
  const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped(
    withWebSocketOperation(
      { connectionParams: ctx.connectionParams, req: upgrade, socket: ctx.extra.socket, request, params },
      operation,
    ),
  );
  // Counted before parsing, as an HTTP request is (rate-limit.ts plugin onRequest): every operation
  // counts against its client's window, whether it parses and validates or not.
  const at = { connection: ctx, id, request, upgrade };
  if (setup.rateLimit) {
    const refused = await admit(setup.rateLimit, operations, at, 'arrival');
    if (refused) return refused;
  }
  const document = parse(params.query);
  const errors = validate(schema, document);
  if (errors.length > 0) return errors;
  const operationType = getOperationAST(document, params.operationName)?.operation;
  if (operationType === undefined) return [new GraphQLError('Unable to identify operation')];
  operations.typed(ctx, id, operationType);
  if (setup.callShares)
    operation.sharedCalls = setup.callShares.slotsOf(await subscriberKey(setup.rateLimit, request, upgrade));
  // A query or mutation then waits for one of its client's turns; a subscription holds none.
  if (setup.rateLimit && operationType !== 'subscription') {
    const refused = await admit(setup.rateLimit, operations, at, 'turn');
    if (refused) return refused;
  }
  const args: ExecutionArgs = {
    schema,
    operationName: params.operationName,
    document,
    variableValues: params.variables,
    contextValue: await contextFactory(),
    rootValue: { execute, subscribe, record: operation.record } satisfies Envelope,
  };
  const refused = await startOperation(args, operationType);
  if (refused) return refused;
  operations.running(ctx, id);
  return args;
}

/**
 * Runs the operation through the envelope here, in onSubscribe, so that a refusal before execution
 * (the cost limit, a variable that cannot be coerced, a subscription its user may not start: a result
 * with errors and no `data`, as GraphQL answers a request error) is graphql-ws's `error` message with
 * those errors, as a validation error is, rather than a `next` and a `complete`. Anything else is kept
 * for graphql-ws's own run to answer (`guarded`). Answers the refusal's errors, or undefined.
 */
async function startOperation(
  args: ExecutionArgs,
  operationType: OperationTypeNode,
): Promise<GraphQLError[] | undefined> {
  const envelope = args.rootValue as Envelope;
  const name = operationType === 'subscription' ? 'subscribe' : 'execute';
  const result = await inRequestScope(() => envelope[name](args), envelope.record);
  const scoped = Symbol.asyncIterator in result ? scopedIterator(result, envelope.record) : result;
  if (!(Symbol.asyncIterator in scoped) && scoped.data === undefined && scoped.errors?.length) {
    return [...scoped.errors];
  }
  envelope.started = scoped;
  return undefined;
}

/**
 * An error as graphql-ws sends it (every `error` message goes through onError): without
 * `extensions.http`, the status yoga gives its HTTP answer, which means nothing over a socket.
 */
function withoutHttp(error: GraphQLError): GraphQLError {
  if (error.extensions?.http === undefined) return error;
  const { http: _http, ...extensions } = error.extensions;
  return reissue(error, { extensions });
}

/**
 * A `next` message's result as graphql-ws sends it: its errors without `extensions.http` (withoutHttp),
 * as SSE's and HTTP's carry none; e.g. a stream's UNAUTHENTICATED when its session ended (v11
 * re-attack on issue 9, F2). Undefined (sent as it is) when no error has one.
 */
function nextWithoutHttp(result: {
  errors?: readonly GraphQLError[] | undefined;
}): FormattedExecutionResult | undefined {
  const { errors, ...rest } = result;
  if (!errors?.some((error) => error.extensions?.http !== undefined)) return undefined;
  return { ...rest, errors: errors.map((error) => withoutHttp(error).toJSON()) };
}

/** The refusal of an operation sent after shutdown began (the client retries on another instance). */
function shuttingDown(): GraphQLError[] {
  return [
    new GraphQLError('The server is shutting down: send this operation again on a new connection', {
      extensions: { code: 'SHUTTING_DOWN' },
    }),
  ];
}

/** An async iterable that ends at once (a subscription's result replaced during shutdown). */
async function* nothing(): AsyncGenerator<never> {}

/**
 * The graceful shutdown of graphql-ws (see GraphQLWebSocket.drain): it knows each socket's graphql-ws
 * context (its subscriptions) from connection init on.
 */
class WebSocketShutdown {
  draining = false;
  private readonly contexts = new WeakMap<WebSocket, Context<ConnectionParams, WebSocketExtra>>();

  constructor(
    private readonly wsServer: WebSocketServer,
    private readonly operations: WebSocketOperations,
  ) {
    operations.settled = (connection) => {
      if (this.draining) this.closeWhenIdle(connection as Context<ConnectionParams, WebSocketExtra>);
    };
  }

  connected(ctx: Context<ConnectionParams, WebSocketExtra>): void {
    this.contexts.set(ctx.extra.socket, ctx);
  }

  /** A subscription's result during shutdown: ended (it completes at once); undefined for another. */
  ended(result: OperationResult | Awaited<OperationResult>): AsyncGenerator<never> | undefined {
    if (!(Symbol.asyncIterator in result)) return undefined;
    void (result as AsyncGenerator<unknown>).return?.(undefined);
    return nothing();
  }

  drain(): Promise<void> {
    this.draining = true;
    const closed: Promise<void>[] = [];
    for (const socket of this.wsServer.clients) {
      closed.push(new Promise((resolve) => socket.once('close', () => resolve())));
      const ctx = this.contexts.get(socket);
      if (!ctx) {
        socket.close(GOING_AWAY, 'Server shutting down');
        continue;
      }
      for (const subscription of Object.values(ctx.subscriptions))
        if (subscription && 'return' in subscription) void subscription.return?.(undefined);
      this.closeWhenIdle(ctx);
    }
    return Promise.all(closed).then(() => undefined);
  }

  /**
   * Closes the socket with 1001 once it has no operation left, on the next turn of the event loop
   * (the `complete` of the operation that just ended is written first).
   */
  private closeWhenIdle(ctx: Context<ConnectionParams, WebSocketExtra>): void {
    setImmediate(() => {
      const socket = ctx.extra.socket;
      if (this.operations.count(ctx) === 0 && socket.readyState === socket.OPEN)
        socket.close(GOING_AWAY, 'Server shutting down');
    });
  }
}

/**
 * A WebSocketServer on `http` at `path`, with MAX_REQUEST_BYTES as its payload bound and the origin
 * check; with a cap per address, an excess connection is closed before graphql-ws serves it.
 */
function webSocketServerOf(http: Server, path: string, options: GraphQLWebSocketOptions): WebSocketServer {
  const wsServer = new WebSocketServer({
    server: http,
    path,
    ...(options.maxPayload === undefined ? {} : { maxPayload: options.maxPayload }),
    ...(options.verifyClient === undefined ? {} : { verifyClient: options.verifyClient }),
  });
  // Registered before graphql-ws's own listener, so an excess connection is closed before it is served.
  if (options.maxConnectionsPerAddress !== undefined)
    capConnectionsPerAddress(wsServer, options.maxConnectionsPerAddress);
  return wsServer;
}

/**
 * graphql-ws's hooks: execution guarded and masked by `mask`; connections accepted and tracked for
 * shutdown; each operation prepared (fair use, context) or refused SHUTTING_DOWN while draining; its
 * turn, results, errors (without the internal `extensions.http`) and end noted in `setup.operations`.
 */
function graphqlWsHooks(
  setup: OperationSetup,
  shutdown: WebSocketShutdown,
  mask: (error: unknown) => Error,
): ServerOptions<ConnectionParams, WebSocketExtra> {
  const { operations } = setup;
  return {
    execute: guarded('execute', mask),
    subscribe: guarded('subscribe', mask),
    onConnect: (ctx) => {
      shutdown.connected(ctx);
      return acceptConnection(ctx);
    },
    onSubscribe: async (ctx, id, params) => {
      if (shutdown.draining) return shuttingDown();
      try {
        return await prepareOperation(setup, ctx, id, params);
      } catch (error) {
        return operationErrors(error, mask);
      }
    },
    // The result is ready: a query's or mutation's turn passes to the client's next operation; a
    // subscription started while the server began draining completes at once.
    onOperation: (ctx, id, _params, _args, result) => {
      operations.releaseTurn(ctx, id);
      return shutdown.draining ? shutdown.ended(result) : undefined;
    },
    onNext: (ctx, id, _params, _args, result) => {
      operations.result(ctx, id, result.errors);
      return nextWithoutHttp(result);
    },
    onError: (ctx, id, _params, errors) => {
      operations.error(ctx, id, errors);
      return errors.map((error) => withoutHttp(error).toJSON());
    },
    onComplete: (ctx, id) => operations.complete(ctx, id),
    onClose: (ctx) => operations.closed(ctx),
  };
}

/** Attaches graphql-ws to `http` on yoga's endpoint. */
export function attachGraphQLWebSocket(
  http: Server,
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>,
  options: GraphQLWebSocketOptions = {},
): GraphQLWebSocket {
  const mask = options.maskError ?? ((error: unknown) => maskError(error, 'Unexpected error.'));
  const wsServer = webSocketServerOf(http, yoga.graphqlEndpoint, options);
  const operations = new WebSocketOperations(options.operationEnd, options.requestDeadlineMs);
  const setup: OperationSetup = {
    yoga,
    requests: new WeakMap(),
    operations,
    rateLimit: options.rateLimit,
    callShares: options.callShares,
  };
  const shutdown = new WebSocketShutdown(wsServer, operations);
  const disposable = serveGraphQLWs<ConnectionParams>(
    graphqlWsHooks(setup, shutdown, mask),
    wsServer,
    options.log ?? {
      debug: (message) => yoga.logger.debug(message),
      warn: (message) => yoga.logger.warn(message),
      error: (message) => yoga.logger.error(message),
    },
  );
  return {
    wsServer,
    drain: () => shutdown.drain(),
    async dispose() {
      await disposable.dispose();
      wsServer.close();
    },
  };
}
