import { describe, expect, it } from 'vitest';
import { benchUpstream } from '../../bench/upstream.js';
import { benchWaves } from '../../bench/waves.js';

/**
 * The cost limit's estimate (src/server/call-estimate.ts) against the calls the server really makes, on
 * every shape of the bench's upstream and waves suites (each run on its own emulator, the calls read
 * from the emulator's request log): never below them, and equal to them on the shapes marked exact
 * (`exactEstimate`: roots whose selection needs only the ids cost no call, pages past an embedded page,
 * batches by type and level). Elsewhere it may stay above: it assumes 2 artists per track and cannot
 * know which ids repeat, nor which pages a parent embeds or a sibling covers.
 */
interface Row {
  shape: string;
  mode: string;
  calls: number;
  estimate: number;
  exactEstimate: boolean;
}

const rowOf = ({ shape, mode, calls, estimate, exactEstimate }: Row): Row => ({
  shape,
  mode,
  calls,
  estimate,
  exactEstimate,
});

function expectBounds(rows: readonly Row[]): void {
  expect(rows.length).toBeGreaterThan(10);
  expect(rows.filter((row) => row.estimate < row.calls).map(rowOf)).toEqual([]);
  const exact = rows.filter((row) => row.exactEstimate);
  expect(exact.length).toBeGreaterThan(5);
  expect(exact.filter((row) => row.estimate !== row.calls).map(rowOf)).toEqual([]);
}

describe("the cost estimate on the bench's shapes", () => {
  it('bounds the calls of every upstream shape in both modes, exactly where marked', async () => {
    const figures = await benchUpstream();
    expect(figures.skipped).toEqual([]);
    expectBounds(figures.shapes);
  }, 180_000);

  it('bounds the calls of every waves shape, exactly where marked', async () => {
    // The calls do not depend on the latency: a short one, one run per shape.
    const figures = await benchWaves(undefined, { latencyMs: 5, runs: 1 });
    expectBounds(figures.shapes);
  }, 180_000);
});
