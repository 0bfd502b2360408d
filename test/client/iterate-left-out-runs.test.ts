/**
 * `client.iterate()` over long runs of saved tracks Spotify leaves out (the emulator's `leaveOut`: the
 * same tracks missing from every page, still counted by `total` and `next`; issue 7 item 7). An empty
 * page whose `next` is the page right after it is read past by pages of the list's largest size, at
 * most MAX_LEFT_OUT_PAGES empty pages in a row: runs of 5, 12 and 60 (at the list's start, its middle
 * and its end) are read past whatever `limit` the iteration starts with (1, 2, 5, 50), every other
 * track once, in order, no error, in few calls (the emulator's request log). Fails on the code that
 * bounded the read-past at 4 items (a page of 1 over 5 left out, a page of 50 emptied whole).
 */
import { describe, expect, it } from 'vitest';
import { MAX_LEFT_OUT_PAGES } from '../../src/spotify/paging.js';
import {
  emptySavedTrackPages,
  LEFT_OUT_RUNS,
  leaveSavedTracksOut,
  SAVED_TRACKS_ROUTE,
} from '../helpers/left-out.js';
import { countOf, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const ROUTE = SAVED_TRACKS_ROUTE;

/** Every saved track id, read by iterate with pages of `limit`, the error it ended with, and the calls. */
async function readAll(limit: number) {
  const client = await signedIn({ appMode: 'extended' });
  const before = await countOf(emu, ROUTE);
  const ids: string[] = [];
  const error = await (async () => {
    for await (const saved of client.iterate(await client.library.getSavedTracks({ limit })))
      ids.push(saved.track.id);
  })().catch((e: unknown) => e);
  return { ids, error, calls: (await countOf(emu, ROUTE)) - before };
}

describe('iterate reads past runs of left-out items in pages, whatever the limit', () => {
  for (const [name, runs] of Object.entries(LEFT_OUT_RUNS)) {
    it(`${name}: limits 1, 2, 5 and 50 read every other track once, in order, in few calls`, async () => {
      const all = (await readAll(50)).ids;
      expect(all).toHaveLength(64);
      const leaveOut = runs(all.length);
      await leaveSavedTracksOut(emu, leaveOut);
      const wanted = all.filter((_, i) => !leaveOut.includes(i));
      for (const limit of [1, 2, 5, 50]) {
        const got = await readAll(limit);
        expect({ limit, error: got.error, ids: got.ids }).toEqual({ limit, error: undefined, ids: wanted });
        // A page per `limit` listed tracks at most, and per run at most one page of `limit` and
        // MAX_LEFT_OUT_PAGES of the largest size (50), one after the list's end: never a page per item left out.
        const bound = Math.ceil(wanted.length / limit) + 3 * (1 + MAX_LEFT_OUT_PAGES) + 1;
        expect(got.calls, `limit ${limit}`).toBeLessThanOrEqual(bound);
      }
    }, 60_000);
  }

  it.each([1, 2, 5, 50])(
    'pages of %i that are all empty with a next further (endless-empty) end with BAD_RESPONSE after MAX_LEFT_OUT_PAGES calls more',
    async (limit) => {
      const client = await signedIn({ appMode: 'extended' });
      await emptySavedTrackPages(emu);
      const first = await client.library.getSavedTracks({ limit });
      const before = await countOf(emu, ROUTE);
      const error = await (async () => {
        for await (const _saved of client.iterate(first));
      })().catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE', status: 200 });
      expect((await countOf(emu, ROUTE)) - before).toBe(MAX_LEFT_OUT_PAGES);
    },
  );
});
