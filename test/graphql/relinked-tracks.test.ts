/**
 * Track relinking: with a market, Spotify may answer a track with another copy of it that plays
 * there (another id, with its own data), naming the track asked for in `linked_from`. The emulator
 * relinks a few tracks in RELINK_MARKET (to a track with another name, so a mix-up shows). The object
 * answered is that copy: its Node id, spotifyId and uri are the copy's own, so one Node id never
 * carries two tracks' data (a normalising client cache would mix markets; v12 attack on issue 7, I8);
 * the track asked for is `linkedFromUri`, and `relinkedUri` says the copy is a relinked one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RELINK_MARKET, relinkTable } from '../../src/emulator/relinking.js';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let requested: string;
let played: string;

beforeAll(() => {
  const [pair] = [...relinkTable(t.emu.state.catalog).entries()];
  [requested, played] = pair!;
});

const TRACK_IN_MARKET = graphql(
  `query RelinkedTracksInMarket($id: ID!, $market: String) { track(id: $id, market: $market) { id name relinkedUri linkedFromUri } }`,
);

describe('a relinked track', () => {
  it('the emulator answers the other copy with linked_from naming the track asked for', async () => {
    const token = await t.emu.token({});
    const answer = await t.emu.api('GET', `/v1/tracks/${requested}?market=${RELINK_MARKET}`, { token });
    expect(answer.json).toMatchObject({ id: played, is_playable: true, linked_from: { id: requested } });
  });

  it('track(id:, market:) is the copy that plays, under its own identity, and names the track asked for', async () => {
    const answer = await t.query(
      graphql(
        `query RelinkedTracksFields($id: ID!, $market: String) { track(id: $id, market: $market) { id spotifyId uri href relinkedUri linkedFromUri isPlayable } }`,
      ),
      { id: requested, market: RELINK_MARKET },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      track: {
        id: `spotify:track:${played}`,
        spotifyId: played,
        uri: `spotify:track:${played}`,
        href: expect.stringContaining(`/tracks/${played}`),
        relinkedUri: `spotify:track:${played}`,
        linkedFromUri: `spotify:track:${requested}`,
        isPlayable: true,
      },
    });
  });

  it('one Node id never carries two tracks: each id answers the same name in and out of the market', async () => {
    const names = new Map<string, unknown>();
    for (const market of [RELINK_MARKET, null]) {
      for (const id of [requested, played]) {
        const answer = await t.query(TRACK_IN_MARKET, { id, market });
        expect(answer.errors).toBeUndefined();
        const track = answer.data?.track;
        if (names.has(track!.id)) expect(track?.name).toBe(names.get(track!.id));
        names.set(track!.id, track?.name);
      }
    }
    expect([...names.keys()].sort()).toEqual(
      [`spotify:track:${played}`, `spotify:track:${requested}`].sort(),
    );
  });

  it('tracks(ids:, market:) (one batch) answers each id asked for, in order, the relinked one as its copy', async () => {
    const other = [...t.emu.state.catalog.tracks.keys()].find((id) => id !== requested && id !== played)!;
    const answer = await t.query(RelinkedTracksBatch, { ids: [requested, other], market: RELINK_MARKET });
    expect(answer.data?.tracks).toEqual([
      { id: `spotify:track:${played}`, linkedFromUri: `spotify:track:${requested}` },
      { id: `spotify:track:${other}`, linkedFromUri: null },
    ]);
  });

  it('refetching the id it answered gives the same node', async () => {
    const first = await t.query(TRACK_IN_MARKET, { id: requested, market: RELINK_MARKET });
    const id = first.data?.track?.id;
    expect(id).toEqual(expect.any(String));
    const again = await t.query(
      graphql(
        `query RelinkedTracksRefetch($id: ID!) { node(id: $id) { id ... on Track { name relinkedUri } } }`,
      ),
      { id: id! },
    );
    expect(again.data?.node).toEqual({ id, name: first.data?.track?.name, relinkedUri: null });
  });

  it('a track that is not relinked has no relinkedUri nor linkedFromUri', async () => {
    const answer = await t.query(TRACK_IN_MARKET, { id: played, market: RELINK_MARKET });
    expect(answer.data).toEqual({
      track: {
        id: `spotify:track:${played}`,
        name: expect.any(String),
        relinkedUri: null,
        linkedFromUri: null,
      },
    });
  });
});

const RelinkedTracksBatch = graphql(`
  query RelinkedTracksBatch($ids: [ID!]!, $market: String) {
    tracks(ids: $ids, market: $market) {
      id
      linkedFromUri
    }
  }
`);

/**
 * A track and the copy Spotify relinks it to, asked in one batch: Spotify answers the asked track's
 * entry with the copy's `id` and `linked_from.id` = the track asked, and the copy's own entry plainly.
 * Each id asked answers its own entry (the relinked one as its copy, naming it in linkedFromUri), and the shared catalog cache (anonymous requests share it) keeps
 * each under the id asked, so the ids asked alone afterwards answer the same (from the cache).
 */
describe('a relinked track and the copy it is relinked to, in one batch', () => {
  // A server with the shared catalog cache (anonymous requests share it), as deployed.
  const c = useTestServer({ mode: 'extended', cache: new MemoryCatalogCache() });
  const pairs = () => [...relinkTable(c.emu.state.catalog).entries()];
  const asked = (id: string, relinkedTo: string | null) => ({
    id: `spotify:track:${relinkedTo ?? id}`,
    linkedFromUri: relinkedTo === null ? null : `spotify:track:${id}`,
  });

  // Each order uses its own pair, so its batch goes to Spotify with a cold cache.
  it.each([
    { order: 'the relinked track first', pair: 0, relinkedFirst: true },
    { order: 'the copy first', pair: 1, relinkedFirst: false },
  ])('keeps each id asked, $order, and caches each under its own id', async ({ pair, relinkedFirst }) => {
    const [relinked, copy] = pairs()[pair]!;
    const ids = relinkedFirst ? [relinked, copy] : [copy, relinked];
    const expected = (id: string) => (id === relinked ? asked(relinked, copy) : asked(copy, null));

    await c.clearLog();
    const both = await c.query(RelinkedTracksBatch, { ids, market: RELINK_MARKET });
    expect(both.errors).toBeUndefined();
    expect(both.data?.tracks).toEqual(ids.map(expected));
    expect(await c.calls()).toEqual({ 'GET /v1/tracks': 1 });

    await c.clearLog();
    for (const id of ids) {
      const alone = await c.query(RelinkedTracksBatch, { ids: [id], market: RELINK_MARKET });
      expect(alone.errors).toBeUndefined();
      expect(alone.data?.tracks).toEqual([expected(id)]);
    }
    const again = await c.query(RelinkedTracksBatch, { ids, market: RELINK_MARKET });
    expect(again.data?.tracks).toEqual(ids.map(expected));
    // Answered from the shared catalog cache the batch filled: what it holds is what was asked.
    expect(await c.calls()).toEqual({});
  });
});
