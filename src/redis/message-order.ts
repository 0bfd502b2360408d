/**
 * Ordering the player channels' messages per sender: a signature (message-signing.ts) proves an
 * instance of the deployment wrote a message, not that it is the first time it arrives. Anyone who can
 * PUBLISH may repeat a captured signed message within its 60 s window: a `poll` request repeated costs
 * a Spotify call per copy, a reading repeated moves subscribers back in time. So every instance numbers
 * what it publishes (`seq`, 1, 2, 3, ... per process: each process has an instance id of its own), and
 * a receiver honours a message only when its number is above the last one it honoured from that sender.
 * Redis delivers one connection's PUBLISHes to a subscriber in the order they were sent, so honest
 * messages always arrive in rising order; a repeat, or an older message, does not.
 */
import { LRUCache } from 'lru-cache';
import { MAX_MESSAGE_SKEW_MS, type Received } from './message-signing.js';

/**
 * How many bytes the last-honoured numbers may take, as estimated (the sender id's length plus 64 per
 * entry): 1 MiB, some ten thousand senders. Senders are instances of the deployment (only a signed
 * message adds one), so a few dozen at most in practice; the oldest go first past the bound.
 */
export const SENDER_ORDER_BYTES = 1024 * 1024;

/**
 * A sender unheard of for twice the signature window is forgotten: any message of it that could still
 * verify is newer than the last one honoured (which kept the entry alive), so forgetting loses nothing.
 */
const SENDER_TTL_MS = 2 * MAX_MESSAGE_SKEW_MS;

/**
 * The last sequence number honoured per sender (instance id), bounded in bytes (SENDER_ORDER_BYTES)
 * and time. One per instance, shared by all its channels: a sender's numbers rise across channels.
 */
export class SenderOrder {
  private readonly last = new LRUCache<string, number>({
    maxSize: SENDER_ORDER_BYTES,
    sizeCalculation: (_seq, sender) => sender.length + 64,
    ttl: SENDER_TTL_MS,
  });

  /**
   * `received` when it is a message never honoured before from its sender and newer than the last one
   * honoured; `{ dropped: 'replayed' }` when its `seq` is not above that one. Dropped messages pass
   * through unchanged. Call it once per message as it arrives (not per listener).
   */
  admit(received: Received): Received {
    if ('dropped' in received) return received;
    const last = this.last.get(received.from);
    if (last !== undefined && received.seq <= last) return { dropped: 'replayed' };
    this.last.set(received.from, received.seq);
    return received;
  }
}

/** Numbers what one instance publishes: 1, 2, 3, ... (safe integers for 285 years at a million a second). */
export class SequenceCounter {
  private value = 0;

  next(): number {
    this.value += 1;
    return this.value;
  }
}
