import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { playAlbumAt, player } from '../emulator/player-fixtures.js';
import type { ReplaysStateSubscription } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import type { TestEmulator } from '../helpers/emulator.js';
import { type ServeProcess, useServeProcesses } from '../helpers/processes.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Two real `serve` processes start, and events are awaited with generous deadlines.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * What anyone who can reach the deployment's Redis can do with what they see there, short of the
 * ENCRYPTION_KEY: publish a captured signed message again (within its 60 s window), or write a lease
 * key. Two `serve` processes, one Redis, one emulator: a replayed `poll` request costs no Spotify
 * call, a replayed reading does not move subscribers back in time, and a forged lease does not silence
 * a user's playback (it is taken over, and the log says why).
 */

const KEY_BYTE = 11;
const INTERVAL_MS = 1000;
const STATE = graphql(`
  subscription ReplaysState {
    playbackState {
      isPlaying
      device {
        volumePercent
      }
    }
  }
`);
const SET_VOLUME = graphql(`
  mutation ReplaysSetVolume($volumePercent: Int!) {
    setVolume(volumePercent: $volumePercent) {
      ok
    }
  }
`);

interface Published {
  channel: string;
  text: string;
  /** The signed JSON after the MAC, parsed. */
  envelope: { from: string; message: { kind: string; value?: { device?: { volume_percent?: number } } } };
}

interface LogLine {
  msg?: string;
  channel?: string;
  lease?: string;
  reason?: string;
}

describe('two server processes, one Redis: replayed messages and forged leases', () => {
  let admin: Redis;
  let emu: TestEmulator;
  let alice: string;
  let channel: string;
  let lease: string;
  let prefix: string;
  const streams: Stream<ReplaysStateSubscription>[] = [];
  const { instances } = useServeProcesses({
    keyByte: KEY_BYTE,
    pollIntervalMs: INTERVAL_MS,
    sniff(on, text) {
      if (!on.startsWith(`${prefix}player:`)) return;
      const dot = text.indexOf('.');
      traffic.push({ channel: on, text, envelope: JSON.parse(text.slice(dot + 1)) as Published['envelope'] });
    },
    beforeStart(started) {
      admin = started.client();
      emu = started.emu;
      prefix = started.prefix;
      channel = `${prefix}player:state:alice`;
      lease = `${prefix}player-lease:state:alice`;
    },
  });
  const traffic: Published[] = [];

  const volumes = (stream: Stream<ReplaysStateSubscription>): number[] =>
    stream.events.flatMap((event) => event.data?.playbackState?.device?.volumePercent ?? []);
  const logLines = (instance: ServeProcess): LogLine[] =>
    instance
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);
  /** The instance holding alice's state lease now (the value starts `<host>:<pid>:<id> `), and the other. */
  const roles = async (): Promise<{ holder: number; listener: number }> => {
    const value = (await admin.get(lease)) ?? '';
    const holder = instances.findIndex(
      (instance) => value.split(' ')[0]?.split(':')[1] === String(instance.pid),
    );
    if (holder < 0) throw new Error(`no instance holds the lease: ${value}`);
    return { holder, listener: 1 - holder };
  };
  const statePolls = async (): Promise<number[]> => {
    const log = (await emu.control('GET', '/requests')).json as {
      entries: { method: string; route: string; at: number }[];
    };
    return log.entries.filter((e) => e.method === 'GET' && e.route === '/v1/me/player').map((e) => e.at);
  };
  /** Both streams' last volume is `volume`. */
  const bothSee = (volume: number) =>
    waitFor(
      () => streams.every((stream) => volumes(stream).at(-1) === volume),
      () => `volume ${volume} on both: ${JSON.stringify(streams.map(volumes))}`,
      30_000,
    );

  beforeAll(async () => {
    alice = await emu.token({ user: 'alice' });
    await playAlbumAt(emu, alice, 40);
    for (const instance of instances) {
      const stream = wsSubscribe(wsClient(instance.url, `Bearer ${alice}`), STATE);
      streams.push(stream);
      await stream.nth(0);
    }
    await bothSee(40);
  });
  afterAll(() => {
    for (const stream of streams) stream.stop();
  });

  it('a reading published again after a newer one is dropped: the listening instance does not go back in time', async () => {
    const old = traffic.find(
      (entry) =>
        entry.channel === channel &&
        entry.envelope.message.kind === 'value' &&
        entry.envelope.message.value?.device?.volume_percent === 40,
    );
    if (!old) throw new Error('no reading at volume 40 was published');
    expect((await player(emu, alice).volume(60)).status).toBe(204);
    await bothSee(60);
    const { listener } = await roles();
    await admin.publish(channel, old.text);
    await admin.publish(channel, old.text);
    const listening = instances[listener] as ServeProcess;
    await waitFor(
      () => logLines(listening).some((line) => line.channel === 'player:state' && line.reason === 'replayed'),
      () => `a replayed-message line: ${listening.output()}`,
      30_000,
    );
    // Dropped in order with what came before: the stream went 40, 60 and stays at 60.
    expect(volumes(streams[listener] as Stream<ReplaysStateSubscription>)).toEqual([40, 60]);
  });

  it('a captured poll request published 50 times costs no Spotify call beyond the schedule', async () => {
    const { listener } = await roles();
    const before = traffic.length;
    // A playback command on the listening instance asks the holder to poll at once: a signed `poll`.
    const response = await fetch((instances[listener] as ServeProcess).url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${alice}`,
      },
      body: JSON.stringify({ query: documentText(SET_VOLUME), variables: { volumePercent: 70 } }),
    });
    expect(((await response.json()) as { data?: { setVolume?: { ok?: boolean } } }).data?.setVolume?.ok).toBe(
      true,
    );
    await bothSee(70);
    const poll = traffic
      .slice(before)
      .find((entry) => entry.channel === channel && entry.envelope.message.kind === 'poll');
    if (!poll) throw new Error('the playback command published no poll request');

    await emu.control('DELETE', '/requests');
    const started = Date.now();
    // One copy every 20 ms, as a loop of `redis-cli publish` would (a pipelined burst is partly merged
    // with the poll already on its way, which hides the cost).
    for (let copy = 0; copy < 50; copy += 1) {
      await admin.publish(channel, poll.text);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Polls go on at the interval: wait for four of them, then count every one since the replays.
    await waitFor(
      async () => (await statePolls()).length >= 4,
      () => 'four polls after the replays',
      30_000,
    );
    const polls = await statePolls();
    // One poller at the interval makes at most this many in the time that passed (a loaded machine
    // makes fewer, never more); each honoured copy would have added one.
    expect(polls.length).toBeLessThanOrEqual(Math.floor((Date.now() - started) / INTERVAL_MS) + 2);
  });

  it('a lease written by hand with a 10-minute TTL is taken over: playback goes on everywhere, and the log says why', async () => {
    await admin.set(lease, 'evil:1:x', 'PX', 600_000);
    expect((await player(emu, alice).volume(22)).status).toBe(204);
    await bothSee(22);
    const value = (await admin.get(lease)) ?? '';
    expect(value).not.toBe('evil:1:x');
    await roles();
    expect(await admin.pttl(lease)).toBeLessThanOrEqual(5 * INTERVAL_MS);
    const lines = instances
      .flatMap(logLines)
      .filter((line) => line.msg?.startsWith('took over a stale poll lease'));
    expect(lines.map((line) => `${line.lease} ${line.reason}`)).toContain('player-lease:state forged');
    // The line names the lease's kind and why, never the user nor the value found.
    for (const line of lines) expect(JSON.stringify(line)).not.toMatch(/alice|evil/);
    // And one poller again between the two: the one the lease names.
    await emu.control('DELETE', '/requests');
    const started = Date.now();
    await waitFor(
      async () => (await statePolls()).length >= 4,
      () => 'four polls after the takeover',
      30_000,
    );
    expect((await statePolls()).length).toBeLessThanOrEqual(
      Math.floor((Date.now() - started) / INTERVAL_MS) + 2,
    );
  });
});
