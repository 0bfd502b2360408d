import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import {
  type AppMode,
  NotAvailableInDevelopmentMode,
  SpotifyApiClient,
  type SpotifyAuthorisationToken,
} from '../../src/spotify/index.js';
import { NAMED_DEVELOPMENT_REFUSAL, PAST_BARE_SPACING_MS, useMovedClock } from '../helpers/clock.js';
import { type AppName, addFault, codeFlow, countOf, useClientTests, userToken } from './client-harness.js';

const clock = useMovedClock();
const { emu, signedIn } = useClientTests();
let albumIds: string[];
const UNKNOWN = '4aawyAB9vmqN3uQ7FjRGTy';
const tokens = new Map<AppName, SpotifyAuthorisationToken>();

beforeAll(async () => {
  albumIds = [...emu.state.catalog.albums.keys()].slice(0, 45);
});
beforeEach(async () => {
  tokens.set('extended', await userToken(emu, { app: 'extended' }));
  tokens.set('development', await userToken(emu, { app: 'development' }));
});

interface Album {
  id: string;
}

async function openClient(app: AppName, appMode: AppMode | 'auto'): Promise<SpotifyApiClient> {
  const token = tokens.get(app);
  return signedIn({ app, appMode, ...(token ? { token } : {}) });
}

const several = (client: SpotifyApiClient, ids: readonly string[]) =>
  client.requestMany<Album>(endpoints.getMultipleAlbums, endpoints.getAnAlbum, ids, { market: 'DE' });

describe('many ids', () => {
  const ids = () => [...albumIds, UNKNOWN, albumIds[0] as string];

  it('are split by the batch limit in extended mode, in order, null for an unknown id', async () => {
    const client = await openClient('extended', 'extended');
    const albums = await several(client, ids());
    expect(albums.map((album) => album?.id ?? null)).toEqual([...albumIds, null, albumIds[0]]);
    // 46 distinct ids, 20 a call.
    expect(await countOf(emu, 'GET /v1/albums')).toBe(3);
    expect(await countOf(emu, 'GET /v1/albums/{id}')).toBe(0);
  });

  it('are fetched one by one in development mode, once per distinct id', async () => {
    const client = await openClient('development', 'development');
    const albums = await several(client, ids());
    expect(albums.map((album) => album?.id ?? null)).toEqual([...albumIds, null, albumIds[0]]);
    expect(await countOf(emu, 'GET /v1/albums')).toBe(0);
    expect(await countOf(emu, 'GET /v1/albums/{id}')).toBe(46);
  });

  it('switch to single calls in auto mode after one 403 naming Development Mode from the batch endpoint, and stay switched', async () => {
    await addFault(emu, { route: 'GET /v1/albums', ...NAMED_DEVELOPMENT_REFUSAL });
    const client = await openClient('development', 'auto');
    expect(client.modeFor(endpoints.getMultipleAlbums)).toBe('auto');
    const first = await several(client, albumIds.slice(0, 30));
    expect(first.map((album) => album?.id)).toEqual(albumIds.slice(0, 30));
    const second = await several(client, albumIds.slice(30, 35));
    expect(second.map((album) => album?.id)).toEqual(albumIds.slice(30, 35));
    expect(await countOf(emu, 'GET /v1/albums')).toBe(1);
    expect(await countOf(emu, 'GET /v1/albums/{id}')).toBe(35);
    expect(client.modeFor(endpoints.getMultipleAlbums)).toBe('development');
  });

  it("answer by single calls on Spotify's bare 403 from the batch endpoint, and switch for good after a second one 5 s later", async () => {
    const client = await openClient('development', 'auto');
    // One load: its first chunk alone, refused (one hint), then the second chunk, refused right after
    // (the same hint): both answer by single calls.
    const first = await several(client, albumIds.slice(0, 30));
    expect(first.map((album) => album?.id)).toEqual(albumIds.slice(0, 30));
    expect(client.modeFor(endpoints.getMultipleAlbums)).toBe('auto');
    clock.advance(PAST_BARE_SPACING_MS);
    const second = await several(client, albumIds.slice(30, 35));
    expect(second.map((album) => album?.id)).toEqual(albumIds.slice(30, 35));
    expect(client.modeFor(endpoints.getMultipleAlbums)).toBe('development');
    const third = await several(client, albumIds.slice(35, 40));
    expect(third.map((album) => album?.id)).toEqual(albumIds.slice(35, 40));
    expect(await countOf(emu, 'GET /v1/albums')).toBe(3);
    expect(await countOf(emu, 'GET /v1/albums/{id}')).toBe(40);
  });

  it('keep using the batch endpoint in auto mode where the app has it', async () => {
    const client = await openClient('extended', 'auto');
    await several(client, albumIds);
    expect(await countOf(emu, 'GET /v1/albums')).toBe(3);
    expect(await countOf(emu, 'GET /v1/albums/{id}')).toBe(0);
  });

  it('answer an empty list without calling Spotify', async () => {
    const client = await openClient('extended', 'extended');
    expect(await several(client, [])).toEqual([]);
    expect(await countOf(emu, 'GET /v1/albums')).toBe(0);
  });
});

describe('endpoints Development Mode apps lack', () => {
  it('fail in development mode without calling Spotify', async () => {
    const client = await openClient('development', 'development');
    const error = await client.request(endpoints.getNewReleases).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAvailableInDevelopmentMode);
    expect(error).toMatchObject({ code: 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE', status: 0 });
    expect(await countOf(emu, 'GET /v1/browse/new-releases')).toBe(0);
  });

  it('fail in auto mode after one 403 naming Development Mode, then without calling Spotify', async () => {
    await addFault(emu, { route: 'GET /v1/browse/new-releases', ...NAMED_DEVELOPMENT_REFUSAL });
    const client = await openClient('development', 'auto');
    await expect(client.request(endpoints.getNewReleases)).rejects.toMatchObject({
      code: 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
      status: 403,
    });
    await expect(client.request(endpoints.getNewReleases)).rejects.toMatchObject({ status: 0 });
    expect(await countOf(emu, 'GET /v1/browse/new-releases')).toBe(1);
  });

  it("pass on Spotify's bare 403 in auto mode, fail after a second one 5 s later, then without calling Spotify", async () => {
    const client = await openClient('development', 'auto');
    await expect(client.request(endpoints.getNewReleases)).rejects.toMatchObject({
      code: 'SPOTIFY_API_ERROR',
      status: 403,
      // Spotify's `{"error":{"status":403,"message":"Forbidden"}}` only repeats the status, as a text
      // body "Forbidden" does: both read as an empty body.
      message: 'Spotify answered 403',
    });
    clock.advance(PAST_BARE_SPACING_MS);
    await expect(client.request(endpoints.getNewReleases)).rejects.toMatchObject({
      code: 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
      status: 403,
    });
    await expect(client.request(endpoints.getNewReleases)).rejects.toMatchObject({ status: 0 });
    expect(await countOf(emu, 'GET /v1/browse/new-releases')).toBe(2);
  });

  it('work in extended mode', async () => {
    const client = await openClient('extended', 'extended');
    const answer = await client.request<{ albums: { items: unknown[] } }>(endpoints.getNewReleases, {
      limit: 2,
    });
    expect(answer.albums.items).toHaveLength(2);
  });
});

describe('withFallback', () => {
  const savedAlbumId = async (client: SpotifyApiClient): Promise<string> => {
    const page = await client.request<{ items: { album: Album }[] }>(endpoints.getUsersSavedAlbums, {
      limit: 1,
    });
    return page.items[0]?.album.id ?? '';
  };
  const check = (client: SpotifyApiClient, id: string) =>
    client.withFallback(
      endpoints.checkUsersSavedAlbums,
      () => client.request<boolean[]>(endpoints.checkUsersSavedAlbums, { ids: [id] }),
      () => client.request<boolean[]>(endpoints.checkLibraryContains, { uris: [`spotify:album:${id}`] }),
    );

  it('runs the primary in extended mode', async () => {
    const client = await openClient('extended', 'extended');
    expect(await check(client, await savedAlbumId(client))).toEqual([true]);
    expect(await countOf(emu, 'GET /v1/me/albums/contains')).toBe(1);
    expect(await countOf(emu, 'GET /v1/me/library/contains')).toBe(0);
  });

  it('runs the replacement straight away in development mode', async () => {
    const client = await openClient('development', 'development');
    expect(await check(client, await savedAlbumId(client))).toEqual([true]);
    expect(await countOf(emu, 'GET /v1/me/albums/contains')).toBe(0);
    expect(await countOf(emu, 'GET /v1/me/library/contains')).toBe(1);
  });

  it('switches to the replacement in auto mode after one 403 naming Development Mode and remembers', async () => {
    await addFault(emu, { route: 'GET /v1/me/albums/contains', ...NAMED_DEVELOPMENT_REFUSAL });
    const client = await openClient('development', 'auto');
    const id = await savedAlbumId(client);
    expect(await check(client, id)).toEqual([true]);
    expect(await check(client, id)).toEqual([true]);
    expect(await countOf(emu, 'GET /v1/me/albums/contains')).toBe(1);
    expect(await countOf(emu, 'GET /v1/me/library/contains')).toBe(2);
  });

  it("answers by the replacement on Spotify's bare 403 in auto mode, and switches for good after a second one 5 s later", async () => {
    const client = await openClient('development', 'auto');
    const id = await savedAlbumId(client);
    expect(await check(client, id)).toEqual([true]);
    clock.advance(PAST_BARE_SPACING_MS);
    expect(await check(client, id)).toEqual([true]);
    expect(await check(client, id)).toEqual([true]);
    expect(await countOf(emu, 'GET /v1/me/albums/contains')).toBe(2);
    expect(await countOf(emu, 'GET /v1/me/library/contains')).toBe(3);
  });

  it('without a replacement, fails in development mode without calling Spotify', async () => {
    const client = await openClient('development', 'development');
    let called = 0;
    const error = await client
      .withFallback(endpoints.getNewReleases, async () => {
        called += 1;
        return null;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAvailableInDevelopmentMode);
    expect(called).toBe(0);
  });
});

describe('configuration', () => {
  it('reads the mode and base URLs from the environment when options do not say', () => {
    const client = new SpotifyApiClient(codeFlow(), {
      env: {
        SPOTIFY_APP_MODE: 'development',
        SPOTIFY_API_URL: `${emu.url}/v1/`,
        SPOTIFY_ACCOUNTS_URL: emu.url,
      },
    });
    expect([client.appMode, client.apiUrl, client.accountsUrl]).toEqual([
      'development',
      `${emu.url}/v1`,
      emu.url,
    ]);
  });

  it('defaults to Spotify and auto mode', () => {
    const client = new SpotifyApiClient(codeFlow(), { env: {} });
    expect([client.appMode, client.apiUrl, client.accountsUrl]).toEqual([
      'auto',
      'https://api.spotify.com/v1',
      'https://accounts.spotify.com',
    ]);
  });

  it('refuses an unknown mode', () => {
    expect(() => new SpotifyApiClient(codeFlow(), { appMode: 'turbo' as 'auto' })).toThrow(/appMode/);
  });

  // s44 attack, item 6: the client read SPOTIFY_APP_MODE and the URLs by rules of its own (`Extended`
  // refused here and taken by serve; `ftp:` and a URL with a password taken here, refused by serve).
  // Now one rule, refused in serve's words, the value quoted with its invisible characters escaped.
  it("holds SPOTIFY_APP_MODE and the URL variables to the server configuration's rules and words", () => {
    const client = (env: Record<string, string>) => () => new SpotifyApiClient(codeFlow(), { env });
    expect(client({ SPOTIFY_APP_MODE: 'Extended' })().appMode).toBe('extended');
    expect(client({ SPOTIFY_APP_MODE: 'turbo\u200b' })).toThrow(
      'SPOTIFY_APP_MODE must be extended, development or auto, not "turbo\\u200b"',
    );
    expect(client({ SPOTIFY_API_URL: 'ftp://127.0.0.1:4100/v1' })).toThrow(
      'SPOTIFY_API_URL must be an http or https URL without a user name or password, such as https://api.spotify.com/v1: not "ftp://127.0.0.1:4100/v1"',
    );
    expect(client({ SPOTIFY_ACCOUNTS_URL: 'https://me:hunter2@accounts.example' })).toThrow(
      'SPOTIFY_ACCOUNTS_URL must be an http or https URL without a user name or password, such as https://accounts.spotify.com: not "https://accounts.example" (its user name and password not shown)',
    );
  });
});

describe('auto mode learning Development Mode from a refused page (v13 re-attack I2)', () => {
  const page = (client: SpotifyApiClient, signal?: AbortSignal) =>
    client.request<{ tracks: { items: unknown[] } }>(endpoints.search, {
      q: 'a',
      type: 'track',
      limit: 30,
      ...(signal ? { signal } : {}),
    });
  const limits = async () => {
    const log = (await emu.control('GET', '/requests')).json as {
      entries: { route: string; query: string; status: number }[];
    };
    return log.entries
      .filter((e) => e.route === '/v1/search')
      .map((e) => `${new URLSearchParams(e.query).get('limit')} ${e.status}`);
  };

  it('sends the refused page once: a concurrent call waits for its verdict, one aborted meanwhile is not sent', async () => {
    const client = await openClient('development', 'auto');
    await addFault(emu, { route: 'GET /v1/search', latencyMs: 200 });
    const aborts = new AbortController();
    const probe = page(client);
    const waiting = page(client);
    const aborted = page(client, aborts.signal);
    aborts.abort();
    await expect(aborted).rejects.toMatchObject({ code: 'ABORTED' });
    const [first, second] = await Promise.all([probe, waiting]);
    expect(first.tracks.items).toHaveLength(30);
    expect(second.tracks.items).toEqual(first.tracks.items);
    const sent = await limits();
    expect(sent.filter((call) => call.endsWith(' 400'))).toEqual(['30 400']);
    expect(sent.filter((call) => !call.endsWith(' 400'))).toEqual(Array(6).fill('10 200'));
    await emu.control('DELETE', '/faults');
  });

  it('waits for a probe Spotify is slow to answer one short while, then sends its own page (v14 re-attack R5)', async () => {
    const client = await openClient('development', 'auto');
    await addFault(emu, { route: 'GET /v1/search', latencyMs: 6_000, times: 1 });
    const settled: string[] = [];
    const probe = page(client).then(() => settled.push('probe'));
    const waiting = page(client).then(() => settled.push('waiting'));
    await Promise.all([probe, waiting]);
    // The waiting call gave up on the probe, was refused its page of 30 itself and read it in pieces:
    // it was answered while the probe was still held up (it waited until its deadline before).
    expect(settled).toEqual(['waiting', 'probe']);
    expect((await limits()).filter((call) => call.endsWith(' 400'))).toEqual(['30 400', '30 400']);
    await emu.control('DELETE', '/faults');
  });
});
