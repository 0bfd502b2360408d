import { createHash } from 'node:crypto';

/**
 * How the player pollers of several instances act as one (see src/redis/player-coordination.ts for the
 * Redis implementation). Without it, each instance polls for its own subscribers, as one process does.
 */

/** The player resources a poller reads (`GET /me/player`, `/devices`, `/queue`). */
export type PlayerResource = 'state' | 'devices' | 'queue';

/** A Spotify error as it travels between instances: its message and GraphQL extensions. */
export interface PlayerErrorMessage {
  message: string;
  extensions: Record<string, unknown>;
}

/** What the instances of one user's resource tell each other. */
export type PlayerMessage =
  /**
   * The poll lease holder read this (Spotify's raw object), on every poll: each instance diffs per view.
   * `verified`: the credential digest (credentialDigest) of the token Spotify just accepted for it.
   */
  | { kind: 'value'; value: unknown; verified?: string }
  /** The holder's poll failed with this Spotify error (sign-in losses stay with their own subscriber). */
  | { kind: 'error'; error: PlayerErrorMessage }
  /** Poll at once, please (a playback command ran, or an instance has a subscriber without a value yet). */
  | { kind: 'poll' }
  /** The holder stopped polling (its last subscriber left): the next instance may claim at once. */
  | { kind: 'released' }
  /** Spotify refused (401) the token of this credential digest: its streams end on every instance. */
  | { kind: 'refused'; credential: string };

/**
 * How a Spotify access token is named between instances: the SHA-256 of the token, base64url (43
 * characters). Never the token: a digest tells instances which of their subscribers it concerns, and
 * is of no use to whoever reads Redis.
 */
export function credentialDigest(accessToken: string): string {
  return createHash('sha256').update(accessToken).digest('base64url');
}

/** One instance's part in one user's resource: the poll lease and the channel its instances share. */
export interface PlayerChannel {
  /**
   * Takes or keeps the poll lease for `ttlMs` ms; true when this instance is the one to poll. Never
   * throws: when coordination is unavailable (Redis down) it answers true, so each instance polls for
   * its own subscribers until it is back.
   */
  claim(ttlMs: number): Promise<boolean>;
  /** Tells the other instances (not this one). Never throws; lost while Redis is down. */
  publish(message: PlayerMessage): void;
  /** Leaves the channel and, if this instance holds the lease, releases it and says so (`released`). */
  close(): void;
}

/** The shared side of the pollers: one channel per user and resource that has subscribers here. */
export interface PlayerCoordination {
  /** Joins the channel of `userId`'s `resource`; `receive` gets the other instances' messages. */
  join(userId: string, resource: PlayerResource, receive: (message: PlayerMessage) => void): PlayerChannel;
  /** Asks whichever instance polls `userId` to poll every resource at once. Never throws. */
  pollSoon(userId: string): void;
  /** Tells the other instances that session `sessionId` (its id, not its token) ended. Never throws. */
  sessionEnded?(sessionId: string): void;
  /** `listener` hears of the sessions other instances ended (sessionEnded), to end their streams here. */
  onSessionEnded?(listener: (sessionId: string) => void): void;
  /** Ends the shared connections (server shutdown). */
  close(): Promise<void>;
}
