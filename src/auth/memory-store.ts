import type { LoginAttemptRecord, SessionRecord, TokenStore } from './store.js';

/** Login attempts held at most (a flood of /auth/login drops the oldest first). */
const MAX_LOGIN_ATTEMPTS = 10_000;

/**
 * The in-process store: sessions end with the process. Used by `STORE_URL=memory:` and by default in
 * an embedded createServer. Expired records are swept as new ones arrive; login attempts are capped.
 */
export class MemoryTokenStore implements TokenStore {
  readonly kind = 'memory';
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly attempts = new Map<string, LoginAttemptRecord>();

  constructor(private readonly now: () => number = Date.now) {}

  async createSession(record: SessionRecord): Promise<void> {
    this.sweep(this.sessions);
    this.sessions.set(record.id, { ...record });
  }

  async getSession(id: string): Promise<SessionRecord | undefined> {
    const record = this.sessions.get(id);
    if (!record) return undefined;
    if (record.expiresAt <= this.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    return { ...record };
  }

  async replaceToken(
    id: string,
    expectedVersion: number,
    sealedToken: string,
  ): Promise<SessionRecord | undefined> {
    const record = await this.getSession(id);
    if (!record || record.version !== expectedVersion) return undefined;
    const next = { ...record, sealedToken, version: record.version + 1 };
    this.sessions.set(id, next);
    return { ...next };
  }

  async deleteSession(id: string): Promise<boolean> {
    return this.sessions.delete(id);
  }

  async saveLoginAttempt(record: LoginAttemptRecord): Promise<void> {
    this.sweep(this.attempts);
    while (this.attempts.size >= MAX_LOGIN_ATTEMPTS) {
      const oldest = this.attempts.keys().next().value;
      if (oldest === undefined) break;
      this.attempts.delete(oldest);
    }
    this.attempts.set(record.id, { ...record });
  }

  async takeLoginAttempt(id: string): Promise<LoginAttemptRecord | undefined> {
    const record = this.attempts.get(id);
    this.attempts.delete(id);
    if (!record || record.expiresAt <= this.now()) return undefined;
    return record;
  }

  async close(): Promise<void> {
    this.sessions.clear();
    this.attempts.clear();
  }

  private sweep(map: Map<string, { expiresAt: number }>): void {
    const now = this.now();
    for (const [id, record] of map) if (record.expiresAt <= now) map.delete(id);
  }
}
