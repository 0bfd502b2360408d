import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_APP, EXTENDED_APP, useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator();

const app = EXTENDED_APP.clientId;

/**
 * The control API is JSON in and out (README, The emulator): every route that did what it was asked
 * answers 200 with a JSON object saying what it did, never an empty body a script reading JSON chokes
 * on (`DELETE /__emulator/requests` and `DELETE /__emulator/faults` answered 204 with nothing, as did
 * every other route that changes state). Its range errors read one way: "an integer from 0 to N".
 */
describe('every control route answers JSON', () => {
  it('DELETE /requests answers how many logged requests it removed, and empties the log', async () => {
    await emu.control('DELETE', '/requests');
    const token = await emu.token();
    await emu.api('GET', '/v1/markets', { token });
    await emu.api('GET', '/v1/markets', { token });
    const logged = (await emu.control('GET', '/requests')).json as { total: number };
    const answer = await emu.control('DELETE', '/requests');
    expect([answer.status, answer.headers.get('content-type'), answer.json]).toEqual([
      200,
      expect.stringContaining('application/json'),
      { removed: logged.total },
    ]);
    expect(((await emu.control('GET', '/requests')).json as { total: number }).total).toBe(0);
  });

  it('DELETE /faults answers how many rules it removed, and clears them', async () => {
    await emu.control('DELETE', '/faults');
    await emu.control('POST', '/faults', { route: 'GET /v1/markets', status: 500 });
    await emu.control('POST', '/faults', { route: 'GET /v1/markets', latencyMs: 10 });
    const answer = await emu.control('DELETE', '/faults');
    expect([answer.status, answer.json]).toEqual([200, { removed: 2 }]);
    expect((await emu.control('GET', '/faults')).json).toEqual({ faults: [] });
    expect((await emu.control('DELETE', '/faults')).json).toEqual({ removed: 0 });
  });

  it('each route that changes state answers 200 with what it did, never an empty body', async () => {
    const access = await emu.token({ user: 'alice' });
    const other = await emu.token({ user: 'bob' });
    const redirectUri = 'http://127.0.0.1:9/control-answers';
    const answers = {
      consents: await emu.control('POST', '/consents', {
        userId: 'alice',
        clientId: app,
        scopes: ['user-read-email'],
      }),
      expire: await emu.control('POST', '/tokens/expire', { token: access }),
      revoke: await emu.control('POST', '/tokens/revoke', { token: other }),
      allowlist: await emu.control('POST', '/apps/allowlist', {
        clientId: DEVELOPMENT_APP.clientId,
        userIds: ['alice'],
      }),
      allowlistOff: await emu.control('POST', '/apps/allowlist', {
        clientId: DEVELOPMENT_APP.clientId,
        userIds: null,
      }),
      appTokens: await emu.control('POST', '/apps/app-tokens', { clientId: app, refused: false }),
      secret: await emu.control('POST', '/apps/secret', {
        clientId: app,
        clientSecret: EXTENDED_APP.clientSecret,
      }),
      ad: await emu.control('POST', '/player/ad', { userId: 'alice', durationMs: 1000 }),
      redirect: await emu.control('POST', '/redirect-uris', { redirectUri, clientId: app }),
      reset: await emu.control('POST', '/reset'),
    };
    const seen = Object.fromEntries(
      Object.entries(answers).map(([name, a]) => [
        name,
        [a.status, a.headers.get('content-type')?.split(';')[0], a.json],
      ]),
    );
    const json = (body: unknown) => [200, 'application/json', body];
    expect(seen).toEqual({
      consents: json({ userId: 'alice', clientId: app, scopes: ['user-read-email'] }),
      expire: json({ kind: 'access', expired: true }),
      revoke: json({ kind: 'access', revoked: true }),
      allowlist: json({ clientId: DEVELOPMENT_APP.clientId, userIds: ['alice'] }),
      allowlistOff: json({ clientId: DEVELOPMENT_APP.clientId, userIds: null }),
      appTokens: json({ clientId: app, refused: false }),
      secret: json({ clientId: app, rotated: true }),
      ad: json({ userId: 'alice', durationMs: 1000 }),
      redirect: json({ redirectUri, clientIds: [app] }),
      reset: json({ reset: true }),
    });
    // The token itself is never echoed.
    expect(JSON.stringify(seen)).not.toContain(access);
  });
});

describe('control range errors read one way', () => {
  it.each([
    ['POST', '/faults', { latencyMs: 120_001 }, 'latencyMs must be an integer from 0 to 120000'],
    ['POST', '/faults', { status: 99 }, 'status must be an integer from 200 to 599'],
    // An interim 1xx would leave the request without a final answer: it hung (s44 attack 2).
    ['POST', '/faults', { status: 100 }, 'status must be an integer from 200 to 599'],
    ['POST', '/faults', { status: 101 }, 'status must be an integer from 200 to 599'],
    ['POST', '/faults', { status: 199 }, 'status must be an integer from 200 to 599'],
    [
      'POST',
      '/faults',
      { contentType: 'text/plain\r\nX-Injected: 1' },
      'contentType must hold no control characters (CR, LF, tab, NUL)',
    ],
    ['POST', '/faults', { times: 0 }, 'times must be an integer from 1 to 1000000'],
    ['POST', '/faults', { retryAfter: -1 }, 'retryAfter must be an integer from 0 to 604800'],
    ['POST', '/faults', { probability: 2 }, 'probability must be a number from 0 to 1'],
    [
      'POST',
      '/clock',
      { advanceMs: -1 },
      'advanceMs must be an integer from 0 to 31536000000 (a year of ms)',
    ],
    [
      'POST',
      '/player/ad',
      { userId: 'alice', durationMs: 0 },
      'durationMs must be an integer from 1 to 86400000 (a day of ms)',
    ],
  ])('%s %s %j: "%s"', async (method, path, body, message) => {
    const answer = await emu.control(method, path, body);
    expect(answer.status).toBe(400);
    expect((answer.json as { error: string }).error).toBe(message);
  });
});
