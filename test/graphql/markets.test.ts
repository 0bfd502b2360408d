/**
 * One list of markets: the emulator's `GET /v1/markets` answers Spotify's 185 markets (XK among
 * them), and the server accepts exactly those as a `market` argument, refusing any other code with
 * BAD_USER_INPUT before it calls Spotify.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });

beforeEach(async () => {
  await t.clearLog();
});

async function spotifyMarkets(): Promise<string[]> {
  const answer = await t.query(graphql(`query MarketsList { markets }`));
  expect(answer.errors).toBeUndefined();
  return (answer.data?.markets ?? []).filter((market) => market !== null);
}

const albumInMarket = graphql(
  `query MarketsAlbum($id: ID!, $market: String) { album(id: $id, market: $market) { spotifyId } }`,
);

describe('markets', () => {
  it("lists Spotify's 185 markets, Kosovo (XK) and Ethiopia (ET) among them", async () => {
    const markets = await spotifyMarkets();
    expect(markets).toHaveLength(185);
    expect(markets).toEqual(expect.arrayContaining(['XK', 'ET', 'PR', 'SE', 'US', 'ZW']));
    expect(markets).not.toContain('CU');
  });

  it('accepts every market the emulator lists, and answers a catalog object in XK', async () => {
    const markets = await spotifyMarkets();
    const album = [...t.emu.state.catalog.albums.keys()][0]!;
    const answered: Record<string, { spotifyId?: string | null } | null | undefined> = {};
    // 25 operations at a time, each asking for the album in one market.
    for (let i = 0; i < markets.length; i += 25) {
      await Promise.all(
        markets.slice(i, i + 25).map(async (market) => {
          const answer = await t.query(albumInMarket, { id: album, market });
          expect(answer.errors).toBeUndefined();
          answered[market] = answer.data?.album;
        }),
      );
    }
    expect(answered.XK).toEqual({ spotifyId: album });
    expect(Object.values(answered).filter((v) => v?.spotifyId === album)).toHaveLength(185);
  });

  it('refuses a well-formed code Spotify does not serve with BAD_USER_INPUT, before any call', async () => {
    const markets = await spotifyMarkets();
    await t.clearLog();
    const album = [...t.emu.state.catalog.albums.keys()][0]!;
    for (const market of ['CU', 'RU', 'KP', 'AQ', 'XX']) {
      expect(markets).not.toContain(market);
      const answer = await t.query(albumInMarket, { id: album, market });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'market' });
    }
    expect(await t.calls()).toEqual({});
  });

  it('makes the emulator refuse the same codes with a 400', async () => {
    const token = await t.emu.token({});
    const album = [...t.emu.state.catalog.albums.keys()][0]!;
    const xk = await t.emu.api('GET', `/v1/albums/${album}`, { token, query: { market: 'XK' } });
    expect(xk.status).toBe(200);
    const cu = await t.emu.api('GET', `/v1/albums/${album}`, { token, query: { market: 'CU' } });
    expect(cu.status).toBe(400);
  });
});
