/**
 * Reading the player channels' messages from Redis: anything on a channel is untrusted text (any
 * client of the Redis server can PUBLISH), so a message that is not JSON, or not an envelope of a
 * known kind with the fields that kind needs, is dropped rather than thrown inside the subscriber's
 * event handler, where it would end the process.
 */

import type { PlayerErrorMessage, PlayerMessage } from '../resolvers/player-coordination.js';
import { isObject } from '../spotify/json-object.js';

/** A session ended on some instance: its streams end everywhere. `sessionId` is a SHA-256 hex id. */
export interface SessionEndedMessage {
  kind: 'session-ended';
  sessionId: string;
}

/**
 * What an instance publishes: who sent it (instance id), on which channel and when (epoch ms; a signed
 * message replayed on another channel, or long after, is refused: see message-signing.ts), its number
 * among what that instance published (`seq`, from 1; a message not above the last one honoured from
 * its sender is a replay: see message-order.ts), and the message.
 */
export interface Envelope {
  from: string;
  channel: string;
  sentAt: number;
  seq: number;
  message: PlayerMessage | SessionEndedMessage;
}

const isErrorMessage = (value: unknown): value is PlayerErrorMessage =>
  isObject(value) && typeof value.message === 'string' && isObject(value.extensions);

/** A credential digest (credentialDigest: SHA-256 in base64url). */
const isDigest = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);

/** The message of a known kind with the fields it needs, or undefined. */
function messageOf(value: unknown): Envelope['message'] | undefined {
  if (!isObject(value)) return undefined;
  switch (value.kind) {
    case 'value':
      if (!('value' in value)) return undefined;
      return isDigest(value.verified)
        ? { kind: 'value', value: value.value, verified: value.verified }
        : { kind: 'value', value: value.value };
    case 'refused':
      return isDigest(value.credential) ? { kind: 'refused', credential: value.credential } : undefined;
    case 'error':
      return isErrorMessage(value.error) ? { kind: 'error', error: value.error } : undefined;
    case 'poll':
    case 'released':
      return { kind: value.kind };
    case 'session-ended':
      return typeof value.sessionId === 'string'
        ? { kind: 'session-ended', sessionId: value.sessionId }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * Parses one published text into an Envelope; null for anything else (not JSON, not an object, an
 * unknown kind, a missing field). Never throws. It reads the text a signature vouches for
 * (src/redis/message-signing.ts), which is what yoga's Redis event target hands on.
 */
export function parseEnvelope(text: string): Envelope | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || typeof value.from !== 'string' || typeof value.channel !== 'string') return null;
  if (typeof value.sentAt !== 'number' || !Number.isFinite(value.sentAt)) return null;
  if (!Number.isSafeInteger(value.seq) || (value.seq as number) < 1) return null;
  const message = messageOf(value.message);
  return message === undefined
    ? null
    : { from: value.from, channel: value.channel, sentAt: value.sentAt, seq: value.seq as number, message };
}
