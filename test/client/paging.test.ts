import { afterEach, describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { SpotifyAPIError, SpotifyBaseError } from '../../src/spotify/errors.js';
import type {
  CursorPage,
  Page,
  SpotifyApiClient,
  SpotifyAuthorisationToken,
} from '../../src/spotify/index.js';
import {
  addFault,
  clearFaultsAndLog,
  clientFor,
  codeFlow,
  countOf,
  userToken,
  useTestEmulator,
} from './client-harness.js';

const emu = useTestEmulator();
let client: SpotifyApiClient;
let token: SpotifyAuthorisationToken;

afterEach(async () => {
  await client.closeClient();
});

async function open(hold: boolean): Promise<void> {
  token = await userToken(emu);
  client = clientFor(emu, codeFlow(), hold ? { holdAuthentication: true, authToken: token } : {});
  await client.createNewClient();
  await clearFaultsAndLog(emu);
}

interface SavedAlbum {
  album: { id: string };
}

describe('paging', () => {
  it('follows next and previous with the same token', async () => {
    await open(false);
    const first = await client.request<Page<SavedAlbum>>(endpoints.getUsersSavedAlbums, {
      limit: 7,
      authToken: token,
    });
    const second = await client.next(first, { authToken: token });
    expect(second?.offset).toBe(7);
    expect(second?.items[0]?.album.id).not.toBe(first.items[0]?.album.id);
    const back = await client.previous(second as Page<SavedAlbum>, { authToken: token });
    expect(back?.items.map((item) => item.album.id)).toEqual(first.items.map((item) => item.album.id));
  });

  it('answers null past the last page without a call', async () => {
    await open(true);
    const all = await client.request<Page<SavedAlbum>>(endpoints.getUsersSavedAlbums, { limit: 50 });
    const before = await countOf(emu, 'GET /v1/me/albums');
    expect(await client.next(all)).toBeNull();
    expect(await client.previous(all)).toBeNull();
    expect(await countOf(emu, 'GET /v1/me/albums')).toBe(before);
  });

  it('iterates every item of an offset-paged list, one page at a time', async () => {
    await open(true);
    const first = await client.request<Page<SavedAlbum>>(endpoints.getUsersSavedAlbums, { limit: 5 });
    const ids: string[] = [];
    for await (const saved of client.iterate(first)) ids.push(saved.album.id);
    expect(ids).toHaveLength(first.total);
    expect(new Set(ids).size).toBe(first.total);
    expect(await countOf(emu, 'GET /v1/me/albums')).toBe(Math.ceil(first.total / 5));
  });

  it('stops fetching when the loop breaks', async () => {
    await open(true);
    const first = await client.request<Page<SavedAlbum>>(endpoints.getUsersSavedAlbums, { limit: 5 });
    let seen = 0;
    for await (const _ of client.iterate(first)) {
      seen += 1;
      if (seen === 7) break;
    }
    expect(await countOf(emu, 'GET /v1/me/albums')).toBe(2);
  });

  it('iterates a cursor-paged list wrapped in its answer', async () => {
    await open(true);
    const answer = await client.request<{ artists: CursorPage<{ id: string }> }>(endpoints.getFollowed, {
      type: 'artist',
      limit: 4,
    });
    const ids: string[] = [];
    for await (const artist of client.iterate(answer.artists)) ids.push(artist.id);
    expect(ids.length).toBe(answer.artists.total);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('follows the next page of a search, whose pages come wrapped', async () => {
    await open(true);
    const answer = await client.request<{ tracks: Page<{ id: string }> }>(endpoints.search, {
      q: 'a',
      type: ['track'],
      limit: 5,
    });
    const next = await client.next(answer.tracks);
    expect(next?.offset).toBe(5);
    expect(next?.items).toHaveLength(5);
  });

  it('refuses to send the token to a link outside the Web API', async () => {
    await open(true);
    const page: Page<unknown> = {
      href: '',
      items: [],
      limit: 1,
      next: 'https://attacker.example/v1/me/albums',
      offset: 0,
      previous: null,
      total: 2,
    };
    // Spotify's bad answer, not the caller's misuse (s37 attack, finding 6).
    await expect(client.next(page)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    await expect(client.next(page)).rejects.toBeInstanceOf(SpotifyAPIError);
  });

  const pageTo = (next: string): Page<unknown> => ({
    href: '',
    items: [{}],
    limit: 1,
    next,
    offset: 0,
    previous: null,
    total: 2,
  });

  it.each([
    ['dot segments out of /v1 to the accounts path', '/me/../../api/token'],
    ['dot segments into the emulator control API', '/../__emulator/info'],
    ['percent-encoded dot segments', '/me/%2e%2e/%2E%2E/api/token'],
    ['mixed encoded dot segments', '/albums/.%2e/.%2E/__emulator/info'],
  ])('refuses a next link that leaves the Web API by %s, sending nothing', async (_name, suffix) => {
    await open(true);
    const link = `${emu.url}/v1${suffix}`;
    await expect(client.next(pageTo(link))).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    const iterated = (async () => {
      for await (const _ of client.iterate(pageTo(link))) {
        // only the first page's item
      }
    })();
    await expect(iterated).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    const log = (await emu.control('GET', '/requests')).json as { total: number };
    expect(log.total).toBe(0);
  });

  // s37 attack, finding 6: a next link asking what Spotify refuses was sent, and Spotify's 400
  // ("Invalid limit", "Invalid market code") came back as the iteration's error.
  it.each([
    ['limit=0, which never moves on', 'limit=0&offset=1'],
    ['a limit past any page', 'limit=100000&offset=1'],
    ['a fractional offset', 'limit=1&offset=10.5'],
    ['a negative offset', 'limit=1&offset=-5'],
    ['a market that is none', 'limit=1&offset=1&market=XX'],
    ['a lower-case market', 'limit=1&offset=1&market=se'],
    // attack 5, F3: only the first value was checked.
    ['a second limit of 0', 'limit=50&limit=0&offset=1'],
    ['a second, negative offset', 'limit=1&offset=50&offset=-1'],
    ['a second market that is none', 'limit=1&offset=1&market=US&market=ZZ'],
    ['one good limit sent twice', 'limit=50&limit=50&offset=1'],
  ])('refuses a next link with %s as BAD_RESPONSE, sending nothing', async (_name, query) => {
    await open(true);
    const link = `${emu.url}/v1/me/albums?${query}`;
    const error = await client.next(pageTo(link)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpotifyAPIError);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
    expect((error as Error).message).toMatch(/page link that asks (limit|offset|market)(=| 2 times)/);
    const log = (await emu.control('GET', '/requests')).json as { total: number };
    expect(log.total).toBe(0);
  });

  it('follows a next link with a market, a limit of 50 and a large offset as written', async () => {
    await open(true);
    const second = await client.next(pageTo(`${emu.url}/v1/me/albums?offset=1&limit=50&market=SE`));
    expect(second?.offset).toBe(1);
    expect(await countOf(emu, 'GET /v1/me/albums')).toBe(1);
  });

  it('follows a next link whose dot segments stay inside the Web API', async () => {
    await open(true);
    const second = await client.next(pageTo(`${emu.url}/v1/me/tracks/../albums?offset=1&limit=1`));
    expect(second?.offset).toBe(1);
    expect(await countOf(emu, 'GET /v1/me/albums')).toBe(1);
  });

  it.each([
    ['{}', '{}'],
    ['a list', '[]'],
    ['items that are not a list', '{"items":"x"}'],
  ])('gives a typed BAD_RESPONSE when the next page is %s', async (_name, body) => {
    await open(true);
    const first = await client.request<Page<SavedAlbum>>(endpoints.getUsersSavedAlbums, { limit: 2 });
    await addFault(emu, {
      route: 'GET /v1/me/albums',
      status: 200,
      text: body,
      contentType: 'application/json',
    });
    const viaNext = await client.next(first).catch((error: unknown) => error);
    expect(viaNext).toBeInstanceOf(SpotifyBaseError);
    expect(viaNext).toBeInstanceOf(SpotifyAPIError);
    expect(viaNext).toMatchObject({ code: 'BAD_RESPONSE' });
    await addFault(emu, {
      route: 'GET /v1/me/albums',
      status: 200,
      text: body,
      contentType: 'application/json',
    });
    const viaIterate = await (async () => {
      for await (const _ of client.iterate(first)) {
        // the first page's items
      }
    })().catch((error: unknown) => error);
    expect(viaIterate).toBeInstanceOf(SpotifyAPIError);
    expect(viaIterate).toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('throws when next points back to the page it fetched, spelled with a fragment, without yielding it twice', async () => {
    await open(true);
    const first = await client.request<Page<SavedAlbum>>(endpoints.getUsersSavedAlbums, { limit: 2 });
    // Every answer points to the same page again, each time with another fragment and query order.
    const page = JSON.stringify({
      ...first,
      offset: 2,
      next: `${emu.url}/v1/me/albums?limit=2&offset=2#again`,
    });
    await addFault(emu, {
      route: 'GET /v1/me/albums',
      status: 200,
      text: page,
      contentType: 'application/json',
    });
    const start = { ...first, next: `${emu.url}/v1/me/albums?offset=2&limit=2#1` };
    let seen = 0;
    const iterating = (async () => {
      for await (const _ of client.iterate(start)) seen += 1;
    })();
    await expect(iterating).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    // The repeated page's items are not yielded: only the first page's.
    expect(seen).toBe(first.items.length);
    expect(await countOf(emu, 'GET /v1/me/albums')).toBe(2);
  });
});

describe("iterate over a search ends at Spotify's window (v13 attack on issue 7, C4)", () => {
  it('reads to the 1000th result and asks no page at or past offset 1000, whatever next says', async () => {
    await open(true);
    const first = await client.search.query('a', ['track'], { limit: 50, offset: 900 });
    expect(first.tracks?.total).toBeGreaterThan(1050);
    let seen = 0;
    for await (const _track of client.iterate(first.tracks!)) seen += 1;
    expect(seen).toBe(100);
    const log = (await emu.control('GET', '/requests')).json as {
      entries: { route: string; query: string }[];
    };
    const offsets = log.entries
      .filter((entry) => entry.route === '/v1/search')
      .map((entry) => Number(new URLSearchParams(entry.query).get('offset')));
    expect(Math.max(...offsets)).toBeLessThan(1000);
  });
});

describe('iterate over a page embedded in an object', () => {
  it("reads a show's episodes from the show's own answer to the end (not another list than the show's link)", async () => {
    await open(true);
    const show = [...emu.state.catalog.shows.values()].find((s) => s.episodeIds.length > 50)!;
    const answer = await client.request<{ episodes: Page<{ id: string }> }>(endpoints.getAShow, {
      id: show.id,
    });
    expect(answer.episodes.next).not.toBeNull();
    const ids: string[] = [];
    for await (const episode of client.iterate(answer.episodes)) ids.push(episode.id);
    expect(ids).toHaveLength(show.episodeIds.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
