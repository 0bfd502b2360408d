import { afterEach, describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import {
  type CursorPage,
  type Page,
  type SpotifyApiClient,
  type SpotifyAuthorisationToken,
  SpotifyError,
} from '../../src/spotify/index.js';
import { clientFor, codeFlow, countOf, userToken, useTestEmulator } from './client-harness.js';

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
  await emu.control('DELETE', '/requests');
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
    await expect(client.next(page)).rejects.toBeInstanceOf(SpotifyError);
  });
});
