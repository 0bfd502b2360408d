/**
 * Authenticating what instances publish to each other on Redis: any client of the Redis server can
 * PUBLISH on our channels, so a message counts only when it carries an HMAC-SHA256 made with a key
 * derived from ENCRYPTION_KEY (which every instance of a deployment shares, and which Redis never sees).
 * The signed text is `<mac>.<json>`: the MAC (base64url) covers the JSON, which names its channel and
 * when it was sent, so a message cannot move to another user's channel nor be replayed much later.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Envelope, parseEnvelope } from './envelope.js';

/** The HKDF `info` of the channel key: what it is for (a new format takes a new name). */
const CHANNEL_KEY_INFO = 'spotify-graphql redis channels v1';
/** An HMAC-SHA256 in base64url: 43 characters. */
const MAC_CHARS = 43;

/**
 * Why a message was dropped: `unsigned` (no MAC: a hand-written PUBLISH, or an instance of an older
 * version), `forged` (a MAC that no listed key made: another key, or a changed text), `malformed`
 * (signed, yet not an envelope this version reads), `misrouted` (signed for another channel), `stale`
 * (sent more than MAX_MESSAGE_SKEW_MS from this instance's clock: a replay, or clocks that disagree),
 * `replayed` (signed and recent, but not newer than the last message honoured from its sender: a copy
 * published again, see message-order.ts).
 */
export type DropReason = 'unsigned' | 'forged' | 'malformed' | 'misrouted' | 'stale' | 'replayed';

/** What the event target hands a listener: a verified envelope, or why the message was dropped. */
export type Received = Envelope | { dropped: DropReason };

/** Where the channel key comes from: the deployment's KeyRing (src/auth/crypto.ts) has this method. */
export interface ChannelKeySource {
  /** 32-byte keys for the purpose `info`, the writing key's first. */
  derive(info: string): Buffer[];
}

/** How far a message's `sentAt` may be from the receiving instance's clock, ms (either way). */
export const MAX_MESSAGE_SKEW_MS = 60_000;

/**
 * Signs and verifies channel messages with keys derived from the deployment's KeyRing (the first
 * derived key signs; every one verifies, so a key rotation loses no message). Used as the serializer
 * of graphql-yoga's Redis event target. Never throws on input.
 */
export class MessageSigner {
  private readonly keys: readonly Buffer[];

  constructor(ring: ChannelKeySource) {
    this.keys = ring.derive(CHANNEL_KEY_INFO);
  }

  /** `<mac>.<json of envelope>`, the MAC made with the writing key (`envelope`: what this instance publishes). */
  stringify(envelope: unknown): string {
    const json = JSON.stringify(envelope);
    return `${this.mac(this.keys[0] as Buffer, json)}.${json}`;
  }

  /**
   * The envelope of a signed text, or why it is dropped (see DropReason; `misrouted` and `stale` need
   * the channel and the clock: `check` tells them).
   */
  parse(text: string): Received {
    if (text.charAt(MAC_CHARS) !== '.' || !/^[A-Za-z0-9_-]+$/.test(text.slice(0, MAC_CHARS)))
      return { dropped: 'unsigned' };
    const given = Buffer.from(text.slice(0, MAC_CHARS), 'base64url');
    const json = text.slice(MAC_CHARS + 1);
    const signed = this.keys.some((key) => {
      const expected = Buffer.from(this.mac(key, json), 'base64url');
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
    if (!signed) return { dropped: 'forged' };
    return parseEnvelope(json) ?? { dropped: 'malformed' };
  }

  private mac(key: Buffer, json: string): string {
    return createHmac('sha256', key).update(json, 'utf8').digest('base64url');
  }
}

/**
 * What a listener on `channel` may use of `received` at `now` (epoch ms): the envelope when it was
 * signed for this channel within MAX_MESSAGE_SKEW_MS, else why it is dropped. A `null` (yoga's event
 * target makes one of an empty message) is `unsigned`.
 */
export function checkReceived(received: Received | null, channel: string, now: number): Received {
  if (received === null) return { dropped: 'unsigned' };
  if ('dropped' in received) return received;
  if (received.channel !== channel) return { dropped: 'misrouted' };
  if (Math.abs(now - received.sentAt) > MAX_MESSAGE_SKEW_MS) return { dropped: 'stale' };
  return received;
}
