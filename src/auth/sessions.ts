import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { SpotifyApiClient, TokenRenew } from '../spotify/client.js';
import { ReauthenticationRequired, SpotifyError } from '../spotify/errors.js';
import { SpotifyAuthorisationToken, type StoredToken } from '../spotify/token.js';
import { type KeyRing, RecordRejected } from './crypto.js';
import { hashToken, newSessionToken } from './session-token.js';
import type { SessionRecord, TokenStore } from './store.js';

/** Sessions last 30 days from sign-in unless configured otherwise. */
export const DEFAULT_SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

/**
 * How many refused records are remembered (each a 43-character digest), so that each is reported once:
 * a client retrying with a damaged session in a loop writes one warning, not one per request.
 */
const REFUSED_RECORDS_REMEMBERED = 10_000;

/** How long one process may hold a session's renewal lock in a shared store (ms). */
const RENEWAL_LOCK_MS = 10_000;

/** A session that is unknown, ended, expired, or whose record was refused: the user must sign in. */
export class SessionEnded extends Error {
  constructor(message = 'The session is unknown or has ended: sign in again') {
    super(message);
    this.name = 'SessionEnded';
  }
}

/** A live session as the server uses it (the Spotify token decrypted, never sent anywhere but Spotify). */
export interface ActiveSession {
  /** SHA-256 hex of the session token. */
  readonly id: string;
  readonly userId: string;
  readonly displayName: string | null;
  readonly token: SpotifyAuthorisationToken;
  /** Epoch ms when the session ends. */
  readonly expiresAt: number;
  readonly version: number;
}

export interface SessionManagerOptions {
  store: TokenStore;
  keys: KeyRing;
  client: SpotifyApiClient;
  /**
   * How a session's Spotify token is renewed (the `tokenRenew` option of createServer); the answer is
   * stored before it is used. Default: the refresh_token grant through `client`.
   */
  tokenRenew?: TokenRenew | undefined;
  /** Session lifetime in ms (default 30 days). */
  sessionTtlMs?: number;
  /** Renew this many SECONDS before the access token expires (default 60). */
  renewMarginSeconds?: number;
  /** Where refused records and failed renewals are reported (messages carry no secrets). */
  warn?: (message: string) => void;
  /**
   * Where each sign-in and sign-out is told, as one `info` line: `user` (the first 16 hex digits of the
   * SHA-256 of the user's Spotify id, as player pollers' lines name users), never a token. Default: none.
   */
  info?: (fields: { user: string }, message: string) => void;
  now?: () => number;
}

/** A user as log lines name them: the first 16 hex digits of SHA-256 of the Spotify user id. */
function userLogId(userId: string): string {
  return createHash('sha256').update(userId).digest('hex').slice(0, 16);
}

/**
 * Sessions and their Spotify tokens over a TokenStore: creation, lookup by session token, renewal
 * (single-flight per session in this process, compare-and-set in the store across processes) and
 * sign-out. Tokens are sealed with the KeyRing, bound to their session; a record sealed under an older
 * key is re-sealed under the writing key when read.
 */
export class SessionManager {
  readonly store: TokenStore;
  private readonly keys: KeyRing;
  private readonly endedListeners: ((sessionId: string) => void)[] = [];
  private readonly client: SpotifyApiClient;
  private readonly tokenRenew: TokenRenew | undefined;
  private readonly ttlMs: number;
  private readonly marginSeconds: number;
  private readonly warn: (message: string) => void;
  private readonly info: NonNullable<SessionManagerOptions['info']>;
  private readonly now: () => number;
  private readonly renewals = new Map<string, Promise<SpotifyAuthorisationToken>>();
  /** Digests of the records reported refused (see reportRefused): bounded, the oldest forgotten first. */
  private readonly refused = new LRUCache<string, true>({ max: REFUSED_RECORDS_REMEMBERED });
  /** Which session a token handed to a request belongs to (for a renewal on Spotify's 401). */
  private readonly owners = new WeakMap<SpotifyAuthorisationToken, string>();

  constructor(options: SessionManagerOptions) {
    this.store = options.store;
    this.keys = options.keys;
    this.client = options.client;
    this.tokenRenew = options.tokenRenew;
    this.ttlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
    this.marginSeconds = options.renewMarginSeconds ?? 60;
    this.warn = options.warn ?? ((message) => process.stderr.write(`spotify-graphql: ${message}\n`));
    this.info = options.info ?? (() => {});
    this.now = options.now ?? Date.now;
  }

  /** Seals a value for `context` (the record's id) under the writing key. */
  seal(plain: string, context: string): string {
    return this.keys.seal(plain, context);
  }

  /** Opens a sealed value; a refused one is reported (once per value and context) and throws RecordRejected. */
  open(sealed: string, context: string): { plain: string; stale: boolean } {
    try {
      return this.keys.open(sealed, context);
    } catch (error) {
      if (error instanceof RecordRejected) this.reportRefused(error, `${context}\n${sealed}`);
      throw error;
    }
  }

  /**
   * Reports a record refused (tampered, malformed, under an unknown key): one warning naming the cause
   * (RecordRejected's own words), never the record's content nor a secret. With `record` (what the
   * refused record is: its id or its content), once per record and cause while it is remembered (see
   * REFUSED_RECORDS_REMEMBERED); a record written over again counts as another.
   */
  reportRefused(error: RecordRejected, record?: string): void {
    if (record !== undefined) {
      const digest = createHash('sha256').update(`${error.message}\n${record}`).digest('base64url');
      if (this.refused.has(digest)) return;
      this.refused.set(digest, true);
    }
    this.warn(`refused a stored record: ${error.message}`);
  }

  /** Creates a session for a signed-in user; answers the session token (shown once, stored hashed). */
  async create(
    token: SpotifyAuthorisationToken,
    user: { id: string; displayName: string | null },
  ): Promise<{ sessionToken: string; session: ActiveSession }> {
    const sessionToken = newSessionToken();
    const id = hashToken(sessionToken);
    const now = this.now();
    const record: SessionRecord = {
      id,
      userId: user.id,
      displayName: user.displayName,
      sealedToken: this.sealToken(token, { id, userId: user.id, displayName: user.displayName }),
      version: 1,
      createdAt: now,
      expiresAt: now + this.ttlMs,
    };
    await this.store.createSession(record);
    this.info({ user: userLogId(user.id) }, 'signed in: a session started');
    return { sessionToken, session: this.activate(record, token) };
  }

  /** The session of a session token; throws SessionEnded when there is none (or its record is refused). */
  async lookup(sessionToken: string): Promise<ActiveSession> {
    return this.read(hashToken(sessionToken));
  }

  /**
   * The session's access token, renewed first when it expires within the margin. A courtesy renewal
   * (not yet expired) that fails for a network or store reason keeps the current token.
   */
  async accessToken(session: ActiveSession): Promise<SpotifyAuthorisationToken> {
    const token = session.token;
    if (!token.expiresSoon(this.marginSeconds, this.now())) return token;
    if (token.isExpired(this.now())) return this.renew(session.id, token);
    return this.renew(session.id, token).catch((error: unknown) => {
      if (error instanceof SessionEnded || error instanceof ReauthenticationRequired) throw error;
      return token;
    });
  }

  /**
   * Renews the token a request holds after Spotify answered 401 (expired), if it belongs to a session;
   * undefined when it does not (a plain Spotify token from the client).
   */
  renewRejected(token: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> | undefined {
    const id = this.owners.get(token);
    return id === undefined ? undefined : this.renew(id, token);
  }

  /** Ends the session (and its stored tokens); answers whether there was one. */
  async end(sessionToken: string): Promise<boolean> {
    const id = hashToken(sessionToken);
    // Read first only to name the user in the sign-out's line (a sign-out is rare).
    const record = await this.store.getSession(id);
    const ended = await this.store.deleteSession(id);
    if (ended) {
      this.ended(id);
      if (record) this.info({ user: userLogId(record.userId) }, 'signed out: a session ended');
    }
    return ended;
  }

  /**
   * Calls `listener` with a session's id each time this process ends a session (a logout, a refresh
   * token Spotify refused): live subscriptions of the session end at once rather than at their next
   * poll. Listeners must not throw.
   */
  onEnded(listener: (sessionId: string) => void): void {
    this.endedListeners.push(listener);
  }

  private ended(id: string): void {
    for (const listener of this.endedListeners) listener(id);
  }

  /**
   * One renewal per session at a time: concurrent callers share it. The record is read again first (a
   * request or another process may have renewed already), the new token is stored by compare-and-set
   * before anyone uses it, and `invalid_grant` ends the session. Other failures (network, store) leave
   * the stored refresh token alone.
   */
  private renew(id: string, stale: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> {
    const pending = this.renewals.get(id);
    if (pending) return pending;
    const renewal = this.renewOnce(id, stale).finally(() => this.renewals.delete(id));
    this.renewals.set(id, renewal);
    return renewal;
  }

  private async renewOnce(id: string, stale: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> {
    if (!this.store.lockRenewal) return this.renewHeld(id, stale);
    // A shared store: one process renews at a time; the others wait for its token.
    const deadline = this.now() + RENEWAL_LOCK_MS;
    for (;;) {
      const release = await this.store.lockRenewal(id, RENEWAL_LOCK_MS);
      if (release) {
        try {
          return await this.renewHeld(id, stale);
        } finally {
          await release();
        }
      }
      const latest = await this.read(id);
      if (latest.token.accessToken !== stale.accessToken) return latest.token;
      // The holder died or is slow past the lock's life: the next round takes the lock over.
      if (this.now() > deadline + RENEWAL_LOCK_MS)
        throw new SpotifyError('The session renewal did not finish');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async renewHeld(id: string, stale: SpotifyAuthorisationToken): Promise<SpotifyAuthorisationToken> {
    const latest = await this.read(id);
    // Renewed meanwhile (by a request that finished just before, or by another process): use that.
    if (latest.token.accessToken !== stale.accessToken) return latest.token;
    let fresh: SpotifyAuthorisationToken;
    try {
      const hook = this.tokenRenew;
      fresh =
        hook === undefined
          ? await this.client.refreshToken(latest.token)
          : typeof hook === 'function'
            ? await hook(this.client, latest.token)
            : await hook.call(this.client, latest.token);
      if (!(fresh instanceof SpotifyAuthorisationToken)) {
        throw new SpotifyError('The tokenRenew hook must return a SpotifyAuthorisationToken');
      }
    } catch (error) {
      if (error instanceof ReauthenticationRequired) {
        // Only end the session if nobody renewed it while this refresh was out.
        const now = await this.refusing(id, () => this.store.getSession(id));
        if (now && now.version !== latest.version) return (await this.activateRecord(now)).token;
        await this.store.deleteSession(id);
        this.ended(id);
        this.warn(
          error.reason === 'invalid_grant' || error.detail === undefined
            ? 'a session ended: Spotify refused its refresh token (invalid_grant)'
            : `a session ended: its token cannot be renewed (${error.detail})`,
        );
      }
      throw error;
    }
    // Spotify may omit the refresh token on renewal: keep the old one then.
    const kept =
      fresh.refreshToken === undefined && latest.token.refreshToken !== undefined
        ? new SpotifyAuthorisationToken({ ...fresh.toStored(), refreshToken: latest.token.refreshToken })
        : fresh;
    const written = await this.refusing(id, () =>
      this.store.replaceToken(id, latest.version, this.sealToken(kept, latest)),
    );
    if (!written) {
      // Another process stored its renewal first: use that one.
      return (await this.read(id)).token;
    }
    return this.activate(written, kept).token;
  }

  private async read(id: string): Promise<ActiveSession> {
    const record = await this.refusing(id, () => this.store.getSession(id));
    if (!record) throw new SessionEnded();
    return this.activateRecord(record);
  }

  /**
   * Runs a store operation on session `id`; a record the store refuses (malformed: a Redis key written over by hand) is
   * reported like a tampered sealed value and ends the request's session (SessionEnded: sign in again).
   */
  private async refusing<T>(id: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof RecordRejected)) throw error;
      this.reportRefused(error, `session ${id}`);
      throw new SessionEnded('The session could not be read: sign in again');
    }
  }

  private async activateRecord(record: SessionRecord): Promise<ActiveSession> {
    let opened: { plain: string; stale: boolean };
    try {
      opened = this.open(record.sealedToken, sessionContext(record));
    } catch (error) {
      if (error instanceof RecordRejected)
        throw new SessionEnded('The session could not be read: sign in again');
      throw error;
    }
    const token = SpotifyAuthorisationToken.fromStored(JSON.parse(opened.plain) as StoredToken);
    if (opened.stale) {
      // Sealed under an older key: re-seal under the writing key. A lost race means someone else
      // wrote it (under the writing key) first: read theirs.
      const resealed = await this.refusing(record.id, () =>
        this.store.replaceToken(record.id, record.version, this.sealToken(token, record)),
      );
      if (resealed) return this.activate(resealed, token);
      return this.read(record.id);
    }
    return this.activate(record, token);
  }

  private activate(record: SessionRecord, token: SpotifyAuthorisationToken): ActiveSession {
    this.owners.set(token, record.id);
    return {
      id: record.id,
      userId: record.userId,
      displayName: record.displayName,
      token,
      expiresAt: record.expiresAt,
      version: record.version,
    };
  }

  private sealToken(token: SpotifyAuthorisationToken, session: SessionIdentity): string {
    return this.keys.seal(JSON.stringify(token.toStored()), sessionContext(session));
  }
}

/** What a session's sealed token is bound to besides its key: who the session belongs to. */
type SessionIdentity = Pick<SessionRecord, 'id' | 'userId' | 'displayName'>;

/**
 * The additional authenticated data of a session's sealed token: its id (the token cannot move to
 * another record), its user id and display name (neither can be changed beside it: a record whose
 * `userId` was rewritten fails authentication, and the session is refused).
 */
function sessionContext(session: SessionIdentity): string {
  return JSON.stringify(['session', session.id, session.userId, session.displayName]);
}
