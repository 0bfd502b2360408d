import { describe, expect, it } from 'vitest';
import { EXTENDED_APP, useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator();

type ControlError = { error: string; code: string } & Record<string, unknown>;

/**
 * The control API's errors carry a stable `code` beside the words of `error` (new user, LOW 3), and an
 * unknown user or app names the valid ones, so a script (or a person) can fix the call without
 * reading /__emulator/info first.
 */
describe('control API errors', () => {
  it('an unknown userId is UNKNOWN_USER_ID naming the seeded users', async () => {
    const answer = await emu.control('POST', '/tokens', { userId: 'alise' });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      error: 'Unknown userId',
      code: 'UNKNOWN_USER_ID',
      validUserIds: ['alice', 'bob', 'carol', 'kenji'],
    });
  });

  it.each([
    ['/consents', { userId: 'nobody', clientId: EXTENDED_APP.clientId, scopes: [] }],
    ['/player/ad', { userId: 'nobody' }],
    ['/apps/allowlist', { clientId: 'd0000000000000000000000000000002', userIds: ['alice', 'nobody'] }],
  ])('%s names the valid user ids for an unknown one', async (path, body) => {
    const answer = await emu.control('POST', path, body);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      code: 'UNKNOWN_USER_ID',
      validUserIds: expect.arrayContaining(['alice']),
    });
  });

  it('an unknown clientId is UNKNOWN_CLIENT_ID naming the apps', async () => {
    const answer = await emu.control('POST', '/tokens', { clientId: 'nope' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      code: 'UNKNOWN_CLIENT_ID',
      validClientIds: expect.arrayContaining([EXTENDED_APP.clientId]),
    });
  });

  it.each<[string, string, number, string, unknown]>([
    ['POST', '/tokens', 400, 'UNKNOWN_SCOPE', { userId: 'alice', scopes: ['no-such-scope'] }],
    ['POST', '/clock', 400, 'INVALID_ARGUMENT', { advanceMs: -1 }],
    ['POST', '/tokens', 400, 'INVALID_BODY', '[1]'],
    ['POST', '/tokens/expire', 404, 'UNKNOWN_TOKEN', { token: 'no-such-token' }],
    ['POST', '/faults', 400, 'INVALID_FAULT_RULE', { status: 'often' }],
    ['GET', '/no-such-route', 404, 'UNKNOWN_ROUTE', undefined],
  ])('%s %s answers %i with code %s', async (method, path, status, code, body) => {
    const answer = await emu.control(method, path, body);
    expect(answer.status).toBe(status);
    const json = answer.json as ControlError;
    expect(json.code).toBe(code);
    expect(typeof json.error).toBe('string');
  });

  it('an unknown route lists the control routes', async () => {
    const answer = await emu.control('GET', '/nope');
    expect((answer.json as ControlError).routes).toContain('GET /__emulator/info');
  });
});
