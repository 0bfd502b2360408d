import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

/**
 * Every /auth answer can be an HTML page or JSON by the request's Accept (the "Not signed in" page, a
 * refusal), so it says `Vary: Accept` beside CORS's `Origin` (H3 item 3): with `Vary: Origin` alone, a
 * shared cache could give a browser's page to an API client, or JSON to a browser.
 */
describe('Vary on /auth answers', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer();
  });
  afterAll(() => t.close());

  /** The names of `response`'s Vary, lower case. */
  const varyOf = (response: Response): string[] =>
    (response.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());

  it.each([
    ['/auth/session', 'GET', 'application/json', 401],
    ['/auth/session', 'GET', 'text/html', 401],
    ['/auth/session?optional=true', 'GET', 'application/json', 200],
    ['/auth/session?optional=true', 'GET', 'text/html', 200],
    ['/auth/session?optional=maybe', 'GET', 'text/html', 400],
    ['/auth/session', 'POST', 'application/json', 405],
    ['/auth/callback', 'GET', 'text/html', 400],
    ['/auth/login', 'GET', 'text/html', 302],
    ['/auth/logout', 'POST', 'application/json', 401],
  ] as const)(
    '%s (%s, Accept %s, %i): Vary names Accept and Origin, once each',
    async (path, method, accept, status) => {
      const response = await t.fetch(path, { method, headers: { accept, origin: t.origin } });
      expect(response.status).toBe(status);
      const vary = varyOf(response);
      expect(vary).toEqual(expect.arrayContaining(['accept', 'origin']));
      expect(vary.filter((name) => name === 'accept')).toHaveLength(1);
      await response.body?.cancel();
    },
  );

  it('a signed-in session read (JSON whatever the Accept) varies alike', async () => {
    const jar = await t.signIn('carol');
    const response = await t.fetch('/auth/session', { jar, headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(varyOf(response)).toEqual(expect.arrayContaining(['accept', 'origin']));
    await response.body?.cancel();
  });
});
