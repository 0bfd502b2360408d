import { createHash } from 'node:crypto';

/**
 * The prefix of every Redis key and channel of one deployment: `sg:<12 hex digits>:`, the digits a
 * SHA-256 of the Spotify app's client id and the Web API base URL. Instances of one app against one
 * API share their sessions, catalog cache, leases, player channels, rate-limit pause and counts; an
 * instance of another app, or of the same app against an emulator (the sandbox, whose emulator has its
 * own random port), shares nothing with them even on the same Redis. The hash keeps the client id out
 * of key names (`redis-cli --scan` shows only the digits).
 */
export function redisKeyPrefix(scope: { clientId: string | undefined; apiUrl: string }): string {
  const digest = createHash('sha256')
    .update(`${scope.clientId ?? ''}\n${scope.apiUrl}`)
    .digest('hex')
    .slice(0, 12);
  return `sg:${digest}:`;
}
