import { createHash, randomBytes } from 'node:crypto';

/**
 * Session tokens: `sgs_` and 128 random bits (node:crypto's CSPRNG) in base64url. The prefix tells a
 * session token from a Spotify access token in `Authorization: Bearer ...`. Only the SHA-256 hash is
 * stored (The Copenhagen Book, "server-side tokens"; OWASP ASVS 7.2.3).
 */
export const SESSION_TOKEN_PREFIX = 'sgs_';

/** A new session token (128 random bits). */
export function newSessionToken(): string {
  return SESSION_TOKEN_PREFIX + randomBytes(16).toString('base64url');
}

/** Whether a bearer value has the shape of a session token (rather than a Spotify access token). */
export function isSessionToken(value: string): boolean {
  return (
    value.startsWith(SESSION_TOKEN_PREFIX) &&
    /^[A-Za-z0-9_-]{22}$/.test(value.slice(SESSION_TOKEN_PREFIX.length))
  );
}

/** The hex SHA-256 of a token: the key under which a store keeps its record. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A random URL-safe value of `bytes` random bytes (OAuth `state`, login attempt ids). */
export function randomValue(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}
