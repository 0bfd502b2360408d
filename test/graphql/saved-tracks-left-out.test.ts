/**
 * `me.savedTracks` paged through by `endCursor` while Spotify leaves some saved tracks out of every page
 * that holds them (tracks it will not list, counted by `total` and `next`: the emulator's `leaveOut`
 * fault, the same items missing however the list is paged, the items after them keeping their
 * offsets). Whatever `first`, and wherever a left-out track falls (the end of a page, its start, two
 * side by side, the list's last), a client paging on gets every other saved track once, in order,
 * without an error, and stops; `totalCount` stays Spotify's total. Both executors. A window holding
 * only left-out tracks (`first: 1` at one, `first: 2` at two side by side) comes back empty with a
 * `next` to the page after it: the connection answers with the window after it (skipsOver, at most
 * MAX_LEFT_OUT_PAGES (4) empty pages in a row, left-out-runs.test.ts; a list whose pages are all empty is still the cut, paging-faults-table's
 * endless-empty case). The paging passes on the code before the one-item settling read as well.
 */
import { expect, it } from 'vitest';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';
import {
  emptySavedTrackPages,
  leaveSavedTracksOut,
  pageOn,
  SAVED_TRACKS_ROUTE,
  savedTracks,
} from '../helpers/left-out.js';
import { ids, wholeList } from '../helpers/short-page-lists.js';

const t = useFaultTestServer({
  mode: 'extended',
  limits: { rateLimit: { requests: 100_000, windowSeconds: 60, concurrent: 8 } },
});

it('pages through saved tracks Spotify leaves items out of: every other track once, in order, for first 3 to 50', async () => {
  const list = savedTracks(t);
  const { ids: all, total } = await wholeList(t, list);
  // The end of a page of 5, the start of the next page of 5 and of 10, its middle, two side by side,
  // the end of a page of 50, the list's last.
  const leaveOut = [4, 10, 12, 20, 21, 49, total - 1];
  await leaveSavedTracksOut(t.emu, leaveOut);
  const wanted = all.filter((_, i) => !leaveOut.includes(i));
  const got: Record<number, unknown> = {};
  const want: Record<number, unknown> = {};
  for (const first of [3, 5, 10, 20, 50]) {
    const { reads: _reads, ...page } = await pageOn(list, first);
    got[first] = page;
    want[first] = { served: wanted, errors: [], totals: [total], ended: true };
  }
  expect(got).toEqual(want);
}, 120_000);

it('the fault leaves the same track out however the list is paged, its total and next counting it', async () => {
  await leaveSavedTracksOut(t.emu, [3]);
  const page = (offset: number, limit: number) =>
    t.emu.api('GET', '/v1/me/tracks', { token: t.alice, query: { offset, limit } });
  const whole = (await page(0, 10)).json as { items: unknown[]; total: number; next: string | null };
  const alone = (await page(3, 1)).json as { items: unknown[]; total: number; next: string | null };
  expect(whole.items).toHaveLength(9);
  expect(alone.items).toEqual([]);
  expect(alone.total).toBe(whole.total);
  expect(alone.next).not.toBeNull();
  expect(((await page(2, 3)).json as { items: unknown[] }).items).toEqual([whole.items[2], whole.items[3]]);
});

it('refuses a leaveOut that is not a list of offsets', async () => {
  for (const leaveOut of [[], [-1], ['3'], 4]) {
    const answer = await t.emu.control('POST', '/faults', { route: SAVED_TRACKS_ROUTE, leaveOut });
    expect(answer.status).toBe(400);
  }
});

it('pages on past windows made only of left-out tracks (first 1 and 2): every other track once, in order, no error', async () => {
  const list = savedTracks(t);
  const { ids: all, total } = await wholeList(t, list);
  // The list's first, one alone, two side by side (a whole window of 2 at offset 20), three in a row,
  // the list's last two.
  const leaveOut = [0, 7, 20, 21, 30, 31, 32, total - 2, total - 1];
  await leaveSavedTracksOut(t.emu, leaveOut);
  const wanted = all.filter((_, i) => !leaveOut.includes(i));
  const got: Record<number, unknown> = {};
  const want: Record<number, unknown> = {};
  for (const first of [1, 2]) {
    const { reads: _reads, ...page } = await pageOn(list, first);
    got[first] = page;
    want[first] = { served: wanted, errors: [], totals: [total], ended: true };
  }
  expect(got).toEqual(want);
}, 120_000);

it('windows of 1 and 2 over pages that are all empty with a next further (endless-empty) are still the cut', async () => {
  const list = savedTracks(t);
  await emptySavedTrackPages(t.emu);
  const got: Record<number, unknown> = {};
  const want: Record<number, unknown> = {};
  for (const first of [1, 2]) {
    const answer = await list.read({ first });
    got[first] = {
      errors: located(answer.errors as Parameters<typeof located>[0]),
      served: ids(answer.conn).filter((id) => id !== undefined),
      hasNextPage: answer.conn?.pageInfo.hasNextPage,
    };
    want[first] = { errors: [[['me', 'list', 'edges', 0], BAD_VALUE]], served: [], hasNextPage: false };
  }
  expect(got).toEqual(want);
});
