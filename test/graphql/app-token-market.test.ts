/**
 * Anonymous reads of shows, episodes, audiobooks and chapters carry a market (v14 attack on issue 7,
 * F10). The app's client-credentials token has no user country, and Spotify answers such a read
 * without `market` `404 "non existing id"` (by id, a show's episodes, an audiobook's chapters) or with
 * null entries (several ids, search): the reference's `market` parameter, spotipy#552, zmb3/spotify#187,
 * web-api#1589. The emulator answers as Spotify does (test/emulator/catalog-items.test.ts), so the
 * server sends SPOTIFY_DEFAULT_MARKET (default US) when the request names no market, and only then.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../src/server/config.js';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer, useUserToken } from '../helpers/server.js';

const PODCASTS = graphql(`query AppMarketPodcasts($show: ID!, $episode: ID!, $book: ID!, $chapter: ID!) {
  show(id: $show) { name episodes(offset: 55, first: 2) { nodes { name } } }
  episode(id: $episode) { name show { name } }
  episodes(ids: [$episode]) { name }
  audiobook(id: $book) { name chapters(offset: 55, first: 2) { nodes { name } } }
  chapter(id: $chapter) { name }
  search(query: "a", types: [SHOW, EPISODE, AUDIOBOOK], first: 2) {
    shows { nodes { name } }
    episodes { nodes { name } }
    audiobooks { nodes { name } }
  }
}`);
const IN_MARKET = graphql(`query AppMarketNamed($show: ID!) {
  show(id: $show, market: "JP") { name episodes(offset: 55, first: 1) { nodes { name } } }
}`);
const MUSIC_BESIDE = graphql(`query AppMarketMusicBeside {
  tracks: search(query: "a", types: [TRACK], first: 2) { tracks { nodes { name } } }
  episodes: search(query: "a", types: [EPISODE], first: 2) { episodes { nodes { name } } }
}`);

/** The market each call on a podcast or audiobook route (or search) asked in, by route (null: none). */
async function marketsByRoute(t: TestServer): Promise<Record<string, (string | null)[]>> {
  const log = (await t.emu.control('GET', '/requests')).json as {
    entries: { route: string; query: string }[];
  };
  const markets: Record<string, (string | null)[]> = {};
  for (const entry of log.entries)
    if (/^\/v1\/(shows|episodes|audiobooks|chapters|search)/.test(entry.route))
      markets[entry.route] = [
        ...(markets[entry.route] ?? []),
        new URLSearchParams(entry.query).get('market'),
      ];
  return markets;
}

/** Ids of a show and an audiobook with more than 57 children, an episode and a chapter. */
function ids(t: TestServer) {
  const { catalog } = t.emu.state;
  const show = [...catalog.shows.values()].find(
    (s) => s.episodeIds.length > 57 && !catalog.restricted.showIds.includes(s.id),
  )!;
  const book = [...catalog.audiobooks.values()].find((b) => b.chapterIds.length > 57)!;
  return { show: show.id, episode: show.episodeIds[0]!, book: book.id, chapter: book.chapterIds[0]! };
}

const ROUTES = [
  '/v1/shows/{id}',
  '/v1/shows/{id}/episodes',
  '/v1/episodes',
  '/v1/audiobooks',
  '/v1/audiobooks/{id}/chapters',
  '/v1/chapters',
  '/v1/search',
];

describe('anonymous podcast and audiobook reads', () => {
  const t = useTestServer();
  const alice = useUserToken(t, 'alice', { clearLog: true });

  it('are asked in SPOTIFY_DEFAULT_MARKET (US) when the request names none, and answered', async () => {
    const answer = await t.query(PODCASTS, ids(t));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.show?.episodes?.nodes).toHaveLength(2);
    expect(answer.data?.episode?.show?.name).toEqual(expect.any(String));
    expect(answer.data?.episodes).toEqual([{ name: answer.data?.episode?.name }]);
    expect(answer.data?.audiobook?.chapters?.nodes).toHaveLength(2);
    expect(answer.data?.chapter?.name).toEqual(expect.any(String));
    for (const type of ['shows', 'episodes', 'audiobooks'] as const)
      expect(answer.data?.search?.[type]?.nodes).toEqual([
        { name: expect.any(String) },
        { name: expect.any(String) },
      ]);
    const markets = await marketsByRoute(t);
    const asked = Object.keys(markets).filter((route) => ROUTES.some((r) => route.startsWith(r)));
    expect(asked.length).toBeGreaterThanOrEqual(6);
    for (const route of asked) expect(markets[route], route).toEqual(markets[route]!.map(() => 'US'));
  });

  it("keep the market the request names (argument or parent's)", async () => {
    const answer = await t.query(IN_MARKET, { show: ids(t).show });
    expect(answer.errors).toBeUndefined();
    const markets = await marketsByRoute(t);
    expect([...markets['/v1/shows/{id}']!, ...markets['/v1/shows/{id}/episodes']!]).toEqual(['JP', 'JP']);
  });

  it("signed in, go without a market (the user's country applies)", async () => {
    const answer = await t.query(PODCASTS, ids(t), { token: alice.token });
    expect(answer.errors).toBeUndefined();
    for (const [route, markets] of Object.entries(await marketsByRoute(t)))
      expect(markets, route).toEqual(markets.map(() => null));
  });

  it('do not join a music search beside them into the marketed call', async () => {
    const answer = await t.query(MUSIC_BESIDE);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.episodes?.episodes?.nodes).toHaveLength(2);
    expect((await marketsByRoute(t))['/v1/search']!.sort()).toEqual(['US', null]);
  });
});

describe('SPOTIFY_DEFAULT_MARKET', () => {
  const t = useTestServer({ config: { defaultMarket: 'SE' } });

  it('is the market anonymous podcast reads are asked in', async () => {
    await t.clearLog();
    const answer = await t.query(PODCASTS, ids(t));
    expect(answer.errors).toBeUndefined();
    const markets = Object.values(await marketsByRoute(t)).flat();
    expect(markets.length).toBeGreaterThanOrEqual(6);
    expect(new Set(markets)).toEqual(new Set(['SE']));
  });

  it('defaults to US, takes a code Spotify serves, and refuses anything else', () => {
    expect(configFromEnv({}).defaultMarket).toBe('US');
    expect(configFromEnv({ SPOTIFY_DEFAULT_MARKET: 'se' }).defaultMarket).toBe('SE');
    for (const value of ['XX', 'UK', 'from_token', 'USA', '1'])
      expect(() => configFromEnv({ SPOTIFY_DEFAULT_MARKET: value }), value).toThrow(
        new ConfigError(
          `SPOTIFY_DEFAULT_MARKET must be a market Spotify serves (an ISO 3166-1 alpha-2 code such as US or SE), not "${value}"`,
        ),
      );
  });
});
