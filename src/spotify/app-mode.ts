/**
 * The app's mode (Extended Quota or Development Mode) as configured, or in auto mode as Spotify's
 * answers show it, remembered for the client's life.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { AppMode, EndpointSpec } from './endpoints/types.js';
import { NotAvailableInDevelopmentMode, SpotifyAPIError } from './errors.js';
import { isOnlyStatusPhrase } from './status-words.js';
import type { SpotifyAuthorisationToken } from './token.js';

/** Whether only Extended Quota apps have `endpoint` (Development Mode lost it). */
export function isExtendedOnly(endpoint: EndpointSpec): boolean {
  return !endpoint.modes.includes('development');
}

/**
 * How a call to `endpoint` tells the app's mode (see ProbeKind): 'page' when it asks a page larger than
 * Development Mode's cap (`extendedLimit`: isExtendedLimit in page-limits.ts), 'route' when the endpoint
 * is Extended-only, else undefined.
 */
export function probeKind(endpoint: EndpointSpec, extendedLimit: boolean): ProbeKind | undefined {
  if (extendedLimit) return 'page';
  return isExtendedOnly(endpoint) ? 'route' : undefined;
}

/**
 * Whether `error` is a 403 that gives no cause: no reason, and no message or only the status phrase
 * ("Forbidden", as Spotify refuses a Development Mode app's call to a removed endpoint:
 * jjdenhertog/spotify-to-plex#131; "403 Forbidden", "Error 403: Forbidden" from a gateway: see
 * isOnlyStatusPhrase in status-words.ts), or the client's own "Spotify answered 403" for such a body.
 * A missing scope ("Insufficient client scope"), a user not registered, Premium or a country say so.
 */
export function isBareRefusal(error: SpotifyAPIError): boolean {
  if (error.status !== 403 || error.reason !== undefined) return false;
  const message = error.message.trim();
  return message === '' || /^spotify answered 403$/i.test(message) || isOnlyStatusPhrase(message, 403);
}

/** A message saying the called endpoint itself is removed or no longer available (not a user's access). */
const ENDPOINT_REMOVED =
  /\b(?:this|the|that|requested) (?:endpoint|api|operation)\b(?: [a-z]+){0,3}? (?:has been|was|is|are|have been) (?:removed|no longer available|deprecated)\b/i;

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
  // The endpoint itself said to be gone ("this endpoint has been removed"), not some access of a user
  // ("API access for this user has been removed": a suspended account, v35 attack), and only for an app
  // not seen answering as Extended: its endpoints were not removed.
  if (learned !== 'extended' && ENDPOINT_REMOVED.test(message)) return 'named';
  if (learned === 'extended' || !isBareRefusal(error)) return 'nothing';
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

/**
 * How a call's answer tells an app's mode: 'page', a page larger than Development Mode's cap (refused
 * there as an invalid limit); 'route', an Extended-only endpoint (refused there with a 403).
 */
export type ProbeKind = 'page' | 'route';

/** The most apps whose modes one client remembers (only its own in practice). */
const MAX_APPS = 16;
/**
 * The most caller tokens (of no known app, see appOf) whose app's mode one client remembers: a server
 * passing on its users' tokens learns per token, each entry about 200 bytes (the key is a hash).
 */
const MAX_TOKENS = 10_000;
/** How long (ms) what a caller token taught is kept at most: Spotify's access tokens live 3600 s. */
const MAX_TOKEN_MEMORY_MS = 3600_000;
/** The prefix of a caller token's key (see appOf): it never collides with a client id. */
const TOKEN_KEY = 'token:';
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
/**
 * How long a Development Mode verdict holds (ms), whatever taught it (a named 403, an invalid limit,
 * bare 403s): then the mode is unknown again, so that the next call that tells the mode (an
 * Extended-only call, a page over Development Mode's cap; one of each kind at a time, see probing) is
 * sent as Extended and its answer teaches Extended (an app granted Extended Quota while the server
 * runs, or one spurious refusal) or Development again (v15 attack on issue 7, V4).
 */
export const DEVELOPMENT_RECHECK_MS = 10 * 60_000;

/**
 * What auto mode knows of one app: the learned mode, if any; how many bare 403s came since its last
 * Extended answer; when (ms since the epoch) the latest counted one was answered (`bareSeenAt`); and,
 * for Development Mode, when it lapses (`recheckAt`: learned then answers nothing, while `mode` stays
 * 'development' as the verdict a refusal of the re-check confirms).
 */
interface AppKnowledge {
  mode?: AppMode;
  bare: number;
  bareSeenAt?: number;
  recheckAt?: number;
  /**
   * The app has answered as Extended (an Extended-only endpoint, or a page over Development Mode's
   * cap) since the process started: from then on only what only Development Mode explains (a named
   * 403, an invalid limit) teaches Development, never bare 403s, at a re-check or on a way back
   * either (a proven Extended app's glitch is no second hint).
   */
  extendedSeen?: boolean;
  /**
   * Development Mode held against a replacement's reasoned refusal: an Extended-only route, sent again
   * for a call its replacement refused with a reason (see replacementRefused), was refused bare too, so
   * later such refusals are answered as they are until the verdict lapses (the old route is not tried
   * again for each of them).
   */
  confirmed?: boolean;
}

/**
 * What to do with a call whose Development Mode replacement refused it with a reason (see
 * AppModeTracker.replacementRefused): send it to the Extended-only route again, and call
 * `refusedAgain` if that route refuses it bare too.
 */
export interface OldRoute {
  refusedAgain(): void;
}

/**
 * The configured mode and, in auto mode, the one learned from Spotify's answers, per app (by client
 * id): what an answer teaches is about the app its token was issued to, never about another.
 */
export class AppModeTracker {
  private readonly byApp = new Map<string, AppKnowledge>();
  /**
   * What caller tokens of no known app taught, by token key (appOf: a hash of the token, never the
   * token), each kept until its token expires (at most MAX_TOKEN_MEMORY_MS), within MAX_TOKENS.
   */
  private readonly byToken = new LRUCache<string, { knowledge: AppKnowledge; until: number }>({
    max: MAX_TOKENS,
  });
  /** Each caller token's key and expiry (epoch ms), computed once per token object. */
  private readonly tokenKeys = new WeakMap<SpotifyAuthorisationToken, { key: string; expiresAt: number }>();
  /** The expiry (epoch ms) of the token behind each key appOf handed out lately (for learn's TTL). */
  private readonly keyExpiry = new LRUCache<string, number>({ max: MAX_TOKENS });
  /**
   * Per kind of probe and app whose mode is not known yet (`kind\napp`): settled when the call in
   * flight whose answer tells the mode (the probe: see probing) has been answered and its answer taught
   * what it could.
   */
  private readonly probes = new Map<string, Promise<void>>();

  constructor(
    readonly configured: AppMode | 'auto',
    /** The client's own app (its flow's client id). */
    private readonly ownApp: string | undefined = undefined,
    readonly evidence: ModeEvidence = 'any-token',
    /** The clock (ms since the epoch) that times bare 403s and the lapse of Development Mode (learned). */
    private readonly now: () => number = () => Date.now(),
  ) {}

  /**
   * The app whose mode calls with `token` tell: its `clientId`, else (with `any-token` evidence) the
   * client's own app; else (`own-tokens`: a caller's token of no known app) the token's own key,
   * `token:` and a SHA-256 hash of the access token (never the token itself): its app is unknown but
   * one, so what its answers teach holds for its later calls (this request's and the next ones', until
   * the token expires, v14 attack on issue 11, F1), never for another token. Undefined without a token.
   */
  appOf(token: SpotifyAuthorisationToken | undefined): string | undefined {
    if (token?.clientId !== undefined) return token.clientId;
    if (this.evidence === 'any-token') return this.ownApp ?? '';
    if (token === undefined) return undefined;
    let known = this.tokenKeys.get(token);
    if (known === undefined) {
      const hash = createHash('sha256').update(token.accessToken).digest('base64url');
      known = { key: TOKEN_KEY + hash, expiresAt: token.expiresAt };
      this.tokenKeys.set(token, known);
    }
    this.keyExpiry.set(known.key, known.expiresAt);
    return known.key;
  }

  /**
   * `app` (from appOf) when it is not the client's own app: another client id, or a caller token's key
   * (`token:` and a hash); undefined for the client's own app, and without a token. Spotify's rate limit
   * is per app, so the client pauses such an app's calls apart from its own
   * (TransportRequest.rateLimitApp): a 429 to a caller's token of no known app pauses that token alone.
   */
  otherApp(app: string | undefined): string | undefined {
    return app === undefined || app === '' || app === this.ownApp ? undefined : app;
  }

  /**
   * In auto mode, `app`'s mode once answers showed it: 'extended' after an Extended-only endpoint
   * answered (the latest word: it replaces a Development Mode learned before), 'development' after one
   * was refused with a message only Development Mode explains (or a page over its cap as an invalid
   * limit), or after BARE_STRIKES bare 403s with no Extended answer between them. Development Mode
   * lapses DEVELOPMENT_RECHECK_MS after it was learned, however it was: the mode is unknown again, so
   * that the next call that tells it is sent as Extended and can teach Extended.
   */
  learned(app: string | undefined): AppMode | undefined {
    const known = this.knowledgeOf(app);
    if (known?.recheckAt !== undefined && this.now() >= known.recheckAt) return undefined;
    return known?.mode;
  }

  /**
   * Whether auto mode holds Development Mode for `app` against reasoned refusals (AppKnowledge.confirmed)
   * for at least `forMs` more (ms) before it lapses: then its calls send no probe (the mode is known)
   * and no way back to an old route (replacementRefused answers undefined), so they cost what a
   * configured Development Mode's do. False in a configured mode, and while the verdict is not held.
   */
  holdsDevelopment(app: string | undefined, forMs: number): boolean {
    if (this.configured !== 'auto') return false;
    const known = this.knowledgeOf(app);
    if (known?.mode !== 'development' || known.confirmed !== true) return false;
    return known.recheckAt !== undefined && known.recheckAt - this.now() > forMs;
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
      this.learn(app, { mode: 'extended', bare: 0, extendedSeen: true });
  }

  /**
   * Told that Spotify refused a page larger than Development Mode's cap as an invalid limit
   * (isLimitRefusal in page-limits.ts), which only Development Mode explains: in auto mode, learns it
   * for `app` (the latest word, as a named 403) and answers true, so that the call is asked again in
   * pieces within the cap; false in a configured mode (the refusal is passed on).
   */
  refusedLimit(app: string | undefined): boolean {
    if (this.configured !== 'auto') return false;
    this.learnDevelopment(app, 0);
    return true;
  }

  /**
   * Whether `error`, a refusal of `endpoint` that taught no mode (refused answered false), is one that
   * Development Mode could explain while auto mode does not know `app`'s mode yet: a bare 403 from an
   * endpoint such apps lost, to a token that has its scopes (developmentEvidence's `bare`), from an app
   * never seen answering as Extended. The first such refusal is passed on as Spotify's 403 (it is also
   * what a passing glitch sends); its error then says that the app may be in Development Mode
   * (SpotifyAPIError.mayBeDevelopmentMode). False in a configured mode and once the mode is learned.
   */
  couldBeDevelopment(endpoint: EndpointSpec, error: SpotifyAPIError, app: string | undefined): boolean {
    if (this.configured !== 'auto' || !isExtendedOnly(endpoint)) return false;
    if (this.knowledgeOf(app)?.extendedSeen || this.learned(app) !== undefined) return false;
    return developmentEvidence(error, endpoint) === 'bare';
  }

  /**
   * Told that `endpoint` failed with `error`: answers whether that showed Development Mode (remembered
   * for `app`, so later calls go to the replacements at once; see appOf for a caller's token). A bare 403 shows it only once corroborated: the
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
    const known = this.knowledgeOf(app);
    // An app seen Extended is taken for Development only on what only Development Mode explains.
    const learned = known?.extendedSeen ? 'extended' : this.learned(app);
    const evidence = developmentEvidence(error, endpoint, learned);
    if (evidence === 'nothing') return false;
    if (evidence === 'named') {
      this.learnDevelopment(app, 0);
      return true;
    }
    // The re-check of a lapsed Development Mode (see learned) of an app never seen Extended refused
    // bare: the verdict holds again, as Spotify's live refusal of a Development Mode app is a bare 403.
    if (known?.mode === 'development') {
      this.learnDevelopment(app, known.bare);
      return true;
    }
    return this.countBare(app, sentAt);
  }

  /**
   * Counts a bare 403 to a call sent at `sentAt` as a hint of Development Mode for `app` (see refused):
   * answers whether it was the BARE_STRIKES-th, which learns it (`confirmed`: see AppKnowledge).
   */
  private countBare(app: string | undefined, sentAt: number, confirmed = false): boolean {
    const known = this.knowledgeOf(app);
    // In flight with the last counted one, or sent right after it: the same hiccup, not a second hint.
    if (known?.bareSeenAt !== undefined && sentAt < known.bareSeenAt + BARE_SPACING_MS) return false;
    const bare = (known?.bare ?? 0) + 1;
    if (bare < BARE_STRIKES) {
      this.learn(app, { ...known, bare, bareSeenAt: this.now() });
      return false;
    }
    this.learnDevelopment(app, bare, confirmed);
    return true;
  }

  /**
   * Learns Development Mode for `app` (`bare`: the bare 403s counted; `confirmed`: see AppKnowledge),
   * until it lapses (see learned).
   */
  private learnDevelopment(app: string | undefined, bare: number, confirmed = false): void {
    const recheckAt = this.now() + DEVELOPMENT_RECHECK_MS;
    const seen = this.knowledgeOf(app)?.extendedSeen ? { extendedSeen: true } : {};
    this.learn(app, { mode: 'development', bare, recheckAt, ...seen, ...(confirmed ? { confirmed } : {}) });
  }

  /**
   * Told that the Development Mode replacement of Extended-only `endpoint` (`/items` for `/tracks`)
   * refused a call of `app` with a reason (a 403 that says why: on an Extended Quota app `/items`
   * refuses the playlists a user does not own, which `/tracks` reads): answers how to send that call to
   * `endpoint` again (OldRoute), or undefined when it is not (a configured mode; a Development Mode
   * already held against such a refusal, `confirmed`). A Development Mode learned for `app` is
   * unlearned: it lapses now, so that the call is sent as the re-check (see learned), whose answer
   * teaches Extended and whose refusal Development again. A reasoned refusal does not teach Extended by
   * itself: a Development Mode app's `/items` refuses others' playlists too. When the route refuses bare
   * again (`refusedAgain`), that counts as a bare 403 whatever is known of the token's scopes (the
   * replacement, which needs the same ones, refused for another reason), and the Development Mode it
   * teaches, or taught already, is held against such refusals until it lapses.
   */
  replacementRefused(endpoint: EndpointSpec, app: string | undefined): OldRoute | undefined {
    if (this.configured !== 'auto' || !isExtendedOnly(endpoint) || app === undefined) return undefined;
    const known = this.knowledgeOf(app);
    if (this.learned(app) === 'development') {
      if (known?.confirmed) return undefined;
      this.learn(app, { ...known, bare: known?.bare ?? 0, recheckAt: this.now() });
    }
    const sentAt = this.sending();
    return {
      refusedAgain: () => {
        const now = this.knowledgeOf(app);
        if (this.learned(app) === 'development')
          this.learn(app, { ...now, bare: now?.bare ?? 0, confirmed: true });
        else if (now?.mode !== 'extended' && !now?.extendedSeen) this.countBare(app, sentAt, true);
      },
    };
  }

  /**
   * Runs `primary` (which calls `endpoint`) where the app has the endpoint, and `fallback` (its
   * Development Mode replacement) where it does not: configured development mode goes straight to the
   * fallback; auto mode falls back on a 403 that shows Development Mode (remembered for `app`), and for
   * this call on a bare 403 (isBareRefusal: Spotify's live refusal of a removed endpoint is a bare
   * `403 Forbidden`), which teaches only what refused() counts: the replacement answers an Extended
   * Quota app too, so a hiccup's 403 costs nothing. Throws the fallback's error when it
   * fails. Without a fallback, Development Mode gives NotAvailableInDevelopmentMode without calling
   * Spotify.
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
      if (!fallback || !(error instanceof SpotifyAPIError && error.status === 403)) throw error;
      // request() turned a refusal that shows Development Mode into NotAvailableInDevelopmentMode.
      // (refused() has learned what the refusal teaches.)
      if (error instanceof NotAvailableInDevelopmentMode) return fallback();
      // A bare 403, Development Mode's as Spotify sends it or a hiccup: the replacement answers both
      // (whatever is known of the token's scopes: a missing one is a 403 that says so).
      if (!isBareRefusal(error)) throw error;
      return fallback();
    }
  }

  /**
   * The probe in flight for `app` (see probing) that a call whose answer tells the mode in the same way
   * (`tells`: 'page' for a page only one mode has, isExtendedLimit in page-limits.ts; 'route' for an
   * Extended-only endpoint; undefined for neither) waits for instead of being sent too: in auto mode,
   * while `app`'s mode is not known; undefined when there is none to wait for. So N concurrent calls of
   * a Development Mode app (or of one caller's token) pay one refusal of each kind, not N (v13
   * re-attack on issue 11, I2; v14 attack on issue 11, F1). A page does not wait for a route's probe,
   * nor a route for a page's: an Extended app's first request keeps its waves (v13 B2).
   */
  probeInFlight(app: string | undefined, tells: ProbeKind | undefined): Promise<void> | undefined {
    if (tells === undefined || app === undefined || this.modeOf(app) !== 'auto') return undefined;
    return this.probes.get(`${tells}\n${app}`);
  }

  /**
   * Notes a call about to be sent whose answer tells the mode (`tells`, see probeInFlight) for `app`
   * whose mode auto mode does not know, when no other such call of its kind is in flight: it is the
   * probe the others wait for (probeInFlight). Answers the function to call once its answer taught
   * what it could (answered, refused in a way only Development Mode explains, or failed otherwise: then
   * the first waiting call to wake is the next probe and the others wait for it, see the client's
   * afterProbe); undefined when the call is no probe.
   */
  probing(app: string | undefined, tells: ProbeKind | undefined): (() => void) | undefined {
    const key = `${tells}\n${app}`;
    if (tells === undefined || app === undefined || this.modeOf(app) !== 'auto' || this.probes.has(key)) {
      return undefined;
    }
    let settle = () => {};
    const probe = new Promise<void>((resolve) => {
      settle = resolve;
    });
    this.probes.set(key, probe);
    return () => {
      if (this.probes.get(key) === probe) this.probes.delete(key);
      settle();
    };
  }

  /** What is known of `app` (an app's client id or a caller token's key: see appOf). */
  private knowledgeOf(app: string | undefined): AppKnowledge | undefined {
    if (app === undefined) return undefined;
    if (!app.startsWith(TOKEN_KEY)) return this.byApp.get(app);
    const known = this.byToken.get(app);
    if (known === undefined || this.now() < known.until) return known?.knowledge;
    this.byToken.delete(app);
    return undefined;
  }

  /**
   * Remembers what is known of `app` (nothing for no known app), within MAX_APPS apps; of a caller
   * token's key until the token expires (at most MAX_TOKEN_MEMORY_MS), within MAX_TOKENS tokens.
   */
  private learn(app: string | undefined, knowledge: AppKnowledge): void {
    if (app === undefined) return;
    if (app.startsWith(TOKEN_KEY)) {
      const now = this.now();
      const until = Math.min(now + MAX_TOKEN_MEMORY_MS, this.keyExpiry.get(app) ?? now);
      if (until > now) this.byToken.set(app, { knowledge, until });
      return;
    }
    if (!this.byApp.has(app) && this.byApp.size >= MAX_APPS) {
      const oldest = this.byApp.keys().next().value;
      if (oldest !== undefined) this.byApp.delete(oldest);
    }
    this.byApp.set(app, knowledge);
  }
}
