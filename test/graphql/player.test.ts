import { beforeEach, describe, expect, it } from 'vitest';
import { albumWith, otherTrack } from '../emulator/player-fixtures.js';
import type { GraphqlPlayerDeviceFragment, GraphqlPlayerPauseMutation } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import type { TypedDocumentNode } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

/** The player through GraphQL: `me.player` reads and the playback mutations, against the emulator. */

// The fragments the documents below spread (codegen adds each one's text to the documents that use it).
graphql(`fragment GraphqlPlayerItem on PlaylistItemContent {
  __typename
  ... on Track { spotifyId }
  ... on Episode { spotifyId }
}`);
graphql(`fragment GraphqlPlayerState on PlaybackState {
  isPlaying progressMs repeatState shuffleState currentlyPlayingType timestamp
  device { id isActive } context { type uri href externalUrl } item { ...GraphqlPlayerItem }
  disallows { pausing resuming skippingNext skippingPrev }
}`);
graphql(`fragment GraphqlPlayerDevice on Device {
  id name type isActive isRestricted supportsVolume volumePercent
}`);

// One typed document per player mutation; each aliases its field `command` and reads the state back.
const PLAY = graphql(`mutation GraphqlPlayerPlay($contextUri: ID, $uris: [ID!], $offsetUri: ID,
  $offsetPosition: Int, $positionMs: Int, $deviceId: String) {
  command: play(contextUri: $contextUri, uris: $uris, offsetUri: $offsetUri, offsetPosition: $offsetPosition,
    positionMs: $positionMs, deviceId: $deviceId) { ok state { ...GraphqlPlayerState } }
}`);
const TRANSFER = graphql(`mutation GraphqlPlayerTransfer($deviceId: String!, $play: Boolean) {
  command: transferPlayback(deviceId: $deviceId, play: $play) { ok state { ...GraphqlPlayerState } }
}`);
const ADD_TO_QUEUE = graphql(`mutation GraphqlPlayerAddToQueue($uri: ID!) {
  command: addToQueue(uri: $uri) { ok state { ...GraphqlPlayerState } }
}`);
const SKIP_TO_NEXT = graphql(`mutation GraphqlPlayerSkipToNext {
  command: skipToNext { ok state { ...GraphqlPlayerState } }
}`);
const SKIP_TO_PREVIOUS = graphql(`mutation GraphqlPlayerSkipToPrevious {
  command: skipToPrevious { ok state { ...GraphqlPlayerState } }
}`);
const SEEK = graphql(`mutation GraphqlPlayerSeek($positionMs: Int!) {
  command: seek(positionMs: $positionMs) { ok state { ...GraphqlPlayerState } }
}`);
const PAUSE = graphql(
  `mutation GraphqlPlayerPause { command: pause { ok state { ...GraphqlPlayerState } } }`,
);
const RESUME = graphql(
  `mutation GraphqlPlayerResume { command: resume { ok state { ...GraphqlPlayerState } } }`,
);
const SET_REPEAT = graphql(`mutation GraphqlPlayerSetRepeat($state: RepeatState!) {
  command: setRepeat(state: $state) { ok state { ...GraphqlPlayerState } }
}`);
const SET_SHUFFLE = graphql(`mutation GraphqlPlayerSetShuffleState($state: Boolean!) {
  command: setShuffle(state: $state) { ok state { ...GraphqlPlayerState } }
}`);

/** A player mutation's payload, as every document above selects it. */
type Payload = NonNullable<GraphqlPlayerPauseMutation['command']>;

/** Real time passes between requests too; progress checks allow this much of it. */
const SLACK_MS = 2_000;

const t = useTestServer();
let alice: string;
let devices: GraphqlPlayerDeviceFragment[];
const deviceOfType = (type: string) => devices.find((d) => d.type === type && !d.isRestricted)!;

async function run<R, V>(document: TypedDocumentNode<R, V>, variables?: NoInfer<V>): Promise<R> {
  const answer = await t.query(document, variables, { token: alice });
  expect(answer.errors).toBeUndefined();
  return answer.data as R;
}

const readState = async () =>
  (await run(graphql(`query GraphqlPlayerReadState { me { player { state { ...GraphqlPlayerState } } } }`)))
    .me?.player.state;

/** Runs one player mutation (a document above) and answers its payload (with the state read back). */
async function command<V>(
  document: TypedDocumentNode<{ command?: Payload | null }, V>,
  variables?: NoInfer<V>,
): Promise<Payload> {
  const data = await run(document, variables);
  return data.command!;
}

beforeEach(async () => {
  // A reset wipes tokens too: every test starts with a fresh player and a fresh token.
  await t.emu.reset();
  alice = await t.emu.token({ user: 'alice' });
  const data = await run(
    graphql(`query GraphqlPlayerDevices { me { player { devices { ...GraphqlPlayerDevice } } } }`),
  );
  devices = (data.me?.player.devices ?? []).filter((d) => d !== null);
});

describe('me.player reads', () => {
  it('lists the four devices, none active at first', () => {
    expect(devices).toHaveLength(4);
    expect(devices.every((d) => !d.isActive)).toBe(true);
    expect(devices.filter((d) => d.isRestricted)).toHaveLength(1);
    expect(deviceOfType('Smartphone').supportsVolume).toBe(false);
  });

  it('answers null state, null currently playing and an empty queue when nothing is active', async () => {
    const data = await run(
      graphql(`query GraphqlPlayerIdle { me { player { state { isPlaying } currentlyPlaying { isPlaying }
        queue { currentlyPlaying { ...GraphqlPlayerItem } items { ...GraphqlPlayerItem } } } } }`),
    );
    expect(data.me?.player).toEqual({
      state: null,
      currentlyPlaying: null,
      queue: { currentlyPlaying: null, items: [] },
    });
  });

  it('shows the playing album as context, its first track as item, and the rest as the queue', async () => {
    const { album, tracks } = albumWith(t.emu, 3);
    await command(PLAY, {
      contextUri: `spotify:album:${album.id}`,
      deviceId: deviceOfType('Computer').id!,
    });
    const data = await run(
      graphql(`query GraphqlPlayerPlayingAlbum { me { player {
        state { ...GraphqlPlayerState }
        currentlyPlaying { isPlaying progressMs currentlyPlayingType context { uri } item { ...GraphqlPlayerItem } }
        queue { currentlyPlaying { ...GraphqlPlayerItem } items { ...GraphqlPlayerItem } }
      } } }`),
    );
    const { state, currentlyPlaying, queue } = data.me!.player;
    expect(state?.context).toEqual({
      type: 'album',
      uri: `spotify:album:${album.id}`,
      href: expect.stringContaining(`/albums/${album.id}`),
      externalUrl: `https://open.spotify.com/album/${album.id}`,
    });
    expect(state?.item).toEqual({ __typename: 'Track', spotifyId: tracks[0]!.id });
    expect(state?.currentlyPlayingType).toBe('TRACK');
    expect(state?.timestamp).toBeGreaterThan(1_600_000_000_000);
    expect(state?.disallows).toEqual({
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
    expect(queue?.currentlyPlaying?.spotifyId).toBe(tracks[0]!.id);
    expect(queue?.items?.slice(0, 2).map((i) => i?.spotifyId)).toEqual([tracks[1]!.id, tracks[2]!.id]);
  });

  it('answers a state with the device but no item, and no currently playing, after a bare transfer', async () => {
    const computer = deviceOfType('Computer').id!;
    await command(TRANSFER, { deviceId: computer });
    const data = await run(
      graphql(
        `query GraphqlPlayerTransferred { me { player { state { ...GraphqlPlayerState } currentlyPlaying { isPlaying } } } }`,
      ),
    );
    expect(data.me?.player.state).toMatchObject({
      device: { id: computer, isActive: true },
      item: null,
      context: null,
    });
    expect(data.me?.player.state?.currentlyPlayingType).toBe('UNKNOWN');
    expect(data.me?.player.currentlyPlaying).toBeNull();
  });

  it('shows a playing podcast episode as an Episode item', async () => {
    const episode = [...t.emu.state.catalog.episodes.values()][0]!;
    await command(TRANSFER, { deviceId: deviceOfType('Computer').id! });
    const payload = await command(PLAY, { uris: [`spotify:episode:${episode.id}`] });
    expect(payload.state?.item).toEqual({ __typename: 'Episode', spotifyId: episode.id });
    expect(payload.state?.currentlyPlayingType).toBe('EPISODE');
  });
});

describe('a whole listening session through GraphQL', () => {
  it("queues an audiobook's chapter by its episode link or URI, as Spotify writes a chapter's uri (was the emulator's 404)", async () => {
    const { album } = albumWith(t.emu, 3);
    const chapter = [...t.emu.state.catalog.chapters.keys()][0]!;
    await command(TRANSFER, { deviceId: deviceOfType('Computer').id! });
    await command(PLAY, { contextUri: `spotify:album:${album.id}` });
    for (const uri of [`https://open.spotify.com/episode/${chapter}`, `spotify:episode:${chapter}`]) {
      const queued = await t.query(
        graphql(`mutation GraphqlPlayerQueueChapter($uri: ID!) { addToQueue(uri: $uri) { ok } }`),
        { uri },
        { token: alice },
      );
      expect(queued.errors, uri).toBeUndefined();
      expect(queued.data?.addToQueue?.ok, uri).toBe(true);
    }
    const queue = await t.query(
      graphql(
        `query GraphqlPlayerChapterQueue { me { player { queue { items { __typename ... on Chapter { spotifyId } } } } } }`,
      ),
      {},
      { token: alice },
    );
    expect(queue.errors).toBeUndefined();
    // The user's queue comes first: the chapter twice, read as the chapter it is.
    expect(queue.data?.me?.player.queue?.items?.slice(0, 2)).toEqual([
      { __typename: 'Chapter', spotifyId: chapter },
      { __typename: 'Chapter', spotifyId: chapter },
    ]);
  });

  it('transfers, plays an album, moves on with the clock, queues, skips, seeks, pauses and sets modes', async () => {
    const { album, tracks } = albumWith(t.emu, 3);
    const [first, second, third] = [tracks[0]!, tracks[1]!, tracks[2]!];
    const queued = otherTrack(t.emu, album);
    const computer = deviceOfType('Computer').id!;

    const transferred = await command(TRANSFER, { deviceId: computer });
    expect(transferred.state).toMatchObject({
      isPlaying: false,
      item: null,
      device: { id: computer, isActive: true },
    });

    const started = await command(PLAY, { contextUri: `spotify:album:${album.id}` });
    expect(started.state).toMatchObject({ isPlaying: true, item: { spotifyId: first.id } });

    // Past the end of the first track: the emulator plays on into the second.
    await t.emu.advanceClock(first.durationMs + 1_000);
    const playing = await run(
      graphql(
        `query GraphqlPlayerPlaysOn { me { player { currentlyPlaying { progressMs item { ...GraphqlPlayerItem } } } } }`,
      ),
    );
    expect(playing.me?.player.currentlyPlaying?.item?.spotifyId).toBe(second.id);
    expect(playing.me?.player.currentlyPlaying?.progressMs).toBeGreaterThanOrEqual(1_000);

    await command(ADD_TO_QUEUE, { uri: `spotify:track:${queued.id}` });
    const queue = await run(
      graphql(`query GraphqlPlayerQueue { me { player { queue { items { ...GraphqlPlayerItem } } } } }`),
    );
    expect(queue.me?.player.queue?.items?.slice(0, 2).map((i) => i?.spotifyId)).toEqual([
      queued.id,
      third.id,
    ]);

    const skipped = await command(SKIP_TO_NEXT);
    expect(skipped.state?.item?.spotifyId).toBe(queued.id);
    // A queued item plays outside the album, but the album stays the context.
    expect(skipped.state?.context?.uri).toBe(`spotify:album:${album.id}`);

    const sought = await command(SEEK, { positionMs: 60_000 });
    expect(sought.state?.progressMs).toBeGreaterThanOrEqual(60_000);
    expect(sought.state?.progressMs).toBeLessThan(60_000 + SLACK_MS);

    const paused = await command(PAUSE);
    expect(paused.state?.isPlaying).toBe(false);
    await t.emu.advanceClock(30_000);
    const stillPaused = await readState();
    expect(stillPaused?.isPlaying).toBe(false);
    expect(stillPaused?.progressMs).toBe(paused.state?.progressMs);

    expect((await command(SET_REPEAT, { state: 'CONTEXT' })).state?.repeatState).toBe('CONTEXT');
    expect((await command(SET_SHUFFLE, { state: true })).state?.shuffleState).toBe(true);
    const after = await readState();
    expect(after).toMatchObject({ repeatState: 'CONTEXT', shuffleState: true, isPlaying: false });

    const back = await command(SKIP_TO_PREVIOUS);
    expect(back.state?.item?.spotifyId).toBe(second.id);

    const resumed = await command(RESUME);
    expect(resumed.state?.isPlaying).toBe(true);
  });
});

describe('player mutations', () => {
  it('plays a list of uris from the item named by offsetUri', async () => {
    const { tracks } = albumWith(t.emu, 3);
    const uris = tracks.slice(0, 3).map((tr) => `spotify:track:${tr.id}`);
    await command(TRANSFER, { deviceId: deviceOfType('Computer').id! });
    const payload = await command(PLAY, { uris, offsetUri: uris[2]! });
    expect(payload.state?.item?.spotifyId).toBe(tracks[2]!.id);
    expect(payload.state?.context).toBeNull();
  });

  it('plays an album from offsetPosition at positionMs on the device named', async () => {
    const { album, tracks } = albumWith(t.emu, 3);
    const speaker = deviceOfType('Speaker').id!;
    const payload = await command(PLAY, {
      contextUri: `spotify:album:${album.id}`,
      offsetPosition: 1,
      positionMs: 5_000,
      deviceId: speaker,
    });
    expect(payload.state).toMatchObject({ item: { spotifyId: tracks[1]!.id }, device: { id: speaker } });
    expect(payload.state?.progressMs).toBeGreaterThanOrEqual(5_000);
    expect(payload.state?.progressMs).toBeLessThan(5_000 + SLACK_MS);
  });

  it('transfers with play: true and starts what was cued', async () => {
    const { album } = albumWith(t.emu, 3);
    await command(PLAY, { contextUri: `spotify:album:${album.id}`, deviceId: deviceOfType('Computer').id! });
    await command(PAUSE);
    const speaker = deviceOfType('Speaker').id!;
    const payload = await command(TRANSFER, { deviceId: speaker, play: true });
    expect(payload.state).toMatchObject({ isPlaying: true, device: { id: speaker } });
  });

  it('sets the volume of a device, visible in the devices read back', async () => {
    await command(TRANSFER, { deviceId: deviceOfType('Computer').id! });
    const speaker = deviceOfType('Speaker').id!;
    const data = await run(
      graphql(`mutation GraphqlPlayerSetVolume($device: String) {
        setVolume(volumePercent: 12, deviceId: $device) { ok player { devices { ...GraphqlPlayerDevice } } } }`),
      { device: speaker },
    );
    expect(data.setVolume?.ok).toBe(true);
    expect(data.setVolume?.player.devices?.find((d) => d?.id === speaker)?.volumePercent).toBe(12);
  });

  it('repeats the current track with setRepeat TRACK, so the clock does not move it on', async () => {
    const { album, tracks } = albumWith(t.emu, 3);
    await command(PLAY, { contextUri: `spotify:album:${album.id}`, deviceId: deviceOfType('Computer').id! });
    expect((await command(SET_REPEAT, { state: 'TRACK' })).state?.repeatState).toBe('TRACK');
    await t.emu.advanceClock(tracks[0]!.durationMs + 1_000);
    expect((await readState())?.item?.spotifyId).toBe(tracks[0]!.id);
    expect((await command(SET_REPEAT, { state: 'OFF' })).state?.repeatState).toBe('OFF');
  });

  it('turns shuffle off again with setShuffle false', async () => {
    await command(TRANSFER, { deviceId: deviceOfType('Computer').id! });
    await command(SET_SHUFFLE, { state: true });
    expect((await command(SET_SHUFFLE, { state: false })).state?.shuffleState).toBe(false);
  });

  it('makes one Spotify call for a command whose payload asks only ok', async () => {
    await command(TRANSFER, { deviceId: deviceOfType('Computer').id! });
    await t.clearLog();
    const data = await run(graphql(`mutation GraphqlPlayerSetShuffle { setShuffle(state: true) { ok } }`));
    expect(data.setShuffle?.ok).toBe(true);
    expect(await t.calls()).toEqual({ 'PUT /v1/me/player/shuffle': 1 });
  });

  it('reads the state back once however often the payload selects it', async () => {
    await command(TRANSFER, { deviceId: deviceOfType('Computer').id! });
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

  /** The calls of the last request as `METHOD path`, in the order the emulator received them. */
  const orderedCalls = async () => (await timedCalls(t.emu)).map((c) => `${c.method} ${c.path}`);

  /** Transfers to the computer and plays a 3-track album; answers its tracks. */
  async function playing() {
    const { album, tracks } = albumWith(t.emu, 3);
    await command(TRANSFER, { deviceId: deviceOfType('Computer').id! });
    await command(PLAY, { contextUri: `spotify:album:${album.id}` });
    await t.clearLog();
    return tracks;
  }

  it("answers a payload's state and its player's currentlyPlaying from one GET /me/player after the write (issue 11, F2)", async () => {
    const tracks = await playing();
    const data = await run(
      graphql(`mutation GraphqlPlayerSkipStateBesidePlaying {
        skipToNext { ok state { item { ...GraphqlPlayerItem } } player { currentlyPlaying { item { ...GraphqlPlayerItem } } devices { name } } }
      }`),
    );
    expect(data.skipToNext?.state?.item?.spotifyId).toBe(tracks[1]!.id);
    expect(data.skipToNext?.player.currentlyPlaying?.item?.spotifyId).toBe(tracks[1]!.id);
    const calls = await orderedCalls();
    expect(calls[0]).toBe('POST /v1/me/player/next');
    expect(calls.slice(1).sort()).toEqual(['GET /v1/me/player', 'GET /v1/me/player/devices']);
  });

  it('reads each command payload after its own write, state and currentlyPlaying of one payload in one call', async () => {
    const tracks = await playing();
    const data = await run(
      graphql(`mutation GraphqlPlayerSkipTwice {
        a: skipToNext { state { item { ...GraphqlPlayerItem } } }
        b: skipToNext { player { currentlyPlaying { item { ...GraphqlPlayerItem } } state { item { ...GraphqlPlayerItem } } } }
      }`),
    );
    expect(data.a?.state?.item?.spotifyId).toBe(tracks[1]!.id);
    expect(data.b?.player.currentlyPlaying?.item?.spotifyId).toBe(tracks[2]!.id);
    expect(data.b?.player.state?.item?.spotifyId).toBe(tracks[2]!.id);
    expect(await orderedCalls()).toEqual([
      'POST /v1/me/player/next',
      'GET /v1/me/player',
      'POST /v1/me/player/next',
      'GET /v1/me/player',
    ]);
  });

  it("answers state and currentlyPlaying of two aliased players under a write's `me` from one GET /me/player after it", async () => {
    const tracks = await playing();
    const data = await run(
      graphql(`mutation GraphqlPlayerSaveThenPlayer($uris: [ID!]!) {
        saveToLibrary(uris: $uris) { me { x: player { state { isPlaying } } y: player { currentlyPlaying { isPlaying } } } }
      }`),
      { uris: [`spotify:track:${tracks[0]!.id}`] },
    );
    expect(data.saveToLibrary?.me).toEqual({
      x: { state: { isPlaying: true } },
      y: { currentlyPlaying: { isPlaying: true } },
    });
    expect(await orderedCalls()).toEqual(['PUT /v1/me/tracks', 'GET /v1/me/player']);
  });
});
