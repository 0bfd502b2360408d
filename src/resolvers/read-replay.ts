import type { RequestOptions } from '../spotify/client.js';
import type { EndpointSpec } from '../spotify/endpoints/types.js';

/**
 * The Spotify reads of one query, kept so that executing the same operation again in the same request
 * answers from them instead of calling Spotify again. The server executes a query with graphql-jit and,
 * when that answer has errors, once more with graphql-js (src/server/jit.ts): without this, a read
 * made outside the request's loaders (the player's state, devices and queue, "contains" checks), or a
 * load whose failure was not kept, would go to Spotify twice, and the second answer could differ from
 * the first (a fault that hit once). Only GET reads are kept (a query makes no writes), each with its
 * outcome, failures included, for the request's lifetime; the request's call budget bounds their number.
 */
export class ReadReplay {
  private readonly reads = new Map<string, Promise<unknown>>();

  /** The read of `endpoint` with `options` made earlier in the request, or `call()` kept as it. */
  read<T>(endpoint: EndpointSpec, options: RequestOptions | undefined, call: () => Promise<T>): Promise<T> {
    if (endpoint.method !== 'GET') return call();
    const key = readKey(endpoint, options);
    const known = this.reads.get(key);
    if (known) return known as Promise<T>;
    const made = call();
    this.reads.set(key, made);
    // Kept with its outcome; a rejection nobody awaits again is not an unhandled one.
    made.catch(() => {});
    return made;
  }
}

/** A read's identity: the endpoint and its parameters (not the token or the signal: both are the request's). */
function readKey(endpoint: EndpointSpec, options: RequestOptions | undefined): string {
  const params = Object.entries(options ?? {})
    .filter(
      ([name, value]) =>
        name !== 'authToken' && name !== 'signal' && value !== undefined && typeof value !== 'function',
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${endpoint.id} ${JSON.stringify(params)}`;
}
