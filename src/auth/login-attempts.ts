import { createPkcePair } from '../spotify/flows.js';
import { RecordRejected } from './crypto.js';
import { hashToken, randomValue } from './session-token.js';
import type { SessionManager } from './sessions.js';
import type { LoginAttemptRecord } from './store.js';

/** A login attempt lives 10 minutes: long enough to sign in, short enough to be useless later. */
export const LOGIN_TTL_MS = 10 * 60 * 1000;

export interface StartedLogin {
  /** The OAuth `state`: sent to /authorize and kept in the browser's login cookie. */
  state: string;
  codeChallenge: string;
}

export interface FinishedLogin {
  codeVerifier: string;
  returnTo: string;
}

/**
 * Logins in progress: `start` makes a one-time `state` and a PKCE S256 pair and stores the verifier and
 * the return path (sealed) under the hash of the state; `finish` takes them back once (a second
 * `finish` with the same state, or one after 10 minutes, answers undefined).
 */
export class LoginAttempts {
  constructor(
    private readonly sessions: SessionManager,
    private readonly now: () => number = Date.now,
  ) {}

  async start(returnTo: string): Promise<StartedLogin> {
    const state = randomValue(16);
    const pkce = createPkcePair();
    const id = hashToken(state);
    await this.sessions.store.saveLoginAttempt({
      id,
      sealed: this.sessions.seal(JSON.stringify({ codeVerifier: pkce.codeVerifier, returnTo }), id),
      expiresAt: this.now() + LOGIN_TTL_MS,
    });
    return { state, codeChallenge: pkce.codeChallenge };
  }

  /** The attempt of `state`, taken (deleted) atomically; undefined when unknown, used or expired. */
  async finish(state: string): Promise<FinishedLogin | undefined> {
    const id = hashToken(state);
    let record: LoginAttemptRecord | undefined;
    try {
      record = await this.sessions.store.takeLoginAttempt(id);
    } catch (error) {
      // Written over in the store (not one of ours): refused like a tampered one.
      if (!(error instanceof RecordRejected)) throw error;
      this.sessions.reportRefused(error);
      return undefined;
    }
    if (!record) return undefined;
    try {
      const parsed = JSON.parse(this.sessions.open(record.sealed, id).plain) as FinishedLogin;
      return { codeVerifier: parsed.codeVerifier, returnTo: parsed.returnTo };
    } catch (error) {
      if (error instanceof RecordRejected) return undefined;
      throw error;
    }
  }
}
