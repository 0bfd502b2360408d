import type { OperationTypeNode } from 'graphql';
import type { SharedCallSlots } from '../resolvers/client-call-share.js';
import { DeadlineExceeded } from '../resolvers/request-budget.js';
import { withDeadline } from '../spotify/deadlines.js';
import { noteAnsweredErrors, operationNameOf } from './logging.js';
import { newRequestRecord, type RequestRecord } from './request-record.js';

/**
 * The graphql-ws operations in flight, each one a GraphQL request of its own: its log record (one line
 * when it ends, like an HTTP request's), its own abort signal (aborted when it ends or its socket
 * closes: the Spotify calls it started stop, and the listeners they add go with it rather than pile
 * up on one connection-wide signal), and the fair-use turn a query or mutation holds.
 */

/** How a graphql-ws operation ended: without errors, with errors, or before its end (client or socket). */
export type WebSocketOutcome = 'ok' | 'error' | 'cancelled';

/** What an operation's GraphQL context is built with (carried in yoga's initial context). */
export interface WebSocketOperationContext {
  readonly record: RequestRecord;
  /** Aborts when the operation ends (or a query's deadline passes); made when first read. */
  readonly signal: AbortSignal;
  /** A subscription's: the Spotify call slots its client's subscriptions share (see ClientCallShares). */
  sharedCalls?: SharedCallSlots;
}

/** Told once when an operation ends (its log line and metrics): its record, outcome and type. */
export type WebSocketOperationEnd = (
  record: RequestRecord,
  outcome: WebSocketOutcome,
  operationType: OperationTypeNode | undefined,
) => void;

/** The key of the operation in yoga's initial context (see webSocketOperationOf). */
const INITIAL_CONTEXT_KEY = 'graphqlWsOperation';

/** What yoga's initial context for a graphql-ws operation holds besides the operation itself. */
export interface WebSocketInitialParts<P, R, S, Q, A> {
  connectionParams: P;
  /** The connection's upgrade request. */
  req: R;
  socket: S;
  /** The connection's one fetch Request (its headers: connectionParams' Authorization first). */
  request: Q;
  /** The operation's subscribe payload. */
  params: A;
}

/**
 * yoga's initial context for an operation, carrying `operation` for the context factory. One object
 * literal of fixed keys, not a spread of `parts`: every subscription keeps this object as its context
 * (yoga assigns the GraphQLContext's properties onto it), and a spread gave each one a hidden class of
 * its own (a map and a descriptor array, about 600 B) once its call site had seen several shapes
 * (V8's slow path for a megamorphic spread), where a literal's is shared by all.
 */
export function withWebSocketOperation<P, R, S, Q, A>(
  parts: WebSocketInitialParts<P, R, S, Q, A>,
  operation: WebSocketOperationContext,
): WebSocketInitialParts<P, R, S, Q, A> & { [INITIAL_CONTEXT_KEY]: WebSocketOperationContext } {
  return {
    connectionParams: parts.connectionParams,
    req: parts.req,
    socket: parts.socket,
    request: parts.request,
    params: parts.params,
    // INITIAL_CONTEXT_KEY, written out: a computed key is no part of the literal's boilerplate.
    graphqlWsOperation: operation,
  };
}

/** The graphql-ws operation a context is built for, or undefined for an HTTP request. */
export function webSocketOperationOf(initial: object): WebSocketOperationContext | undefined {
  const operation = (initial as Record<string, unknown>)[INITIAL_CONTEXT_KEY];
  return typeof operation === 'object' && operation !== null && 'record' in operation
    ? (operation as WebSocketOperationContext)
    : undefined;
}

/**
 * An operation's context with its abort signal made on first use (RequestBudget asks for it at the
 * first Spotify call): Node gives every AbortSignal a hidden class of its own (some 500 bytes), which
 * an idle subscription whose events come from a shared poller need not hold. An abort before the
 * signal exists is kept, and the signal is born aborted with that reason (the first abort wins, as an
 * AbortController's).
 */
class OperationContext implements WebSocketOperationContext {
  sharedCalls?: SharedCallSlots;
  private controller: AbortController | undefined;
  private reason: Error | undefined;
  /** The operation's deadline, epoch ms (dueAt), noted on the signal (src/spotify/deadlines.ts). */
  private due: number | undefined;

  constructor(readonly record: RequestRecord) {}

  get signal(): AbortSignal {
    if (this.controller === undefined) {
      this.controller = new AbortController();
      if (this.reason !== undefined) this.controller.abort(this.reason);
      if (this.due !== undefined) withDeadline(this.controller.signal, this.due);
    }
    return this.controller.signal;
  }

  /** The signal aborts at `atMs` (epoch ms) at the latest: the client fails a wait outlasting it at once. */
  dueAt(atMs: number): void {
    this.due = atMs;
    if (this.controller !== undefined) withDeadline(this.controller.signal, atMs);
  }

  /** Aborts the signal with `reason` (now, or as it is made); a later abort changes nothing. */
  abort(reason: Error): void {
    this.reason ??= reason;
    this.controller?.abort(reason);
  }
}

interface Operation {
  readonly context: OperationContext;
  operationType?: OperationTypeNode | undefined;
  /** Set once graphql-ws runs it: it then ends with graphql-ws's complete, not with its error. */
  running: boolean;
  failed: boolean;
  turn?: (() => void) | undefined;
  /** A query's or mutation's deadline (REQUEST_DEADLINE_MS), cleared when it ends. */
  deadline?: NodeJS.Timeout | undefined;
}

/** Why an operation's signal aborts once it is over. */
class OperationEnded extends Error {
  constructor() {
    super('The graphql-ws operation ended');
    this.name = 'OperationEnded';
  }
}

/** graphql-ws's per-connection context, as far as the operations need it. */
interface Connection {
  readonly subscriptions: Record<string, unknown>;
}

/** The operations of every connection, by graphql-ws's connection context and operation id. */
export class WebSocketOperations {
  private readonly byConnection = new WeakMap<object, Map<string, Operation>>();

  /**
   * @param ended the operation's end (its log line and metrics)
   * @param deadlineMs REQUEST_DEADLINE_MS: a query or mutation's Spotify calls are cut this long after
   *   it began (DEADLINE_EXCEEDED), as an HTTP request's; a subscription has none
   */
  constructor(
    private readonly ended: WebSocketOperationEnd | undefined,
    private readonly deadlineMs?: number,
  ) {}

  /** Told after any operation of a connection ends (a draining socket closes once it has none left). */
  settled: ((connection: object) => void) | undefined;

  /** The operations of `connection` not yet ended (any type, being prepared included). */
  count(connection: object): number {
    return this.byConnection.get(connection)?.size ?? 0;
  }

  /** A new operation `id` of `connection` (graphql-ws's onSubscribe): its record and signal. */
  begin(
    connection: object,
    id: string,
    params: { operationName?: string | null | undefined; query?: unknown },
  ): WebSocketOperationContext {
    const record = newRequestRecord('ws');
    record.operationName = operationNameOf(params.operationName, params.query);
    const operation: Operation = {
      context: new OperationContext(record),
      running: false,
      failed: false,
    };
    const operations = this.byConnection.get(connection) ?? new Map<string, Operation>();
    this.byConnection.set(connection, operations);
    operations.get(id)?.context.abort(new OperationEnded());
    operations.set(id, operation);
    return operation.context;
  }

  /** The operation's type, once its document is parsed: a subscription's errors are logged at once. */
  typed(connection: object, id: string, operationType: OperationTypeNode | undefined): void {
    const operation = this.get(connection, id);
    if (!operation) return;
    operation.operationType = operationType;
    operation.context.record.mergeErrors = operationType !== 'subscription';
    if (operationType === 'subscription' || this.deadlineMs === undefined || operation.deadline) return;
    // Counted from the operation's start, as an HTTP request's deadline from its arrival.
    const deadlineMs = this.deadlineMs;
    const left = Math.max(0, deadlineMs - (performance.now() - operation.context.record.start));
    operation.deadline = setTimeout(() => operation.context.abort(new DeadlineExceeded(deadlineMs)), left);
    operation.deadline.unref();
    operation.context.dueAt(Date.now() + left);
  }

  /** The fair-use turn the operation holds until its result (given back by `releaseTurn` or its end). */
  holdTurn(connection: object, id: string, turn: () => void): void {
    const operation = this.get(connection, id);
    if (operation) operation.turn = turn;
    else turn();
  }

  /** Gives the operation's turn back (graphql-ws's onOperation: its result is ready). */
  releaseTurn(connection: object, id: string): void {
    const operation = this.get(connection, id);
    operation?.turn?.();
    if (operation) operation.turn = undefined;
  }

  /** graphql-ws runs the operation (onSubscribe answered its execution arguments). */
  running(connection: object, id: string): void {
    const operation = this.get(connection, id);
    if (operation) operation.running = true;
  }

  /** A result (graphql-ws's onNext): its error codes join the operation's line. */
  result(connection: object, id: string, errors: readonly unknown[] | undefined): void {
    const operation = this.get(connection, id);
    if (!operation || !errors?.length) return;
    operation.failed = true;
    noteAnsweredErrors(operation.context.record, errors);
  }

  /**
   * The operation's error message (graphql-ws's onError): it ends here when it never ran (refused or
   * invalid); a running one ends with graphql-ws's complete, which follows.
   */
  error(connection: object, id: string, errors: readonly unknown[]): void {
    const operation = this.get(connection, id);
    if (!operation) return;
    operation.failed = true;
    noteAnsweredErrors(operation.context.record, errors);
    if (!operation.running) this.finish(connection, id, 'error');
  }

  /**
   * graphql-ws's onComplete: the operation is over. It completed by itself when graphql-ws still
   * holds it (the client is told), else the client cancelled it or the socket closed.
   */
  complete(connection: Connection, id: string): void {
    const operation = this.get(connection, id);
    if (!operation) return;
    const outcome = operation.failed ? 'error' : id in connection.subscriptions ? 'ok' : 'cancelled';
    this.finish(connection, id, outcome);
  }

  /**
   * The socket closed: every operation left ends `cancelled`, or `error` when it had answered errors
   * (its Spotify calls stop), including one
   * refused after its client completed it (graphql-ws then sends no error, and no hook follows).
   */
  closed(connection: object): void {
    for (const [id, operation] of [...(this.byConnection.get(connection)?.entries() ?? [])])
      this.finish(connection, id, operation.failed ? 'error' : 'cancelled');
    this.byConnection.delete(connection);
  }

  private get(connection: object, id: string): Operation | undefined {
    return this.byConnection.get(connection)?.get(id);
  }

  private finish(connection: object, id: string, outcome: WebSocketOutcome): void {
    const operations = this.byConnection.get(connection);
    const operation = operations?.get(id);
    if (!operations || !operation) return;
    operations.delete(id);
    clearTimeout(operation.deadline);
    operation.turn?.();
    operation.context.abort(new OperationEnded());
    this.ended?.(operation.context.record, outcome, operation.operationType);
    this.settled?.(connection);
  }
}
