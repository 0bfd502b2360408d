/** Splitting long id and URI lists by an endpoint's per-call limit, as the table states it. */
import { SpotifyAPIError } from '../errors.js';
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

/**
 * A "contains" check's answer for `slice`: Spotify answers one boolean per item asked, in order. A
 * list of another length is a bad answer (SpotifyAPIError BAD_RESPONSE, `wrongShape`: the GraphQL
 * error is SPOTIFY_UNAVAILABLE with `extensions.badValue`), never padded with made-up `false`s nor cut.
 */
export async function oneAnswerEach(
  endpoint: EndpointSpec,
  slice: readonly string[],
  answer: Promise<boolean[]>,
): Promise<boolean[]> {
  const answers = await answer;
  if (answers.length !== slice.length) {
    throw new SpotifyAPIError(
      `Spotify's answer to ${endpoint.id} has ${answers.length} entries for ${slice.length} items asked`,
      { status: 200, code: 'BAD_RESPONSE', endpoint: endpoint.id, wrongShape: true },
    );
  }
  return answers;
}
