import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import { type DocumentNode, type ExecutionArgs, GraphQLError, getOperationAST } from 'graphql';
import type { OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import { bearerOf, type GraphQLContext } from '../resolvers/context.js';
import type { WebSocketOriginCheck } from './cors.js';
import { maskError } from './errors.js';
import type { ClientRateLimit } from './rate-limit.js';

/**
 * graphql-ws on yoga's endpoint: every operation runs through yoga's envelop pipeline
 * (`yoga.getEnveloped`: the same plugins, error masking and limits as HTTP) and gets its context from
 * yoga's own context factory, handed a Request made of the upgrade request's headers (its Cookie
 * included) with `connectionParams.authorization` as the Authorization header. Subscriptions run
 * through graphql-js `subscribe` (the JIT plugin leaves them alone).
 *
 * Refusals stay with the operation: a malformed credential in `connectionParams` closes the socket at
 * connection init with 4403; a refused one, a bad document or a failing operation ends that operation
 * with an error message, never the socket with 4500.
 */

/** What a client sends with `connection_init`: `{ authorization: "Bearer ..." }` here. */
type ConnectionParams = Record<string, unknown>;

export interface GraphQLWebSocket {
  readonly wsServer: WebSocketServer;
  /** Completes every operation and closes the sockets. */
  dispose(): Promise<void>;
}

type Run = (args: ExecutionArgs) => OperationResult;
/** yoga's enveloped execute/subscribe, carried to graphql-ws through rootValue (yoga's documented recipe). */
interface Envelope {
  execute: Run;
  subscribe: Run;
}

/** The Authorization header an operation gets: connectionParams first, else the upgrade request's own. */
function authorizationOf(params: ConnectionParams | undefined): unknown {
  return params?.authorization ?? params?.Authorization;
}

/** True unless `connectionParams` carry a credential that cannot be one (checked at connection init). */
function acceptableCredential(params: ConnectionParams | undefined): boolean {
  const authorization = authorizationOf(params);
  if (authorization === undefined || authorization === null) return true;
  if (typeof authorization !== 'string') return false;
  try {
    bearerOf(authorization);
    return true;
  } catch {
    return false;
  }
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
  return errors.map((one) => {
    const masked = mask(one);
    return masked instanceof GraphQLError ? masked : new GraphQLError(masked.message);
  });
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
  /** Open connections from one peer address; one more is closed at once with 1013 (try again later). */
  maxConnectionsPerAddress?: number;
}

/** Close code for a connection over WS_MAX_CONNECTIONS_PER_ADDRESS (RFC 6455 "Try Again Later"). */
export const TRY_AGAIN_LATER = 1013;

/** Closes each connection beyond `max` from one peer address with 1013; the counts live while sockets do. */
function capConnectionsPerAddress(wsServer: WebSocketServer, max: number): void {
  const open = new Map<string, number>();
  wsServer.on('connection', (socket, upgrade) => {
    const address = upgrade.socket.remoteAddress ?? 'unknown';
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
 * A socket error (ws's own, such as a message over maxPayload, which ws closes with 1009) is logged as
 * one JSON line at warn, in place of graphql-ws's multi-line console.error with a stack.
 */
function logSocketErrors(
  wsServer: WebSocketServer,
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>,
): void {
  wsServer.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.once('error', (error: Error & { code?: string }) => {
      yoga.logger.warn(`graphql-ws socket error: ${error.code ?? error.name}: ${error.message}`);
      if (socket.readyState === socket.OPEN) socket.close(1011, 'Internal server error');
    });
  });
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
 * Admits one operation by the per-client fair use that HTTP requests share: the refusal as the
 * operation's errors; for a query or mutation the release of its turn (called when it ends); for a
 * subscription undefined (it counts against the window only).
 */
async function admitOperation(
  rateLimit: ClientRateLimit,
  request: Request,
  upgrade: IncomingMessage,
  document: DocumentNode,
  params: { operationName?: string | null | undefined },
): Promise<GraphQLError[] | (() => void) | undefined> {
  const credentials = {
    authorization: request.headers.get('authorization'),
    cookie: request.headers.get('cookie'),
  };
  const key = await rateLimit.keyOf(credentials, upgrade.socket.remoteAddress);
  // A subscription holds no turn while it lives: it counts against the window only (taking a turn and
  // giving it back would let a burst of subscriptions crowd each other out of the turns' queue).
  if (getOperationAST(document, params.operationName)?.operation === 'subscription') {
    const overWindow = await rateLimit.count(key);
    return overWindow ? rateLimited(overWindow) : undefined;
  }
  const admitted = await rateLimit.admit(key);
  return 'release' in admitted ? admitted.release : rateLimited(admitted);
}

/** The envelope's `name` step, with what it throws answered as the operation's masked errors. */
function guarded(name: keyof Envelope, mask: (error: unknown) => Error) {
  return async (args: ExecutionArgs): Promise<Awaited<OperationResult>> => {
    try {
      return await (args.rootValue as Envelope)[name](args);
    } catch (error) {
      return { errors: operationErrors(error, mask) };
    }
  };
}

/** Attaches graphql-ws to `http` on yoga's endpoint. */
export function attachGraphQLWebSocket(
  http: Server,
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>,
  options: GraphQLWebSocketOptions = {},
): GraphQLWebSocket {
  const requests = new WeakMap<object, Request>();
  const mask = options.maskError ?? ((error: unknown) => maskError(error, 'Unexpected error.'));
  const wsServer = new WebSocketServer({
    server: http,
    path: yoga.graphqlEndpoint,
    ...(options.maxPayload === undefined ? {} : { maxPayload: options.maxPayload }),
    ...(options.verifyClient === undefined ? {} : { verifyClient: options.verifyClient }),
  });
  // Registered before graphql-ws's own listener, so an excess connection is closed before it is served.
  if (options.maxConnectionsPerAddress !== undefined)
    capConnectionsPerAddress(wsServer, options.maxConnectionsPerAddress);
  // Fair-use turns held by queries and mutations in flight, by connection and operation id.
  const turns = new WeakMap<object, Map<string, () => void>>();
  const giveBack = (ctx: object, id: string): void => {
    const held = turns.get(ctx);
    held?.get(id)?.();
    held?.delete(id);
  };
  const disposable = useServer<ConnectionParams>(
    {
      execute: guarded('execute', mask),
      subscribe: guarded('subscribe', mask),
      onConnect: (ctx) => acceptableCredential(ctx.connectionParams),
      onOperation: (ctx, id) => giveBack(ctx, id),
      onSubscribe: async (ctx, id, params) => {
        try {
          const upgrade = ctx.extra.request;
          const request = connectionRequest(yoga, requests, ctx, upgrade);
          const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
            connectionParams: ctx.connectionParams,
            req: upgrade,
            socket: ctx.extra.socket,
            request,
            params,
          });
          const document = parse(params.query);
          const errors = validate(schema, document);
          if (errors.length > 0) return [...errors];
          if (options.rateLimit) {
            const turn = await admitOperation(options.rateLimit, request, upgrade, document, params);
            if (Array.isArray(turn)) return turn;
            if (turn) {
              const held = turns.get(ctx) ?? new Map<string, () => void>();
              turns.set(ctx, held);
              held.set(id, turn);
            }
          }
          return {
            schema,
            operationName: params.operationName,
            document,
            variableValues: params.variables,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe } satisfies Envelope,
          };
        } catch (error) {
          giveBack(ctx, id);
          return operationErrors(error, mask);
        }
      },
    },
    wsServer,
  );
  logSocketErrors(wsServer, yoga);
  return {
    wsServer,
    async dispose() {
      await disposable.dispose();
      wsServer.close();
    },
  };
}
