/**
 * Settling values that may be promises: the one home of this check for the loaders, the per-request
 * loads and the checks of list entries and scalar values (settled-lists.ts, strict-values.ts). Its
 * companion `asError` lives in src/spotify/errors.ts, so the client's transport uses the same one.
 */

/** Whether `value` is a promise or another thenable (an object with a `then` method). */
export const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
