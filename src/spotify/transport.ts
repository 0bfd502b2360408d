import { LRUCache } from 'lru-cache';
import { Agent, type Dispatcher, errors as undiciErrors, util as undiciUtil } from 'undici';
import { bodyText } from './body-text.js';
import {
  asError,
  RateLimitExceeded,
  RequestTimeout,
  SpotifyAPIError,
  SpotifyError,
  SpotifyNetworkError,
} from './errors.js';

/** Retries of idempotent requests after 5xx answers and network errors. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). 0 disables retrying. */
  maxRetries?: number;
  /** Base of the exponential backoff in milliseconds (default 200). */
  baseDelayMs?: number;
  /** Cap of a single backoff wait in milliseconds (default 5000). */
  maxDelayMs?: number;
}

/**
 * A rate-limit pause shared beyond one client: Spotify's limits are per app, so several processes of
 * one app pause together (see src/redis/rate-limit-pause.ts).
 */
export interface SharedRateLimitPause {
  /** Called when this client meets a 429: every request waits until `untilMs` (epoch ms). */
  announce(untilMs: number, reason: string | undefined): void;
  /**
   * Registers the client's pause, called with the shared pause now in force (epoch ms; 0 when it was
   * lifted) whenever it changes, and at once when a pause is known. Answers a function that unregisters
   * it. A shared pause can go down (an operator lifts it); this client's own 429 pause cannot.
   */
  listen(pause: (untilMs: number, reason: string | undefined) => void): () => void;
}

/** Requests one transport has in flight at once unless `requestLimit` says otherwise (its pool's connections). */
export const DEFAULT_REQUEST_LIMIT = 100;

/**
 * The most other apps (TransportRequest.rateLimitApp: callers' tokens, in practice) whose rate-limit
 * pauses one transport keeps, the least recently paused forgotten first: each entry is a key (a
 * SHA-256 hash, never a token) and a time, about 200 bytes. A forgotten one's next call goes out, and
 * Spotify's 429 pauses it again.
 */
export const MAX_OTHER_APP_PAUSES = 10_000;

/**
 * The most bytes of one answer's body a transport reads unless `maxAnswerBytes` says otherwise: 32 MiB.
 * Spotify's largest documented answers are far smaller (an audio analysis is a few MB, a page of 100
 * playlist items about 0.5 MB, a token answer under 1 KB); without a bound, an endless or huge body
 * (a broken proxy, a hostile origin) would grow the process's memory until the attempt's timeout.
 */
export const DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024;

export interface TransportOptions {
  /** Most requests in flight at once; the rest queue (default 100). */
  requestLimit?: number;
  /**
   * Timeout of each request attempt in SECONDS (default 30; fractions allowed). It bounds the wait for
   * the headers, every pause in the body, and the attempt as a whole.
   */
  requestTimeout?: number;
  retry?: RetryOptions;
  /**
   * Longest Retry-After, in SECONDS, the client waits out before retrying a 429 (default 5). A longer
   * one raises RateLimitExceeded at once rather than hanging.
   */
  maxRetryAfter?: number;
  /**
   * The undici dispatcher to send through. Default: an own keep-alive Agent (one pool per origin),
   * closed by `close()`. An injected dispatcher stays open: its owner closes it.
   */
  dispatcher?: Dispatcher;
  /** A pause shared with other processes of the same app (default: this client's own only). */
  sharedPause?: SharedRateLimitPause;
  /**
   * Most BYTES of one answer's body read (default DEFAULT_MAX_ANSWER_BYTES, 32 MiB). A longer body is
   * cut where it passes the bound (the connection closed) and the request fails with SpotifyAPIError
   * BAD_RESPONSE, not retried: the same request would be answered the same way.
   */
  maxAnswerBytes?: number;
}

export interface TransportRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /**
   * Whether an attempt that may have reached Spotify (a 5xx, a timeout, a connection lost after
   * sending, an unreadable answer) may be repeated (default: GET, PUT, DELETE and HEAD may). A request
   * that is not idempotent is still repeated after a failure that proves nothing was applied: a refused
   * connection, or a 429 (Spotify's rate limiter refuses the request before it runs), whose Retry-After
   * is waited out as for any request.
   */
  idempotent?: boolean;
  /**
   * Stops the request: no further attempt, and the one on the wire is cut (SpotifyError ABORTED); a
   * wait between attempts (a pause, a Retry-After, a back-off) ends at once too.
   */
  signal?: AbortSignal | undefined;
  /**
   * Epoch ms after which the request is of no use (its caller's deadline). No wait is begun that would
   * end after it: a rate-limit pause or a 429's Retry-After throws RateLimitExceeded at once (its
   * `retryAfter` in s), a back-off before a retry gives up with the last failure (the error thrown, or
   * the answer returned, as when retries are spent).
   */
  deadline?: number | undefined;
  /**
   * Told of each failed attempt that may have reached Spotify before the request was repeated (a 5xx,
   * an unreadable answer, a timeout, a connection lost after sending): a write repeated after such an
   * attempt may have been applied by it, whatever the last attempt answers.
   */
  onUncertainAttempt?: (() => void) | undefined;
  /**
   * Asked before each further attempt, once the transport would make it (a retry after a 5xx, an
   * unreadable answer or a failed connection; a 429 waited out): false, and the request ends with the
   * failure it has (the error, the 5xx answer, RateLimitExceeded). See RequestOptions.beforeRepeat.
   */
  beforeRepeat?: (() => boolean) | undefined;
  /**
   * False for a request outside the Web API's rate limit (the accounts service's token endpoint): the
   * pause does not hold it, and a 429 it gets pauses nothing else. Default true.
   */
  paused?: boolean | undefined;
  /**
   * The app whose rate limit the request counts against when it is not the client's own: a key (another
   * client id, or `token:` and a SHA-256 hash of a caller's token of no known app: AppModeTracker.appOf),
   * never a token. Spotify's rate limit is per app ("Rate limits" in the Web API guide), so a 429 to
   * such a request pauses only the requests with the same key, for as long as its Retry-After says, and
   * the client's own pause (shared with other processes through `sharedPause`) neither holds it nor is
   * set by it. Undefined: the client's own app.
   */
  rateLimitApp?: string | undefined;
  /**
   * False for a caller with a schedule of its own (the player pollers, which poll again after Spotify's
   * Retry-After): a 429 throws RateLimitExceeded at once instead of being waited out and repeated (up to
   * `maxRetryAfter`), and so does a rate-limit pause in effect (`answered: false`). Default true.
   */
  waitOutRateLimit?: boolean | undefined;
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The whole body as text ('' when empty); always read so the connection can be reused. */
  text: string;
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);

const abortedError = (): SpotifyError => new SpotifyError('The request was aborted', { code: 'ABORTED' });

const closedError = (): SpotifyError =>
  new SpotifyError('The client is closed: call createNewClient() first', { code: 'CLIENT_CLOSED' });

function isUndiciTimeout(error: Error): boolean {
  return (
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    error instanceof undiciErrors.ConnectTimeoutError
  );
}

/** Socket errors that happen before a request leaves: no byte of it reached the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Whether a failed attempt provably never reached the server (a refused or timed-out connect). */
export function neverSent(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof undiciErrors.ConnectTimeoutError) return true;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && NOT_SENT_CODES.has(code);
}

/** Whether a wait of `ms` from now ends by `req`'s deadline (always, without one). */
const fitsDeadline = (req: TransportRequest, ms: number): boolean =>
  req.deadline === undefined || Date.now() + ms <= req.deadline;

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); 1 when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === '') return 1;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(raw);
  return Number.isNaN(date) ? 1 : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Spotify's `error.reason` from an error body, if the body is JSON and has one. */
export function readReason(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    const error = (parsed as { error?: unknown } | null)?.error;
    const reason =
      typeof error === 'object' && error !== null ? (error as { reason?: unknown }).reason : undefined;
    return typeof reason === 'string' ? reason : undefined;
  } catch {
    return undefined;
  }
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/** A rate-limit pause: no request is sent before `until` (epoch ms); Spotify's reason, if it gave one. */
interface Pause {
  until: number;
  reason: string | undefined;
}

/**
 * What a caller makes of a 429 answer the transport gives up on: Spotify's answer as an error, its
 * words redacted and bounded (apiError in responses.ts, with the request's secrets), for
 * RateLimitExceeded's `answer`.
 */
export type RefusalReader = (response: TransportResponse) => SpotifyAPIError;

/**
 * HTTP to Spotify: a concurrency bound with a queue, per-attempt timeouts, retries with capped
 * exponential backoff and full jitter, and a rate-limit pause per app: one shared by every request of
 * the client's own app (and with other processes through `sharedPause`), and one per other app whose
 * requests met a 429 (TransportRequest.rateLimitApp).
 */
export class Transport {
  readonly requestLimit: number;
  readonly requestTimeout: number;
  readonly maxRetryAfter: number;
  /** Most bytes of one answer's body read (TransportOptions.maxAnswerBytes). */
  readonly maxAnswerBytes: number;
  private readonly maxRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private closed = false;
  private active = 0;
  private readonly queue: Waiter[] = [];
  private readonly sleepers = new Set<{ timer: NodeJS.Timeout; waiter: Waiter }>();
  /** The attempts on the wire and the one timer that ends those outlasting the timeout. */
  private readonly inFlight: InFlight;
  private readonly timeoutMs: number;
  /** Epoch ms before which no request is sent (Spotify's last Retry-After). */
  private pausedUntil = 0;
  private pauseReason: string | undefined;
  /** Epoch ms of the pause shared by other processes (0: none); lowered when the pause is lifted. */
  private sharedUntil = 0;
  private sharedReason: string | undefined;
  /** The pauses of other apps (TransportRequest.rateLimitApp), each until its Retry-After has passed. */
  private readonly otherPauses = new LRUCache<string, Pause>({ max: MAX_OTHER_APP_PAUSES });
  private readonly sharedPause: SharedRateLimitPause | undefined;
  private readonly unlisten: (() => void) | undefined;

  constructor(options: TransportOptions = {}) {
    this.requestLimit = positiveInteger(options.requestLimit ?? DEFAULT_REQUEST_LIMIT, 'requestLimit');
    this.requestTimeout = positiveNumber(options.requestTimeout ?? 30, 'requestTimeout');
    this.timeoutMs = Math.max(1, Math.round(this.requestTimeout * 1000));
    this.inFlight = new InFlight(this.timeoutMs);
    this.maxRetryAfter = nonNegativeNumber(options.maxRetryAfter ?? 5, 'maxRetryAfter');
    this.maxAnswerBytes = positiveInteger(
      options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES,
      'maxAnswerBytes',
    );
    this.maxRetries = nonNegativeNumber(options.retry?.maxRetries ?? 3, 'retry.maxRetries');
    this.baseDelayMs = nonNegativeNumber(options.retry?.baseDelayMs ?? 200, 'retry.baseDelayMs');
    this.maxDelayMs = nonNegativeNumber(options.retry?.maxDelayMs ?? 5000, 'retry.maxDelayMs');
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher =
      options.dispatcher ??
      new Agent({ connections: this.requestLimit, keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000 });
    this.sharedPause = options.sharedPause;
    this.unlisten = this.sharedPause?.listen((until, reason) => {
      this.sharedUntil = until;
      this.sharedReason = reason;
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Milliseconds left of the rate-limit pause of the client's own app (Spotify's last Retry-After to
   * it, or the shared one); 0 when none. Other apps' pauses (TransportRequest.rateLimitApp) are not
   * counted: they hold none of the app's calls.
   */
  get pauseRemainingMs(): number {
    return Math.max(0, this.pausedUntil - Date.now(), this.sharedUntil - Date.now());
  }

  /** Requests currently on the wire. */
  get activeRequests(): number {
    return this.active;
  }

  /**
   * Sends a request, retrying as configured. Answers every HTTP status except a 429 that outlasts
   * `maxRetryAfter` (RateLimitExceeded); throws RequestTimeout or SpotifyNetworkError when the last
   * attempt failed without an answer.
   */
  async send(req: TransportRequest): Promise<TransportResponse>;
  /**
   * With `decode`: the decoded answer. A decode that throws a SpotifyAPIError with code BAD_RESPONSE (a
   * truncated or garbled body) is retried like a 5xx. With `readRefusal`, a RateLimitExceeded thrown for
   * Spotify's 429 carries Spotify's answer as read by it (`answer`: its words, reason and body).
   */
  async send<R>(
    req: TransportRequest,
    decode: (response: TransportResponse) => R,
    readRefusal?: RefusalReader,
  ): Promise<R>;
  async send<R>(
    req: TransportRequest,
    decode?: (response: TransportResponse) => R,
    readRefusal?: RefusalReader,
  ): Promise<R | TransportResponse> {
    const idempotent = req.idempotent ?? IDEMPOTENT.has(req.method);
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      if (req.signal?.aborted) throw abortedError();
      // The common case (no pause, a free slot) takes no extra turn of the event loop.
      if (this.closed || (req.paused !== false && this.mayHold(req)))
        await this.waitOutPause(req.waitOutRateLimit !== false, req);
      if (this.closed || this.active >= this.requestLimit) await this.acquire(req.signal);
      else this.active += 1;
      let response: TransportResponse;
      try {
        response = await this.attempt(req);
      } catch (error) {
        if (this.closed) throw closedError();
        if (req.signal?.aborted) throw abortedError();
        // An answer over maxAnswerBytes: the same request would be answered the same way, so going
        // again would only read another maxAnswerBytes.
        if (error instanceof SpotifyAPIError) throw error;
        // A write that is not idempotent is repeated only when the failure proves it was never sent.
        if (!(idempotent || neverSent(error)) || failures >= this.maxRetries) throw error;
        const wait = this.backoff(failures + 1);
        // A retry that could only start after the deadline is no retry: the failure is the answer.
        if (!fitsDeadline(req, wait) || req.beforeRepeat?.() === false) throw error;
        if (!neverSent(error)) req.onUncertainAttempt?.();
        failures += 1;
        await this.sleep(wait, req.signal);
        continue;
      } finally {
        this.release();
      }
      if (response.status === 429) {
        await this.rateLimited(req, response, rateLimited, readRefusal);
        rateLimited += 1;
        continue;
      }
      const retriable = idempotent && failures < this.maxRetries;
      if (response.status >= 500 && retriable) {
        const wait = this.backoff(failures + 1);
        // A retry that could only start after the deadline is no retry: this answer is the last.
        if (fitsDeadline(req, wait) && req.beforeRepeat?.() !== false) {
          req.onUncertainAttempt?.();
          failures += 1;
          await this.sleep(wait, req.signal);
          continue;
        }
      }
      if (!decode) return response;
      try {
        return decode(response);
      } catch (error) {
        const wait = this.backoff(failures + 1);
        if (!brokenBodyRetriable(req, response, retriable && fitsDeadline(req, wait), error)) throw error;
        if (req.beforeRepeat?.() === false) throw error;
        req.onUncertainAttempt?.();
        failures += 1;
        await this.sleep(wait, req.signal);
      }
    }
  }

  /**
   * A 429 answer to `req`: pauses the client (unless `req` is outside the Web API's limit), then throws
   * RateLimitExceeded unless the request may be repeated (waiting allowed, Retry-After within
   * maxRetryAfter and the deadline, fewer than maxRetries 429s so far: `rateLimited`); a request
   * outside the pause waits its Retry-After here before it goes again. Idempotent or not: Spotify's
   * 429 is its rate limiter refusing the request before it runs, so nothing was applied (Web API
   * guide, "Rate limits": the app is refused when it exceeds the limit), and a write that must not
   * happen twice is sent once more as a read is. The pause is that of the request's app
   * (TransportRequest.rateLimitApp). The error thrown carries Spotify's answer as `readRefusal` reads it.
   */
  private async rateLimited(
    req: TransportRequest,
    response: TransportResponse,
    rateLimited: number,
    readRefusal: RefusalReader | undefined,
  ): Promise<void> {
    const retryAfter = parseRetryAfter(response.headers['retry-after']);
    // Spotify's words, redacted and bounded by the caller, who knows the request's secrets.
    const answer = readRefusal?.(response);
    const reason = answer === undefined ? readReason(response.text) : answer.reason;
    // The pause holds every request of the request's app, also when it is too long to wait out here;
    // a request outside the Web API's limit waits alone.
    if (req.paused !== false) this.pause(retryAfter, reason, req.rateLimitApp);
    // The request waits the pause out and goes again, but not for ever, and not past its deadline:
    // the caller hears now when it may try again (RATE_LIMITED, retryAfter). A write that must not
    // happen twice goes again too: a 429 proves the rate limiter refused it before it ran.
    if (
      req.waitOutRateLimit === false ||
      retryAfter > this.maxRetryAfter ||
      !fitsDeadline(req, retryAfter * 1000) ||
      rateLimited >= Math.max(this.maxRetries, 1) ||
      req.beforeRepeat?.() === false
    ) {
      throw new RateLimitExceeded(retryAfter, reason, { answer });
    }
    if (req.paused === false) await this.sleep(retryAfter * 1000, req.signal);
  }

  /**
   * Ends the transport: queued and pausing requests fail with SpotifyError CLIENT_CLOSED, requests in
   * flight are aborted, and an own dispatcher closes its sockets. No timer is left behind.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.unlisten?.();
    for (const waiter of this.queue.splice(0)) waiter.reject(closedError());
    for (const sleeper of this.sleepers) {
      clearTimeout(sleeper.timer);
      sleeper.waiter.reject(closedError());
    }
    this.sleepers.clear();
    this.inFlight.abortAll(new Error('client closed'));
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  /**
   * One attempt, straight on the dispatcher (no body stream, no AbortController): the answer is
   * collected into one buffer. Our own timer bounds the attempt as a whole, since undici's header
   * and body timeouts only see pauses. The attempt is one object (an Attempt: the handler, the timer's
   * argument and the abort listener at once), not a set of closures made for every call.
   */
  private attempt(req: TransportRequest): Promise<TransportResponse> {
    if (this.closed) return Promise.reject(closedError());
    // Aborted while it waited for its slot: it leaves without being sent.
    if (req.signal?.aborted) return Promise.reject(abortedError());
    return new Promise((resolve, reject) => {
      const url = req.url;
      const at = url.indexOf('/', url.indexOf('//') + 2);
      const attempt = new Attempt(this, this.inFlight, req.signal, resolve, reject);
      try {
        this.dispatcher.dispatch(
          {
            origin: at < 0 ? url : url.slice(0, at),
            path: at < 0 ? '/' : url.slice(at),
            method: req.method as Dispatcher.HttpMethod,
            headers: req.headers ?? {},
            body: req.body ?? null,
            headersTimeout: this.timeoutMs,
            bodyTimeout: this.timeoutMs,
          },
          attempt,
        );
      } catch (error) {
        attempt.finish(asError(error));
      }
    });
  }

  /** Full jitter: a uniform wait between 0 and the capped exponential step. */
  private backoff(failures: number): number {
    const step = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (failures - 1));
    return Math.random() * step;
  }

  /**
   * Pauses the requests of `app` (TransportRequest.rateLimitApp; undefined: the client's own, whose
   * pause other processes hear of) for `retryAfterSeconds`, unless a later pause holds them already.
   */
  private pause(retryAfterSeconds: number, reason: string | undefined, app: string | undefined): void {
    const until = Date.now() + retryAfterSeconds * 1000;
    if (app !== undefined) {
      const known = this.otherPauses.get(app);
      if (until > Date.now() && (known === undefined || until > known.until))
        this.otherPauses.set(app, { until, reason });
      return;
    }
    this.pauseUntil(until, reason);
    this.sharedPause?.announce(until, reason);
  }

  /** Whether a pause may hold `req` (its app's: see TransportRequest.rateLimitApp); cheap, no clock read. */
  private mayHold(req: TransportRequest): boolean {
    return req.rateLimitApp === undefined
      ? this.pausedUntil > 0 || this.sharedUntil > 0
      : this.otherPauses.size > 0;
  }

  /**
   * The pause in force now for the requests of `app` (see pause), undefined when none: the client's
   * own, or the shared one when it ends later; an ended one is forgotten.
   */
  private pauseOf(app: string | undefined, now: number): Pause | undefined {
    if (app !== undefined) {
      const known = this.otherPauses.get(app);
      if (known !== undefined && known.until <= now) this.otherPauses.delete(app);
      return known !== undefined && known.until > now ? known : undefined;
    }
    if (this.pausedUntil <= now) this.pausedUntil = 0;
    if (this.sharedUntil <= now) this.sharedUntil = 0;
    if (this.sharedUntil > this.pausedUntil) return { until: this.sharedUntil, reason: this.sharedReason };
    return this.pausedUntil > 0 ? { until: this.pausedUntil, reason: this.pauseReason } : undefined;
  }

  /** Holds every request until `until` (epoch ms), unless a later pause holds already. */
  private pauseUntil(until: number, reason: string | undefined): void {
    if (until > this.pausedUntil && until > Date.now()) {
      this.pausedUntil = until;
      this.pauseReason = reason;
    }
  }

  /**
   * Every request waits while its app (see TransportRequest.rateLimitApp) is paused by a 429; a pause
   * too long to wait out (beyond maxRetryAfter, or ending after `req`'s deadline) throws, and so does
   * any pause when `wait` is false (see TransportRequest.waitOutRateLimit). An abort of `req` ends the wait.
   */
  private async waitOutPause(wait: boolean, req: TransportRequest): Promise<void> {
    if (this.closed) throw closedError();
    for (;;) {
      const now = Date.now();
      const pause = this.pauseOf(req.rateLimitApp, now);
      if (pause === undefined) return;
      const remaining = pause.until - now;
      if (!wait || remaining > this.maxRetryAfter * 1000 || !fitsDeadline(req, remaining)) {
        // Not sent: the pause answers for Spotify.
        throw new RateLimitExceeded(Math.ceil(remaining / 1000), pause.reason, { answered: false });
      }
      await this.sleep(remaining, req.signal);
    }
  }

  /** A free slot; while every slot is taken, a place in the queue that `signal` takes it out of. */
  private acquire(signal: AbortSignal | undefined): Promise<void> {
    if (this.closed) return Promise.reject(closedError());
    if (this.active < this.requestLimit) {
      this.active += 1;
      return Promise.resolve();
    }
    if (signal === undefined) return new Promise((resolve, reject) => this.queue.push({ resolve, reject }));
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        reject(abortedError());
      };
      const waiter: Waiter = {
        resolve: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
        reject: (error) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      if (signal.aborted) {
        reject(abortedError());
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.queue.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next) next.resolve();
    else this.active -= 1;
  }

  /** Waits `ms`; rejects at once when the client closes (CLIENT_CLOSED) or `signal` aborts (ABORTED). */
  private sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.closed) return Promise.reject(closedError());
    if (signal?.aborted) return Promise.reject(abortedError());
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        clearTimeout(sleeper.timer);
        this.sleepers.delete(sleeper);
        reject(abortedError());
      };
      const sleeper = {
        timer: setTimeout(() => {
          this.sleepers.delete(sleeper);
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, ms),
        waiter: {
          resolve,
          reject: (error: Error) => {
            signal?.removeEventListener('abort', onAbort);
            reject(error);
          },
        },
      };
      this.sleepers.add(sleeper);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/**
 * The attempts of one Transport on the wire, oldest first, and one timer for all of them: every
 * attempt has the same timeout, so their deadlines come in the order they started, and the timer
 * waits for the oldest one's. An attempt that ends in time costs no timer of its own (a setTimeout
 * and a clearTimeout for each call were a measurable part of the client's own cost per request).
 *
 * The attempts form a doubly linked list through their own `older`/`newer` fields: adding and
 * removing one allocates nothing and is O(1). A Set of them held each attempt from a table that
 * outlives it and grew and shrank its backing store under load (issue 11: GC cost per request).
 */
class InFlight {
  private oldest: Attempt | undefined = undefined;
  private newest: Attempt | undefined = undefined;
  private timer: NodeJS.Timeout | undefined = undefined;

  /** `timeoutMs`: the timeout of every attempt, in milliseconds. */
  constructor(private readonly timeoutMs: number) {}

  /** Adds an attempt that starts now; answers its deadline (epoch ms). */
  add(attempt: Attempt): number {
    const deadline = Date.now() + this.timeoutMs;
    attempt.listed = true;
    attempt.older = this.newest;
    if (this.newest === undefined) this.oldest = attempt;
    else this.newest.newer = attempt;
    this.newest = attempt;
    if (this.timer === undefined) this.timer = setTimeout(sweepInFlight, this.timeoutMs, this);
    return deadline;
  }

  /** Removes an attempt that ended (once; a second call does nothing); the timer goes with the last one. */
  delete(attempt: Attempt): void {
    if (!attempt.listed) return;
    attempt.listed = false;
    const { older, newer } = attempt;
    if (older === undefined) this.oldest = newer;
    else older.newer = newer;
    if (newer === undefined) this.newest = older;
    else newer.older = older;
    attempt.older = undefined;
    attempt.newer = undefined;
    if (this.oldest === undefined && this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  /** Aborts every attempt on the wire (the transport closes). */
  abortAll(reason: Error): void {
    const all: Attempt[] = [];
    for (let at = this.oldest; at !== undefined; at = at.newer) all.push(at);
    for (const attempt of all) attempt.abort(reason);
  }

  /** The timer ran: times out every attempt past its deadline, then waits for the oldest left. */
  sweep(): void {
    this.timer = undefined;
    const now = Date.now();
    let attempt = this.oldest;
    while (attempt !== undefined) {
      if (attempt.deadline > now) {
        this.timer = setTimeout(sweepInFlight, attempt.deadline - now, this);
        return;
      }
      const newer = attempt.newer;
      attempt.timeOut();
      // An attempt that ended meanwhile has left the list: start again from the oldest (those timed
      // out already and not yet ended are passed over, timeOut acts once).
      attempt = newer === undefined || newer.listed ? newer : this.oldest;
    }
  }
}

/** The InFlight timer's callback: a module function with its argument, no closure. */
function sweepInFlight(inFlight: InFlight): void {
  inFlight.sweep();
}

/**
 * The Content-Type in undici's raw header list (name, value, name, value ...), found without parsing
 * the rest: the body's charset (bodyText) is needed for every answer. Undefined when there is none.
 */
function rawContentType(rawHeaders: readonly Buffer[]): string | undefined {
  for (let at = 0; at + 1 < rawHeaders.length; at += 2) {
    const name = rawHeaders[at]!;
    if (name.length === 12 && name.toString('latin1').toLowerCase() === 'content-type') {
      return rawHeaders[at + 1]!.toString('latin1');
    }
  }
  return undefined;
}

/**
 * A Transport's answer: the status and the body's text at once (decoded by its charset, bodyText), the headers parsed from undici's raw
 * header list only when read (a Retry-After, a content type, a Location: most answers need none).
 */
class Answer implements TransportResponse {
  private parsed: TransportResponse['headers'] | undefined = undefined;

  constructor(
    readonly status: number,
    private readonly rawHeaders: Buffer[],
    readonly text: string,
  ) {}

  get headers(): TransportResponse['headers'] {
    this.parsed ??= undiciUtil.parseHeaders(this.rawHeaders);
    return this.parsed;
  }
}

/**
 * One attempt of a Transport on its dispatcher: undici's handler for it and the listener of its
 * signal's abort, in one object per attempt (no closures made per call); InFlight times it out. It
 * settles once: with the answer (status, headers, the body's text), or with SpotifyAPIError
 * BAD_RESPONSE (a body over maxAnswerBytes), RequestTimeout,
 * SpotifyNetworkError, SpotifyError ABORTED (the signal) or CLIENT_CLOSED (the transport closed).
 *
 * The handler is on undici's first handler interface (onConnect, onHeaders, onData, onComplete,
 * onError), the one undici's own `request()` is built on. undici 7 marks it deprecated in its types
 * but takes it as it is, while a handler on the newer interface (onRequestStart ...) is wrapped for
 * every request in an adapter and a controller, with the response headers and trailers parsed into
 * objects: about 2 us a call, measured against `request()` on the same dispatcher.
 */
class Attempt implements Dispatcher.DispatchHandler {
  private chunks: Buffer[] = [];
  /** Bytes of the body read so far; past the transport's maxAnswerBytes the attempt is cut. */
  private bytes = 0;
  private status = 0;
  private rawHeaders: Buffer[] = [];
  /** undici's abort of this request, once it is on a connection. */
  private cut: ((reason: Error) => void) | undefined = undefined;
  private timedOut = false;
  private settled = false;
  /** Epoch ms after which the attempt is cut (RequestTimeout). */
  readonly deadline: number;
  /** Its place in InFlight's list: whether it is in it, and its neighbours there. */
  listed = false;
  older: Attempt | undefined = undefined;
  newer: Attempt | undefined = undefined;

  constructor(
    private readonly transport: Transport,
    private readonly inFlight: InFlight,
    private readonly signal: AbortSignal | undefined,
    private readonly resolve: (response: TransportResponse) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.deadline = inFlight.add(this);
    signal?.addEventListener('abort', this, { once: true });
  }

  /** The signal's abort (this object is its listener). */
  handleEvent(): void {
    this.abort(abortedError());
  }

  /** The attempt outlasted its timeout (once: an attempt cut but not yet ended is left alone). */
  timeOut(): void {
    if (this.timedOut) return;
    this.timedOut = true;
    this.abort(new Error('request timeout'));
  }

  /** Cuts the attempt: on the wire through undici's abort, else (not started yet) at once. */
  abort(reason: Error): void {
    if (this.cut) this.cut(reason);
    else this.finish(reason);
  }

  /** Settles the attempt (once): with the answer when `error` is undefined, else with a typed error. */
  finish(error: Error | undefined): void {
    if (this.settled) return;
    this.settled = true;
    this.inFlight.delete(this);
    this.signal?.removeEventListener('abort', this);
    if (error instanceof SpotifyAPIError) this.reject(error);
    else if (!error) {
      const chunks = this.chunks;
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      this.resolve(new Answer(this.status, this.rawHeaders, bodyText(body, rawContentType(this.rawHeaders))));
    } else if (this.transport.isClosed) this.reject(closedError());
    else if (this.timedOut || isUndiciTimeout(error))
      this.reject(new RequestTimeout(this.transport.requestTimeout, error));
    else this.reject(new SpotifyNetworkError('The connection to Spotify failed', error));
  }

  onConnect(abort: (reason?: Error) => void): void {
    this.cut = abort;
    if (this.timedOut || this.transport.isClosed) abort(new Error('aborted before start'));
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[]): boolean {
    this.status = statusCode;
    this.rawHeaders = rawHeaders;
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.bytes += chunk.length;
    if (this.bytes > this.transport.maxAnswerBytes) {
      // Settled first (so the cut's error is not taken for a network failure), then cut: undici
      // closes the connection and reads no more of the body.
      this.chunks = [];
      this.finish(tooLargeError(this.status, this.transport.maxAnswerBytes));
      this.cut?.(new Error('answer too large'));
      return false;
    }
    this.chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    this.finish(undefined);
  }

  onError(error: Error): void {
    this.finish(error);
  }
}

/**
 * The BAD_RESPONSE of an answer (HTTP `status`) whose body passed `limit` bytes: its size in MiB, never
 * its text.
 */
function tooLargeError(status: number, limit: number): SpotifyAPIError {
  const mib = Number((limit / (1024 * 1024)).toFixed(3));
  return new SpotifyAPIError(`Spotify's answer was over ${mib} MiB; the client reads no more of one answer`, {
    status,
    code: 'BAD_RESPONSE',
  });
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new SpotifyError(`${name} must be a positive integer`);
  return value;
}

function positiveNumber(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new SpotifyError(`${name} must be a positive number`);
  return value;
}

function nonNegativeNumber(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) throw new SpotifyError(`${name} must not be negative`);
  return value;
}

/**
 * Whether a decode `error` of `response` is worth sending `req` again: a BAD_RESPONSE (truncated or
 * garbled body) of a `retriable` request, unless the answer was a 2xx to a write.
 */
function brokenBodyRetriable(
  req: TransportRequest,
  response: TransportResponse,
  retriable: boolean,
  error: unknown,
): boolean {
  // A 2xx to a write proves Spotify applied it: sending it again cannot make its body readable
  // and applies it again (idempotent or not), so only a read is repeated for a broken body.
  const appliedWrite = response.status < 300 && req.method !== 'GET' && req.method !== 'HEAD';
  return !appliedWrite && retriable && error instanceof SpotifyAPIError && error.code === 'BAD_RESPONSE';
}
