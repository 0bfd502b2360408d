import { beforeEach, describe, expect, it } from 'vitest';
import { albumWith, otherTrack } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { q, useTestServer } from '../helpers/server.js';

/** The player through GraphQL: `me.player` reads and the playback mutations, against the emulator. */

interface Item {
  __typename: 'Track' | 'Episode';
  spotifyId: string;
}
interface DeviceView {
  id: string;
  name: string;
  type: string;
  isActive: boolean;
  isRestricted: boolean;
  supportsVolume: boolean;
  volumePercent: number | null;
}
interface StateView {
  isPlaying: boolean;
  progressMs: number | null;
  repeatState: 'OFF' | 'TRACK' | 'CONTEXT';
  shuffleState: boolean;
  currentlyPlayingType: string;
  device: { id: string; isActive: boolean } | null;
  context: { type: string; uri: string; href: string | null; externalUrl: string | null } | null;
  item: Item | null;
  timestamp: number | null;
  disallows: { pausing: boolean; resuming: boolean; skippingNext: boolean; skippingPrev: boolean };
}
interface Payload {
  ok: boolean;
  state: StateView | null;
}

const ITEM = '__typename ... on Track { spotifyId } ... on Episode { spotifyId }';
const STATE = `isPlaying progressMs repeatState shuffleState currentlyPlayingType timestamp
  device { id isActive } context { type uri href externalUrl } item { ${ITEM} }
  disallows { pausing resuming skippingNext skippingPrev }`;
const DEVICE = 'id name type isActive isRestricted supportsVolume volumePercent';

/** Real time passes between requests too; progress checks allow this much of it. */
const SLACK_MS = 2_000;

const t = useTestServer();
let alice: string;
let devices: DeviceView[];
const deviceOfType = (type: string) => devices.find((d) => d.type === type && !d.isRestricted)!;

async function run<R = Record<string, unknown>, V = Record<string, unknown>>(
  document: GraphQLDocument<R, V>,
  variables?: NoInfer<V>,
): Promise<R> {
  const answer = await t.query(document, variables, { token: alice });
  expect(answer.errors).toBeUndefined();
  return answer.data as R;
}

const readState = async (): Promise<StateView | null> =>
  (await run<{ me: { player: { state: StateView | null } } }>(`{ me { player { state { ${STATE} } } } }`)).me
    .player.state;

const list = (values: readonly string[]): string => `[${values.map(q).join(', ')}]`;

/** Runs one player mutation and answers its payload (with the state read back). */
async function command(name: string, args = ''): Promise<Payload> {
  const data = await run<Record<string, Payload>>(
    `mutation { ${name}${args ? `(${args})` : ''} { ok state { ${STATE} } } }`,
  );
  return data[name]!;
}

beforeEach(async () => {
  // A reset wipes tokens too: every test starts with a fresh player and a fresh token.
  await t.emu.reset();
  alice = await t.emu.token({ user: 'alice' });
  devices = (
    await run<{ me: { player: { devices: DeviceView[] } } }>(`{ me { player { devices { ${DEVICE} } } } }`)
  ).me.player.devices;
});

describe('me.player reads', () => {
  it('lists the four devices, none active at first', () => {
    expect(devices).toHaveLength(4);
    expect(devices.every((d) => !d.isActive)).toBe(true);
    expect(devices.filter((d) => d.isRestricted)).toHaveLength(1);
    expect(deviceOfType('Smartphone').supportsVolume).toBe(false);
  });

  it('answers null state, null currently playing and an empty queue when nothing is active', async () => {
    const data = await run<{
      me: {
        player: {
          state: unknown;
          currentlyPlaying: unknown;
          queue: { currentlyPlaying: unknown; items: Item[] };
        };
      };
    }>(
      `{ me { player { state { isPlaying } currentlyPlaying { isPlaying } queue { currentlyPlaying { ${ITEM} } items { ${ITEM} } } } } }`,
    );
    expect(data.me.player).toEqual({
      state: null,
      currentlyPlaying: null,
      queue: { currentlyPlaying: null, items: [] },
    });
  });

  it('shows the playing album as context, its first track as item, and the rest as the queue', async () => {
    const { album, tracks } = albumWith(t.emu, 3);
    await command(
      'play',
      `contextUri: ${q(`spotify:album:${album.id}`)}, deviceId: ${q(deviceOfType('Computer').id)}`,
    );
    const data = await run<{
      me: {
        player: {
          state: StateView;
          currentlyPlaying: Omit<StateView, 'device' | 'repeatState' | 'shuffleState'>;
          queue: { currentlyPlaying: Item; items: Item[] };
        };
      };
    }>(`{ me { player {
      state { ${STATE} }
      currentlyPlaying { isPlaying progressMs currentlyPlayingType context { uri } item { ${ITEM} } }
      queue { currentlyPlaying { ${ITEM} } items { ${ITEM} } }
    } } }`);
    const { state, currentlyPlaying, queue } = data.me.player;
    expect(state.context).toEqual({
      type: 'album',
      uri: `spotify:album:${album.id}`,
      href: expect.stringContaining(`/albums/${album.id}`),
      externalUrl: `https://open.spotify.com/album/${album.id}`,
    });
    expect(state.item).toEqual({ __typename: 'Track', spotifyId: tracks[0]!.id });
    expect(state.currentlyPlayingType).toBe('TRACK');
    expect(state.timestamp).toBeGreaterThan(1_600_000_000_000);
    expect(state.disallows).toEqual({
      pausing: false,
      resuming: true,
      skippingNext: false,
      skippingPrev: true,
    });
    expect(currentlyPlaying).toMatchObject({
      isPlaying: true,
      currentlyPlayingType: 'TRACK',
      context: { uri: `spotify:album:${album.id}` },
      item: { spotifyId: tracks[0]!.id },
    });
    expect(queue.currentlyPlaying.spotifyId).toBe(tracks[0]!.id);
    expect(queue.items.slice(0, 2).map((i) => i.spotifyId)).toEqual([tracks[1]!.id, tracks[2]!.id]);
  });

  it('answers a state with the device but no item, and no currently playing, after a bare transfer', async () => {
    const computer = deviceOfType('Computer').id;
    await command('transferPlayback', `deviceId: ${q(computer)}`);
    const data = await run<{ me: { player: { state: StateView; currentlyPlaying: unknown } } }>(
      `{ me { player { state { ${STATE} } currentlyPlaying { isPlaying } } } }`,
    );
    expect(data.me.player.state).toMatchObject({
      device: { id: computer, isActive: true },
      item: null,
      context: null,
    });
    expect(data.me.player.state.currentlyPlayingType).toBe('UNKNOWN');
    expect(data.me.player.currentlyPlaying).toBeNull();
  });

  it('shows a playing podcast episode as an Episode item', async () => {
    const episode = [...t.emu.state.catalog.episodes.values()][0]!;
    await command('transferPlayback', `deviceId: ${q(deviceOfType('Computer').id)}`);
    const payload = await command('play', `uris: ${list([`spotify:episode:${episode.id}`])}`);
    expect(payload.state?.item).toEqual({ __typename: 'Episode', spotifyId: episode.id });
    expect(payload.state?.currentlyPlayingType).toBe('EPISODE');
  });
});

describe('a whole listening session through GraphQL', () => {
  it('transfers, plays an album, moves on with the clock, queues, skips, seeks, pauses and sets modes', async () => {
    const { album, tracks } = albumWith(t.emu, 3);
    const [first, second, third] = [tracks[0]!, tracks[1]!, tracks[2]!];
    const queued = otherTrack(t.emu, album);
    const computer = deviceOfType('Computer').id;

    const transferred = await command('transferPlayback', `deviceId: ${q(computer)}`);
    expect(transferred.state).toMatchObject({
      isPlaying: false,
      item: null,
      device: { id: computer, isActive: true },
    });

    const started = await command('play', `contextUri: ${q(`spotify:album:${album.id}`)}`);
    expect(started.state).toMatchObject({ isPlaying: true, item: { spotifyId: first.id } });

    // Past the end of the first track: the emulator plays on into the second.
    await t.emu.advanceClock(first.durationMs + 1_000);
    const playing = await run<{ me: { player: { currentlyPlaying: { item: Item; progressMs: number } } } }>(
      `{ me { player { currentlyPlaying { progressMs item { ${ITEM} } } } } }`,
    );
    expect(playing.me.player.currentlyPlaying.item.spotifyId).toBe(second.id);
    expect(playing.me.player.currentlyPlaying.progressMs).toBeGreaterThanOrEqual(1_000);

    await command('addToQueue', `uri: ${q(`spotify:track:${queued.id}`)}`);
    const queue = await run<{ me: { player: { queue: { items: Item[] } } } }>(
      `{ me { player { queue { items { ${ITEM} } } } } }`,
    );
    expect(queue.me.player.queue.items.slice(0, 2).map((i) => i.spotifyId)).toEqual([queued.id, third.id]);

    const skipped = await command('skipToNext');
    expect(skipped.state?.item?.spotifyId).toBe(queued.id);
    // A queued item plays outside the album, but the album stays the context.
    expect(skipped.state?.context?.uri).toBe(`spotify:album:${album.id}`);

    const sought = await command('seek', 'positionMs: 60000');
    expect(sought.state?.progressMs).toBeGreaterThanOrEqual(60_000);
    expect(sought.state?.progressMs).toBeLessThan(60_000 + SLACK_MS);

    const paused = await command('pause');
    expect(paused.state?.isPlaying).toBe(false);
    await t.emu.advanceClock(30_000);
    const stillPaused = await readState();
    expect(stillPaused?.isPlaying).toBe(false);
    expect(stillPaused?.progressMs).toBe(paused.state?.progressMs);

    expect((await command('setRepeat', 'state: CONTEXT')).state?.repeatState).toBe('CONTEXT');
    expect((await command('setShuffle', 'state: true')).state?.shuffleState).toBe(true);
    const after = await readState();
    expect(after).toMatchObject({ repeatState: 'CONTEXT', shuffleState: true, isPlaying: false });

    const back = await command('skipToPrevious');
    expect(back.state?.item?.spotifyId).toBe(second.id);

    const resumed = await command('resume');
    expect(resumed.state?.isPlaying).toBe(true);
  });
});

describe('player mutations', () => {
  it('plays a list of uris from the item named by offsetUri', async () => {
    const { tracks } = albumWith(t.emu, 3);
    const uris = tracks.slice(0, 3).map((tr) => `spotify:track:${tr.id}`);
    await command('transferPlayback', `deviceId: ${q(deviceOfType('Computer').id)}`);
    const payload = await command('play', `uris: ${list(uris)}, offsetUri: ${q(uris[2]!)}`);
    expect(payload.state?.item?.spotifyId).toBe(tracks[2]!.id);
    expect(payload.state?.context).toBeNull();
  });

  it('plays an album from offsetPosition at positionMs on the device named', async () => {
    const { album, tracks } = albumWith(t.emu, 3);
    const speaker = deviceOfType('Speaker').id;
    const payload = await command(
      'play',
      `contextUri: ${q(`spotify:album:${album.id}`)}, offsetPosition: 1, positionMs: 5000, deviceId: ${q(speaker)}`,
    );
    expect(payload.state).toMatchObject({ item: { spotifyId: tracks[1]!.id }, device: { id: speaker } });
    expect(payload.state?.progressMs).toBeGreaterThanOrEqual(5_000);
    expect(payload.state?.progressMs).toBeLessThan(5_000 + SLACK_MS);
  });

  it('transfers with play: true and starts what was cued', async () => {
    const { album } = albumWith(t.emu, 3);
    await command(
      'play',
      `contextUri: ${q(`spotify:album:${album.id}`)}, deviceId: ${q(deviceOfType('Computer').id)}`,
    );
    await command('pause');
    const speaker = deviceOfType('Speaker').id;
    const payload = await command('transferPlayback', `deviceId: ${q(speaker)}, play: true`);
    expect(payload.state).toMatchObject({ isPlaying: true, device: { id: speaker } });
  });

  it('sets the volume of a device, visible in the devices read back', async () => {
    await command('transferPlayback', `deviceId: ${q(deviceOfType('Computer').id)}`);
    const speaker = deviceOfType('Speaker').id;
    const data = await run<{ setVolume: { ok: boolean; player: { devices: DeviceView[] } } }>(
      `mutation($device: String) { setVolume(volumePercent: 12, deviceId: $device) { ok player { devices { ${DEVICE} } } } }`,
      { device: speaker },
    );
    expect(data.setVolume.ok).toBe(true);
    expect(data.setVolume.player.devices.find((d) => d.id === speaker)?.volumePercent).toBe(12);
  });

  it('repeats the current track with setRepeat TRACK, so the clock does not move it on', async () => {
    const { album, tracks } = albumWith(t.emu, 3);
    await command(
      'play',
      `contextUri: ${q(`spotify:album:${album.id}`)}, deviceId: ${q(deviceOfType('Computer').id)}`,
    );
    expect((await command('setRepeat', 'state: TRACK')).state?.repeatState).toBe('TRACK');
    await t.emu.advanceClock(tracks[0]!.durationMs + 1_000);
    expect((await readState())?.item?.spotifyId).toBe(tracks[0]!.id);
    expect((await command('setRepeat', 'state: OFF')).state?.repeatState).toBe('OFF');
  });

  it('turns shuffle off again with setShuffle false', async () => {
    await command('transferPlayback', `deviceId: ${q(deviceOfType('Computer').id)}`);
    await command('setShuffle', 'state: true');
    expect((await command('setShuffle', 'state: false')).state?.shuffleState).toBe(false);
  });

  it('makes one Spotify call for a command whose payload asks only ok', async () => {
    await command('transferPlayback', `deviceId: ${q(deviceOfType('Computer').id)}`);
    await t.clearLog();
    const data = await run(graphql(`mutation GraphqlPlayerSetShuffle { setShuffle(state: true) { ok } }`));
    expect(data.setShuffle?.ok).toBe(true);
    expect(await t.calls()).toEqual({ 'PUT /v1/me/player/shuffle': 1 });
  });

  it('reads the state back once however often the payload selects it', async () => {
    await command('transferPlayback', `deviceId: ${q(deviceOfType('Computer').id)}`);
    await t.clearLog();
    const data = await run(
      graphql(
        `mutation GraphqlPlayerSetShuffle2 { setShuffle(state: true) { state { shuffleState } player { state { shuffleState } } } }`,
      ),
    );
    expect(data.setShuffle?.state?.shuffleState).toBe(true);
    expect(data.setShuffle?.player.state?.shuffleState).toBe(true);
    expect(await t.calls()).toEqual({ 'PUT /v1/me/player/shuffle': 1, 'GET /v1/me/player': 1 });
  });
});
