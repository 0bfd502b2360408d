import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type {
  PlayerChannel,
  PlayerCoordination,
  PlayerMessage,
  PlayerResource,
} from '../resolvers/player-coordination.js';
import { redisReady } from './connection.js';
import { DroppedMessageLog, type WarnLog } from './dropped-messages.js';
import type { Envelope, SessionEndedMessage } from './envelope.js';
import { SenderOrder, SequenceCounter } from './message-order.js';
import { type ChannelKeySource, checkReceived, MessageSigner, type Received } from './message-signing.js';
import { PollLease, type StaleLeaseReason } from './poll-lease.js';

/** A message on one of our channels, as yoga's event target hands it on (checked: see accept). */
type EnvelopeEvent = CustomEvent<Received | null>;

const RESOURCES: readonly PlayerResource[] = ['state', 'devices', 'queue'];

export interface RedisPlayerCoordinationOptions {
  /** Key and channel prefix (default `sg:`; the server passes its deployment's, src/redis/scope.ts): leases `<prefix>player-lease:<resource>:<user>`, channels `<prefix>player:<resource>:<user>`. */
  prefix?: string;
  /** This instance's id in leases (default `<hostname>:<pid>:<random>`, so an operator sees who polls). */
  instanceId?: string;
  /** Where dropped messages are reported (once per kind: see DroppedMessageLog); default nowhere. */
  warn?: WarnLog;
}

/**
 * ioredis' publish/subscribe answer promises that yoga's event target does not await: a rejection (Redis
 * down) would be unhandled and end the process. This view of a connection swallows those rejections;
 * messages are then lost, as pub/sub loses them anyway while Redis is down.
 */
function quietPubSub(redis: Redis): Redis {
  return new Proxy(redis, {
    get(target, property, receiver) {
      if (property === 'publish' || property === 'subscribe' || property === 'unsubscribe') {
        return (...args: unknown[]) => {
          const call = Reflect.get(target, property, target) as (...a: unknown[]) => Promise<unknown>;
          return call.apply(target, args).catch(() => undefined);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The player pollers of several instances as one, through Redis: per user and resource, a poll lease
 * (src/redis/poll-lease.ts) says which instance polls Spotify, and graphql-yoga's Redis event target
 * carries each poll's value to every instance that has subscribers for that user, which diffs it per
 * view and delivers the real changes. So a user's player costs one Spotify call per interval however
 * many instances hold their subscribers. The holder extends its lease on each poll; when it dies the
 * lease lapses and the next instance with subscribers claims it on its next tick.
 *
 * Redis down: `claim` answers true (each instance polls for its own subscribers) and messages are
 * lost; once Redis is back, one instance wins the lease again and the others go back to listening.
 */
export class RedisPlayerCoordination implements PlayerCoordination {
  readonly instanceId: string;
  private readonly prefix: string;
  private readonly subscriber: Redis;
  private readonly events: ReturnType<typeof createRedisEventTarget<EnvelopeEvent>>;
  private readonly dropped: DroppedMessageLog;
  /** Stale leases taken over (once per resource and reason, as dropped messages are). */
  private readonly takeovers: DroppedMessageLog<StaleLeaseReason>;
  /** Numbers what this instance publishes; the last number honoured per sender (replays are dropped). */
  private readonly sequence = new SequenceCounter();
  private readonly order = new SenderOrder();
  /** Each message's verdict, decided once however many listeners its channel has here. */
  private readonly verdicts = new WeakMap<Envelope, Received>();

  /**
   * `keys`: the deployment's KeyRing (ENCRYPTION_KEY, the same on every instance): what instances
   * publish is signed with a key derived from it, and only messages so signed for their channel within
   * the last minute are used (src/redis/message-signing.ts); the rest is dropped.
   */
  constructor(
    private readonly redis: Redis,
    private readonly keys: ChannelKeySource,
    options: RedisPlayerCoordinationOptions = {},
  ) {
    this.prefix = options.prefix ?? 'sg:';
    this.dropped = new DroppedMessageLog(options.warn ?? (() => {}));
    this.takeovers = new DroppedMessageLog<StaleLeaseReason>(
      options.warn ?? (() => {}),
      Date.now,
      (reason) =>
        `took over a stale poll lease (${reason}): its value was not a live lease signed by an instance of this deployment`,
      'lease',
    );
    this.instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    // A connection in subscriber mode serves nothing else. Its SUBSCRIBEs wait for the connection
    // (offline queue) rather than fail, and ioredis subscribes again after a reconnect.
    this.subscriber = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    this.subscriber.on('error', () => {});
    this.events = createRedisEventTarget<EnvelopeEvent>({
      publishClient: quietPubSub(redis),
      subscribeClient: quietPubSub(this.subscriber),
      // Whatever is published on a channel is verified and parsed without throwing (never trusted as is).
      serializer: new MessageSigner(keys),
    });
  }

  join(userId: string, resource: PlayerResource, receive: (message: PlayerMessage) => void): PlayerChannel {
    const channel = this.channelOf(userId, resource);
    const lease = new PollLease(
      this.redis,
      `${this.prefix}player-lease:${resource}:${userId}`,
      this.instanceId,
      this.keys,
      (reason) => this.takeovers.note(`player-lease:${resource}`, reason),
    );
    const listener = (event: EnvelopeEvent): void => {
      const envelope = this.accept(event, `player:${resource}`);
      if (envelope !== undefined && envelope.message.kind !== 'session-ended') receive(envelope.message);
    };
    this.events.addEventListener(channel, listener);
    let held = false;
    let closed = false;
    return {
      claim: async (ttlMs) => {
        if (closed) return false;
        if (!redisReady(this.redis)) return true;
        try {
          held = await lease.claim(ttlMs);
        } catch {
          return true;
        }
        // Left while the claim was on its way: give the lease back at once.
        if (closed && held) {
          held = false;
          lease.release().catch(() => {});
          return false;
        }
        return held;
      },
      publish: (message) => {
        if (!closed) this.publish(channel, message);
      },
      close: () => {
        if (closed) return;
        closed = true;
        this.events.removeEventListener(channel, listener);
        if (!held || !redisReady(this.redis)) return;
        lease.release().then(
          (released) => {
            if (released) this.publish(channel, { kind: 'released' });
          },
          () => {},
        );
      },
    };
  }

  pollSoon(userId: string): void {
    for (const resource of RESOURCES) this.publish(this.channelOf(userId, resource), { kind: 'poll' });
  }

  sessionEnded(sessionId: string): void {
    this.publish(this.sessionsChannel(), { kind: 'session-ended', sessionId });
  }

  /** One listener per instance (its PlayerPollers) on the channel `<prefix>player:sessions-ended`. */
  onSessionEnded(listener: (sessionId: string) => void): void {
    this.events.addEventListener(this.sessionsChannel(), (event: EnvelopeEvent) => {
      const envelope = this.accept(event, 'player:sessions-ended');
      if (envelope?.message.kind === 'session-ended') listener(envelope.message.sessionId);
    });
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
  }

  /**
   * The envelope of `event` when another instance of this deployment signed it for this channel lately;
   * undefined for this instance's own messages and for dropped ones (reported once per `kind`).
   */
  private accept(event: EnvelopeEvent, kind: string): Envelope | undefined {
    const checked = this.verdictOf(event);
    if ('dropped' in checked) {
      this.dropped.note(kind, checked.dropped);
      return undefined;
    }
    return checked.from === this.instanceId ? undefined : checked;
  }

  /**
   * Signed for this channel lately (checkReceived), then newer than the last message honoured from its
   * sender (SenderOrder: a copy published again is `replayed`). Decided once per message: yoga's event
   * target hands every listener of a channel the same parsed envelope.
   */
  private verdictOf(event: EnvelopeEvent): Received {
    const detail = event.detail;
    if (detail === null || 'dropped' in detail) return checkReceived(detail, event.type, Date.now());
    let verdict = this.verdicts.get(detail);
    if (verdict === undefined) {
      verdict = this.order.admit(checkReceived(detail, event.type, Date.now()));
      this.verdicts.set(detail, verdict);
    }
    return verdict;
  }

  private sessionsChannel(): string {
    return `${this.prefix}player:sessions-ended`;
  }

  private publish(channel: string, message: PlayerMessage | SessionEndedMessage): void {
    if (!redisReady(this.redis)) return;
    const envelope: Envelope = {
      from: this.instanceId,
      channel,
      sentAt: Date.now(),
      seq: this.sequence.next(),
      message,
    };
    this.events.dispatchEvent(new CustomEvent(channel, { detail: envelope }));
  }

  private channelOf(userId: string, resource: PlayerResource): string {
    return `${this.prefix}player:${resource}:${userId}`;
  }
}
