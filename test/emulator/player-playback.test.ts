import { beforeEach, describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec } from '../helpers/spec-shape.js';
import { albumWith, deviceIds, itemId, otherTrack, player, SLACK_MS } from './player-fixtures.js';

const emu = useTestEmulator();
let token: string;
let alice: ReturnType<typeof player>;

beforeEach(async () => {
  await emu.reset();
  token = await emu.token({ user: 'alice' });
  alice = player(emu, token);
});

const total = (durations: { durationMs: number }[]): number =>
  durations.reduce((sum, t) => sum + t.durationMs, 0);

describe('playback follows the clock', () => {
  it('counts progress up while playing', async () => {
    const { album } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await emu.advanceClock(42_000);
    const progress = (await alice.state()).body.progress_ms as number;
    expect(progress).toBeGreaterThanOrEqual(42_000);
    expect(progress).toBeLessThan(42_000 + SLACK_MS);
  });

  it('stops at the end of the context with repeat off, cued at its first track', async () => {
    const { album, tracks } = albumWith(emu, 2, 4);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await emu.advanceClock(total(tracks) + 60_000);
    const state = await alice.state();
    expect(state.body).toMatchObject({ is_playing: false, progress_ms: 0, item: { id: tracks[0]!.id } });
    const recent = (await alice.recent({ limit: tracks.length })).body.items as { track: { id: string } }[];
    expect(recent.map((i) => i.track.id)).toEqual(tracks.map((t) => t.id).reverse());
  });

  it('starts the context over with repeat context', async () => {
    const { album, tracks } = albumWith(emu, 2, 4);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await alice.repeat('context');
    await emu.advanceClock(total(tracks) + 1_000);
    const state = await alice.state();
    expect(state.body).toMatchObject({
      is_playing: true,
      repeat_state: 'context',
      item: { id: tracks[0]!.id },
    });
  });

  it('catches up over a long stretch of time without losing its place', async () => {
    const { album, tracks } = albumWith(emu, 2, 4);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await alice.repeat('context');
    const cycles = 200;
    await emu.advanceClock(cycles * total(tracks) + 1_000);
    alice = player(emu, await emu.token({ user: 'alice' }));
    const state = await alice.state();
    expect(state.body).toMatchObject({ is_playing: true, item: { id: tracks[0]!.id } });
    expect(state.body.progress_ms).toBeLessThan(1_000 + SLACK_MS);
  });

  it('skips to the next track when a seek goes past the end', async () => {
    const { album, tracks } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await alice.seek(tracks[0]!.durationMs + 10);
    expect(itemId(await alice.state())).toBe(tracks[1]!.id);
  });
});

describe('starting playback', () => {
  it('starts a list of uris at an offset uri and a position', async () => {
    const { tracks } = albumWith(emu, 3);
    const { computer } = await deviceIds(emu, token);
    const uris = tracks.slice(0, 3).map((t) => `spotify:track:${t.id}`);
    await alice.play({ uris, offset: { uri: uris[2] }, position_ms: 20_000 }, { device_id: computer });
    const state = await alice.state();
    expect(itemId(state)).toBe(tracks[2]!.id);
    expect(state.body).not.toHaveProperty('context');
    expect(state.body.progress_ms).toBeGreaterThanOrEqual(20_000);
    expectMatchesSpec('get-information-about-the-users-current-playback', 200, state.json);
  });

  it('starts an album at an offset position', async () => {
    const { album, tracks } = albumWith(emu, 3);
    const { computer } = await deviceIds(emu, token);
    await alice.play(
      { context_uri: `spotify:album:${album.id}`, offset: { position: 2 } },
      { device_id: computer },
    );
    expect(itemId(await alice.state())).toBe(tracks[2]!.id);
  });

  it('plays a playlist and an artist context', async () => {
    const { computer } = await deviceIds(emu, token);
    const playlist = [...emu.state.catalog.playlists.values()].find(
      (p) => p.items.length > 0 && p.items[0]!.type === 'track',
    )!;
    await alice.play({ context_uri: `spotify:playlist:${playlist.id}` }, { device_id: computer });
    const fromPlaylist = await alice.state();
    expect(itemId(fromPlaylist)).toBe(playlist.items[0]!.id);
    expect(fromPlaylist.body.context).toMatchObject({
      type: 'playlist',
      uri: `spotify:playlist:${playlist.id}`,
    });

    const artist = [...emu.state.catalog.artists.values()].find((a) => a.albumIds.length > 0)!;
    await alice.play({ context_uri: `spotify:artist:${artist.id}` });
    const fromArtist = await alice.state();
    const item = fromArtist.body.item as { artists: { id: string }[] };
    expect(item.artists.map((a) => a.id)).toContain(artist.id);
    expect(fromArtist.body.context).toMatchObject({ type: 'artist' });
  });

  it("plays the user's Liked Songs as a collection context, and refuses another user's", async () => {
    const { computer } = await deviceIds(emu, token);
    const liked = await emu.api('GET', '/v1/me/tracks', { token, query: { limit: 1 } });
    const newest = (liked.json as { items: { track: { id: string } }[] }).items[0]!.track.id;
    const uri = 'spotify:user:alice:collection';
    expect((await alice.play({ context_uri: uri }, { device_id: computer })).status).toBe(204);
    const state = await alice.state();
    expect(itemId(state)).toBe(newest);
    expect(state.body.context).toMatchObject({ type: 'collection', uri });
    expectMatchesSpec('get-information-about-the-users-current-playback', 200, state.json);
    const other = await alice.play({ context_uri: 'spotify:user:bob:collection' }, { device_id: computer });
    expect(other.status).toBe(404);
  });

  it('resumes a paused track where it stopped, on another device when one is named', async () => {
    const { album, tracks } = albumWith(emu, 2);
    const { computer, speaker } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await emu.advanceClock(50_000);
    await alice.pause();
    await emu.advanceClock(600_000);
    await alice.play(undefined, { device_id: speaker });
    const state = await alice.state();
    expect(state.body).toMatchObject({
      is_playing: true,
      device: { id: speaker },
      item: { id: tracks[0]!.id },
    });
    expect(state.body.progress_ms).toBeGreaterThanOrEqual(50_000);
    expect(state.body.progress_ms).toBeLessThan(50_000 + SLACK_MS);
  });
});

describe('transfer', () => {
  it('moves playback to another device and keeps it playing', async () => {
    const { album, tracks } = albumWith(emu, 2);
    const { computer, smartphone } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await alice.transfer(smartphone);
    const state = await alice.state();
    expect(state.body).toMatchObject({
      is_playing: true,
      device: { id: smartphone },
      item: { id: tracks[0]!.id },
    });
  });

  it('keeps paused playback paused unless play is true', async () => {
    const { album } = albumWith(emu, 2);
    const { computer, smartphone, speaker } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await alice.pause();
    await alice.transfer(smartphone, false);
    expect((await alice.state()).body.is_playing).toBe(false);
    await alice.transfer(speaker, true);
    expect((await alice.state()).body).toMatchObject({ is_playing: true, device: { id: speaker } });
  });
});

describe('queue, shuffle and previous', () => {
  it('plays queued tracks in the order they were added, before the context', async () => {
    const { album, tracks } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    const [a, b] = [otherTrack(emu, album, 0), otherTrack(emu, album, 1)];
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await alice.enqueue(`spotify:track:${a.id}`);
    await alice.enqueue(`spotify:track:${b.id}`);
    await alice.next();
    expect(itemId(await alice.state())).toBe(a.id);
    await alice.next();
    expect(itemId(await alice.state())).toBe(b.id);
    await alice.next();
    expect(itemId(await alice.state())).toBe(tracks[1]!.id);
  });

  it('goes back from a queued track to the context track before it', async () => {
    const { album, tracks } = albumWith(emu, 3);
    const { computer } = await deviceIds(emu, token);
    await alice.play(
      { context_uri: `spotify:album:${album.id}`, offset: { position: 1 } },
      { device_id: computer },
    );
    await alice.enqueue(`spotify:track:${otherTrack(emu, album).id}`);
    await alice.next();
    await alice.previous();
    expect(itemId(await alice.state())).toBe(tracks[1]!.id);
  });

  it('shuffles what follows the current track and puts it back in order when turned off', async () => {
    const { album, tracks } = albumWith(emu, 8, 20);
    const { computer } = await deviceIds(emu, token);
    await alice.play(
      { context_uri: `spotify:album:${album.id}`, offset: { position: 2 } },
      { device_id: computer },
    );
    await alice.shuffle(true);
    const shuffled = await alice.queue();
    expect((shuffled.body.currently_playing as { id: string }).id).toBe(tracks[2]!.id);
    const upcoming = (shuffled.body.queue as { id: string }[]).map((t) => t.id);
    const others = tracks.filter((_, i) => i !== 2).map((t) => t.id);
    expect([...upcoming].sort()).toEqual([...others].sort());
    expect(upcoming).not.toEqual(others);

    await alice.shuffle(false);
    const ordered = (await alice.queue()).body.queue as { id: string }[];
    expect(ordered.map((t) => t.id)).toEqual(tracks.slice(3).map((t) => t.id));
  });
});

describe('episodes', () => {
  it('shows an episode as the item only when additional_types asks for episodes', async () => {
    const show = [...emu.state.catalog.shows.values()].find((s) => s.episodeIds.length >= 2)!;
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:show:${show.id}` }, { device_id: computer });
    const plain = await alice.state();
    expect(plain.body.currently_playing_type).toBe('episode');
    expect(plain.body).not.toHaveProperty('item');
    const withEpisodes = await alice.state({ additional_types: 'track,episode' });
    expect(withEpisodes.body.item).toMatchObject({ id: show.episodeIds[0], type: 'episode' });
    expectMatchesSpec('get-information-about-the-users-current-playback', 200, withEpisodes.json);
    const current = await alice.playing({ additional_types: 'episode' });
    expectMatchesSpec('get-the-users-currently-playing-track', 200, current.json);
  });

  it('queues an episode', async () => {
    const { album } = albumWith(emu, 2);
    const episodeId = [...emu.state.catalog.episodes.keys()][0]!;
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    expect((await alice.enqueue(`spotify:episode:${episodeId}`)).status).toBe(204);
    const queue = await alice.queue();
    expectMatchesSpec('get-queue', 200, queue.json);
    expect((queue.body.queue as { id: string; type: string }[])[0]).toMatchObject({
      id: episodeId,
      type: 'episode',
    });
  });
});

describe('players are per user', () => {
  it('keeps one user playback away from another', async () => {
    const { album } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    const carol = player(emu, await emu.token({ user: 'carol' }));
    expect((await carol.state()).status).toBe(204);
    const carolDevices = (await carol.devices()).body.devices as { id: string }[];
    expect(carolDevices.map((d) => d.id)).not.toContain(computer);
  });
});
