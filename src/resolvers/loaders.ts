import DataLoader from 'dataloader';
import type { GraphQLError } from 'graphql';
import type { RequestOptions, SpotifyApiClient } from '../spotify/client.js';
import { endpoints } from '../spotify/endpoints/table.js';
import type { EndpointSpec } from '../spotify/endpoints/types.js';
import { asError, RateLimitExceeded, SpotifyAPIError } from '../spotify/errors.js';
import { identityOf } from '../spotify/request-many.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { badValue } from './bad-values.js';
import { type CatalogCache, catalogKey } from './catalog-cache.js';
import { catalogLoadSignal } from './catalog-load.js';
import { batchCallFailed, notFound, toGraphQLError } from './errors.js';
import { joinInFlight, shareManyInFlight } from './in-flight.js';

/** Catalog types that Spotify can fetch by id, with their single and batch endpoints. */
export const LOADABLE = {
  album: { single: endpoints.getAnAlbum, batch: endpoints.getMultipleAlbums },
  artist: { single: endpoints.getAnArtist, batch: endpoints.getMultipleArtists },
  track: { single: endpoints.getTrack, batch: endpoints.getSeveralTracks },
  show: { single: endpoints.getAShow, batch: endpoints.getMultipleShows },
  episode: { single: endpoints.getAnEpisode, batch: endpoints.getMultipleEpisodes },
  audiobook: { single: endpoints.getAnAudiobook, batch: endpoints.getMultipleAudiobooks },
  chapter: { single: endpoints.getAChapter, batch: endpoints.getSeveralChapters },
  audioFeatures: { single: endpoints.getAudioFeatures, batch: endpoints.getSeveralAudioFeatures },
} as const satisfies Record<string, { single: EndpointSpec; batch: EndpointSpec }>;

export type LoadableType = keyof typeof LOADABLE;

/** A catalog lookup: an id and the market it is asked in. */
export interface CatalogKey {
  id: string;
  market: string | undefined;
}

export type CatalogLoader = DataLoader<CatalogKey, unknown, string>;

export interface LoaderOptions {
  client: Pick<SpotifyApiClient, 'requestManySettled'>;
  token: SpotifyAuthorisationToken;
  cache: CatalogCache;
  /**
   * Whether answers may be shared through the catalog cache. Only app-token requests share: with a user
   * token Spotify answers for the user's own country, whatever market was asked.
   */
  share: boolean;
  /** When a batch goes out (default: once the microtask queue has drained). */
  schedule?: (dispatch: () => void) => void;
  /**
   * The request's abort signal, if any: a batch shared with other requests (see shareManyInFlight) is
   * let go of when it aborts, and cut only once every request that holds it has let go.
   */
  signal?: () => AbortSignal | undefined;
}

/**
 * One DataLoader per catalog type for one GraphQL request: the same id asked twice is fetched once, and
 * the ids of one level of the query go out together (split at the endpoint's limit by the client in
 * Extended mode; one call per distinct id in Development Mode).
 */
export function createCatalogLoaders(
  options: LoaderOptions | CatalogLoaderSource,
): Record<LoadableType, CatalogLoader> {
  return new LazyLoaders(options);
}

/**
 * A subscription's next event begins in `loaders` (createCatalogLoaders'): only the objects the last
 * event loaded successfully are kept (they answer this event without a call, and are let go of unless
 * it asks for them again); older objects and every failed or unfinished load are forgotten. A long
 * subscription thus holds at most two events' objects, not every object it ever played, and an object
 * whose load failed (a 5xx, CALL_LIMIT_EXCEEDED) is asked again at the next event instead of failing
 * from DataLoader's cache for the subscription's whole life. Loaders of another kind are left alone.
 */
export function nextEventLoads(loaders: Readonly<Record<LoadableType, CatalogLoader>>): void {
  if (loaders instanceof LazyLoaders) loaders.nextEvent();
}

/**
 * DataLoader's cache (CacheMap) for one catalog type, split by subscription event once
 * nextEventLoads is first called (until then, one plain Map: a query pays one extra lookup on a miss).
 */
class EventCache implements DataLoader.CacheMap<string, Promise<unknown>> {
  private current = new Map<string, Promise<unknown>>();
  private last = new Map<string, Promise<unknown>>();
  /** The loads that succeeded; tracked only once events are (a query's loads need no tracking). */
  private fulfilled: WeakSet<Promise<unknown>> | undefined;

  get(key: string): Promise<unknown> | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined || this.last.size === 0) return hit;
    const kept = this.last.get(key);
    if (kept === undefined) return undefined;
    // Asked again: it belongs to this event now.
    this.last.delete(key);
    this.current.set(key, kept);
    return kept;
  }

  set(key: string, value: Promise<unknown>): this {
    this.current.set(key, value);
    const fulfilled = this.fulfilled;
    // The rejection is the loader's callers' to handle; this handler only keeps it from counting twice.
    if (fulfilled !== undefined) value.then(() => fulfilled.add(value), noop);
    return this;
  }

  delete(key: string): boolean {
    const here = this.current.delete(key);
    return this.last.delete(key) || here;
  }

  clear(): void {
    this.current.clear();
    this.last.clear();
  }

  /** The event's successful loads become the last event's; the older ones and every failure go. */
  nextEvent(): void {
    const fulfilled = this.fulfilled;
    this.last = new Map();
    if (fulfilled !== undefined)
      for (const [key, value] of this.current) if (fulfilled.has(value)) this.last.set(key, value);
    this.current = new Map();
    this.fulfilled ??= new WeakSet();
  }
}

const noop = (): void => {};

/** Loader options made when the first loader is (a request that never loads pays nothing for them). */
export interface CatalogLoaderSource {
  loaderOptions(): LoaderOptions;
}

/**
 * A request uses one or two of the loaders, many (subscriptions) none: each is created on first use,
 * and so are the options they share.
 */
class LazyLoaders implements Record<LoadableType, CatalogLoader> {
  private made: Map<LoadableType, CatalogLoader> | undefined;
  private caches: EventCache[] | undefined;
  private options: LoaderOptions | undefined;
  /** Whether nextEvent was called: a loader made later tracks its loads' success from the start. */
  private inEvents = false;

  constructor(private readonly source: LoaderOptions | CatalogLoaderSource) {}

  private of(type: LoadableType): CatalogLoader {
    this.made ??= new Map();
    let loader = this.made.get(type);
    if (!loader) {
      loader = this.make(type);
      this.made.set(type, loader);
    }
    return loader;
  }

  /** See nextEventLoads. */
  nextEvent(): void {
    this.inEvents = true;
    for (const cache of this.caches ?? []) cache.nextEvent();
  }

  private make(type: LoadableType): CatalogLoader {
    const source = this.source;
    this.options ??= 'loaderOptions' in source ? source.loaderOptions() : source;
    const options = this.options;
    // Resolvers of one level reach their loads after different numbers of awaits: wait at least for
    // the whole microtask queue to drain, not just the current tick.
    const schedule = options.schedule ?? ((dispatch: () => void) => setImmediate(dispatch));
    const cacheMap = new EventCache();
    if (this.inEvents) cacheMap.nextEvent();
    this.caches ??= [];
    this.caches.push(cacheMap);
    return new DataLoader<CatalogKey, unknown, string>((keys) => loadBatch(type, keys, options), {
      cacheKeyFn: (key) => `${key.id}:${key.market ?? ''}`,
      batchScheduleFn: schedule,
      cacheMap,
    });
  }

  get album() {
    return this.of('album');
  }
  get artist() {
    return this.of('artist');
  }
  get track() {
    return this.of('track');
  }
  get show() {
    return this.of('show');
  }
  get episode() {
    return this.of('episode');
  }
  get audiobook() {
    return this.of('audiobook');
  }
  get chapter() {
    return this.of('chapter');
  }
  get audioFeatures() {
    return this.of('audioFeatures');
  }
}

type MissGroups = Map<string, { market: string | undefined; ids: string[]; at: number[] }>;

/** Answers misses from the cache's shared level (one round trip), leaving in `misses` only what it lacks. */
async function fillFromShared(
  type: LoadableType,
  misses: MissGroups,
  results: unknown[],
  cache: CatalogCache,
): Promise<void> {
  const wanted: { group: string; index: number; key: string }[] = [];
  for (const [name, group] of misses) {
    group.ids.forEach((id, i) => {
      wanted.push({ group: name, index: group.at[i]!, key: catalogKey(type, id, group.market) });
    });
  }
  const found = (await cache.getShared?.(wanted.map((w) => w.key))) ?? [];
  const answered = new Set<number>();
  wanted.forEach((w, i) => {
    if (found[i] === undefined) return;
    results[w.index] = found[i];
    answered.add(w.index);
  });
  if (answered.size === 0) return;
  for (const [name, group] of misses) {
    const keep = group.at.map((at, i) => [at, group.ids[i]!] as const).filter(([at]) => !answered.has(at));
    if (keep.length === 0) misses.delete(name);
    else
      misses.set(name, { market: group.market, ids: keep.map(([, id]) => id), at: keep.map(([at]) => at) });
  }
}

/** What `loadBatch` sends: the misses, by market, with each one's place in the batch. */
async function fetchMisses(
  type: LoadableType,
  misses: MissGroups,
  results: unknown[],
  { client, token, cache, share }: LoaderOptions,
  signal?: AbortSignal,
): Promise<void> {
  const { single, batch } = LOADABLE[type];
  await Promise.all(
    [...misses.values()].map(async (group) => {
      const options: RequestOptions = { authToken: token };
      if (group.market !== undefined) options.market = group.market;
      if (signal !== undefined) options.signal = signal;
      try {
        const found = await client.requestManySettled<unknown>(batch, single, group.ids, options);
        found.forEach((value, i) => {
          const id = group.ids[i]!;
          const index = group.at[i]!;
          if (value === null || value === undefined) {
            results[index] = notFound(type, id);
            return;
          }
          if (value instanceof Error) {
            results[index] = entryError(
              type,
              id,
              value,
              share ? () => staleOf(cache, type, id, group.market) : undefined,
            );
            return;
          }
          results[index] = value;
          // Only an object that answers this very id is shared (never another's under this key).
          const identity = identityOf(value);
          if (share && (identity === id || (identity === undefined && type === 'audioFeatures')))
            cache.set(catalogKey(type, id, group.market), value);
        });
      } catch (error) {
        const mapped = batch404(type, error) ?? toGraphQLError(error) ?? asError(error);
        // While Spotify's rate limit pauses every call, shared objects past their time beat an error.
        const stale = share && error instanceof RateLimitExceeded ? cache.getStale : undefined;
        group.ids.forEach((id, i) => {
          const index = group.at[i]!;
          results[index] = stale?.call(cache, catalogKey(type, id, group.market)) ?? mapped;
        });
      }
    }),
  );
}

/**
 * The error of one id's batch entry: Spotify's own 404 for it (its single call's) is SPOTIFY_NOT_FOUND,
 * a 404 of the batch call it was in is SPOTIFY_UNAVAILABLE (batchCallFailed); an entry Spotify's
 * answer did not prove (the id not covered, claimed by two entries, or answered by another object) is
 * a value Spotify should not have sent (`badValue`: SPOTIFY_UNAVAILABLE, `extensions.badValue`); any
 * other entry error (the error of the id's own call, which failed while others of the batch were
 * answered: a 5xx chunk) keeps its own mapping; `stale`, for shared answers, the id's object past its
 * time, answered instead of a rate-limit pause.
 */
function entryError(type: LoadableType, id: string, error: Error, stale?: () => unknown): unknown {
  if (!(error instanceof SpotifyAPIError)) {
    // The id's call failed while others of the batch were answered (see requestManySettled): its error;
    // while Spotify's rate limit pauses every call, a shared object past its time beats it.
    const kept = error instanceof RateLimitExceeded ? stale?.() : undefined;
    return kept ?? toGraphQLError(error) ?? error;
  }
  const failedBatch = batch404(type, error);
  if (failedBatch !== undefined) return failedBatch;
  if (error.status === 404) return notFound(type, id, error);
  if (error.code === 'BAD_RESPONSE' && error.status < 400) return badValue(error.message);
  return toGraphQLError(error) ?? error;
}

/**
 * For the 404 of a batch call (its endpoint is the type's batch endpoint), no proof that any one id is
 * unknown: its ids' error (batchCallFailed, SPOTIFY_UNAVAILABLE). Undefined for any other error; a
 * single call's 404 is the id's own (notFound).
 */
const batch404 = (type: LoadableType, error: unknown): GraphQLError | undefined =>
  error instanceof SpotifyAPIError && error.status === 404 && error.endpoint === LOADABLE[type].batch.id
    ? batchCallFailed(error)
    : undefined;

/** The shared cache's object for `id` past its time, if any (CatalogCache.getStale). */
const staleOf = (cache: CatalogCache, type: LoadableType, id: string, market: string | undefined): unknown =>
  cache.getStale?.call(cache, catalogKey(type, id, market));

const addMiss = (misses: MissGroups, key: CatalogKey, index: number): void => {
  const group = misses.get(key.market ?? '') ?? { market: key.market, ids: [], at: [] };
  group.ids.push(key.id);
  group.at.push(index);
  misses.set(key.market ?? '', group);
};

/**
 * The misses of a batch shared with the other requests of the app token: one load, under its own
 * signal, offered to them under each object's key (see shareManyInFlight), answered into `results`.
 * The shared level of the cache (Redis) is asked first, inside the shared load.
 */
function fetchShared(
  type: LoadableType,
  misses: MissGroups,
  results: unknown[],
  options: LoaderOptions,
): Promise<void> {
  const names = new Map<string, number>();
  for (const group of misses.values())
    group.ids.forEach((id, i) => {
      names.set(catalogKey(type, id, group.market), group.at[i]!);
    });
  const { cache, token } = options;
  const answers = shareManyInFlight(
    token,
    [...names.keys()],
    async (signal) => {
      const found = new Array<unknown>(results.length);
      const wanted: MissGroups = new Map(misses);
      if (cache.getShared) await fillFromShared(type, wanted, found, cache);
      await fetchMisses(type, wanted, found, options, catalogLoadSignal(signal));
      return new Map([...names].map(([name, index]) => [name, found[index]]));
    },
    options.signal?.(),
  );
  return answers.then(
    (byName) => {
      for (const [name, index] of names) results[index] = byName.get(name);
    },
    (error: unknown) => {
      for (const index of names.values()) results[index] = asError(error);
    },
  );
}

/**
 * One batch of a type's keys: the cache's hits are answered; when answers are shared (app token), a key
 * another request is loading right now is joined (a refcounted flight: it goes on while any request
 * holds it), and the misses are loaded as one shared load that others may join in turn.
 */
async function loadBatch(
  type: LoadableType,
  keys: readonly CatalogKey[],
  options: LoaderOptions,
): Promise<(unknown | GraphQLError)[]> {
  const { cache, share, token } = options;
  const results = new Array<unknown>(keys.length);
  const misses: MissGroups = new Map();
  const waits: Promise<void>[] = [];
  keys.forEach((key, index) => {
    const name = catalogKey(type, key.id, key.market);
    const cached = share ? cache.get(name) : undefined;
    if (cached !== undefined) {
      results[index] = cached;
      return;
    }
    const joined = share ? joinInFlight<unknown>(token, name, options.signal?.()) : undefined;
    if (!joined) {
      addMiss(misses, key, index);
      return;
    }
    waits.push(
      joined.then(
        (value) => {
          results[index] = value;
        },
        (error: unknown) => {
          results[index] = asError(error);
        },
      ),
    );
  });
  if (misses.size > 0)
    waits.push(
      share ? fetchShared(type, misses, results, options) : fetchMisses(type, misses, results, options),
    );
  await Promise.all(waits);
  return results;
}
