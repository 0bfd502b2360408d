import { GraphQLError } from 'graphql';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { isUnauthenticated, spotifyOrMaskedError } from './errors.js';
import type { CredentialLedger } from './player-credentials.js';
import type { AnySubscriber } from './player-fanout.js';
import { isSessionStoreOutage, type TokenSource } from './token-source.js';

/**
 * Which credentials one player poller polls with, poll by poll. At each poll its subscribers are
 * grouped by their current credential (an access token; a session's is asked of the session store, once
 * per session and poll), a lost sign-in ending its subscriber there (credentialGroups); the credentials
 * another instance met Spotify's 401 for end their streams (endRefused); and CredentialTurns says which
 * groups the poll goes out with: new credentials first (not those refused with 403 lately), then the
 * others in turn, so that each is exercised regularly at one call per poll.
 */

/** The subscribers that share one credential (an access token) at this poll. */
export interface CredentialGroup {
  readonly token: SpotifyAuthorisationToken;
  readonly source: TokenSource;
  readonly members: AnySubscriber[];
}

/** One poll's credential groups by access token, and what went wrong while reading them. */
export interface CredentialGrouping {
  readonly groups: Map<string, CredentialGroup>;
  /** Some subscriber's session store did not answer (Redis down or hung): it was skipped. */
  storeOutage: boolean;
  /** A credential could not be read for another reason than a lost sign-in: the poll fails with it. */
  readonly failure?: { readonly graphQLError: GraphQLError; readonly error: unknown };
}

/**
 * Each live subscriber's current credential, grouped; a lost sign-in ends its subscriber here, and a
 * session's on every instance (`endSession`, with the session's id). `report` is told of errors that
 * are not Spotify's (bugs).
 */
export async function credentialGroups(
  subscribers: Iterable<AnySubscriber>,
  report: ((error: unknown) => void) | undefined,
  endSession: (sessionId: string) => void,
): Promise<CredentialGrouping> {
  const groups = new Map<string, CredentialGroup>();
  let storeOutage = false;
  // A session that several streams share is read once for all of them at this poll.
  const reads = new Map<string, Promise<SpotifyAuthorisationToken>>();
  const tokens = await Promise.all(
    [...subscribers].map((subscriber) =>
      subscriber.isDone
        ? Promise.resolve(undefined)
        : tokenOnce(subscriber.source, reads).then(
            (token) => ({ subscriber, token }),
            (error: unknown) => ({ subscriber, error }),
          ),
    ),
  );
  for (const entry of tokens) {
    if (entry === undefined || entry.subscriber.isDone) continue;
    if ('error' in entry) {
      if (isSessionStoreOutage(entry.error)) {
        storeOutage = true;
        continue;
      }
      const graphQLError = spotifyOrMaskedError(entry.error, report);
      // A session that ended ends its subscriber; a network failure is this poll's failure.
      if (!isUnauthenticated(graphQLError))
        return { groups, storeOutage, failure: { graphQLError, error: entry.error } };
      entry.subscriber.finish({ error: graphQLError });
      // Ended by its TTL or deleted from the store: its streams end on every instance now.
      const { sessionId } = entry.subscriber.source;
      if (sessionId !== undefined) endSession(sessionId);
      continue;
    }
    const key = entry.token.accessToken;
    const group = groups.get(key);
    if (group) group.members.push(entry.subscriber);
    else
      groups.set(key, { token: entry.token, source: entry.subscriber.source, members: [entry.subscriber] });
  }
  return { groups, storeOutage };
}

/**
 * The source's token for this poll: a session source whose session another source already read at this
 * poll (`reads`, by session id) takes that reading rather than reading the store again.
 */
function tokenOnce(
  source: TokenSource,
  reads: Map<string, Promise<SpotifyAuthorisationToken>>,
): Promise<SpotifyAuthorisationToken> {
  const { sessionId } = source;
  if (sessionId === undefined || source.read === undefined) return source.token();
  let read = reads.get(sessionId);
  if (read === undefined) {
    read = source.read();
    // Each source handles the rejection in token(); this one only keeps it from being unhandled.
    read.catch(() => {});
    reads.set(sessionId, read);
  }
  return source.token(read);
}

/**
 * Ends here the streams of credentials another instance met Spotify's 401 for (a plain access token
 * revoked or expired: nothing renews it); a session's credential is only forgotten, so that it is
 * checked again (its session renews it, or ends). Their groups leave `groups`.
 */
export function endRefused(groups: Map<string, CredentialGroup>, ledger: CredentialLedger): void {
  for (const [key, group] of groups) {
    if (!ledger.isRefused(key)) continue;
    ledger.forgetToken(key);
    if (group.source.sessionId !== undefined) continue;
    groups.delete(key);
    const error = new GraphQLError('Spotify refused the access token: sign in again', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
    for (const subscriber of group.members) subscriber.finish({ error });
  }
}

/** Which credential a poller polls with next: its turn among them, and those Spotify refused with 403. */
export class CredentialTurns {
  /** Which credential the next poll starts with (rotates among the subscribers' credentials). */
  private turn = 0;
  /** Credentials Spotify answered 403 for, and when (ms): retried in turn, not at once. */
  private readonly forbidden = new Map<string, number>();

  /**
   * @param ledger the server's memory of credentials
   * @param intervalMs the playing interval (ms): a 403 is retried after ten of them
   */
  constructor(
    private readonly ledger: CredentialLedger,
    private readonly intervalMs: number,
  ) {}

  /** Spotify refused `key` (an access token) with 403 now. */
  refuse(key: string): void {
    this.forbidden.set(key, Date.now());
  }

  /** Spotify accepted `key` (an access token) now. */
  accept(key: string): void {
    this.forbidden.delete(key);
  }

  /** Whether Spotify accepted `key` (an access token) lately and did not refuse it here with 403 since. */
  accepted(key: string): boolean {
    const refusedAt = this.forbidden.get(key);
    const retryForbiddenMs = 10 * this.intervalMs;
    return (
      this.ledger.isVerified(key) && (refusedAt === undefined || Date.now() - refusedAt >= retryForbiddenMs)
    );
  }

  /**
   * The credentials to poll with, in order: first those with subscribers waiting for verification
   * (`isWaiting`; not refused with 403 lately); then for `all` (the lease holder) every one in turn,
   * starting one further each poll; for `check` (an instance that does not poll) the next one in turn
   * that no instance had Spotify accept lately (see CredentialLedger.recentlyChecked), so each
   * credential is exercised every few intervals somewhere; for `waiting` none.
   */
  order(
    groups: Map<string, CredentialGroup>,
    mode: 'all' | 'check' | 'waiting',
    isWaiting: (subscriber: AnySubscriber) => boolean,
  ): [string, CredentialGroup][] {
    const now = Date.now();
    const retryForbiddenMs = 10 * this.intervalMs;
    const waiting: [string, CredentialGroup][] = [];
    for (const entry of groups) {
      const [key, group] = entry;
      if (this.ledger.isVerified(key)) continue;
      if (now - (this.forbidden.get(key) ?? -Infinity) < retryForbiddenMs) continue;
      if (group.members.some(isWaiting)) waiting.push(entry);
    }
    if (mode === 'waiting') return waiting;
    const all = [...groups];
    const start = all.length === 0 ? 0 : this.turn++ % all.length;
    // By key: each iteration of a Map makes new entry arrays, so entries never compare equal.
    const queued = new Set(waiting.map(([key]) => key));
    const rotated = [...all.slice(start), ...all.slice(0, start)].filter(([key]) => !queued.has(key));
    if (mode === 'all') return [...waiting, ...rotated];
    if (waiting.length > 0) return waiting;
    const due = rotated.find(
      ([key]) =>
        !this.ledger.recentlyChecked(key) && now - (this.forbidden.get(key) ?? -Infinity) >= retryForbiddenMs,
    );
    return due === undefined ? [] : [due];
  }
}
