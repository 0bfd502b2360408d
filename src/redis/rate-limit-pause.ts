import type { Redis } from 'ioredis';
import type { SharedRateLimitPause } from '../spotify/transport.js';
import { redisTimeoutMs } from './connection.js';

type Listener = (untilMs: number, reason: string | undefined) => void;

/** The longest pause an instance takes from Redis, in ms (1 hour): a longer one is cut to this. */
export const DEFAULT_MAX_SHARED_PAUSE_MS = 60 * 60 * 1000;

/** How often, in ms, an instance paused through Redis reads the key again (so deleting it lifts the pause). */
const REFRESH_MS = 5000;

/**
 * Reasons passed on to users as they are (Spotify's own codes); any other stored text is dropped, so
 * whatever is written to Redis never reaches a response.
 */
const KNOWN_REASONS = new Set(['QUOTA_EXCEEDED']);

export interface RedisRateLimitPauseOptions {
  /**
   * Key prefix (default `sg:`; the server passes its deployment's, src/redis/scope.ts): the key
   * `<prefix>rate-limit-pause` and the channel of the same name.
   */
  prefix?: string;
  /** The longest pause honoured, in ms (default DEFAULT_MAX_SHARED_PAUSE_MS, 1 hour). */
  maxPauseMs?: number;
}

/**
 * Spotify's rate-limit pause shared by every instance of one app: a 429 with Retry-After seen by one
 * instance pauses all of them until then. The pause is a key with a PX expiry holding
 * `{ until (epoch ms), reason }` and a pub/sub message on the channel of the same name. The key is
 * the truth: a message (whatever it says) only makes instances read the key again, and while an
 * instance is paused it reads the key every 5 s, so deleting the key lifts the pause everywhere. A
 * pause lasts at most until the key expires and at most `maxPauseMs`; a key with no expiry, or a longer
 * one, is given that bound (PEXPIRE). The stored reason is passed on only if it is one of Spotify's
 * codes (QUOTA_EXCEEDED). Instances' clocks are assumed in sync (NTP). While Redis is down each
 * instance keeps the pause it knew and its own.
 */
export class RedisRateLimitPause implements SharedRateLimitPause {
  private readonly listeners = new Set<Listener>();
  private known: { until: number; reason: string | undefined } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly key: string,
    private readonly maxPauseMs: number,
  ) {}

  /**
   * Subscribes (on a duplicate of `redis`, which close() ends) and reads a pause already in force.
   * Answers once the subscription is made (or, with Redis down or silent, after its command timeout:
   * it is made when Redis is back), so a pause announced after start is heard. Every (re)connection
   * of the subscriber subscribes again and reads the key, so a pause announced while the subscriber
   * was away is not missed.
   */
  static async start(redis: Redis, options: RedisRateLimitPauseOptions = {}): Promise<RedisRateLimitPause> {
    const key = `${options.prefix ?? 'sg:'}rate-limit-pause`;
    const maxPauseMs = Math.max(1, options.maxPauseMs ?? DEFAULT_MAX_SHARED_PAUSE_MS);
    // Commands wait for the connection instead of failing at once: ioredis resubscribes by itself after
    // a reconnection, and with the offline queue off that resubscription could reject unhandled.
    const subscriber = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    subscriber.on('error', () => {});
    const pause = new RedisRateLimitPause(redis, subscriber, key, maxPauseMs);
    subscriber.on('message', (channel: string) => {
      if (channel === key) void pause.refresh();
    });
    const subscribe = (): Promise<void> =>
      subscriber.subscribe(key).then(
        () => pause.refresh(),
        () => {},
      );
    // Every connection subscribes (again): a SUBSCRIBE queued while Redis was down may have timed out,
    // and what was announced meanwhile is read from the key.
    subscriber.on('ready', () => void subscribe());
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      subscribe(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, redisTimeoutMs(redis));
      }),
    ]);
    clearTimeout(timer);
    return pause;
  }

  announce(untilMs: number, reason: string | undefined): void {
    const ttl = Math.min(Math.ceil(untilMs - Date.now()), this.maxPauseMs);
    if (ttl <= 0) return;
    const message = JSON.stringify({ until: untilMs, reason: reason ?? null });
    // The key keeps the latest pause; a shorter one announced meanwhile does not matter much: the
    // announcing instance keeps its own pause from Spotify either way.
    this.redis.set(this.key, message, 'PX', ttl).catch(() => {});
    this.redis.publish(this.key, message).catch(() => {});
  }

  listen(pause: Listener): () => void {
    this.listeners.add(pause);
    if (this.known && this.known.until > Date.now()) pause(this.known.until, this.known.reason);
    return () => this.listeners.delete(pause);
  }

  /** Ends the subscription (the shared connection stays with its owner). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
    this.subscriber.disconnect();
  }

  /** Reads the key and its expiry, and tells the listeners the pause now in force (0: none). Never throws. */
  private async refresh(): Promise<void> {
    let text: string | null;
    let pttl: number;
    try {
      [text, pttl] = await Promise.all([this.redis.get(this.key), this.redis.pttl(this.key)]);
    } catch {
      // Redis unavailable: keep what is known; read again with the next message, tick or reconnection.
      this.schedule();
      return;
    }
    if (this.closed) return;
    this.apply(this.parse(text, pttl));
  }

  /** The pause a key's text and PTTL (ms; -1 without expiry) say, bounded; undefined when none. */
  private parse(
    text: string | null,
    pttl: number,
  ): { until: number; reason: string | undefined } | undefined {
    if (text === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { until, reason } = parsed as { until?: unknown; reason?: unknown };
    const now = Date.now();
    if (typeof until !== 'number' || !Number.isFinite(until) || until <= now) return undefined;
    const bound = now + (pttl > 0 ? Math.min(pttl, this.maxPauseMs) : this.maxPauseMs);
    if (pttl < 0 || pttl > this.maxPauseMs) {
      // No expiry, or one past the bound: the key lapses with the pause this instance honours.
      this.redis.pexpire(this.key, Math.max(1, Math.min(until, bound) - now)).catch(() => {});
    }
    const known = typeof reason === 'string' && KNOWN_REASONS.has(reason) ? reason : undefined;
    return { until: Math.min(until, bound), reason: known };
  }

  private apply(next: { until: number; reason: string | undefined } | undefined): void {
    const before = this.known;
    this.known = next;
    if (before?.until !== next?.until || before?.reason !== next?.reason) {
      for (const listener of this.listeners) listener(next?.until ?? 0, next?.reason);
    }
    this.schedule();
  }

  /** While a pause is known, reads the key again in REFRESH_MS (or when the pause ends, if sooner). */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed || !this.known) return;
    const wait = Math.max(1, Math.min(REFRESH_MS, this.known.until - Date.now()));
    this.timer = setTimeout(() => void this.refresh(), wait);
    this.timer.unref();
  }
}
