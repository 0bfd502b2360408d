import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { WebSocket, WebSocketServer } from 'ws';

/**
 * graphql-ws served on a `ws` WebSocketServer through graphql-ws's own protocol machinery
 * (`makeServer`), in place of its `useServer` adapter (graphql-ws/use/ws), which writes
 * `console.error` with a stack ("Internal error occurred during message handling. Please check your
 * implementation.") whenever a message's answer cannot be written: a client that sends 2,000 pings
 * and drops its socket made ~300 such traces (EPIPE, ECONNRESET), outside the JSON log and whatever
 * LOG_LEVEL says. Here:
 * - a send to a socket whose peer is gone (closed, or the write fails) is no error: the answer has
 *   nobody to reach, the socket's own `close` ends its operations (noted once per socket at debug);
 * - anything else the protocol handler throws is one JSON warn line per socket (no stack, message
 *   bounded) and closes that socket with 1011, as useServer does;
 * - socket and server errors are one warn/error line each; nothing is written to the console.
 * The keep-alive (a ping every `keepAliveMs`, a socket that does not pong in time is terminated) is
 * useServer's.
 */

/** What each graphql-ws context's `extra` holds here (as useServer's): the socket and its upgrade request. */
export type WebSocketExtra = Extra & Partial<Record<PropertyKey, never>>;

/** Where the transport's lines go (the server's pino logger). */
export interface WebSocketTransportLog {
  debug(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Characters of an error's text kept in a log line. */
const MAX_LOGGED_CHARS = 300;

/**
 * Bytes a graphql-ws message other than `subscribe` may have (`connection_init`, `ping`, `pong`,
 * `complete`): their payloads carry a credential or nothing much, and a ping's is echoed in the pong.
 * A bigger one closes the socket with 4400 before it is handled (a 1 MB ping was echoed, uncounted).
 * A `subscribe` is bounded by MAX_REQUEST_BYTES and counted against its client's window (ws.ts).
 */
export const MAX_CONTROL_MESSAGE_BYTES = 16_384;

/** The close reason of a control message over MAX_CONTROL_MESSAGE_BYTES (4400). */
const MESSAGE_TOO_LARGE = `Message too large: a connection_init, ping, pong or complete message holds at most ${MAX_CONTROL_MESSAGE_BYTES} bytes`;

/**
 * graphql-ws's own close reasons that leave a developer of a hand-written client guessing, said with
 * what to do (the codes stay graphql-ws's; each under a close frame's 123 bytes). "Unauthorized" (4401)
 * is about the protocol's order, not a credential (a credential's refusal is 4403, ws.ts).
 */
const PROTOCOL_REASONS: ReadonlyMap<string, string> = new Map([
  [
    'Invalid message received',
    'Invalid message received: each message is a JSON object of the graphql-transport-ws protocol',
  ],
  [
    'Unauthorized',
    'Unauthorized: a subscribe came before connection_ack (send connection_init, then wait for its ack)',
  ],
  [
    'Subprotocol not acceptable',
    'Subprotocol not acceptable: use graphql-transport-ws (the graphql-ws library; subscriptions-transport-ws is not served)',
  ],
]);

/** Whether `text` (over MAX_CONTROL_MESSAGE_BYTES) is a message other than a subscribe. */
function oversizedControl(text: string): boolean {
  try {
    const message = JSON.parse(text) as { type?: unknown } | null;
    return typeof message === 'object' && message !== null && message.type !== 'subscribe';
  } catch {
    // Not JSON: graphql-ws closes it with 4400 itself.
    return false;
  }
}

/** `error` as one bounded line: its code (EPIPE, ...) or name, and its message. */
export function describeSocketError(error: unknown): string {
  const text =
    error instanceof Error
      ? `${(error as Error & { code?: string }).code ?? error.name}: ${error.message}`
      : String(error);
  return text.length > MAX_LOGGED_CHARS ? `${text.slice(0, MAX_LOGGED_CHARS)}...` : text;
}

/** Serves graphql-ws on `wsServer`; answers the function that closes every socket (1001) and stops. */
export function serveGraphQLWs<P extends Record<string, unknown>>(
  options: ServerOptions<P, WebSocketExtra>,
  wsServer: WebSocketServer,
  log: WebSocketTransportLog,
  keepAliveMs = 12_000,
): { dispose(): Promise<void> } {
  const server = makeServer<P, WebSocketExtra>(options);
  wsServer.options.handleProtocols = handleProtocols;
  wsServer.on('error', (error) => log.error(`graphql-ws server error: ${describeSocketError(error)}`));
  wsServer.on('connection', (socket, request) => openSocket(server, socket, request, log, keepAliveMs));
  return {
    async dispose() {
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) =>
        wsServer.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/**
 * Serves one connected `socket` with graphql-ws's `server`: its errors (a warn line, then 1011), its
 * keep-alive, its answers (socketSend) and messages (socketMessages), and its close.
 */
function openSocket<P extends Record<string, unknown>>(
  server: ReturnType<typeof makeServer<P, WebSocketExtra>>,
  socket: WebSocket,
  request: IncomingMessage,
  log: WebSocketTransportLog,
  keepAliveMs: number,
): void {
  socket.once('error', (error) => {
    log.warn(`graphql-ws socket error: ${describeSocketError(error)}`);
    if (socket.readyState === socket.OPEN)
      socket.close(CloseCode.InternalServerError, 'Internal server error');
  });
  const stopKeepAlive = keepAlive(socket, keepAliveMs);
  const closed = server.opened(
    {
      protocol: socket.protocol,
      send: socketSend(socket, log),
      close: (code, reason) => socket.close(code, (reason && PROTOCOL_REASONS.get(reason)) ?? reason),
      onMessage: socketMessages(socket, log),
    },
    { socket, request } as WebSocketExtra,
  );
  socket.once('close', (code, reason) => {
    stopKeepAlive();
    closed(code, String(reason)).catch((error) =>
      log.warn(`graphql-ws socket close failed: ${describeSocketError(error)}`),
    );
  });
}

/**
 * Sends to `socket`; resolves whether or not the message could be written (a peer that is gone is no
 * error: one debug line per socket).
 */
function socketSend(socket: WebSocket, log: WebSocketTransportLog): (data: string) => Promise<void> {
  let failedSend = false;
  return (data) =>
    new Promise<void>((resolve) => {
      if (socket.readyState !== socket.OPEN) return resolve();
      socket.send(data, (error) => {
        if (error && !failedSend) {
          failedSend = true;
          log.debug(`graphql-ws answer not delivered, the client is gone: ${describeSocketError(error)}`);
        }
        resolve();
      });
    });
}

/**
 * Hands each message of `socket` to graphql-ws's `handle`: a control message over
 * MAX_CONTROL_MESSAGE_BYTES closes the socket with 4400 unread; a handler failure is one warn line per
 * socket and closes it with 1011.
 */
function socketMessages(
  socket: WebSocket,
  log: WebSocketTransportLog,
): (handle: (data: string) => Promise<void>) => void {
  let failedMessage = false;
  return (handle) =>
    socket.on('message', async (data) => {
      const text = String(data);
      if (text.length > MAX_CONTROL_MESSAGE_BYTES && oversizedControl(text)) {
        if (socket.readyState === socket.OPEN) socket.close(CloseCode.BadRequest, MESSAGE_TOO_LARGE);
        return;
      }
      try {
        await handle(text);
      } catch (error) {
        if (failedMessage) return;
        failedMessage = true;
        log.warn(`graphql-ws message handling failed: ${describeSocketError(error)}`);
        if (socket.readyState === socket.OPEN)
          socket.close(CloseCode.InternalServerError, 'Internal server error');
      }
    });
}

/** Pings `socket` every `ms`; one that does not pong within the next `ms` is terminated. Answers the stop. */
function keepAlive(socket: WebSocket, ms: number): () => void {
  if (!(ms > 0 && Number.isFinite(ms))) return () => {};
  let pongWait: NodeJS.Timeout | undefined;
  const interval = setInterval(() => {
    if (socket.readyState !== socket.OPEN) return;
    pongWait = setTimeout(() => socket.terminate(), ms);
    socket.once('pong', () => {
      clearTimeout(pongWait);
      pongWait = undefined;
    });
    socket.ping();
  }, ms);
  return () => {
    clearTimeout(pongWait);
    clearInterval(interval);
  };
}
