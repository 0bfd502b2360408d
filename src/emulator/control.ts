import { grantConsent, issueTokens, parseScopes } from './accounts.js';
import type { Reply } from './context.js';
import { FaultRuleError } from './faults.js';
import type { Emulator, RawRequest } from './server.js';
import { SCOPES } from './state.js';

const bad = (message: string): Reply => ({ status: 400, body: { error: message } });

function jsonObject(raw: RawRequest): Record<string, unknown> | undefined {
  if (raw.body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(raw.body.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The control API under /__emulator/: JSON in and out, for tests, benchmarks and people. */
export async function handleControl(emu: Emulator, raw: RawRequest): Promise<Reply> {
  const route = `${raw.method} ${raw.path.replace(/\/+$/, '')}`;
  const body = jsonObject(raw);
  if (body === undefined) return bad('The body must be a JSON object');
  const state = emu.state;

  switch (route) {
    case 'GET /__emulator/info':
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
    case 'GET /__emulator/requests':
      // inFlight: requests still being answered (a fault's latency); tests wait for 0 before clearing.
      return { status: 200, body: { ...emu.log.toJSON(), inFlight: emu.inFlight } };
    case 'DELETE /__emulator/requests':
      emu.log.clear();
      return { status: 204 };
    case 'GET /__emulator/faults':
      return { status: 200, body: { faults: emu.faults.list() } };
    case 'POST /__emulator/faults':
      try {
        const rule = emu.faults.add(body);
        return { status: 201, body: { id: rule.id, rule } };
      } catch (error) {
        if (error instanceof FaultRuleError) return bad(error.message);
        throw error;
      }
    case 'DELETE /__emulator/faults':
      emu.faults.clear();
      return { status: 204 };
    case 'POST /__emulator/tokens': {
      // Mint a token without the sign-in dance: for tests and quick experiments.
      const clientId = typeof body.clientId === 'string' ? body.clientId : [...state.apps.keys()][0]!;
      if (!state.apps.has(clientId)) return bad('Unknown clientId');
      const userId = typeof body.userId === 'string' ? body.userId : undefined;
      if (userId !== undefined && !state.accounts.has(userId)) return bad('Unknown userId');
      let scopes: Set<string> | undefined = new Set(userId === undefined ? [] : SCOPES);
      if (body.scopes !== undefined) {
        if (!Array.isArray(body.scopes) || !body.scopes.every((s) => typeof s === 'string')) {
          return bad('scopes must be an array of strings');
        }
        scopes = parseScopes(body.scopes.join(' '));
        if (!scopes) return bad('Unknown scope');
      }
      if (userId !== undefined) grantConsent(state, userId, clientId, scopes);
      return {
        status: 200,
        body: issueTokens(state, { clientId, ...(userId === undefined ? {} : { userId }), scopes }),
      };
    }
    case 'POST /__emulator/consents': {
      const { userId, clientId, scopes } = body;
      if (typeof userId !== 'string' || !state.accounts.has(userId)) return bad('Unknown userId');
      if (typeof clientId !== 'string' || !state.apps.has(clientId)) return bad('Unknown clientId');
      const parsed = Array.isArray(scopes) ? parseScopes(scopes.join(' ')) : undefined;
      if (!parsed) return bad('scopes must be an array of known scopes');
      grantConsent(state, userId, clientId, parsed);
      return { status: 204 };
    }
    case 'POST /__emulator/tokens/expire':
    case 'POST /__emulator/tokens/revoke': {
      if (typeof body.token !== 'string') return bad('token is required');
      const grant = state.accessTokens.get(body.token) ?? state.refreshTokens.get(body.token);
      if (!grant) return { status: 404, body: { error: 'Unknown token' } };
      if (route.endsWith('expire')) grant.expiresAt = state.now() - 1;
      else grant.revoked = true;
      return { status: 204 };
    }
    case 'POST /__emulator/clock': {
      const advance = body.advanceMs;
      if (typeof advance !== 'number' || !Number.isFinite(advance) || advance < 0) {
        return bad('advanceMs must be a non-negative number');
      }
      state.clockOffsetMs += advance;
      return { status: 200, body: { now: state.now() } };
    }
    case 'POST /__emulator/apps/allowlist': {
      // A Development Mode app's user allowlist: users not on it get Spotify's plain-text 403.
      const { clientId, userIds } = body;
      const app = typeof clientId === 'string' ? state.apps.get(clientId) : undefined;
      if (!app) return bad('Unknown clientId');
      if (userIds === null) {
        delete app.allowedUsers;
        return { status: 204 };
      }
      if (!Array.isArray(userIds) || !userIds.every((u) => typeof u === 'string' && state.accounts.has(u))) {
        return bad('userIds must be an array of known user ids, or null');
      }
      app.allowedUsers = [...userIds] as string[];
      return { status: 204 };
    }
    case 'POST /__emulator/player/ad': {
      // An ad over the user's playback: Spotify sends `currently_playing_type: "ad"` and no item.
      const { userId, durationMs } = body;
      if (typeof userId !== 'string' || !state.accounts.has(userId)) return bad('Unknown userId');
      const duration = durationMs === undefined ? 30_000 : durationMs;
      if (typeof duration !== 'number' || !Number.isFinite(duration) || duration <= 0) {
        return bad('durationMs must be a positive number');
      }
      state.player(userId).playAd(duration);
      return { status: 204 };
    }
    case 'POST /__emulator/redirect-uris': {
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
        return bad('Unknown clientId');
      }
      for (const app of state.apps.values()) {
        if (
          (clientId === undefined || app.clientId === clientId) &&
          !app.redirectUris.includes(redirectUri)
        ) {
          app.redirectUris.push(redirectUri);
        }
      }
      if (clientId === undefined) {
        emu.options.redirectUris ??= [];
        if (!emu.options.redirectUris.includes(redirectUri)) emu.options.redirectUris.push(redirectUri);
      }
      return { status: 204 };
    }
    case 'POST /__emulator/reset':
      emu.reset();
      return { status: 204 };
    default:
      return { status: 404, body: { error: `No control route ${route}` } };
  }
}
