/**
 * The login cookie's value: the `state`s of the sign-ins this browser has in progress, newest first,
 * joined by dots (a state is base64url, so it holds no dot). More than one is kept so that two tabs
 * signing in at once both finish; the oldest beyond `MAX_LOGINS_PER_BROWSER` is dropped (its callback
 * then ends on STATE_MISMATCH, as any login the browser did not start).
 */
export const MAX_LOGINS_PER_BROWSER = 4;

/** The states a login cookie value carries (none for a missing or empty value). */
export function boundStates(value: string | undefined): string[] {
  if (!value) return [];
  return value.split('.').filter((state) => /^[A-Za-z0-9_-]{1,128}$/.test(state));
}

/** The cookie value once `state` is started: it first, then the others, at most the bound. */
export function withStarted(states: readonly string[], state: string): string {
  return [state, ...states.filter((other) => other !== state)].slice(0, MAX_LOGINS_PER_BROWSER).join('.');
}

/** The cookie value once `state` is finished ('' when no other login is in progress). */
export function withFinished(states: readonly string[], state: string): string {
  return states.filter((other) => other !== state).join('.');
}
