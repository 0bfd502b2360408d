/**
 * Fetching many items by id: batch calls per the endpoint's limit where the app has the batch
 * endpoint, else one single-item call per distinct id under a concurrency bound.
 */
import type { AppModeTracker } from './app-mode.js';
import { chunk } from './endpoints/batching.js';
import type { EndpointSpec } from './endpoints/types.js';
import { SpotifyAPIError, SpotifyError } from './errors.js';
import { findParam, toCamelCase } from './params.js';
import type { RequestOptions } from './request-options.js';

/** What `requestMany` calls through: the client's request path, its modes, its concurrency bound. */
export interface ManyRequester {
  request<T>(endpoint: EndpointSpec, options: RequestOptions): Promise<T>;
  modes: AppModeTracker;
  /** Single-item calls in flight at once. */
  concurrency: number;
}

/**
 * Answers in the ids' order, null for an unknown id. Where the batch endpoint is available it is
 * called per `batch.max` ids; in Development Mode (or in auto mode after the batch endpoint answered
 * 403) each distinct id goes through `single`, at most `concurrency` at a time. Throws SpotifyError
 * when `batch` is no batch endpoint, SpotifyAPIError BAD_RESPONSE for an answer without its list.
 */
export async function requestMany<T>(
  via: ManyRequester,
  batch: EndpointSpec,
  single: EndpointSpec,
  ids: readonly string[],
  options: RequestOptions,
): Promise<(T | null)[]> {
  if (!batch.batch) throw new SpotifyError(`${batch.id} is not a batch endpoint`);
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return [];
  const found = new Map<string, T | null>();
  const mode = via.modes.modeFor(batch);
  if (mode === 'development' && !batch.modes.includes('development')) {
    await fetchSingles(via, single, batch, distinct, options, found);
  } else {
    const { max, param, key } = batch.batch;
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
      for (const [index, id] of slice.entries()) found.set(id, (items[index] as T | undefined) ?? null);
    };
    // In auto mode a refused batch falls back to single calls for its ids: the request still gets
    // its items whether or not the refusal taught the app's mode.
    const fetchOrFallBack = async (slice: string[]): Promise<void> => {
      try {
        await fetchChunk(slice);
      } catch (error) {
        if (via.modes.configured !== 'auto' || !(error instanceof SpotifyAPIError && error.status === 403))
          throw error;
        await fetchSingles(via, single, batch, slice, options, found);
      }
    };
    let rest = chunk(distinct, max);
    if (mode === 'auto' && !batch.modes.includes('development')) {
      // Try one batch alone: if this app lacks the endpoint, one 403 is enough to learn it.
      const [first, ...others] = rest;
      rest = others;
      if (first) await fetchOrFallBack(first);
      if (via.modes.learned === 'development') {
        await fetchSingles(via, single, batch, others.flat(), options, found);
        rest = [];
      }
    }
    await Promise.all(rest.map(fetchOrFallBack));
  }
  return ids.map((id) => found.get(id) ?? null);
}

async function fetchSingles<T>(
  via: ManyRequester,
  single: EndpointSpec,
  batch: EndpointSpec,
  ids: readonly string[],
  options: RequestOptions,
  found: Map<string, T | null>,
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
        found.set(id, await via.request<T>(single, { ...shared, [toCamelCase(idParam.name)]: id }));
      } catch (error) {
        if (error instanceof SpotifyAPIError && error.status === 404) found.set(id, null);
        else throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(via.concurrency, ids.length) }, worker));
}
