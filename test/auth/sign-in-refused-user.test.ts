/**
 * A sign-in whose profile read Spotify refuses with a 403 (attack 7 F6, the item 5 example): a
 * Development Mode app's user not on its user list gets Spotify's plain-text 403 on `GET /v1/me`, right
 * after a code exchange that worked. It answered 502 SPOTIFY_UNAVAILABLE "try again" and dropped
 * Spotify's words; it is a refusal of this user: 403 FORBIDDEN with Spotify's text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_REGISTERED_TEXT } from '../../src/emulator/server.js';
import { type AuthTestServer, CookieJar, startAuthServer } from '../helpers/auth.js';
import { DEVELOPMENT_APP } from '../helpers/emulator.js';

describe("a sign-in Spotify refuses for this user (the profile read's 403)", () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer({
      config: {
        clientId: DEVELOPMENT_APP.clientId,
        clientSecret: DEVELOPMENT_APP.clientSecret,
        appMode: 'development',
      },
    });
    const listed = await t.emu.control('POST', '/apps/allowlist', {
      clientId: DEVELOPMENT_APP.clientId,
      userIds: ['bob'],
    });
    expect(listed.status).toBeLessThan(300);
  });
  afterAll(() => t.close());

  const signIn = async (user: string, accept: string): Promise<Response> => {
    const jar = new CookieJar();
    const callback = await t.approve(await t.startLogin(jar), { user });
    return t.finishLogin(jar, callback, accept);
  };

  it("a user on the app's list signs in (a guard)", async () => {
    expect((await signIn('bob', 'text/html')).status).toBe(302);
  });

  it.each(['application/json', 'text/html'])(
    "a user not on the list gets 403 FORBIDDEN with Spotify's words, not 'try again' (%s)",
    async (accept) => {
      const response = await signIn('alice', accept);
      expect(response.status).toBe(403);
      const text = await response.text();
      expect(text).toContain('FORBIDDEN');
      expect(text).toContain(NOT_REGISTERED_TEXT);
      expect(text).toContain('developer dashboard');
      expect(text).not.toMatch(/try again|SPOTIFY_UNAVAILABLE/);
    },
  );

  // Attack finding F9: only Spotify's words for an unregistered user blame the app's user list.
  it.each([
    [
      'a JSON 403 about a scope',
      '{"error":{"status":403,"message":"Insufficient client scope"}}',
      'application/json',
      'Insufficient client scope',
    ],
    [
      'a text 403 with other words',
      'Forbidden by the upstream gateway',
      'text/plain',
      'Forbidden by the upstream gateway',
    ],
  ])(
    "%s keeps Spotify's words and does not claim Development Mode",
    async (_kind, text, contentType, words) => {
      await t.emu.control('POST', '/faults', {
        route: 'GET /v1/me',
        times: 1,
        status: 403,
        text,
        contentType,
      });
      const refused = await signIn('bob', 'application/json');
      expect(refused.status).toBe(403);
      const error = ((await refused.json()) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toContain(`HTTP 403: ${words}`);
      expect(error.message).not.toMatch(/Development Mode|user list|developer dashboard/);
    },
  );

  it('a JSON 403 on the profile read keeps its message; a 500 there stays SPOTIFY_UNAVAILABLE (a guard)', async () => {
    const fault = await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me',
      times: 1,
      status: 403,
      text: '{"error":{"status":403,"message":"User not allowed for this app"}}',
      contentType: 'application/json',
    });
    expect(fault.status).toBeLessThan(300);
    const refused = await signIn('bob', 'application/json');
    expect(refused.status).toBe(403);
    const error = ((await refused.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('HTTP 403: User not allowed for this app');
    // No `times`: every attempt (the read is retried) fails.
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me', status: 500 });
    const failed = await signIn('bob', 'application/json');
    expect(failed.status).toBe(502);
    await t.emu.control('DELETE', '/faults');
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe('SPOTIFY_UNAVAILABLE');
  });
});
