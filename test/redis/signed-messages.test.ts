import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MessageSigner } from '../../src/redis/message-signing.js';
import { playAlbumAt } from '../emulator/player-fixtures.js';
import type { SignedMessagesStateSubscription } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { type ServeProcess, serveEnv, startServeProcess, useServeProcesses } from '../helpers/processes.js';
import { testKeys } from '../helpers/redis.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Two real `serve` processes start, and events are awaited with generous deadlines.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * Anyone who can PUBLISH on the deployment's Redis could once make every subscriber of a user see a
 * made-up player (a device named EVIL at volume 999) or a made-up error: readings travelled between
 * instances as plain JSON. Now an instance uses only what another instance of the deployment signed
 * (an HMAC with a key derived from ENCRYPTION_KEY) for that very channel within the last minute, and
 * says once per kind of channel and reason that it dropped the rest. Two `serve` processes, one Redis.
 */

const KEY_BYTE = 9;
const INTERVAL_MS = 300;
const STATE = graphql(`
  subscription SignedMessagesState {
    playbackState {
      isPlaying
      device {
        name
        volumePercent
      }
    }
  }
`);
type State = SignedMessagesStateSubscription;

const forgedReading = (name: string) => ({
  kind: 'value',
  value: { is_playing: true, progress_ms: 1, device: { id: 'x', name, volume_percent: 999 } },
});

interface DropLine {
  msg?: string;
  channel?: string;
  reason?: string;
}

describe('two server processes, one Redis: only signed channel messages count', () => {
  let admin: Redis;
  let emu: TestEmulator;
  let alice: string;
  let prefix: string;
  const streams: Stream<State>[] = [];
  /** Everything published on the deployment's channels while the test runs: channel and text. */
  const traffic: string[] = [];
  const { instances } = useServeProcesses({
    keyByte: KEY_BYTE,
    pollIntervalMs: INTERVAL_MS,
    sniff: (channel, text) => traffic.push(`${channel} ${text}`),
    beforeStart(started) {
      admin = started.client();
      emu = started.emu;
      prefix = started.prefix;
    },
  });

  beforeAll(async () => {
    alice = await emu.token({ user: 'alice' });
  });
  afterAll(() => {
    for (const stream of streams) stream.stop();
  });

  const volumes = (stream: Stream<State>): number[] =>
    stream.events.flatMap((event) => event.data?.playbackState?.device?.volumePercent ?? []);
  const dropLines = (instance: ServeProcess): DropLine[] =>
    instance
      .output()
      .split('\n')
      .filter((line) => line.includes('dropped a message on a Redis channel'))
      .map((line) => JSON.parse(line) as DropLine);

  it('drops readings, errors and session ends published by hand, wrongly signed, replayed or moved, and logs each kind once', async () => {
    const control = await playAlbumAt(emu, alice, 40);
    for (const instance of instances) {
      const stream = wsSubscribe(wsClient(instance.url, `Bearer ${alice}`), STATE);
      streams.push(stream);
      await stream.nth(0);
    }

    const channel = `${prefix}player:state:alice`;
    const sessions = `${prefix}player:sessions-ended`;
    const ours = new MessageSigner(testKeys(KEY_BYTE));
    const another = new MessageSigner(testKeys(KEY_BYTE + 1));
    const envelope = (on: string, message: unknown, sentAt = Date.now()) => ({
      from: 'forger',
      channel: on,
      sentAt,
      seq: 1,
      message,
    });
    const pwned = { kind: 'error', error: { message: 'pwned', extensions: { code: 'X' } } };
    // Each forgery ten times: a flood writes one line per kind, not one per message.
    for (let i = 0; i < 10; i += 1) {
      await admin.publish(channel, JSON.stringify({ from: 'x', message: forgedReading('EVIL') }));
      await admin.publish(channel, JSON.stringify({ from: 'x', message: pwned }));
      await admin.publish(
        sessions,
        JSON.stringify({ from: 'x', message: { kind: 'session-ended', sessionId: 'a' } }),
      );
      await admin.publish(channel, another.stringify(envelope(channel, forgedReading('EVIL'))));
      // Signed with the deployment's key, but for bob's channel, or sent ten minutes ago: replays.
      await admin.publish(
        channel,
        ours.stringify(envelope(`${prefix}player:state:bob`, forgedReading('EVIL'))),
      );
      await admin.publish(channel, ours.stringify(envelope(channel, pwned, Date.now() - 600_000)));
      // A signature over other text than the one it came with.
      const signed = ours.stringify(envelope(channel, forgedReading('EVIL')));
      await admin.publish(channel, signed.replace('EVIL', 'EVIL2'));
    }
    // A real change after the forgeries (pub/sub keeps order): once every stream has it, every forgery
    // before it was dealt with.
    expect((await control.volume(60)).status).toBe(204);
    await waitFor(
      () => streams.every((stream) => volumes(stream).at(-1) === 60),
      () => `the volume change on both: ${JSON.stringify(streams.map((s) => s.events))}`,
      30_000,
    );
    for (const stream of streams) {
      expect(JSON.stringify(stream.events)).not.toMatch(/EVIL|pwned|999/);
      expect(stream.completed).toBe(false);
    }

    for (const instance of instances) {
      const lines = dropLines(instance);
      const kinds = lines.map((line) => `${line.channel} ${line.reason}`).sort();
      expect(kinds).toEqual([
        'player:sessions-ended unsigned',
        'player:state forged',
        'player:state misrouted',
        'player:state stale',
        'player:state unsigned',
      ]);
      // The line names the kind and the reason, never what the message said, nor whose channel it was.
      for (const line of lines) expect(JSON.stringify(line)).not.toMatch(/EVIL|pwned|alice|bob/);
    }
  });

  it("uses a reading signed with the deployment's key: the signature is what counts", async () => {
    const lease = await admin.get(`${prefix}player-lease:state:alice`);
    const listener = instances.findIndex((instance) => String(instance.pid) !== lease?.split(':')[1]);
    const stream = streams[listener];
    if (!stream) throw new Error(`no instance without the lease (${lease})`);
    const channel = `${prefix}player:state:alice`;
    const ours = new MessageSigner(testKeys(KEY_BYTE));
    await admin.publish(
      channel,
      ours.stringify({
        from: 'forger',
        channel,
        sentAt: Date.now(),
        seq: 1,
        message: forgedReading('SIGNED'),
      }),
    );
    await waitFor(
      () => stream.events.some((event) => event.data?.playbackState?.device?.name === 'SIGNED'),
      () => `the signed reading: ${JSON.stringify(stream.events)}`,
      30_000,
    );
  });

  it('carries no token on any channel, in names or messages', () => {
    expect(traffic.length).toBeGreaterThan(0);
    for (const entry of traffic) expect(entry).not.toContain(alice);
    // Readings went from one instance to the other as signed text.
    expect(traffic.some((entry) => /^\S+player:state:alice [A-Za-z0-9_-]{43}\.\{/.test(entry))).toBe(true);
  });
});

describe('REDIS_URL without ENCRYPTION_KEY', () => {
  it('refuses to start, naming the variable: instances could not authenticate one another', async () => {
    const emu = await startTestEmulator();
    try {
      const env = serveEnv(emu, EXTENDED_APP, 'redis://127.0.0.1:9', 1, { STORE_URL: 'memory:' });
      const { ENCRYPTION_KEY: _key, ...withoutKey } = env;
      await expect(startServeProcess(withoutKey)).rejects.toThrow(/REDIS_URL needs ENCRYPTION_KEY/);
    } finally {
      await emu.close();
    }
  });
});
