/** The transport wiring of a client: its open connection pool, and one-off pools for the sign-in. */
import type { ConnectionOptions } from './client-options.js';
import { SpotifyError } from './errors.js';
import { type RefusalReader, Transport, type TransportRequest, type TransportResponse } from './transport.js';

/**
 * Holds the client's Transport between `open()` and `close()`. Web API calls need it open; accounts
 * calls also work before (the sign-in comes first) through a one-off pool of one connection.
 */
export class Connection {
  private transport: Transport | undefined;

  /** `defaults`: the constructor's connection options, under each `open()`'s own. */
  constructor(private readonly defaults: ConnectionOptions) {}

  /** Whether `open()` ran and `close()` did not since. */
  get isOpen(): boolean {
    return this.transport !== undefined;
  }

  /** Milliseconds left of the rate-limit pause a 429 put on every call; 0 when calls may go out. */
  get pauseRemainingMs(): number {
    return this.transport?.pauseRemainingMs ?? 0;
  }

  /** Opens the pool; `options` override the defaults. Replaces (and closes) an open one. */
  async open(options: ConnectionOptions = {}): Promise<void> {
    const previous = this.transport;
    this.transport = new Transport({ ...this.defaults, ...options });
    if (previous) await previous.close();
  }

  /** Closes the pool: pending calls fail with SpotifyError CLIENT_CLOSED; no socket or timer is left. */
  async close(): Promise<void> {
    const transport = this.transport;
    this.transport = undefined;
    if (transport) await transport.close();
  }

  /** The open pool; SpotifyError CLIENT_CLOSED when `open()` has not run. */
  required(): Transport {
    if (!this.transport) {
      throw new SpotifyError('The client is not open: call createNewClient() first', {
        code: 'CLIENT_CLOSED',
      });
    }
    return this.transport;
  }

  /**
   * Sends an accounts-service request: through the open pool, else a one-off pool closed after. The
   * Web API's rate-limit pause does not hold it (the accounts service is not the Web API: a sign-in
   * goes on while the app's Web API calls wait), and a 429 it gets pauses no Web API call. With
   * `readRefusal`, the RateLimitExceeded of its 429 carries the accounts service's answer (`answer`).
   */
  async sendAccounts<R>(
    given: TransportRequest,
    decode: (response: TransportResponse) => R,
    readRefusal?: RefusalReader,
  ): Promise<R> {
    const req: TransportRequest = { ...given, paused: false };
    if (this.transport) return this.transport.send(req, decode, readRefusal);
    const oneOff = new Transport({ ...this.defaults, requestLimit: 1 });
    try {
      return await oneOff.send(req, decode, readRefusal);
    } finally {
      await oneOff.close();
    }
  }
}
