import { describe, expect, it } from 'vitest';
import { EXTENDED_APP, useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator();

const app = EXTENDED_APP.clientId;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Issue 7: the control API refuses what it used to accept silently. Each row is a route, a bad body,
 * and the status and `code` it answers; every route refuses a field it does not take (a misspelt
 * `user` for `userId` minted an app token), numbers out of their documented range, and fault rules
 * whose fields conflict.
 */
describe('control API refuses bad input (route x bad input)', () => {
  it.each([
    ['POST', '/tokens', { user: 'alice' }, 'UNKNOWN_FIELD'],
    ['POST', '/consents', { userId: 'alice', clientId: app, scopes: [], scope: 'x' }, 'UNKNOWN_FIELD'],
    ['POST', '/tokens/expire', { token: 'x', tokens: ['y'] }, 'UNKNOWN_FIELD'],
    ['POST', '/tokens/revoke', { token: 'x', refresh: true }, 'UNKNOWN_FIELD'],
    ['POST', '/clock', { advance: 1000 }, 'UNKNOWN_FIELD'],
    ['POST', '/apps/allowlist', { clientId: app, users: ['alice'] }, 'UNKNOWN_FIELD'],
    ['POST', '/apps/app-tokens', { clientId: app, refused: true, why: 'x' }, 'UNKNOWN_FIELD'],
    ['POST', '/apps/secret', { clientId: app, secret: 'abcdefgh12' }, 'UNKNOWN_FIELD'],
    ['POST', '/player/ad', { userId: 'alice', duration: 5 }, 'UNKNOWN_FIELD'],
    ['POST', '/redirect-uris', { uri: 'http://127.0.0.1/cb' }, 'UNKNOWN_FIELD'],
    ['POST', '/reset', { hard: true }, 'UNKNOWN_FIELD'],
    ['DELETE', '/requests', { before: 1 }, 'UNKNOWN_FIELD'],
    ['DELETE', '/faults', { id: 'x' }, 'UNKNOWN_FIELD'],
    ['POST', '/clock', { advanceMs: 1e300 }, 'INVALID_ARGUMENT'],
    ['POST', '/clock', { advanceMs: YEAR_MS + 1 }, 'INVALID_ARGUMENT'],
    ['POST', '/clock', { advanceMs: -1 }, 'INVALID_ARGUMENT'],
    ['POST', '/clock', { advanceMs: 1.5 }, 'INVALID_ARGUMENT'],
    ['POST', '/clock', { advanceMs: '1000' }, 'INVALID_ARGUMENT'],
    ['POST', '/player/ad', { userId: 'alice', durationMs: 1e300 }, 'INVALID_ARGUMENT'],
    ['POST', '/player/ad', { userId: 'alice', durationMs: DAY_MS + 1 }, 'INVALID_ARGUMENT'],
    ['POST', '/player/ad', { userId: 'alice', durationMs: -5 }, 'INVALID_ARGUMENT'],
    ['POST', '/player/ad', { userId: 'alice', durationMs: 0.5 }, 'INVALID_ARGUMENT'],
    ['POST', '/faults', { route: 'GET /v1/albums/{id}', text: 'x', body: 'non-json' }, 'INVALID_FAULT_RULE'],
    ['POST', '/faults', { route: 'GET /v1/albums/{id}', drop: true, status: 500 }, 'INVALID_FAULT_RULE'],
    ['POST', '/faults', { route: 'GET /v1/albums/{id}', drop: true, text: 'x' }, 'INVALID_FAULT_RULE'],
    ['POST', '/faults', { route: 'GET /v1/albums/{id}', latencyMs: 1e300 }, 'INVALID_FAULT_RULE'],
    ['POST', '/faults', { route: 'GET /v1/albums/{id}', status: 500, times: 1.5 }, 'INVALID_FAULT_RULE'],
    ['POST', '/faults', { route: 'GET /v1/albums/{id}', status: 500, retryAfter: -1 }, 'INVALID_FAULT_RULE'],
  ])('%s %s %j answers 400 %s', async (method, path, body, code) => {
    const answer = await emu.control(method, path, body);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code, error: expect.any(String) });
  });

  it('names the unknown fields and the accepted ones', async () => {
    const answer = await emu.control('POST', '/tokens', { user: 'alice', scope: 'x' });
    expect(answer.json).toEqual({
      error: expect.stringContaining('user, scope'),
      code: 'UNKNOWN_FIELD',
      unknownFields: ['user', 'scope'],
      acceptedFields: ['clientId', 'userId', 'scopes'],
    });
  });

  it('an unknown fault field names the fields a rule takes', async () => {
    const answer = await emu.control('POST', '/faults', { route: 'GET /v1/me', statuss: 500 });
    expect(answer.json).toMatchObject({
      code: 'INVALID_FAULT_RULE',
      error: expect.stringMatching(/statuss.*route.*status/),
    });
  });

  it.each([
    ['/clock', { advanceMs: YEAR_MS }],
    ['/clock', { advanceMs: 0 }],
    ['/player/ad', { userId: 'alice', durationMs: DAY_MS }],
  ])('guard: %s %j at the bound is taken', async (path, body) => {
    const answer = await emu.control('POST', path, body);
    expect(answer.status).toBeLessThan(300);
  });
});

/**
 * Issue 7: a malformed percent-encoding in a URL's path or query answered 500 (decodeURIComponent
 * threw); every route answers 400, Spotify's shape on Spotify's routes, the control API's on its own.
 */
describe('a malformed percent-encoding in the URL', () => {
  it.each([
    '/v1/albums/%ZZ',
    '/v1/albums/%',
    '/v1/albums/%C3',
    '/v1/albums?ids=%ZZ',
    '/v1/search?q=abc%2&type=track',
    '/v1/users/%E9milie',
    '/v1/me/player?market=%GG',
  ])('GET %s answers Spotify-shaped 400', async (path) => {
    const token = await emu.token({ user: 'alice' });
    const answer = await emu.api('GET', path, { token });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: { status: 400, message: expect.any(String) } });
  });

  it('a control route answers 400 INVALID_URL', async () => {
    const answer = await emu.control('GET', '/info?x=%ZZ');
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'INVALID_URL' });
  });

  it('guard: a well-formed escape is still decoded', async () => {
    const token = await emu.token({ user: 'alice' });
    const answer = await emu.api('GET', '/v1/users/alice%20', { token });
    expect(answer.status).not.toBe(500);
  });
});
