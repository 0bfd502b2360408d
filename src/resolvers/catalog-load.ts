/**
 * The mark of a catalog load: a Spotify read shared between app-token requests whose settled answer
 * goes into the catalog cache (request-loads.ts's reads and pages, loaders.ts's objects by id). The
 * load's own abort signal carries the mark, set where the load starts, so each of its calls (however
 * the fetch passes its options on) is told as such to the request's call log (`spotifyCallStarted`'s
 * `shared`): the response cache keeps no answer that made any other call (src/server/response-cache.ts).
 */

const catalogLoads = new WeakSet<AbortSignal>();

/** Marks `signal`, a shared load's own, as a catalog load's; answers it. */
export function catalogLoadSignal(signal: AbortSignal): AbortSignal {
  catalogLoads.add(signal);
  return signal;
}

/** Whether a call with this signal in its options is part of a catalog load (catalogLoadSignal). */
export function isCatalogLoad(signal: AbortSignal | undefined): boolean {
  return signal !== undefined && catalogLoads.has(signal);
}
