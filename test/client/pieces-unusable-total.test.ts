/**
 * A page asked in pieces (auto mode learning Development Mode from Spotify's "Invalid limit": search
 * `limit: 30` read as three pieces of 10) whose first piece's `total` is no count. The pieces after the
 * first are planned by that total (piecesReach): a total of -1 planned none, and the page answered 10
 * of the 30 results. A total that is no count (negative, past what JSON numbers hold exactly, not whole)
 * is read as none, as everywhere else (paging.ts countOf, the server's usableTotal): all of `limit`.
 */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import type { SpotifyApiClient } from '../../src/spotify/index.js';
import { addFault, useClientTests, userToken } from './client-harness.js';

const { emu, signedIn } = useClientTests();

/** A development app's client in auto mode: its search page of 30 is refused, then read in pieces. */
async function autoClient(): Promise<SpotifyApiClient> {
  return signedIn({
    app: 'development',
    appMode: 'auto',
    token: await userToken(emu, { app: 'development' }),
  });
}

const page = (client: SpotifyApiClient) =>
  client.request<{ tracks: { items: { id: string }[]; total: unknown } }>(endpoints.search, {
    q: 'a',
    type: 'track',
    limit: 30,
  });

describe('a page read in pieces whose total is no count', () => {
  it.each([[-1], [-25], [1e20], [12.5]])('total %s: all three pieces are read', async (total) => {
    const plain = await page(await autoClient());
    expect(plain.tracks.items).toHaveLength(30);
    await addFault(emu, { route: 'GET /v1/search', query: { limit: '10' }, set: { '/tracks/total': total } });
    const pieces = await page(await autoClient());
    expect(pieces.tracks.items.map((t) => t.id)).toEqual(plain.tracks.items.map((t) => t.id));
  });

  it('a total that is a count still bounds the pieces (a list of 12 is not asked past its end)', async () => {
    await addFault(emu, { route: 'GET /v1/search', query: { limit: '10' }, set: { '/tracks/total': 12 } });
    await emu.control('DELETE', '/requests');
    const pieces = await page(await autoClient());
    expect(pieces.tracks.items).toHaveLength(20);
    const log = (await emu.control('GET', '/requests')).json as {
      entries: { route: string; query: string }[];
    };
    const offsets = log.entries
      .filter((e) => e.route === '/v1/search' && new URLSearchParams(e.query).get('limit') === '10')
      .map((e) => new URLSearchParams(e.query).get('offset') ?? '0');
    expect(offsets.sort()).toEqual(['0', '10']);
  });
});
