/**
 * `me.savedTracks` paged through by `endCursor` over long runs of saved tracks Spotify leaves out (the
 * emulator's `leaveOut`: the same tracks missing from every page, counted by `total` and `next`; issue
 * 7 item 7). A window made only of left-out tracks is read past by pages of the list's page size, at
 * most MAX_LEFT_OUT_PAGES empty pages in a row (the client's iterate has the same bound), and the
 * first track after the run is placed exactly (halves of its page read), so its cursor pages on without
 * a repeat: runs of 5, 12 and 60, at the list's start, middle and end, for `first` 1, 2, 5 and 50, give
 * every other saved track once, in order, no error, `totalCount` Spotify's, in few calls (the
 * emulator's request log). Fails on the code that bounded the read-past at 4 items. A list whose pages
 * all come back empty (endless-empty) is still the cut, after MAX_LEFT_OUT_PAGES calls more. Both
 * executors.
 */
import { expect, it } from 'vitest';
import { MAX_LEFT_OUT_PAGES } from '../../src/spotify/paging.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';
import {
  emptySavedTrackPages,
  LEFT_OUT_RUNS,
  leaveSavedTracksOut,
  pageOn,
  savedTracks,
} from '../helpers/left-out.js';
import { callsOn, ids, wholeList } from '../helpers/short-page-lists.js';

const t = useFaultTestServer({
  mode: 'extended',
  limits: { rateLimit: { requests: 100_000, windowSeconds: 60, concurrent: 8 } },
});

for (const [name, runs] of Object.entries(LEFT_OUT_RUNS)) {
  it(`${name}: first 1, 2, 5 and 50 page through every other saved track once, in order, in few calls`, async () => {
    const list = savedTracks(t);
    const { ids: all, total } = await wholeList(t, list);
    const leaveOut = runs(total);
    await leaveSavedTracksOut(t.emu, leaveOut);
    const wanted = all.filter((_, i) => !leaveOut.includes(i));
    for (const first of [1, 2, 5, 50]) {
      await t.emu.control('DELETE', '/requests');
      const { reads, ...got } = await pageOn(list, first);
      expect({ first, ...got }).toEqual({ first, served: wanted, errors: [], totals: [total], ended: true });
      // Per read: its window, and per run at most MAX_LEFT_OUT_PAGES pages read past and halves of a
      // page of 50 (6) to place the track after it; never a call per track left out.
      const bound = reads * 3 + 3 * (MAX_LEFT_OUT_PAGES + 6);
      expect(await callsOn(t, list), `first ${first}`).toBeLessThanOrEqual(bound);
    }
  }, 120_000);
}

it('windows of 1, 2, 5 and 50 over pages that are all empty (endless-empty) are the cut after MAX_LEFT_OUT_PAGES calls more', async () => {
  const list = savedTracks(t);
  await emptySavedTrackPages(t.emu);
  const got: Record<number, unknown> = {};
  const want: Record<number, unknown> = {};
  for (const first of [1, 2, 5, 50]) {
    await t.emu.control('DELETE', '/requests');
    const answer = await list.read({ first });
    got[first] = {
      errors: located(answer.errors as Parameters<typeof located>[0]),
      served: ids(answer.conn).filter((id) => id !== undefined),
      hasNextPage: answer.conn?.pageInfo.hasNextPage,
      calls: await callsOn(t, list),
    };
    want[first] = {
      errors: [[['me', 'list', 'edges', 0], BAD_VALUE]],
      served: [],
      hasNextPage: false,
      calls: 1 + MAX_LEFT_OUT_PAGES,
    };
  }
  expect(got).toEqual(want);
});
