/**
 * What the endpoint groups need from the client: the generic request path and its mode handling.
 * SpotifyApiClient satisfies it structurally; tests may pass a recording stand-in.
 */
import type { RequestOptions } from '../request-options.js';
import type { SpotifyAuthorisationToken } from '../token.js';
import type { EndpointSpec } from './types.js';

export type { RequestOptions } from '../request-options.js';

export interface RequestExecutor {
  /** Calls `endpoint` with `options` routed to its path, query and body; resolves to the parsed answer. */
  request<T>(endpoint: EndpointSpec, options?: RequestOptions): Promise<T>;
  /**
   * Fetches any number of ids: split by `batch`'s limit where the app has it, else one `single` call
   * per id. Answers in the order of `ids`, null where Spotify knows no such item.
   */
  requestMany<T>(
    batch: EndpointSpec,
    single: EndpointSpec,
    ids: readonly string[],
    options?: RequestOptions,
  ): Promise<(T | null)[]>;
  /** Runs `primary` where the app has `endpoint`, else `fallback` (the Development Mode replacement). */
  withFallback<T>(endpoint: EndpointSpec, primary: () => Promise<T>, fallback: () => Promise<T>): Promise<T>;
}

/** Options every call takes. */
export interface CallOptions {
  /** The token for this call; defaults to the client's held token. */
  authToken?: SpotifyAuthorisationToken;
  /** Aborts the call: no further attempt is sent and the one on the wire is cut (SpotifyError ABORTED). */
  signal?: AbortSignal | undefined;
}

/** Options of calls that take a market. */
export interface MarketOptions extends CallOptions {
  /** An ISO 3166-1 alpha-2 country code; a user token's own country takes priority. */
  market?: string;
}

/** Offset paging: `limit` bounds are those of each endpoint (most allow 1 to 50). */
export interface PageOptions extends CallOptions {
  /** Items per page; most lists allow 1 to 50 (default 20). */
  limit?: number;
  /** Index of the first item (default 0). */
  offset?: number;
}

/** Offset paging within a market. */
export interface MarketPageOptions extends PageOptions {
  market?: string;
}
