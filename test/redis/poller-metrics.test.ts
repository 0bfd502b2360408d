import type { Client } from 'graphql-ws';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectRedis } from '../../src/redis/connection.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { graphql } from '../generated/index.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testExecutor } from '../helpers/executor.js';
import { startTestRedis, type TestRedis, testKeys } from '../helpers/redis.js';
import { emulatorConfig } from '../helpers/server.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const INTERVAL_MS = 250;
const STATE = graphql(`subscription PollerMetricsPlaybackState { playbackState { isPlaying } }`);

/** The gauges of one instance's /metrics that say who polls and who listens. */
interface PollerGauges {
  pollers: number;
  users: number;
}

describe('player poller gauges on two instances sharing one Redis', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  const connections: Redis[] = [];
  const servers: SpotifyGraphQLServer[] = [];
  const origins: string[] = [];
  const clients: Client[] = [];

  const gauges = async (origin: string): Promise<PollerGauges> => {
    const text = await (await fetch(`${origin}/metrics`)).text();
    const value = (name: string): number => {
      const match = new RegExp(`^${name} (\\d+)$`, 'm').exec(text);
      if (!match?.[1]) throw new Error(`${name} is not in /metrics`);
      return Number(match[1]);
    };
    return { pollers: value('player_pollers_active'), users: value('player_users_subscribed') };
  };
  /** The last reading of both instances' gauges, for failure messages. */
  let last: PollerGauges[] = [];
  const both = async (): Promise<PollerGauges[]> => {
    last = await Promise.all(origins.map(gauges));
    return last;
  };

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    for (let i = 0; i < 2; i += 1) {
      const connection = await connectRedis(redis.url);
      connections.push(connection);
      const server = await createServer({
        ...testExecutor(),
        config: emulatorConfig(emu, EXTENDED_APP, {
          playerPollIntervalMs: INTERVAL_MS,
          playerIdlePollIntervalMs: INTERVAL_MS,
        }),
        redis: connection,
        keys: testKeys(),
        logging: false,
      });
      servers.push(server);
      origins.push(new URL(await server.start(0, '127.0.0.1')).origin);
    }
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    for (const server of servers) await server.stop();
    for (const connection of connections) connection.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  it('player_pollers_active counts the poll lease holder only; player_users_subscribed counts the listeners on each', async () => {
    const alice = await emu.token({ user: 'alice' });
    const streams: Stream[][] = origins.map((origin) => {
      const client = wsClient(`${origin}/graphql`, `Bearer ${alice}`);
      clients.push(client);
      return [wsSubscribe(client, STATE), wsSubscribe(client, STATE)];
    });
    await waitFor(
      () => streams.flat().every((stream) => stream.events.length > 0),
      () => 'a first event on every stream',
      30_000,
    );
    // One user subscribed on each instance, one poller between them: the instance holding the lease.
    await waitFor(
      async () => {
        const [a, b] = await both();
        return a?.users === 1 && b?.users === 1 && a.pollers + b.pollers === 1;
      },
      () => `gauges ${JSON.stringify(last)}`,
      30_000,
    );
    const [a, b] = await both();
    expect([a?.pollers, b?.pollers].sort()).toEqual([0, 1]);
    // What Spotify sees agrees: one poll per interval at most, not two.
    await emu.control('DELETE', '/requests');
    const started = Date.now();
    await waitFor(
      async () => {
        const log = (await emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
        return (log.byRoute['GET /v1/me/player'] ?? 0) >= 6;
      },
      () => '6 polls',
      30_000,
    );
    const log = (await emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
    expect(log.byRoute['GET /v1/me/player']).toBeLessThanOrEqual(
      Math.floor((Date.now() - started) / INTERVAL_MS) + 2,
    );

    // The holder's subscribers leave: the other instance takes the lease, and the gauges follow.
    const holder = a?.pollers === 1 ? 0 : 1;
    for (const stream of streams[holder] ?? []) stream.stop();
    await waitFor(
      async () => {
        const now = await both();
        return now[holder]?.users === 0 && now[holder]?.pollers === 0 && now[1 - holder]?.pollers === 1;
      },
      () => `gauges ${JSON.stringify(last)}`,
      30_000,
    );
    expect((await both())[1 - holder]?.users).toBe(1);
  });
});
