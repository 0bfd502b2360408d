/**
 * Loads in flight that concurrent requests may join. Requests that act with the same token (the app's
 * client-credentials token: anonymous requests) get the same answers from Spotify, so a second request
 * asking for what the first is already fetching waits for that answer instead of sending the call
 * again. Entries live only while their load runs: the maps are bounded by the calls in flight.
 */

import { covers, type PageWindow } from './page-cuts.js';
import { abortError } from './request-budget.js';

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

/** A shared load offered to joiners under one key, and how to read that key's part of its answer. */
interface KeyedFlight {
  readonly shared: SharedLoad;
  readonly part: (answer: unknown) => unknown;
}

// Per token object: the shared loads in flight by key (one load may answer several keys).
const flightsByOwner = new WeakMap<object, Map<string, KeyedFlight>>();

function flightsOf(owner: object): Map<string, KeyedFlight> {
  let flights = flightsByOwner.get(owner);
  if (!flights) {
    flights = new Map();
    flightsByOwner.set(owner, flights);
  }
  return flights;
}

/**
 * Joins the load of `key` that a request of `owner` has in flight, if any: this caller's part of its
 * answer, held by `holder` (as for shareInFlight). Undefined when nothing of `key` is in flight.
 */
export function joinInFlight<T>(
  owner: object,
  key: string,
  holder: AbortSignal | undefined,
): Promise<T> | undefined {
  const flight = flightsByOwner.get(owner)?.get(key);
  if (!flight) return undefined;
  return hold<unknown>(flight.shared, holder).then((answer) => flight.part(answer) as T);
}

/**
 * One shared load answering the keys `keys` (a batch of catalog objects by id): started with
 * `start(signal)` and offered under each key to the requests of `owner` (joinInFlight) until it
 * settles. Its answer maps each key to its value. The signal aborts only once every holder (this
 * caller, and every request that joined any of its keys) has let go.
 */
export function shareManyInFlight<T>(
  owner: object,
  keys: readonly string[],
  start: (signal: AbortSignal) => Promise<ReadonlyMap<string, T>>,
  holder: AbortSignal | undefined,
): Promise<ReadonlyMap<string, T>> {
  const flights = flightsOf(owner);
  const made: SharedLoad = startShared(start, () => {
    for (const key of keys) if (flights.get(key)?.shared === made) flights.delete(key);
  });
  if (!made.settled) {
    for (const key of keys)
      flights.set(key, { shared: made, part: (answer) => (answer as ReadonlyMap<string, T>).get(key) });
  }
  return hold<ReadonlyMap<string, T>>(made, holder);
}

const whole = (answer: unknown): unknown => answer;

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
  const joined = joinInFlight<T>(owner, key, holder);
  if (joined) return joined;
  const flights = flightsOf(owner);
  const made: SharedLoad = startShared(start, () => {
    if (flights.get(key)?.shared === made) flights.delete(key);
  });
  if (!made.settled) flights.set(key, { shared: made, part: whole });
  return hold<T>(made, holder);
}

/** A page load of one list (its key without offset and limit) in flight, with the items (and parts) it asks for. */
interface SharedPage extends PageWindow {
  shared: SharedLoad;
}

// Per token object: the shared page loads in flight by list.
const pagesByOwner = new WeakMap<object, Map<string, Set<SharedPage>>>();

/**
 * A page of the list `list` (from `offset`, `limit` items) shared by the requests of `owner`: a page of
 * that list in flight that covers it (from at or before `offset`, to at or after `offset + limit`, and
 * every one of `window.parts`: see covers) is joined, and `cut(page, itsWindow)` answers this caller's part of it, or undefined when its answer
 * turned out not to cover it (a short page): then, as when nothing covers it, `start(signal)` loads it
 * (shared in turn). `holder` as for shareInFlight.
 */
export function sharePageInFlight<P>(
  owner: object,
  list: string,
  window: PageWindow,
  start: (signal: AbortSignal) => Promise<P>,
  cut: (page: P, asked: PageWindow) => P | undefined,
  holder: AbortSignal | undefined,
): Promise<P> {
  const lists = pageListsOf(owner);
  const open = () => openPage(lists, list, window, start, holder);
  return joinPageInFlight(owner, list, window, cut, holder, open) ?? open();
}

function pageListsOf(owner: object): Map<string, Set<SharedPage>> {
  let lists = pagesByOwner.get(owner);
  if (!lists) {
    lists = new Map();
    pagesByOwner.set(owner, lists);
  }
  return lists;
}

/**
 * The part of `window` of a page of `list` that a request of `owner` has in flight and that covers it
 * (as for sharePageInFlight), held by `holder`; `otherwise()` when its answer turned out not to cover
 * it (a short page). Undefined, starting nothing, when no page in flight covers it.
 */
export function joinPageInFlight<P>(
  owner: object,
  list: string,
  window: PageWindow,
  cut: (page: P, asked: PageWindow) => P | undefined,
  holder: AbortSignal | undefined,
  otherwise: () => Promise<P>,
): Promise<P> | undefined {
  for (const page of pagesByOwner.get(owner)?.get(list) ?? []) {
    if (covers(page, window.offset, window.limit, window.parts)) {
      return hold<P>(page.shared, holder).then((answer) => cut(answer, page) ?? otherwise());
    }
  }
  return undefined;
}

/**
 * Stops offering to joiners the page load of `list` that `owner` has in flight for exactly `window`
 * (its offset, limit and parts; sharePageInFlight), if any: it goes on for those that hold it, and a
 * page asked from now on is not joined to it. For the joined call of sibling windows past its share of
 * the request's time (lateAfter in request-loads.ts), so that the windows' own calls are calls, not
 * joiners of the same hung load (v15 attack on issue 7, V6).
 */
export function stopOfferingPage(owner: object, list: string, window: PageWindow): void {
  const parts = String(window.parts ?? '');
  for (const page of pagesByOwner.get(owner)?.get(list) ?? []) {
    const same = page.offset === window.offset && page.limit === window.limit;
    if (same && String(page.parts ?? '') === parts) page.shared.forget();
  }
}

/** Starts a shared page load of `list` and offers it to joiners until it settles or all let go. */
function openPage<P>(
  lists: Map<string, Set<SharedPage>>,
  list: string,
  window: PageWindow,
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
