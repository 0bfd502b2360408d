/**
 * The shared setup of the left-out tests (test/graphql/left-out-runs, saved-tracks-left-out,
 * test/client/iterate-left-out-runs): Alice's saved tracks with the emulator's `leaveOut` fault (the
 * same tracks missing from every page, still counted by `total` and `next`) or its `endless-empty`
 * paging, the runs each case leaves out, and paging `me.savedTracks` through by `endCursor`.
 */
import type { TestEmulator } from './emulator.js';
import type { FaultTestServer } from './faults.js';
import { ids, type List, shortPageLists } from './short-page-lists.js';

/** The route the faults go on: Alice's saved tracks. */
export const SAVED_TRACKS_ROUTE = 'GET /v1/me/tracks';

/** The whole numbers from `from` up to `to` (not included). */
export const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, i) => from + i);

/** Runs of left-out offsets, by case name, for a list of `total`: at its start, middle and end. */
export const LEFT_OUT_RUNS: Readonly<Record<string, (total: number) => number[]>> = {
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

/** Posts one fault on the saved tracks' route (`leaveOut`, `paging`, ...); throws when refused. */
async function savedTracksFault(
  emu: Pick<TestEmulator, 'control'>,
  rule: Record<string, unknown>,
): Promise<void> {
  const answer = await emu.control('POST', '/faults', { route: SAVED_TRACKS_ROUTE, ...rule });
  if (answer.status !== 201) throw new Error(`fault refused: ${answer.text}`);
}

/** Makes the emulator leave the saved tracks at `offsets` out of every page that holds them. */
export const leaveSavedTracksOut = (emu: Pick<TestEmulator, 'control'>, offsets: readonly number[]) =>
  savedTracksFault(emu, { leaveOut: offsets });

/** Makes every page of saved tracks come back empty with a `next` further (`endless-empty`). */
export const emptySavedTrackPages = (emu: Pick<TestEmulator, 'control'>) =>
  savedTracksFault(emu, { paging: 'endless-empty' });

/** The `me.savedTracks` list of the short-page lists (test/helpers/short-page-lists.ts). */
export function savedTracks(t: FaultTestServer): List {
  const list = shortPageLists(t).find((l) => l.name === 'saved tracks');
  if (list === undefined) throw new Error('no saved tracks list');
  return list;
}

/**
 * Pages `list` from its start by `first` until hasNextPage is false (at most 200 reads): ids served,
 * errors, the totalCounts seen, whether it ended, and the reads it took.
 */
export async function pageOn(list: List, first: number) {
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
