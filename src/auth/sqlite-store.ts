import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';
import type { LoginAttemptRecord, SessionRecord, TokenStore } from './store.js';

interface SessionRow {
  id: string;
  user_id: string;
  display_name: string | null;
  sealed_token: string;
  version: number;
  created_at: number;
  expires_at: number;
}

const toRecord = (row: SessionRow): SessionRecord => ({
  id: row.id,
  userId: row.user_id,
  displayName: row.display_name,
  sealedToken: row.sealed_token,
  version: row.version,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/**
 * The embedded default store: one SQLite file (better-sqlite3, WAL mode, so readers never wait for the
 * writer), its schema brought up to date by SQLITE_MIGRATIONS on open. Statements run synchronously
 * and each is atomic; the compare-and-set is one UPDATE ... WHERE version = ?.
 */
export class SqliteTokenStore implements TokenStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly statements;

  constructor(
    /** The database file (its folder is created), or `:memory:`. */
    readonly path: string,
    private readonly now: () => number = Date.now,
  ) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    const db = this.db;
    this.statements = {
      insertSession: db.prepare(
        'INSERT INTO sessions (id, user_id, display_name, sealed_token, version, created_at, expires_at) VALUES (@id, @userId, @displayName, @sealedToken, @version, @createdAt, @expiresAt)',
      ),
      getSession: db.prepare<[string, number], SessionRow>(
        'SELECT * FROM sessions WHERE id = ? AND expires_at > ?',
      ),
      replaceToken: db.prepare<[string, string, number, number], SessionRow>(
        'UPDATE sessions SET sealed_token = ?, version = version + 1 WHERE id = ? AND version = ? AND expires_at > ? RETURNING *',
      ),
      deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE id = ?'),
      sweepSessions: db.prepare<[number]>('DELETE FROM sessions WHERE expires_at <= ?'),
      insertAttempt: db.prepare(
        'INSERT OR REPLACE INTO login_attempts (id, sealed, expires_at) VALUES (?, ?, ?)',
      ),
      takeAttempt: db.prepare<[string], { id: string; sealed: string; expires_at: number }>(
        'DELETE FROM login_attempts WHERE id = ? RETURNING *',
      ),
      sweepAttempts: db.prepare<[number]>('DELETE FROM login_attempts WHERE expires_at <= ?'),
    };
  }

  async createSession(record: SessionRecord): Promise<void> {
    this.statements.sweepSessions.run(this.now());
    this.statements.insertSession.run(record);
  }

  async getSession(id: string): Promise<SessionRecord | undefined> {
    const row = this.statements.getSession.get(id, this.now());
    return row ? toRecord(row) : undefined;
  }

  async replaceToken(
    id: string,
    expectedVersion: number,
    sealedToken: string,
  ): Promise<SessionRecord | undefined> {
    const row = this.statements.replaceToken.get(sealedToken, id, expectedVersion, this.now());
    return row ? toRecord(row) : undefined;
  }

  async deleteSession(id: string): Promise<boolean> {
    return this.statements.deleteSession.run(id).changes > 0;
  }

  async saveLoginAttempt(record: LoginAttemptRecord): Promise<void> {
    this.statements.sweepAttempts.run(this.now());
    this.statements.insertAttempt.run(record.id, record.sealed, record.expiresAt);
  }

  async takeLoginAttempt(id: string): Promise<LoginAttemptRecord | undefined> {
    const row = this.statements.takeAttempt.get(id);
    if (!row || row.expires_at <= this.now()) return undefined;
    return { id: row.id, sealed: row.sealed, expiresAt: row.expires_at };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Applies the migrations the file has not seen yet, each in its own transaction. */
function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SQLITE_MIGRATIONS.length) {
    throw new Error(
      `The SQLite store is at schema version ${current}, newer than this server knows (${SQLITE_MIGRATIONS.length})`,
    );
  }
  for (let version = current; version < SQLITE_MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
