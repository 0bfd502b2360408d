import { beforeEach, describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec } from '../helpers/spec-shape.js';
import { albumWith, deviceIds, itemId, player } from './player-fixtures.js';

const emu = useTestEmulator();
let token: string;
let alice: ReturnType<typeof player>;

beforeEach(async () => {
  await emu.reset();
  token = await emu.token({ user: 'alice' });
  alice = player(emu, token);
});

interface HistoryPage {
  href: string;
  items: { track: { id: string }; played_at: string; context?: { uri: string } }[];
  limit: number;
  next?: string;
  cursors: { after?: string; before?: string };
  total: number;
}

const page = (answer: { body: Record<string, unknown> }): HistoryPage =>
  answer.body as unknown as HistoryPage;
const playedAt = (item: { played_at: string }): number => Date.parse(item.played_at);

async function follow(next: string): Promise<HistoryPage> {
  const url = new URL(next);
  const query = Object.fromEntries(url.searchParams);
  return page(await alice.call('GET', url.pathname.replace('/v1/me/player', ''), query));
}

describe('recently played: cursor paging', () => {
  it('answers the newest 20 first, with cursors, as the spec documents it', async () => {
    const answer = await alice.recent();
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-recently-played', 200, answer.json);
    const body = page(answer);
    expect(body.limit).toBe(20);
    expect(body.items).toHaveLength(20);
    const times = body.items.map(playedAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(body.cursors).toEqual({ after: String(times[0]), before: String(times[19]) });
    expect(new URL(body.next!).searchParams.get('before')).toBe(String(times[19]));
  });

  it('walks the whole history through next links without gaps or repeats', async () => {
    const all = emu.state.user('alice').recentlyPlayed.map((e) => e.playedAt);
    expect(all.length).toBeGreaterThan(7);
    let body = page(await alice.recent({ limit: 7 }));
    const seen = body.items.map(playedAt);
    while (body.next) {
      body = await follow(body.next);
      expect(body.items.length).toBeLessThanOrEqual(7);
      seen.push(...body.items.map(playedAt));
    }
    expect(seen).toEqual(all);
  });

  it('answers only what was played after the `after` cursor, oldest page first', async () => {
    const all = emu.state.user('alice').recentlyPlayed.map((e) => e.playedAt);
    const cursor = all[10]!;
    const body = page(await alice.recent({ after: cursor, limit: 4 }));
    expect(body.items.map(playedAt)).toEqual(all.slice(6, 10));
    const rest = await follow(body.next!);
    expect(rest.items.map(playedAt)).toEqual(all.slice(2, 6));
  });

  it('answers only what was played before the `before` cursor', async () => {
    const all = emu.state.user('alice').recentlyPlayed.map((e) => e.playedAt);
    const body = page(await alice.recent({ before: all[4]!, limit: 3 }));
    expect(body.items.map(playedAt)).toEqual(all.slice(5, 8));
  });

  it('answers an empty page past the oldest entry, still matching the spec', async () => {
    const answer = await alice.recent({ before: 1 });
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-recently-played', 200, answer.json);
    expect(page(answer).items).toEqual([]);
    expect(page(answer).next).toBeUndefined();
  });

  it('refuses both cursors at once and limits outside 1-50', async () => {
    expect((await alice.recent({ after: 1, before: 2 })).status).toBe(400);
    expect((await alice.recent({ limit: 0 })).status).toBe(400);
    expect((await alice.recent({ limit: 51 })).status).toBe(400);
    expect((await alice.recent({ after: 'yesterday' })).status).toBe(400);
    expect((await alice.recent({ limit: 50 })).status).toBe(200);
  });
});

describe('recently played: what playback adds', () => {
  it('records a finished track at the time it ended, with its context', async () => {
    const { album, tracks } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    const startedAt = emu.state.now();
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await emu.advanceClock(tracks[0]!.durationMs + 5_000);
    const [newest] = page(await alice.recent({ limit: 1 })).items;
    expect(newest?.track.id).toBe(tracks[0]!.id);
    expect(newest?.context?.uri).toBe(`spotify:album:${album.id}`);
    const ended = playedAt(newest!) - startedAt;
    expect(ended).toBeGreaterThanOrEqual(tracks[0]!.durationMs);
    expect(ended).toBeLessThan(tracks[0]!.durationMs + 2_000);
  });

  it('records a skipped track only once it has played for 30 seconds', async () => {
    const { album, tracks } = albumWith(emu, 3);
    const { computer } = await deviceIds(emu, token);
    const before = page(await alice.recent()).total;
    await alice.play({ context_uri: `spotify:album:${album.id}` }, { device_id: computer });
    await emu.advanceClock(10_000);
    await alice.next();
    expect(page(await alice.recent()).total).toBe(before);
    await emu.advanceClock(31_000);
    await alice.next();
    const after = page(await alice.recent({ limit: 1 }));
    expect(after.total).toBe(before + 1);
    expect(after.items[0]?.track.id).toBe(tracks[1]!.id);
  });

  it('keeps podcast episodes out of the history', async () => {
    const show = [...emu.state.catalog.shows.values()].find((s) => s.episodeIds.length >= 2)!;
    const episode = emu.state.catalog.episodes.get(show.episodeIds[0]!)!;
    const { computer } = await deviceIds(emu, token);
    const before = page(await alice.recent()).total;
    await alice.play({ context_uri: `spotify:show:${show.id}` }, { device_id: computer });
    await emu.advanceClock(episode.durationMs + 1_000);
    // Episodes can outlast the access token.
    alice = player(emu, await emu.token({ user: 'alice' }));
    expect(itemId(await alice.state({ additional_types: 'episode' }))).toBe(show.episodeIds[1]);
    expect(page(await alice.recent()).total).toBe(before);
  });

  it('records a track played from a list of uris without a context', async () => {
    const { tracks } = albumWith(emu, 2);
    const { computer } = await deviceIds(emu, token);
    await alice.play({ uris: [`spotify:track:${tracks[1]!.id}`] }, { device_id: computer });
    await emu.advanceClock(tracks[1]!.durationMs + 1_000);
    const [newest] = page(await alice.recent({ limit: 1 })).items;
    expect(newest?.track.id).toBe(tracks[1]!.id);
    expect(newest).not.toHaveProperty('context');
  });
});
