/**
 * One list of markets: the emulator's `GET /v1/markets` answers Spotify's 185 markets (XK among
 * them), and the server accepts exactly those as a `market` argument, refusing any other code with
 * BAD_USER_INPUT before it calls Spotify.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { q, useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });

beforeEach(async () => {
  await t.clearLog();
});

async function spotifyMarkets(): Promise<string[]> {
  const answer = await t.query<{ markets: string[] }>('{ markets }');
  expect(answer.errors).toBeUndefined();
  return answer.data!.markets;
}

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
    const answered: Record<string, { spotifyId: string } | null> = {};
    // 25 aliases per operation: the server allows 30.
    for (let i = 0; i < markets.length; i += 25) {
      const fields = markets
        .slice(i, i + 25)
        .map((m) => `${m}: album(id: ${q(album)}, market: ${q(m)}) { spotifyId }`)
        .join('\n');
      const answer = await t.query<Record<string, { spotifyId: string } | null>>(`{ ${fields} }`);
      expect(answer.errors).toBeUndefined();
      Object.assign(answered, answer.data);
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
      const answer = await t.query(`{ album(id: ${q(album)}, market: ${q(market)}) { name } }`);
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
