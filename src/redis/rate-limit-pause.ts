import type { Redis } from 'ioredis';
import type { SharedRateLimitPause } from '../spotify/transport.js';

type Listener = (untilMs: number, reason: string | undefined) => void;

export interface RedisRateLimitPauseOptions {
  /** Key prefix (default `sg:`; the server passes its deployment's, src/redis/scope.ts): the key `<prefix>rate-limit-pause` and the channel of the same name. */
  prefix?: string;
}

/**
 * Spotify's rate-limit pause shared by every instance of one app: a 429 with Retry-After seen by one
 * instance pauses all of them until then. The pause is a key with a PX expiry (read at start, so an
 * instance started during a pause honours it) and a pub/sub message (so running instances learn it at
 * once). Both carry `{ until (epoch ms), reason }`; instances' clocks are assumed in sync (NTP). While
 * Redis is down each instance keeps its own pause only.
 */
export class RedisRateLimitPause implements SharedRateLimitPause {
  private readonly listeners = new Set<Listener>();
  private known: { until: number; reason: string | undefined } | undefined;

  private constructor(
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly key: string,
  ) {}

  /** Subscribes (on a duplicate of `redis`, which close() ends) and reads a pause already in force. */
  static async start(redis: Redis, options: RedisRateLimitPauseOptions = {}): Promise<RedisRateLimitPause> {
    const key = `${options.prefix ?? 'sg:'}rate-limit-pause`;
    // Commands wait for the connection instead of failing at once: ioredis resubscribes by itself after
    // a reconnection, and with the offline queue off that resubscription could reject unhandled.
    const subscriber = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    subscriber.on('error', () => {});
    const pause = new RedisRateLimitPause(redis, subscriber, key);
    subscriber.on('message', (channel: string, message: string) => {
      if (channel === key) pause.receive(message);
    });
    // Redis down at start: the subscription waits in the offline queue and is made once Redis is back;
    // until then the pause is local.
    subscriber.subscribe(key).catch(() => {});
    try {
      const current = await redis.get(key);
      if (current !== null) pause.receive(current);
    } catch {
      // Read again with the next pause announced.
    }
    return pause;
  }

  announce(untilMs: number, reason: string | undefined): void {
    const ttl = Math.ceil(untilMs - Date.now());
    if (ttl <= 0) return;
    const message = JSON.stringify({ until: untilMs, reason: reason ?? null });
    // The key keeps the latest pause; a shorter one announced meanwhile does not matter much: every
    // instance keeps the longest it heard of.
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
    this.listeners.clear();
    this.subscriber.disconnect();
  }

  private receive(message: string): void {
    let parsed: { until?: unknown; reason?: unknown };
    try {
      parsed = JSON.parse(message) as { until?: unknown; reason?: unknown };
    } catch {
      return;
    }
    if (typeof parsed.until !== 'number' || parsed.until <= Date.now()) return;
    const reason = typeof parsed.reason === 'string' ? parsed.reason : undefined;
    if (!this.known || parsed.until > this.known.until) this.known = { until: parsed.until, reason };
    for (const listener of this.listeners) listener(parsed.until, reason);
  }
}
