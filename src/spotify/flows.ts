import { createHash, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { SPOTIFY_TEXT_VARIABLES, spotifyTextRefusal } from './credential-text.js';
import { IncompleteFlow, SpotifyError } from './errors.js';

export interface ClientCredentialsFlowInit {
  applicationId?: string | undefined;
  applicationSecret?: string | undefined;
}

export interface AuthorizationCodeFlowInit extends ClientCredentialsFlowInit {
  scopes?: readonly string[] | undefined;
  redirectUrl?: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * `env`'s SPOTIFY_CLIENT_ID, SPOTIFY_CLIENT_SECRET and SPOTIFY_REDIRECT_URI held to spotifyTextRefusal:
 * a SpotifyError (USAGE_ERROR) naming the variable, the kind of character and its position, never
 * the value, for one holding an invisible or control character, a space or a quote.
 */
function checkSpotifyText(env: Env): void {
  for (const name of SPOTIFY_TEXT_VARIABLES) {
    const refusal = env[name] ? spotifyTextRefusal(name, env[name]) : undefined;
    if (refusal !== undefined) throw new SpotifyError(refusal);
  }
}

/** What every flow has: the app's credentials. The secret is never printed. */
abstract class BaseFlow {
  applicationId: string | undefined;
  applicationSecret: string | undefined;

  constructor(init: ClientCredentialsFlowInit) {
    this.applicationId = init.applicationId;
    this.applicationSecret = init.applicationSecret;
  }

  /**
   * Reads SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET; an unset variable leaves the value alone. Throws
   * a SpotifyError (USAGE_ERROR) when one of them, or SPOTIFY_REDIRECT_URI, holds a character Spotify
   * would refuse (spotifyTextRefusal: invisible, control, space, quote), naming it, never the value.
   */
  loadFromEnv(env: Env = process.env): this {
    checkSpotifyText(env);
    this.applicationId = env.SPOTIFY_CLIENT_ID || this.applicationId;
    this.applicationSecret = env.SPOTIFY_CLIENT_SECRET || this.applicationSecret;
    return this;
  }

  /** The names of what the flow lacks for its purpose. */
  protected missing(needSecret: boolean): string[] {
    const missing: string[] = [];
    if (!this.applicationId) missing.push('applicationId (SPOTIFY_CLIENT_ID)');
    if (needSecret && !this.applicationSecret) missing.push('applicationSecret (SPOTIFY_CLIENT_SECRET)');
    return missing;
  }

  /**
   * Throws IncompleteFlow unless the flow has what a client-credentials token needs: the app's id and
   * secret (a redirect URL plays no part in it).
   */
  validateCredentials(): void {
    this.fail(this.missing(true));
  }

  /** Throws IncompleteFlow naming `missing`, if anything is. */
  protected fail(missing: readonly string[]): void {
    if (missing.length > 0) {
      throw new IncompleteFlow(
        `The ${this.constructor.name} is incomplete: missing ${missing.join(', ')}`,
        missing,
      );
    }
  }

  toJSON(): Record<string, unknown> {
    return {
      applicationId: this.applicationId,
      applicationSecret: this.applicationSecret === undefined ? undefined : '[redacted]',
    };
  }

  [inspect.custom](): string {
    return `${this.constructor.name} ${JSON.stringify(this.toJSON())}`;
  }
}

/** The client credentials flow: app-only tokens, no user, no refresh token. */
export class ClientCredentialsFlow extends BaseFlow {
  constructor(init: ClientCredentialsFlowInit = {}) {
    super(init);
  }

  /** Throws a SpotifyError naming what is missing. */
  validate(): void {
    this.fail(this.missing(true));
  }
}

/** The authorization code flow (optionally with PKCE): user tokens with a refresh token. */
export class AuthorizationCodeFlow extends BaseFlow {
  scopes: string[];
  redirectUrl: string | undefined;

  constructor(init: AuthorizationCodeFlowInit = {}) {
    super(init);
    this.scopes = [...(init.scopes ?? [])];
    this.redirectUrl = init.redirectUrl;
  }

  /** Also reads SPOTIFY_SCOPES (space-separated) and SPOTIFY_REDIRECT_URI. */
  override loadFromEnv(env: Env = process.env): this {
    super.loadFromEnv(env);
    const scopes = env.SPOTIFY_SCOPES;
    if (scopes !== undefined && scopes.trim() !== '') {
      this.scopes = scopes.split(/\s+/).filter((scope) => scope !== '');
    }
    this.redirectUrl = env.SPOTIFY_REDIRECT_URI || this.redirectUrl;
    return this;
  }

  /**
   * Throws a SpotifyError naming what is missing. A PKCE client (`pkce: true`) needs no secret.
   * Scopes may be empty: Spotify then grants only public data.
   */
  validate(options: { pkce?: boolean } = {}): void {
    const missing = this.missing(options.pkce !== true);
    if (!this.redirectUrl) missing.push('redirectUrl (SPOTIFY_REDIRECT_URI)');
    this.fail(missing);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), scopes: this.scopes, redirectUrl: this.redirectUrl };
  }
}

export type SpotifyFlow = AuthorizationCodeFlow | ClientCredentialsFlow;

/** A PKCE pair: send `codeChallenge` to /authorize, keep `codeVerifier` for the code exchange. */
export interface PkcePair {
  codeVerifier: string;
  codeChallenge: string;
  codeChallengeMethod: 'S256';
}

/** The S256 challenge of a verifier: base64url(sha256(verifier)). */
export function pkceChallenge(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier).digest('base64url');
}

/** A fresh verifier (64 URL-safe characters, within RFC 7636's 43..128) and its S256 challenge. */
export function createPkcePair(): PkcePair {
  const codeVerifier = randomBytes(48).toString('base64url');
  return { codeVerifier, codeChallenge: pkceChallenge(codeVerifier), codeChallengeMethod: 'S256' };
}
