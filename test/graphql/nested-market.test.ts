/**
 * An object nested in an answer read in a market is that market's: its further reads (a track's album
 * loaded for its tracks, an episode's show for its episodes, an artist's albums, a parent known by its
 * id only) are asked in the same market, and the request's loads and the catalog cache never answer
 * them with an object read in another market or in none (v12 attack on issue 7, N9, nested objects).
 * JP is the emulator's restricted market: a restricted album's tracks and a restricted show's episodes
 * say `isPlayable: false` there, and nothing (or true) without a market.
 */
import { describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';

const TRACK_ALBUM = graphql(`query NestedMarketTrackAlbum($id: ID!) {
  track(id: $id, market: "JP") { album { tracks(first: 2) { nodes { isPlayable } } } }
}`);
const BESIDE = graphql(`query NestedMarketBeside($album: ID!, $track: ID!) {
  plain: album(id: $album) { tracks(first: 2) { nodes { isPlayable } } }
  inJapan: track(id: $track, market: "JP") { album { tracks(first: 2) { nodes { isPlayable } } } }
}`);
const PLAIN_ALBUM = graphql(`query NestedMarketPlainAlbum($id: ID!) {
  album(id: $id) { tracks(first: 2) { nodes { isPlayable } } }
}`);
const EPISODE_SHOW = graphql(`query NestedMarketEpisodeShow($id: ID!) {
  episode(id: $id, market: "JP") { show { episodes(first: 2) { nodes { isPlayable } } } }
}`);
const TRACK_ARTISTS = graphql(`query NestedMarketTrackArtists($id: ID!) {
  track(id: $id, market: "JP") { artists { albums(first: 1) { totalCount } } }
}`);
const ID_ONLY_ALBUM = graphql(`query NestedMarketIdOnlyAlbum($id: ID!) {
  album(id: $id, market: "JP") { id tracks(offset: 50, first: 2) { nodes { isPlayable } } }
}`);

interface LogEntry {
  route: string;
  query: string;
}

/** The query strings of the calls made on `route` since the log was cleared. */
async function queriesOf(t: TestServer, route: string): Promise<URLSearchParams[]> {
  const log = (await t.emu.control('GET', '/requests')).json as { entries: LogEntry[] };
  return log.entries
    .filter((entry) => entry.route === route)
    .map((entry) => new URLSearchParams(entry.query));
}

/** A track of an album unavailable in JP, that album's id, and a show unavailable in JP's first episode. */
function restricted(t: TestServer): { track: string; album: string; episode: string } {
  const { catalog } = t.emu.state;
  const album = catalog.albums.get(catalog.restricted.albumIds[0]!)!;
  const show = catalog.shows.get(catalog.restricted.showIds[0]!)!;
  return { track: album.trackIds[0]!, album: album.id, episode: show.episodeIds[0]! };
}

describe('objects nested in an answer read in a market', () => {
  const t = useTestServer();

  it("a track's album is loaded in the track's market, its tracks' availability that market's", async () => {
    const { track } = restricted(t);
    await t.clearLog();
    const answer = await t.query(TRACK_ALBUM, { id: track });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.track?.album?.tracks?.nodes).toEqual([{ isPlayable: false }, { isPlayable: false }]);
    const albums = await queriesOf(t, '/v1/albums');
    expect(albums.length).toBe(1);
    expect(albums[0]!.get('market')).toBe('JP');
  });

  it('the same album without a market and under a track read in JP are two loads of one request', async () => {
    const { track, album } = restricted(t);
    await t.clearLog();
    const answer = await t.query(BESIDE, { album, track });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.plain?.tracks?.nodes).toEqual([{ isPlayable: null }, { isPlayable: null }]);
    expect(answer.data?.inJapan?.album?.tracks?.nodes).toEqual([
      { isPlayable: false },
      { isPlayable: false },
    ]);
    const markets = (await queriesOf(t, '/v1/albums')).map((query) => query.get('market'));
    expect(markets.sort()).toEqual(['JP', null]);
  });

  it("an episode's show lists its episodes in the episode's market", async () => {
    const { episode } = restricted(t);
    await t.clearLog();
    const answer = await t.query(EPISODE_SHOW, { id: episode });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.episode?.show?.episodes?.nodes).toEqual([
      { isPlayable: false },
      { isPlayable: false },
    ]);
    const calls = [
      ...(await queriesOf(t, '/v1/shows')),
      ...(await queriesOf(t, '/v1/shows/{id}')),
      ...(await queriesOf(t, '/v1/shows/{id}/episodes')),
    ];
    expect(calls.length).toBeGreaterThan(0);
    for (const query of calls) expect(query.get('market')).toBe('JP');
  });

  it("a track's artists list their albums in the track's market", async () => {
    const { track } = restricted(t);
    await t.clearLog();
    const answer = await t.query(TRACK_ARTISTS, { id: track });
    expect(answer.errors).toBeUndefined();
    const pages = await queriesOf(t, '/v1/artists/{id}/albums');
    expect(pages.length).toBeGreaterThan(0);
    for (const query of pages) expect(query.get('market')).toBe('JP');
  });

  it("a parent read only by its id (its children started early) keeps the root field's market", async () => {
    const { catalog } = t.emu.state;
    const album = [...catalog.albums.values()].find(
      (a) => a.trackIds.length >= 52 && catalog.restricted.albumIds.includes(a.id),
    );
    const big = album ?? [...catalog.albums.values()].find((a) => a.trackIds.length >= 52)!;
    await t.clearLog();
    const answer = await t.query(ID_ONLY_ALBUM, { id: big.id });
    expect(answer.errors).toBeUndefined();
    for (const node of answer.data?.album?.tracks?.nodes ?? [])
      expect(typeof node?.isPlayable).toBe('boolean');
    const pages = await queriesOf(t, '/v1/albums/{id}/tracks');
    expect(pages.length).toBe(1);
    expect(pages[0]!.get('market')).toBe('JP');
  });
});

describe('the catalog cache keeps nested loads apart by market', () => {
  const t = useTestServer({ cache: new MemoryCatalogCache() });

  it('an album kept without a market does not answer the album of a track read in JP', async () => {
    const { track, album } = restricted(t);
    const plain = await t.query(PLAIN_ALBUM, { id: album });
    expect(plain.data?.album?.tracks?.nodes).toEqual([{ isPlayable: null }, { isPlayable: null }]);
    await t.clearLog();
    const answer = await t.query(TRACK_ALBUM, { id: track });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.track?.album?.tracks?.nodes).toEqual([{ isPlayable: false }, { isPlayable: false }]);
    const albums = await queriesOf(t, '/v1/albums');
    expect(albums.map((query) => query.get('market'))).toEqual(['JP']);
    // And the other way round: the album kept in JP answers no request without a market.
    await t.clearLog();
    const again = await t.query(PLAIN_ALBUM, { id: album });
    expect(again.data?.album?.tracks?.nodes).toEqual([{ isPlayable: null }, { isPlayable: null }]);
    expect(await queriesOf(t, '/v1/albums')).toHaveLength(0);
  });
});
