import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Histogram, type Metric, Registry } from 'prom-client';
import type { CatalogCache } from '../resolvers/catalog-cache.js';
import type { TokenRenew } from '../spotify/client.js';
import {
  endRequest,
  operationOutcomeOf,
  type RequestEndListener,
  requestRecordOf,
  whenRequestEnds,
} from './logging.js';
import { sseStepOf } from './sse-single-connection.js';

/**
 * The server's Prometheus metrics (prom-client), served at `/metrics`. Later parts (subscriptions,
 * pollers) add theirs through `register`.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'operation' | 'status' | 'transport'>;
  /** graphql-sse single-connection protocol steps (reserve, stream, stop): no GraphQL operation. */
  readonly sseStreamRequests: Counter<'step' | 'status'>;
  readonly duration: Histogram<'operation' | 'transport'>;
  readonly spotifyCalls: Counter<'route' | 'status'>;
  /** Calls the rate-limit pause held back before they were sent (no Spotify call). */
  readonly spotifyCallsHeld: Counter;
  readonly rateLimited: Counter;
  readonly cacheLookups: Counter<'result'>;
  readonly tokenRenewals: Counter<'outcome'>;

  /**
   * @param pauseSeconds the Spotify rate-limit pause left now, in seconds (read at each scrape).
   * @param cacheBytes the catalog cache's size now, in bytes, if it knows it.
   */
  constructor(pauseSeconds: () => number, cacheBytes: () => number | undefined) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation name, outcome (HTTP status; for graphql-ws and graphql-sse single-connection operations ok, error or cancelled) and transport (http, ws, sse)',
      labelNames: ['operation', 'status', 'transport'],
      registers,
    });
    this.sseStreamRequests = new Counter({
      name: 'graphql_sse_stream_requests_total',
      help: "graphql-sse single-connection protocol requests by step (reserve: PUT, stream: the stream's GET, stop: DELETE) and HTTP status; the operations they carry count in graphql_requests_total with transport sse",
      labelNames: ['step', 'status'],
      registers,
    });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL request durations by operation name and transport (http, ws, sse)',
      labelNames: ['operation', 'transport'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.spotifyCalls = new Counter({
      name: 'spotify_calls_total',
      help: 'Spotify Web API calls by endpoint (route) and outcome (HTTP status, or error code)',
      labelNames: ['route', 'status'],
      registers,
    });
    this.spotifyCallsHeld = new Counter({
      name: 'spotify_calls_held_total',
      help: 'Calls the rate-limit pause held back unsent, by endpoint (route): not in spotify_calls_total',
      labelNames: ['route'],
      registers,
    });
    this.rateLimited = new Counter({
      name: 'spotify_rate_limited_total',
      help: 'Spotify calls refused with 429 for longer than the client waits',
      registers,
    });
    new Gauge({
      name: 'spotify_rate_limit_pause_seconds',
      help: "Seconds left of the pause Spotify's last Retry-After put on every call of the app",
      registers,
      collect() {
        this.set(pauseSeconds());
      },
    });
    this.cacheLookups = new Counter({
      name: 'catalog_cache_lookups_total',
      help: 'Shared catalog cache lookups by result (hit, miss)',
      labelNames: ['result'],
      registers,
    });
    new Gauge({
      name: 'catalog_cache_bytes',
      help: 'Bytes the shared catalog cache holds, as counted for its bound',
      registers,
      collect() {
        this.set(cacheBytes() ?? 0);
      },
    });
    this.tokenRenewals = new Counter({
      name: 'spotify_token_renewals_total',
      help: 'Spotify token renewals by outcome',
      labelNames: ['outcome'],
      registers,
    });
  }

  /**
   * Counts one ended GraphQL request (an HTTP request or a graphql-ws operation) that took `seconds`:
   * `status` is its HTTP status, or a graphql-ws operation's outcome.
   */
  countRequest(operation: string, status: string, transport: 'http' | 'ws' | 'sse', seconds: number): void {
    this.requests.inc({ operation, status, transport });
    this.duration.observe({ operation, transport }, seconds);
  }

  /** Adds a metric made elsewhere (subscription and poller gauges) to `/metrics`. */
  register(metric: Metric): void {
    this.registry.registerMetric(metric);
  }

  /** The text exposition format, with its content type. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** `cache` with its lookups counted as hits and misses. */
export function countedCache(cache: CatalogCache, metrics: ServerMetrics): CatalogCache {
  const counted: CatalogCache = {
    get(key) {
      const value = cache.get(key);
      metrics.cacheLookups.inc({ result: value === undefined ? 'miss' : 'hit' });
      return value;
    },
    set: (key, value) => cache.set(key, value),
    delete: (key) => cache.delete(key),
    clear: () => cache.clear(),
  };
  if (cache.getStale) counted.getStale = (key) => cache.getStale?.(key);
  if (cache.freshForMs) counted.freshForMs = (key) => cache.freshForMs?.(key) ?? 0;
  if (cache.getShared) counted.getShared = (keys) => cache.getShared?.(keys) ?? Promise.resolve([]);
  return counted;
}

/**
 * The `operation` label of a request: its operation name when the operator listed it
 * (METRICS_OPERATION_NAMES), `other` for any other named operation, `anonymous` without a name.
 * Clients choose operation names: labelling whatever comes first would let one caller fill the label
 * set (and Prometheus's memory) with invented names before the real operations are seen, so only
 * the listed names, fixed at start, ever become series.
 */
export function operationLabeller(listed: readonly string[]): (name: string | undefined) => string {
  const names = new Set(listed);
  return (name) => (name === undefined ? 'anonymous' : names.has(name) ? name : 'other');
}

/**
 * Counts and times every GraphQL request by operation label (operationLabeller) and HTTP status, as
 * the request log (useRequestLog, which must come first) read the name; a request its client
 * abandoned counts too, with status 499. graphql-sse's single-connection mode is counted for what each
 * request is (sseStepOf): its protocol steps (the PUT's 201, the stream's GET, the DELETE) in
 * graphql_sse_stream_requests_total, not as operations; an operation's POST with `transport="sse"`
 * and its outcome (ok, error, cancelled) as `status`, as a graphql-ws operation's, since its 202 only
 * says that the results will come on the stream.
 */
export function useRequestMetrics(metrics: ServerMetrics, operationNames: readonly string[]): Plugin {
  const label = operationLabeller(operationNames);
  // When each request came, for the requests the request log did not record (it records the start).
  const starts = new WeakMap<Request, number>();
  const count: RequestEndListener = (status, request) => {
    const step = sseStepOf(request);
    if (step !== undefined && step !== 'operation') {
      metrics.sseStreamRequests.inc({ step, status: String(status) });
      return;
    }
    const record = requestRecordOf(request);
    const start = record?.start ?? starts.get(request) ?? performance.now();
    const operation = label(record?.operationName);
    const seconds = (performance.now() - start) / 1000;
    if (step === 'operation')
      metrics.countRequest(operation, operationOutcomeOf(request, status), 'sse', seconds);
    else metrics.countRequest(operation, String(status), 'http', seconds);
  };
  return {
    onRequest({ request, serverContext }) {
      if (requestRecordOf(request) === undefined) starts.set(request, performance.now());
      whenRequestEnds(request, count, serverContext);
    },
    onResponse({ request, response }) {
      endRequest(request, response.status);
    },
  };
}

/**
 * A session renewal (createServer's `tokenRenew`, or the refresh_token grant when none is given) that
 * counts its outcomes in `spotify_token_renewals_total`.
 */
export function countedRenewal(renew: TokenRenew | undefined, metrics: ServerMetrics): TokenRenew {
  return async (client, token) => {
    try {
      const fresh =
        renew === undefined
          ? await client.refreshToken(token)
          : typeof renew === 'function'
            ? await renew(client, token)
            : await renew.call(client, token);
      metrics.tokenRenewals.inc({ outcome: 'renewed' });
      return fresh;
    } catch (error) {
      metrics.tokenRenewals.inc({ outcome: 'failed' });
      throw error;
    }
  };
}
