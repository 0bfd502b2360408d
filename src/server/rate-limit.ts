import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { addressKeyOf, clientAddressOf } from '../auth/client-address.js';
import { sharedRateLimiter } from '../redis/rate-limiter.js';
import { bearerOf, type RequestCredentials } from '../resolvers/request-credentials.js';
import { requestRecordOf } from './logging.js';
import { noteErrorCodes } from './request-record.js';

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
 * The Spotify user id of the live session a request's credentials name, or undefined for none, an
 * unknown or ended one (src/auth's ServerAuth.liveSessionUserIdOf).
 */
export type LiveSessionUserIdOf = (
  credentials: RequestCredentials,
  bearer: string | undefined,
) => Promise<string | undefined>;

/** The fair-use key of an anonymous caller: its peer address, IPv6 by /64 (addressKeyOf). */
export const addressClientKey = (peer: string | undefined): string => `address:${addressKeyOf(peer)}`;

/**
 * Who is asking, for fair use: the Spotify user of a live session (cookie or `Bearer sgs_...`, checked
 * against the session store; every session of one user shares one key, so signing in again buys no
 * fresh allowance), else the peer address (addressClientKey: IPv6 by its /64). Nothing the caller can
 * invent earns a fresh bucket: a made-up cookie or session token, and a Spotify access token in the
 * Authorization header (not verifiable here; Spotify refuses junk ones only after the call), count
 * against the address. Never holds a credential (the user id is hashed).
 */
export async function clientKey(
  credentials: RequestCredentials,
  peer: string | undefined,
  liveSessionUserIdOf: LiveSessionUserIdOf | undefined,
): Promise<string> {
  if (liveSessionUserIdOf && (credentials.authorization || credentials.cookie)) {
    let bearer: string | undefined;
    try {
      bearer = bearerOf(credentials.authorization);
    } catch {
      // A malformed Authorization header: the request fails UNAUTHENTICATED; it counts by address.
      return addressClientKey(peer);
    }
    const userId = await liveSessionUserIdOf(credentials, bearer).catch(() => undefined);
    if (userId !== undefined) return `user:${digest(userId)}`;
  }
  return addressClientKey(peer);
}

/** The credentials a request carries (its Authorization and Cookie headers), as fair use keys them. */
export function credentialsOf(headers: Headers): RequestCredentials {
  return { authorization: headers.get('authorization'), cookie: headers.get('cookie') };
}

/**
 * What is admitted: a `request` (an HTTP request) counts against the window and holds one of its
 * client's turns until it ends; an `arrival` (a graphql-ws operation as it arrives, before its document
 * is parsed, whatever becomes of it) counts against the window only; a `turn` (a graphql-ws query or
 * mutation, counted on arrival) takes a turn without counting again. A graphql-ws subscription is an
 * arrival and nothing more: it holds no turn while it lives.
 */
export type AdmissionKind = 'request' | 'arrival' | 'turn';

const digest = (value: string): string => createHash('sha256').update(value).digest('base64url').slice(0, 22);

/** Why a request is turned away: seconds until it may try again, and the message for the caller. */
export interface RateLimitRefusal {
  retryAfter: number;
  message: string;
}

/** A GraphQL-over-HTTP refusal: 429, Retry-After, and one error with `extensions.code` RATE_LIMITED. */
function refusal({ retryAfter, message }: RateLimitRefusal): Response {
  return new Response(
    JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfter } }] }),
    {
      status: 429,
      // The reason phrase every other answer of the server carries (an empty one leaves a browser's
      // statusText blank; v14 new user, F8).
      statusText: 'Too Many Requests',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(retryAfter),
      },
    },
  );
}

/** An admission: the release of the turn taken, or the refusal. */
type Admission = { release: () => void } | RateLimitRefusal;

/** Requests of one client in flight, and the turns of those waiting. */
interface Lane {
  active: number;
  waiting: (() => void)[];
}

/**
 * Keeps one client from starving the rest: at most `requests` per `windowSeconds` (rate-limiter-
 * flexible), and at most `concurrent` answered at once, the next ones waiting their turn (beyond 4
 * times `concurrent` waiting, refused). A lane exists only while its client has requests, so the map
 * is bounded by the requests in flight. HTTP requests (the yoga plugin below) and graphql-ws
 * operations (src/server/ws.ts) are admitted by the same instance, so both count against one limit.
 *
 * With `redis` (several instances), the requests per window count across every instance (in memory
 * per instance while Redis is down: src/redis/rate-limiter.ts); the lanes stay per instance.
 */
export class ClientRateLimit {
  private readonly limiter;
  private readonly lanes = new Map<string, Lane>();
  /** The key each HTTP request was admitted under (see keyOfRequest); gone with the request. */
  private readonly requestKeys = new WeakMap<Request, string>();

  constructor(
    private readonly config: RateLimitConfig,
    redis?: Redis,
    /** Resolves the user of the live session a request names (undefined: every caller counts by address). */
    readonly liveSessionUserIdOf?: LiveSessionUserIdOf,
    /** The deployment's Redis key prefix (src/redis/scope.ts; default `sg:`). */
    prefix = 'sg:',
    /** Told once that a counter in Redis was not one an instance writes and was reset. */
    warn?: (message: string) => void,
  ) {
    this.limiter = sharedRateLimiter(
      {
        points: config.requests,
        durationSeconds: config.windowSeconds,
        name: 'graphql',
        prefix,
        ...(warn ? { warn } : {}),
      },
      redis,
    );
  }

  /** The fair-use key of a request's credentials and peer address (see clientKey). */
  keyOf(credentials: RequestCredentials, peer: string | undefined): Promise<string> {
    return clientKey(credentials, peer, this.liveSessionUserIdOf);
  }

  /** keyOf, without a promise to wait for when the request carries no credentials (the address is the key). */
  private keyNowOf(credentials: RequestCredentials, peer: string | undefined): Promise<string> | string {
    if (!this.liveSessionUserIdOf || !(credentials.authorization || credentials.cookie))
      return addressClientKey(peer);
    return clientKey(credentials, peer, this.liveSessionUserIdOf);
  }

  /**
   * Admits one request of `key`: a release function to call once when it ends (its turn passes to the
   * next waiting request), or the refusal. A request whose `signal` aborted while it waited gives its
   * turn back at once; calling its release afterwards does nothing (release is idempotent).
   */
  async admit(key: string, signal?: AbortSignal): Promise<{ release: () => void } | RateLimitRefusal> {
    const overWindow = await this.count(key);
    if (overWindow) return overWindow;
    return this.takeTurn(key, signal);
  }

  /**
   * admit's turn, for a request already counted against the window (see AdmissionKind `turn`): at once
   * when its client has a turn free (no promise), else once one passes to it.
   */
  private takeTurn(key: string, signal?: AbortSignal): Admission | Promise<Admission> {
    let lane = this.lanes.get(key);
    if (lane === undefined) {
      lane = { active: 0, waiting: [] };
      this.lanes.set(key, lane);
    }
    if (lane.active < this.config.concurrent) {
      lane.active += 1;
      return this.turnOf(key, signal);
    }
    if (lane.waiting.length >= this.config.concurrent * 4) {
      return {
        retryAfter: 1,
        message: `Too many requests at once: at most ${this.config.concurrent} are answered at a time`,
      };
    }
    // The slot passes straight from the request that finishes (active stays the same).
    const waiting = lane.waiting;
    return new Promise<void>((resolve) => waiting.push(resolve)).then(() => this.turnOf(key, signal));
  }

  /** A turn taken: its release, called once when the request ends (then idempotent). */
  private turnOf(key: string, signal?: AbortSignal): { release: () => void } {
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      this.release(key);
    };
    // A client that went away while waiting gives its turn back.
    if (signal?.aborted) release();
    return { release };
  }

  /**
   * The fair-use key an HTTP request was admitted under (by `plugin`), or undefined for a request it
   * did not admit: its operations' Spotify calls take from that client's share (ClientCallShares).
   */
  keyOfRequest(request: Request): string | undefined {
    return this.requestKeys.get(request);
  }

  /**
   * Admits one operation of the client that `credentials` and the `peer` address name (clientKey), by
   * its kind (AdmissionKind): a `request` counts and takes a turn (see admit; `signal`: its client went
   * away while waiting); an `arrival` counts against the window only and takes no turn (a graphql-ws
   * subscription taking one and giving it back would let a burst of subscriptions crowd each other out
   * of the turns' queue); a `turn` takes a turn only. Answers the release to call once when it ends
   * (nothing to give back for an arrival), or the refusal. An HTTP
   * `request` is remembered with its key (keyOfRequest).
   */
  async admitOperation(
    kind: AdmissionKind,
    credentials: RequestCredentials,
    peer: string | undefined,
    signal?: AbortSignal,
    request?: Request,
  ): Promise<{ release: () => void } | RateLimitRefusal> {
    const found = this.keyNowOf(credentials, peer);
    const key = typeof found === 'string' ? found : await found;
    if (request !== undefined) this.requestKeys.set(request, key);
    // admit's steps, without its promise: a request is one async step beside the window's count.
    if (kind === 'request') return (await this.count(key)) ?? this.takeTurn(key, signal);
    if (kind === 'turn') return this.takeTurn(key, signal);
    const overWindow = await this.count(key);
    return overWindow ?? { release: () => {} };
  }

  /**
   * Counts one request of `key` against the window only (no turn is held): for a subscription, which
   * holds no turn while it lives. Answers the refusal when the window is used up, else undefined.
   */
  async count(key: string): Promise<RateLimitRefusal | undefined> {
    try {
      await this.limiter.consume(key);
      return undefined;
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) throw outcome;
      return {
        retryAfter: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)),
        message: `Too many requests: at most ${this.config.requests} per ${this.config.windowSeconds} s`,
      };
    }
  }

  private release(key: string): void {
    const lane = this.lanes.get(key);
    if (!lane) return;
    const next = lane.waiting.shift();
    if (next) next();
    else if (--lane.active === 0) this.lanes.delete(key);
  }

  /** The yoga plugin that admits each HTTP request (429 RATE_LIMITED with Retry-After when refused). */
  plugin(): Plugin<Record<string, unknown>> {
    const held = new WeakMap<Request, () => void>();
    return {
      onRequest: async ({ request, serverContext, endResponse }) => {
        const req = (serverContext as { req?: IncomingMessage }).req;
        // Before parsing: every HTTP request, an SSE subscription's included, takes a turn (an SSE
        // subscription gives it back once its stream's response starts).
        const admitted = await this.admitOperation(
          'request',
          credentialsOf(request.headers),
          clientAddressOf(req),
          request.signal,
          request,
        );
        if (!('release' in admitted)) {
          const record = requestRecordOf(request);
          if (record) noteErrorCodes(record, [{ extensions: { code: 'RATE_LIMITED' } }]);
          endResponse(refusal(admitted));
          return;
        }
        held.set(request, admitted.release);
      },
      onResponse({ request }) {
        held.get(request)?.();
        held.delete(request);
      },
    };
  }
}
