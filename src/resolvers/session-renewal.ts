import { ReauthenticationRequired, SpotifyAPIError, TokenExpired } from '../spotify/errors.js';
import type { ManyEntry } from '../spotify/request-many.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { type SessionResolver, SessionUnusable, sessionStoreAnswer } from './request-credentials.js';

/**
 * Whether Spotify refused the access token itself (401): expired (the client's TokenExpired), or
 * invalid or revoked ("Invalid access token", e.g. after Spotify dropped it). A query renews a
 * session's token once on such an error (withSessionRenewal), and so does a player poll
 * (src/resolvers/player-poller.ts).
 */
export function isRefusedToken(error: unknown): boolean {
  return (
    error instanceof TokenExpired ||
    (error instanceof SpotifyAPIError && !(error instanceof ReauthenticationRequired) && error.status === 401)
  );
}

/**
 * The renewed token after `error`, when it is Spotify's refusal of a session's token (see
 * isRefusedToken): renewed through the session once (single-flight per session, shared with every
 * other call that was refused the same token). Undefined when `error` is no such refusal or the token
 * belongs to no session. A refused renewal (invalid_grant) ends the session, tells `ended`, and rejects
 * with the session's answer (ReauthenticationRequired: UNAUTHENTICATED). A session that had already
 * ended (a concurrent request's renewal was refused after this request read its token) tells `ended`
 * and rejects with SessionUnusable (UNAUTHENTICATED), not the session's SessionEnded (v17 re-attack C1:
 * it reached the executor unmapped, INTERNAL_SERVER_ERROR logged at error level).
 */
function renewalAfter(
  error: unknown,
  sessions: SessionResolver | undefined,
  token: SpotifyAuthorisationToken | undefined,
  ended: () => void,
): Promise<SpotifyAuthorisationToken> | undefined {
  const renewal = isRefusedToken(error) && token ? sessions?.renewRejected(token) : undefined;
  return renewal?.catch((failure: unknown) => {
    if (failure instanceof Error && failure.name === 'ReauthenticationRequired') ended();
    if (failure instanceof Error && failure.name === 'SessionEnded') {
      ended();
      throw new SessionUnusable(failure.message);
    }
    throw sessionStoreAnswer(failure);
  });
}

/**
 * Runs a call; when Spotify refuses a session's token (401, expired or invalid: it was renewed already
 * before the request if due, so it was revoked or dropped early), renews it through the session once
 * (single-flight per session) and repeats the call. A refused renewal (invalid_grant) ends the session
 * and reaches the caller as ReauthenticationRequired (UNAUTHENTICATED); `ended` is told so.
 */
export async function withSessionRenewal<T, O extends { authToken?: SpotifyAuthorisationToken | undefined }>(
  sessions: SessionResolver | undefined,
  options: O | undefined,
  call: (options: O | undefined) => Promise<T>,
  ended: () => void,
): Promise<T> {
  try {
    return await call(options);
  } catch (error) {
    const renewal = renewalAfter(error, sessions, options?.authToken, ended);
    if (!renewal) throw error;
    const renewed = await renewal;
    return call({ ...(options as O), authToken: renewed });
  }
}

/**
 * withSessionRenewal for a settled many-item fetch (requestManySettled: one entry per id, an id's
 * entry the error of its own call when other calls of the fetch were answered). A fetch that failed
 * whole on a refused session token is renewed and repeated as withSessionRenewal does; a fetch some of
 * whose calls were refused the token (it expired between them) renews once and repeats only the
 * refused ids' calls, each keeping its entry from the repeat (its error, if the repeat failed). Never
 * renews twice for one fetch.
 */
export async function withSettledSessionRenewal<
  T,
  O extends { authToken?: SpotifyAuthorisationToken | undefined },
>(
  sessions: SessionResolver | undefined,
  options: O | undefined,
  ids: readonly string[],
  call: (ids: readonly string[], options: O | undefined) => Promise<ManyEntry<T>[]>,
  ended: () => void,
): Promise<ManyEntry<T>[]> {
  let renewedOnce = false;
  const entries = await withSessionRenewal(
    sessions,
    options,
    (o) => {
      renewedOnce = o !== options;
      return call(ids, o);
    },
    ended,
  );
  const refused = renewedOnce ? [] : entries.flatMap((entry, i) => (isRefusedToken(entry) ? [i] : []));
  if (refused.length === 0) return entries;
  let again: ManyEntry<T>[];
  try {
    const renewal = renewalAfter(entries[refused[0]!], sessions, options?.authToken, ended);
    if (!renewal) return entries;
    const authToken = await renewal;
    again = await call(
      refused.map((i) => ids[i]!),
      { ...(options as O), authToken },
    );
  } catch (error) {
    again = refused.map(() => (error instanceof Error ? error : new Error(String(error))));
  }
  const merged = [...entries];
  refused.forEach((at, i) => {
    merged[at] = again[i] ?? null;
  });
  return merged;
}
