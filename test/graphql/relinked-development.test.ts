/**
 * Track relinking in a Development Mode app: Spotify answers the copy that plays in the market but no
 * longer sends it `linked_from` (February 2026 change; the emulator leaves it out too,
 * src/emulator/development-fields.ts). A single call by id with a market answered by a track of
 * another id is that copy: answered with `linkedFromUri` naming the track asked (v16 attack 7, D8).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RELINK_MARKET, relinkTable } from '../../src/emulator/relinking.js';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'development' });
let requested: string;
let played: string;
let plain: string;

beforeAll(() => {
  const table = relinkTable(t.emu.state.catalog);
  [requested, played] = [...table.entries()][0]!;
  plain = [...t.emu.state.catalog.tracks.keys()].find((id) => !table.has(id) && id !== played)!;
});

describe('a relinked track in a Development Mode app, which gets no linked_from', () => {
  it('track(id:, market:) is the copy that plays, naming the track asked for', async () => {
    await t.clearLog();
    const answer = await t.query(
      graphql(`query RelinkedDevelopmentTrack($id: ID!, $market: String) {
        track(id: $id, market: $market) { spotifyId linkedFromUri isPlayable } }`),
      { id: requested, market: RELINK_MARKET },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.track).toEqual({
      spotifyId: played,
      linkedFromUri: `spotify:track:${requested}`,
      isPlayable: true,
    });
    expect(await t.calls()).toEqual({ 'GET /v1/tracks/{id}': 1 });
  });

  it('tracks(ids:, market:) answers each id in its place, the relinked one by its copy', async () => {
    const answer = await t.query(
      graphql(`query RelinkedDevelopmentTracks($ids: [ID!]!, $market: String) {
        tracks(ids: $ids, market: $market) { spotifyId linkedFromUri } }`),
      { ids: [plain, requested], market: RELINK_MARKET },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.tracks).toEqual([
      { spotifyId: plain, linkedFromUri: null },
      { spotifyId: played, linkedFromUri: `spotify:track:${requested}` },
    ]);
  });
});

describe('a Development Mode app, a single track call answered by another id', () => {
  const f = useFaultTestServer({ mode: 'development' });

  it('without a market is another object: the track null with its error', async () => {
    const [asked, other] = [...f.emu.state.catalog.tracks.keys()] as [string, string];
    await f.fault('GET /v1/tracks/{id}', { '/id': other }, { times: 1 });
    const answer = await f.query(
      graphql(`query RelinkedDevelopmentNoMarket($id: ID!) { track(id: $id) { spotifyId } }`),
      { id: asked },
    );
    expect(answer.data?.track).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
  });
});
