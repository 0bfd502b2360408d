/**
 * Track relinking needs a `market` on the call (v17 attack G1, the lead's decision): Spotify staff on
 * the developer forum, "When you do not provide a market, we are unable to determine playability in a
 * market, so we instead return the available markets for that specific track. When you provide a
 * market, we can ... get any possible relinked track." So a signed-in user living where a track is
 * relinked gets that very track when she names no market (no linked_from, no is_playable), in either
 * app mode; with a market her country applies and the copy answers. Should Spotify relink such a call
 * all the same (linked_from naming the id asked), the product answers that copy as it does with a
 * market: `linkedFromUri` the id asked, never null with an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELINK_MARKET, relinkTable } from '../../src/emulator/relinking.js';
import { deviceIds } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

/** The user made to live in RELINK_MARKET (no seeded user does). */
const USER = 'kenji';

const TRACK = graphql(`query RelinkedNoMarketTrack($id: ID!) {
  track(id: $id) { spotifyId linkedFromUri isPlayable } }`);
const TRACKS = graphql(`query RelinkedNoMarketTracks($ids: [ID!]!) {
  tracks(ids: $ids) { spotifyId linkedFromUri } }`);
const NODE = graphql(`query RelinkedNoMarketNode($id: ID!) {
  node(id: $id) { ... on Track { spotifyId linkedFromUri } } }`);
const NODES = graphql(`query RelinkedNoMarketNodes($ids: [ID!]!) {
  nodes(ids: $ids) { __typename ... on Track { spotifyId linkedFromUri } } }`);
const PLAYER = graphql(`query RelinkedNoMarketPlayer { me { player {
  state { item { ... on Track { spotifyId linkedFromUri } } }
  currentlyPlaying { item { ... on Track { spotifyId linkedFromUri } } } } } }`);

describe.each(['development', 'extended'] as const)('%s mode: a user in the relinking market', (mode) => {
  const t = useFaultTestServer({ mode });
  let token: string;
  let requested: string;
  let played: string;
  let album: string;
  let country: string;

  beforeAll(async () => {
    [[requested, played]] = [...relinkTable(t.emu.state.catalog).entries()] as [[string, string]];
    album = t.emu.state.catalog.tracks.get(played)!.albumId;
    const account = t.emu.state.accounts.get(USER)!;
    country = account.country;
    account.country = RELINK_MARKET;
    token = await t.emu.token({ user: USER, app: mode });
  });
  afterAll(() => {
    t.emu.state.accounts.get(USER)!.country = country;
  });

  const asked = () => ({ spotifyId: requested, linkedFromUri: null });
  const copy = () => ({ spotifyId: played, linkedFromUri: `spotify:track:${requested}` });

  it('the emulator relinks only with a market, where her country applies', async () => {
    const bare = await t.emu.api('GET', `/v1/tracks/${requested}`, { token });
    expect(bare.json).toMatchObject({ id: requested });
    expect(bare.json).not.toHaveProperty('linked_from');
    expect(bare.json).not.toHaveProperty('is_playable');
    const inSweden = await t.emu.api('GET', `/v1/tracks/${requested}`, { token, query: { market: 'SE' } });
    expect(inSweden.json).toMatchObject({ id: played, is_playable: true });
  });

  it('no market: track, tracks, node and nodes answer the track asked, not relinked, without error', async () => {
    const track = await t.query(TRACK, { id: requested }, { token });
    expect(track.errors).toBeUndefined();
    expect(track.data?.track).toEqual({ ...asked(), isPlayable: null });
    const tracks = await t.query(TRACKS, { ids: [requested] }, { token });
    expect(tracks.errors).toBeUndefined();
    expect(tracks.data?.tracks).toEqual([asked()]);
    const node = await t.query(NODE, { id: `spotify:track:${requested}` }, { token });
    expect(node.errors).toBeUndefined();
    expect(node.data?.node).toEqual(asked());
    const nodes = await t.query(NODES, { ids: [`spotify:track:${requested}`] }, { token });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data?.nodes).toEqual([{ __typename: 'Track', ...asked() }]);
  });

  it('a market given: her country applies and the copy answers, naming the track asked', async () => {
    const answer = await t.query(
      graphql(
        `query RelinkedNoMarketInSweden($id: ID!) { track(id: $id, market: "SE") { spotifyId linkedFromUri } }`,
      ),
      { id: requested },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.track).toEqual(copy());
  });

  describe('Spotify relinking a call without a market all the same (linked_from naming the id asked)', () => {
    /** The copy as Spotify sends it relinked (with linked_from), as the edits putting it at `at`. */
    async function relinkedAt(at: string): Promise<Record<string, unknown>> {
      const app = await t.emu.token({ app: 'extended' });
      const answer = await t.emu.api('GET', `/v1/tracks/${requested}`, {
        token: app,
        query: { market: RELINK_MARKET },
      });
      const body = answer.json as Record<string, unknown>;
      expect(body).toMatchObject({ id: played, linked_from: { id: requested } });
      if (at !== '') return { [at]: body };
      return Object.fromEntries(Object.entries(body).map(([key, value]) => [`/${key}`, value]));
    }

    it('track, tracks, node and nodes answer the copy with linkedFromUri the id asked', async () => {
      await t.fault('GET /v1/tracks/{id}', await relinkedAt(''));
      await t.fault('GET /v1/tracks', await relinkedAt('/tracks/0'));
      const track = await t.query(TRACK, { id: requested }, { token });
      expect(track.errors).toBeUndefined();
      expect(track.data?.track).toEqual({ ...copy(), isPlayable: true });
      const tracks = await t.query(TRACKS, { ids: [requested] }, { token });
      expect(tracks.errors).toBeUndefined();
      expect(tracks.data?.tracks).toEqual([copy()]);
      const node = await t.query(NODE, { id: `spotify:track:${requested}` }, { token });
      expect(node.errors).toBeUndefined();
      expect(node.data?.node).toEqual(copy());
      const nodes = await t.query(
        NODES,
        { ids: [`spotify:track:${requested}`, `spotify:album:${album}`] },
        { token },
      );
      expect(nodes.errors).toBeUndefined();
      expect(nodes.data?.nodes).toEqual([{ __typename: 'Track', ...copy() }, { __typename: 'Album' }]);
    });

    it("the player's item answers the copy with linkedFromUri the id asked", async () => {
      const devices = await deviceIds(t.emu, token);
      const play = await t.emu.api('PUT', '/v1/me/player/play', {
        token,
        query: { device_id: devices.computer },
        body: { uris: [`spotify:track:${requested}`] },
      });
      expect(play.status).toBeLessThan(300);
      await t.fault('GET /v1/me/player', await relinkedAt('/item'));
      await t.fault('GET /v1/me/player/currently-playing', await relinkedAt('/item'));
      const answer = await t.query(PLAYER, {}, { token });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me?.player).toEqual({
        state: { item: copy() },
        currentlyPlaying: { item: copy() },
      });
    });
  });
});
