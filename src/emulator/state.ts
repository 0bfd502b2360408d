import { randomBytes } from 'node:crypto';
import { type Catalog, createCatalog } from './catalog.js';
import { createPlayerState, type PlayerState } from './player-state.js';
import { createUserData, type UserData } from './user-data.js';

export type AppMode = 'extended' | 'development';

export interface App {
  clientId: string;
  clientSecret: string;
  name: string;
  mode: AppMode;
  redirectUris: string[];
  /**
   * A Development Mode app's user allowlist (the users added in the dashboard); absent for no list.
   * A user not on it gets Spotify's plain-text 403.
   */
  allowedUsers?: string[];
  /**
   * While true, the Web API answers 401 "Invalid access token" to every client-credentials token of
   * the app, though the token endpoint keeps issuing them (Spotify refusing an app's fresh tokens).
   */
  refuseAppTokens?: boolean;
}

export interface Account {
  id: string;
  displayName: string;
  email: string;
  country: string;
  product: 'premium' | 'free';
  birthdate: string;
  cookie: { sp_t: string; sp_dc: string; sp_key: string };
}

/** An issued access token and what it may do. */
export interface AccessGrant {
  token: string;
  clientId: string;
  /** Absent for client-credentials tokens. */
  userId?: string;
  scopes: ReadonlySet<string>;
  expiresAt: number;
  revoked: boolean;
}

export interface RefreshGrant {
  token: string;
  clientId: string;
  userId: string;
  scopes: ReadonlySet<string>;
  /** Refresh tokens die a fixed time after the user's original consent, however often they rotate. */
  expiresAt: number;
  /** Issued to a PKCE client (no secret): refreshing needs only client_id and rotates the token. */
  pkce: boolean;
  revoked: boolean;
}

export interface AuthorizationCode {
  code: string;
  clientId: string;
  userId: string;
  redirectUri: string;
  scopes: ReadonlySet<string>;
  codeChallenge?: string;
  expiresAt: number;
}

export interface EmulatorOptions {
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  /** Interface to bind; loopback by default. */
  host?: string;
  /** Catalog seed: the same seed gives the same catalog, ids included. */
  seed?: number;
  /** Access-token lifetime in seconds (Spotify: 3600). */
  accessTokenTtl?: number;
  /** Refresh-token lifetime in seconds from the original consent (Spotify: about 6 months). */
  refreshTokenTtl?: number;
  /** Requests per app allowed in the rolling window before 429. */
  rateLimit?: number;
  /** Rolling rate-limit window in milliseconds (Spotify: 30 s). */
  rateLimitWindowMs?: number;
  /** Extra redirect URIs registered for every seeded app (e.g. the server's own callback). */
  redirectUris?: string[];
  /**
   * When a refresh answer carries a new refresh token: for PKCE clients only (default, as Spotify
   * does), always, or never.
   */
  refreshTokenRotation?: 'pkce' | 'always' | 'never';
  /**
   * How long after expiry tokens are kept before they are pruned, in ms (default a day: an expired
   * token still answers "The access token expired"). Tests that look for every token ever issued
   * (leak canaries) keep them for as long as they run.
   */
  grantRetentionMs?: number;
  /**
   * Most entries kept per map of grants (access tokens, refresh tokens, authorization codes), an
   * integer of at least 1 (default MAX_GRANTS, 100,000): past it the oldest go first, and are then
   * answered as unknown ones. Lowered by tests of the cap; a bad value is a RangeError at construction.
   */
  maxGrants?: number;
}

/**
 * Spotify's OAuth scopes. The client keeps its own copy (src/spotify/endpoints/types.ts), as the emulator
 * imports nothing from the rest of src/; test/emulator/accounts.test.ts checks that both agree.
 */
export const SCOPES = [
  'ugc-image-upload',
  'user-read-playback-state',
  'user-modify-playback-state',
  'user-read-currently-playing',
  'app-remote-control',
  'streaming',
  'playlist-read-private',
  'playlist-read-collaborative',
  'playlist-modify-private',
  'playlist-modify-public',
  'user-follow-modify',
  'user-follow-read',
  'user-read-playback-position',
  'user-top-read',
  'user-read-recently-played',
  'user-library-modify',
  'user-library-read',
  'user-read-email',
  'user-read-private',
] as const;

const DEFAULT_REDIRECTS = [
  'http://127.0.0.1:4000/auth/callback',
  'http://127.0.0.1:8888/callback',
  'http://localhost:8888/callback',
];

/** Fixed credentials, so that docs, tests and a newcomer's shell can name them. */
export function seedApps(extraRedirects: readonly string[]): App[] {
  const redirectUris = [...DEFAULT_REDIRECTS, ...extraRedirects];
  return [
    {
      clientId: 'e0000000000000000000000000000001',
      clientSecret: 's0000000000000000000000000000001',
      name: 'Emulator Extended App',
      mode: 'extended',
      redirectUris: [...redirectUris],
    },
    {
      clientId: 'd0000000000000000000000000000002',
      clientSecret: 's0000000000000000000000000000002',
      name: 'Emulator Development App',
      mode: 'development',
      redirectUris: [...redirectUris],
    },
  ];
}

export function seedAccounts(): Account[] {
  return [
    {
      id: 'alice',
      displayName: 'Alice Premium',
      email: 'alice@example.com',
      country: 'SE',
      product: 'premium',
      birthdate: '1990-01-01',
      cookie: { sp_t: 'sp-t-alice-0001', sp_dc: 'sp-dc-alice-0001', sp_key: 'sp-key-alice-0001' },
    },
    {
      id: 'bob',
      displayName: 'Bob Free',
      email: 'bob@example.com',
      country: 'US',
      product: 'free',
      birthdate: '1992-02-02',
      cookie: { sp_t: 'sp-t-bob-0002', sp_dc: 'sp-dc-bob-0002', sp_key: 'sp-key-bob-0002' },
    },
    {
      id: 'carol',
      displayName: 'Carol Premium',
      email: 'carol@example.com',
      country: 'DE',
      product: 'premium',
      birthdate: '1985-03-03',
      cookie: { sp_t: 'sp-t-carol-0003', sp_dc: 'sp-dc-carol-0003', sp_key: 'sp-key-carol-0003' },
    },
  ];
}

/**
 * Accounts seeded after the catalog is generated (a user record, no playlists, no draw from the
 * catalog's random source), so that adding them changed no generated id, name or playlist.
 */
export function lateSeedAccounts(): Account[] {
  return [
    {
      // Lives in the restricted market (JP): the one seeded user who meets unavailable items.
      id: 'kenji',
      displayName: 'Kenji Premium',
      email: 'kenji@example.com',
      country: 'JP',
      product: 'premium',
      birthdate: '1995-04-04',
      cookie: { sp_t: 'sp-t-kenji-0004', sp_dc: 'sp-dc-kenji-0004', sp_key: 'sp-key-kenji-0004' },
    },
  ];
}

/** Who hears of each secret minted (see `observeMintedSecrets`). */
const mintObservers = new Set<(secret: string) => void>();

/**
 * Calls `observer` with every access token, refresh token and authorization code that any emulator in
 * this process mints from now on (the leak checks of the test suite look for them in everything the
 * server prints and answers). Returns the function that stops the calls.
 */
export function observeMintedSecrets(observer: (secret: string) => void): () => void {
  mintObservers.add(observer);
  return () => mintObservers.delete(observer);
}

/** Opaque token material (`prefix` and 288 random bits in base64url); never derived from anything guessable. */
export const newToken = (prefix: string): string => {
  const token = `${prefix}${randomBytes(36).toString('base64url')}`;
  for (const observer of mintObservers) observer(token);
  return token;
};

/**
 * Everything the emulator knows. `reset()` in the control API replaces the whole state with a
 * fresh one built from the same options, so nothing survives a reset by accident.
 */
export class EmulatorState {
  readonly apps: Map<string, App>;
  readonly accounts: Map<string, Account>;
  readonly catalog: Catalog;
  readonly accessTokens = new Map<string, AccessGrant>();
  readonly refreshTokens = new Map<string, RefreshGrant>();
  readonly codes = new Map<string, AuthorizationCode>();
  /** `${userId} ${clientId}` -> scopes the user granted. */
  readonly consents = new Map<string, Set<string>>();
  /** Offset added to the wall clock, moved by `POST /__emulator/clock`. */
  clockOffsetMs = 0;
  private readonly userData = new Map<string, UserData>();
  private readonly players = new Map<string, PlayerState>();

  constructor(readonly options: Readonly<EmulatorOptions>) {
    const { maxGrants } = options;
    if (maxGrants !== undefined && !(Number.isSafeInteger(maxGrants) && maxGrants >= 1)) {
      throw new RangeError(`maxGrants must be an integer of at least 1, not ${String(maxGrants)}`);
    }
    this.apps = new Map(seedApps(options.redirectUris ?? []).map((a) => [a.clientId, a]));
    const [accounts, late] = [seedAccounts(), lateSeedAccounts()];
    this.accounts = new Map([...accounts, ...late].map((a) => [a.id, a]));
    this.catalog = createCatalog(options.seed ?? 1, accounts, late);
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  get accessTokenTtl(): number {
    return this.options.accessTokenTtl ?? 3600;
  }

  get refreshTokenTtl(): number {
    return this.options.refreshTokenTtl ?? 183 * 24 * 3600;
  }

  /** The seeded account's library, follows and history, created on first use. */
  user(userId: string): UserData {
    let data = this.userData.get(userId);
    if (!data) {
      data = createUserData(this, userId);
      this.userData.set(userId, data);
    }
    return data;
  }

  /** The account's live player, created on first use. */
  player(userId: string): PlayerState {
    let player = this.players.get(userId);
    if (!player) {
      player = createPlayerState(this, userId);
      this.players.set(userId, player);
    }
    return player;
  }
}
