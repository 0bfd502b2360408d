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
 * What a 403 from an Extended-only endpoint says about the app's mode: `named` when Spotify's message
 * names Development Mode or says the endpoint was removed (only the mode explains that); `bare` for a
 * 403 with no explanation (no reason, no message or only "Forbidden") from an endpoint whose scopes the
 * token has, while the app has not been seen to be Extended (`learned`): a hint only, since a bare 403
 * has other causes too (a gateway, a rate guard, an edge glitch); `nothing` for any other answer (a
 * 403 that explains itself otherwise: a missing scope, a user not registered, Premium, a country).
 */
export function developmentEvidence(
  error: SpotifyAPIError,
  endpoint: EndpointSpec,
  learned?: AppMode,
): 'named' | 'bare' | 'nothing' {
  if (error.status !== 403) return 'nothing';
  if (error instanceof NotAvailableInDevelopmentMode) return 'named';
  const message = error.message.trim();
  if (/development mode/i.test(message)) return 'named';
  if (/\b(endpoint|api|operation)\b.*\b(removed|no longer available|deprecated)\b/i.test(message))
    return 'named';
  if (learned === 'extended') return 'nothing';
  const bare = message === '' || /^(forbidden|spotify answered 403)\.?$/i.test(message);
  if (!bare || error.reason !== undefined) return 'nothing';
  const missing = error.missingScopes;
  const lacksNone = missing !== undefined && missing.length === 0 && !error.missingByVisibility?.length;
  return endpoint.scopes.length === 0 || lacksNone ? 'bare' : 'nothing';
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
 * Bare 403s (on calls each sent at least BARE_SPACING_MS after the previous counted one was answered,
 * with no Extended answer between them) that together show Development Mode.
 */
const BARE_STRIKES = 2;
/**
 * How long after a counted bare 403 was answered a call must be sent for its bare 403 to count again
 * (ms): 403s to calls in flight together (one batch split in chunks, one burst of fields) or sent by
 * the same request right after (a batch's next chunk, a nested field) are one hint, one hiccup.
 */
const BARE_SPACING_MS = 5_000;
/** How long Development Mode learned from bare 403s holds before an Extended-only call is tried again (ms). */
const BARE_RECHECK_MS = 10 * 60_000;

/**
 * What auto mode knows of one app: the learned mode, if any; how many bare 403s came since its last
 * Extended answer; when (ms since the epoch) the latest counted one was answered (`bareSeenAt`); and,
 * for Development Mode learned from bare 403s only, when to try an Extended-only call again.
 */
interface AppKnowledge {
  mode?: AppMode;
  bare: number;
  bareSeenAt?: number;
  recheckAt?: number;
}

/**
 * The configured mode and, in auto mode, the one learned from Spotify's answers, per app (by client
 * id): what an answer teaches is about the app its token was issued to, never about another.
 */
export class AppModeTracker {
  private readonly byApp = new Map<string, AppKnowledge>();
  /**
   * Per app whose mode is not known yet: settled when the call in flight that asks a page only one mode
   * has (the probe: see probing) has been answered and its answer taught what it could.
   */
  private readonly probes = new Map<string, Promise<void>>();

  constructor(
    readonly configured: AppMode | 'auto',
    /** The client's own app (its flow's client id). */
    private readonly ownApp: string | undefined = undefined,
    readonly evidence: ModeEvidence = 'any-token',
    /** The clock (ms since the epoch) that times the re-check of a mode learned from bare 403s. */
    private readonly now: () => number = Date.now,
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
   * In auto mode, `app`'s mode once answers showed it: 'extended' after an Extended-only endpoint
   * answered (the latest word: it replaces a Development Mode learned before), 'development' after one
   * was refused with a message only Development Mode explains, or after BARE_STRIKES bare 403s with no
   * Extended answer between them; Development Mode learned from bare 403s alone lapses after
   * BARE_RECHECK_MS, so that an Extended-only call is tried again and can teach Extended.
   */
  learned(app: string | undefined): AppMode | undefined {
    const known = app === undefined ? undefined : this.byApp.get(app);
    if (known?.recheckAt !== undefined && this.now() >= known.recheckAt) return undefined;
    return known?.mode;
  }

  /** `app`'s mode: the configured one, or in auto mode the one learned for it (see learned), else 'auto'. */
  modeOf(app: string | undefined): AppMode | 'auto' {
    return this.configured !== 'auto' ? this.configured : (this.learned(app) ?? 'auto');
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

  /**
   * When (ms since the epoch, by this tracker's clock) a call about to be sent is sent: given back to
   * refused(), so that 403s to calls sent together or in one quick sequence count as one hint.
   */
  sending(): number {
    return this.now();
  }

  /**
   * Told that `endpoint` answered: an Extended-only one answering, or a page larger than Development
   * Mode's cap (`extendedLimit`: search or an artist's albums asked for more than 10, see
   * isExtendedLimit in page-limits.ts), shows an Extended Quota app, whatever was learned before (and
   * clears the count of bare 403s).
   */
  answered(endpoint: EndpointSpec, app: string | undefined, extendedLimit = false): void {
    if (this.configured === 'auto' && (extendedLimit || isExtendedOnly(endpoint)))
      this.learn(app, { mode: 'extended', bare: 0 });
  }

  /**
   * Told that Spotify refused a page larger than Development Mode's cap as an invalid limit
   * (isLimitRefusal in page-limits.ts), which only Development Mode explains: in auto mode, learns it
   * for `app` (the latest word, as a named 403) and answers true, so that the call is asked again in
   * pieces within the cap; false in a configured mode (the refusal is passed on).
   */
  refusedLimit(app: string | undefined): boolean {
    if (this.configured !== 'auto') return false;
    this.learn(app, { mode: 'development', bare: 0 });
    return true;
  }

  /**
   * Told that `endpoint` failed with `error`: answers whether that showed Development Mode (remembered
   * for `app`, so later calls go to the replacements at once; for a token of no known app a named
   * refusal still answers true, for this call only). A bare 403 shows it only once corroborated: the
   * BARE_STRIKES-th with no Extended answer between, each to a call sent (`sentAt`, from sending();
   * absent: just now) at least BARE_SPACING_MS after the previous counted one was answered; the first
   * alone, and one to a call in flight with it or sent right after it, is passed on as Spotify's 403.
   */
  refused(
    endpoint: EndpointSpec,
    error: SpotifyAPIError,
    app: string | undefined,
    sentAt: number = this.sending(),
  ): boolean {
    if (this.configured !== 'auto' || !isExtendedOnly(endpoint)) return false;
    const evidence = developmentEvidence(error, endpoint, this.learned(app));
    if (evidence === 'nothing') return false;
    if (evidence === 'named') {
      this.learn(app, { mode: 'development', bare: 0 });
      return true;
    }
    const known = app === undefined ? undefined : this.byApp.get(app);
    // In flight with the last counted one, or sent right after it: the same hiccup, not a second hint.
    if (known?.bareSeenAt !== undefined && sentAt < known.bareSeenAt + BARE_SPACING_MS) return false;
    const bare = (known?.bare ?? 0) + 1;
    if (bare < BARE_STRIKES) {
      this.learn(app, { ...known, bare, bareSeenAt: this.now() });
      return false;
    }
    this.learn(app, { mode: 'development', bare, recheckAt: this.now() + BARE_RECHECK_MS });
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
      // (refused() has learned what the refusal teaches.)
      if (!(error instanceof NotAvailableInDevelopmentMode && error.status === 403)) throw error;
      if (!fallback) throw error;
      return fallback();
    }
  }

  /**
   * The probe in flight for `app` (see probing) that a call asking a page only one mode has
   * (`extendedLimit`: isExtendedLimit in page-limits.ts) waits for instead of sending that page too:
   * in auto mode, while `app`'s mode is not known; undefined when there is none to wait for. So N
   * concurrent first requests of a Development Mode app pay the refused page once, not N times (v13
   * re-attack on issue 11, I2).
   */
  probeInFlight(app: string | undefined, extendedLimit: boolean): Promise<void> | undefined {
    if (!extendedLimit || app === undefined || this.modeOf(app) !== 'auto') return undefined;
    return this.probes.get(app);
  }

  /**
   * Notes a call about to ask a page only one mode has (`extendedLimit`) for `app` whose mode auto mode
   * does not know, when no other such call is in flight: it is the probe the others wait for
   * (probeInFlight). Answers the function to call once its answer taught what it could (answered,
   * refused as an invalid limit, or failed otherwise: then each waiting call sends its own); undefined
   * when the call is no probe.
   */
  probing(app: string | undefined, extendedLimit: boolean): (() => void) | undefined {
    if (!extendedLimit || app === undefined || this.modeOf(app) !== 'auto' || this.probes.has(app)) {
      return undefined;
    }
    let settle = () => {};
    const probe = new Promise<void>((resolve) => {
      settle = resolve;
    });
    this.probes.set(app, probe);
    return () => {
      if (this.probes.get(app) === probe) this.probes.delete(app);
      settle();
    };
  }

  /** Remembers what is known of `app` (nothing for no known app), within MAX_APPS apps. */
  private learn(app: string | undefined, knowledge: AppKnowledge): void {
    if (app === undefined) return;
    if (!this.byApp.has(app) && this.byApp.size >= MAX_APPS) {
      const oldest = this.byApp.keys().next().value;
      if (oldest !== undefined) this.byApp.delete(oldest);
    }
    this.byApp.set(app, knowledge);
  }
}
