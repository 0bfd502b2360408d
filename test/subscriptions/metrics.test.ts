import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/** /metrics shows the subscriptions, the pollers behind them and the graphql-ws connections. */

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 200 },
});

async function gauges(): Promise<Record<string, number>> {
  const text = await (await fetch(t.url.replace('/graphql', '/metrics'))).text();
  const wanted = ['graphql_subscriptions_active', 'player_pollers_active', 'graphql_ws_connections'];
  const found: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const [name, value] = line.split(' ');
    if (name !== undefined && wanted.includes(name)) found[name] = Number(value);
  }
  return found;
}

let streams: Stream[] = [];
const clients: ReturnType<typeof wsClient>[] = [];

beforeEach(async () => {
  await t.emu.reset();
});

afterEach(async () => {
  for (const stream of streams) stream.stop();
  streams = [];
  for (const client of clients.splice(0)) await client.dispose();
});

it('counts subscribers, pollers and connections while subscribed, and none after', async () => {
  const alice = await t.emu.token({ user: 'alice' });
  const client = wsClient(t.url, `Bearer ${alice}`);
  clients.push(client);
  streams = [
    wsSubscribe(client, graphql(`subscription MetricsPlaybackState { playbackState { isPlaying } }`)),
    wsSubscribe(client, graphql(`subscription MetricsPlaybackState2 { playbackState { shuffleState } }`)),
  ];
  for (const stream of streams) await stream.nth(0);
  await waitFor(
    async () => {
      const now = await gauges();
      return (
        now.graphql_subscriptions_active === 2 &&
        now.graphql_ws_connections === 1 &&
        now.player_pollers_active! >= 1
      );
    },
    () => 'two subscribers on one connection with a poller',
  );
  // Both subscribers of one user share the pollers: as many as with one subscriber.
  expect(t.server.playerPollers.pollerCount).toBe((await gauges()).player_pollers_active);

  for (const stream of streams) stream.stop();
  await client.dispose();
  await waitFor(
    async () => {
      const now = await gauges();
      return (
        now.graphql_subscriptions_active === 0 &&
        now.player_pollers_active === 0 &&
        now.graphql_ws_connections === 0
      );
    },
    () => 'no subscriber, poller or connection left',
  );
});

it("counts the pollers' Spotify calls in spotify_calls_total, as many as the emulator saw", async () => {
  const alice = await t.emu.token({ user: 'alice' });
  const polled = async (): Promise<number> => {
    const text = await (await fetch(t.url.replace('/graphql', '/metrics'))).text();
    const line = text
      .split('\n')
      .find((entry) =>
        entry.startsWith(
          'spotify_calls_total{route="get-information-about-the-users-current-playback",status="ok"}',
        ),
      );
    return Number(line?.split(' ')[1] ?? 0);
  };
  // The counter lives as long as the server: count from here.
  const before = await polled();
  await t.emu.control('DELETE', '/requests');
  const client = wsClient(t.url, `Bearer ${alice}`);
  clients.push(client);
  streams = [
    wsSubscribe(client, graphql(`subscription MetricsPlaybackState { playbackState { isPlaying } }`)),
  ];
  await streams[0]!.nth(0);
  await waitFor(
    async () => (await polled()) - before >= 3,
    () => 'three polls counted',
  );
  for (const stream of streams) stream.stop();
  await waitFor(
    () => t.server.playerPollers.pollerCount === 0,
    () => 'the poller to stop',
  );
  expect((await polled()) - before).toBe((await t.calls())['GET /v1/me/player'] ?? 0);
});

it('counts down a subscription the server ends (a revoked token: UNAUTHENTICATED)', async () => {
  const alice = await t.emu.token({ user: 'alice' });
  const client = wsClient(t.url, `Bearer ${alice}`);
  clients.push(client);
  streams = [wsSubscribe(client, graphql(`subscription MetricsRevoked { playbackState { isPlaying } }`))];
  await streams[0]!.nth(0);
  expect((await gauges()).graphql_subscriptions_active).toBe(1);
  expect((await t.emu.control('POST', '/tokens/revoke', { token: alice })).status).toBe(200);
  await waitFor(
    () => streams[0]!.completed,
    () => `the revoked token's stream to end: ${JSON.stringify(streams[0]!.events)}`,
  );
  expect(JSON.stringify(streams[0]!.events.at(-1)?.errors)).toContain('UNAUTHENTICATED');
  // The server ended it, not the reader (it never unsubscribed): the gauge still comes down.
  await waitFor(
    async () => (await gauges()).graphql_subscriptions_active === 0,
    () => 'graphql_subscriptions_active to come down to 0',
  );
});

it('ends a subscription sent over HTTP that no response carries (Accept without a streaming type: 406)', async () => {
  const alice = await t.emu.token({ user: 'alice' });
  const document = documentText(graphql(`subscription MetricsNotAcceptable { playbackState { isPlaying } }`));
  for (const accept of ['application/json', 'application/graphql-response+json']) {
    const answer = await fetch(t.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${alice}`, 'content-type': 'application/json', accept },
      body: JSON.stringify({ query: document }),
    });
    expect(answer.status).toBe(406);
    await answer.body?.cancel();
  }
  // Before, each stayed a subscriber with a poller behind it, with nobody to send to.
  await waitFor(
    async () => {
      const now = await gauges();
      return now.graphql_subscriptions_active === 0 && now.player_pollers_active === 0;
    },
    () => `no subscriber or poller left: ${JSON.stringify(t.server.playerPollers.subscribers)}`,
  );
  expect(t.server.playerPollers.subscribers).toBe(0);
});
