/**
 * Spotify's routine null entries (v14 attack on issue 7, F5): shows, episodes and audiobooks unavailable
 * to the token or in the market come as `null` items in search pages and in a show's episodes
 * (spotify/web-api#1589, spotify-web-api-ts-sdk#141). Such an entry is an item Spotify withholds, as a
 * removed item is: its node is null without an error, its edge and cursor kept, so paging stays
 * Spotify's (later offsets, totalCount). In a several-id answer a null entry is that id unknown or
 * unavailable: null with SPOTIFY_NOT_FOUND. Search's playlist pages carry such nulls too
 * (JohnnyCrazy/SpotifyAPI-NET#1012, #1033): every list of playlists reads them the same way. The emulator sends these nulls through fault rules (and by
 * itself to a market-less app token: test/emulator/catalog-items.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const SEARCH = graphql(`query WithheldSearch {
  search(query: "a", types: [EPISODE, SHOW, AUDIOBOOK], first: 3) {
    episodes { totalCount edges { cursor node { name } } }
    shows { totalCount nodes { name } }
    audiobooks { nodes { name } }
  }
}`);
const SHOW_EPISODES = graphql(`query WithheldShowEpisodes($id: ID!) {
  show(id: $id) { episodes(first: 54) { totalCount edges { cursor node { spotifyId } } } }
}`);
const AFTER = graphql(`query WithheldShowEpisodesAfter($id: ID!, $after: String!) {
  show(id: $id) { episodes(first: 2, after: $after) { edges { node { spotifyId } } } }
}`);
const PLAYLISTS = graphql(`query WithheldSearchPlaylists {
  search(query: "a", types: [PLAYLIST, TRACK], first: 3) {
    playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } }
    tracks { nodes { name } }
  }
}`);
const PLAYLISTS_AFTER = graphql(`query WithheldSearchPlaylistsAfter($after: String!) {
  search(query: "a", types: [PLAYLIST], first: 2, after: $after) { playlists { nodes { name } } }
}`);
const SEVERAL = graphql(`query WithheldSeveralEpisodes($ids: [ID!]!) {
  episodes(ids: $ids) { spotifyId }
}`);

describe("Spotify's null entries for withheld items", () => {
  const t = useFaultTestServer();

  it('in a search page are null nodes without an error, the page and its count kept', async () => {
    await t.fault('GET /v1/search', {
      '/episodes/items/0': null,
      '/episodes/items/2': null,
      '/shows/items/1': null,
      '/audiobooks/items/0': null,
    });
    const answer = await t.query(SEARCH);
    expect(answer.errors).toBeUndefined();
    const { episodes, shows, audiobooks } = answer.data!.search!;
    expect(episodes!.edges.map((edge) => edge?.node?.name ?? null)).toEqual([null, expect.any(String), null]);
    expect(episodes!.edges.map((edge) => edge?.cursor)).toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    expect(episodes!.totalCount).toBeGreaterThan(3);
    expect(shows!.nodes).toEqual([{ name: expect.any(String) }, null, { name: expect.any(String) }]);
    expect(audiobooks!.nodes[0]).toBeNull();
  });

  it("in search's playlist page (Spotify's known nulls) are null nodes without an error, counts and paging kept", async () => {
    const real = await t.query(PLAYLISTS);
    const edges = real.data!.search!.playlists!.edges;
    await t.fault('GET /v1/search', { '/playlists/items/1': null });
    const answer = await t.query(PLAYLISTS);
    // Old code: that node null with a SPOTIFY_UNAVAILABLE badValue error.
    expect(answer.errors).toBeUndefined();
    const playlists = answer.data!.search!.playlists!;
    expect(playlists.edges).toEqual([edges[0], { cursor: edges[1]!.cursor, node: null }, edges[2]]);
    expect(playlists.totalCount).toBe(real.data!.search!.playlists!.totalCount);
    expect(playlists.pageInfo).toEqual(real.data!.search!.playlists!.pageInfo);
    expect(answer.data!.search!.tracks).toEqual(real.data!.search!.tracks);
    // Reading on from the null's cursor serves the items after it, none twice.
    const after = await t.query(PLAYLISTS_AFTER, { after: edges[1]!.cursor });
    expect(after.errors).toBeUndefined();
    expect(after.data!.search!.playlists!.nodes[0]).toEqual(edges[2]!.node);
  });

  it("in search's playlist page, a playlist entry that is no object is still its node's error", async () => {
    await t.fault('GET /v1/search', { '/playlists/items/1': 7 });
    const answer = await t.query(PLAYLISTS);
    expect(answer.data!.search!.playlists!.edges[1]!.node).toBeNull();
    expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['search', 'playlists', 'edges', 1, 'node'], 'SPOTIFY_UNAVAILABLE'],
    ]);
  });

  it("in a show's later episodes page are null nodes without an error; later items keep their offsets", async () => {
    const show = [...t.emu.state.catalog.shows.values()].find((s) => s.episodeIds.length > 60)!;
    await t.fault('GET /v1/shows/{id}/episodes', { '/items/1': null }, { query: { offset: '50' } });
    const answer = await t.query(SHOW_EPISODES, { id: show.id });
    expect(answer.errors).toBeUndefined();
    const edges = answer.data!.show!.episodes!.edges;
    expect(edges.map((edge) => edge?.node?.spotifyId ?? null)).toEqual(
      show.episodeIds.slice(0, 54).map((id, i) => (i === 51 ? null : id)),
    );
    expect(answer.data!.show!.episodes!.totalCount).toBe(show.episodeIds.length);
    // The cursor of the withheld entry reads on from the item after it.
    const after = await t.query(AFTER, { id: show.id, after: edges[51]!.cursor });
    expect(after.data?.show?.episodes?.edges.map((edge) => edge?.node?.spotifyId)).toEqual(
      show.episodeIds.slice(52, 54),
    );
  });

  it('in a several-episodes answer are that id null with SPOTIFY_NOT_FOUND', async () => {
    const [a, b] = [...t.emu.state.catalog.episodes.keys()];
    await t.fault('GET /v1/episodes', { '/episodes/0': null });
    const answer = await t.query(SEVERAL, { ids: [a!, b!] });
    expect(answer.data?.episodes).toEqual([null, { spotifyId: b }]);
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['episodes', 0], 'SPOTIFY_NOT_FOUND'],
    ]);
  });
});
