import { grantConsent, issueTokens, parseScopes } from './accounts.js';
import type { Reply } from './context.js';
import { FaultLimitError, FaultRuleError } from './faults.js';
import { isObject } from './json-object.js';
import { routedMethod } from './router.js';
import type { Emulator, RawRequest } from './server.js';
import { SCOPES } from './state.js';

/**
 * The stable codes of the control API's errors (`{ error, code, ... }`): `error` says it in words for
 * people, `code` is what a script matches.
 */
export type ControlErrorCode =
  | 'INVALID_BODY'
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_CLIENT_ID'
  | 'UNKNOWN_USER_ID'
  | 'UNKNOWN_SCOPE'
  | 'UNKNOWN_TOKEN'
  | 'INVALID_FAULT_RULE'
  | 'TOO_MANY_FAULT_RULES'
  | 'UNKNOWN_ROUTE'
  | 'UNKNOWN_FIELD'
  | 'INVALID_URL';

/** A control API error: `{ error: message, code, ...details }` with `status` (400 unless given). */
const refusal = (
  code: ControlErrorCode,
  message: string,
  details: Record<string, unknown> = {},
  status = 400,
): Reply => ({ status, body: { error: message, code, ...details } });

/**
 * A control route's answer when it did what it was asked: 200 with a JSON object saying what it did
 * (the control API is JSON in and out: never an empty body, which a script reading JSON chokes on).
 */
const done = (body: Record<string, unknown>): Reply => ({ status: 200, body });

/** A field of the body that is missing or malformed (400 INVALID_ARGUMENT). */
const bad = (message: string): Reply => refusal('INVALID_ARGUMENT', message);

/** An unknown `userId` (400 UNKNOWN_USER_ID), naming the seeded users' ids. */
const unknownUser = (emu: Emulator): Reply =>
  refusal('UNKNOWN_USER_ID', 'Unknown userId', { validUserIds: [...emu.state.accounts.keys()] });

/** An unknown `clientId` (400 UNKNOWN_CLIENT_ID), naming the apps' client ids. */
const unknownClient = (emu: Emulator): Reply =>
  refusal('UNKNOWN_CLIENT_ID', 'Unknown clientId', { validClientIds: [...emu.state.apps.keys()] });

function jsonObject(raw: RawRequest): Record<string, unknown> | undefined {
  if (raw.body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(raw.body.toString('utf8'));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Mints tokens for an app (and a user) without the sign-in dance. */
function mintTokens(emu: Emulator, body: Record<string, unknown>): Reply {
  const state = emu.state;
  // Mint a token without the sign-in dance: for tests and quick experiments.
  const clientId = typeof body.clientId === 'string' ? body.clientId : [...state.apps.keys()][0]!;
  if (!state.apps.has(clientId)) return unknownClient(emu);
  const userId = typeof body.userId === 'string' ? body.userId : undefined;
  if (userId !== undefined && !state.accounts.has(userId)) return unknownUser(emu);
  let scopes: Set<string> | undefined = new Set(userId === undefined ? [] : SCOPES);
  if (body.scopes !== undefined) {
    if (!Array.isArray(body.scopes) || !body.scopes.every((s) => typeof s === 'string')) {
      return bad('scopes must be an array of strings');
    }
    scopes = parseScopes(body.scopes.join(' '));
    if (!scopes) return refusal('UNKNOWN_SCOPE', 'Unknown scope', { validScopes: SCOPES });
  }
  if (userId !== undefined) grantConsent(state, userId, clientId, scopes);
  return {
    status: 200,
    body: issueTokens(state, { clientId, ...(userId === undefined ? {} : { userId }), scopes }),
  };
}

/** Records a user's consent to an app's scopes, as the authorize page does. */
function addConsent(emu: Emulator, body: Record<string, unknown>): Reply {
  const state = emu.state;
  const { userId, clientId, scopes } = body;
  if (typeof userId !== 'string' || !state.accounts.has(userId)) return unknownUser(emu);
  if (typeof clientId !== 'string' || !state.apps.has(clientId)) return unknownClient(emu);
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) {
    return bad('scopes must be an array of known scopes');
  }
  const parsed = parseScopes(scopes.join(' '));
  if (!parsed) return refusal('UNKNOWN_SCOPE', 'Unknown scope', { validScopes: SCOPES });
  grantConsent(state, userId, clientId, parsed);
  return done({ userId, clientId, scopes: [...parsed] });
}

/**
 * Expires or revokes an access or refresh token (404 for an unknown one): answers which kind it was
 * (`{ kind: "access" | "refresh", expired: true }` or `revoked: true`), never the token itself.
 */
function expireOrRevokeToken(emu: Emulator, body: Record<string, unknown>, route: string): Reply {
  const state = emu.state;
  if (typeof body.token !== 'string') return bad('token is required');
  const access = state.accessTokens.get(body.token);
  const grant = access ?? state.refreshTokens.get(body.token);
  if (!grant) return refusal('UNKNOWN_TOKEN', 'Unknown token', {}, 404);
  const kind = access === undefined ? 'refresh' : 'access';
  if (route.endsWith('expire')) {
    grant.expiresAt = state.now() - 1;
    return done({ kind, expired: true });
  }
  grant.revoked = true;
  return done({ kind, revoked: true });
}

/** The most `POST /clock` moves the clock by at once: a year of ms (365 days). */
export const MAX_CLOCK_ADVANCE_MS = 365 * 24 * 60 * 60 * 1000;

/** The longest ad `POST /player/ad` plays: a day of ms. */
export const MAX_AD_DURATION_MS = 24 * 60 * 60 * 1000;

/** Whether `value` is an integer from `min` to `max` (JSON numbers such as 1e300 or 1.5 are not). */
const intIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Moves the emulator's clock forward by `advanceMs` (an integer, 0 to a year of ms). */
function advanceClock(emu: Emulator, body: Record<string, unknown>): Reply {
  const state = emu.state;
  const advance = body.advanceMs;
  if (!intIn(advance, 0, MAX_CLOCK_ADVANCE_MS)) {
    return bad(`advanceMs must be an integer from 0 to ${MAX_CLOCK_ADVANCE_MS} (a year of ms)`);
  }
  state.clockOffsetMs += advance;
  return { status: 200, body: { now: state.now() } };
}

/** Sets (or with null removes) a Development Mode app's user allowlist. */
function setAllowlist(emu: Emulator, body: Record<string, unknown>): Reply {
  const state = emu.state;
  // A Development Mode app's user allowlist: users not on it get Spotify's plain-text 403.
  const { clientId, userIds } = body;
  const app = typeof clientId === 'string' ? state.apps.get(clientId) : undefined;
  if (!app) return unknownClient(emu);
  if (userIds === null) {
    delete app.allowedUsers;
    return done({ clientId: app.clientId, userIds: null });
  }
  if (!Array.isArray(userIds) || !userIds.every((u) => typeof u === 'string')) {
    return bad('userIds must be an array of known user ids, or null');
  }
  if (!userIds.every((u) => state.accounts.has(u))) return unknownUser(emu);
  app.allowedUsers = [...userIds] as string[];
  return done({ clientId: app.clientId, userIds: app.allowedUsers });
}

/**
 * Makes the Web API refuse (401) every client-credentials token of an app while `refused` is true; the
 * token endpoint keeps issuing them.
 */
function refuseAppTokens(emu: Emulator, body: Record<string, unknown>): Reply {
  const { clientId, refused } = body;
  const app = typeof clientId === 'string' ? emu.state.apps.get(clientId) : undefined;
  if (!app) return unknownClient(emu);
  if (typeof refused !== 'boolean') return bad('refused must be true or false');
  app.refuseAppTokens = refused;
  return done({ clientId: app.clientId, refused });
}

/**
 * Rotates an app's client secret, as its owner does in Spotify's dashboard: the token endpoint refuses
 * the old one from now on (`invalid_client`). Tokens already issued keep working.
 */
function rotateSecret(emu: Emulator, body: Record<string, unknown>): Reply {
  const { clientId, clientSecret } = body;
  const app = typeof clientId === 'string' ? emu.state.apps.get(clientId) : undefined;
  if (!app) return unknownClient(emu);
  if (typeof clientSecret !== 'string' || !/^[\x21-\x7e]{8,128}$/.test(clientSecret)) {
    return bad('clientSecret must be 8 to 128 printable ASCII characters');
  }
  app.clientSecret = clientSecret;
  return done({ clientId: app.clientId, rotated: true });
}

/** Puts an ad over a user's playback for `durationMs` (an integer, 1 to a day of ms; default 30 s). */
function playAd(emu: Emulator, body: Record<string, unknown>): Reply {
  const state = emu.state;
  // An ad over the user's playback: Spotify sends `currently_playing_type: "ad"` and `item: null`.
  const { userId, durationMs } = body;
  if (typeof userId !== 'string' || !state.accounts.has(userId)) return unknownUser(emu);
  const duration = durationMs === undefined ? 30_000 : durationMs;
  if (!intIn(duration, 1, MAX_AD_DURATION_MS)) {
    return bad(`durationMs must be an integer from 1 to ${MAX_AD_DURATION_MS} (a day of ms)`);
  }
  state.player(userId).playAd(duration);
  return done({ userId, durationMs: duration });
}

/** Registers a redirect URI with one app or every app. */
function addRedirectUri(emu: Emulator, body: Record<string, unknown>): Reply {
  const state = emu.state;
  // Registers a redirect URI with one app (or every app), as a developer does in Spotify's
  // dashboard; it survives a reset. The sandbox registers the server's callback this way.
  const { redirectUri, clientId } = body;
  if (typeof redirectUri !== 'string') return bad('redirectUri is required');
  try {
    new URL(redirectUri);
  } catch {
    return bad('redirectUri must be an absolute URL');
  }
  if (clientId !== undefined && (typeof clientId !== 'string' || !state.apps.has(clientId))) {
    return unknownClient(emu);
  }
  for (const app of state.apps.values()) {
    if ((clientId === undefined || app.clientId === clientId) && !app.redirectUris.includes(redirectUri)) {
      app.redirectUris.push(redirectUri);
    }
  }
  if (clientId === undefined) {
    emu.options.redirectUris ??= [];
    if (!emu.options.redirectUris.includes(redirectUri)) emu.options.redirectUris.push(redirectUri);
  }
  const clientIds = [...state.apps.values()]
    .filter((app) => app.redirectUris.includes(redirectUri))
    .map((app) => app.clientId);
  return done({ redirectUri, clientIds });
}

/** The apps, users, scopes and clock of the emulator. */
function info(emu: Emulator): Reply {
  const state = emu.state;
  return {
    status: 200,
    body: {
      baseUrl: emu.baseUrl,
      apiUrl: `${emu.baseUrl}/v1`,
      accountsUrl: emu.baseUrl,
      apps: [...state.apps.values()].map((a) => ({
        clientId: a.clientId,
        clientSecret: a.clientSecret,
        name: a.name,
        mode: a.mode,
        redirectUris: a.redirectUris,
      })),
      users: [...state.accounts.values()].map((u) => ({
        id: u.id,
        displayName: u.displayName,
        email: u.email,
        country: u.country,
        product: u.product,
        cookie: { ...u.cookie },
      })),
      scopes: SCOPES,
      now: state.now(),
    },
  };
}

/** Adds a fault rule (400 for a rule that does not parse, 409 beyond the rules' bound: faults.ts). */
function addFault(emu: Emulator, body: Record<string, unknown>): Reply {
  try {
    const rule = emu.faults.add(body);
    return { status: 201, body: { id: rule.id, rule } };
  } catch (error) {
    if (error instanceof FaultRuleError) return refusal('INVALID_FAULT_RULE', error.message);
    if (error instanceof FaultLimitError) return refusal('TOO_MANY_FAULT_RULES', error.message, {}, 409);
    throw error;
  }
}

type ControlHandler = (emu: Emulator, body: Record<string, unknown>, route: string) => Reply;

/** The control routes, `METHOD /path` to handler. */
const ROUTES: Record<string, ControlHandler> = {
  'GET /__emulator/info': info,
  // inFlight: requests still being answered (a fault's latency); tests wait for 0 before clearing.
  'GET /__emulator/requests': (emu) => ({
    status: 200,
    body: { ...emu.log.toJSON(), inFlight: emu.inFlight },
  }),
  // What was removed: the requests the log counted, the rules kept.
  'DELETE /__emulator/requests': (emu) => {
    const removed = emu.log.count;
    emu.log.clear();
    return done({ removed });
  },
  'GET /__emulator/faults': (emu) => ({ status: 200, body: { faults: emu.faults.list() } }),
  'POST /__emulator/faults': addFault,
  'DELETE /__emulator/faults': (emu) => {
    const removed = emu.faults.list().length;
    emu.faults.clear();
    return done({ removed });
  },
  'POST /__emulator/tokens': mintTokens,
  'POST /__emulator/consents': addConsent,
  'POST /__emulator/tokens/expire': expireOrRevokeToken,
  'POST /__emulator/tokens/revoke': expireOrRevokeToken,
  'POST /__emulator/clock': advanceClock,
  'POST /__emulator/apps/allowlist': setAllowlist,
  'POST /__emulator/apps/app-tokens': refuseAppTokens,
  'POST /__emulator/apps/secret': rotateSecret,
  'POST /__emulator/player/ad': playAd,
  'POST /__emulator/redirect-uris': addRedirectUri,
  'POST /__emulator/reset': (emu) => {
    emu.reset();
    return done({ reset: true });
  },
};

/**
 * The body fields each control route accepts; any other field is refused (400 UNKNOWN_FIELD) rather
 * than ignored, so a misspelt `user` for `userId` does not silently mint an app token. POST /faults
 * checks its fields itself (faults.ts: 400 INVALID_FAULT_RULE).
 */
const FIELDS: Record<string, readonly string[]> = {
  'POST /__emulator/tokens': ['clientId', 'userId', 'scopes'],
  'POST /__emulator/consents': ['userId', 'clientId', 'scopes'],
  'POST /__emulator/tokens/expire': ['token'],
  'POST /__emulator/tokens/revoke': ['token'],
  'POST /__emulator/clock': ['advanceMs'],
  'POST /__emulator/apps/allowlist': ['clientId', 'userIds'],
  'POST /__emulator/apps/app-tokens': ['clientId', 'refused'],
  'POST /__emulator/apps/secret': ['clientId', 'clientSecret'],
  'POST /__emulator/player/ad': ['userId', 'durationMs'],
  'POST /__emulator/redirect-uris': ['redirectUri', 'clientId'],
};

/** 400 UNKNOWN_FIELD naming the body's unknown fields and the route's accepted ones, or undefined. */
function unknownFields(route: string, body: Record<string, unknown>): Reply | undefined {
  if (route === 'POST /__emulator/faults') return undefined;
  const accepted = FIELDS[route] ?? [];
  const unknown = Object.keys(body).filter((key) => !accepted.includes(key));
  if (unknown.length === 0) return undefined;
  const words = accepted.length === 0 ? 'it takes no fields' : `it takes ${accepted.join(', ')}`;
  return refusal('UNKNOWN_FIELD', `Unknown field(s) for ${route}: ${unknown.join(', ')}; ${words}`, {
    unknownFields: unknown,
    acceptedFields: accepted,
  });
}

/**
 * The control API under /__emulator/: JSON in and out, for tests, benchmarks and people. Refuses a body
 * that is not a JSON object (400 INVALID_BODY), an unknown route (404 UNKNOWN_ROUTE) and fields the
 * route does not take (400 UNKNOWN_FIELD).
 */
export async function handleControl(emu: Emulator, raw: RawRequest): Promise<Reply> {
  const route = `${routedMethod(raw.method)} ${raw.path.replace(/\/+$/, '')}`;
  const body = jsonObject(raw);
  if (body === undefined) return refusal('INVALID_BODY', 'The body must be a JSON object');
  const handler = Object.hasOwn(ROUTES, route) ? ROUTES[route] : undefined;
  if (!handler) {
    return refusal('UNKNOWN_ROUTE', `No control route ${route}`, { routes: Object.keys(ROUTES) }, 404);
  }
  return unknownFields(route, body) ?? handler(emu, body, route);
}

/** The control API's answer to a URL with a malformed percent-encoding (400 INVALID_URL). */
export const invalidControlUrl = (): Reply =>
  refusal(
    'INVALID_URL',
    'The URL holds a malformed percent-encoding (% must begin a UTF-8 escape such as %C3%A9)',
  );
