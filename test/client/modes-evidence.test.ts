/**
 * Auto mode learns Development Mode only from what only that mode explains: a 403 that gives another
 * cause (a country restriction) or a bare "Forbidden" after the app answered as Extended teaches
 * nothing; the refused batch still answers through single calls. The emulator's fault rules send the
 * 403s to an Extended Quota app.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AppModeTracker, DEVELOPMENT_RECHECK_MS } from '../../src/spotify/app-mode.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { SpotifyAPIError } from '../../src/spotify/errors.js';
import type { SpotifyApiClient } from '../../src/spotify/index.js';
import { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import { countOf, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();
let albumIds: string[];
let artistId: string;

beforeAll(() => {
  albumIds = [...emu.state.catalog.albums.keys()].slice(0, 25);
  artistId = [...emu.state.catalog.artists.keys()][0]!;
});

const autoClient = (): Promise<SpotifyApiClient> => signedIn({ appMode: 'auto' });

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

const BARE_403 = {
  status: 403,
  contentType: 'application/json',
  text: JSON.stringify({ error: { status: 403, message: 'Forbidden' } }),
};

describe('auto mode: a bare 403 is a hint, not a verdict', () => {
  it("one bare 403 on the app's first Extended-only call is Spotify's 403, and the next call answers", async () => {
    const client = await autoClient();
    await emu.control('POST', '/faults', { route: 'GET /v1/artists/{id}/top-tracks', ...BARE_403, times: 1 });
    await expect(
      client.request(endpoints.getAnArtistsTopTracks, { id: artistId, market: 'SE' }),
    ).rejects.toMatchObject({ code: 'SPOTIFY_API_ERROR', status: 403 });
    expect(client.modeFor(endpoints.getAnArtistsTopTracks)).toBe('auto');
    await expect(
      client.request(endpoints.getAnArtistsTopTracks, { id: artistId, market: 'SE' }),
    ).resolves.toBeTruthy();
    expect(client.modeFor(endpoints.getAnArtistsTopTracks)).toBe('extended');
  });

  it("one bare 403 on the app's first batch: its albums answer by single calls, the next load goes out as batches", async () => {
    const client = await autoClient();
    await emu.control('POST', '/faults', { route: 'GET /v1/albums', ...BARE_403, times: 1 });
    const found = await albums(client);
    expect(found.map((album) => album?.id)).toEqual(albumIds);
    expect(client.modeFor(endpoints.getMultipleAlbums)).not.toBe('development');
    await emu.control('DELETE', '/requests');
    await albums(client);
    expect(await countOf(emu, 'GET /v1/albums')).toBe(2);
    expect(await countOf(emu, 'GET /v1/albums/{id}')).toBe(0);
  });

  it('two bare 403s learn Development Mode, which lapses for a re-check, and an answer then learns Extended', () => {
    let now = 0;
    const tracker = new AppModeTracker('auto', 'app', 'any-token', () => now);
    const bare = () =>
      Object.assign(new SpotifyAPIError('Forbidden', { status: 403 }), { missingScopes: [] as string[] });
    const endpoint = endpoints.getAnArtistsTopTracks;
    expect(tracker.refused(endpoint, bare(), 'app')).toBe(false);
    expect(tracker.modeFor(endpoint, 'app')).toBe('auto');
    now += 60_000;
    expect(tracker.refused(endpoint, bare(), 'app')).toBe(true);
    expect(tracker.modeFor(endpoint, 'app')).toBe('development');
    now += 60 * 60_000;
    expect(tracker.modeFor(endpoint, 'app')).toBe('auto');
    tracker.answered(endpoint, 'app');
    expect(tracker.modeFor(endpoint, 'app')).toBe('extended');
    // Another app's hint is its own.
    expect(tracker.refused(endpoint, bare(), 'other')).toBe(false);
    expect(tracker.modeFor(endpoint, 'app')).toBe('extended');
  });

  it('bare 403s to the two chunks of one batch are one hint: the app is not learned Development', async () => {
    const client = await autoClient();
    // 25 albums: two batch calls (the second sent right after the first was refused), both refused.
    await emu.control('POST', '/faults', { route: 'GET /v1/albums', ...BARE_403, times: 2 });
    const found = await albums(client);
    expect(found.map((album) => album?.id)).toEqual(albumIds);
    expect(await countOf(emu, 'GET /v1/albums')).toBe(2);
    expect(client.modeFor(endpoints.getMultipleAlbums)).not.toBe('development');
    expect(client.modeFor(endpoints.getAnArtistsTopTracks)).not.toBe('development');
  });

  it('a bare 403 counts as a second hint only for a call sent well after the first was answered', () => {
    let now = 0;
    const tracker = new AppModeTracker('auto', 'app', 'any-token', () => now);
    const bare = () =>
      Object.assign(new SpotifyAPIError('Forbidden', { status: 403 }), { missingScopes: [] as string[] });
    const endpoint = endpoints.getAnArtistsTopTracks;
    // Two fields of one burst: both calls sent before either answer.
    const first = tracker.sending();
    const second = tracker.sending();
    expect(tracker.refused(endpoints.getMultipleAlbums, bare(), 'app', first)).toBe(false);
    expect(tracker.refused(endpoint, bare(), 'app', second)).toBe(false);
    expect(tracker.modeFor(endpoint, 'app')).toBe('auto');
    // Nor one sent a moment later (the same request's next call).
    now += 100;
    expect(tracker.refused(endpoint, bare(), 'app', tracker.sending())).toBe(false);
    expect(tracker.modeFor(endpoint, 'app')).toBe('auto');
    // A call sent seconds afterwards corroborates.
    now += 10_000;
    expect(tracker.refused(endpoint, bare(), 'app', tracker.sending())).toBe(true);
    expect(tracker.modeFor(endpoint, 'app')).toBe('development');
  });

  it("Spotify's word for Development Mode is learned at once and lapses for a re-check like every verdict", () => {
    let now = 0;
    const tracker = new AppModeTracker('auto', 'app', 'any-token', () => now);
    const named = new SpotifyAPIError('This endpoint is not available to apps in Development Mode', {
      status: 403,
    });
    expect(tracker.refused(endpoints.getAnArtistsTopTracks, named, 'app')).toBe(true);
    now += DEVELOPMENT_RECHECK_MS - 1;
    expect(tracker.modeFor(endpoints.getAnArtistsTopTracks, 'app')).toBe('development');
    // Then unknown again (v15 attack on issue 7, V4): the next Extended-only call re-checks.
    now += 1;
    expect(tracker.modeFor(endpoints.getAnArtistsTopTracks, 'app')).toBe('auto');
    // Its refusal, even a bare one, learns Development again, for another interval.
    const bare = Object.assign(new SpotifyAPIError('Forbidden', { status: 403 }), {
      missingScopes: [] as string[],
    });
    expect(tracker.refused(endpoints.getAnArtistsTopTracks, bare, 'app')).toBe(true);
    expect(tracker.modeFor(endpoints.getAnArtistsTopTracks, 'app')).toBe('development');
    // An invalid limit's verdict lapses too.
    now += DEVELOPMENT_RECHECK_MS;
    expect(tracker.refusedLimit('other')).toBe(true);
    expect(tracker.modeOf('other')).toBe('development');
    now += DEVELOPMENT_RECHECK_MS;
    expect(tracker.modeOf('other')).toBe('auto');
  });
});

describe("auto mode: a caller's token of no known app (v14 attack on issue 11, F1)", () => {
  const named = () =>
    new SpotifyAPIError('This endpoint is not available to apps in Development Mode', { status: 403 });
  const endpoint = endpoints.checkUsersSavedTracks;

  it('learns for that token only, under a hash of it, until the token expires', () => {
    let now = 1_000_000;
    const tracker = new AppModeTracker('auto', 'app', 'own-tokens', () => now);
    const token = new SpotifyAuthorisationToken({
      accessToken: 'secret-A',
      activationTime: now,
      expiresIn: 600,
    });
    const other = new SpotifyAuthorisationToken({ accessToken: 'secret-B', activationTime: now });
    const key = tracker.appOf(token);
    expect(key).toMatch(/^token:/);
    expect(key).not.toContain('secret-A');
    expect(tracker.refused(endpoint, named(), key)).toBe(true);
    // The same token in another object (a caller sends it with every request) has the same key.
    const again = new SpotifyAuthorisationToken({
      accessToken: 'secret-A',
      activationTime: now,
      expiresIn: 600,
    });
    expect(tracker.appOf(again)).toBe(key);
    expect(tracker.modeFor(endpoint, tracker.appOf(token))).toBe('development');
    expect(tracker.modeFor(endpoint, tracker.appOf(other))).toBe('auto');
    expect(tracker.modeFor(endpoint, 'app')).toBe('auto');
    // Past the token's expiry (600 s) the knowledge is gone.
    now += 601_000;
    expect(tracker.modeFor(endpoint, key)).toBe('auto');
  });

  it('learns nothing from an expired token', () => {
    const now = 1_000_000;
    const tracker = new AppModeTracker('auto', 'app', 'own-tokens', () => now);
    const expired = new SpotifyAuthorisationToken({
      accessToken: 'old',
      activationTime: now - 3_601_000,
      expiresIn: 3600,
    });
    const key = tracker.appOf(expired);
    expect(tracker.refused(endpoint, named(), key)).toBe(true);
    expect(tracker.modeFor(endpoint, key)).toBe('auto');
  });
});
