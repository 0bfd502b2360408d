import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { noteRedisFailure, RedisUnavailable, redisAnswering } from '../redis/connection.js';
import { RecordRejected } from './crypto.js';
import type { LoginAttemptRecord, SessionRecord, TokenStore } from './store.js';

/**
 * Compare-and-set of a session's sealed token, atomic in Redis (a script runs alone).
 * KEYS[1] the session hash; ARGV: expected version, sealed token, now (epoch ms).
 * Answers the record's fields after the write (HGETALL), or nil when the version moved, the session
 * expired or it is gone. The key's TTL is kept (HSET does not touch it).
 */
const REPLACE_TOKEN = `
local version = redis.call('HGET', KEYS[1], 'version')
if not version or tonumber(version) ~= tonumber(ARGV[1]) then return nil end
local expiresAt = redis.call('HGET', KEYS[1], 'expiresAt')
if not expiresAt or tonumber(expiresAt) <= tonumber(ARGV[3]) then return nil end
redis.call('HSET', KEYS[1], 'sealedToken', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'version', 1)
return redis.call('HGETALL', KEYS[1])
`;

/** Deletes the lock KEYS[1] only if it still holds ARGV[1] (a lapsed holder cannot free another's lock). */
const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

const unavailable = (cause?: unknown): RedisUnavailable =>
  new RedisUnavailable('The session store (Redis) is unavailable: try again shortly', { cause });

const malformed = (): RecordRejected => new RecordRejected('A stored record is malformed');

/** Redis answered, and the answer is that the key holds another type (written over by hand). */
const isWrongType = (error: unknown): boolean =>
  error instanceof Error && error.name === 'ReplyError' && error.message.includes('WRONGTYPE');

/** A finite number from a stored field, or RecordRejected. */
function numberField(value: string | undefined): number {
  const parsed = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(parsed)) throw malformed();
  return parsed;
}

export interface RedisTokenStoreOptions {
  /** Prefix of every key (default `sg:`; the server passes its deployment's, src/redis/scope.ts), so one Redis can hold several deployments. */
  prefix?: string;
  /** Whether close() quits the connection (default false: the server closes its shared connection). */
  ownsConnection?: boolean;
  now?: () => number;
}

/**
 * Sessions and login attempts in Redis, shared by every instance behind a load balancer. A session is a
 * hash `<prefix>session:<id>` that expires with the session (PEXPIRE); renewal is a Lua compare-and-set
 * on its `version`; a login attempt is a string `<prefix>login:<id>` with a TTL, read and deleted in one
 * GETDEL (Redis 6.2+). Values are the sealed records the store is handed (encryption happens above it).
 * When Redis does not answer every operation throws RedisUnavailable (a session is never treated as
 * absent because Redis is down). A record Redis holds but that is not one of ours (a key of another
 * type, a field that does not parse: written over by hand) throws RecordRejected, as a tampered sealed
 * value does, so that the session is refused (sign in again) rather than answered 500 or 503.
 */
export class RedisTokenStore implements TokenStore {
  readonly kind = 'redis';
  private readonly prefix: string;
  private readonly now: () => number;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisTokenStoreOptions = {},
  ) {
    this.prefix = options.prefix ?? 'sg:';
    this.now = options.now ?? Date.now;
  }

  async createSession(record: SessionRecord): Promise<void> {
    const ttl = record.expiresAt - this.now();
    if (ttl <= 0) return;
    const key = this.sessionKey(record.id);
    await this.run(async () => {
      const results = await this.redis
        .multi()
        .del(key)
        .hset(key, {
          userId: record.userId,
          displayName: JSON.stringify(record.displayName),
          sealedToken: record.sealedToken,
          version: String(record.version),
          createdAt: String(record.createdAt),
          expiresAt: String(record.expiresAt),
        })
        .pexpire(key, ttl)
        .exec();
      const failed = results?.find(([error]) => error !== null);
      if (!results || failed) throw failed?.[0] ?? new Error('the transaction was discarded');
    });
  }

  async getSession(id: string): Promise<SessionRecord | undefined> {
    const fields = await this.run(() => this.redis.hgetall(this.sessionKey(id)));
    return this.toRecord(id, fields);
  }

  async replaceToken(
    id: string,
    expectedVersion: number,
    sealedToken: string,
  ): Promise<SessionRecord | undefined> {
    const reply = await this.run(() =>
      this.redis.eval(
        REPLACE_TOKEN,
        1,
        this.sessionKey(id),
        String(expectedVersion),
        sealedToken,
        String(this.now()),
      ),
    );
    if (!Array.isArray(reply)) return undefined;
    const fields: Record<string, string> = {};
    for (let i = 0; i + 1 < reply.length; i += 2) fields[String(reply[i])] = String(reply[i + 1]);
    return this.toRecord(id, fields);
  }

  async deleteSession(id: string): Promise<boolean> {
    return (await this.run(() => this.redis.del(this.sessionKey(id)))) > 0;
  }

  async saveLoginAttempt(record: LoginAttemptRecord): Promise<void> {
    const ttl = record.expiresAt - this.now();
    if (ttl <= 0) return;
    const value = JSON.stringify({ sealed: record.sealed, expiresAt: record.expiresAt });
    await this.run(() => this.redis.set(this.loginKey(record.id), value, 'PX', ttl));
  }

  async takeLoginAttempt(id: string): Promise<LoginAttemptRecord | undefined> {
    const value = await this.run(() => this.redis.getdel(this.loginKey(id)));
    if (value === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw malformed();
    }
    const { sealed, expiresAt } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as {
      sealed?: unknown;
      expiresAt?: unknown;
    };
    if (typeof sealed !== 'string' || typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) {
      throw malformed();
    }
    if (expiresAt <= this.now()) return undefined;
    return { id, sealed, expiresAt };
  }

  /** SET NX PX: one holder per session for `ttlMs`; release deletes it only if still ours. */
  async lockRenewal(id: string, ttlMs: number): Promise<(() => Promise<void>) | undefined> {
    const key = `${this.prefix}renewal:${id}`;
    const holder = randomBytes(16).toString('hex');
    const taken = await this.run(() => this.redis.set(key, holder, 'PX', ttlMs, 'NX'));
    if (taken !== 'OK') return undefined;
    return async () => {
      await this.redis.eval(RELEASE_LOCK, 1, key, holder).catch(() => {});
    };
  }

  async close(): Promise<void> {
    if (this.options.ownsConnection && this.redis.status !== 'end') await this.redis.quit().catch(() => {});
  }

  private sessionKey(id: string): string {
    return `${this.prefix}session:${id}`;
  }

  private loginKey(id: string): string {
    return `${this.prefix}login:${id}`;
  }

  /** The record of a session hash's fields; undefined when absent or expired, RecordRejected when malformed. */
  private toRecord(id: string, fields: Record<string, string>): SessionRecord | undefined {
    if (Object.keys(fields).length === 0) return undefined;
    const { userId, sealedToken } = fields;
    if (userId === undefined || sealedToken === undefined) throw malformed();
    const expiresAt = numberField(fields.expiresAt);
    if (expiresAt <= this.now()) return undefined;
    let displayName: unknown;
    try {
      displayName = JSON.parse(fields.displayName ?? 'null');
    } catch {
      throw malformed();
    }
    if (displayName !== null && typeof displayName !== 'string') throw malformed();
    const version = numberField(fields.version);
    if (!Number.isSafeInteger(version)) throw malformed();
    return {
      id,
      userId,
      displayName,
      sealedToken,
      version,
      createdAt: numberField(fields.createdAt),
      expiresAt,
    };
  }

  /**
   * Runs a command; any failure to reach Redis becomes RedisUnavailable (no secret in the message), a
   * key of the wrong type RecordRejected (Redis answers; the record is not ours). While Redis is known not
   * to answer (a command or the watchdog's PING timed out), it fails at once rather than wait for another
   * timeout.
   */
  private async run<T>(command: () => Promise<T>): Promise<T> {
    if (!redisAnswering(this.redis)) throw unavailable();
    try {
      return await command();
    } catch (error) {
      if (isWrongType(error)) throw malformed();
      noteRedisFailure(this.redis, error);
      throw unavailable(error);
    }
  }
}
