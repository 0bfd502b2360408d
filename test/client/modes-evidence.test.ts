/**
 * Auto mode learns Development Mode only from what only that mode explains: a 403 that gives another
 * cause (a country restriction) or a bare "Forbidden" after the app answered as Extended teaches
 * nothing; the refused batch still answers through single calls. The emulator's fault rules send the
 * 403s to an Extended Quota app.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import type { SpotifyApiClient } from '../../src/spotify/index.js';
import {
  clientFor,
  clientsClosedAfterEach,
  codeFlow,
  countOf,
  userToken,
  useTestEmulator,
} from './client-harness.js';

const emu = useTestEmulator();
const clients = clientsClosedAfterEach();
let albumIds: string[];
let artistId: string;

beforeAll(() => {
  albumIds = [...emu.state.catalog.albums.keys()].slice(0, 25);
  artistId = [...emu.state.catalog.artists.keys()][0]!;
});
beforeEach(async () => {
  await emu.control('DELETE', '/faults');
  await emu.control('DELETE', '/requests');
});

async function autoClient(): Promise<SpotifyApiClient> {
  const client = clientFor(emu, codeFlow('extended'), {
    appMode: 'auto',
    holdAuthentication: true,
    authToken: await userToken(emu, { app: 'extended' }),
  });
  clients.push(client);
  await client.createNewClient();
  return client;
}

const albums = (client: SpotifyApiClient) =>
  client.requestMany<{ id: string }>(endpoints.getMultipleAlbums, endpoints.getAnAlbum, albumIds);

const COUNTRY_403 = {
  status: 403,
  contentType: 'application/json',
  text: JSON.stringify({ error: { status: 403, message: 'This content is not available in your country' } }),
  times: 1,
};

describe('auto mode: what a 403 teaches', () => {
  it("a country-restriction 403 on an artist's top tracks keeps the app Extended", async () => {
    const client = await autoClient();
    await emu.control('POST', '/faults', { route: 'GET /v1/artists/{id}/top-tracks', ...COUNTRY_403 });
    await expect(
      client.request(endpoints.getAnArtistsTopTracks, { id: artistId, market: 'SE' }),
    ).rejects.toMatchObject({
      code: 'SPOTIFY_API_ERROR',
      status: 403,
    });
    expect(client.modeFor(endpoints.getAnArtistsTopTracks)).not.toBe('development');
    await expect(
      client.request(endpoints.getAnArtistsTopTracks, { id: artistId, market: 'SE' }),
    ).resolves.toBeTruthy();
  });

  it('a bare "Forbidden" on a batch after the app answered as Extended: that batch answers by single calls, later batches stay batches', async () => {
    const client = await autoClient();
    await albums(client);
    expect(client.modeFor(endpoints.getMultipleAlbums)).toBe('extended');
    await emu.control('POST', '/faults', {
      route: 'GET /v1/albums',
      status: 403,
      contentType: 'text/plain',
      text: 'Forbidden',
      times: 1,
    });
    await emu.control('DELETE', '/requests');
    const refused = await albums(client);
    expect(refused.map((album) => album?.id)).toEqual(albumIds);
    expect(client.modeFor(endpoints.getMultipleAlbums)).toBe('extended');
    await emu.control('DELETE', '/requests');
    await albums(client);
    // 25 albums, 20 a call: two batch calls, no single ones.
    expect(await countOf(emu, 'GET /v1/albums')).toBe(2);
    expect(await countOf(emu, 'GET /v1/albums/{id}')).toBe(0);
  });

  it('a country-restriction 403 on the first batch: its albums answer by single calls, the app is not learned Development', async () => {
    const client = await autoClient();
    await emu.control('POST', '/faults', { route: 'GET /v1/albums', ...COUNTRY_403 });
    const found = await albums(client);
    expect(found.map((album) => album?.id)).toEqual(albumIds);
    expect(client.modeFor(endpoints.getMultipleAlbums)).not.toBe('development');
  });
});
