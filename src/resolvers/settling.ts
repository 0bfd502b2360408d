/**
 * Settling values that may be promises or may fail with anything: the one home of these two checks
 * for the loaders, the per-request loads and the checks of list entries and scalar values
 * (settled-lists.ts, strict-values.ts).
 */

/** Whether `value` is a promise or another thenable (an object with a `then` method). */
export const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** What was thrown or rejected, as an Error: an Error itself, anything else as an Error of its text. */
export const asError = (reason: unknown): Error =>
  reason instanceof Error ? reason : new Error(String(reason));
