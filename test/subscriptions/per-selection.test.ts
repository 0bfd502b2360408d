import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { deviceIds, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Each test waits for events with generous deadlines (a loaded CI machine must not fail them).
vi.setConfig({ testTimeout: 60_000 });

/**
 * One poller serves every subscriber of a user, whatever they select; each subscriber gets an event
 * only when its own result changed. The order of events proves an absence: a subscriber that receives
 * a later change, and nothing between, was not sent the earlier one.
 */

const INTERVAL_MS = 100;
/** Far above any drift a loaded machine makes, so only the test's seek counts as one. */
const SEEK_DRIFT_MS = 10_000;

const PROGRESS = graphql(`subscription PerSelectionProgress { currentlyPlaying { isPlaying progressMs } }`);
const ALIASED_PROGRESS = graphql(
  `subscription PerSelectionAliasedProgress { currentlyPlaying { at: progressMs } }`,
);
const ITEM = graphql(
  `subscription PerSelectionItem { currentlyPlaying { isPlaying item { ... on Track { name } } } }`,
);
const VOLUME = graphql(`subscription PerSelectionVolume { playbackState { device { volumePercent } } }`);
const PLAYING = graphql(`subscription PerSelectionPlaying { playbackState { isPlaying } }`);
const PLAYING_AT = graphql(
  `subscription PerSelectionPlayingAt { playbackState { isPlaying progressMs timestamp } }`,
);

const t = useTestServer({
  listen: true,
  config: {
    playerPollIntervalMs: INTERVAL_MS,
    playerIdlePollIntervalMs: INTERVAL_MS,
    playerSeekDriftMs: SEEK_DRIFT_MS,
  },
});

let alice: string;
let other: string;
const open: Stream<unknown>[] = [];

beforeEach(async () => {
  await t.emu.reset();
  alice = await t.emu.token({ user: 'alice' });
  other = await t.emu.token({ user: 'alice' });
});

afterEach(async () => {
  for (const stream of open.splice(0)) stream.stop();
  await waitFor(
    () => t.server.playerPollers.subscribers === 0,
    () => 'subscribers to leave',
  );
});

function track<T>(stream: Stream<T>): Stream<T> {
  open.push(stream as Stream<unknown>);
  return stream;
}

/** Another client of alice's starts an album whose first track lasts at least 150 s, on her laptop. */
async function playLongTrack(): Promise<number> {
  const { catalog } = t.emu.state;
  for (const album of catalog.albums.values()) {
    const first = catalog.tracks.get(album.trackIds[0] ?? '');
    if (first === undefined || first.durationMs < 150_000) continue;
    const devices = await deviceIds(t.emu, other);
    const answer = await player(t.emu, other).play(
      { context_uri: `spotify:album:${album.id}` },
      { device_id: devices.computer },
    );
    expect(answer.status).toBe(204);
    return first.durationMs;
  }
  throw new Error('no album starts with a track of 150 s or more');
}

it('sends a seek only to the subscribers that select the progress', async () => {
  const duration = await playLongTrack();
  const client = wsClient(t.url, `Bearer ${alice}`);
  const progress = track(wsSubscribe(client, PROGRESS));
  const aliased = track(wsSubscribe(client, ALIASED_PROGRESS));
  const item = track(wsSubscribe(client, ITEM));
  for (const stream of [progress, aliased, item]) await stream.nth(0);
  expect(t.server.playerPollers.pollerCount).toBe(1);

  const target = duration - 60_000;
  expect((await player(t.emu, other).seek(target)).status).toBe(204);
  const seeked = await progress.nth(1);
  expect(seeked.data?.currentlyPlaying?.progressMs).toBeGreaterThanOrEqual(target);
  expect((await aliased.nth(1)).data?.currentlyPlaying?.at).toBeGreaterThanOrEqual(target);

  expect((await player(t.emu, other).pause()).status).toBe(204);
  await item.until((events) => events.some((event) => event.data?.currentlyPlaying?.isPlaying === false));
  // The item's subscriber heard of the pause and of nothing before it: the seek was not its news.
  expect(item.events.map((event) => event.data?.currentlyPlaying?.isPlaying)).toEqual([true, false]);
  await progress.until((events) => events.some((event) => event.data?.currentlyPlaying?.isPlaying === false));
  expect(progress.events).toHaveLength(3);
});

it('sends a volume change only to the subscribers whose result it changes', async () => {
  await playLongTrack();
  const client = wsClient(t.url, `Bearer ${alice}`);
  const volume = track(wsSubscribe(client, VOLUME));
  const playing = track(wsSubscribe(client, PLAYING));
  const playingAt = track(wsSubscribe(client, PLAYING_AT));
  for (const stream of [volume, playing, playingAt]) await stream.nth(0);
  const before = volume.events[0]?.data?.playbackState?.device?.volumePercent;
  const next = before === 30 ? 40 : 30;

  expect((await player(t.emu, other).volume(next)).status).toBe(204);
  expect((await volume.nth(1)).data?.playbackState?.device?.volumePercent).toBe(next);

  expect((await player(t.emu, other).pause()).status).toBe(204);
  for (const stream of [playing, playingAt])
    await stream.until((events) => events.some((event) => event.data?.playbackState?.isPlaying === false));
  // Neither heard of the volume: one selects no volume, the other a progress and timestamp that only
  // moved with the clock.
  expect(playing.events.map((event) => event.data?.playbackState?.isPlaying)).toEqual([true, false]);
  expect(playingAt.events.map((event) => event.data?.playbackState?.isPlaying)).toEqual([true, false]);
});
