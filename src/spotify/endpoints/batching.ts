/** Splitting long id and URI lists by an endpoint's per-call limit, as the table states it. */
import type { EndpointSpec } from './types.js';

/** `items` in consecutive slices of at most `size` (one slice when `size` is unbounded). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isFinite(size) || items.length <= size) return items.length === 0 ? [] : [[...items]];
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}

/** The most items one call of `endpoint` takes in the list `name` (the tightest place it may go). */
export function listLimit(endpoint: EndpointSpec, name: string): number {
  const limits = endpoint.params
    .filter((param) => param.name === name && param.maxItems !== undefined)
    .map((param) => param.maxItems as number);
  return limits.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...limits);
}

/** Runs `call` once per slice, one after another (writes keep their order), and collects the answers. */
export async function inSequence<T, R>(
  slices: readonly T[][],
  call: (slice: T[]) => Promise<R>,
): Promise<R[]> {
  const answers: R[] = [];
  for (const slice of slices) answers.push(await call(slice));
  return answers;
}

/** Runs `call` for all slices at once (reads), answers in slice order. */
export function inParallel<T, R>(slices: readonly T[][], call: (slice: T[]) => Promise<R>): Promise<R[]> {
  return Promise.all(slices.map(call));
}
