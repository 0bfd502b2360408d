import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { WebSocketServer } from 'ws';
import { EXIT } from '../exit-codes.js';

/** The graphql-ws side of a shutdown (src/server/ws.ts GraphQLWebSocket). */
export interface DrainableWebSockets {
  readonly wsServer: WebSocketServer;
  /** Refuses new operations, completes subscriptions, closes each socket (1001) once its operations answered. */
  drain(): Promise<void>;
}

/** How the server stops (SHUTDOWN_DELAY_MS, SHUTDOWN_GRACE_MS). */
export interface ShutdownConfig {
  /**
   * Milliseconds between `/ready` turning 503 and the listener closing, so that a load balancer stops
   * sending new requests first (default 0).
   */
  delayMs: number;
  /** Milliseconds that requests in flight get to finish before their connections are cut (default 10 000). */
  graceMs: number;
}

export const DEFAULT_SHUTDOWN: ShutdownConfig = { delayMs: 0, graceMs: 10_000 };

/** WebSocket close code 1001 "going away": the server is shutting down (RFC 6455 section 7.4.1). */
export const GOING_AWAY = 1001;

/**
 * Tracks the HTTP requests in flight and whether the server is draining. `track` goes first in the
 * request handler; `close` turns `/ready` to 503, keeps serving through the delay (the load balancer
 * drains meanwhile), then closes the listener, drains the WebSockets (their queries and mutations in
 * flight answer, then each closes with 1001), and resolves once every request and WebSocket operation
 * in flight has answered or `graceMs` has passed (then the remaining connections are cut).
 */
export class Drain {
  private active = 0;
  private draining = false;
  /** True once the delay is over and the listener closes: new requests are refused from then on. */
  private closing = false;
  private idle: (() => void) | undefined;

  /** Requests being answered now. */
  get inFlight(): number {
    return this.active;
  }

  /** True from the moment shutdown begins: `/ready` answers 503 then. */
  get isDraining(): boolean {
    return this.draining;
  }

  /**
   * Counts a request until its response ends or its connection closes. During SHUTDOWN_DELAY_MS
   * requests are still served (only `/ready` says 503); once the listener closes, a request arriving
   * on a kept-alive connection is answered 503 with `connection: close` instead (true = answered here,
   * the caller stops).
   */
  track(req: IncomingMessage, res: ServerResponse, allowWhileDraining: boolean): boolean {
    if (this.closing && !allowWhileDraining) {
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      res.end(JSON.stringify({ error: 'The server is shutting down' }));
      return true;
    }
    this.active += 1;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      this.active -= 1;
      if (this.active === 0) this.idle?.();
    };
    res.once('close', finish);
    req.once('error', finish);
    return false;
  }

  /** Marks the server as draining (readiness fails) without closing anything yet. */
  begin(): void {
    this.draining = true;
  }

  /**
   * Stops accepting connections, drains the WebSockets (each closes with 1001 once its queries and
   * mutations in flight answered), waits up to `graceMs` for the requests and operations in flight,
   * then closes or cuts what is left. Resolves when the listener is closed.
   */
  async close(http: Server, ws: DrainableWebSockets | undefined, config: ShutdownConfig): Promise<void> {
    this.begin();
    if (config.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.delayMs));
    this.closing = true;
    const closed = new Promise<void>((resolve) => http.close(() => resolve()));
    const socketsClosed = ws?.drain();
    // Keep-alive connections with no request in flight go now; busy ones finish their request first.
    http.closeIdleConnections();
    const requestsDone =
      this.active > 0
        ? new Promise<void>((resolve) => {
            this.idle = resolve;
          })
        : undefined;
    if (requestsDone || socketsClosed) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all([requestsDone, socketsClosed]),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, config.graceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    http.closeAllConnections();
    for (const client of ws?.wsServer.clients ?? []) client.close(GOING_AWAY, 'Server shutting down');
    for (const client of ws?.wsServer.clients ?? []) client.terminate();
    await closed;
  }
}

/**
 * Runs `close` once on the first SIGTERM or SIGINT, then exits 0 (1 if closing failed). A second
 * signal while closing exits at once with 1.
 */
export function exitOnSignals(close: () => Promise<void>, log: (line: string) => void = () => {}): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (closing) {
      log(`${signal} again: exiting now`);
      process.exit(EXIT.failed);
    }
    closing = true;
    log(`${signal}: shutting down`);
    close().then(
      () => process.exit(EXIT.ok),
      () => process.exit(EXIT.failed),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
