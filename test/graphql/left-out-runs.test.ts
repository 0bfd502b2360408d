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
import { callsOn, ids, type List, shortPageLists, wholeList } from '../helpers/short-page-lists.js';

const t = useFaultTestServer({
  mode: 'extended',
  limits: { rateLimit: { requests: 100_000, windowSeconds: 60, concurrent: 8 } },
});

const savedTracks = (): List => {
  const list = shortPageLists(t).find((l) => l.name === 'saved tracks');
  if (list === undefined) throw new Error('no saved tracks list');
  return list;
};

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** The left-out offsets of each case, by name, for a list of `total`. */
const RUNS: Record<string, (total: number) => number[]> = {
  'a run of 60 at the start': () => range(0, 60),
  'a run of 60 at the end': (total) => range(total - 60, total),
  'runs of 5 at the start, 12 in the middle, 5 at the end': (total) => [
    ...range(0, 5),
    ...range(20, 32),
    ...range(total - 5, total),
  ],
  'runs of 12 at the start, 5 in the middle, 12 at the end': (total) => [
    ...range(0, 12),
    ...range(30, 35),
    ...range(total - 12, total),
  ],
};

/** Pages `list` from its start by `first` until hasNextPage is false: ids served, errors, totals. */
async function pageOn(list: List, first: number) {
  const served: (string | undefined)[] = [];
  const errors: unknown[] = [];
  const totals = new Set<number | null | undefined>();
  let answer = await list.read({ first });
  for (let reads = 1; ; reads++) {
    served.push(...ids(answer.conn));
    errors.push(...(answer.errors ?? []));
    totals.add(answer.conn?.totalCount);
    const info = answer.conn?.pageInfo;
    if (!info?.hasNextPage) return { served, errors, totals: [...totals], ended: true, reads };
    if (reads >= 200) return { served, errors, totals: [...totals], ended: false, reads };
    answer = await list.read({ first, after: info.endCursor });
  }
}

for (const [name, runs] of Object.entries(RUNS)) {
  it(`${name}: first 1, 2, 5 and 50 page through every other saved track once, in order, in few calls`, async () => {
    const list = savedTracks();
    const { ids: all, total } = await wholeList(t, list);
    const leaveOut = runs(total);
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', leaveOut });
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
  const list = savedTracks();
  await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', paging: 'endless-empty' });
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
