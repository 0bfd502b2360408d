import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { albumWith, deviceIds, player } from '../emulator/player-fixtures.js';
import type { SubscriptionsTransportsDevicesSubscription } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import {
  type Stream,
  type StreamEvent,
  sseSubscribe,
  waitFor,
  wsClient,
  wsSubscribe,
} from '../helpers/subscriptions.js';

// Each test waits for events with generous deadlines (a loaded CI machine must not fail them).
vi.setConfig({ testTimeout: 60_000 });

/**
 * The player subscriptions over real transports (graphql-ws and SSE on a real port), fed by changes made
 * through the emulator's player by another client, as a second Spotify app would.
 */

graphql(`fragment SubscriptionsTransportsItem on PlaylistItemContent {
  __typename
  ... on Track { spotifyId }
  ... on Episode { spotifyId }
}`);

const PLAYBACK_STATE = graphql(`subscription SubscriptionsTransportsPlaybackState {
  playbackState {
    isPlaying progressMs shuffleState device { id volumePercent } item { ...SubscriptionsTransportsItem }
  }
}`);

const INTERVAL_MS = 100;
const t = useTestServer({
  listen: true,
  // Short intervals keep the tests quick; a generous seek drift keeps a loaded machine's latency from
  // passing for a seek.
  config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: 200, playerSeekDriftMs: 5_000 },
});

let alice: string;
const open: Stream<never>[] = [];
const track = <T>(stream: Stream<T>): Stream<T> => {
  open.push(stream as Stream<never>);
  return stream;
};

beforeEach(async () => {
  await t.emu.reset();
  alice = await t.emu.token({ user: 'alice' });
});

afterEach(async () => {
  for (const stream of open.splice(0)) stream.stop();
  await waitFor(
    () => t.server.playerPollers.subscribers === 0,
    () => `${t.server.playerPollers.subscribers} subscribers left`,
  );
});

/** Starts an album of a few tracks on alice's laptop, as another client would. */
async function startAlbum(token = alice) {
  const { album, tracks } = albumWith(t.emu, 3);
  const devices = await deviceIds(t.emu, token);
  const answer = await player(t.emu, token).play(
    { context_uri: `spotify:album:${album.id}` },
    { device_id: devices.computer },
  );
  expect(answer.status).toBe(204);
  return { album, tracks, devices };
}

const statePolls = async (): Promise<number> => (await t.calls())['GET /v1/me/player'] ?? 0;

describe('graphql-ws', () => {
  it('emits the current playback state first: null while nothing plays', async () => {
    const stream = track(wsSubscribe(wsClient(t.url, `Bearer ${alice}`), PLAYBACK_STATE));
    expect(await stream.nth(0)).toEqual({ data: { playbackState: null } });
  });

  it('emits a change made through the emulator: play, then pause, then a seek', async () => {
    const stream = track(wsSubscribe(wsClient(t.url, `Bearer ${alice}`), PLAYBACK_STATE));
    await stream.nth(0);
    const { tracks, devices } = await startAlbum();
    const playing = (await stream.nth(1)).data?.playbackState;
    expect(playing).toMatchObject({ isPlaying: true, device: { id: devices.computer } });
    expect(playing?.item).toEqual({ __typename: 'Track', spotifyId: tracks[0]!.id });

    await player(t.emu, alice).pause();
    expect((await stream.nth(2)).data?.playbackState?.isPlaying).toBe(false);

    await player(t.emu, alice).seek(60_000);
    const sought = (await stream.nth(3)).data?.playbackState;
    expect(sought?.progressMs).toBe(60_000);
    expect(stream.events.every((event) => event.errors === undefined)).toBe(true);
  });

  it('sends nothing while progress merely advances with the clock', async () => {
    await startAlbum();
    const stream = track(wsSubscribe(wsClient(t.url, `Bearer ${alice}`), PLAYBACK_STATE));
    expect((await stream.nth(0)).data?.playbackState?.isPlaying).toBe(true);
    await t.clearLog();
    // Five more polls of a playing state: each read a larger progress, none of them a change.
    await waitFor(
      async () => (await statePolls()) >= 5,
      () => 'five polls',
    );
    expect(stream.events).toHaveLength(1);
  });

  it('moves currentlyPlaying on when the track ends on the emulator clock', async () => {
    const { tracks } = await startAlbum();
    const stream = track(
      wsSubscribe(
        wsClient(t.url, `Bearer ${alice}`),
        graphql(`subscription SubscriptionsTransportsCurrentlyPlaying {
          currentlyPlaying { isPlaying progressMs item { ...SubscriptionsTransportsItem } }
        }`),
      ),
    );
    expect((await stream.nth(0)).data?.currentlyPlaying?.item?.spotifyId).toBe(tracks[0]!.id);
    await t.emu.advanceClock(tracks[0]!.durationMs + 10);
    const next = await stream.nth(1);
    expect(next.data?.currentlyPlaying?.item?.spotifyId).toBe(tracks[1]!.id);
  });

  it('emits the devices when playback moves to another device', async () => {
    const { devices } = await startAlbum();
    const stream = track(
      wsSubscribe(
        wsClient(t.url, `Bearer ${alice}`),
        graphql(`subscription SubscriptionsTransportsDevices { devices { id isActive } }`),
      ),
    );
    const active = (event: StreamEvent<SubscriptionsTransportsDevicesSubscription>) =>
      event.data?.devices?.find((device) => device?.isActive)?.id;
    expect(active(await stream.nth(0))).toBe(devices.computer);
    await player(t.emu, alice).transfer(devices.speaker);
    expect(active(await stream.nth(1))).toBe(devices.speaker);
  });

  it('emits the queue when an item is added to it', async () => {
    const { album } = await startAlbum();
    const extra = [...t.emu.state.catalog.tracks.values()].find((track) => track.albumId !== album.id)!;
    const stream = track(
      wsSubscribe(
        wsClient(t.url, `Bearer ${alice}`),
        graphql(
          `subscription SubscriptionsTransportsQueue { queue { items { ...SubscriptionsTransportsItem } } }`,
        ),
      ),
    );
    expect((await stream.nth(0)).data?.queue?.items?.[0]?.spotifyId).not.toBe(extra.id);
    await player(t.emu, alice).enqueue(`spotify:track:${extra.id}`);
    expect((await stream.nth(1)).data?.queue?.items?.[0]?.spotifyId).toBe(extra.id);
  });

  it('answers an invalid subscription with validation errors and keeps the socket for other operations', async () => {
    const client = wsClient(t.url, `Bearer ${alice}`);
    const good = track(wsSubscribe(client, PLAYBACK_STATE));
    await good.nth(0);
    const bad = track(
      wsSubscribe(
        client,
        invalidDocument('selects a field the schema lacks', 'subscription { playbackState { noSuchField } }'),
      ),
    );
    await waitFor(
      () => bad.completed,
      () => 'the bad operation to end',
    );
    const errors = bad.failure as { message: string }[];
    expect(Array.isArray(errors)).toBe(true);
    expect(errors[0]?.message).toMatch(/noSuchField/);
    await player(t.emu, alice).seek(0);
    await startAlbum();
    await good.nth(1);
    expect(good.completed).toBe(false);
  });

  it('runs a mutation over the socket as over HTTP POST, and the subscription on the same socket sees its change', async () => {
    await startAlbum();
    const client = wsClient(t.url, `Bearer ${alice}`);
    const state = track(
      wsSubscribe(
        client,
        graphql(`subscription SubscriptionsTransportsIsPlaying { playbackState { isPlaying } }`),
      ),
    );
    expect((await state.nth(0)).data?.playbackState?.isPlaying).toBe(true);
    const paused = track(
      wsSubscribe(client, graphql(`mutation SubscriptionsTransportsPause { pause { ok } }`)),
    );
    await waitFor(
      () => paused.completed,
      () => 'the mutation to end',
    );
    expect(paused.events).toEqual([{ data: { pause: { ok: true } } }]);
    expect((await state.nth(1)).data?.playbackState?.isPlaying).toBe(false);
  });

  it('ends the operation with UNAUTHENTICATED when no user token came with the connection', async () => {
    const stream = track(wsSubscribe(wsClient(t.url), PLAYBACK_STATE));
    await waitFor(
      () => stream.completed,
      () => 'the operation to end',
    );
    // Refused before it starts: graphql-ws's error message, not a next with only errors.
    expect(stream.events).toEqual([]);
    const errors = stream.failure as { extensions?: { code?: string } }[];
    expect(errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('closes with 4403 at connection init when connectionParams carry a malformed credential', async () => {
    const stream = track(wsSubscribe(wsClient(t.url, 'Basic not-a-bearer'), PLAYBACK_STATE));
    await waitFor(
      () => stream.completed,
      () => 'the socket to close',
    );
    const failure = stream.failure as { code?: number; reason?: string };
    expect(failure.code).toBe(4403);
    // The reason HTTP gives for the same header, not graphql-ws's bare "Forbidden".
    expect(failure.reason).toBe(
      'The Authorization header must be "Bearer <session token>" or "Bearer <Spotify access token>"',
    );
  });
});

describe('SSE', () => {
  it('streams the playback state over one event-stream response per subscription', async () => {
    const stream = sseSubscribe(t.url, PLAYBACK_STATE, alice);
    track(stream);
    expect(await stream.status).toBe(200);
    expect(await stream.nth(0)).toEqual({ data: { playbackState: null } });
    await startAlbum();
    expect((await stream.nth(1)).data?.playbackState?.isPlaying).toBe(true);
    await player(t.emu, alice).volume(20);
    expect((await stream.nth(2)).data?.playbackState?.device?.volumePercent).toBe(20);
  });

  it('answers HTTP 400 with validation errors for an invalid subscription document', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: `Bearer ${alice}`,
      },
      body: JSON.stringify({
        query: invalidDocument('selects a field the schema lacks', 'subscription { nowhere }'),
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.message).toMatch(/nowhere/);
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
