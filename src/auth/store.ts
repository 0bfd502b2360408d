/**
 * Where sessions and their Spotify tokens live. Stores keep opaque, already-sealed values (see
 * KeyRing): encryption happens above them, so every store (memory, SQLite, later Redis) is a small
 * key-value mapping with three atomic operations a Redis store can do as well:
 * - `replaceToken` is a compare-and-set on the record's `version` (Redis: WATCH/MULTI or a Lua script);
 * - `takeLoginAttempt` reads and deletes in one step (Redis: GETDEL), so a `state` works once;
 * - every record carries `expiresAt` (epoch ms), which a Redis store maps to PEXPIREAT; the others
 *   treat a record past it as absent and sweep it.
 */

/** One signed-in session, keyed by the SHA-256 (hex) of its session token. */
export interface SessionRecord {
  /** SHA-256 hex of the session token (the token itself is never stored). */
  id: string;
  /** The Spotify user id. */
  userId: string;
  displayName: string | null;
  /** The Spotify token (StoredToken JSON), sealed with AES-256-GCM bound to `id`. */
  sealedToken: string;
  /** Bumped by every `replaceToken`: the witness of the compare-and-set. */
  version: number;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms when the session ends (a Redis store's TTL). */
  expiresAt: number;
}

/** A login in progress, between /auth/login and /auth/callback, keyed by the SHA-256 of its `state`. */
export interface LoginAttemptRecord {
  id: string;
  /** The PKCE verifier and the return path, sealed bound to `id`. */
  sealed: string;
  /** Epoch ms (10 minutes after the login started). */
  expiresAt: number;
}

export interface TokenStore {
  /** `memory`, `sqlite`, ...: for logs and /ready. */
  readonly kind: string;
  createSession(record: SessionRecord): Promise<void>;
  /** The session, or undefined when unknown or past `expiresAt`. */
  getSession(id: string): Promise<SessionRecord | undefined>;
  /**
   * Atomic compare-and-set: stores `sealedToken` (and `version + 1`) only if the stored version is still
   * `expectedVersion`. Answers the new record, or undefined when another writer got there first (or the
   * session is gone).
   */
  replaceToken(id: string, expectedVersion: number, sealedToken: string): Promise<SessionRecord | undefined>;
  /** Deletes the session; answers whether it existed. */
  deleteSession(id: string): Promise<boolean>;
  saveLoginAttempt(record: LoginAttemptRecord): Promise<void>;
  /** Reads and deletes in one step: a second take of the same id answers undefined. */
  takeLoginAttempt(id: string): Promise<LoginAttemptRecord | undefined>;
  close(): Promise<void>;
}
