/**
 * Loads in flight that concurrent requests may join. Requests that act with the same token (the app's
 * client-credentials token: anonymous requests) get the same answers from Spotify, so a second request
 * asking for what the first is already fetching waits for that answer instead of sending the call
 * again. Entries live only while their load runs: the maps are bounded by the calls in flight.
 */
import { GraphQLError } from 'graphql';
import { abortError } from './request-budget.js';

/**
 * A load that ended because the request that started it went away: the client's SpotifyError ABORTED,
 * or the request's own abort error (REQUEST_ABORTED, DEADLINE_EXCEEDED: see request-budget.ts).
 */
export function isAborted(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as { code?: unknown }).code === 'ABORTED') return true;
  if (!(error instanceof GraphQLError)) return false;
  const code = error.extensions.code;
  return code === 'REQUEST_ABORTED' || code === 'DEADLINE_EXCEEDED';
}

// Keyed by the token object the loads act with: a renewed token starts a new map.
const byOwner = new WeakMap<object, Map<string, Promise<unknown>>>();

function flightsOf(owner: object): Map<string, Promise<unknown>> {
  let flights = byOwner.get(owner);
  if (!flights) {
    flights = new Map();
    byOwner.set(owner, flights);
  }
  return flights;
}

/** The load of `key` that another request of `owner` has in flight, if any. */
export function runningFlight(owner: object, key: string): Promise<unknown> | undefined {
  return byOwner.get(owner)?.get(key);
}

/** Registers `load` as the flight of `key` until it settles; joiners see its value (or rejection). */
export function openFlight<T>(owner: object, key: string, load: Promise<T>): Promise<T> {
  const flights = flightsOf(owner);
  flights.set(key, load);
  const done = (): void => {
    if (flights.get(key) === load) flights.delete(key);
  };
  load.then(done, done);
  return load;
}

/**
 * One shared load: a Spotify read made once for every request that holds it, under its own abort
 * signal. It is cut only when every holder has let go (each request's abort or deadline lets go of
 * what it holds); a holder that leaves gets its own abort error at once, the others keep waiting.
 */
interface SharedLoad {
  readonly load: Promise<unknown>;
  readonly controller: AbortController;
  holders: number;
  settled: boolean;
  /** Takes it out of the map that offers it to joiners. */
  readonly forget: () => void;
}

/** Let-go functions of the loads a request's signal holds: one abort listener per signal, however many loads. */
const heldBy = new WeakMap<AbortSignal, Set<() => void>>();

function letGoOnAbort(holder: AbortSignal, letGo: () => void): () => void {
  let held = heldBy.get(holder);
  if (!held) {
    const set = new Set<() => void>();
    held = set;
    heldBy.set(holder, set);
    holder.addEventListener(
      'abort',
      () => {
        heldBy.delete(holder);
        for (const fn of set) fn();
      },
      { once: true },
    );
  }
  held.add(letGo);
  const own = held;
  return () => own.delete(letGo);
}

/** `shared` held by a request whose abort signal is `holder` (none: it never lets go). */
function hold<T>(shared: SharedLoad, holder: AbortSignal | undefined): Promise<T> {
  shared.holders += 1;
  const letGo = (): void => {
    shared.holders -= 1;
    if (shared.holders === 0 && !shared.settled) {
      shared.forget();
      shared.controller.abort();
    }
  };
  if (holder === undefined) return shared.load as Promise<T>;
  if (holder.aborted) {
    letGo();
    return Promise.reject(abortError(holder.reason));
  }
  return new Promise<T>((resolve, reject) => {
    const stop = letGoOnAbort(holder, () => {
      letGo();
      reject(abortError(holder.reason));
    });
    shared.load.then(
      (value) => {
        stop();
        resolve(value as T);
      },
      (error: unknown) => {
        stop();
        reject(error);
      },
    );
  });
}

/** Starts a shared load with its own signal; `forget` takes it out of where joiners find it. */
function startShared(start: (signal: AbortSignal) => Promise<unknown>, forget: () => void): SharedLoad {
  const controller = new AbortController();
  let load: Promise<unknown>;
  try {
    load = start(controller.signal);
  } catch (error) {
    load = Promise.reject(error);
  }
  const shared: SharedLoad = { load, controller, holders: 0, settled: false, forget };
  const done = (): void => {
    shared.settled = true;
    forget();
  };
  load.then(done, done);
  return shared;
}

// Per token object: the shared loads in flight by key.
const sharedByOwner = new WeakMap<object, Map<string, SharedLoad>>();

/**
 * The load of `key` shared by the requests of `owner` (the app token): joined when one is in flight,
 * else started with `start(signal)` (the signal aborts only once every holder has let go). `holder` is
 * the calling request's abort signal: when it aborts, this caller gets its abort error and lets go.
 */
export function shareInFlight<T>(
  owner: object,
  key: string,
  start: (signal: AbortSignal) => Promise<T>,
  holder: AbortSignal | undefined,
): Promise<T> {
  let loads = sharedByOwner.get(owner);
  if (!loads) {
    loads = new Map();
    sharedByOwner.set(owner, loads);
  }
  let shared = loads.get(key);
  if (!shared) {
    const map = loads;
    const made = startShared(start, () => {
      if (map.get(key) === made) map.delete(key);
    });
    shared = made;
    if (!made.settled) map.set(key, made);
  }
  return hold<T>(shared, holder);
}

/** A page load of one list (its key without offset and limit) in flight, with the items it asks for. */
interface SharedPage {
  offset: number;
  limit: number;
  shared: SharedLoad;
}

// Per token object: the shared page loads in flight by list.
const pagesByOwner = new WeakMap<object, Map<string, Set<SharedPage>>>();

/**
 * A page of the list `list` (from `offset`, `limit` items) shared by the requests of `owner`: a page of
 * that list in flight that covers it (from at or before `offset`, to at or after `offset + limit`) is
 * joined, and `cut(page, itsOffset)` answers this caller's part of it, or undefined when its answer
 * turned out not to cover it (a short page): then, as when nothing covers it, `start(signal)` loads it
 * (shared in turn). `holder` as for shareInFlight.
 */
export function sharePageInFlight<P>(
  owner: object,
  list: string,
  window: { offset: number; limit: number },
  start: (signal: AbortSignal) => Promise<P>,
  cut: (page: P, pageOffset: number) => P | undefined,
  holder: AbortSignal | undefined,
): Promise<P> {
  let lists = pagesByOwner.get(owner);
  if (!lists) {
    lists = new Map();
    pagesByOwner.set(owner, lists);
  }
  const { offset, limit } = window;
  const pages = lists.get(list);
  for (const page of pages ?? []) {
    if (page.offset <= offset && offset + limit <= page.offset + page.limit) {
      return hold<P>(page.shared, holder).then(
        (answer) => cut(answer, page.offset) ?? openPage(lists, list, window, start, holder),
      );
    }
  }
  return openPage(lists, list, window, start, holder);
}

/** Starts a shared page load of `list` and offers it to joiners until it settles or all let go. */
function openPage<P>(
  lists: Map<string, Set<SharedPage>>,
  list: string,
  window: { offset: number; limit: number },
  start: (signal: AbortSignal) => Promise<P>,
  holder: AbortSignal | undefined,
): Promise<P> {
  const pages = lists.get(list) ?? new Set<SharedPage>();
  const entry = { ...window } as SharedPage;
  entry.shared = startShared(start, () => {
    pages.delete(entry);
    if (pages.size === 0 && lists.get(list) === pages) lists.delete(list);
  });
  if (!entry.shared.settled) {
    pages.add(entry);
    lists.set(list, pages);
  }
  return hold<P>(entry.shared, holder);
}
