/**
 * The app's mode (Extended Quota or Development Mode) as configured, or in auto mode as Spotify's
 * answers show it, remembered for the client's life.
 */
import type { AppMode, EndpointSpec } from './endpoints/types.js';
import { NotAvailableInDevelopmentMode, type SpotifyAPIError } from './errors.js';
import type { SpotifyAuthorisationToken } from './token.js';

/** Whether only Extended Quota apps have `endpoint` (Development Mode lost it). */
export function isExtendedOnly(endpoint: EndpointSpec): boolean {
  return !endpoint.modes.includes('development');
}

/**
 * Whether a 403 from an Extended-only endpoint shows that the app is in Development Mode. Evidence:
 * Spotify's message names Development Mode or says the endpoint was removed; or, while the app has
 * not been seen to be Extended (`learned`), a bare 403 (no reason, no explanation, or only
 * "Forbidden") from an endpoint whose scopes the token has. A 403 that explains itself otherwise (a
 * missing scope, a user not registered, Premium, a country or market restriction) says nothing about
 * the app; once an Extended-only endpoint has answered, only Spotify's explicit word switches it back.
 */
export function showsDevelopmentMode(
  error: SpotifyAPIError,
  endpoint: EndpointSpec,
  learned?: AppMode,
): boolean {
  if (error.status !== 403) return false;
  if (error instanceof NotAvailableInDevelopmentMode) return true;
  const message = error.message.trim();
  if (/development mode/i.test(message)) return true;
  if (/\b(endpoint|api|operation)\b.*\b(removed|no longer available|deprecated)\b/i.test(message))
    return true;
  if (learned === 'extended') return false;
  const bare = message === '' || /^(forbidden|spotify answered 403)\.?$/i.test(message);
  if (!bare || error.reason !== undefined) return false;
  const missing = error.missingScopes;
  return endpoint.scopes.length === 0 || (missing !== undefined && missing.length === 0);
}

/**
 * Whose answers teach auto mode: `any-token` (a program's own client: every token it is given is its
 * app's, unless the token names another app) or `own-tokens` (a server that passes on callers' tokens:
 * only tokens known to be issued to an app, `token.clientId`, teach; a caller's bearer token from
 * another app, in another mode, teaches nothing).
 */
export type ModeEvidence = 'any-token' | 'own-tokens';

/** The most apps whose modes one client remembers (only its own in practice). */
const MAX_APPS = 16;

/**
 * The configured mode and, in auto mode, the one learned from Spotify's answers, per app (by client
 * id): what an answer teaches is about the app its token was issued to, never about another.
 */
export class AppModeTracker {
  private readonly learnedByApp = new Map<string, AppMode>();

  constructor(
    readonly configured: AppMode | 'auto',
    /** The client's own app (its flow's client id). */
    private readonly ownApp: string | undefined = undefined,
    readonly evidence: ModeEvidence = 'any-token',
  ) {}

  /**
   * The app whose mode calls with `token` tell: its `clientId`, else (with `any-token` evidence) the
   * client's own app; undefined when they tell nothing.
   */
  appOf(token: SpotifyAuthorisationToken | undefined): string | undefined {
    if (token?.clientId !== undefined) return token.clientId;
    return this.evidence === 'any-token' ? (this.ownApp ?? '') : undefined;
  }

  /**
   * In auto mode, `app`'s mode once an answer showed it: 'extended' after an Extended-only endpoint
   * answered, 'development' after one was refused for a reason only Development Mode explains.
   */
  learned(app: string | undefined): AppMode | undefined {
    return app === undefined ? undefined : this.learnedByApp.get(app);
  }

  /**
   * The mode to use for an endpoint: the configured one, or in auto mode the one learned for `app`,
   * else 'auto'. Endpoints every mode has are always called as they are.
   */
  modeFor(endpoint: EndpointSpec, app: string | undefined): AppMode | 'auto' {
    if (this.configured !== 'auto') return this.configured;
    if (!isExtendedOnly(endpoint)) return 'auto';
    return this.learned(app) ?? 'auto';
  }

  /** Told that `endpoint` answered: an Extended-only one answering shows an Extended Quota app. */
  answered(endpoint: EndpointSpec, app: string | undefined): void {
    if (this.configured === 'auto' && isExtendedOnly(endpoint) && this.learned(app) === undefined)
      this.learn(app, 'extended');
  }

  /**
   * Told that `endpoint` failed with `error`: answers whether that showed Development Mode (remembered
   * for `app`, so later calls go to the replacements at once; for a token of no known app it still
   * answers true, for this call only).
   */
  refused(endpoint: EndpointSpec, error: SpotifyAPIError, app: string | undefined): boolean {
    if (this.configured !== 'auto' || !isExtendedOnly(endpoint)) return false;
    if (!showsDevelopmentMode(error, endpoint, this.learned(app))) return false;
    this.learn(app, 'development');
    return true;
  }

  /**
   * Runs `primary` (which calls `endpoint`) where the app has the endpoint, and `fallback` (its
   * Development Mode replacement) where it does not: configured development mode goes straight to the
   * fallback, auto mode switches on the first 403 and remembers it for `app`. Without a fallback,
   * Development Mode gives NotAvailableInDevelopmentMode without calling Spotify.
   */
  async withFallback<T>(
    endpoint: EndpointSpec,
    primary: () => Promise<T>,
    fallback: (() => Promise<T>) | undefined,
    app: string | undefined,
  ): Promise<T> {
    if (!isExtendedOnly(endpoint)) return primary();
    const mode = this.modeFor(endpoint, app);
    if (mode === 'extended') return primary();
    if (mode === 'development') {
      if (!fallback) throw new NotAvailableInDevelopmentMode(endpoint.id);
      return fallback();
    }
    try {
      return await primary();
    } catch (error) {
      // request() turned a refusal that shows Development Mode into NotAvailableInDevelopmentMode.
      if (!(error instanceof NotAvailableInDevelopmentMode && error.status === 403)) throw error;
      this.learn(app, 'development');
      if (!fallback) throw error;
      return fallback();
    }
  }

  /** Remembers `mode` for `app` (nothing for no known app), within MAX_APPS apps. */
  private learn(app: string | undefined, mode: AppMode): void {
    if (app === undefined) return;
    if (!this.learnedByApp.has(app) && this.learnedByApp.size >= MAX_APPS) {
      const oldest = this.learnedByApp.keys().next().value;
      if (oldest !== undefined) this.learnedByApp.delete(oldest);
    }
    this.learnedByApp.set(app, mode);
  }
}
