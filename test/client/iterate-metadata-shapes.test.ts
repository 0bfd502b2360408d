/**
 * `client.iterate()`, `next()` and `previous()` where a page's metadata is of the wrong type or sits at
 * Spotify's search window (issue 7 item 7, attack 2):
 * - a short search page near the window's end (`short-next`: its `next` at 1000) reads on from the
 *   end of its items, within the window: results 995 to 999 are not lost;
 * - a `next` that is neither a link nor null (5, "", false, {}) is BAD_RESPONSE (wrongShape) for every
 *   list, never a quiet end; so is an `offset` that is a string, search included (a `total` that is
 *   no count is read as none: test/client/iterate-unusable-total.test.ts);
 * - a search without page offsets ends quietly at the window (1000 results), never BAD_RESPONSE;
 * - `maxPages` is a positive whole number, anything else SpotifyError USAGE_ERROR before any call.
 */
import { describe, expect, it } from 'vitest';
import type { SpotifyApiClient } from '../../src/spotify/client.js';
import type { PageLike } from '../../src/spotify/paging.js';
import { addFault, clearFaultsAndLog, countOf, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const openClient = (): Promise<SpotifyApiClient> =>
  signedIn({
    scopes: ['user-library-read', 'user-follow-read', 'playlist-read-private'],
    appMode: 'extended',
  });

/** Every item `iterate` yields from `first` (by its whole JSON), and the error it ended with. */
async function iterateAll(
  client: SpotifyApiClient,
  first: PageLike<unknown>,
  options: { maxPages?: number } = {},
): Promise<{ keys: string[]; error: unknown }> {
  const keys: string[] = [];
  const error = await (async () => {
    for await (const item of client.iterate(first, options)) {
      keys.push(JSON.stringify(item));
      if (keys.length > 3000) throw new Error('runaway');
    }
  })().catch((e: unknown) => e);
  return { keys, error };
}

/** The first search page of tracks for `a` at `offset`, `limit` a page. */
async function searchPage(client: SpotifyApiClient, offset: number, limit: number) {
  const page = (await client.search.query('a', ['track'], { offset, limit })).tracks;
  if (!page) throw new Error('no tracks page');
  return page;
}

describe("a short search page at the window's end (short-next)", () => {
  it.each([
    { offset: 960, limit: 10 },
    { offset: 950, limit: 50 },
    { offset: 900, limit: 20 },
  ])(
    'from offset $offset in pages of $limit: every result to 999 once, in order',
    async ({ offset, limit }) => {
      const client = await openClient();
      const all = await iterateAll(client, await searchPage(client, offset, limit));
      expect(all.error).toBeUndefined();
      expect(all.keys).toHaveLength(1000 - offset);
      await addFault(emu, { route: 'GET /v1/search', paging: 'short-next' });
      const got = await iterateAll(client, await searchPage(client, offset, limit));
      expect(got.error).toBeUndefined();
      expect(got.keys).toEqual(all.keys);
    },
  );
});

/** Lists whose pages carry `next` at `pointer` (search and followed artists wrap their page). */
const LISTS: {
  name: string;
  route: string;
  pointer: string;
  first: (c: SpotifyApiClient) => Promise<PageLike<unknown>>;
}[] = [
  {
    name: 'saved tracks',
    route: 'GET /v1/me/tracks',
    pointer: '',
    first: (c) => c.library.getSavedTracks({ limit: 7 }),
  },
  {
    name: 'playlist items',
    route: 'GET /v1/playlists/{playlist_id}/items',
    pointer: '',
    first: (c) => c.playlists.getItems('LAeyejnaDxyWlbmJZUeiZ3', { limit: 7 }),
  },
  {
    name: 'followed artists',
    route: 'GET /v1/me/following',
    pointer: '/artists',
    first: (c) => c.follow.followedArtists({ limit: 5 }),
  },
  {
    name: 'search',
    route: 'GET /v1/search',
    pointer: '/tracks',
    first: (c) => searchPage(c, 0, 7),
  },
];

const WRONG_NEXTS: [string, unknown][] = [
  ['5', 5],
  ['""', ''],
  ['false', false],
  ['{}', {}],
  ['[]', []],
];

describe('a next that is neither a link nor null', () => {
  it.each(
    LISTS.flatMap((list) => WRONG_NEXTS.map(([label, value]) => [list.name, label, list, value] as const)),
  )(
    '%s with next %s on the second page: BAD_RESPONSE after the first page, never a quiet end',
    async (_name, _label, list, value) => {
      const client = await openClient();
      const first = await list.first(client);
      expect(first.next).toEqual(expect.any(String));
      await addFault(emu, { route: list.route, set: { [`${list.pointer}/next`]: value } });
      const got = await iterateAll(client, first);
      expect(got.error).toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE', wrongShape: true });
      expect((got.error as Error).message).toMatch(/next is .*, not a link or null/);
      expect(got.keys).toEqual(first.items.map((item) => JSON.stringify(item)));
    },
  );

  it.each(WRONG_NEXTS)(
    'next(), previous() and iterate() of a page whose next is %s: BAD_RESPONSE, no call',
    async (_label, value) => {
      const client = await openClient();
      const first = await client.library.getSavedTracks({ limit: 7 });
      await clearFaultsAndLog(emu);
      const page = { ...first, next: value } as unknown as typeof first;
      const wrong = { name: 'SpotifyAPIError', code: 'BAD_RESPONSE', wrongShape: true };
      await expect(client.next(page)).rejects.toMatchObject(wrong);
      await expect(client.previous(page)).rejects.toMatchObject(wrong);
      expect((await iterateAll(client, page)).error).toMatchObject(wrong);
      await expect(
        client.previous({ ...first, previous: value } as unknown as typeof first),
      ).rejects.toMatchObject(wrong);
      expect(await countOf(emu, 'GET /v1/me/tracks')).toBe(0);
    },
  );
});

describe('a page offset that is a string', () => {
  it.each([
    {
      route: 'GET /v1/search',
      pointer: '/tracks/offset',
      first: (c: SpotifyApiClient) => searchPage(c, 0, 10),
    },
    {
      route: 'GET /v1/me/tracks',
      pointer: '/offset',
      first: (c: SpotifyApiClient) => c.library.getSavedTracks({ limit: 10 }),
    },
  ])(
    '$route with $pointer "0" on the pages read on: BAD_RESPONSE after the first page',
    async ({ route, pointer, first }) => {
      const client = await openClient();
      const page = await first(client);
      await addFault(emu, { route, set: { [pointer]: '0' } });
      const got = await iterateAll(client, page);
      expect(got.error).toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE', wrongShape: true });
      expect(got.keys).toEqual(page.items.map((item) => JSON.stringify(item)));
    },
  );

  it('a search whose first page has offset "0": BAD_RESPONSE before any item, not 1000 then an error', async () => {
    const client = await openClient();
    const page = await searchPage(client, 0, 50);
    await addFault(emu, { route: 'GET /v1/search', set: { '/tracks/offset': '0' } });
    // The search itself refuses its page (checkPromisedShape), naming the field.
    expect(await searchPage(client, 0, 50).catch((e: unknown) => e)).toMatchObject({
      name: 'SpotifyAPIError',
      code: 'BAD_RESPONSE',
      wrongShape: true,
      shapeFault: 'tracks.offset is a string, not a number',
    });
    // So does iterate, given such a page (made by hand, or read with partialAnswers).
    const got = await iterateAll(client, { ...page, offset: '0' } as unknown as typeof page);
    expect(got.error).toMatchObject({
      name: 'SpotifyAPIError',
      code: 'BAD_RESPONSE',
      wrongShape: true,
      shapeFault: 'offset is a string, not a number',
    });
    expect(got.keys).toEqual([]);
  });

  it('a search whose pages have no offset ends quietly at the window, after 1000 results', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/search', unset: ['/tracks/offset'] });
    const got = await iterateAll(client, await searchPage(client, 0, 50));
    expect(got.error).toBeUndefined();
    expect(got.keys).toHaveLength(1000);
  });
});

describe("iterate's maxPages", () => {
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1.5, '2', null])(
    'maxPages %s: SpotifyError USAGE_ERROR, no call',
    async (maxPages) => {
      const client = await openClient();
      const first = await client.library.getSavedTracks({ limit: 3 });
      await clearFaultsAndLog(emu);
      const got = await iterateAll(client, first, { maxPages: maxPages as number });
      expect(got.error).toMatchObject({ name: 'SpotifyError', code: 'USAGE_ERROR' });
      expect((got.error as Error).message).toMatch(/maxPages must be a positive whole number/);
      expect(got.keys).toEqual([]);
      expect(await countOf(emu, 'GET /v1/me/tracks')).toBe(0);
    },
  );

  it('maxPages 2 reads two pages more, then PAGE_BOUND_REACHED', async () => {
    const client = await openClient();
    const first = await client.library.getSavedTracks({ limit: 3 });
    await clearFaultsAndLog(emu);
    const got = await iterateAll(client, first, { maxPages: 2 });
    expect(got.error).toMatchObject({ name: 'SpotifyError', code: 'PAGE_BOUND_REACHED' });
    expect(got.keys).toHaveLength(9);
    expect(await countOf(emu, 'GET /v1/me/tracks')).toBe(2);
  });
});
