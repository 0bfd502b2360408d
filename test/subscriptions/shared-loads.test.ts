import { expect, it, vi } from 'vitest';
import { albumWith, deviceIds, otherTrack, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { metricsText } from '../helpers/memory-log.js';
import {
  type Stream,
  type StreamEvent,
  usePollingServer,
  waitFor,
  wsClient,
  wsSubscribe,
} from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 90_000 });

/**
 * Different subscriptions of one user (different selection sets: different cohorts, each executing on
 * its own) that select the same Spotify data share its loads within one event of the user's player:
 * one call per load per skip, however many cohorts select it (v10 re-attack on issue 9: 20 cohorts
 * selecting top tracks made 20 identical calls per skip). Never across credentials: two tokens, even
 * of one user, or two users, each make their own calls.
 */

/** Three switches make eight distinct operations (eight cohorts); every one loads the same data. */
const SHARED = graphql(`
  subscription SharedLoads($uri: Boolean!, $duration: Boolean!, $explicit: Boolean!) {
    currentlyPlaying {
      item {
        ... on Track {
          name
          uri @include(if: $uri)
          durationMs @include(if: $duration)
          explicit @include(if: $explicit)
          album { label }
          artists { name topTracks { name } albums(first: 2) { nodes { name } } }
        }
      }
    }
  }
`);

const SWITCHES = [false, true].flatMap((uri) =>
  [false, true].flatMap((duration) => [false, true].map((explicit) => ({ uri, duration, explicit }))),
);

const { t, clients, streams } = usePollingServer();

/**
 * The token's user plays two tracks of different albums (the second's album is new to every subscription, so
 * its load is made after the skip); answers the player control and both tracks.
 */
async function playTwoAlbums(token: string) {
  const { album, tracks } = albumWith(t.emu, 3);
  const second = otherTrack(t.emu, album);
  const devices = await deviceIds(t.emu, token);
  const control = player(t.emu, token);
  const uris = [`spotify:track:${tracks[0]!.id}`, `spotify:track:${second.id}`];
  expect((await control.play({ uris }, { device_id: devices.computer })).status).toBe(204);
  return { control, first: tracks[0]!, second };
}

function subscribeAll(token: string, count = SWITCHES.length): Stream<unknown>[] {
  const socket = wsClient(t.url, `Bearer ${token}`);
  clients.push(socket);
  return SWITCHES.slice(0, count).map((variables) => {
    const stream = wsSubscribe(socket, SHARED, variables) as Stream<unknown>;
    streams.push(stream);
    return stream;
  });
}

const lastName = (stream: Stream<unknown>): string | undefined =>
  (stream.events.at(-1) as StreamEvent<{ currentlyPlaying: { item: { name: string } } }> | undefined)?.data
    ?.currentlyPlaying?.item?.name;

async function until(subscribed: Stream<unknown>[], name: string, what: string): Promise<void> {
  await waitFor(
    () => subscribed.every((stream) => lastName(stream) === name),
    () =>
      `${what}: ${subscribed.filter((stream) => lastName(stream) === name).length} of ${subscribed.length}`,
  );
  for (const stream of subscribed) expect(stream.events.at(-1)?.errors).toBeUndefined();
}

/** The catalog calls of the log since it was cleared: top tracks, artists' albums and albums. */
async function catalogCalls(): Promise<{ topTracks: number; artistAlbums: number; albums: number }> {
  const calls = await t.calls();
  return {
    topTracks: calls['GET /v1/artists/{id}/top-tracks'] ?? 0,
    artistAlbums: calls['GET /v1/artists/{id}/albums'] ?? 0,
    albums: (calls['GET /v1/albums/{id}'] ?? 0) + (calls['GET /v1/albums'] ?? 0),
  };
}

it("makes one call per load per skip for eight distinct subscriptions of one user that select the same data (the item's album, its artists' top tracks and albums)", async () => {
  const token = await t.emu.token({ user: 'alice' });
  const { control, first, second } = await playTwoAlbums(token);
  const subscribed = subscribeAll(token);
  await until(subscribed, first.name, 'first events');
  expect(await metricsText(t.url)).toMatch(/\ngraphql_subscription_cohorts_active 8\n/);
  await t.clearLog();
  expect((await control.next()).status).toBe(204);
  await until(subscribed, second.name, 'events after the skip');
  const artists = new Set(second.artistIds).size;
  expect(artists).toBeGreaterThan(0);
  // One event, eight executions: each load once, as one execution makes it (before: eight times).
  expect(await catalogCalls()).toEqual({ topTracks: artists, artistAlbums: artists, albums: 1 });
});

it('never shares loads between two tokens of one user, nor between two users', async () => {
  const alice = await t.emu.token({ user: 'alice' });
  const aliceAgain = await t.emu.token({ user: 'alice' });
  const carol = await t.emu.token({ user: 'carol' });
  const forAlice = await playTwoAlbums(alice);
  const forCarol = await playTwoAlbums(carol);
  // Both users play the same two tracks: the same loads, which still must not be shared.
  expect(forCarol.second.id).toBe(forAlice.second.id);
  const aliceStreams = [...subscribeAll(alice, 2), ...subscribeAll(aliceAgain, 2)];
  const carolStreams = subscribeAll(carol, 2);
  await until([...aliceStreams, ...carolStreams], forAlice.first.name, 'first events');
  await t.clearLog();
  expect((await forAlice.control.next()).status).toBe(204);
  await until(aliceStreams, forAlice.second.name, "alice's events after her skip");
  const artists = new Set(forAlice.second.artistIds).size;
  // One poll of alice's player, two tokens: each token's two cohorts share, the tokens do not.
  expect(await catalogCalls()).toEqual({ topTracks: 2 * artists, artistAlbums: 2 * artists, albums: 2 });
  await t.clearLog();
  expect((await forCarol.control.next()).status).toBe(204);
  await until(carolStreams, forCarol.second.name, "carol's events after her skip");
  expect(await catalogCalls()).toEqual({ topTracks: artists, artistAlbums: artists, albums: 1 });
});

it('loads again, for the other cohorts, a load whose maker cut it by ending during the event', async () => {
  const token = await t.emu.token({ user: 'alice' });
  const { control, first, second } = await playTwoAlbums(token);
  // The first cohort executes first at each event (its subscriber came first) and makes the loads.
  const [maker, joiner] = subscribeAll(token, 2);
  await until([maker!, joiner!], first.name, 'first events');
  // Top tracks answer slowly: the first cohort's load of them is still in flight when it ends.
  await t.emu.control('POST', '/faults', { route: 'GET /v1/artists/{id}/top-tracks', latencyMs: 1_500 });
  try {
    expect((await control.next()).status).toBe(204);
    const skippedAt = Date.now();
    await waitFor(
      async () => {
        const log = (await t.emu.control('GET', '/requests')).json as {
          inFlight: number;
          entries: { route: string; at: number }[];
        };
        const polled = log.entries.some((entry) => entry.route === '/v1/me/player' && entry.at > skippedAt);
        return polled && log.inFlight > 0;
      },
      () => 'a poll after the skip, and the top-tracks load in flight',
    );
    maker!.stop();
    await until([joiner!], second.name, "the other cohort's event after the skip");
  } finally {
    await t.emu.control('DELETE', '/faults');
  }
  // The maker's cut call is no answer for the other cohort: it made the call itself, without an error.
  expect(joiner!.events.at(-1)?.errors).toBeUndefined();
});

it('keeps an album only from the last event: played again two skips later, it is loaded again', async () => {
  const token = await t.emu.token({ user: 'alice' });
  const { album, tracks } = albumWith(t.emu, 3);
  const other = otherTrack(t.emu, album);
  const devices = await deviceIds(t.emu, token);
  const control = player(t.emu, token);
  const played = [tracks[0]!, other, tracks[1]!];
  const uris = played.map((track) => `spotify:track:${track.id}`);
  expect((await control.play({ uris }, { device_id: devices.computer })).status).toBe(204);
  const subscribed = subscribeAll(token, 1);
  await until(subscribed, played[0]!.name, 'the first album');
  await t.clearLog();
  expect((await control.next()).status).toBe(204);
  await until(subscribed, played[1]!.name, 'the other album');
  expect((await control.next()).status).toBe(204);
  await until(subscribed, played[2]!.name, 'the first album again');
  // Before, the subscription kept every object it ever loaded: the first album answered from its copy.
  expect((await catalogCalls()).albums).toBe(2);
});
