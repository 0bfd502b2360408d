import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/redis/envelope.js';
import { MessageSigner } from '../../src/redis/message-signing.js';
import { RedisPlayerCoordination } from '../../src/redis/player-coordination.js';
import type { PlayerMessage } from '../../src/resolvers/player-coordination.js';
import { startTestRedis, type TestRedis, testKeys } from '../helpers/redis.js';
import { waitFor } from '../helpers/subscriptions.js';

/**
 * Anything can be PUBLISHed on the player channels by any client of the Redis server. A message that
 * is not JSON, or not an envelope of a known kind, is dropped: it once threw inside the subscriber's
 * event handler and ended every instance at once.
 */

const HOSTILE = [
  'garbage',
  '',
  'null',
  '7',
  '[]',
  '{"x":1}',
  '{"from":"x"}',
  '{"from":"x","message":null}',
  '{"from":"x","message":{"kind":"nope"}}',
  '{"from":"x","message":{"kind":"session-ended"}}',
  '{"from":"x","message":{"kind":"error","error":"pwned"}}',
  '{"from":7,"message":{"kind":"poll"}}',
  '{"from":"x","channel":"c","message":{"kind":"poll"}}',
  '{"from":"x","channel":"c","sentAt":"now","message":{"kind":"poll"}}',
  '{"from":"x","channel":"c","sentAt":1,"message":{"kind":"poll"}}',
  '{"from":"x","channel":"c","sentAt":1,"seq":0,"message":{"kind":"poll"}}',
  '{"from":"x","channel":"c","sentAt":1,"seq":1.5,"message":{"kind":"poll"}}',
];

describe('hostile messages on the player channels', () => {
  let redis: TestRedis;
  let publisher: Redis;
  let coordination: RedisPlayerCoordination;

  beforeAll(async () => {
    redis = await startTestRedis();
    publisher = redis.client();
    coordination = new RedisPlayerCoordination(redis.client(), testKeys(), {
      prefix: 'sg:hostile:',
      instanceId: 'me',
    });
  });
  afterAll(async () => {
    await coordination?.close();
    publisher?.disconnect();
    await redis?.stop();
  });

  it('parses every malformed text to null, never throwing', () => {
    for (const text of HOSTILE) expect(parseEnvelope(text), text).toBeNull();
    expect(
      parseEnvelope(
        '{"from":"x","channel":"c","sentAt":1,"seq":3,"message":{"kind":"session-ended","sessionId":"ab"}}',
      ),
    ).toEqual({
      from: 'x',
      channel: 'c',
      sentAt: 1,
      seq: 3,
      message: { kind: 'session-ended', sessionId: 'ab' },
    });
  });

  it('drops malformed messages on the sessions and player channels, and still hears the signed ones after them', async () => {
    const ended: string[] = [];
    coordination.onSessionEnded((sessionId) => ended.push(sessionId));
    const received: PlayerMessage[] = [];
    const channel = coordination.join('alice', 'state', (message) => received.push(message));
    try {
      const subscribed = async (name: string): Promise<boolean> =>
        ((await publisher.call('PUBSUB', 'NUMSUB', name)) as [string, number])[1] > 0;
      await waitFor(
        async () =>
          (await subscribed('sg:hostile:player:sessions-ended')) &&
          (await subscribed('sg:hostile:player:state:alice')),
        () => 'the coordination subscribed to both channels',
      );
      // Signed or not: a signature vouches for the text, not for its shape.
      const signer = new MessageSigner(testKeys());
      for (const text of HOSTILE) {
        for (const channel of ['sg:hostile:player:sessions-ended', 'sg:hostile:player:state:alice']) {
          await publisher.publish(channel, text);
          await publisher.publish(channel, `${signer.stringify(text).split('.')[0]}.${text}`);
        }
      }
      const sentAt = Date.now();
      await publisher.publish(
        'sg:hostile:player:sessions-ended',
        signer.stringify({
          from: 'other',
          channel: 'sg:hostile:player:sessions-ended',
          sentAt,
          seq: 1,
          message: { kind: 'session-ended', sessionId: 'abc' },
        }),
      );
      await publisher.publish(
        'sg:hostile:player:state:alice',
        signer.stringify({
          from: 'other',
          channel: 'sg:hostile:player:state:alice',
          sentAt,
          seq: 2,
          message: { kind: 'poll' },
        }),
      );
      await waitFor(
        () => ended.length > 0 && received.length > 0,
        () => `heard ${ended.length} session ends and ${received.length} player messages`,
      );
      expect(ended).toEqual(['abc']);
      expect(received).toEqual([{ kind: 'poll' }]);
    } finally {
      channel.close();
    }
  });
});
