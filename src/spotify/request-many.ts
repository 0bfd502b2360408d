/**
 * Fetching many items by id: batch calls per the endpoint's limit where the app has the batch
 * endpoint, else one single-item call per distinct id under a concurrency bound.
 */
import type { AppModeTracker } from './app-mode.js';
import { counted, splitList } from './endpoints/batching.js';
import type { EndpointSpec } from './endpoints/types.js';
import {
  asError,
  RateLimitExceeded,
  SpotifyAPIError,
  SpotifyBaseError,
  SpotifyError,
  type SpotifyErrorCode,
} from './errors.js';
import { checkList, findParam, toCamelCase } from './params.js';
import { boundMessage, quoteInput } from './quoted-input.js';
import type { RequestOptions } from './request-options.js';

/** What `requestMany` calls through: the client's request path, its modes, its concurrency bound. */
export interface ManyRequester {
  request<T>(endpoint: EndpointSpec, options: RequestOptions): Promise<T>;
  modes: AppModeTracker;
  /** The app whose mode the calls' answers tell (AppModeTracker.appOf); undefined for none. */
  app: string | undefined;
  /** Single-item calls in flight at once. */
  concurrency: number;
}

/**
 * Runs one HTTP call of a many-item fetch (a batch call, or a single-item call in Development Mode) to
 * `endpoint`: a caller's bound on its own calls in flight (a GraphQL request's budget) and its count
 * of calls, answering the call's result.
 */
export type CallGate = <R>(call: () => Promise<R>, endpoint: EndpointSpec) => Promise<R>;

/**
 * A batch entry's outcome: the object, null for "not found" (Spotify's null), the entry's error (a
 * SpotifyAPIError), or, for an id whose call failed while other calls of the fetch were answered, that
 * call's error (whatever the request path threw: a SpotifyAPIError of its status, a network error, ...).
 */
export type ManyEntry<T> = T | null | SpotifyAPIError | Error;

/** The calls of one many-item fetch that failed: each one's error and the ids it asked. */
type Failures = { error: unknown; ids: readonly string[] }[];

/**
 * Whether two failed calls' errors read alike: the same error, or errors of one class with the same
 * status, code and message (two chunks' 500s); a 404 and a 403, or two 403s of different words, do not.
 */
export function failedAlike(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!(a instanceof Error && b instanceof Error) || a.constructor !== b.constructor) return false;
  const [x, y] = [
    a as Error & { status?: unknown; code?: unknown },
    b as Error & { status?: unknown; code?: unknown },
  ];
  return x.message === y.message && x.status === y.status && x.code === y.code;
}

/** How many different errors a ManyCallsFailed's message names before "and N more". */
const ERRORS_NAMED = 4;

/**
 * A failed many-item fetch's one error (requestMany), for calls that failed in different ways (a
 * 20-id chunk answered 404 and a 5-id chunk 403): `failures`, each call's error with the ids it asked,
 * in the order of the ids. The message names each different error (calls failing alike, failedAlike,
 * are one) with how many ids it failed and the first of them, the first ERRORS_NAMED of them (`2
 * calls of get-multiple-albums failed in different ways: 20 ids from 4aaw...: <404's words>; 5 ids
 * from 1bbx...: <403's words>`); `status` and `code` are the calls' own when they all share them (else
 * 0 and SPOTIFY_ERROR); `cause` is the first call's error. Never one call's error for another's ids.
 */
export class ManyCallsFailed extends SpotifyBaseError {
  constructor(
    endpoint: string,
    readonly failures: readonly { error: unknown; ids: readonly string[] }[],
  ) {
    type Known = Error & { status?: unknown; code?: unknown };
    const errors = failures.map(({ error }) => asError(error) as Known);
    const same = <K extends 'status' | 'code'>(key: K) =>
      errors.every((error) => error[key] === errors[0]?.[key]) ? errors[0]?.[key] : undefined;
    const status = same('status');
    const code = same('code');
    const kinds: { error: Known; ids: string[] }[] = [];
    failures.forEach(({ ids }, i) => {
      const kind = kinds.find(({ error }) => failedAlike(error, errors[i]));
      if (kind) kind.ids.push(...ids);
      else kinds.push({ error: errors[i]!, ids: [...ids] });
    });
    const each = kinds
      .slice(0, ERRORS_NAMED)
      .map(
        ({ error, ids }) =>
          `${counted(ids.length, 'id', 'ids')} from ${ids[0]}: ${boundMessage(error.message)}`,
      );
    const more = kinds.length > ERRORS_NAMED ? `; and ${kinds.length - ERRORS_NAMED} more errors` : '';
    super(`${failures.length} calls of ${endpoint} failed in different ways: ${each.join('; ')}${more}`, {
      status: typeof status === 'number' ? status : 0,
      code: typeof code === 'string' ? (code as SpotifyErrorCode) : 'SPOTIFY_ERROR',
      cause: failures[0]?.error,
    });
  }
}

/**
 * The one error of `failures` (at least one) when it must stand for all their ids: the first call's
 * when every call's error reads alike (failedAlike), the longest when all are RateLimitExceeded, else
 * ManyCallsFailed with each call's own.
 */
function oneError(endpoint: string, failures: Failures, order: readonly string[]): unknown {
  const first = failures[0]!.error;
  if (failures.every(({ error }) => failedAlike(error, first))) return first;
  // Rate limits of different lengths are one pause: the longest says when every call may go again.
  const paused = failures.map(({ error }) => error);
  if (paused.every((error) => error instanceof RateLimitExceeded))
    return paused.reduce((longest, each) => (each.retryAfter > longest.retryAfter ? each : longest));
  const at = new Map(order.map((id, i) => [id, i] as const));
  const place = (ids: readonly string[]) => Math.min(...ids.map((id) => at.get(id) ?? Infinity));
  return new ManyCallsFailed(
    endpoint,
    [...failures].sort((a, b) => place(a.ids) - place(b.ids)),
  );
}

/**
 * Answers in the ids' order, null for an unknown id; throws the entry's SpotifyAPIError BAD_RESPONSE
 * when Spotify's batch answer did not cover an id (see requestManySettled), and a failed call's error
 * when a call failed: ManyCallsFailed, naming each call's error and ids, when calls failed in
 * different ways (never one call's error for the ids of another).
 */
export async function requestMany<T>(
  via: ManyRequester,
  batch: EndpointSpec,
  single: EndpointSpec,
  ids: readonly string[],
  options: RequestOptions,
): Promise<(T | null)[]> {
  const failures: Failures = [];
  const found = await fetchMany<T>(via, batch, single, ids, options, failures);
  if (failures.length > 0) throw oneError(batch.id, failures, ids);
  return ids.map((id) => {
    const entry = found.has(id) ? (found.get(id) as ManyEntry<T>) : uncovered(batch, id);
    if (!(entry instanceof SpotifyAPIError)) return entry as T | null;
    if (entry.status === 404) return null;
    throw entry;
  });
}

/**
 * Every id's entry, in the ids' order. A call that fails (a chunk of a batch, one id's single call)
 * fails only its own ids: while another call of the fetch was answered, each of its ids' entry is the
 * call's error and the answered ids keep their objects (a 500 on the second chunk of 60 tracks keeps
 * the first 50; v14 issue 7, NN1 residual), and so do they when no call was answered but the calls failed
 * in different ways (a 404 chunk and a 403 chunk: s44 attack F1); when every call failed alike, the
 * first call's error is thrown.
 * Where the batch endpoint is available it is called per
 * `batch.max` ids (fewer where long ids would pass one call's share of the query string: splitList); in Development Mode (or in auto mode after the batch endpoint answered 403) each
 * distinct id goes through `single`, at most `concurrency` at a time. Batch entries are matched by
 * the id they answer (`linked_from.id` for a relinked track, else `id`; another id is not the one
 * asked); a null entry is Spotify's "not found" (null); an id the answer does not cover (entries
 * with other ids) is a SpotifyAPIError BAD_RESPONSE (status 200), never made-up data; a list of
 * another length than the ids asked (3 entries for 2 ids, or 1) is BAD_RESPONSE (`wrongShape`, its
 * `shapeFault` naming the list and both counts) for each id of that call (wrongLength). A single call's 404 is that SpotifyAPIError (Spotify said 404). Throws SpotifyError
 * when `batch` is no batch endpoint, SpotifyAPIError BAD_RESPONSE for an answer without its list.
 */
export async function requestManySettled<T>(
  via: ManyRequester,
  batch: EndpointSpec,
  single: EndpointSpec,
  ids: readonly string[],
  options: RequestOptions,
): Promise<ManyEntry<T>[]> {
  const failures: Failures = [];
  const found = await fetchMany<T>(via, batch, single, ids, options, failures);
  if (failures.length > 0) {
    const failedIds = new Set(failures.flatMap((failure) => failure.ids));
    // Every id failed: one error for the field only when every call failed alike; calls that failed in
    // different ways (a 404 chunk and a 403 chunk) keep each its own error on its own ids.
    const first = failures[0]!.error;
    if (ids.every((id) => failedIds.has(id)) && failures.every(({ error }) => failedAlike(error, first)))
      throw first;
    for (const { error, ids: failed } of failures) {
      const entry = error instanceof Error ? error : new SpotifyError(String(error));
      for (const id of failed) found.set(id, entry);
    }
  }
  return ids.map((id) => (found.has(id) ? (found.get(id) as ManyEntry<T>) : uncovered(batch, id)));
}

/**
 * The entries of the distinct `ids` by id (see requestManySettled), each failed call's error and ids
 * pushed to `failures` instead of thrown. Throws SpotifyError when `batch` is no batch endpoint.
 */
async function fetchMany<T>(
  via: ManyRequester,
  batch: EndpointSpec,
  single: EndpointSpec,
  ids: readonly string[],
  options: RequestOptions,
  failures: Failures,
): Promise<Map<string, ManyEntry<T>>> {
  if (!batch.batch) throw new SpotifyError(`${batch.id} is not a batch endpoint`);
  // The whole list checked before any call and before the route is picked, in any mode (Development
  // Mode sends each id in a path): each id, and each batch call's share of the query string.
  checkList(batch, batch.batch.param, ids);
  const distinct = [...new Set(ids)];
  const found = new Map<string, ManyEntry<T>>();
  if (distinct.length === 0) return found;
  const mode = via.modes.modeFor(batch, via.app);
  if (mode === 'development' && !batch.modes.includes('development')) {
    await fetchSingles(via, single, batch, distinct, options, found, failures);
  } else {
    const { param, key } = batch.batch;
    const fetchChunk = async (slice: string[]): Promise<void> => {
      const body = await via.request<Record<string, unknown>>(batch, {
        ...options,
        [toCamelCase(param)]: slice,
      });
      const items = body?.[key];
      if (!Array.isArray(items)) {
        throw new SpotifyAPIError(`${batch.id}: the answer has no ${key} list`, {
          status: 200,
          code: 'BAD_RESPONSE',
        });
      }
      // Spotify answers one entry per id asked, in order: a list of another length (3 albums for 2
      // ids, or 1) is not the answer asked for, refused for the chunk's every id, as a contains
      // answer of the wrong length is (oneAnswerEach), never matched in part nor its extra entries dropped.
      if (items.length !== slice.length) throw wrongLength(batch, key, items.length, slice.length);
      matchEntries(batch, slice, items as unknown[], found);
    };
    // In auto mode a refused batch falls back to single calls for its ids: the request still gets
    // its items whether or not the refusal taught the app's mode.
    const fetchOrFallBack = async (slice: string[]): Promise<void> => {
      try {
        await fetchChunk(slice);
      } catch (error) {
        if (via.modes.configured !== 'auto' || !(error instanceof SpotifyAPIError && error.status === 403))
          failures.push({ error, ids: slice });
        else await fetchSingles(via, single, batch, slice, options, found, failures);
      }
    };
    let rest = splitList(batch, param, distinct);
    // Try one batch alone where its answer teaches the app's mode: if this app lacks the endpoint, one
    // 403 is enough to learn it. A token of no known app teaches nothing: each chunk falls back alone.
    if (mode === 'auto' && via.app !== undefined && !batch.modes.includes('development')) {
      const [first, ...others] = rest;
      rest = others;
      if (first) await fetchOrFallBack(first);
      if (via.modes.learned(via.app) === 'development') {
        await fetchSingles(via, single, batch, others.flat(), options, found, failures);
        rest = [];
      }
    }
    await Promise.all(rest.map(fetchOrFallBack));
  }
  return found;
}

/**
 * The BAD_RESPONSE (`wrongShape`) of a batch answer whose list `key` has `got` entries for `asked` ids:
 * names the list and both counts, never an id nor an entry (`albums has 3 entries for 2 ids asked`).
 */
function wrongLength(batch: EndpointSpec, key: string, got: number, asked: number): SpotifyAPIError {
  const fault = `${key} has ${counted(got, 'entry', 'entries')} for ${counted(asked, 'id', 'ids')} asked`;
  return new SpotifyAPIError(`Spotify's answer to ${batch.id} is not the documented shape: ${fault}`, {
    status: 200,
    code: 'BAD_RESPONSE',
    endpoint: batch.id,
    wrongShape: true,
    shapeFault: fault,
  });
}

/** The entry of an id a batch answer did not cover: a bad answer, not "not found". */
function uncovered(batch: EndpointSpec, id: string): SpotifyAPIError {
  return new SpotifyAPIError(`Spotify's answer to ${batch.id} does not cover the id ${quoteInput(id)}`, {
    status: 200,
    code: 'BAD_RESPONSE',
    endpoint: batch.id,
  });
}

/**
 * Puts a batch answer's entries into `found` by id. An object counts for the id it answers (its
 * `linked_from.id` when Spotify relinked it, else its `id`; see askedIdOf), if that id was asked and
 * no other entry of the answer claims it too: an id claimed twice is proven by neither entry, so it is
 * an error entry (ambiguous), never the first or last claimant's data. A null entry is "not found" for
 * the id at its place (Spotify answers in the order asked; a list of another length never gets here:
 * wrongLength), and so is an object without any id (audio features of old). Ids left out stay absent
 * (uncovered).
 */
function matchEntries<T>(
  batch: EndpointSpec,
  slice: readonly string[],
  items: readonly unknown[],
  found: Map<string, ManyEntry<T>>,
): void {
  const asked = new Set(slice);
  const claims = new Map<string, unknown[]>();
  for (const item of items) {
    const id = askedIdOf(item, asked);
    if (id !== undefined) claims.set(id, [...(claims.get(id) ?? []), item]);
  }
  for (const [id, claimants] of claims) {
    found.set(id, claimants.length === 1 ? (claimants[0] as T) : ambiguous(batch, id));
  }
  // Nulls and id-less objects by place, for ids no entry claims (`items` is as long as `slice`: its one
  // caller, fetchChunk, refuses a list of another length first, wrongLength).
  for (const [index, item] of items.entries()) {
    const id = slice[index] as string;
    if (found.has(id)) continue;
    if (item === null || item === undefined) found.set(id, null);
    else if (identityOf(item) === undefined) found.set(id, item as T);
  }
}

/** The entry of an id two or more entries of a batch answer claim: a bad answer, proving neither. */
function ambiguous(batch: EndpointSpec, id: string): SpotifyAPIError {
  return new SpotifyAPIError(
    `Spotify's answer to ${batch.id} has more than one entry for the id ${quoteInput(id)}`,
    {
      status: 200,
      code: 'BAD_RESPONSE',
      endpoint: batch.id,
    },
  );
}

/**
 * The id an object of Spotify's answers for: the id it was linked from when Spotify relinked it
 * (Track Relinking: `linked_from.id` is the id asked, `id` the copy that plays in the market), else
 * its own `id`; undefined for an entry that is no object or carries no id (a string of either).
 */
export function identityOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const { id, linked_from: linkedFrom } = item as { id?: unknown; linked_from?: unknown };
  const from =
    typeof linkedFrom === 'object' && linkedFrom !== null ? (linkedFrom as { id?: unknown }).id : undefined;
  if (typeof from === 'string') return from;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The asked id an entry answers, undefined when it was not asked. A track Spotify relinked to the copy
 * that plays in the market asked answers the id it was linked from, never its own `id`: that `id` is
 * the copy's, which the same batch may ask for in its own right.
 */
function askedIdOf(item: unknown, asked: ReadonlySet<string>): string | undefined {
  const identity = identityOf(item);
  return identity !== undefined && asked.has(identity) ? identity : undefined;
}

/**
 * A single-item call's answer for `id`: the object when it answers that id (by identityOf) or carries
 * none; an answer for another id is the id's error entry (the asked id never gets another's data).
 */
function singleEntry<T>(single: EndpointSpec, id: string, answer: T, market: unknown): ManyEntry<T> {
  const identity = identityOf(answer);
  if (identity === undefined || identity === id) return answer;
  const relinked = unmarkedRelink(single, id, answer, market);
  if (relinked !== undefined) return relinked;
  return new SpotifyAPIError(
    `Spotify's answer to ${single.id} for the id ${quoteInput(id)} is another object`,
    {
      status: 200,
      code: 'BAD_RESPONSE',
      endpoint: single.id,
    },
  );
}

/**
 * A track of another id answering `get-track` for `id` with a market, without `linked_from`: Spotify's
 * Track Relinking (https://developer.spotify.com/documentation/web-api/concepts/track-relinking) in a
 * Development Mode app, which Spotify no longer sends `linked_from` (February 2026 change). One call
 * asked one id, so the copy answers it: returned with `linked_from` naming the id asked. Undefined
 * for anything else (no market, another endpoint, a `linked_from` naming another id, not a track).
 */
function unmarkedRelink<T>(single: EndpointSpec, id: string, answer: T, market: unknown): T | undefined {
  if (single.id !== 'get-track' || typeof market !== 'string' || market === '') return undefined;
  const item = answer as { type?: unknown; linked_from?: unknown };
  if (item.linked_from !== undefined || (item.type !== undefined && item.type !== 'track')) return undefined;
  return { ...answer, linked_from: { id, type: 'track', uri: `spotify:track:${id}` } };
}

async function fetchSingles<T>(
  via: ManyRequester,
  single: EndpointSpec,
  batch: EndpointSpec,
  ids: readonly string[],
  options: RequestOptions,
  found: Map<string, ManyEntry<T>>,
  failures: Failures,
): Promise<void> {
  const idParam = single.params.find((param) => param.in === 'path');
  if (!idParam) throw new SpotifyError(`${single.id} has no id parameter`);
  // Options the batch endpoint knows but the single one does not are dropped, not refused.
  const shared: RequestOptions = {};
  for (const [name, value] of Object.entries(options)) {
    if (name === 'authToken' || findParam(single, name) || !findParam(batch, name)) shared[name] = value;
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const id = ids[next++] as string;
      try {
        const answer = await via.request<T>(single, { ...shared, [toCamelCase(idParam.name)]: id });
        found.set(id, singleEntry(single, id, answer, shared.market));
      } catch (error) {
        // Spotify's own 404 is kept (its status and message), not made into a bare null.
        if (error instanceof SpotifyAPIError && error.status === 404) found.set(id, error);
        else failures.push({ error, ids: [id] });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(via.concurrency, ids.length) }, worker));
}
