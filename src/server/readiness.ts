import type { AppTokenProvider } from '../resolvers/app-token.js';
import type { SpotifyApiClient } from '../spotify/client.js';
import type { Drain } from './shutdown.js';

/** What `/ready` answers: the HTTP status and a JSON body. */
export interface ReadinessAnswer {
  status: 200 | 503;
  body:
    | { status: 'ready' }
    | { status: 'draining' }
    | { status: 'rate-limited'; retryAfter: number; retryAt: string }
    | { status: 'unavailable'; reason: string };
}

/**
 * Ready means this process can answer queries now: not shutting down, not inside a pause that
 * Spotify's Retry-After put on the server's own app (`retryAfter` in seconds, `retryAt` ISO time; a
 * caller's token of another app paused on its own is no reason to take the instance out), and
 * holding (or able to get) the app's client-credentials token, and Spotify accepting it (see
 * AppTokenProvider.unreadiness: during a back-off after app-token failures, 503 with the reason). When
 * the check of an idle token meets a 429 the answer is `rate-limited` with that pause, and when it meets
 * a 5xx or no answer, `unavailable` (Spotify cannot answer queries, whatever the token).
 */
export async function readiness(
  drain: Drain,
  client: Pick<SpotifyApiClient, 'rateLimitPauseMs'>,
  appToken: Pick<AppTokenProvider, 'unreadiness'>,
): Promise<ReadinessAnswer> {
  if (drain.isDraining) return { status: 503, body: { status: 'draining' } };
  const pauseMs = client.rateLimitPauseMs;
  if (pauseMs > 0) return rateLimited(pauseMs);
  const reason = await appToken.unreadiness();
  if (reason === undefined) return { status: 200, body: { status: 'ready' } };
  // The check's own 429: the pause it met (the app's, when the client keeps one, is the longer).
  if (typeof reason === 'object')
    return rateLimited(Math.max(client.rateLimitPauseMs, reason.retryAfter * 1000));
  return { status: 503, body: { status: 'unavailable', reason } };
}

/** The 503 for a pause of `pauseMs` ms: `retryAfter` in seconds rounded up, `retryAt` an ISO time. */
function rateLimited(pauseMs: number): ReadinessAnswer {
  return {
    status: 503,
    body: {
      status: 'rate-limited',
      retryAfter: Math.ceil(pauseMs / 1000),
      retryAt: new Date(Date.now() + pauseMs).toISOString(),
    },
  };
}
