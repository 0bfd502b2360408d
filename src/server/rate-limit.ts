import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { sharedRateLimiter } from '../redis/rate-limiter.js';

/** Per-client fair use (RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_S, RATE_LIMIT_CONCURRENT). */
export interface RateLimitConfig {
  /** GraphQL requests one client may start per window. */
  requests: number;
  /** The window, in seconds. */
  windowSeconds: number;
  /** Requests of one client answered at once; the next ones wait their turn (up to 4 times as many). */
  concurrent: number;
}

/**
 * Who is asking, for fair use: the bearer token, else the cookie header (a session), else the peer
 * address. Tokens and cookies are hashed, so the limiter never holds them.
 */
export function clientKey(request: Request, peer: string | undefined): string {
  const authorization = request.headers.get('authorization');
  if (authorization) return `token:${digest(authorization)}`;
  const cookie = request.headers.get('cookie');
  if (cookie) return `session:${digest(cookie)}`;
  return `address:${peer ?? 'unknown'}`;
}

const digest = (value: string): string => createHash('sha256').update(value).digest('base64url').slice(0, 22);

/** A GraphQL-over-HTTP refusal: 429, Retry-After, and one error with `extensions.code` RATE_LIMITED. */
function refusal(retryAfterSeconds: number, message: string): Response {
  return new Response(
    JSON.stringify({
      errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfter: retryAfterSeconds } }],
    }),
    {
      status: 429,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(retryAfterSeconds),
      },
    },
  );
}

/** Requests of one client in flight, and the turns of those waiting. */
interface Lane {
  active: number;
  waiting: (() => void)[];
}

/**
 * Keeps one client from starving the rest: at most `requests` per `windowSeconds` (rate-limiter-
 * flexible's in-memory limiter), and at most `concurrent` answered at once, the next ones waiting
 * their turn (beyond 4 times `concurrent` waiting, refused). Refusals are 429 with Retry-After and
 * `extensions.code` RATE_LIMITED. A lane exists only while its client has requests, so the map is
 * bounded by the requests in flight.
 *
 * With `redis` (several instances), the requests per window count across every instance (in memory
 * per instance while Redis is down: src/redis/rate-limiter.ts); the lanes stay per instance.
 */
export function useClientRateLimit(
  config: RateLimitConfig,
  redis?: Redis,
  /** The deployment's Redis key prefix (src/redis/scope.ts; default `sg:`). */
  prefix = 'sg:',
): Plugin<Record<string, unknown>> {
  const limiter = sharedRateLimiter(
    { points: config.requests, durationSeconds: config.windowSeconds, name: 'graphql', prefix },
    redis,
  );
  const lanes = new Map<string, Lane>();
  const held = new WeakMap<Request, string>();
  const release = (key: string): void => {
    const lane = lanes.get(key);
    if (!lane) return;
    const next = lane.waiting.shift();
    if (next) next();
    else if (--lane.active === 0) lanes.delete(key);
  };
  return {
    async onRequest({ request, serverContext, endResponse }) {
      const req = (serverContext as { req?: IncomingMessage }).req;
      const key = clientKey(request, req?.socket.remoteAddress);
      try {
        await limiter.consume(key);
      } catch (outcome) {
        if (!(outcome instanceof RateLimiterRes)) throw outcome;
        endResponse(
          refusal(
            Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)),
            `Too many requests: at most ${config.requests} per ${config.windowSeconds} s`,
          ),
        );
        return;
      }
      const lane = lanes.get(key) ?? { active: 0, waiting: [] };
      lanes.set(key, lane);
      if (lane.active < config.concurrent) lane.active += 1;
      else if (lane.waiting.length >= config.concurrent * 4) {
        endResponse(
          refusal(1, `Too many requests at once: at most ${config.concurrent} are answered at a time`),
        );
        return;
      } else {
        // The slot passes straight from the request that finishes (active stays the same).
        await new Promise<void>((resolve) => lane.waiting.push(resolve));
      }
      held.set(request, key);
      // A client that went away while waiting gives its turn back.
      if (request.signal.aborted) {
        held.delete(request);
        release(key);
      }
    },
    onResponse({ request }) {
      const key = held.get(request);
      if (key === undefined) return;
      held.delete(request);
      release(key);
    },
  };
}
