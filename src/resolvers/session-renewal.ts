import { ReauthenticationRequired, SpotifyAPIError, TokenExpired } from '../spotify/errors.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { type SessionResolver, sessionStoreAnswer } from './request-credentials.js';

/**
 * Whether Spotify refused the access token itself (401): expired (the client's TokenExpired), or
 * invalid or revoked ("Invalid access token", e.g. after Spotify dropped it).
 */
function isRefusedToken(error: unknown): boolean {
  return (
    error instanceof TokenExpired ||
    (error instanceof SpotifyAPIError && !(error instanceof ReauthenticationRequired) && error.status === 401)
  );
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
    const token = options?.authToken;
    const renewal = isRefusedToken(error) && token ? sessions?.renewRejected(token) : undefined;
    if (!renewal) throw error;
    let renewed: SpotifyAuthorisationToken;
    try {
      renewed = await renewal;
    } catch (failure) {
      if (failure instanceof Error && failure.name === 'ReauthenticationRequired') ended();
      throw sessionStoreAnswer(failure);
    }
    return call({ ...(options as O), authToken: renewed });
  }
}
