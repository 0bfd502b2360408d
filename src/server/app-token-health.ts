/** The operator's view of the app token: one log line per failure streak and per recovery, and a metric. */
import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import type { AppTokenFailure, AppTokenProvider } from '../resolvers/app-token.js';
import type { ServerMetrics } from './metrics.js';

/** The log line that starts each kind of failure streak, and its level. */
const STREAK_LINES: Record<AppTokenFailure, { level: 'error' | 'warn'; message: string }> = {
  configuration: {
    level: 'error',
    message:
      'The server cannot request an app token: set SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET (err names what is missing; anonymous requests fail with SERVER_MISCONFIGURED meanwhile)',
  },
  credentials: {
    level: 'error',
    message:
      "Spotify refused the server's own credentials: check SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET (backing off; anonymous requests fail with SERVER_MISCONFIGURED meanwhile)",
  },
  request: {
    level: 'warn',
    message:
      "Spotify's accounts service refused the app-token request for another reason than the credentials (err says what it answered; backing off; anonymous requests fail with SPOTIFY_UNAVAILABLE meanwhile)",
  },
  refused: {
    level: 'error',
    message:
      "Spotify refused the app's client-credentials token right after renewing it (backing off; anonymous requests fail with SPOTIFY_UNAVAILABLE meanwhile)",
  },
  outage: {
    level: 'warn',
    message: "Spotify's accounts service did not issue the app token (backing off)",
  },
  timeout: {
    level: 'warn',
    message:
      "Spotify's accounts service did not answer the app-token request in time (APP_TOKEN_TIMEOUT_MS; backing off)",
  },
};

/**
 * Wires `provider`'s events: `spotify_app_token_failures_total{reason}` counts every failure (reason:
 * configuration, credentials, request, outage, timeout, refused); the log gets one line when a streak starts (or changes
 * kind) and one when the token works again, not one per request.
 */
export function watchAppToken(provider: AppTokenProvider, logger: Logger, metrics: ServerMetrics): void {
  const failures = new Counter({
    name: 'spotify_app_token_failures_total',
    help: "Failures of the app's client-credentials token by reason (configuration, credentials, request, outage, timeout, refused)",
    labelNames: ['reason'],
    registers: [],
  });
  metrics.register(failures);
  provider.events = {
    failed(kind, error, startsStreak) {
      failures.inc({ reason: kind });
      if (!startsStreak) return;
      const line = STREAK_LINES[kind];
      logger[line.level]({ err: error, reason: kind }, line.message);
    },
    recovered(count, kind) {
      logger.info({ failures: count, reason: kind }, 'The app token works again');
    },
  };
}
