/**
 * The player plays every kind of playlist entry as Spotify does, and GraphQL tells the truth about
 * each: a local file plays as a local track (`isLocal`, its `spotify:local:` URI as id, no Spotify
 * id), an episode as an Episode, a removed entry and a track unavailable in the user's country are
 * skipped. Through `me { player }` and the `playbackState` / `currentlyPlaying` subscriptions.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIXED_ITEMS } from '../../src/emulator/catalog.js';
import type { PlaylistRecord } from '../../src/emulator/model.js';
import { deviceIds } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

const t = useTestServer({
  mode: 'extended',
  listen: true,
  config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 200 },
});

const LOCAL_URI = `spotify:local:${MIXED_ITEMS.localFile}`;
// What every document below selects of an item (spread as ...PlayerEntriesItem).
graphql(`fragment PlayerEntriesItem on PlayableItem {
  __typename
  ... on Track { id spotifyId uri isLocal name localFile { name durationMs } }
  ... on Episode { id spotifyId uri name }
  ... on Chapter { id spotifyId uri name }
}`);

const SKIP = graphql(`mutation PlayerEntriesSkip { skipToNext { ok } }`);

let alice: string;
let playlist: PlaylistRecord;
/** Playlist positions of the four mixed entries: local file, removed track, episode, JP-unavailable track. */
let at: { local: number; removed: number; episode: number; unavailable: number };

beforeEach(async () => {
  await t.emu.reset();
  alice = await t.emu.token({ user: 'alice' });
  playlist = [...t.emu.state.catalog.playlists.values()].find(
    (p) => p.ownerId === 'alice' && p.items.some((i) => i.type === 'local'),
  )!;
  const local = playlist.items.findIndex((i) => i.type === 'local');
  at = { local, removed: local + 1, episode: local + 2, unavailable: local + 3 };
});

const open: Stream[] = [];
afterEach(async () => {
  for (const stream of open.splice(0)) stream.stop();
  await waitFor(
    () => t.server.playerPollers.subscribers === 0,
    () => `${t.server.playerPollers.subscribers} subscribers left`,
  );
});

async function playAt(position: number): Promise<void> {
  const devices = await deviceIds(t.emu, alice);
  const answer = await t.query(
    graphql(`mutation PlayerEntriesPlayAt($deviceId: String, $contextUri: ID, $position: Int) {
      play(deviceId: $deviceId, contextUri: $contextUri, offsetPosition: $position) { ok } }`),
    { deviceId: devices.computer, contextUri: `spotify:playlist:${playlist.id}`, position },
    { token: alice },
  );
  expect(answer.errors).toBeUndefined();
}

/** The item's `isLocal`, when it is a track. */
const localOf = (
  item: { __typename: string; isLocal?: boolean | null } | null | undefined,
): boolean | undefined => (item?.__typename === 'Track' ? (item.isLocal ?? undefined) : undefined);

async function playerView() {
  const answer = await t.query(
    graphql(`query PlayerEntriesView { me { player {
        state { currentlyPlayingType item { ...PlayerEntriesItem } }
        currentlyPlaying { currentlyPlayingType item { ...PlayerEntriesItem } }
        queue { currentlyPlaying { ...PlayerEntriesItem } items { ...PlayerEntriesItem } } } } }`),
    {},
    { token: alice },
  );
  expect(answer.errors).toBeUndefined();
  const { state, currentlyPlaying, queue } = answer.data?.me?.player ?? {};
  expect(state).toBeTruthy();
  expect(currentlyPlaying).toBeTruthy();
  expect(queue).toBeTruthy();
  return { state: state!, currentlyPlaying: currentlyPlaying!, queue: queue! };
}

const localTrack = {
  __typename: 'Track',
  id: LOCAL_URI,
  spotifyId: null,
  uri: LOCAL_URI,
  isLocal: true,
  name: 'Ölandsvisa Ⅱ',
  localFile: { name: 'Ölandsvisa Ⅱ', durationMs: 214_000 },
};

describe('the player and the entries of a playlist', () => {
  it('has the emulator send the local track object Spotify sends (is_local, id null, spotify:local URI)', async () => {
    await playAt(at.local);
    const answer = await t.emu.api('GET', '/v1/me/player', { token: alice });
    expect(answer.json).toMatchObject({
      currently_playing_type: 'track',
      context: { uri: `spotify:playlist:${playlist.id}` },
      item: { is_local: true, id: null, href: null, uri: LOCAL_URI, type: 'track', duration_ms: 214_000 },
    });
  });

  it('plays a local file as a local track: isLocal, its local URI as id, no Spotify id', async () => {
    await playAt(at.local);
    const view = await playerView();
    expect(view.state).toEqual({ currentlyPlayingType: 'TRACK', item: localTrack });
    expect(view.currentlyPlaying).toEqual({ currentlyPlayingType: 'TRACK', item: localTrack });
    expect(view.queue.currentlyPlaying).toEqual(localTrack);
  });

  it('skips the removed entry: the queue after the local file is the episode, then the track', async () => {
    await playAt(at.local);
    const { queue } = await playerView();
    const episodeId = playlist.items[at.episode]!.id;
    const trackId = playlist.items[at.unavailable]!.id;
    expect(queue.items?.slice(0, 2).map((i) => i?.spotifyId)).toEqual([episodeId, trackId]);
    const ids = [queue.currentlyPlaying, ...(queue.items ?? [])].map((i) => i?.id);
    expect(ids.every((id) => typeof id === 'string' && !id.includes('null'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts at the next entry that plays when the offset names a removed one', async () => {
    await playAt(at.removed);
    const { state } = await playerView();
    expect(state.currentlyPlayingType).toBe('EPISODE');
    expect(state.item).toMatchObject({
      __typename: 'Episode',
      spotifyId: playlist.items[at.episode]!.id,
      id: `spotify:episode:${playlist.items[at.episode]!.id}`,
    });
  });

  it('moves from the local file past the removed entry to the episode on skipToNext', async () => {
    await playAt(at.local);
    const skip = await t.query(SKIP, {}, { token: alice });
    expect(skip.errors).toBeUndefined();
    const { currentlyPlaying } = await playerView();
    expect(currentlyPlaying.currentlyPlayingType).toBe('EPISODE');
    expect(currentlyPlaying.item?.spotifyId).toBe(playlist.items[at.episode]!.id);
  });

  it('skips a track unavailable in the user’s country', async () => {
    const account = t.emu.state.accounts.get('alice')!;
    const country = account.country;
    account.country = t.emu.state.catalog.restricted.market;
    try {
      await playAt(at.local);
      const { queue } = await playerView();
      expect(queue.items?.map((i) => i?.spotifyId)).toEqual([playlist.items[at.episode]!.id]);
    } finally {
      account.country = country;
    }
  });
});

describe('the player subscriptions and a local file', () => {
  it('streams the local track, then the episode, with truthful ids and no error', async () => {
    const client = wsClient(t.url, `Bearer ${alice}`);
    const state = wsSubscribe(
      client,
      graphql(
        `subscription PlayerEntriesPlaybackState { playbackState { currentlyPlayingType item { ...PlayerEntriesItem } } }`,
      ),
    );
    const playing = wsSubscribe(
      client,
      graphql(
        `subscription PlayerEntriesCurrentlyPlaying { currentlyPlaying { currentlyPlayingType item { ...PlayerEntriesItem } } }`,
      ),
    );
    open.push(state as Stream, playing as Stream);
    await state.nth(0);
    await playing.nth(0);
    await playAt(at.local);
    await state.until((events) => events.some((e) => localOf(e.data?.playbackState?.item) === true));
    await playing.until((events) => events.some((e) => localOf(e.data?.currentlyPlaying?.item) === true));
    expect(state.events.at(-1)?.data?.playbackState).toEqual({
      currentlyPlayingType: 'TRACK',
      item: localTrack,
    });
    expect(playing.events.at(-1)?.data?.currentlyPlaying).toEqual({
      currentlyPlayingType: 'TRACK',
      item: localTrack,
    });

    const skip = await t.query(SKIP, {}, { token: alice });
    expect(skip.errors).toBeUndefined();
    const episode = `spotify:episode:${playlist.items[at.episode]!.id}`;
    await state.until((events) => events.some((e) => e.data?.playbackState?.item?.id === episode));
    await playing.until((events) => events.some((e) => e.data?.currentlyPlaying?.item?.id === episode));
    for (const stream of [state, playing] as Stream[]) {
      expect(stream.events.every((e) => e.errors === undefined)).toBe(true);
      expect(JSON.stringify(stream.events)).not.toMatch(/spotify:(track|episode):null/);
    }
  });
});
