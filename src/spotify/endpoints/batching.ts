/**
 * Splitting long id and URI lists into calls: by an endpoint's per-call limit, as the table states it,
 * and by the share of one call's query string a list may take (splitList).
 */
import { SpotifyAPIError } from '../errors.js';
import type { EndpointSpec } from './types.js';

/**
 * Longest share of one call's query string a list may take: `ids=a,b,...` as sent (percent-encoded,
 * commas as they are), in characters. Spotify documents no URL length; a long URL is answered 414 at
 * best, after the earlier chunks of a split list went through. 4096, not the 2048 of old browsers:
 * Spotify's own 100 audio-features ids (`ids=` and 100 x 22 characters with 99 commas) are 2,303
 * characters. several-id-entries.test.ts checks every table row's documented maximum of 22-character ids
 * (and of URIs of the longest type) stays under it; a list of longer entries (user names, percent-encoded)
 * is split into more calls (splitList).
 */
export const MAX_QUERY_LIST_LENGTH = 4096;

/**
 * Each distinct entry of `items` once, in the order of first appearance: for an idempotent set change
 * (save, remove, follow, unfollow), where a repeat changes nothing but costs a call per 20 to 50
 * copies. Never for a playlist add, where each copy is one more item. Entries are compared as given
 * (a user name in two Unicode forms is two entries, as the list check reads them).
 */
export function distinct<T>(items: readonly T[]): readonly T[] {
  const seen = new Set(items);
  return seen.size === items.length ? items : [...seen];
}

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

/**
 * `items` in consecutive slices, one per call of `endpoint`'s list option `name` (Spotify's name): a
 * slice ends when adding the next item would pass either bound, the table's most items per call
 * (listLimit) or, where the option goes in the query string (the last of its name listed, where
 * params.ts buildRequest sends it), MAX_QUERY_LIST_LENGTH characters of `name=a,b,...` as sent (each
 * entry percent-encoded, commas between). `sentValue` is what is sent of an item (the item itself by
 * default); `size` the most items per call where a caller's own bound is smaller (the call estimate's). An item alone over the bound is a slice of its own: params.ts checkList refuses it before
 * any call. The one splitter of every many-item call (the client's methods, requestMany, the GraphQL
 * server's contains checks), so that every call of a long list is one Spotify takes. No slices for no
 * items.
 */
export function splitList<T>(
  endpoint: EndpointSpec,
  name: string,
  items: readonly T[],
  sentValue: (item: T) => string = String,
  size = listLimit(endpoint, name),
): T[][] {
  const sent = endpoint.params.filter((param) => param.name === name).at(-1);
  if (sent?.in !== 'query') return chunk(items, size);
  const bound = MAX_QUERY_LIST_LENGTH - name.length - 1;
  const slices: T[][] = [];
  let slice: T[] = [];
  let length = 0;
  for (const item of items) {
    const own = encodeURIComponent(sentValue(item)).length;
    const longer = slice.length === 0 ? own : length + 1 + own;
    if (slice.length > 0 && (slice.length >= size || longer > bound)) {
      slices.push(slice);
      slice = [item];
      length = own;
    } else {
      slice.push(item);
      length = longer;
    }
  }
  if (slice.length > 0) slices.push(slice);
  return slices;
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
    const fault = `the list has ${counted(answers.length, 'entry', 'entries')} for ${counted(slice.length, 'item', 'items')} asked`;
    throw new SpotifyAPIError(`Spotify's answer to ${endpoint.id} is not the documented shape: ${fault}`, {
      status: 200,
      code: 'BAD_RESPONSE',
      endpoint: endpoint.id,
      wrongShape: true,
      shapeFault: fault,
    });
  }
  return answers;
}

/** `n` with its noun, singular for one: `1 entry`, `3 entries`. */
export const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
