/**
 * Where `client.iterate()` ends, and Spotify's search window (`offset + limit` at most 1000: "Maximum
 * offset (including limit): 1,000", Spotify's Search reference; a page past it is answered 400):
 * - a full page whose `next` leads to an empty page with `next: null` ends quietly there, with no call
 *   more, whatever the total says (Spotify's own end of the list);
 * - a search iteration never asks a page past the window: at offset 990 it asks 10 results, not 20;
 * - the client refuses a search call whose `offset + limit` passes 1000 before any call (SpotifyError
 *   USAGE_ERROR), and the emulator answers such a page 400, as Spotify does.
 */
import { describe, expect, it } from 'vitest';
import { addFault, clearFaultsAndLog, countOf, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const openClient = () => signedIn({ appMode: 'extended' });

/** The query strings of the calls the emulator saw on `route`, in order. */
async function queriesOf(route: string): Promise<string[]> {
  const log = (await emu.control('GET', '/requests')).json as {
    entries: { method: string; route: string; query: string }[];
  };
  return log.entries.filter((e) => `${e.method} ${e.route}` === route).map((e) => e.query);
}

describe('iterate ends', () => {
  it('a full page then an empty page with next: null ends quietly, with no call more', async () => {
    const client = await openClient();
    const first = await client.library.getSavedTracks({ limit: 20 });
    expect(first.items).toHaveLength(20);
    expect(first.next).not.toBeNull();
    expect(first.total).toBeGreaterThan(40);
    // Every page fetched from here on is empty and says next: null, while its total still counts more.
    await clearFaultsAndLog(emu);
    await addFault(emu, { route: 'GET /v1/me/tracks', set: { '/items': [], '/next': null } });
    const ids: string[] = [];
    const error = await (async () => {
      for await (const saved of client.iterate(first)) ids.push(saved.track.id);
    })().catch((e: unknown) => e);
    expect(error).toBeUndefined();
    expect(ids).toEqual(first.items.map((saved) => saved.track.id));
    expect(await countOf(emu, 'GET /v1/me/tracks')).toBe(1);
  });
});

describe("Spotify's search window", () => {
  it('iterate asks the last page within the window: offset 990 with limit 10, not 20', async () => {
    const client = await openClient();
    const first = (await client.search.query('a', ['track'], { offset: 970, limit: 20 })).tracks;
    expect(first?.total).toBeGreaterThan(1000);
    await clearFaultsAndLog(emu);
    let count = 0;
    if (first) for await (const _ of client.iterate(first)) count += 1;
    expect(count).toBe(30);
    const asked = (await queriesOf('GET /v1/search')).map((query) => {
      const params = new URLSearchParams(query);
      return `${params.get('offset')}+${params.get('limit')}`;
    });
    expect(asked).toEqual(['990+10']);
  });

  it.each([
    { offset: 995, limit: 10 },
    { offset: 991, limit: 10 },
    { offset: 1000, limit: undefined },
    // No limit: Spotify's default page for an Extended Quota app (20) counts, not 1.
    { offset: 981, limit: undefined },
  ])('the client refuses offset $offset with limit $limit before any call', async ({ offset, limit }) => {
    const client = await openClient();
    const error = await client.search
      .query('a', ['track'], { offset, ...(limit === undefined ? {} : { limit }) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SpotifyError', code: 'USAGE_ERROR' });
    expect((error as Error).message).toMatch(/offset plus limit must be at most 1000/);
    expect(await countOf(emu, 'GET /v1/search')).toBe(0);
  });

  it("the client asks offset 980 with no limit: Spotify's default 20 reach the window's end", async () => {
    const client = await openClient();
    const page = (await client.search.query('a', ['track'], { offset: 980 })).tracks;
    expect(page?.items).toHaveLength(20);
    expect(await countOf(emu, 'GET /v1/search')).toBe(1);
  });

  it('the client asks offset 990 with limit 10, the last page of the window', async () => {
    const client = await openClient();
    const page = (await client.search.query('a', ['track'], { offset: 990, limit: 10 })).tracks;
    expect(page?.items).toHaveLength(10);
    expect(page?.next).toBeNull();
  });

  it('the emulator answers a page past the window 400 with an error body, as Spotify does', async () => {
    const token = await emu.token();
    const past = await emu.api('GET', '/v1/search', {
      token,
      query: { q: 'a', type: 'track', offset: 995, limit: 10 },
    });
    expect(past.status).toBe(400);
    expect(past.json).toEqual({
      error: { status: 400, message: 'Invalid offset: must be between 0 and 990' },
    });
    const last = await emu.api('GET', '/v1/search', {
      token,
      query: { q: 'a', type: 'track', offset: 990, limit: 10 },
    });
    expect(last.status).toBe(200);
  });
});

/**
 * Spotify's own way of leaving items out (the emulator's `leaveOut`: the same saved tracks missing from
 * every page, counted by total and next). A page made only of left-out tracks (pages of 1, or of 2 at
 * two side by side) comes back empty with a `next` to the page right after it: iterate reads past it
 * (skipsEmpty, up to MAX_LEFT_OUT_PAGES (4) empty pages in a row, by pages of the list's largest size;
 * endless-empty is still BAD_RESPONSE; iterate-left-out-runs.test.ts reads longer runs).
 */
describe('iterate over items Spotify leaves out', () => {
  /**
   * Iterating alice's saved tracks in pages of `limit`, with the positions `leaveOutOf(count)` of her
   * `count` saved tracks left out of every page (leaveOut), reads every other track once, in order,
   * without an error.
   */
  async function expectLeftOutSkipped(limit: number, leaveOutOf: (count: number) => number[]): Promise<void> {
    const client = await openClient();
    const all: string[] = [];
    for await (const saved of client.iterate(await client.library.getSavedTracks({ limit: 50 })))
      all.push(saved.track.id);
    const leaveOut = leaveOutOf(all.length);
    await addFault(emu, { route: 'GET /v1/me/tracks', leaveOut });
    const ids: string[] = [];
    const error = await (async () => {
      for await (const saved of client.iterate(await client.library.getSavedTracks({ limit })))
        ids.push(saved.track.id);
    })().catch((e: unknown) => e);
    expect(error).toBeUndefined();
    expect(ids).toEqual(all.filter((_, i) => !leaveOut.includes(i)));
  }

  it.each([5, 7, 20])(
    'saved tracks with some left out of every page (leaveOut), pages of %i: every other track once, in order',
    (limit) => expectLeftOutSkipped(limit, (count) => [4, 10, 12, 20, 21, 49, count - 1]),
  );

  it.each([1, 2])(
    'saved tracks with pages made only of left-out tracks, pages of %i: every other track once, in order',
    (limit) =>
      // The list's first, one alone, two side by side, three in a row, the list's last two.
      expectLeftOutSkipped(limit, (count) => [0, 7, 20, 21, 30, 31, 32, count - 2, count - 1]),
  );

  it.each([1, 2])(
    'pages of %i that are all empty with a next further (endless-empty) still end with BAD_RESPONSE, after MAX_LEFT_OUT_PAGES (4) pages read past',
    async (limit) => {
      const client = await openClient();
      await addFault(emu, { route: 'GET /v1/me/tracks', paging: 'endless-empty' });
      const first = await client.library.getSavedTracks({ limit });
      const before = await countOf(emu, 'GET /v1/me/tracks');
      const error = await (async () => {
        for await (const _saved of client.iterate(first));
      })().catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE', status: 200 });
      expect((await countOf(emu, 'GET /v1/me/tracks')) - before).toBe(4);
    },
  );
});
