/**
 * The SQLite store's schema, as numbered migrations: migration N brings `PRAGMA user_version` from
 * N - 1 to N. Append new ones; never edit one that has shipped.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: sessions and login attempts. Ids are SHA-256 hashes; sealed columns are AES-256-GCM envelopes.
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL,
     display_name TEXT,
     sealed_token TEXT NOT NULL,
     version INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX sessions_expires_at ON sessions (expires_at);
   CREATE TABLE login_attempts (
     id TEXT PRIMARY KEY,
     sealed TEXT NOT NULL,
     expires_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX login_attempts_expires_at ON login_attempts (expires_at);`,
];
