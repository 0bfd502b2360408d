/**
 * Loads in flight that concurrent requests may join. Requests that act with the same token (the app's
 * client-credentials token: anonymous requests) get the same answers from Spotify, so a second request
 * asking for what the first is already fetching waits for that answer instead of sending the call
 * again. Entries live only while their load runs: the map is bounded by the calls in flight.
 */

/** A load that ended because the request that started it went away (the client's SpotifyError ABORTED). */
export const isAborted = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ABORTED';

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
 * `start()`, unless a load of `key` by `owner` is in flight: then that load's answer. A joined load that
 * was aborted (its own request went away) is started again for this caller.
 */
export function shareInFlight<T>(owner: object, key: string, start: () => Promise<T>): Promise<T> {
  const running = runningFlight(owner, key) as Promise<T> | undefined;
  if (running) {
    return running.catch((error: unknown) => {
      if (isAborted(error)) return start();
      throw error;
    });
  }
  return openFlight(owner, key, start());
}
