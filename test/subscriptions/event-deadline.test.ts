import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { playAlbum } from '../emulator/player-fixtures.js';
import type { EventDeadlineCurrentSubscription } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type Stream, type StreamEvent, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * SUBSCRIPTION_EVENT_DEADLINE_MS (v11 attack, V9): one Spotify call of a subscription event that stalls
 * no longer holds the stream until the transport's 30 s timeout. The event's execution is cut at its
 * deadline: the stalled field is DEADLINE_EXCEEDED, the rest of the event answers, and the next event
 * comes while the call would still be stalled.
 */

const CURRENT = graphql(
  `subscription EventDeadlineCurrent { currentlyPlaying { item { ... on Track { name artists { name topTracks { name } } } } } }`,
);
type Current = EventDeadlineCurrentSubscription;

let t: TestServer;
let stream: Stream<Current> | undefined;

beforeAll(async () => {
  t = await startTestServer({
    listen: true,
    limits: { subscriptionEventDeadlineMs: 300 },
    config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 100 },
  });
});

afterAll(async () => {
  stream?.stop();
  await t.emu.control('DELETE', '/faults');
  await t.close();
});

const nameOf = (event: StreamEvent<Current>) => {
  const item = event.data?.currentlyPlaying?.item;
  return item !== null && item !== undefined && 'name' in item ? item.name : undefined;
};
const codesOf = (event: StreamEvent<Current>) => (event.errors ?? []).map((e) => e.extensions?.code);

it("cuts an event's stalled call at its deadline and goes on with the next event", async () => {
  const token = await t.emu.token({ user: 'alice' });
  const { tracks, control } = await playAlbum(t.emu, token);
  // Far longer than the test waits: an event that waited for the call would never come.
  const fault = { route: 'GET /v1/artists/{id}/top-tracks', latencyMs: 120_000 };
  expect((await t.emu.control('POST', '/faults', fault)).status).toBeLessThan(300);
  const current = wsSubscribe(wsClient(t.url, `Bearer ${token}`), CURRENT);
  stream = current;
  const first = await current.until((events) => events.some((e) => nameOf(e) === tracks[0]!.name));
  const firstEvent = first.find((e) => nameOf(e) === tracks[0]!.name)!;
  expect(codesOf(firstEvent).length).toBeGreaterThan(0);
  expect(new Set(codesOf(firstEvent))).toEqual(new Set(['DEADLINE_EXCEEDED']));
  expect(firstEvent.errors![0]!.message).toContain('SUBSCRIPTION_EVENT_DEADLINE_MS');
  expect(firstEvent.errors![0]!.extensions).not.toHaveProperty('http');
  // The rest of the event answered: the artists are there, only their top tracks are cut.
  expect(JSON.stringify(firstEvent.data)).toContain('"artists":[{"name"');

  // The stall rule is still on: the skip's event comes all the same, with the same cut.
  expect((await control.next()).status).toBe(204);
  const after = await current.until((events) => events.some((e) => nameOf(e) === tracks[1]!.name));
  const secondEvent = after.find((e) => nameOf(e) === tracks[1]!.name)!;
  expect(new Set(codesOf(secondEvent))).toEqual(new Set(['DEADLINE_EXCEEDED']));
  expect(current.failure).toBeUndefined();
  expect(current.completed).toBe(false);
});
